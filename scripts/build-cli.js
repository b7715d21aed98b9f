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

/** Whether build/jx.cjs is missing or older than a source it is built from. */
function isStale() {
  let built;
  try {
    built = fs.statSync(OUT).mtimeMs;
  } catch {
    return true;
  }
  if (!fs.existsSync(SRC)) return false;
  const pkg = path.join(ROOT, 'package.json');
  return newestMtime(SRC) > built || fs.statSync(pkg).mtimeMs > built;
}

function buildCli() {
  const esbuild = require('esbuild');
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  // Built in a folder of its own, then moved: a concurrent start never loads a half-written bundle.
  const tmpDir = path.join(path.dirname(OUT), `.tmp-${process.pid}`);
  const tmp = path.join(tmpDir, path.basename(OUT));
  esbuild.buildSync({
    entryPoints: [path.join(SRC, 'cli', 'main.ts')],
    outfile: tmp,
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
  });
  fs.renameSync(`${tmp}.map`, `${OUT}.map`);
  fs.renameSync(tmp, OUT);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.rmSync(`${OUT}.cache`, { force: true }); // V8's code cache of the old bundle (bin/jx.js)
  return OUT;
}

module.exports = { buildCli, isStale, OUT };

if (require.main === module) {
  const t0 = Date.now();
  buildCli();
  process.stderr.write(`build/jx.cjs built in ${Date.now() - t0} ms\n`);
}
