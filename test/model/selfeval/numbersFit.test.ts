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
import { BODY_FONT_SIZE, cellTextWidth, LABEL, SheetBuilder } from '../../../src/model/selfeval/sheet';

/** The numbers of a layout whose shown text is wider than the room of their cell (merged cells: the merge's columns). */
function overflowing(layout: SheetLayout): string[] {
  const out: string[] = [];
  for (const c of layout.cells) {
    if (typeof c.value !== 'number') continue;
    const m = layout.merges.find((x) => x.top === c.row && x.left === c.col);
    let width = 0;
    for (let col = c.col; col <= (m?.right ?? c.col); col++) width += layout.columnWidths[col];
    const shown = formatNumber(c.value, c.style?.numberFormat);
    // at the cell's font size (a number in 16 pt needs 16/11 of the room at 11 pt)
    if ((cellTextWidth(shown) * (c.style?.fontSize ?? BODY_FONT_SIZE)) / BODY_FONT_SIZE > width - 5 / 7) out.push(`${c.row}:${c.col} ${shown} in ${width}`);
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

describe('a number fits its column at its own font size, merged or not', () => {
  /** A one-table layout of the numbers `cells` ([row, col, value, font size, merged up to column]) in columns 8 wide. */
  function built(cells: ReadonlyArray<[number, number, number, number, number?]>): SheetLayout {
    const s = new SheetBuilder([8, 8, 8, 8]);
    for (const [row, col, value, fontSize, right] of cells) s.block(row, col, row, right ?? col, value, { ...LABEL, fontSize, numberFormat: '0.00' });
    s.fitNumbers(formatNumber);
    const area = { top: 0, left: 0, bottom: 3, right: 3 };
    return s.build('t', area, area, { paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { top: 1.5, bottom: 1.5, left: 1.5, right: 1.5 } });
  }

  it('a number in 16 pt widens its column for 16 pt (it printed ### where 11 pt would have fitted)', () => {
    const l = built([[0, 0, 123456.78, 16]]);
    expect(overflowing(l)).toEqual([]);
  });

  it('a number in 9 pt takes the room of 9 pt, not of 11 pt (a column widened for nothing)', () => {
    const small = built([[0, 0, 1234567.89, 9]]).columnWidths[0];
    const body = built([[0, 0, 1234567.89, 11]]).columnWidths[0];
    expect(small).toBeLessThan(body);
    expect(overflowing(built([[0, 0, 1234567.89, 9]]))).toEqual([]);
  });

  it('a number in a merged cell widens the block’s last column (its first columns as they were)', () => {
    const l = built([[1, 1, 123456789012.34, 11, 2]]);
    expect(overflowing(l)).toEqual([]);
    expect(l.columnWidths.slice(0, 2)).toEqual([8, 8]);
  });

  it('the 监控表 with a 全年预计执行数 of 12.3 亿 (123,456.78 万元) in its merged cell', () => {
    const grid = sampleMidYearGrid();
    const withForecast = {
      ...grid,
      sheets: grid.sheets.map((x) => (x.name === '配置' ? { ...x, values: [...x.values.map((r) => (r[0] === '年初预算数' ? [r[0], 123456.78] : r)), ['全年预计执行数', 123456.78]] } : x)),
    };
    const l = evaluateWorkbook(withForecast, { generatedAt: '2018-08-05 10:00' }).selfEval!.layout;
    expect(l.cells.filter((c) => c.value === 123456.78).length).toBeGreaterThan(1);
    expect(overflowing(l)).toEqual([]);
  });
});
