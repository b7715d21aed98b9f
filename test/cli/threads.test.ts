/** When the CLI gives a large workbook's shared strings a worker thread of their own (src/cli/threads.ts). */
import { spareCore } from '../../src/cli/threads';

describe('a worker only where a core is free for it', () => {
  test.each([
    ['2 cores, load 0.8', 0.8, 2, undefined, true],
    ['2 cores, load 1.9', 1.9, 2, undefined, true],
    ['2 cores all busy (load 7.5)', 7.5, 2, undefined, false],
    ['8 cores, load 5', 5, 8, undefined, true],
    ['one core', 0.1, 1, undefined, false],
    ['JX_THREADS=2 on a busy machine', 7.5, 2, '2', true],
    ['JX_THREADS=1 on a quiet one', 0.1, 2, '1', false],
    ['JX_THREADS set empty: as unset', 0.1, 2, '', true],
  ])('%s', (_, load, cores, asked, expected) => {
    expect(spareCore(load, cores, asked)).toBe(expected);
  });
});
