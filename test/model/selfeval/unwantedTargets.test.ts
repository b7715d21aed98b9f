/**
 * sweep31-forms: targets of what should not happen, as people write them — no comparison word (差错率 5‰, 投诉率0.5%),
 * 零 — and actuals that say none happened (无, 零). They read as ≤ (a rate of errors met at 3‰ scored 60% as if 5‰ were a
 * floor, and W006 asked why it was 40% off); 零 read as text (T001, and the actual 0 scored 0 with W011); 无 against a
 * number was W005 "不是数字". What is done about them (投诉处理率) keeps ≥.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { expectFormulasAgree } from '../../support/layoutFormulas';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '度量单位', '实际完成值', '分值', '偏差原因分析及改进措施'];
/** [二级, 三级, 年度指标值, 度量单位, 实际完成值, 分值, the score by hand, the target as read]. */
const ROWS: ReadonlyArray<readonly [string, string, CellValue, string | null, CellValue, number, number, string]> = [
  ['质量指标', '差错率', '5‰', null, '3‰', 10, 10, '≤5‰'],
  ['质量指标', '群众投诉率', '0.5%', null, '0.3%', 10, 10, '≤0.5%'],
  ['质量指标', '资金闲置率（%）', 2, '%', 3, 10, 5, '≤2%'],
  ['质量指标', '安全事故', '零', '起', 0, 10, 10, '≤0起'],
  ['质量指标', '重大安全事故发生次数', '零事故', null, '无', 10, 10, '≤0'],
  ['质量指标', '投诉处理率', '98%', null, '99%', 10, 10, '98%'],
  ['数量指标', '新增贯标企业', '≥3家', null, '无', 40, 0, '≥3家'],
  // what is done about it is counted as any work is: a floor (scored as ≥; the 2020 table prints it as written)
  ['经济效益指标', '挽回经济损失', '500万元', null, '600万元', 10, 10, '≥500万元'], // a money unit alone keeps its ≥ (review38)
  ['数量指标', '排查安全隐患数', '50处', null, 60, 10, 10, '50处'],
  ['数量指标', '查处违法违规', '12起', null, 15, 10, 10, '12起'],
  // a small actual under a % cap is that percent, not a fraction (0.5 is 0.5%, not 50%)
  ['质量指标', '项目资金违规使用率', '≤2%', null, 0.5, 10, 10, '≤2%'],
];

function grid(): Grid {
  const sample = sampleWorkbookGrid();
  const values: CellValue[][] = [HEADER, ...ROWS.map((r) => ['产出指标', r[0], r[1], r[2], r[3], r[4], r[5], '说明'])];
  return { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) };
}

describe('targets of what should not happen', () => {
  const ev = evaluateWorkbook(grid(), { layout: '2020' });
  const byName = new Map(ev.selfEval!.indicators.map((i) => [i.name, i]));

  it.each(ROWS.map((r) => [r[1], r[7], r[6]] as const))('%s reads as %s and scores %d', (name, target, score) => {
    expect([byName.get(name)?.target, byName.get(name)?.score]).toEqual([target, score]);
  });

  it('the 2020 table\'s native formulas score them as the model does (HyperFormula)', () => {
    expectFormulasAgree(ev.selfEval!.layout);
  });

  it('no W005 (not a number), W006 (deviation) or W011 (no grade) on them', () => {
    expect(ev.findings.filter((f) => ['W005', 'W006', 'W011', 'T001'].includes(f.rule)).map((f) => `${f.rule}@${f.row + 1}`)).toEqual([]);
  });
});

describe('an actual counted with the classifier alone (sweep31-forms)', () => {
  it('20家 against ≥20家企业 (a target that keeps its noun) is 20, not W005 "不是数字"', () => {
    const values: CellValue[][] = [HEADER, ['效益指标', '可持续影响指标', '贯标企业', '20家企业通过贯标', null, '20家', 30, null], ['产出指标', '数量指标', '覆盖住宅区', '覆盖99个住宅区', null, '100个', 60, null]];
    const sample = sampleWorkbookGrid();
    const ev = evaluateWorkbook({ sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) }, { layout: '2020' });
    expect(ev.selfEval!.indicators.map((i) => [i.name, i.actual, i.score])).toEqual([['覆盖住宅区', '100个住宅区', 60], ['贯标企业', '20家企业', 30]]);
    expect(ev.findings.filter((f) => f.rule === 'W005')).toEqual([]);
  });
});
