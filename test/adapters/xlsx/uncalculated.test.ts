/**
 * Formula cells saved without a result (`<c><f>G3+H3</f></c>`, no `<v>`: openpyxl, ExcelJS and budget systems write
 * them so; Excel and WPS calculate and store the result when they save). The reader keeps them blank — nothing is
 * guessed — and notes them by column: how many, the first and last row, one formula as example; its memory bounded
 * however many there are.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { Budget, PAGE_LIMITS } from '../../../src/adapters/xlsx/budget';
import { readXlsx } from '../../../src/adapters/xlsx';
import { DateCache, type SheetRead } from '../../../src/adapters/xlsx/sheet';
import { FORMULA_EXAMPLE_MAX, SheetReader } from '../../../src/adapters/xlsx/sheetScan';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';

const sheetXml = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

function read(xml: string, size?: number, budget = new Budget(PAGE_LIMITS)): SheetRead {
  const bytes = new TextEncoder().encode(xml);
  const reader = new SheetReader('S', false, { styles: { format: [null], isDate: [false] }, strings: ['x'], dates: new DateCache(false), budget, cells: { n: 0, max: Infinity } });
  const step = size ?? bytes.length;
  for (let p = 0; p < bytes.length; p += step) reader.push(bytes.slice(p, p + step));
  return reader.finish();
}

/** The first worksheet part of an .xlsx, as text. */
const firstSheetXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);

describe('formulas without a result', () => {
  test('ExcelJS writes { formula } without result as <f> and no <v>: read blank, noted by column with its count, runs of rows and first formula', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目台账');
    ws.addRow(['项目名称', '中央', '自治区', '合计', '已计算']);
    for (let i = 0; i < 3; i++) {
      const r = i + 2;
      ws.addRow(['项目' + r, 10 * r, 5, { formula: `B${r}+C${r}` }, { formula: `B${r}*2`, result: 4 * r }]);
    }
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const xml = firstSheetXml(bytes);
    expect(xml).toContain('<c r="D2"><f>B2+C2</f></c>'); // what a program writes: no <v>
    expect(xml).toMatch(/<c r="E2"><f>B2\*2<\/f><v>8<\/v><\/c>/);
    const r = await readXlsx(bytes, { inflater: nodeInflater });
    if (!r.ok) throw new Error(r.reason);
    const s = r.grid.sheets[0];
    expect(s.values.slice(1).map((row) => row[3] ?? null)).toEqual([null, null, null]);
    expect(s.values.slice(1).map((row) => row[4])).toEqual([8, 12, 16]);
    expect(s.uncalculated).toEqual([{ col: 3, count: 3, first: 1, last: 3, runs: [1, 3], exampleRow: 1, formula: 'B2+C2' }]);
  });

  test('formulas with their results (as Excel saves them) note nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow([1, 2, { formula: 'A1+B1', result: 3 }, { formula: 'A1&"x"', result: '1x' }, { formula: 'A1/0', result: { error: '#DIV/0!' } }]);
    const r = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), { inflater: nodeInflater });
    if (!r.ok) throw new Error(r.reason);
    expect(r.grid.sheets[0].uncalculated).toBeUndefined();
    expect(r.grid.sheets[0].values[0].slice(0, 4)).toEqual([1, 2, 3, '1x']);
  });

  test('an empty <v>, no <v>, a shared formula\'s followers (no text: the example is the first with text), entities decoded, wherever the chunks are cut', () => {
    const xml = sheetXml(
      '<row r="3"><c r="G3"><f t="shared" si="0" ref="G3:G6"/><v></v></c></row>' +
        '<row r="4"><c r="G4"><f>IF(A4&gt;0,&quot;是&quot;,&quot;否&quot;)</f><v/></c><c r="H4"><f>1+1</f><v>2</v></c></row>' +
        '<row r="5"><c r="G5"><f t="shared" si="0"/></c></row><row r="6"><c r="G6"><f>SUM(A1:A3)</f></c></row>',
    );
    const whole = read(xml).sheet;
    expect(whole.uncalculated).toEqual([{ col: 6, count: 4, first: 2, last: 5, runs: [2, 5], exampleRow: 3, formula: 'IF(A4>0,"是","否")' }]);
    expect(whole.values[3]).toEqual([null, null, null, null, null, null, null, 2]);
    for (const size of [7, 13, 64]) {
      const cut = read(xml, size).sheet.uncalculated!;
      // the example may be a later cell's where the chunk was cut inside the first's formula
      expect(cut.map((u) => [u.col, u.count, u.first, u.last, u.runs])).toEqual([[6, 4, 2, 5, [2, 5]]]);
      expect(['IF(A4>0,"是","否")', 'SUM(A1:A3)', '']).toContain(cut[0].formula);
    }
  });

  test('a formula whose result is "" as Excel saves it (t="str", an empty <v>) is a result, not noted; without t="str" (openpyxl\'s empty <v>) it is', () => {
    expect(read(sheetXml('<row r="1"><c r="A1" t="str"><f>IF(B1&gt;0,"x","")</f><v></v></c></row>')).sheet.uncalculated).toBeUndefined();
    expect(read(sheetXml('<row r="1"><c r="A1"><f>SUM(B1:B2)</f><v></v></c></row>')).sheet.uncalculated).toEqual([{ col: 0, count: 1, first: 0, last: 0, runs: [0, 0], exampleRow: 0, formula: 'SUM(B1:B2)' }]);
  });

  test('an empty result written <v/> (as some Excel files and XML serialisers write it) is the same as <v></v>, wherever the chunks are cut', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="str"><f>IF(B1&gt;0,"x","")</f><v/></c><c r="B1" t="str"><f>"a"</f><v>a</v></c></row>' +
        '<row r="2"><c r="A2"><f>SUM(B1:B2)</f><v/></c></row>',
    );
    for (const size of [undefined, 5, 11, 64]) {
      const s = read(xml, size).sheet;
      expect(s.uncalculated?.map((u) => [u.col, u.count, u.first, u.last])).toEqual([[0, 1, 1, 1]]);
      expect(s.values[0]).toEqual([null, 'a']);
    }
  });

  test('a long formula is shortened to its start', () => {
    const long = 'A1+'.repeat(500) + 'A1';
    const u = read(sheetXml(`<row r="1"><c r="A1"><f>${long}</f></c></row>`)).sheet.uncalculated![0];
    expect(u.formula.length).toBe(FORMULA_EXAMPLE_MAX);
    expect(u.formula.endsWith('…')).toBe(true);
    expect(long.startsWith(u.formula.slice(0, -1))).toBe(true);
  });

  test('a hostile sheet of a million formula cells in 20 columns: 20 entries, the memory charged does not grow with the cells', () => {
    const rowXml = (r: number, cols: number): string => {
      let s = `<row r="${r}">`;
      for (let c = 0; c < cols; c++) s += `<c r="${String.fromCharCode(65 + c)}${r}"><f>A${r}+${c}</f></c>`;
      return s + '</row>';
    };
    const sheet = (rows: number): Uint8Array => {
      const parts: string[] = [];
      for (let r = 1; r <= rows; r++) parts.push(rowXml(r, 20));
      return new TextEncoder().encode(sheetXml(parts.join('')));
    };
    const charge = (bytes: Uint8Array): { memory: number; read: SheetRead } => {
      const budget = new Budget(PAGE_LIMITS);
      const reader = new SheetReader('S', false, { styles: { format: [null], isDate: [false] }, strings: [], dates: new DateCache(false), budget, cells: { n: 0, max: Infinity } });
      for (let p = 0; p < bytes.length; p += 1 << 20) reader.push(bytes.subarray(p, p + (1 << 20)));
      const read = reader.finish();
      return { memory: budget.memoryUsed, read };
    };
    const small = charge(sheet(10));
    const big = charge(sheet(50_000));
    const u = big.read.sheet.uncalculated!;
    expect(u.length).toBe(20);
    expect(u.reduce((s, x) => s + x.count, 0)).toBe(1_000_000);
    // every row is kept, as one run: a column of them costs what one does
    expect(u[19]).toEqual({ col: 19, count: 50_000, first: 0, last: 49_999, runs: [0, 49_999], exampleRow: 0, formula: 'A1+19' });
    // rows of nothing but formulas store no cell: the charge is the rows' and the 20 entries', not a million cells'
    expect(big.memory - small.memory).toBeLessThan(50_000 * 100);
    expect(big.read.sheet.values.length).toBe(0);
  });

  // mergecells42: the reader listed a column's first 1,000 rows and only counted the rest, so past them L002 said each
  // of those formulas' blanks was an empty 必填项 too
  test('formulas on every other row, 3,000 of them: every row kept, a run each; a row read twice or out of order adds none', () => {
    const parts: string[] = [];
    for (let r = 1; r <= 6000; r++) parts.push(r % 2 ? `<row r="${r}"><c r="B${r}"><f>A${r}*2</f></c></row>` : `<row r="${r}"><c r="B${r}"><v>1</v></c></row>`);
    const u = read(sheetXml(parts.join(''))).sheet.uncalculated!;
    expect(u).toHaveLength(1);
    expect([u[0].count, u[0].first, u[0].last]).toEqual([3000, 0, 5998]);
    expect(u[0].runs).toEqual(Array.from({ length: 3000 }, (_, i) => [2 * i, 2 * i]).flat());
    // a cell of the last run again: counted, no new run
    const again = read(sheetXml('<row r="1"><c r="A1"><f>1</f></c></row><row r="2"><c r="A2"><f>1</f></c><c r="A2"><f>1</f></c></row>')).sheet.uncalculated!;
    expect([again[0].count, again[0].runs]).toEqual([3, [0, 1]]);
  });
});
