/**
 * targets38: Excel's scaling comma. A cell's value under `#,##0,"千人次"` is a thousand times the number it shows
 * (500000 shows `500千人次`): the indicator reader reads what the officer sees, never `500000千人次`.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { readsFormat, shownNumber } from '../../../src/model/read/formats';
import { sampleWorkbookGrid } from '../../../src/model/sample';

describe('targets38: a number format with a scaling comma shows the value in thousands', () => {
  it.each<[number, string, CellValue]>([
    [500000, '#,##0,"千人次"', '500千人次'],
    [2500000, '0.0,,"百万元"', '2.5百万元'],
    [1250, '0,.0"千元"', '1.25千元'],
    [50000, '#,##0,', 50],
    // the thousands separator alone does not scale
    [1234, '#,##0"人次"', '1234人次'],
    [49, '"≥"0"家"', '≥49家'],
  ])('%p under %s is %p', (value, format, shown) => {
    expect(shownNumber(value, format)).toEqual(shown);
  });

  it('such formats are kept by jx check\'s reader, a money unit with them too (the value is not what is shown)', () => {
    expect(['#,##0,"千元"', '#,##0,', '0.0,,"百万"'].map(readsFormat)).toEqual([true, true, true]);
    expect(['#,##0"元"', '0.00"万元"', '#,##0'].map(readsFormat)).toEqual([false, false, false]);
  });

  it('what jx selfeval shows: a target of 500000 under #,##0,"千人次" with 度量单位 千人次 is 500千人次 (a floor the reading supplied prints bare: 148edfa), met by 520千人次', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '度量单位', '实际完成值', '分值'];
    const scaled = '#,##0,"千人次"';
    const money = '#,##0,"千元"';
    const values: CellValue[][] = [header, ['产出指标', '数量指标', '培训人次', 500000, '千人次', 520000, 10], ['产出指标', '成本指标', '培训成本', 80000, '千元', 76000, 10]];
    const numberFormats = [header.map(() => null), [null, null, null, scaled, null, scaled, null], [null, null, null, money, null, money, null]];
    const sample = sampleWorkbookGrid();
    const grid: Grid = { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values, numberFormats } : s)) };
    const ev = evaluateWorkbook(grid, { layout: '2020' });
    expect(ev.selfEval!.indicators.map((i) => [i.target, i.actual, i.score])).toEqual([
      ['500千人次', '520千人次', 10],
      ['≤80千元', '76千元', 10],
    ]);
  });
});
