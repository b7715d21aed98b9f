import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readXlsx, writeXlsx, LISTS_SHEET } from '../../../src/adapters/xlsx';
import { dateValue, errorValue, type CellValue, type Grid, type GridSheet } from '../../../src/model/grid';
import { listValidation, type SheetLayout } from '../../../src/model/layout';
import { cellsOf, loadWithExcelJs } from './helpers';

async function roundTrip(sheets: GridSheet[]): Promise<Grid> {
  const r = await readXlsx(await writeXlsx(sheets.map((grid) => ({ grid }))));
  if (!r.ok) throw new Error(`read failed: ${r.reason}`);
  return r.grid;
}

describe('writeXlsx(grid) → readXlsx', () => {
  test('gives back the same values, merges, hidden flags and sheet order', async () => {
    const ledger: GridSheet = {
      name: '项目台账',
      values: [
        ['项目编号', '项目名称', '地州市', '立项年度', '财政支持资金', '本年拨付', '合同开始日期', '贯标认证', '备注'],
        ['XJ2018-001', '一种节水滴灌带', '昌吉回族自治州', 2018, 30, 10, dateValue(2018, 6, 30), true, '  '],
        ['XJ2017-002', '专利实施', null, '2017年', 28.5, 0, dateValue(1900, 3, 1), false, errorValue('#N/A')],
        [null, null, null, null, null, null, dateValue(1900, 1, 1), null, errorValue('#REF!')],
        ['合计', null, null, null, 58.5, 10, dateValue(1900, 2, 29)],
      ],
      merges: [{ top: 1, left: 2, bottom: 2, right: 2 }],
    };
    const hidden: GridSheet = { name: '辅助', values: [[1, 2]], hidden: true };
    const offset: GridSheet = { name: '配置', values: [['评价年度', 2018]], origin: { row: 2, col: 1 } };
    const grid = await roundTrip([ledger, hidden, offset]);
    expect(grid.sheets.map((s) => s.name)).toEqual(['项目台账', '辅助', '配置']);
    expect(grid.sheets.map((s) => s.hidden ?? false)).toEqual([false, true, false]);
    grid.sheets.forEach((s, i) => expect(cellsOf(s)).toEqual(cellsOf([ledger, hidden, offset][i])));
    expect(grid.sheets[0].merges).toEqual(ledger.merges);
  });

  test('dates are written as date cells (a date format), not as bare numbers', async () => {
    const bytes = await writeXlsx([{ grid: { name: 'S', values: [[dateValue(2018, 6, 30)]] } }]);
    const cell = (await loadWithExcelJs(bytes)).getWorksheet('S')!.getCell('A1');
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect((cell.value as Date).toISOString()).toBe('2018-06-30T00:00:00.000Z');
  });

  test('a grid number format is kept (a serial with a date format the model must recognise)', async () => {
    const s: GridSheet = { name: 'S', values: [[0.25, dateValue(2018, 1, 2)]], numberFormats: [['0.00%', 'yyyy"年"m"月"d"日"']] };
    const back = (await roundTrip([s])).sheets[0];
    expect(back.numberFormats?.[0]).toEqual(['0.00%', 'yyyy"年"m"月"d"日"']);
    expect(back.values[0]).toEqual([0.25, dateValue(2018, 1, 2)]);
  });

  test('property: any grid of plain values survives the round trip', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '项', '目', '，', '-', '.', '%', '&', '<', '"'), maxLength: 8 });
    const value: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((n) => (Object.is(n, -0) ? 0 : n)),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) =>
        dateValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()),
      ),
      fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!').map(errorValue),
    );
    const rows = fc.array(fc.array(value, { maxLength: 6 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(rows, async (values) => {
        // A workbook of blanks is refused as empty; make sure there is one value.
        const s: GridSheet = { name: 'P', values: [['x'], ...values] };
        const back = (await roundTrip([s])).sheets[0];
        expect(cellsOf(back)).toEqual(cellsOf(s));
      }),
      { numRuns: 40 },
    );
  });

  test('text that reads as Excel\'s _xHHHH_ escape is written escaped: it comes back as typed, from Excel\'s reader (ExcelJS) and ours', async () => {
    const texts = ['_x000D_字面', '项目_x0041_x0042_', 'SKU_x0041', '_x005F_', '_xd_ 不是转义', '_X000D_', '_x00zz_'];
    const bytes = await writeXlsx([{ grid: { name: 'S', values: [texts] } }]);
    expect(cellsOf((await roundTrip([{ name: 'S', values: [texts] }])).sheets[0])).toEqual(cellsOf({ name: 'S', values: [texts] }));
    const ws = (await loadWithExcelJs(bytes)).getWorksheet('S')!;
    expect(texts.map((_, i) => ws.getCell(1, i + 1).value)).toEqual(texts);
  });

  test('a sheet entry needs exactly one of grid or layout', async () => {
    await expect(writeXlsx([{}])).rejects.toThrow(/exactly one/);
    await expect(writeXlsx([])).rejects.toThrow(/at least one/);
  });
});

const border = true;
const layout: SheetLayout = {
  name: '2018年度绩效自评表',
  columnWidths: [14, 12, 14, 28, 14, 14, 8, 8],
  rowHeights: [30, 20, undefined, 42],
  font: { name: '宋体', fallbacks: ['SimSun'], size: 11 },
  cells: [
    { row: 0, col: 0, value: '项目支出绩效自评表', style: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
    { row: 1, col: 0, value: '（2018年度）', style: { hAlign: 'center' } },
    { row: 2, col: 0, value: '项目资金（万元）', style: { border, wrap: true, hAlign: 'center', vAlign: 'middle' } },
    { row: 2, col: 1, value: '全年预算数', style: { border, fill: '#D9E1F2' } },
    { row: 2, col: 2, value: 1200, style: { border, numberFormat: '0.00' } },
    { row: 2, col: 3, value: 1200, style: { border, numberFormat: '0.00' } },
    { row: 2, col: 4, value: 1, formula: 'IF(C3=0,0,D3/C3)', style: { border, numberFormat: '0.00%' } },
    { row: 3, col: 0, value: '绩效指标', style: { border, wrap: true, indent: 1 } },
    { row: 3, col: 6, value: 0, formula: 'ROUND(MIN(1,D3/C3)*0,2)', style: { border } },
    { row: 3, col: 7, value: false, formula: 'C3>D3', style: { border } },
    { row: 4, col: 0, value: '总分', style: { border } },
    { row: 4, col: 1, value: null, formula: 'SUM(G4:G4)', style: { border } },
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 7 },
    { top: 1, left: 0, bottom: 1, right: 7 },
    { top: 3, left: 0, bottom: 4, right: 0 },
  ],
  page: {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: 1.5, bottom: 1.5, left: 1.27, right: 2.54 },
    printTitleRows: { first: 2, last: 3 },
    printArea: { top: 0, left: 0, bottom: 4, right: 7 },
  },
  frozenRows: 3,
  validations: [
    listValidation({ top: 5, left: 1, bottom: 20, right: 1 }, ['是', '否']),
    listValidation({ top: 5, left: 2, bottom: 20, right: 2 }, ['实施中', '已验收', '调整, 延期', '终止']),
  ],
};

describe('writeXlsx(layout): read back with ExcelJS', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await loadWithExcelJs(await writeXlsx([{ layout }]));
    ws = wb.getWorksheet('2018年度绩效自评表')!;
  });

  test('values and formulas with the model\'s cached results (0 and false included)', () => {
    expect(ws.getCell('A1').value).toBe('项目支出绩效自评表');
    expect(ws.getCell('C3').value).toBe(1200);
    const e3 = ws.getCell('E3').model as unknown as { formula: string; result: unknown };
    expect([e3.formula, e3.result]).toEqual(['IF(C3=0,0,D3/C3)', 1]);
    const g4 = ws.getCell('G4').model as unknown as { formula: string; result: unknown };
    expect([g4.formula, g4.result]).toEqual(['ROUND(MIN(1,D3/C3)*0,2)', 0]);
    const h4 = ws.getCell('H4').model as unknown as { formula: string; result: unknown };
    expect([h4.formula, h4.result]).toEqual(['C3>D3', false]);
    expect(ws.getCell('B5').formula).toBe('SUM(G4:G4)');
  });

  test('merges, with the master style (borders) on every cell of a merged block', () => {
    expect(Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range).sort()).toEqual(
      ['A1:H1', 'A2:H2', 'A4:A5'].sort(),
    );
    expect(ws.getCell('A5').border).toEqual(ws.getCell('A4').border);
    expect(ws.getCell('A5').border.bottom?.style).toBe('thin');
  });

  test('styles: font name and size, bold, borders, alignment, wrap, indent, fill, number formats', () => {
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true, charset: 134 });
    expect(ws.getCell('B3').font).toMatchObject({ name: '宋体', size: 11 });
    expect(ws.getCell('B3').font.bold).toBeFalsy();
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('A3').alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(ws.getCell('A4').alignment).toMatchObject({ wrapText: true, indent: 1 });
    expect(ws.getCell('C3').border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(ws.getCell('A2').border ?? {}).toEqual({});
    expect(ws.getCell('B3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('C3').numFmt).toBe('0.00');
    expect(ws.getCell('E3').numFmt).toBe('0.00%');
  });

  test('column widths and explicit row heights', () => {
    expect(layout.columnWidths.map((_, i) => ws.getColumn(i + 1).width)).toEqual(layout.columnWidths);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(4).height).toBe(42);
  });

  test('page setup: A4 landscape, fit to one page wide, centred, margins in inches, print area and titles', () => {
    const p = ws.pageSetup;
    expect(p).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(p.margins?.top).toBeCloseTo(1.5 / 2.54, 3);
    expect(p.margins?.left).toBeCloseTo(0.5, 3);
    expect(p.margins?.right).toBeCloseTo(1, 3);
    expect(p.printArea?.replace(/\$/g, '')).toBe('A1:H5');
    expect(p.printArea).not.toMatch(/\$[A-Z]+\d/); // absolute rows, not the row-relative $A1
    expect(p.printTitlesRow?.replace(/\$/g, '')).toBe('3:4');
  });

  test('frozen rows', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  test('drop-down lists: inline when the layout says so, otherwise from the hidden lists sheet', async () => {
    const bytes = await writeXlsx([{ layout }]);
    const dv = (addr: string) => (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(addr);
    expect(dv('B6')).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(dv('B21')).toMatchObject({ type: 'list' });
    expect(dv('B22')).toBeUndefined();
    // '调整, 延期' holds a comma: it cannot be inlined.
    expect(dv('C6')?.formulae).toEqual([`'${LISTS_SHEET}'!$A$1:$A$4`]);
    const lists = wb.getWorksheet(LISTS_SHEET)!;
    expect(lists.state).toBe('hidden');
    expect(lists.getCell(1, 1).numFmt).toBe('@');
    expect([1, 2, 3, 4].map((r) => lists.getCell(r, 1).value)).toEqual(['实施中', '已验收', '调整, 延期', '终止']);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2018年度绩效自评表', LISTS_SHEET]);
    // Our own reader flags it hidden, so the model can skip it.
    const r = await readXlsx(bytes);
    expect(r.ok && r.grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['2018年度绩效自评表', false],
      [LISTS_SHEET, true],
    ]);
  });

  test('readXlsx sees the rendered table as the model computed it', async () => {
    const r = await readXlsx(await writeXlsx([{ layout }]));
    if (!r.ok) throw new Error(r.reason);
    const s = r.grid.sheets[0];
    expect(s.values[2]).toEqual(['项目资金（万元）', '全年预算数', 1200, 1200, 1]);
    expect(s.values[3]).toEqual(['绩效指标', null, null, null, null, null, 0, false]);
    expect(s.merges).toEqual(layout.merges);
  });
});

describe('writeXlsx refuses what Excel refuses, writing nothing', () => {
  // (the XML itself: a reader would make a grid of a million rows)
  const sheetXml = (bytes: Uint8Array, part = 'xl/worksheets/sheet1.xml'): string => strFromU8(unzipSync(bytes)[part]);
  const sparse = (row: number, col = 0): SheetLayout => ({ name: 'S', columnWidths: [], rowHeights: [], cells: [{ row, col, value: 'x' }], merges: [], font: { name: 'Arial', fallbacks: [], size: 11 } });

  test('a cell on the last row (1,048,576) is written; one on row 1,048,577 throws', async () => {
    expect(sheetXml(await writeXlsx([{ layout: sparse(1_048_575) }]))).toMatch(/<row r="1048576"><c r="A1048576"[^>]* t="s">/);
    await expect(writeXlsx([{ layout: sparse(1_048_576) }])).rejects.toThrow(/row 1048577.*at most 1048576 rows/);
  });

  test('a cell in the last column (XFD) is written; one past it throws', async () => {
    expect(sheetXml(await writeXlsx([{ layout: sparse(0, 16_383) }]))).toMatch(/<c r="XFD1"[^>]* t="s">/);
    await expect(writeXlsx([{ layout: sparse(0, 16_384) }])).rejects.toThrow(/column 16385.*at most 16384 columns/);
  });

  test('a grid, a merge or a filter past the last row throws too, and nothing reaches the sink', async () => {
    const chunks: Uint8Array[] = [];
    const ok: GridSheet = { name: 'A', values: [['x']] };
    const sink = (c: Uint8Array): number => chunks.push(c);
    await expect(writeXlsx([{ grid: ok }, { grid: { name: 'B', values: [['x']], origin: { row: 1_048_576, col: 0 } } }], { sink })).rejects.toThrow(/"B" reaches row 1048577/);
    await expect(writeXlsx([{ grid: { ...ok, merges: [{ top: 0, left: 0, bottom: 1_048_576, right: 0 }] } }], { sink })).rejects.toThrow(/row 1048577/);
    await expect(writeXlsx([{ layout: { ...sparse(0), autoFilter: { top: 0, left: 0, bottom: 1_048_576, right: 1 } } }], { sink })).rejects.toThrow(/row 1048577/);
    expect(chunks).toEqual([]);
  });

  test('sheet names Excel refuses throw: empty, over 31 characters, [ ] : * ? / \\, a quote first or last, the same ignoring case', async () => {
    const named = (...names: string[]): Promise<Uint8Array> => writeXlsx(names.map((name) => ({ grid: { name, values: [['x']] } })));
    await expect(named('')).rejects.toThrow(/sheet name "" is empty/);
    await expect(named('一'.repeat(32))).rejects.toThrow(/32 characters \(at most 31\)/);
    for (const bad of ['a[1]', 'a:b', '*', 'why?', '1/2', 'a\\b']) await expect(named(bad)).rejects.toThrow(/holds one of/);
    await expect(named("'x")).rejects.toThrow(/begins or ends with '/);
    await expect(named("x'")).rejects.toThrow(/begins or ends with '/);
    await expect(named('Sheet', 'sheet')).rejects.toThrow(/"sheet" is the same as "Sheet"/);
    await expect(named('Ä', 'ä')).rejects.toThrow(/is the same as/);
    // the lists sheet counts too
    const withList: SheetLayout = { ...sparse(0), validations: [listValidation({ top: 0, left: 0, bottom: 0, right: 0 }, Array.from({ length: 60 }, (_, i) => `选项${i}`))] };
    await expect(writeXlsx([{ layout: withList }, { grid: { name: LISTS_SHEET.toUpperCase(), values: [['x']] } }])).rejects.toThrow(/is the same as/);
    // what Excel accepts: 31 characters, a quote inside, other punctuation
    await expect(named('一'.repeat(31), "O'Brien", '汇总 (2)', '2018年度（草稿）')).resolves.toBeInstanceOf(Uint8Array);
  });

  test('a workbook whose sheets are all hidden shows its first, as the active tab (Excel repairs one with none visible)', async () => {
    const bytes = await writeXlsx([{ grid: { name: 'A', values: [['x']], hidden: true } }, { grid: { name: 'B', values: [['y']], hidden: true } }]);
    const back = await readXlsx(bytes);
    expect(back.ok && back.grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([['A', false], ['B', true]]);
    expect(sheetXml(bytes, 'xl/workbook.xml')).toContain('<workbookView activeTab="0"/>');
    expect(sheetXml(bytes)).toContain('tabSelected="1"');
    // one visible sheet after hidden ones: it is the active tab, and the hidden stay hidden
    const second = await writeXlsx([{ grid: { name: 'A', values: [['x']], hidden: true } }, { grid: { name: 'B', values: [['y']] } }]);
    expect(sheetXml(second, 'xl/workbook.xml')).toContain('<workbookView activeTab="1"/>');
    expect(sheetXml(second, 'xl/workbook.xml')).toContain('<sheet name="A" sheetId="1" state="hidden"');
  });
});
