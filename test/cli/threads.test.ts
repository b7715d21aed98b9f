/** When the CLI gives a large workbook's shared strings a worker thread of their own (src/cli/threads.ts). */
import { spareCore } from '../../src/cli/threads';

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
