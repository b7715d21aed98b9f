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
 * bundle through a file that imports it, which is then newer than the bundle — or by taking the
 * place of a source where an import resolves (x.ts created beside x/index.ts, x.tsx beside x.ts):
 * the list also names the folders such a file would appear in (the sources' own, and the parent
 * of an index file's), whose time a new file changes; only when one is newer than the bundle are
 * the names that would shadow a source there looked for (a new file nothing imports rebuilds
 * nothing). About 30 stats more than the sources' alone.
 */
const INPUTS = path.join(path.dirname(OUT), 'jx.inputs.json');

/** The key of the bundle as it is on disk now: what the list of its inputs was written for. */
function bundleKey(st) {
  return `${st.size} ${st.mtimeMs}`;
}

/** The inputs of the bundle on disk and their folders (paths from ROOT), or undefined when no list was written for it. */
function inputsOf(st) {
  try {
    const m = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
    return m && m.bundle === bundleKey(st) && Array.isArray(m.inputs) && Array.isArray(m.dirs) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** esbuild's resolveExtensions, in its order: an import of ./x takes x.tsx before x.ts, and a file x.* before x/index.*. */
const EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '.css', '.json'];

/**
 * A path of the list (from ROOT, with /) as the file system takes it: joined by hand, not by path.join, whose
 * normalising of ~230 paths was half of isStale's time at each start (path.join: ~3 ms of ~6). Windows takes / too.
 */
const fromRoot = (rel) => `${ROOT}/${rel}`;

const isFile = (rel) => fs.statSync(fromRoot(rel), { throwIfNoEntry: false })?.isFile() === true;

/** The folders a file taking the place of an input would be created in: each input's, and the parent of an index file's. */
function foldersOf(inputs) {
  const dirs = new Set();
  for (const f of inputs) {
    dirs.add(path.posix.dirname(f));
    if (/^index\.[a-z]+$/.test(path.posix.basename(f))) dirs.add(path.posix.dirname(path.posix.dirname(f)));
  }
  return [...dirs].sort();
}

/** Whether a file in `dir` takes the place of an input where an import of it resolves (x.ts beside x/index.ts). */
function shadowed(dir, inputs) {
  for (const f of inputs) {
    const ext = path.posix.extname(f);
    const base = f.slice(0, f.length - ext.length);
    if (path.posix.dirname(f) === dir) {
      const first = EXTENSIONS.indexOf(ext);
      if (['', ...EXTENSIONS.slice(0, Math.max(0, first))].some((e) => isFile(base + e))) return true;
    }
    const mod = path.posix.dirname(f);
    if (path.posix.basename(base) === 'index' && path.posix.dirname(mod) === dir && ['', ...EXTENSIONS].some((e) => isFile(mod + e))) return true;
  }
  return false;
}

/** Whether a folder of the list is gone, or changed after `built` by a file that now takes the place of an input. */
function folderChanged(list, built) {
  for (const d of list.dirs) {
    const st = fs.statSync(fromRoot(d), { throwIfNoEntry: false });
    if (!st) return true;
    if (st.mtimeMs > built && shadowed(d, list.inputs)) return true;
  }
  return false;
}

/** Whether a file of `inputs` (paths from ROOT) is missing or modified after `built` (ms). */
function inputChanged(inputs, built) {
  for (const f of inputs) {
    const st = fs.statSync(fromRoot(f), { throwIfNoEntry: false });
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
  const list = inputsOf(st);
  // no list for this bundle (built by an older build-cli.js, or a build under way): every file of src/
  return list ? inputChanged(list.inputs, built) || folderChanged(list, built) : newestMtime(SRC) > built;
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

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map segment's fields (Base64 VLQ, each relative to the last). */
function vlqDecode(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const d = VLQ.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function vlqEncode(fields) {
  let s = '';
  for (const f of fields) {
    let v = f < 0 ? (-f << 1) | 1 : f << 1;
    do {
      let d = v & 31;
      v >>>= 5;
      if (v > 0) d |= 32;
      s += VLQ[d];
    } while (v > 0);
  }
  return s;
}

/**
 * The bundle in ASCII alone, its source map moved to match. esbuild escapes every non-ASCII
 * character of strings and templates but leaves those of regular expression literals as written
 * (/万元/, /[（(]/): one such character made Node read the whole 1 MB bundle through V8's UTF-8
 * decoder into a two-byte string at every start (~5-15 ms; all ASCII, it is copied). Each is
 * written \uXXXX (a surrogate pair as two, which a /u expression reads as the one character), the
 * same character in a regular expression, a string or a template; an escaped one (\中) loses its
 * backslash, which meant it alone. The map's generated columns (UTF-16 units) move 5 per unit so
 * written before them on their line.
 */
function asciiBundle(code, map) {
  if (!/[\u0080-\uffff]/.test(code)) return { code, map };
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (!/[\u0080-\uffff]/.test(line)) continue;
    // where each character written longer stood, and the columns it adds after it
    const at = [];
    lines[l] = line.replace(/(\\*)([\u0080-\uffff])/g, (_m, slashes, ch, i) => {
      // an escaped character (an odd run of backslashes before it): its backslash goes (\中 is 中)
      const escaped = slashes.length % 2 === 1;
      at.push({ col: i + slashes.length, add: escaped ? 4 : 5 });
      return `${escaped ? slashes.slice(1) : slashes}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    if (l >= mapLines.length || mapLines[l] === '') continue;
    let col = 0;
    let prev = 0;
    let k = 0;
    let add = 0;
    mapLines[l] = mapLines[l]
      .split(',')
      .map((seg) => {
        const f = vlqDecode(seg);
        col += f[0];
        for (; k < at.length && at[k].col < col; k++) add += at[k].add;
        f[0] = col + add - prev;
        prev = col + add;
        return vlqEncode(f);
      })
      .join(',');
  }
  return { code: lines.join('\n'), map: { ...map, mappings: mapLines.join(';') } };
}

function buildCli() {
  const esbuild = require('esbuild');
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  // Built in a folder of its own, then moved: a concurrent start never loads a half-written bundle.
  const tmpDir = path.join(path.dirname(OUT), `.tmp-${process.pid}`);
  const tmp = path.join(tmpDir, path.basename(OUT));
  const r = esbuild.buildSync({ ...COMMON, entryPoints: [path.join(SRC, 'cli', 'main.ts')], outfile: tmp, metafile: true, absWorkingDir: ROOT });
  const ascii = asciiBundle(fs.readFileSync(tmp, 'utf8'), JSON.parse(fs.readFileSync(`${tmp}.map`, 'utf8')));
  fs.writeFileSync(tmp, ascii.code);
  fs.writeFileSync(`${tmp}.map`, JSON.stringify(ascii.map));
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
  const sorted = [...inputs].sort();
  fs.writeFileSync(list, JSON.stringify({ bundle: bundleKey(fs.statSync(OUT)), inputs: sorted, dirs: foldersOf(sorted) }));
  fs.renameSync(list, INPUTS);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.rmSync(`${OUT}.cache`, { force: true }); // V8's code cache of the old bundle (bin/jx.js)
  return OUT;
}

module.exports = { asciiBundle, buildCli, buildWorkers, isStale, OUT };

if (require.main === module) {
  const t0 = Date.now();
  buildCli();
  process.stderr.write(`build/jx.cjs built in ${Date.now() - t0} ms\n`);
}
