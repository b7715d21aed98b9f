/** When the CLI gives a large workbook's shared strings a worker thread of their own (src/cli/threads.ts). */
import { availableParallelism } from 'node:os';
import { readThreads, spareCore, threadsAsked } from '../../src/cli/threads';

describe('a worker only where a core is free for it beside the main thread and zlib', () => {
  test.each([
    ['2 cores, quiet (the main thread and zlib take both)', 0.3, 2, undefined, false],
    ['4 cores, load 1.5', 1.5, 4, undefined, true],
    ['4 cores, load 2.5', 2.5, 4, undefined, false],
    ['8 cores, load 5', 5, 8, undefined, true],
    ['one core', 0.1, 1, undefined, false],
    ['JX_THREADS=2 on a busy 2-core machine', 7.5, 2, '2', true],
    ['JX_THREADS=1 on a quiet 8-core one', 0.1, 8, '1', false],
    ['JX_THREADS set empty: as unset', 0.1, 4, '', true],
  ])('%s', (_, load, cores, asked, expected) => {
    expect(spareCore(load, cores, asked)).toBe(expected);
  });
});

describe('JX_THREADS means the same to every reader of it (threadsAsked)', () => {
  test.each([
    ['unset', undefined, undefined],
    ['empty, as `JX_THREADS= jx merge …` leaves it', '', undefined],
    ['blank', ' ', undefined],
    ['0', '0', 0],
    ['3', '3', 3],
    ['not a count', 'two', undefined],
    ['negative', '-1', undefined],
    ['fractional', '1.5', undefined],
  ])('%s', (_, asked, expected) => {
    expect(threadsAsked(asked)).toBe(expected);
  });

  test('the files of `jx merge` are read with the asked threads, at most one per file; not asked: the cores', () => {
    expect(readThreads(10, '0')).toBe(0);
    expect(readThreads(10, '3')).toBe(3);
    expect(readThreads(2, '3')).toBe(2);
    // empty is "not asked" here as for the strings worker (it used to mean 0 threads here only)
    expect(readThreads(64, '')).toBe(readThreads(64, undefined));
    expect(readThreads(64, undefined)).toBe(Math.min(64, availableParallelism()));
  });
});
