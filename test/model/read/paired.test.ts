/**
 * targets38: a 指标值/实际完成值 column whose cells hold a date written year first (`2023/11/30/11月20日完成`): the
 * date's slashes are not the one between the fields.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { pairedPart } from '../../../src/model/read/table';
import { sampleWorkbookGrid } from '../../../src/model/sample';

describe('targets38: a date in a 指标值/实际完成值 cell', () => {
  const split = (v: string): [unknown, unknown] => [pairedPart(v, 0), pairedPart(v, 1)];

  it('is cut after the date, not inside it', () => {
    expect(['2023/11/30/11月20日完成', '2023/11/30/2023/11/20', '11月底前/2023/11/20', '6/30/7/15', '2023/11/30'].map(split)).toEqual([
      ['2023/11/30', '11月20日完成'],
      ['2023/11/30', '2023/11/20'],
      ['11月底前', '2023/11/20'],
      ['6/30', '7/15'],
      ['2023/11/30', null],
    ]);
  });

  it('what jx selfeval shows: the deadline 2023年11月30日前, kept by 11月20日完成 (10 of 10)', () => {
    const values: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '年度指标值/实际完成值', '分值'],
      ['产出指标', '时效指标', '资金拨付时间', '2023/11/30/11月20日完成', 10],
    ];
    const sample = sampleWorkbookGrid();
    const grid: Grid = { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) };
    const ev = evaluateWorkbook(grid, { layout: '2020' });
    expect(ev.selfEval!.indicators.map((i) => [i.target, i.actual, i.score])).toEqual([['2023/11/30', '11月20日完成', 10]]);
    expect(ev.findings.filter((f) => f.sheet === '绩效指标' && ['T011', 'W011', 'W005'].includes(f.rule))).toEqual([]);
  });
});
