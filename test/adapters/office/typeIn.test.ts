/**
 * Writing text into Excel (issue 15, fake leniency): Excel parses a string written through `range.values` as if typed
 * unless the cell is formatted as text first, so the fake Excel does too (test/fakes/excel/typeIn.ts), and every text
 * the add-in writes that Excel would change is written under `@` — identifiers (项目编号, 专利号, credit codes, leading
 * zeros), percents, dates, error spellings, a leading apostrophe.
 */
import { hostWouldReinterpret, type SheetLayout } from '../../../src/model/layout';
import { renderLayout } from '../../../src/adapters/office';
import { createFakeExcel, snapshotWorkbook } from '../../fakes/excel';
import { typeIn } from '../../fakes/excel/typeIn';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { errorValue, type Grid } from '../../../src/model/grid';
import { SAMPLE_SHEETS, sampleWorkbookGrid } from '../../../src/model/sample';
import { problemListLayouts } from '../../../src/model/sendback/problemList';

const Y = 2026;
const serial = (y: number, m: number, d: number): number => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

describe('the fake Excel types text in as Excel does', () => {
  test.each<[string, unknown]>([
    ['001', { kind: 'number', value: 1 }],
    [' 12 ', { kind: 'number', value: 12 }],
    ['1,000', { kind: 'number', value: 1000, format: '#,##0' }],
    ['1,234.50', { kind: 'number', value: 1234.5, format: '#,##0.00' }],
    ['12%', { kind: 'number', value: 0.12, format: '0%' }],
    ['12.5%', { kind: 'number', value: 0.125, format: '0.0%' }],
    ['(100)', { kind: 'number', value: -100 }],
    ['¥1,200', { kind: 'number', value: 1200, format: '"¥"#,##0' }],
    ['1e3', { kind: 'number', value: 1000 }],
    ['１２３', { kind: 'number', value: 123 }],
    ['1 1/2', { kind: 'number', value: 1.5, format: '# ?/?' }],
    ['911100001000000001', { kind: 'number', value: 911100001000000000 }],
    ['2023-01-01', { kind: 'number', value: serial(2023, 1, 1), format: 'yyyy/m/d' }],
    ['2023/1/5', { kind: 'number', value: serial(2023, 1, 5), format: 'yyyy/m/d' }],
    ['2023年3月', { kind: 'number', value: serial(2023, 3, 1), format: 'yyyy/m/d' }],
    ['2023年3月8日', { kind: 'number', value: serial(2023, 3, 8), format: 'yyyy/m/d' }],
    ['3月8日', { kind: 'number', value: serial(Y, 3, 8), format: 'yyyy/m/d' }],
    ['1-2', { kind: 'number', value: serial(Y, 1, 2), format: 'yyyy/m/d' }],
    ['1/2/2023', { kind: 'number', value: serial(2023, 1, 2), format: 'yyyy/m/d' }],
    ['1-Jan', { kind: 'number', value: serial(Y, 1, 1), format: 'yyyy/m/d' }],
    ['Jan-23', { kind: 'number', value: serial(2023, 1, 1), format: 'yyyy/m/d' }],
    ['2019-03-01 10:20', { kind: 'number', value: serial(2019, 3, 1) + 620 / 1440, format: 'yyyy/m/d h:mm' }],
    ['10:20', { kind: 'number', value: 620 / 1440, format: 'h:mm' }],
    ['10:20 PM', { kind: 'number', value: 1340 / 1440, format: 'h:mm' }],
    ['TRUE', { kind: 'boolean', value: true }],
    ['false', { kind: 'boolean', value: false }],
    ['#N/A', { kind: 'error', code: '#N/A' }],
    ['#div/0!', { kind: 'error', code: '#DIV/0!' }],
    ['=A1', { kind: 'formula', formula: '=A1' }],
    ['-A1', { kind: 'formula', formula: '=-A1' }],
    ['+86 991 1234567', { kind: 'formula', formula: '=+86 991 1234567' }],
    ["'001", { kind: 'text', text: '001' }],
    ['-', { kind: 'text', text: '-' }],
    ['ZL201510012345.6', { kind: 'text', text: 'ZL201510012345.6' }],
    ['91650100MA77XXXX1X', { kind: 'text', text: '91650100MA77XXXX1X' }],
    ['2023-13-01', { kind: 'text', text: '2023-13-01' }],
    ['项目一', { kind: 'text', text: '项目一' }],
  ])('%p', (s, typed) => {
    expect(typeIn(s, Y)).toEqual(typed);
  });

  test('under @ a value is kept as written; a number format set after the value does not take it back', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('S');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:B1').numberFormat = [['@', '@']];
      ws.getRange('A1:B1').values = [['001', '12%']];
      ws.getRange('A2:B2').values = [['001', '12%']];
      ws.getRange('A2:B2').numberFormat = [['@', '@']];
      ws.getRange('C1').values = [['#N/A']];
      const types = ws.getRange('A1:C2').load('values,valueTypes');
      await ctx.sync();
      expect(types.values).toEqual([['001', '12%', '#N/A'], [1, 0.12, '']]);
      expect(types.valueTypes).toEqual([['String', 'String', 'Error'], ['Double', 'Double', 'Empty']]);
    });
    // the percent keeps the @ it was given after: Excel does not reformat a cell whose format was set
    expect(fake.sheet('S').getNumFmt(1, 1)).toBe('@');
    expect(fake.sheet('S').getNumFmt(0, 2)).toBe('General');
  });
});

describe('the add-in writes text as text', () => {
  const texts = [
    '001', '2023001', '0991-1234567', '911100001000000001', '91650100MA77XXXX1X', '201510012345.6', 'ZL201510012345.6',
    'P-2023-001', '12%', '1,000', '1,0000', '2023-01-01', '2023年3月', '3月8日', '1-2', '1/2', 'Jan-23', '1-Jan',
    '10:20', '10:20 AM', '#N/A', '#REF!', "'备注", '-', '--', '+86 991 1234567', '=SUM(A1)', 'TRUE', '（100）', '１２３',
    '¥1,200', '1 1/2', '项目一', '乌鲁木齐市', 'JX-S006',
  ];

  test('every text Excel would change, the model writes under @ (the fake and the model agree on each)', () => {
    for (const s of texts) {
      const t = typeIn(s, Y);
      const changed = !(t.kind === 'text' && t.text === s);
      if (changed) expect({ s, reinterpreted: hostWouldReinterpret(s) }).toEqual({ s, reinterpreted: true });
    }
  });

  test('a layout of such texts, rendered through the fake Excel, reads back exactly as written', async () => {
    const layout: SheetLayout = {
      name: '文本',
      columnWidths: [20],
      rowHeights: [],
      font: { name: '宋体', fallbacks: [], size: 11 },
      cells: texts.map((value, row) => ({ row, col: 0, value, ...(row % 2 ? { style: { numberFormat: '#,##0.00' } } : {}) })),
      merges: [],
    };
    const fake = createFakeExcel();
    fake.workbook.addSheet('Sheet1');
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, layout));
    const read = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheetName).getRangeByIndexes(0, 0, texts.length, 1).load('values,valueTypes,formulas');
      await ctx.sync();
      return { values: r.values.map((x) => x[0]), types: r.valueTypes.map((x) => x[0]), formulas: r.formulas.map((x) => x[0]) };
    });
    expect(read.values).toEqual(texts);
    expect(read.formulas).toEqual(texts);
    expect(new Set(read.types)).toEqual(new Set(['String']));
    expect(snapshotWorkbook(fake).sheets.find((s) => s.name === sheetName)!.cells.A1).toEqual({ value: '001', numberFormat: '@' });
  });
});

describe('the 问题清单 in Excel', () => {
  test('a finding on an error cell lists its value as the text #N/A, not as an error value', async () => {
    const grid = sampleWorkbookGrid();
    const ledger = grid.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
    const header = ledger.values.findIndex((r) => r.includes('项目编号'));
    const col = ledger.values[header].indexOf('财政支持资金');
    const values = ledger.values.map((r, i) => (i === header + 1 ? r.map((v, c) => (c === col ? errorValue('#N/A') : v)) : r));
    const withError: Grid = { sheets: grid.sheets.map((s) => (s === ledger ? { ...s, values } : s)) };
    const evaluation = evaluateWorkbook(withError);
    const at = evaluation.findings.find((f) => f.sheet === SAMPLE_SHEETS.ledger && f.row === header + 1 && f.col === col);
    expect(at).toBeDefined();
    const [, list] = problemListLayouts([{ name: '乌鲁木齐市.xlsx', grid: withError, evaluation }], { locale: 'zh-CN', date: '2019-03-01' });
    const fake = createFakeExcel();
    fake.workbook.addSheet('Sheet1');
    const { sheetName } = await fake.run((ctx) => renderLayout(ctx, list));
    const cells = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheetName).getUsedRange().load('values,valueTypes');
      await ctx.sync();
      return r.values.flatMap((row, i) => row.map((v, c) => ({ v, type: r.valueTypes[i][c] })));
    });
    expect(cells.filter((x) => x.v === '#N/A')).not.toHaveLength(0);
    expect(cells.filter((x) => x.type === 'Error')).toEqual([]);
  });
});
