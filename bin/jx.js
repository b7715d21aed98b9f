#!/usr/bin/env node
// `jx`: runs the prebuilt CLI bundle build/jx.cjs (scripts/build-cli.js; `prepare` builds it after
// `npm ci`, so `npx jx` starts fast right away). When the bundle is missing or older than src/ (a
// developer edited the sources) it is rebuilt first (esbuild, well under a second); when it cannot
// be built, the TypeScript sources run through tsx as before.
//
// The bundle is compiled with V8's code cache (build/jx.cjs.cache, written after the first run
// and whenever V8 rejects it, e.g. after a Node upgrade): compiling the 1 MB bundle is about a
// fifth of a start. The cache names the bundle's size and time, so a rebuilt bundle never runs
// with the code of the old one; where build/ cannot be written the bundle simply runs uncached.
// The cache holds the functions the runs it was made after compiled, and names their commands: a
// command it was not made after (`jx check` after `jx --help` made it) writes it again once, with
// that command's functions too — else every `jx check` compiled its reading and checking code anew
// (~60 ms of CPU on the 100,000-project ledger).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** The command a cache is made after, as its second line names it: check, selfeval … (anything else: other). */
function commandOf(arg) {
  return /^[a-z]{1,20}$/.test(arg ?? '') ? arg : 'other';
}

function loadBundle(file) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const cacheFile = `${file}.cache`;
  const st = fs.statSync(file);
  const key = Buffer.from(`jx-code-cache-2 ${process.version} ${st.size} ${st.mtimeMs}\n`);
  const command = commandOf(process.argv[2]);
  let cachedData;
  let commands = [];
  try {
    const c = fs.readFileSync(cacheFile);
    const end = c.indexOf(10, key.length); // the second line: the commands
    if (end > 0 && c.subarray(0, key.length).equals(key)) {
      commands = c.subarray(key.length, end).toString('latin1').split(' ');
      cachedData = c.subarray(end + 1);
    }
  } catch {
    // no cache yet
  }
  // esbuild writes the bundle in ASCII: read as latin1, it becomes a string without UTF-8's decoding (~5 ms)
  const bytes = fs.readFileSync(file);
  const source = require('node:buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  const rejected = !cachedData || script.cachedDataRejected;
  if (rejected || !commands.includes(command)) {
    // After the run, so the cache holds the functions the command compiled too.
    const made = [...(rejected ? [] : commands), command].join(' ');
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, Buffer.concat([key, Buffer.from(`${made}\n`), script.createCachedData()]));
        fs.renameSync(tmp, cacheFile);
      } catch {
        fs.rmSync(tmp, { force: true });
      }
    });
  }
  return mod.exports;
}

require('./readAhead.js').readAhead(process.argv);
let main;
try {
  const { buildCli, isStale, OUT } = require('../scripts/build-cli.js');
  if (isStale()) buildCli();
  main = loadBundle(OUT);
} catch (e) {
  if (process.env.JX_DEBUG === '1') process.stderr.write(`jx: running from the sources (${e && e.message})\n`);
  require('tsx/cjs/api').register();
  main = require('../src/cli/main.ts');
}
main.run();
