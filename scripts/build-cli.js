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

/**
 * build/jx.inputs.json: the files of src/ the bundle and its workers were built from (esbuild's
 * metafile), under the key of the bundle they were built with (its size and time, as the code
 * cache's). isStale looks at those files only — about 170 stats, where walking src/ (every face's
 * sources, and each folder read) took a few ms of each start. A file added to src/ changes the
 * bundle only through a file that imports it, which is then newer than the bundle.
 */
const INPUTS = path.join(path.dirname(OUT), 'jx.inputs.json');

/** The key of the bundle as it is on disk now: what the list of its inputs was written for. */
function bundleKey(st) {
  return `${st.size} ${st.mtimeMs}`;
}

/** The inputs of the bundle on disk (paths from ROOT), or undefined when no list was written for it. */
function inputsOf(st) {
  try {
    const m = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
    return m && m.bundle === bundleKey(st) && Array.isArray(m.inputs) ? m.inputs : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a file of `inputs` (paths from ROOT) is missing or modified after `built` (ms). */
function inputChanged(inputs, built) {
  for (const f of inputs) {
    const st = fs.statSync(path.join(ROOT, f), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > built) return true;
  }
  return false;
}

/** Whether build/jx.cjs (or a worker built with it) is missing or older than a source it is built from. */
function isStale() {
  let built;
  let st;
  try {
    st = fs.statSync(OUT);
    built = st.mtimeMs;
    for (const name of Object.keys(WORKERS)) built = Math.min(built, fs.statSync(path.join(path.dirname(OUT), name)).mtimeMs);
  } catch {
    return true;
  }
  if (!fs.existsSync(SRC)) return false;
  const pkg = path.join(ROOT, 'package.json');
  if (fs.statSync(pkg).mtimeMs > built) return true;
  const inputs = inputsOf(st);
  // no list for this bundle (built by an older build-cli.js, or a build under way): every file of src/
  return inputs ? inputChanged(inputs, built) : newestMtime(SRC) > built;
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
  return buildWorkerFiles(dir).paths;
}

/** buildWorkers, with the files of src/ the workers are built from. */
function buildWorkerFiles(dir) {
  const esbuild = require('esbuild');
  const paths = {};
  const inputs = [];
  for (const [name, entry] of Object.entries(WORKERS)) {
    paths[name] = path.join(dir, name);
    const r = esbuild.buildSync({ ...COMMON, entryPoints: [path.join(SRC, entry)], outfile: paths[name], metafile: true, absWorkingDir: ROOT });
    inputs.push(...sourcesOf(r.metafile));
  }
  return { paths, inputs };
}

/** The files of src/ in an esbuild metafile (paths from ROOT, with /). */
function sourcesOf(metafile) {
  return Object.keys(metafile.inputs).filter((f) => f.startsWith('src/'));
}

function buildCli() {
  const esbuild = require('esbuild');
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  // Built in a folder of its own, then moved: a concurrent start never loads a half-written bundle.
  const tmpDir = path.join(path.dirname(OUT), `.tmp-${process.pid}`);
  const tmp = path.join(tmpDir, path.basename(OUT));
  const r = esbuild.buildSync({ ...COMMON, entryPoints: [path.join(SRC, 'cli', 'main.ts')], outfile: tmp, metafile: true, absWorkingDir: ROOT });
  const inputs = new Set(sourcesOf(r.metafile));
  // The workers before the bundle: a bundle newer than them is complete (isStale).
  const workers = buildWorkerFiles(tmpDir);
  for (const f of workers.inputs) inputs.add(f);
  for (const name of Object.keys(workers.paths)) {
    fs.renameSync(path.join(tmpDir, `${name}.map`), path.join(path.dirname(OUT), `${name}.map`));
    fs.renameSync(path.join(tmpDir, name), path.join(path.dirname(OUT), name));
  }
  fs.renameSync(`${tmp}.map`, `${OUT}.map`);
  fs.renameSync(tmp, OUT);
  // The list of inputs after the bundle, under its key: a start in between walks src/ (isStale).
  const list = path.join(tmpDir, path.basename(INPUTS));
  fs.writeFileSync(list, JSON.stringify({ bundle: bundleKey(fs.statSync(OUT)), inputs: [...inputs].sort() }));
  fs.renameSync(list, INPUTS);
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
