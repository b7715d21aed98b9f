/**
 * The rows of the printed forms as tall as the tallest host draws their lines: Excel and WPS set 宋体 11 pt 14.25 pt a
 * line or less, LibreOffice (in Noto Serif CJK SC, the sheet's fallback) 15.79 pt — the 监控表's six-line 年度指标值 lost
 * half its last line in LibreOffice at 14.25.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../../src/model/sample';
import { heightFor, lineCount } from '../../../src/model/selfeval/sheet';
import { HOST_LINE_POINTS } from '../../support/hostLines';

describe('row heights', () => {
  test.each([11, 10, 9, 8])('at %i pt a row of n lines holds n of LibreOffice\'s lines, up to the tallest row a host allows', (size) => {
    for (let n = 1; n * HOST_LINE_POINTS * (size / 11) <= 409; n++) expect(heightFor(n, size)).toBeGreaterThanOrEqual(n * HOST_LINE_POINTS * (size / 11));
  });

  test('the 监控表\'s six-line target prints whole: its row is six of LibreOffice\'s lines tall', () => {
    const layout = evaluateWorkbook(sampleMidYearGrid(), { forSelfEval: true, layout: 'monitor' }).selfEval!.layout;
    const target = layout.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('项目实施推动科技进步'))!;
    const width = layout.columnWidths[target.col];
    expect(lineCount(target.value as string, width)).toBe(6);
    expect(layout.rowHeights[target.row]).toBeGreaterThanOrEqual(6 * HOST_LINE_POINTS);
  });
});

/** The workbook with its 配置 rows named like `key` (年度总体目标 …) left empty. */
function without(grid: Grid, key: RegExp): Grid {
  return { sheets: grid.sheets.map((s) => (s.name === '配置' ? { ...s, values: s.values.map((r) => (typeof r[0] === 'string' && key.test(r[0]) ? [r[0], ''] : r)) } : s)) };
}

/** The height of the row holding the block under `label` (预期目标), and the block's text. */
function goalRow(layout: SheetLayout, label: string): { height: number; text: unknown } {
  const head = layout.cells.find((c) => c.value === label)!;
  const cell = layout.cells.find((c) => c.row === head.row + 1 && c.col === head.col)!;
  return { height: layout.rowHeights[cell.row]!, text: cell.value };
}

// Handwriting: three lines of 8 mm at 100 % (22.7 pt each).
const WRITE_IN = 3 * 22.6;

describe('an empty 年度总体目标 leaves a row to write it in by hand', () => {
  test.each([
    ['2018', sampleWorkbookGrid],
    ['2020', sampleWorkbookGrid],
    ['monitor', sampleMidYearGrid],
  ] as const)('%s: no goal, no result: a row of three handwritten lines, not one of 20 pt', (layout, sample) => {
    const blank = evaluateWorkbook(without(sample(), /^(年度总体目标|实际完成情况|.*执行情况)$/), { forSelfEval: true, layout }).selfEval!.layout;
    expect(goalRow(blank, '预期目标')).toEqual({ height: expect.any(Number), text: '' });
    expect(goalRow(blank, '预期目标').height).toBeGreaterThanOrEqual(WRITE_IN);
    // only the goal empty: the officer writes it by hand beside a result of two lines
    const short = evaluateWorkbook(without(sample(), /^年度总体目标$/), { forSelfEval: true, layout }).selfEval!.layout;
    expect(goalRow(short, '预期目标')).toEqual({ height: expect.any(Number), text: '' });
    expect(goalRow(short, '预期目标').height).toBeGreaterThanOrEqual(WRITE_IN);
  });

  test('a goal written: the row as tall as its text, no taller (the sample\'s: six lines)', () => {
    const layout = evaluateWorkbook(sampleWorkbookGrid(), { forSelfEval: true, layout: '2020' }).selfEval!.layout;
    const goal = layout.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('支持自治区'))!;
    const m = layout.merges.find((x) => x.top === goal.row && x.left === goal.col)!;
    const result = layout.cells.find((c) => c.row === goal.row && c.col === m.right + 1)!;
    const rm = layout.merges.find((x) => x.top === result.row && x.left === result.col)!;
    const width = (mm: typeof m): number => layout.columnWidths.slice(mm.left, mm.right + 1).reduce((a, b) => a + b, 0);
    const lines = Math.max(lineCount(goal.value as string, width(m)), lineCount(result.value as string, width(rm)));
    expect(layout.rowHeights[goal.row]).toBe(Math.round(heightFor(lines) * 4) / 4);
  });
});
