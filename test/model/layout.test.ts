/** The render decisions the layout description makes once for every writer (model/layout.ts). */
import { cellsToWrite, cellNumberFormat, columnWidthPoints, fitScale, printedColumnPoints, INLINE_LIST_MAX, listValidation, printableSize, type PageSetup, type SheetLayout } from '../../src/model/layout';
import { goldenCases } from '../support/goldenLayouts';

const R = { top: 1, left: 0, bottom: 9, right: 0 };

describe('listValidation: where a drop-down list goes', () => {
  test('inline when the literal list holds it exactly: items joined by commas, up to 255 characters', () => {
    expect(listValidation(R, ['是', '否'])).toEqual({ range: R, list: ['是', '否'], place: 'inline', source: '是,否' });
    const at = ['x'.repeat(INLINE_LIST_MAX - 2), 'y'];
    expect(listValidation(R, at)).toMatchObject({ place: 'inline' });
    expect(listValidation(R, ['x'.repeat(INLINE_LIST_MAX - 1), 'y'])).toMatchObject({ place: 'sheet' });
  });
  test('a comma or a double quote in an item sends the list to the lists sheet (Excel would split or refuse it)', () => {
    expect(listValidation(R, ['调整, 延期', '终止']).place).toBe('sheet');
    expect(listValidation(R, ['他说"是"', '否']).place).toBe('sheet');
    expect(listValidation(R, []).place).toBe('sheet');
  });
});

describe('cellsToWrite', () => {
  const layout: SheetLayout = {
    name: 't',
    columnWidths: [8, 8, 8],
    rowHeights: [],
    font: { name: '宋体', fallbacks: [], size: 11 },
    cells: [
      { row: 0, col: 0, value: '合计', style: { border: true, fill: '#FFFF00', numberFormat: '0.00' } },
      { row: 0, col: 1, value: 'hidden', style: { bold: true } },
      { row: 1, col: 0, value: '001' },
      { row: 1, col: 1, value: '项目一' },
      { row: 1, col: 2, value: '', formula: '=A1*2' },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  };
  const cells = cellsToWrite(layout);
  test('every cell of a merged area takes the top-left style and loses its own value', () => {
    expect(cells.filter((c) => c.row === 0)).toEqual([
      { row: 0, col: 0, value: '合计', numberFormat: '0.00', style: layout.cells[0].style },
      { row: 0, col: 1, value: null, numberFormat: '0.00', style: layout.cells[0].style },
      { row: 0, col: 2, value: null, numberFormat: '0.00', style: layout.cells[0].style },
    ]);
  });
  test('text a host would reinterpret is written under @; a formula loses its `=`; `` is an empty cell', () => {
    expect(cells.find((c) => c.row === 1 && c.col === 0)?.numberFormat).toBe('@');
    expect(cellNumberFormat({ row: 0, col: 0, value: '项目一' })).toBeUndefined();
    expect(cellNumberFormat({ row: 0, col: 0, value: '=1+1' })).toBe('@');
    expect(cellNumberFormat({ row: 0, col: 0, value: 'TRUE' })).toBe('@');
    expect(cellNumberFormat({ row: 0, col: 0, value: '2018年3月' })).toBe('@');
    // error spellings, the apostrophe prefix, English month dates, AM/PM times, full-width digits
    for (const v of ['#N/A', '#div/0!', "'备注", '1-Jan', 'Jan-23', '10:20 AM', '１２３', '１２％'])
      expect([v, cellNumberFormat({ row: 0, col: 0, value: v })]).toEqual([v, '@']);
    // a number format does not keep text as text: the string is written under @ whatever the style's format
    expect(cellNumberFormat({ row: 0, col: 0, value: '12%', style: { numberFormat: '0.00' } })).toBe('@');
    expect(cellNumberFormat({ row: 0, col: 0, value: 12, style: { numberFormat: '0.00' } })).toBe('0.00');
    // codes with letters are text to Excel too (a month name or AM inside a code is no date)
    for (const v of ['91650109657229491A', '91653121MAYLGGE246', 'ZL201510012345.6', '#1号楼'])
      expect([v, cellNumberFormat({ row: 0, col: 0, value: v })]).toEqual([v, undefined]);
    expect(cells.find((c) => c.row === 1 && c.col === 2)).toEqual({ row: 1, col: 2, value: null, formula: 'A1*2' });
  });
});

describe('cellsToWrite: cells given out of order or twice', () => {
  test('come out sorted by row then column; of a cell given twice, the later one is written', () => {
    const style = { border: true };
    const cells = cellsToWrite({
      name: 't', columnWidths: [], rowHeights: [], font: { name: '宋体', fallbacks: [], size: 11 }, merges: [{ top: 2, left: 0, bottom: 3, right: 0 }],
      cells: [
        { row: 1, col: 1, value: 'b' },
        { row: 0, col: 2, value: 'first' },
        { row: 2, col: 0, value: 'tl', style },
        { row: 0, col: 2, value: 'second' },
        { row: 3, col: 0, value: 'under the merge' },
        { row: 0, col: 0, value: 1 },
      ],
    });
    expect(cells.map((c) => [c.row, c.col, c.value])).toEqual([[0, 0, 1], [0, 2, 'second'], [1, 1, 'b'], [2, 0, 'tl'], [3, 0, null]]);
    expect(cells[4].style).toBe(style);
  });
});

describe('a table given row by row', () => {
  const style = { border: true };
  const date = { numberFormat: 'yyyy-mm-dd' };
  const base = { name: 't', columnWidths: [], rowHeights: [], font: { name: '宋体', fallbacks: [], size: 11 } };
  const rows = [['001', 12.5, { value: 43281, style: date }, null, ''], ['项目', true, 'x']];
  const asCells = [
    { row: 3, col: 0, value: '001', style }, { row: 3, col: 1, value: 12.5, style }, { row: 3, col: 2, value: 43281, style: date }, { row: 3, col: 4, value: '' },
    { row: 4, col: 0, value: '项目', style }, { row: 4, col: 1, value: true, style }, { row: 4, col: 2, value: 'x' },
  ];
  const styles = [style, style];
  test('gives the cells the same cells in `cells` give (number formats decided, null no cell, \'\' an empty cell)', () => {
    const head = [{ row: 0, col: 0, value: '标题', style }];
    const merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
    expect(cellsToWrite({ ...base, cells: head, merges, table: { first: 3, rows, styles } })).toEqual(cellsToWrite({ ...base, cells: [...head, ...asCells], merges }));
    expect(cellsToWrite({ ...base, cells: [], merges: [], table: { first: 3, rows, styles } }).map((c) => c.numberFormat)).toEqual(['@', undefined, 'yyyy-mm-dd', undefined, undefined, undefined, undefined]);
  });
  test('a table overlapped by cells or a merge is written as if all were cells', () => {
    const over = [{ row: 4, col: 3, value: 'after' }, { row: 3, col: 1, value: 'replaced' }];
    const merges = [{ top: 4, left: 0, bottom: 4, right: 1 }];
    expect(cellsToWrite({ ...base, cells: over, merges, table: { first: 3, rows, styles } })).toEqual(cellsToWrite({ ...base, cells: [...asCells, ...over], merges }));
  });
});

describe('fitScale: the print scale a fit to pages comes to (given to Excel first, office-js#1860)', () => {
  const page: PageSetup = {
    paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
    margins: { top: 1.5, bottom: 1.5, left: 1.5, right: 1.5 }, printArea: { top: 0, left: 0, bottom: 9, right: 4 },
  };
  const sheet = (widths: number[], heights: number[], p: Partial<PageSetup> = {}): SheetLayout => ({
    name: 't', columnWidths: widths, rowHeights: heights, font: { name: '宋体', fallbacks: [], size: 11 }, cells: [], merges: [],
    page: { ...page, printArea: { top: 0, left: 0, bottom: heights.length - 1, right: widths.length - 1 }, ...p },
  });
  const paper = printableSize(page);
  test('100 % when the print area fits; else the largest whole percent at which its columns fit the width', () => {
    expect(fitScale(sheet([10, 10], [20]))).toBe(100);
    const widths = [30, 30, 30, 30];
    const s = fitScale(sheet(widths, [20]))!;
    // counted at the wider of Excel's and LibreOffice's widths (a 30-character column is 160.5 pt in Excel, 167.2 in LibreOffice)
    const width = widths.reduce((a, w) => a + printedColumnPoints(w), 0);
    expect(width).toBeGreaterThan(widths.reduce((a, w) => a + columnWidthPoints(w), 0));
    expect((width * s) / 100).toBeLessThanOrEqual(paper.width);
    expect((width * (s + 1)) / 100).toBeGreaterThan(paper.width);
  });
  test('the rows count only when the fit is a number of pages tall; unset widths and heights at Excel\'s defaults', () => {
    const rows = Array.from({ length: 100 }, () => 20);
    expect(fitScale(sheet([10], rows))).toBe(100);
    expect(fitScale(sheet([10], rows, { fitToHeight: 1 }))).toBe(Math.floor((paper.height / 2000) * 100));
    expect(fitScale(sheet([10], rows, { fitToHeight: 2 }))).toBe(Math.floor(((2 * paper.height) / 2000) * 100));
    const unset = sheet([], Array.from({ length: 60 }, () => undefined as unknown as number), { fitToHeight: 1, printArea: { top: 0, left: 0, bottom: 59, right: 0 } });
    expect(fitScale(unset)).toBe(Math.floor((paper.height / (60 * 15)) * 100));
  });
  test('never under Excel\'s 10 %; none without a page setup', () => {
    expect(fitScale(sheet(Array.from({ length: 300 }, () => 40), [20]))).toBe(10);
    expect(fitScale({ ...sheet([10], [20]), page: undefined })).toBeUndefined();
  });
  // 77 % at 661 pt, as LibreOffice rendered its fit, until 3f2b06f measured CJK text as Excel wraps it (taller rows: 689.5 pt,
  // 74 %); 75 % since 900cb1f spread the names row over more columns (项目名称 over B:D: 32.5 → 20 pt, 677 pt in all); two
  // pages at 100 % since its lines are LibreOffice's 15.8 pt (740 pt: one page tall would be 68 %, its text under 8 pt:
  // selfeval/paper.test.ts)
  test('the sample\'s 2020 自评表 prints at its page setup\'s scale, 100 %, on two pages', () => {
    const t2020 = goldenCases().find((c) => c.name === 'selfeval-2020')!.layouts[0];
    expect(t2020.page).toMatchObject({ fitToWidth: 0, fitToHeight: 0, scale: 100 });
    expect(fitScale(t2020)).toBe(100);
  });
});
