/**
 * Mutated CSV ledgers, read as Excel opens them (hostile43): bad bytes (no UTF-8, no GBK) and NULs at random places,
 * mixed line ends, byte-order marks, the same table in GBK, UTF-8 and UTF-16. None crashes, none takes 8 s, and
 * none is misread silently: a damaged byte is read as U+FFFD and said (S020) at exactly the cells that hold one,
 * every other cell reads as the clean file's; a change of line ends, mark or encoding reads the same grid. A truly
 * binary file (a picture, an archive renamed .csv, random bytes) is still refused in words.
 */
import fc from 'fast-check';
import { readCsv } from '../../src/adapters/file/csv';
import { readWorkbookFile } from '../../src/adapters/file';
import type { Grid } from '../../src/model/grid';
import { encodeGbk } from '../support/formats';
import { zip } from '../fixtures/hostile';
import { runs } from './gen';

/** Generous for a few KB: a read that takes this much CPU is a hang (CPU: the work, whatever the machine's load). */
const HANG_MS = 8000;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const NAMES = ['专利实施项目', '乌鲁木齐市某科技有限公司', '新型滚动轴承', '石河子大学', '发明专利产业化', '（备注）已验收'];
const HEADER = ['项目编号', '项目名称', '承担单位', '立项年度', '财政支持资金', '本年拨付', '立项日期', '备注'];

/** A ledger of `n` projects as fields (no separator, quote or line end inside: each field's cell is known). */
function table(n: number, pick: (k: number) => number): string[][] {
  const rows = [HEADER];
  for (let i = 0; i < n; i++)
    rows.push([`XJZL2018-${String(i + 1).padStart(3, '0')}`, NAMES[pick(i) % NAMES.length], NAMES[(pick(i) + 1) % NAMES.length], '2018', `${(pick(i) % 90) + 10}.5`, String(pick(i) % 7), `2018-0${(i % 9) + 1}-15`, i % 3 ? '' : '无']);
  return rows;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const join = (rows: ReadonlyArray<ReadonlyArray<string>>, ends: (r: number) => string = () => '\r\n'): string => rows.map((r, i) => r.join(',') + ends(i)).join('');
const concat = (parts: ReadonlyArray<Uint8Array | ReadonlyArray<number>>): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...p);
  return new Uint8Array(out);
};

function read(bytes: Uint8Array, name = '台账.csv'): ReturnType<typeof readCsv> {
  const t = cpuMs();
  const r = readCsv(bytes, name);
  expect(cpuMs() - t).toBeLessThan(HANG_MS);
  return r;
}
function gridOf(r: ReturnType<typeof readCsv>): Grid {
  if (!r.ok) throw new Error(r.message['zh-CN']);
  return r.grid;
}
const cellsOf = (g: Grid): Array<[number, number]> => (g.sheets[0].readFindings ?? []).filter((f) => f.rule === 'S020').map((f) => [f.row, f.col]);

/** A field's bytes with `bad` put before character `at` of it (both encodings: ASCII and two- or three-byte characters). */
function mutatedBytes(rows: string[][], encode: (s: string) => Uint8Array, hits: ReadonlyArray<{ r: number; c: number; at: number; bad: ReadonlyArray<number> }>): Uint8Array {
  const parts: Array<Uint8Array | ReadonlyArray<number>> = [];
  rows.forEach((row, r) =>
    row.forEach((field, c) => {
      const chars = [...field];
      const here = hits.filter((h) => h.r === r && h.c === c);
      chars.forEach((ch, i) => {
        for (const h of here) if (Math.min(h.at, chars.length) === i) parts.push(h.bad);
        parts.push(encode(ch));
      });
      for (const h of here) if (h.at >= chars.length) parts.push(h.bad);
      parts.push(encode(c === row.length - 1 ? '\r\n' : ','));
    }),
  );
  return concat(parts);
}

/** Byte sequences UTF-8 never has (a continuation byte alone, C0/C1, F8–FF, a lead byte cut short) and NUL. */
const BAD_UTF8 = [[0x80], [0xbf], [0xc0], [0xc1], [0xf8], [0xfe], [0xff], [0xe4], [0xe4, 0xb8], [0x00]];
/** Bytes GB18030 never has alone: 0xFF (0x80 is € there, a lead byte takes the next ASCII letter as its trail) and NUL. */
const BAD_GBK = [[0xff], [0x00]];

const hitsOf = (rows: string[][], max: number): fc.Arbitrary<Array<{ r: number; c: number; at: number; pick: number }>> =>
  fc.uniqueArray(
    fc.record({ r: fc.nat(rows.length - 1), c: fc.nat(HEADER.length - 1), at: fc.nat(12), pick: fc.nat(100) }),
    { minLength: 1, maxLength: max, selector: (h) => `${h.r},${h.c}` },
  );

describe('a CSV with bad bytes or NULs is read, each replaced by U+FFFD and said at its cell (S020), nothing else changed', () => {
  const rows = table(12, (k) => (k * 7 + 3) % 11);
  const clean = gridOf(read(utf8(join(rows)))).sheets[0].values;

  it.each([
    ['UTF-8', (s: string) => utf8(s), BAD_UTF8, 'utf8'],
    ['UTF-8 with its mark', (s: string) => utf8(s), BAD_UTF8, 'utf8'],
    ['GBK', encodeGbk, BAD_GBK, 'gb18030'],
  ] as const)('%s', (what, encode, bads, encoding) => {
    fc.assert(
      fc.property(hitsOf(rows, 6), (raw) => {
        const hits = raw.map((h) => ({ ...h, bad: bads[h.pick % bads.length] }));
        let bytes = mutatedBytes(rows, encode, hits);
        if (what === 'UTF-8 with its mark') bytes = concat([[0xef, 0xbb, 0xbf], bytes]);
        const r = read(bytes);
        const g = gridOf(r);
        const s020 = (g.sheets[0].readFindings ?? []).filter((f) => f.rule === 'S020');
        // said at exactly the cells hit, in the encoding of the file, with the count of replacements
        expect(cellsOf(g).sort()).toEqual(hits.map((h) => [h.r, h.c]).sort());
        for (const f of s020) expect(f.params).toMatchObject({ encoding });
        // every other cell as the clean file's; a cell hit is its text with U+FFFD where the bytes were
        const values = g.sheets[0].values;
        rows.forEach((row, ri) =>
          row.forEach((field, ci) => {
            const hit = hits.filter((h) => h.r === ri && h.c === ci);
            if (hit.length === 0) expect(values[ri]?.[ci] ?? null).toEqual(clean[ri]?.[ci] ?? null);
            else {
              const text = values[ri][ci];
              expect(typeof text).toBe('string');
              expect((text as string).replace(/\ufffd/g, '')).toBe(field);
            }
          }),
        );
      }),
      runs(120),
    );
  });

  it('a damaged byte in a UTF-8 ledger is never taken for GBK (which reads the whole file wrong, silently)', () => {
    // a UTF-8 file with one bad byte may still be valid GB18030 byte for byte
    const text = join([['项目编号', '项目名称'], ['XJZL2018-001', '专利实施']]);
    const bytes = concat([utf8(text.slice(0, 20)), [0xff], utf8(text.slice(20))]);
    const g = gridOf(read(bytes));
    expect(g.sheets[0].values[0]).toEqual(['项目编号', '项目名称']);
    expect(cellsOf(g)).toHaveLength(1);
  });

  it('S020 names at most 20 cells one by one, then says how many more (a file badly damaged: a thousand rows)', () => {
    const big = table(1000, (k) => k);
    const hits = big.slice(1).map((_, i) => ({ r: i + 1, c: 1, at: 2, bad: [0xff] }));
    const g = gridOf(read(mutatedBytes(big, utf8, hits)));
    const s020 = (g.sheets[0].readFindings ?? []).filter((f) => f.rule === 'S020');
    expect(s020.map((f) => f.variant ?? 'main')).toEqual([...Array(20).fill('main'), 'more']);
    expect(s020[20]).toMatchObject({ row: 21, col: 1, params: { cells: 980, count: 980 } });
    expect(g.sheets[0].values).toHaveLength(1001);
  });
});

describe('the same table however its lines end, whatever its mark or encoding: the same grid, nothing said', () => {
  const rows = table(10, (k) => (k * 5 + 1) % 13);
  const text = join(rows);
  const clean = gridOf(read(utf8(text)));

  it('mixed line ends (CR LF, LF, CR in any order): every one ends a line, as in Excel', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: rows.length, maxLength: rows.length }), (ends) => {
        const g = gridOf(read(utf8(join(rows, (i) => ends[i]))));
        expect(g).toEqual(clean);
      }),
      runs(200),
    );
  });

  const utf16 = (s: string, le: boolean): Uint8Array => {
    const out = new Uint8Array(2 * s.length);
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = u & 0xff;
      out[2 * i + (le ? 1 : 0)] = u >> 8;
    }
    return out;
  };
  it.each([
    ['UTF-8 with its mark', () => concat([[0xef, 0xbb, 0xbf], utf8(text)])],
    ['GBK', () => encodeGbk(text)],
    ['UTF-16LE with its mark', () => concat([[0xff, 0xfe], utf16(text, true)])],
    ['UTF-16BE with its mark', () => concat([[0xfe, 0xff], utf16(text, false)])],
    ['UTF-16LE without a mark', () => utf16(text, true)],
    ['GBK, its lines ending in LF and CR', () => encodeGbk(join(rows, (i) => (i % 2 ? '\n' : '\r')))],
  ])('%s', (_what, bytes) => {
    expect(gridOf(read(bytes()))).toEqual(clean);
  });
});

describe('NULs padding the end of a file (an exporter rounding to a block, a broken copy) are no part of it', () => {
  const rows = table(10, (k) => (k * 5 + 1) % 13);
  const text = join(rows);
  const clean = gridOf(read(utf8(text)));
  const utf16 = (s: string, le: boolean): Uint8Array => new Uint8Array(le ? Buffer.from(s, 'utf16le') : Buffer.from(s, 'utf16le').swap16());
  const padded = (b: Uint8Array, n: number): Uint8Array => concat([b, new Uint8Array(n)]);
  const encodings: ReadonlyArray<readonly [string, () => Uint8Array]> = [
    ['UTF-8', () => utf8(text)],
    ['UTF-8 ending without a line end', () => utf8(text.trimEnd())],
    ['GBK', () => encodeGbk(text)],
    ['UTF-16LE with its mark', () => concat([[0xff, 0xfe], utf16(text, true)])],
    ['UTF-16BE with its mark', () => concat([[0xfe, 0xff], utf16(text, false)])],
    ['UTF-16LE without a mark', () => utf16(text, true)],
  ];
  it.each(encodings.flatMap(([what, bytes]) => [1, 3, 512, 4096, 65536].map((n) => [what, n, bytes] as const)))('%s, %d NULs after it: the clean grid, nothing said', async (_what, n, bytes) => {
    expect(gridOf(read(padded(bytes(), n)))).toEqual(clean);
    const r = await readWorkbookFile(padded(bytes(), n), '台账.csv');
    expect(r.ok && r.grid.sheets[0].values).toEqual(clean.sheets[0].values);
  });

  it('a NUL inside the data is still read as U+FFFD and said at its cell, with padding after it or not', () => {
    const inner = utf8(text.replace('专利实施项目', '专利\0实施项目'));
    for (const b of [inner, padded(inner, 4096)]) expect(cellsOf(gridOf(read(b))).length).toBeGreaterThan(0);
  });

  it('a file of nothing but NULs, or of NULs with a little text among them, is still refused as no text', () => {
    for (const b of [new Uint8Array(4096), concat([new Uint8Array(3000), utf8('a,b\n'), new Uint8Array(3000)])]) {
      const r = read(b);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message['zh-CN']).toContain('既不是 Excel 工作簿（.xlsx、.xls），也不是 CSV 文本');
    }
  });
});

describe('any bytes changed anywhere: a grid or a failure in words, within 8 s, never an exception', () => {
  const rows = table(15, (k) => (k * 3 + 2) % 17);
  const files = { utf8: utf8(join(rows)), gbk: encodeGbk(join(rows)) };
  it.each(Object.entries(files))('%s', (_what, base) => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(base.length - 1), byte: fc.nat(255), insert: fc.boolean() }), { minLength: 1, maxLength: 40 }), (edits) => {
        const b = [...base];
        for (const e of edits) if (e.insert) b.splice(e.at, 0, e.byte);
        else b[e.at] = e.byte;
        const r = read(new Uint8Array(b));
        if (!r.ok) expect(r.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      }),
      runs(300),
    );
  });
});

describe('a binary file is still refused in words, not read as a damaged CSV', () => {
  const random = (n: number, seed: number): Uint8Array => {
    const out = new Uint8Array(n);
    let x = seed;
    for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    return out;
  };
  it.each([
    ['a PNG picture', () => concat([[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], random(3000, 1)])],
    ['a JPEG picture', () => concat([[0xff, 0xd8, 0xff, 0xe0], random(3000, 2)])],
    ['a PDF', () => concat([utf8('%PDF-1.7\n'), random(3000, 3)])],
    ['random bytes', () => random(5000, 4)],
    ['a program', () => concat([[0x7f, 0x45, 0x4c, 0x46], random(3000, 5)])],
  ])('%s', async (_what, bytes) => {
    const r = await readWorkbookFile(bytes(), '台账.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message['zh-CN']).toContain('既不是 Excel 工作簿（.xlsx、.xls），也不是 CSV 文本');
  });
  it('a zip (not a workbook) renamed .csv: said to be an archive', async () => {
    const r = await readWorkbookFile(zip([{ name: '台账.txt', data: '项目编号,项目名称\n' }]), '台账.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message['zh-CN']).toContain('这是压缩文件，但不是 Excel 工作簿');
  });
});
