/** renderLayout: a new sheet with everything the layout says, in ≤ 3 syncs, never touching existing sheets. */
import { fitScale, LISTS_SHEET, listValidation, printableSize, type LayoutCell, type SheetLayout } from '../../../src/model/layout';
import { charsToPoints, cmToPoints, renderLayout, uniqueSheetName } from '../../../src/adapters/office';
import { type FakeExcel, type FakeExcelOptions, PAYLOAD_LIMIT_BYTES, createFakeExcel, snapshotWorkbook } from '../../fakes/excel';

const B = true;
const SMALL: SheetLayout = {
  name: '2018年度绩效自评表',
  columnWidths: [12, 20, 10, 10],
  rowHeights: [30, undefined, 20],
  font: { name: '仿宋_GB2312', fallbacks: ['仿宋', 'FangSong'], size: 11 },
  cells: [
    { row: 0, col: 0, value: '项目支出绩效自评表', style: { bold: B, fontSize: 16, hAlign: 'center', vAlign: 'middle' } },
    { row: 1, col: 0, value: '项目名称', style: { border: B, fill: '#d9e1f2', bold: B } },
    { row: 1, col: 1, value: '自治区专利实施计划项目', style: { border: B, wrap: B, hAlign: 'left' } },
    { row: 2, col: 0, value: '预算数', style: { border: B } },
    { row: 2, col: 1, value: 1200, style: { border: B, numberFormat: '#,##0.00', hAlign: 'right' } },
    { row: 3, col: 0, value: '执行数', style: { border: B } },
    { row: 3, col: 1, value: 1200, style: { border: B, numberFormat: '#,##0.00', hAlign: 'right' } },
    { row: 4, col: 0, value: '执行率', style: { border: B } },
    { row: 4, col: 1, value: 1, formula: 'B4/B3', style: { border: B, numberFormat: '0.00%', hAlign: 'right' } },
    { row: 5, col: 0, value: '编号', style: { border: B, indent: 1 } },
    { row: 5, col: 1, value: '001', style: { border: B } },
    { row: 5, col: 2, value: '2018-06-30' },
    { row: 5, col: 3, value: true },
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 1, left: 1, bottom: 1, right: 3 },
  ],
  page: {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: 2, bottom: 2, left: 1.5, right: 1.5 },
    printTitleRows: { first: 0, last: 1 },
    printArea: { top: 0, left: 0, bottom: 5, right: 3 },
  },
  validations: [listValidation({ top: 6, left: 1, bottom: 20, right: 1 }, ['有效', '失效'])],
  frozenRows: 2,
};

function workbookWithData(opts: FakeExcelOptions = {}): FakeExcel {
  const fake = createFakeExcel(opts);
  const s = fake.workbook.addSheet('项目台账');
  s.setRawValue(0, 0, '项目编号');
  s.setRawValue(1, 0, 'P001');
  s.updateStyle(1, 0, (st) => void (st.fill = { color: '#FFFF00', pattern: 'Solid' }));
  s.notes.set(0, { content: '用户批注', author: 'u' });
  s.merges.push({ r0: 3, c0: 0, r1: 4, c1: 1 });
  return fake;
}

const THIN = { style: 'Continuous', weight: 'Thin', color: '#000000' };
const ALL_SIDES = { top: THIN, bottom: THIN, left: THIN, right: THIN };

describe('renderLayout', () => {
  test('a small layout: values, formulas, formats, styles, merges, sizes, page setup, validation, frozen rows in 3 syncs', async () => {
    const fake = workbookWithData({ pageLayoutTab: true });
    const res = await fake.run((ctx) => renderLayout(ctx, SMALL));
    expect(res).toEqual({ sheetName: '2018年度绩效自评表' });
    expect(fake.stats.syncs).toBe(3);

    const snap = snapshotWorkbook(fake);
    expect(snap.activeSheet).toBe('2018年度绩效自评表');
    const s = snap.sheets.find((x) => x.name === res.sheetName)!;
    expect(s.position).toBe(1);
    expect(s.defaultFont).toEqual({ name: '仿宋_GB2312', size: 11 });
    expect(s.cells.A1).toEqual({
      value: '项目支出绩效自评表',
      style: { font: { bold: true, size: 16 }, hAlign: 'Center', vAlign: 'Center' },
    });
    expect(s.cells.A2.style).toEqual({ fill: { color: '#D9E1F2', pattern: 'Solid' }, font: { bold: true }, borders: ALL_SIDES });
    expect(s.cells.B2).toEqual({ value: '自治区专利实施计划项目', style: { borders: ALL_SIDES, wrap: true, hAlign: 'Left' } });
    // The merged area's other cells take the top-left style, so its border is closed all round.
    expect(s.cells.D2.style?.borders).toEqual(ALL_SIDES);
    expect(s.cells.B3).toEqual({ value: 1200, numberFormat: '#,##0.00', style: { borders: ALL_SIDES, hAlign: 'Right' } });
    expect(s.cells.B5).toMatchObject({ formula: '=B4/B3', numberFormat: '0.00%' });
    expect(s.cells.A6.style).toEqual({ borders: ALL_SIDES, indent: 1 });
    // Text that Excel would turn into a number or a date stays text.
    expect(s.cells.B6).toMatchObject({ value: '001', numberFormat: '@' });
    expect(s.cells.C6).toEqual({ value: '2018-06-30', numberFormat: '@' });
    expect(s.cells.D6).toEqual({ value: true });
    expect(s.merges).toEqual(['A1:D1', 'B2:D2']);
    expect(s.columnWidths).toEqual({ A: charsToPoints(12), B: charsToPoints(20), C: charsToPoints(10), D: charsToPoints(10) });
    expect(s.rowHeights).toEqual({ 1: 30, 3: 20 });
    expect(s.page).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      centerHorizontally: true,
      topMargin: cmToPoints(2),
      bottomMargin: cmToPoints(2),
      leftMargin: cmToPoints(1.5),
      rightMargin: cmToPoints(1.5),
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(cmToPoints(2)).toBeCloseTo(56.69, 2);
    expect(s.printArea).toBe('A1:D6');
    expect(s.printTitleRows).toBe('1:2');
    expect(s.frozenRows).toBe(2);
    expect(s.validations).toEqual([{ range: 'B7:B21', rule: { list: { inCellDropDown: true, source: '有效,失效' } } }]);
    expect(s.charts).toEqual([]);
  });

  test('with a chart: its data and the chart go beside the table, outside the print area; categories stay text', async () => {
    const fake = workbookWithData();
    const chart = { title: '各年度财政支持资金', categories: ['2014', '2015', '2016'], values: [755, 854, 586] };
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, SMALL, { chart }));
    expect(fake.stats.syncs).toBe(3);
    const s = snapshotWorkbook(fake).sheets.find((x) => x.name === sheetName)!;
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({ type: 'ColumnClustered', title: '各年度财政支持资金', source: `'${sheetName}'!F1:G4` }); // quoted: the name starts with a digit
    expect(s.cells.F2).toEqual({ value: '2014', numberFormat: '@' });
    expect(s.cells.G1).toEqual({ value: '各年度财政支持资金' });
    expect(s.cells.G4).toEqual({ value: 586 });
    // Nothing of the chart inside the print area A1:D6.
    const cols = Object.keys(s.cells).map((a) => a.replace(/\d+/, ''));
    const chartCols = cols.filter((c) => c >= 'E');
    expect(chartCols.every((c) => c === 'F' || c === 'G')).toBe(true);
    expect((s.charts[0].position as { start: string }).start).toMatch(/!I1$/);
  });

  test('a large layout (3,000 rows × 10 columns, styled) still takes 3 syncs, with grouped range operations under 5 MB', async () => {
    const cells: LayoutCell[] = [];
    for (let r = 0; r < 3000; r++)
      for (let c = 0; c < 10; c++)
        cells.push({
          row: r,
          col: c,
          value: c === 0 ? `项目${r}` : r * 10 + c,
          formula: c === 9 && r > 0 ? `SUM(B${r + 1}:I${r + 1})` : undefined,
          style: { border: true, bold: r === 0, fill: r % 2 ? '#F2F2F2' : undefined, numberFormat: c > 0 ? '#,##0.00' : undefined },
        });
    const layout: SheetLayout = { ...SMALL, name: '大表', cells, merges: [], validations: [], rowHeights: [] };
    const fake = createFakeExcel();
    fake.workbook.addSheet('Sheet1');
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, layout));
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.maxPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // Grouped: far fewer operations than the 30,000 cells (alternate-row fills are 1,500 rectangles of one row).
    expect(fake.stats.payloads[2].actions).toBeLessThan(30000 / 2);
    const s = snapshotWorkbook(fake).sheets.find((x) => x.name === sheetName)!;
    expect(s.cells.J3000).toMatchObject({ formula: '=SUM(B3000:I3000)', numberFormat: '#,##0.00' });
    expect(s.cells.A2999.style).toEqual({ borders: ALL_SIDES });
    expect(s.cells.A3000.style).toEqual({ borders: ALL_SIDES, fill: { color: '#F2F2F2', pattern: 'Solid' } });
    expect(s.cells.A1.style?.font).toEqual({ bold: true });
  });

  test('a taken name gets " (2)", then " (3)", case-insensitively; every existing sheet is left exactly as it was', async () => {
    const fake = workbookWithData();
    fake.workbook.addSheet('2018年度绩效自评表').setRawValue(0, 0, '旧表');
    fake.workbook.addSheet('2018年度绩效自评表 (2)').setRawValue(0, 0, '更旧的表');
    const before = snapshotWorkbook(fake);
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, { ...SMALL, name: '2018年度绩效自评表' }));
    expect(sheetName).toBe('2018年度绩效自评表 (3)');
    const after = snapshotWorkbook(fake);
    expect(after.sheets.filter((s) => s.name !== sheetName)).toEqual(before.sheets);
    expect(after.names).toEqual(before.names);
    expect(uniqueSheetName('abc', ['ABC'])).toBe('abc (2)');
    expect(uniqueSheetName('一'.repeat(40), [])).toHaveLength(31);
    expect(uniqueSheetName('一'.repeat(40), ['一'.repeat(31)])).toBe(`${'一'.repeat(27)} (2)`);
    expect(uniqueSheetName('a/b:c', [])).toBe('a_b_c');
  });

  test('a failure half-way deletes the partial sheet, leaves the workbook as before, and says so in Chinese', async () => {
    const fake = workbookWithData();
    const before = snapshotWorkbook(fake);
    fake.failOn((d) => d.type === 'Range' && d.name === 'merge');
    await expect(fake.run((ctx) => renderLayout(ctx, SMALL))).rejects.toThrow(
      /^生成工作表“2018年度绩效自评表”失败：.*未完成的工作表已删除，其他工作表未改动。$/,
    );
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('when adding the sheet itself fails (a same-named sheet appeared meanwhile), no sheet is deleted', async () => {
    const fake = workbookWithData();
    const before = snapshotWorkbook(fake);
    fake.failOn((d) => d.type === 'WorksheetCollection' && d.name === 'add', { code: 'ItemAlreadyExists' });
    await expect(fake.run((ctx) => renderLayout(ctx, SMALL))).rejects.toThrow(/^无法新建工作表“2018年度绩效自评表”/);
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('a list the layout did not inline goes into the hidden lists sheet, added and referenced in the same 3 syncs', async () => {
    const fake = workbookWithData();
    const list = Array.from({ length: 60 }, (_, i) => `选项${i}号`);
    const { sheetName } = await fake.run((ctx) =>
      renderLayout(ctx, { ...SMALL, validations: [listValidation({ top: 6, left: 0, bottom: 9, right: 0 }, list)] }),
    );
    expect(fake.stats.syncs).toBe(3);
    const snap = snapshotWorkbook(fake);
    const s = snap.sheets.find((x) => x.name === sheetName)!;
    expect(s.validations).toEqual([{ range: 'A7:A10', rule: { list: { inCellDropDown: true, source: `='${LISTS_SHEET.name}'!$A$1:$A$60` } } }]);
    // Nothing beside the table: the new sheet holds only the layout's cells.
    expect(Object.keys(s.cells).filter((a) => a.replace(/\d+/, '') > 'D')).toEqual([]);
    const lists = snap.sheets.find((x) => x.name === LISTS_SHEET.name)!;
    expect(lists.visibility).toBe('Hidden');
    expect(lists.cells.A60).toEqual({ value: '选项59号', numberFormat: '@' });
    expect(snap.activeSheet).toBe(sheetName);
  });

  test('a second render needing a lists sheet gets its own; a failure deletes both new sheets', async () => {
    const fake = workbookWithData();
    const list = ['a,b', 'c'];
    const layout = { ...SMALL, validations: [listValidation({ top: 6, left: 0, bottom: 9, right: 0 }, list)] };
    await fake.run((ctx) => renderLayout(ctx, layout));
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, layout));
    const snap = snapshotWorkbook(fake);
    expect(snap.sheets.map((x) => x.name)).toContain(`${LISTS_SHEET.name} (2)`);
    expect(snap.sheets.find((x) => x.name === sheetName)!.validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: `='${LISTS_SHEET.name} (2)'!$A$1:$A$2` },
    });
    const before = snapshotWorkbook(fake);
    fake.failOn((d) => d.type === 'Range' && d.name === 'merge');
    await expect(fake.run((ctx) => renderLayout(ctx, layout))).rejects.toThrow(/未完成的工作表已删除/);
    expect(snapshotWorkbook(fake)).toEqual(before);
  });
});

describe('fit to one page wide (office-js#1860: Excel may ignore a fit set through Office.js)', () => {
  /** 20 columns of 15 characters (1,650 pt) on A4 landscape (757 pt printable): the fit prints at 45 %. */
  const WIDE: SheetLayout = {
    ...SMALL,
    name: '宽表',
    columnWidths: Array.from({ length: 20 }, () => 15),
    merges: [],
    validations: [],
    page: { ...SMALL.page!, printArea: { top: 0, left: 0, bottom: 5, right: 19 } },
  };
  /** The print area's width on paper, in points, at the sheet's scale (the fake holds widths in points). */
  const printedWidth = (fake: FakeExcel, name: string): number => {
    const s = fake.sheet(name);
    let w = 0;
    for (let c = 0; c < 20; c++) w += s.colWidths.get(c) ?? 48;
    return (w * (s.page.zoom.scale ?? 100)) / 100;
  };

  test('where Excel ignores the fit, the page still prints one page wide: at the scale the model computed', async () => {
    const fake = createFakeExcel();
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, WIDE));
    const scale = fitScale(WIDE)!;
    expect(scale).toBe(45);
    expect(fake.sheet(sheetName).page.zoom).toEqual({ scale });
    const paper = printableSize(WIDE.page!).width;
    expect(printedWidth(fake, sheetName)).toBeLessThanOrEqual(paper);
    // the largest whole percent that fits: one more spills past the right margin
    expect((printedWidth(fake, sheetName) * (scale + 1)) / scale).toBeGreaterThan(paper);
  });

  test('where Excel applies the fit, it replaces the scale', async () => {
    const fake = createFakeExcel({ pageLayoutTab: true });
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, WIDE));
    expect(fake.sheet(sheetName).page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  test('one page tall too: the scale is the smaller of width and height', async () => {
    const rows = 80;
    const tall: SheetLayout = {
      ...WIDE,
      columnWidths: [10, 10],
      rowHeights: Array.from({ length: rows }, () => 20),
      page: { ...WIDE.page!, fitToHeight: 1, printArea: { top: 0, left: 0, bottom: rows - 1, right: 1 } },
    };
    const fake = createFakeExcel();
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, tall));
    const height = printableSize(tall.page!).height;
    expect(fake.sheet(sheetName).page.zoom).toEqual({ scale: Math.floor((height / (rows * 20)) * 100) });
  });
});
