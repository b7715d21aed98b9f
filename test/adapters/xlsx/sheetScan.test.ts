/**
 * The sheet scanner's own shortcuts, which the reader tests through ExcelJS-written files do not
 * reach: the usual `<c …><v>…</v></c>` read at once and the usual run of rows and cells read
 * without the general path (same values as the general path, wherever the chunks of inflated
 * bytes are cut), and rows sharing one array of number formats (a row met again, or cleared by a
 * merge, never changes another row's formats).
 */
import { Budget, PAGE_LIMITS } from '../../../src/adapters/xlsx/budget';
import { DateCache, type SheetRead } from '../../../src/adapters/xlsx/sheet';
import { SheetReader } from '../../../src/adapters/xlsx/sheetScan';
import { dateValue, errorValue, serialToDate, type GridSheet } from '../../../src/model/grid';
import { Rng } from '../../../src/model/sample/prng';

const STRINGS = ['项目编号', 'XJ-001', '自治区知识产权局'];
// style 1: a date format; style 2: a percentage
const STYLES = { format: [null, 'yyyy-mm-dd', '0.00%'], isDate: [false, true, false] };

/** The sheet read from `xml` fed in chunks of `size` bytes (whole when omitted), at most `maxRows` rows. */
function read(xml: string, size?: number, maxRows?: number, dates = new DateCache(false)): SheetRead {
  const bytes = new TextEncoder().encode(xml);
  const reader = new SheetReader('S', false, { styles: STYLES, strings: STRINGS, dates, budget: new Budget(PAGE_LIMITS), cells: { n: 0, max: Infinity }, maxRows });
  const step = size ?? bytes.length;
  // copies, as an inflater hands out buffers it may reuse
  for (let p = 0; p < bytes.length; p += step) if (reader.push(bytes.slice(p, p + step)) === false) break;
  return reader.finish();
}

const scan = (xml: string, size?: number): GridSheet => read(xml, size).sheet;

/** The memory the reader charged to its budget for `xml`. */
function charged(xml: string): number {
  const bytes = new TextEncoder().encode(xml);
  const budget = new Budget(PAGE_LIMITS);
  const reader = new SheetReader('S', false, { styles: STYLES, strings: STRINGS, dates: new DateCache(false), budget, cells: { n: 0, max: Infinity } });
  reader.push(bytes);
  reader.finish();
  return budget.memoryUsed;
}

const sheetXml = (rows: string, tail = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${tail}</worksheet>`;

describe('the usual cell, read at once', () => {
  // Each kind of value as `<c><v>…</v></c>`, and the same values written so that the general path reads them.
  const plain = sheetXml(
    '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>684.53</v></c><c r="C1" s="1"><v>43347</v></c><c r="D1" t="b"><v>1</v></c>' +
      '<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><v>a&amp;b</v></c><c r="G1" s="2"><v>0.25</v></c><c r="H1" t="d"><v>2018-09-04T00:00:00Z</v></c>' +
      '<c r="I1" t="s"><v>7</v></c><c r="J1"><v></v></c><c r="K1" t="inlineStr"><v>5</v></c></row>',
  );
  const general = sheetXml(
    '<row r="1"><c r="A1" t="s"><v xml:space="preserve">1</v></c><c r="B1"><f>1+1</f><v>684.53</v></c><c r="C1" s="1"> <v>43347</v> </c><c r="D1" t="b"><v><![CDATA[1]]></v></c>' +
      '<c r="E1" t="e"><v>#N/A</v><!-- x --></c><c r="F1" t="str"><v>a&amp;b</v> </c><c r="G1" s="2"><v >0.25</v></c><c r="H1" t="d"><v>2018-09-04T00:00:00Z</v>\n</c>' +
      '<c r="I1" t="s"> <v>7</v></c><c r="J1"> <v></v></c><c r="K1" t="inlineStr"> <v>5</v></c></row>',
  );
  const expected = ['XJ-001', 684.53, dateValue(2018, 9, 4), true, errorValue('#N/A'), 'a&b', 0.25, dateValue(2018, 9, 4)];

  test('each kind of value as the general path reads it: shared string, number, date, boolean, error, formula text, ISO date; an unknown string index, an empty <v> and an inline string without <is> are empty', () => {
    expect(scan(plain).values).toEqual([expected]);
    expect(scan(general).values).toEqual([expected]);
    expect(scan(plain).numberFormats).toEqual([[null, null, 'yyyy-mm-dd', null, null, null, '0.00%']]);
  });

  test('wherever the chunks are cut, the same grid', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 3}</v></c><c r="B${i + 1}"><v>${i * 1.5}</v></c><c r="C${i + 1}" s="1"><v>${43000 + i}</v></c></row>`).join('');
    const whole = scan(sheetXml(rows));
    expect(whole.values).toHaveLength(40);
    for (const size of [1, 2, 3, 5, 8, 13, 31, 64]) expect(scan(sheetXml(rows), size)).toEqual(whole);
  });

  test('chunks handed in one buffer written over after each (as Node inflates): a value whose cell ends in the next chunk is kept', () => {
    for (const xml of [plain, general]) {
      const bytes = new TextEncoder().encode(xml);
      const whole = scan(xml);
      for (let cut = 1; cut < bytes.length; cut++) {
        const reader = new SheetReader('S', false, { styles: STYLES, strings: STRINGS, dates: new DateCache(false), budget: new Budget(PAGE_LIMITS), cells: { n: 0, max: Infinity } });
        const memory = new Uint8Array(bytes.length);
        for (const [from, to] of [[0, cut], [cut, bytes.length]]) {
          memory.set(bytes.subarray(from, to));
          reader.push(memory.subarray(0, to - from));
          memory.fill(0x39); // '9': a value read from the old bytes would change
        }
        expect(reader.finish().sheet).toEqual(whole);
      }
    }
  });
});

describe('number formats shared between rows', () => {
  const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
  const dated = (r: number): string => `<c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1"><v>43347</v></c>`;

  test('rows formatting the same columns read their formats; a row met again with one more formatted cell changes only itself', () => {
    const s = scan(sheetXml(row(1, dated(1)) + row(2, dated(2)) + row(3, dated(3)) + row(2, '<c r="C2" s="2"><v>0.5</v></c>')));
    expect(s.values).toEqual([
      [1, dateValue(2018, 9, 4)],
      [2, dateValue(2018, 9, 4), 0.5],
      [3, dateValue(2018, 9, 4)],
    ]);
    expect(s.numberFormats).toEqual([
      [null, 'yyyy-mm-dd'],
      [null, 'yyyy-mm-dd', '0.00%'],
      [null, 'yyyy-mm-dd'],
    ]);
  });

  test('random rows formatting columns alike, or almost (one format more, less or other, out of order, met again): each row its own formats, a row like the last one read shares its array', () => {
    // The reader gives a row the last row's array of formats when they are the same (endRow), and a row met
    // again starts from its own: the formats must be those of each row's own cells, however the rows differ.
    const letters = 'ABCDEFGHIJ';
    for (let seed = 1; seed <= 60; seed++) {
      const rng = new Rng(seed);
      type Cell = { col: number; style: number };
      let pattern: Cell[] = [0, 2, 3, 5].map((col) => ({ col, style: rng.int(0, 2) }));
      const want = new Map<number, Map<number, string>>();
      let xml = '';
      let r = 0;
      for (let i = 0; i < 25; i++) {
        const k = rng.next();
        // mostly the next row; sometimes a row met again
        r = k < 0.1 && r > 2 ? r - rng.int(1, 2) : r + 1;
        const m = rng.next();
        const cells = pattern.map((c) => ({ ...c }));
        if (cells.length === 0) cells.push({ col: rng.int(0, 9), style: rng.int(0, 2) });
        if (m < 0.15) cells.splice(rng.int(0, cells.length - 1), 1);
        else if (m < 0.3) cells[rng.int(0, cells.length - 1)].style = rng.int(0, 2);
        else if (m < 0.4) cells.push({ col: rng.int(0, 9), style: rng.int(1, 2) });
        else if (m < 0.45) cells.length = rng.int(0, cells.length);
        else if (m < 0.5) cells.reverse();
        if (rng.chance(0.7)) pattern = cells.slice().sort((a, b) => a.col - b.col);
        xml += `<row r="${r}">`;
        for (const c of cells) {
          const ref = `${letters[c.col]}${r}`;
          const empty = rng.chance(0.05); // no value: no format either
          xml += empty ? `<c r="${ref}" s="${c.style}"/>` : `<c r="${ref}" s="${c.style}"><v>${43347 + c.col}</v></c>`;
          const fmt = STYLES.format[c.style];
          if (!empty && fmt !== null) {
            const row = want.get(r - 1) ?? new Map<number, string>();
            row.set(c.col, fmt);
            want.set(r - 1, row);
          }
        }
        xml += '</row>';
      }
      for (const size of [undefined, 23]) {
        const s = scan(sheetXml(xml), size);
        const expected = s.values.map((_, row) => {
          const f = want.get(row);
          if (!f) return [];
          const out: (string | null)[] = new Array<string | null>(Math.max(...f.keys()) + 1).fill(null);
          for (const [c, fmt] of f) out[c] = fmt;
          return out;
        });
        if (JSON.stringify(s.numberFormats ?? expected.map(() => [])) !== JSON.stringify(expected))
          throw new Error(`seed ${seed}: ${JSON.stringify(s.numberFormats)} ≠ ${JSON.stringify(expected)}`);
      }
    }
  });

  test('a run of rows formatting the same columns alike shares one array of formats; a row with other formats its own', () => {
    const s = scan(sheetXml(row(1, dated(1)) + row(2, dated(2)) + row(3, dated(3)) + row(4, '<c r="A4" s="2"><v>1</v></c><c r="B4" s="1"><v>43347</v></c>') + row(5, dated(5))));
    const f = s.numberFormats!;
    expect(f[1]).toBe(f[0]);
    expect(f[2]).toBe(f[0]);
    expect(f[3]).toEqual(['0.00%', 'yyyy-mm-dd']);
    expect(f[4]).toEqual([null, 'yyyy-mm-dd']);
  });

  test('a merge clearing a formatted cell of one row leaves the same formats of the rows around it', () => {
    const s = scan(sheetXml(row(1, dated(1)) + row(2, dated(2)) + row(3, dated(3)), '<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>'));
    expect(s.values).toEqual([[1, dateValue(2018, 9, 4)], [2], [3, dateValue(2018, 9, 4)]]);
    expect(s.numberFormats).toEqual([[null, 'yyyy-mm-dd'], [], [null, 'yyyy-mm-dd']]);
  });
});

describe('the usual run of rows and cells, read without the general path', () => {
  // Element names with a prefix (`<x:c>`) are read by the general path only: the same sheet written
  // both ways must read the same. The cells mix what the shortcut reads with what it leaves.
  function randomSheet(seed: number, prefix: string): string {
    const rng = new Rng(seed);
    const el = (name: string): string => prefix + name;
    const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
    const values: Array<[string, string]> = [
      ['t="s"', '1'], ['t="s"', '2'], ['t="s"', '0002'], ['t="s"', '9'], ['t="s"', ''], ['t="s"', '12345678901234567890'], ['t="s"', '1x'],
      ['', '684.53'], ['', '-12'], ['', '0'], ['', '-0'], ['', '-'], ['', '1.5E-3'], ['', '12345678901234567'], ['', '123456789012345'], ['', ' 7'], ['', '.5'], ['', '3.'],
      ['', '43347'], ['t="b"', '1'], ['t="b"', '0'], ['t="e"', '#N/A'], ['t="str"', 'a&amp;b'], ['t="d"', '2018-09-04T00:00:00Z'], ['t="n"', '42'],
    ];
    let xml = '';
    let r = 0;
    for (let i = 0; i < 30; i++) {
      // rows with and without `r`, with gaps, met again, and with attributes of their own
      const k = rng.next();
      r = k < 0.1 ? Math.max(1, r - 2) : k < 0.2 ? r + 3 : r + 1;
      const rowAttrs = [k < 0.85 ? (k < 0.05 ? `r='${r}'` : `r="${k < 0.8 ? r : '0' + r}"`) : '', rng.chance(0.3) ? 'spans="1:9"' : '', rng.chance(0.3) ? 'x14ac:dyDescent="0.25"' : '', rng.chance(0.2) ? "ht='15'" : '']
        .filter(Boolean)
        .join(rng.chance(0.2) ? '\t' : ' ');
      if (k >= 0.85 && k < 0.87) {
        xml += `<${el('row')}/>`;
        continue;
      }
      xml += `<${el('row')}${rowAttrs ? ' ' + rowAttrs : ''}>`;
      let c = rng.int(0, 2);
      for (let j = rng.int(0, 8); j > 0; j--) {
        const m = rng.next();
        const ref = m < 0.05 ? `$${letters(c)}$${r}` : m < 0.1 ? `${letters(c)}${r + 1}` : m < 0.13 ? `${letters(c).toLowerCase()}${r}` : `${letters(c)}${r}`;
        const [t, v] = rng.pick(values);
        const style = rng.chance(0.3) ? ` s="${rng.int(0, 3)}"` : '';
        const attrs = [m > 0.95 ? '' : `r="${ref}"`, t, style.trim()].filter(Boolean).join(' ');
        const form = rng.next();
        if (form < 0.1) xml += `<${el('c')} ${attrs}/>`;
        else if (form < 0.15) xml += `<${el('c')} ${attrs}><${el('f')}>1+1</${el('f')}><${el('v')}>${v}</${el('v')}></${el('c')}>`;
        else if (form < 0.2) xml += `<${el('c')} r="${ref}" t="inlineStr"><${el('is')}><${el('t')}>行内${j}</${el('t')}></${el('is')}></${el('c')}>`;
        else xml += `<${el('c')} ${attrs}><${el('v')}>${v}</${el('v')}></${el('c')}>`;
        c += rng.chance(0.1) ? 0 : rng.int(1, 3);
      }
      xml += `</${el('row')}>${rng.chance(0.1) ? '\n  ' : ''}`;
    }
    const ns = prefix ? ` xmlns:${prefix.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : '';
    return `<?xml version="1.0"?><${el('worksheet')}${ns} xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${el('sheetData')}>${xml}</${el('sheetData')}></${el('worksheet')}>`;
  }

  test('random sheets read the same by the shortcut and by the general path, wherever the chunks are cut, and cut short at a row', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const plain = randomSheet(seed, '');
      const general = read(randomSheet(seed, 'x:'));
      expect(general.sheet.values.length).toBeGreaterThan(5);
      for (const size of [undefined, 7, 64, 1000]) {
        const got = read(plain, size);
        if (JSON.stringify(got) !== JSON.stringify(general)) throw new Error(`seed ${seed}, chunks of ${size}: ${JSON.stringify(got.sheet)} ≠ ${JSON.stringify(general.sheet)}`);
      }
      expect(read(plain, 50, 7)).toEqual(read(randomSheet(seed, 'x:'), 50, 7));
    }
  });

  test('random sheets count the same cells and charge the same memory by the shortcut and by the general path (the shortcut stores the usual cell itself)', () => {
    const costs = (xml: string, size: number): { memory: number; cells: number } => {
      const bytes = new TextEncoder().encode(xml);
      const budget = new Budget(PAGE_LIMITS);
      const cells = { n: 0, max: Infinity };
      const reader = new SheetReader('S', false, { styles: STYLES, strings: STRINGS, dates: new DateCache(false), budget, cells });
      for (let p = 0; p < bytes.length; p += size) reader.push(bytes.slice(p, p + size));
      reader.finish();
      return { memory: budget.memoryUsed, cells: cells.n };
    };
    for (let seed = 1; seed <= 40; seed++) {
      const general = costs(randomSheet(seed, 'x:'), 1 << 20);
      expect(general.cells).toBeGreaterThan(5);
      for (const size of [7, 64, 1 << 20]) expect({ seed, size, ...costs(randomSheet(seed, ''), size) }).toEqual({ seed, size, ...general });
    }
  });

  test('a row of usual cells, shared strings and numbers in styles with no format kept, goes through store for its first cell only (and a cell whose format is kept)', () => {
    // the styles as `jx check` reads them: the date format dropped (the cell is typed by its style), the percentage kept
    const styles = { format: [null, null, '0.00%'], isDate: [false, true, false] };
    const row = (r: number): string =>
      `<row r="${r}"><c r="A${r}" t="s"><v>1</v></c><c r="B${r}"><v>684.53</v></c><c r="C${r}"><v>12</v></c><c r="E${r}" t="s"><v>2</v></c><c r="F${r}" s="1"><v>43347</v></c><c r="G${r}" s="2"><v>0.25</v></c></row>`;
    const dates = new DateCache(false);
    dates.date(43347); // a day met before: the shortcut takes it from the cache
    const store = jest.spyOn(SheetReader.prototype as unknown as { store: () => void }, 'store');
    try {
      const reader = new SheetReader('S', false, { styles, strings: STRINGS, dates, budget: new Budget(PAGE_LIMITS), cells: { n: 0, max: Infinity } });
      reader.push(new TextEncoder().encode(sheetXml(row(1) + row(2) + row(3))));
      const got = reader.finish().sheet;
      expect(got.values).toEqual([1, 2, 3].map(() => ['XJ-001', 684.53, 12, null, '自治区知识产权局', dateValue(2018, 9, 4), 0.25]));
      expect(got.numberFormats).toEqual([1, 2, 3].map(() => [null, null, null, null, null, null, '0.00%']));
      expect(store).toHaveBeenCalledTimes(6);
    } finally {
      store.mockRestore();
    }
  });

  test('a cell on another row than its <row>, or beyond the last column, is read or refused as by the general path', () => {
    const xml = (p: string): string => sheetXml(`<${p}row r="2"><${p}c r="A3" t="s"><${p}v>1</${p}v></${p}c><${p}c r="B2"><${p}v>5</${p}v></${p}c></${p}row>`);
    expect(scan(xml(''))).toEqual(scan(xml('x:')));
    expect(scan(xml('')).values).toEqual([[], [null, 5], ['XJ-001']]);
    const wide = sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>');
    expect(() => scan(wide)).toThrow('col 16385 out of range');
  });
});

describe('dates: a day met for the first time is made by the general path, one met before comes from the cache', () => {
  // (the fast run only looks days up: DateCache.known; making one inside it cost recompiling it)
  const serials = [43347, 43347.75, 43348, 1, 59, 60, 61, 0, -3, 2958465, 2958466, 131071, 131072, 200000.5, 43347.99999999];
  /** The end of the slots the cache is made with (sheet.ts DENSE_MADE). */
  const madeEnd = [49999, 50000, 50001, 49998.6, 49999.2];

  test('DateCache: known() is undefined until date() has made the day, then the same object; each day as serialToDate reads it, 1900 and 1904', () => {
    for (const date1904 of [false, true]) {
      const dates = new DateCache(date1904);
      for (const v of [...serials, ...madeEnd]) {
        const expected = serialToDate(Math.floor(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000) / 86_400_000) + 25569 - (date1904 ? 1462 : 0), date1904);
        const before = dates.known(v);
        const d = dates.date(v);
        expect(d).toEqual(expected);
        if (before !== undefined) expect(before).toBe(d);
        expect(dates.known(v)).toBe(d);
        expect(dates.date(v)).toBe(d);
      }
    }
  });

  test('date cells in the usual run read as the general path reads them, days met once or again, in one sheet or in the next with the same cache', () => {
    const rng = new Rng(11);
    const rows = Array.from({ length: 60 }, (_, i) => {
      const r = i + 1;
      const v = rng.pick(serials.filter((x) => x > 0));
      return `<row r="${r}"><c r="A${r}" t="s"><v>1</v></c><c r="B${r}" s="1"><v>${v}</v></c><c r="C${r}" s="1"><v>${rng.pick([43347, 43348, 43349])}</v></c></row>`;
    }).join('');
    const general = sheetXml(rows.replace(/<c /g, '<x:c ').replace(/<\/c>/g, '</x:c>').replace(/<v>/g, '<x:v>').replace(/<\/v>/g, '</x:v>'));
    for (const date1904 of [false, true]) {
      const want = read(general, undefined, undefined, new DateCache(date1904)).sheet;
      expect(want.values[0][1]).not.toBeNull();
      const cache = new DateCache(date1904);
      for (const size of [undefined, 9, 100]) expect(read(sheetXml(rows), size, undefined, cache).sheet).toEqual(want);
      expect(read(sheetXml(rows), 37, undefined, new DateCache(date1904)).sheet).toEqual(want);
    }
  });
});

describe('what each path charges to the memory budget, and cells out of order', () => {
  test('a t="str" text costs the same whichever path reads it: the fast run, the usual cell (another attribute), or the general path', () => {
    // a hostile file of long formula texts must be refused by the budget, whichever way its cells are written
    const text = 'x'.repeat(100_000);
    const fast = charged(sheetXml(`<row r="1"><c r="A1" t="str"><v>${text}</v></c></row>`));
    const usual = charged(sheetXml(`<row r="1"><c r="A1" t="str" cm="1"><v>${text}</v></c></row>`));
    const general = charged(sheetXml(`<row r="1"><c r="A1" t="str"> <v>${text}</v></c></row>`));
    expect(fast).toBeGreaterThan(2 * text.length);
    expect([usual, general]).toEqual([fast, fast]);
  });

  test('cells going back and forth between rows give the grid of the same cells written in order', () => {
    const rng = new Rng(7);
    const cells: Array<[number, number, number]> = [];
    for (let i = 0; i < 400; i++) cells.push([rng.int(1, 5), rng.int(0, 25), i]);
    const cellXml = ([r, c, v]: [number, number, number]): string => `<c r="${String.fromCharCode(65 + c)}${r}"><v>${v}</v></c>`;
    // out of order: each cell under its own <row> element, rows met again and again
    const shuffled = sheetXml(cells.map((x) => `<row r="${x[0]}">${cellXml(x)}</row>`).join(''));
    // the expected grid: the last value written to each cell wins, as the reader keeps it
    const last = new Map<string, number>();
    for (const [r, c, v] of cells) last.set(`${r - 1},${c}`, v);
    const got = scan(shuffled);
    const seen = new Map<string, number>();
    got.values.forEach((row, r) => row.forEach((v, c) => v !== null && seen.set(`${r},${c}`, v as number)));
    expect(seen).toEqual(last);
    for (const size of [3, 17, 64]) expect(scan(shuffled, size)).toEqual(got);
  });
});

describe('a tag cut by a chunk is completed with the next chunk up to its first row end', () => {
  test('a `</row>` inside a comment, a quoted value or inline text where a chunk is cut reads as when fed whole', () => {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const r = i + 1;
      const odd = [
        `<c r="A${r}" t="s"><v>1</v></c><!-- </row> --><c r="B${r}"><v>${r}.5</v></c>`,
        `<c r="A${r}" t="s" x:note="</row>"><v>2</v></c><c r="B${r}"><v>${r}</v></c>`,
        `<c r="A${r}" t="inlineStr"><is><t>a&lt;/row&gt;b</t></is></c><c r="B${r}" s="1"><v>43347</v></c>`,
      ][i % 3];
      return `<row r="${r}">${odd}</row>`;
    }).join('');
    const xml = sheetXml(rows);
    const whole = scan(xml);
    expect(whole.values[1][0]).toBe('自治区知识产权局');
    for (let size = 1; size <= 120; size++) expect(scan(xml, size)).toEqual(whole);
  });
});

describe('a value longer than a tag may be (MAX_TAG, 4 MB)', () => {
  test('a 5 MB <v> reads the same whole and cut into the chunks of the CLI and the page, not as damage', () => {
    const long = '长x'.repeat(1024 * 1024); // 4 MB of UTF-8; with the tail below the value is 5 MB
    const value = long + 'y'.repeat(1024 * 1024);
    const xml = sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="str"><v>${value}</v></c><c r="B2"><v>7</v></c></row>`);
    for (const size of [undefined, 1 << 20, (1 << 16) + 7, 1 << 14]) {
      const sheet = scan(xml, size);
      expect({ size, length: (sheet.values[1][0] as string).length }).toEqual({ size, length: value.length });
      expect(sheet.values[1][0]).toBe(value);
      expect(sheet.values[1][1]).toBe(7);
    }
  });
});

test('a number no calendar day shows, under a date format, stays the number, on the fast path and the general one (a host shows #####; never an empty cell)', () => {
  // the first row's day is met first, so the second row's same day is read by the fast path's DateCache.known
  const cells = (r: number, v: string, pad = ''): string => `<row r="${r}"><c r="A${r}" s="1">${pad}<v>${v}</v></c></row>`;
  const xml = sheetXml(cells(1, '43347') + cells(2, '-5') + cells(3, '43347') + cells(4, '-5') + cells(5, '3000000') + cells(6, '-5', ' '));
  expect(scan(xml).values).toEqual([[dateValue(2018, 9, 4)], [-5], [dateValue(2018, 9, 4)], [-5], [3000000], [-5]]);
  expect(scan(xml, 7).values).toEqual(scan(xml).values);
});
