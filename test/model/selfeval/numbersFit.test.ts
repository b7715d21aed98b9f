/**
 * A number never wraps: a cell too narrow for it prints ### on the stamped form (Excel, WPS and LibreOffice alike).
 * Every number the three forms print — the 2018 and 2020 自评表 and the 监控表 — fits its column as shown, by the
 * sheet's own measure of a character (cellTextWidth) against Excel's room in a column (its width less 5 px of 7).
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
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
