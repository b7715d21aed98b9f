/**
 * A CSV quote that never closes takes the rest of the file into one field (S012). The lines it took are counted in
 * place, never by an array of the field's lines (a hostile 100 MB CSV would double its memory): the count on a large
 * generated file with every kind of line end, the first line as S012 names it, and no split of the swallowed text.
 */
import { readCsv, swallowedLines } from '../../../src/adapters/file/csv';

/** The old count, by an array of lines: the oracle on small fields. */
function byArray(field: string): { opening: string; lines: number } {
  const taken = field.replace(/[\r\n]+$/, '').split(/\r\n|\r|\n/);
  const chars = [...taken[0]];
  return { opening: chars.length > 30 ? chars.slice(0, 30).join('') + '…' : taken[0], lines: taken.length - 1 };
}

describe('the lines a quote that never closes took', () => {
  it('counts \\r\\n, a lone \\r and \\n as one line end each; line ends at the very end start no line', () => {
    expect(swallowedLines('')).toEqual({ opening: '', lines: 0 });
    expect(swallowedLines('名称')).toEqual({ opening: '名称', lines: 0 });
    expect(swallowedLines('a\r\nb\rc\nd')).toEqual({ opening: 'a', lines: 3 });
    expect(swallowedLines('a\n\r\n\r')).toEqual({ opening: 'a', lines: 0 });
    expect(swallowedLines('\nb')).toEqual({ opening: '', lines: 1 });
    expect(swallowedLines('a\r\rb\n\nc\r\n')).toEqual({ opening: 'a', lines: 4 });
  });

  it('names at most 30 characters of the first line, however long it is (a character beyond the BMP is one)', () => {
    expect(swallowedLines('一'.repeat(1_000_000) + '\nx')).toEqual({ opening: '一'.repeat(30) + '…', lines: 1 });
    expect(swallowedLines('𠀀'.repeat(100))).toEqual({ opening: '𠀀'.repeat(30) + '…', lines: 0 });
    expect(swallowedLines('a' + '𠀀'.repeat(31))).toEqual({ opening: 'a' + '𠀀'.repeat(29) + '…', lines: 0 });
    expect(swallowedLines('𠀀'.repeat(30))).toEqual({ opening: '𠀀'.repeat(30), lines: 0 });
  });

  it('agrees with the count by an array of lines on every short field of line ends, letters and surrogate pairs', () => {
    const parts = ['\r', '\n', 'a', '𠀀', '一'];
    const differ: string[] = [];
    for (let len = 0; len <= 6; len++) {
      for (let k = 0; k < parts.length ** len; k++) {
        let s = '';
        for (let j = 0, m = k; j < len; j++, m = Math.floor(m / parts.length)) s += parts[m % parts.length];
        const [a, b] = [swallowedLines(s), byArray(s)];
        if (a.opening !== b.opening || a.lines !== b.lines) differ.push(JSON.stringify(s));
      }
    }
    expect(differ).toEqual([]);
  });

  it('a large CSV: the count is right, and the swallowed text is never split into lines', () => {
    const n = 300_000;
    const ends = (i: number): string => (i % 11 === 0 ? '\r' : i % 7 === 0 ? '\r\n' : '\n');
    let body = '';
    for (let i = 1; i <= n; i++) body += `XJ-${i},项目名称${i},100${i === n ? '\n\r\n\n' : ends(i)}`;
    const csv = `项目编号,项目名称,本年拨付\nXJ-0,"未闭合引号的项目名称，之后整个文件都读进了这一格,100\n${body}`;
    const split = jest.spyOn(String.prototype, 'split');
    try {
      const r = readCsv(new TextEncoder().encode(csv), '台账.csv', { limits: { maxSize: 64 * 1024 * 1024, maxMemory: 1024 * 1024 * 1024 } });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const sheet = r.grid.sheets[0];
      expect(sheet.readFindings?.map((f) => [f.rule, f.row, f.col, f.params])).toEqual([
        ['S012', 1, 1, { value: '未闭合引号的项目名称，之后整个文件都读进了这一格,100', lines: n }],
      ]);
      const swallowed = String(sheet.values[1][1]).length;
      // (its lines ended every way: each a line feed in the cell, as every line end is in Excel: csv.ts mixedLineEnds)
      expect(swallowed).toBeGreaterThan(body.replace(/\r\n?/g, '\n').length - 10);
      // Papa Parse splits at most its first megabyte to guess the line end: nothing near the swallowed text's size
      const longest = Math.max(0, ...split.mock.contexts.map((s) => String(s).length));
      expect(longest).toBeLessThan(swallowed / 2);
    } finally {
      split.mockRestore();
    }
  });
});
