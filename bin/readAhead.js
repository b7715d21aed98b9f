// Read-ahead for `jx check` (bin/jx.js calls it before it loads the bundle): see readAhead.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** The global the read-ahead is left under for the bundle (src/cli/readAhead.ts READ_AHEAD_KEY). */
const READ_AHEAD_KEY = Symbol.for('jx.readAhead');
/** Files up to this size are read ahead (the 100,000-project ledger is 11 MB). */
const READ_AHEAD_MAX = 64 * 1024 * 1024;

/**
 * `jx check`: the first argument naming a workbook file is read in libuv's thread pool, in one
 * read, while the main thread loads the bundle (~50 ms, with the second core idle): the check then
 * finds its bytes read (src/cli/readAhead.ts takes them, if the file is still the one read). Only a
 * guess at which argument is a file to check: one that is not (`--report LIST.xlsx`) was read for
 * nothing, and the check reads its files as before.
 */
function readAhead(argv) {
  if (argv[2] !== 'check') return;
  const arg = argv.slice(3).find((a) => !a.startsWith('-') && /\.(xlsx|xlsm|xls|csv)$/i.test(a));
  if (arg === undefined) return;
  let fd;
  try {
    // O_NONBLOCK: a FIFO named like a workbook does not hold the start up waiting for a writer (fstat then refuses it)
    fd = fs.openSync(arg, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > READ_AHEAD_MAX) {
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
    globalThis[READ_AHEAD_KEY] = { file: path.resolve(arg), dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, bytes };
  } catch {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

module.exports = { readAhead, READ_AHEAD_KEY, READ_AHEAD_MAX };
