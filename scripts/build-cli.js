// Builds the CLI bundle build/jx.cjs from src/cli/main.ts with esbuild: one CommonJS file for
// Node 20, so that `node bin/jx.js` starts without transpiling TypeScript at each start (tsx).
// ExcelJS stays outside the bundle and is loaded only by the commands that write a workbook.
//
//   node scripts/build-cli.js          (npm run build:cli; `prepare` runs it after npm ci / npm install)
//
// bin/jx.js calls buildCli() itself when the bundle is missing or older than src/ (a developer's
// edit), and falls back to tsx when it cannot build.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'build', 'jx.cjs');
/** The shared-strings worker the CLI starts for a large workbook (src/adapters/xlsx/stringsNode.ts). */
const WORKERS = { 'strings-worker.cjs': path.join('cli', 'stringsWorker.ts') };
const SRC = path.join(ROOT, 'src');

/** Newest modification time of the files under `dir` (ms), 0 when there is none. */
function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether build/jx.cjs (or a worker built with it) is missing or older than a source it is built from. */
function isStale() {
  let built;
  try {
    built = fs.statSync(OUT).mtimeMs;
    for (const name of Object.keys(WORKERS)) built = Math.min(built, fs.statSync(path.join(path.dirname(OUT), name)).mtimeMs);
  } catch {
    return true;
  }
  if (!fs.existsSync(SRC)) return false;
  const pkg = path.join(ROOT, 'package.json');
  return newestMtime(SRC) > built || fs.statSync(pkg).mtimeMs > built;
}

/** The bundles' esbuild options. */
const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // SheetJS (reading .xls) is loaded only by what needs it
  external: ['@e965/xlsx'],
  minify: true, // parsing 1 MB less at each start (zod is most of the bundle)
  sourcemap: 'linked', // build/jx.cjs.map, for `node --enable-source-maps`
  logLevel: 'error',
  legalComments: 'none',
};

/** Builds the workers into `dir` (the tests build them so too); returns their paths by name. */
function buildWorkers(dir) {
  const esbuild = require('esbuild');
  const out = {};
  for (const [name, entry] of Object.entries(WORKERS)) {
    out[name] = path.join(dir, name);
    esbuild.buildSync({ ...COMMON, entryPoints: [path.join(SRC, entry)], outfile: out[name] });
  }
  return out;
}

function buildCli() {
  const esbuild = require('esbuild');
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  // Built in a folder of its own, then moved: a concurrent start never loads a half-written bundle.
  const tmpDir = path.join(path.dirname(OUT), `.tmp-${process.pid}`);
  const tmp = path.join(tmpDir, path.basename(OUT));
  esbuild.buildSync({ ...COMMON, entryPoints: [path.join(SRC, 'cli', 'main.ts')], outfile: tmp });
  // The workers before the bundle: a bundle newer than them is complete (isStale).
  for (const name of Object.keys(buildWorkers(tmpDir))) {
    fs.renameSync(path.join(tmpDir, `${name}.map`), path.join(path.dirname(OUT), `${name}.map`));
    fs.renameSync(path.join(tmpDir, name), path.join(path.dirname(OUT), name));
  }
  fs.renameSync(`${tmp}.map`, `${OUT}.map`);
  fs.renameSync(tmp, OUT);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.rmSync(`${OUT}.cache`, { force: true }); // V8's code cache of the old bundle (bin/jx.js)
  return OUT;
}

module.exports = { buildCli, buildWorkers, isStale, OUT };

if (require.main === module) {
  const t0 = Date.now();
  buildCli();
  process.stderr.write(`build/jx.cjs built in ${Date.now() - t0} ms\n`);
}
