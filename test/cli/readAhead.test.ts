/**
 * The read-ahead of `jx check` (bin/readAhead.js reads the first workbook named while the bundle loads;
 * src/cli/readAhead.ts hands its bytes to the check): the bytes are the file's, taken once, and only
 * while the file is the one read; anything else is read from the disk as before.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { READ_AHEAD_KEY, takeReadAhead } from '../../src/cli/readAhead';
import { loadWorkbook } from '../../src/cli/io';
import { OPTIONS } from '../../src/cli/main';
import { sampleWithFormulas } from '../support/formulas';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher's own CommonJS module
const bin = require('../../bin/readAhead.js') as { readAhead(argv: string[]): void; READ_AHEAD_KEY: symbol; VALUE_OPTIONS: string[] };

const g = globalThis as Record<symbol, unknown>;
let dir: string;
let file: string;

beforeEach(async () => {
  delete g[READ_AHEAD_KEY];
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-ahead-'));
  file = path.join(dir, '台账.xlsx');
  await fs.writeFile(file, await sampleWithFormulas('none'));
});
afterEach(async () => {
  delete g[READ_AHEAD_KEY];
  await fs.rm(dir, { recursive: true, force: true });
});

const argv = (...args: string[]): string[] => ['node', 'jx.js', ...args];

test('the launcher and the check agree on where the read-ahead is left, and on the options that take a value', () => {
  expect(bin.READ_AHEAD_KEY).toBe(READ_AHEAD_KEY);
  const valued = Object.entries(OPTIONS).flatMap(([name, o]) => (o.type === 'string' ? [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])] : []));
  expect([...bin.VALUE_OPTIONS].sort()).toEqual(valued.sort());
});

test('the value of an option (--report 问题清单.xlsx) is not the file read ahead: the first file to check is', async () => {
  const list = path.join(dir, '问题清单.xlsx');
  await fs.writeFile(list, 'not this one');
  bin.readAhead(argv('check', '--report', list, '--json', file));
  expect(await takeReadAhead(list, statSync(list))).toBeUndefined();
  expect(await takeReadAhead(file, statSync(file))).toEqual(await fs.readFile(file));
});

test('with --max-size nothing is read ahead: a file over the limit is refused unread', () => {
  bin.readAhead(argv('check', '--max-size', '1', file));
  expect(g[READ_AHEAD_KEY]).toBeUndefined();
  bin.readAhead(argv('check', '--max-size=1', file));
  expect(g[READ_AHEAD_KEY]).toBeUndefined();
});

test('a file whose stat gives no size (0: procfs, some mounts) is left to the check, which reads it to its end', async () => {
  const empty = path.join(dir, 'empty.csv');
  await fs.writeFile(empty, '');
  bin.readAhead(argv('check', empty));
  expect(g[READ_AHEAD_KEY]).toBeUndefined();
});

test('the first workbook `jx check` names is read ahead: its bytes, taken once', async () => {
  bin.readAhead(argv('check', '--json', file, path.join(dir, 'other.xlsx')));
  const bytes = await takeReadAhead(file, statSync(file));
  expect(bytes).toEqual(await fs.readFile(file));
  expect(await takeReadAhead(file, statSync(file))).toBeUndefined();
});

test('a file changed since it was read ahead is read again, not taken from the read-ahead', async () => {
  bin.readAhead(argv('check', file));
  await fs.appendFile(file, 'x');
  expect(await takeReadAhead(file, statSync(file))).toBeUndefined();
});

test('another file than the one read ahead finds nothing, and leaves the read-ahead in place', async () => {
  const other = path.join(dir, 'other.xlsx');
  await fs.copyFile(file, other);
  bin.readAhead(argv('check', file));
  expect(await takeReadAhead(other, statSync(other))).toBeUndefined();
  expect(await takeReadAhead(file, statSync(file))).toBeDefined();
});

test('only `jx check` reads ahead, and only a workbook file', async () => {
  bin.readAhead(argv('selfeval', file));
  expect(g[READ_AHEAD_KEY]).toBeUndefined();
  bin.readAhead(argv('check', dir));
  expect(g[READ_AHEAD_KEY]).toBeUndefined();
  const big = path.join(dir, 'folder.xlsx');
  await fs.mkdir(big);
  bin.readAhead(argv('check', big));
  expect(g[READ_AHEAD_KEY]).toBeUndefined();
});

(process.platform === 'linux' ? test : test.skip)('a FIFO named like a workbook does not hold the start up waiting for a writer', () => {
  const fifo = path.join(dir, 'pipe.csv');
  execFileSync('mkfifo', [fifo]);
  bin.readAhead(argv('check', fifo)); // returns: opened without blocking, then refused as no file
  expect(g[READ_AHEAD_KEY]).toBeUndefined();
});

test('the check reads the bytes read ahead, not the file again', async () => {
  bin.readAhead(argv('check', file));
  const st = statSync(file);
  // the same file, as far as its stat says, whose bytes read ahead are not a workbook: the check must say so
  const ahead = g[READ_AHEAD_KEY] as { bytes: Promise<Buffer | null> };
  await ahead.bytes;
  g[READ_AHEAD_KEY] = { ...ahead, bytes: Promise.resolve(Buffer.alloc(st.size, 0x20)) };
  const read = await loadWorkbook(file);
  expect(read.ok).toBe(false);
  // nothing left to take: the next read is the file's own
  const again = await loadWorkbook(file);
  expect(again.ok).toBe(true);
});
