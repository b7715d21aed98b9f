/** Long indicator tables as provinces send them, for the forms cut into printed pages. */
import type { Grid } from '../../src/model/grid';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../src/model/sample';

/**
 * A workbook's 绩效指标 repeated to `n` rows, the repeats named longer (a province's 34-indicator sheet) and the
 * points spread evenly; the sample's year-end workbook by default, the mid-year one for the monitoring table.
 */
export function manyIndicators(n: number, grid: Grid = sampleWorkbookGrid()): Grid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      const [head, ...rows] = s.values;
      const l3 = head.indexOf('三级指标');
      const pts = head.indexOf('分值');
      return {
        ...s,
        values: [head, ...Array.from({ length: n }, (_, i) => rows[i % rows.length].map((v, c) => (c === l3 && i >= rows.length ? `${String(v)}（第${i + 1}项，含各地州市分项考核）` : c === pts && pts >= 0 ? 100 / n : v)))],
      };
    }),
  };
}

export const manyMidYearIndicators = (n: number): Grid => manyIndicators(n, sampleMidYearGrid());
