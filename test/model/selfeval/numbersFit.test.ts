/**
 * A number never wraps: a cell too narrow for it prints ### on the stamped form (Excel, WPS and LibreOffice alike).
 * Every number the three forms print — the 2018 and 2020 自评表 and the 监控表 — fits its column as shown, by the
 * sheet's own measure of a character (cellTextWidth) against Excel's room in a column (its width less 5 px of 7).
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import { formatNumber } from '../../../src/model/report/appendix';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../../src/model/sample';
import { cellTextWidth } from '../../../src/model/selfeval/sheet';

/** The numbers of a layout whose shown text is wider than the room of their cell (merged cells: the merge's columns). */
function overflowing(layout: SheetLayout): string[] {
  const out: string[] = [];
  for (const c of layout.cells) {
    if (typeof c.value !== 'number') continue;
    const m = layout.merges.find((x) => x.top === c.row && x.left === c.col);
    let width = 0;
    for (let col = c.col; col <= (m?.right ?? c.col); col++) width += layout.columnWidths[col];
    const shown = formatNumber(c.value, c.style?.numberFormat);
    if (cellTextWidth(shown) > width - 5 / 7) out.push(`${c.row}:${c.col} ${shown} in ${width}`);
  }
  return out;
}

describe('numbers fit their columns (no ### on paper)', () => {
  it.each(['2018', '2020'] as const)('the %s 自评表 of the sample', (layout) => {
    const ev = evaluateWorkbook(sampleWorkbookGrid(), { forSelfEval: true, layout });
    expect(overflowing(ev.selfEval!.layout)).toEqual([]);
  });

  it('the 监控表 of the mid-year sample, whose 完成进度 reaches 100.00% (49 of ≥49家)', () => {
    const ev = evaluateWorkbook(sampleMidYearGrid(), { generatedAt: '2018-08-05 10:00' });
    const layout = ev.selfEval!.layout;
    const progress = layout.cells.filter((c) => typeof c.value === 'number' && c.value >= 1 && c.style?.numberFormat === '0.00%');
    expect(progress.length).toBeGreaterThan(0);
    expect(overflowing(layout)).toEqual([]);
  });
});

/** The sample with `rows` of 配置 set (added where the sample has none) and the 带动社会投入资金 target `target`. */
function sampleWith(profile: ReadonlyArray<[string, CellValue]>, target?: number): Grid {
  const grid = sampleWorkbookGrid();
  return {
    ...grid,
    sheets: grid.sheets.map((s) => {
      if (s.name === '配置') {
        const values = s.values.map((r) => [...r]);
        for (const [key, value] of profile) {
          const row = values.find((r) => r[0] === key);
          if (row) row[1] = value;
          else values.push([key, value]);
        }
        return { ...s, values };
      }
      if (s.name === '绩效指标' && target !== undefined) {
        return { ...s, values: s.values.map((r) => (r[2] === '带动社会投入资金' ? r.map((v, k) => (k === 4 ? target : v)) : r)) };
      }
      return s;
    }),
  };
}

describe('a 自评表 number wider than its column widens the column (it printed ###)', () => {
  // a budget of 123,456.78 万元 (12.3 亿元, a province-wide fund) and a target of 1,234,567,890 万元
  const grid = (): Grid => sampleWith([['全年预算数', 123456.78], ['年初预算数', 123456.78], ['财政拨款', 123456.78]], 1_234_567_890);

  it.each(['2018', '2020'] as const)('the %s form: every number fits as shown', (layout) => {
    const ev = evaluateWorkbook(grid(), { forSelfEval: true, layout });
    const l = ev.selfEval!.layout;
    expect(l.cells.some((c) => typeof c.value === 'number' && c.value === 123456.78)).toBe(true);
    expect(overflowing(l)).toEqual([]);
  });

  it('only the columns whose numbers need it grow (the sample’s widths otherwise)', () => {
    const wide = evaluateWorkbook(grid(), { forSelfEval: true, layout: '2018' }).selfEval!.layout;
    const plain = evaluateWorkbook(sampleWorkbookGrid(), { forSelfEval: true, layout: '2018' }).selfEval!.layout;
    const grown = wide.columnWidths.flatMap((w, c) => (w !== plain.columnWidths[c] ? [c] : []));
    expect(grown).toEqual([2]);
  });
});
