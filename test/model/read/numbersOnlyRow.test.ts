/**
 * A body row with numbers only, in a table without a 项目编号 column: c502ab0's test for a line of words alone in
 * the 项目编号 column read the row's first text when the row had none and both "columns" were -1, and threw
 * (TypeError: … reading 'charCodeAt') out of evaluateWorkbook — found by grid.property in the fresh-clone CI.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';

describe('a row of numbers only under a header without 项目编号', () => {
  it('is read as a row, with findings, and nothing throws', () => {
    const grid: Grid = { sheets: [{ name: '绩效指标', values: [['三级指标', '全年预计完成值', '年度指标值'], [10]], merges: [] }] };
    for (const forSelfEval of [false, true]) {
      const ev = evaluateWorkbook(grid, { forSelfEval, generatedAt: '2019-03-01 10:00' });
      expect(Array.isArray(ev.findings)).toBe(true);
    }
  });
});
