#!/usr/bin/env node
// `node scripts/parallel.js typecheck lint validate`: runs those npm scripts at the same time, as `npm test`'s
// static checks. Each is one process that mostly uses one core (tsc, eslint), so on a 2-core machine they take the
// time of the longest, not of the sum (stop 44 measured typecheck + lint at about a minute and a half one after the
// other). Each script's output is printed whole when it ends, under its name, never interleaved; the exit code is
// the first failing script's (all of them run to the end either way, so one run shows every failure).
'use strict';

const { spawn } = require('node:child_process');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/parallel.js SCRIPT...   (npm scripts of package.json, run at the same time)');
  process.exit(2);
}

const started = Date.now();
const runs = scripts.map(
  (name) =>
    new Promise((resolve) => {
      const out = [];
      const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
      child.stdout.on('data', (c) => out.push(c));
      child.stderr.on('data', (c) => out.push(c));
      child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
      child.on('close', (code, signal) => {
        const status = code ?? 1;
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(`\n> ${name}: ${status === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`} after ${secs} s\n`);
        process.stdout.write(Buffer.concat(out));
        resolve(status);
      });
    })
);

Promise.all(runs).then((codes) => {
  process.exitCode = codes.find((c) => c !== 0) ?? 0;
});
