/**
 * A rank written without its unit takes the 度量单位 column's when the column holds a rank's unit (名, 位, %): `前1`
 * with % under 全省排名 is the top 1 %, and 2 % misses it. Another unit there (个, 家) is no rank's and is left out.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { parseActualNumber, parseTarget } from '../../../src/model/read/targets';
import { printTarget } from '../../../src/model/read/targetText';
import { sampleWorkbookGrid } from '../../../src/model/sample';

const ctx = { level3: '全省绩效考核排名' } as never;

// 名 and 位 from the column: targets.test.ts ('a rank with the 度量单位 column')
test('前1 with 度量单位 % is a rank in %, printed 排名前1%, which reads back the same under any name', () => {
  const t = parseTarget('前1', ctx, '%').target;
  expect(t).toMatchObject({ kind: 'quantity', op: '≤', value: 1, unit: '%', rank: true });
  expect(printTarget(t)).toBe('排名前1%');
  expect(parseTarget('排名前1%', { level3: '某项指标' } as never).target).toEqual(t);
});

test('a rank with 度量单位 个 keeps no unit: 排名前3', () => {
  const t = parseTarget('排名前3', ctx, '个').target;
  expect(t).toMatchObject({ kind: 'quantity', op: '≤', value: 3, unit: '', rank: true });
});

test('前1 with 度量单位 % is the top 1 %: an actual of 2% is 2 (%), not the ratio 0.02', () => {
  const t = parseTarget('前1', ctx, '%').target;
  expect(parseActualNumber('2%', t, ctx)).toBe(2);
});

test('the 2020 自评表: 排名前1 with 度量单位 %, actual 2%, is printed 排名前1% and does not score full marks', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '偏差原因分析及改进措施'];
  const values: CellValue[][] = [header, ['产出指标', '质量指标', '全省绩效考核排名', null, '排名前1', '%', '2%', 10, null]];
  const sample = sampleWorkbookGrid();
  const grid: Grid = { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) };
  const ind = evaluateWorkbook(grid, { forSelfEval: true, layout: '2020' }).selfEval!.indicators.find((x) => x.name === '全省绩效考核排名')!;
  expect(ind.score).toBeLessThan(10);
});
