// Read-ahead for `jx check` (bin/jx.js calls it before it loads the bundle): see readAhead.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** The global the read-ahead is left under for the bundle (src/cli/readAhead.ts READ_AHEAD_KEY). */
const READ_AHEAD_KEY = Symbol.for('jx.readAhead');
/** Files up to this size are read ahead (the 100,000-project ledger is 11 MB). */
const READ_AHEAD_MAX = 64 * 1024 * 1024;

/**
 * The options of the CLI that take a value (src/cli/main.ts OPTIONS, the `string` ones, and their short names): the
 * argument after one is its value (`--report 问题清单.xlsx`), not a file to check. test/cli/readAhead.test.ts keeps
 * this list in step with OPTIONS.
 */
const VALUE_OPTIONS = ['--lang', '--output', '-o', '--layout', '--report', '--annotate', '--month', '--profile', '--max-size', '--max-memory', '--max-time'];

/** The first argument of `jx check` after its command that names a workbook file, or undefined. */
function fileToCheck(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUE_OPTIONS.includes(a)) i++;
    else if (!a.startsWith('-') && /\.(xlsx|xlsm|xls|csv)$/i.test(a)) return a;
  }
  return undefined;
}

/**
 * `jx check`: the first file it checks (fileToCheck) is read in libuv's thread pool, in one read,
 * while the main thread loads the bundle (~50 ms, with the second core idle): the check then finds
 * its bytes read (src/cli/readAhead.ts takes them, if the file is still the one read). Not with
 * `--max-size` (a file over the user's limit is refused unread), and not a file whose size its stat
 * does not tell (0: procfs and some mounts, which the check reads to their end).
 */
function readAhead(argv) {
  if (argv[2] !== 'check') return;
  const args = argv.slice(3);
  if (args.some((a) => a === '--max-size' || a.startsWith('--max-size='))) return;
  const arg = fileToCheck(args);
  if (arg === undefined) return;
  let fd;
  try {
    // O_NONBLOCK: a FIFO named like a workbook does not hold the start up waiting for a writer (fstat then refuses it)
    fd = fs.openSync(arg, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size === 0 || st.size > READ_AHEAD_MAX) {
      fs.closeSync(fd);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(st.size);
    const bytes = new Promise((resolve) => {
      const end = (ok) => fs.close(fd, () => resolve(ok ? buf : null));
      const from = (at) => {
        if (at === st.size) return end(true);
        fs.read(fd, buf, at, st.size - at, at, (err, n) => (err || n === 0 ? end(false) : from(at + n)));
      };
      from(0);
    });
    globalThis[READ_AHEAD_KEY] = { file: path.resolve(arg), dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, bytes };
  } catch {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

module.exports = { readAhead, READ_AHEAD_KEY, READ_AHEAD_MAX, VALUE_OPTIONS };
