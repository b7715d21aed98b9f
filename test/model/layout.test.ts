/** The render decisions the layout description makes once for every writer (model/layout.ts). */
import { cellsToWrite, cellNumberFormat, INLINE_LIST_MAX, listValidation, type SheetLayout } from '../../src/model/layout';

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
    expect(cells.find((c) => c.row === 1 && c.col === 2)).toEqual({ row: 1, col: 2, value: null, formula: 'A1*2' });
  });
});
