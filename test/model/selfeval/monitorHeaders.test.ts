/**
 * The 监控表's labels and headers break where the layout says, never where a column runs out: on a 36-indicator table
 * to month 11 they printed 1—11月执行情 / 况, 经费保 / 障, 全年预计执行 / 数, 完成目 / 标可能 / 性 (by the sheet's own
 * measure; LibreOffice broke most of them so too). (A 二级 category, 经济效益指标, still wraps as 经济效益 / 指标.) Every line of every label, header and 一级 category fits its
 * column (or merged columns) at its size by lineCount, the measure the rows' heights are made with.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import { sampleMidYearGrid } from '../../../src/model/sample';
import { lineCount } from '../../../src/model/selfeval/sheet';

/** The mid-year sample with `n` indicators (its own repeated) and the cut-off month `month`. */
function monitorLayout(n: number, month: number): SheetLayout {
  const g = sampleMidYearGrid();
  const grid: Grid = {
    sheets: g.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      const [head, ...rows] = s.values;
      return { ...s, values: [head, ...Array.from({ length: n }, (_, i) => rows[i % rows.length])] };
    }),
  };
  return evaluateWorkbook(grid, { forSelfEval: true, layout: 'monitor', month }).selfEval!.layout;
}

describe('the 监控表 breaks its labels where it means to', () => {
  it.each([
    [7, 7],
    [36, 11],
  ])('%i indicators to month %i: every line of a label or header fits its column', (n, month) => {
    const layout = monitorLayout(n, month);
    const head = layout.page!.printTitleRows!;
    const labels = layout.cells.filter(
      (c) => typeof c.value === 'string' && c.value !== '' && c.style?.hAlign === 'center' && c.style.border && (c.row <= head.last || c.col <= 1)
    );
    expect(labels.map((c) => c.value)).toEqual(expect.arrayContaining([`1—${month}月\n执行情况`, '经费\n保障', '完成目标\n可能性']));
    const broken: string[] = [];
    for (const c of labels) {
      const m = layout.merges.find((x) => x.top === c.row && x.left === c.col) ?? { left: c.col, right: c.col };
      const width = layout.columnWidths.slice(m.left, m.right + 1).reduce((a, b) => a + b, 0);
      for (const line of (c.value as string).split('\n')) if (lineCount(line, width, c.style?.fontSize ?? 11) > 1) broken.push(`${line} (${width})`);
    }
    expect(broken).toEqual([]);
  });
});
