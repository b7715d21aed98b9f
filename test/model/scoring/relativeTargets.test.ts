/**
 * targets40: a target relative to last year with no number (不低于上年, 较上年不下降, 与上年持平, 较上年增长) against an
 * actual that says how it changed, by how much (较上年增长8%, 同比下降1.2个百分点). Before, a clause with a number was
 * never graded by its words: 不低于上年 against 较上年增长8% was W011 and 0 of 20 (定性), or W005 不是数字 (指标性质 ≥).
 * Now the change's direction grades it: grew or equal meets a floor, fell misses it; the amount is more than it asks.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { sampleWithIndicatorRow } from './fixtures';
import { findingText } from '../../../src/model/messages';

const NAME = '带动社会投入资金'; // 效益指标 / 经济效益指标, 20 points

/** The sample with NAME's row written so (and named `name`, its findings too): its score and its W005, W007, W011. */
function evaluate(nature: CellValue, target: CellValue, unit: CellValue, actual: CellValue, name = NAME) {
  const grid = sampleWithIndicatorRow(NAME, { nature, target, unit, actual, name });
  const ev = evaluateWorkbook(grid, { layout: '2020' });
  const ind = ev.selfEval!.indicators.find((i) => i.name === name)!;
  const mine = ev.findings.filter((f) => ['W005', 'W007', 'W011'].includes(f.rule) && JSON.stringify(f.params).includes(name));
  return { score: ind.score, rules: mine.map((f) => `${f.rule}${f.variant ? `.${f.variant}` : ''}`), grades: mine.map((f) => (f.params as { grade?: string }).grade) };
}

/** [指标性质, 年度指标值, 实际完成值, met]: met scores 20 of 20; missed is 未达成 (W007 asks the officer for the score in 0–12). */
const CASES: ReadonlyArray<readonly [string, string, string, boolean]> = [
  ['定性', '不低于上年', '较上年增长8%', true],
  ['定性', '不低于上年', '较上年下降3%', false],
  ['定性', '不低于上年水平', '比上年增长12.5%', true],
  ['定性', '不低于上年水平', '与上年持平', true],
  ['定性', '较上年不下降', '同比增长2个百分点', true],
  ['定性', '较上年不下降', '同比下降1.2个百分点', false],
  ['定性', '与上年持平', '较上年增加5家', true],
  ['定性', '与上年持平', '较上年减少3家', false],
  ['定性', '保持上年水平', '比上年提高10%', true],
  ['定性', '不少于上年', '较上年增长两成', true],
  ['定性', '不少于上年', '比上年减少2家', false],
  ['定性', '较上年增长', '较上年增长8％', true],
  ['定性', '较上年增长', '较上年下降3%', false],
  ['定性', '较上年增长', '与上年持平', false],
  ['定性', '较上年提高', '同比提高0.5个百分点', true],
  ['定性', '高于上年', '高于上年2个百分点', true],
  ['定性', '不高于上年', '较上年下降5%', true],
  ['定性', '不高于上年', '较上年上升3%', false],
  ['定性', '较上年下降', '同比下降10%', true],
  ['定性', '较上年下降', '同比上升2%', false],
  ['定性', '不低于去年', '比去年增长6%，达39220万元', true],
  ['定性', '同比不下降', '同比增长3.2%', true],
  ['≥', '不低于上年', '较上年增长8%', true],
  ['≥', '不低于上年水平', '比上年下降3%', false],
  ['≥', '较上年增长', '同比增长15%（上年为32000万元）', true],
  // targets41: a change of nothing is 持平 (before: growth, met), which meets a floor and not a change asked
  ['定性', '较上年增长', '较上年增长0%', false],
  ['定性', '较上年下降', '同比下降0.0个百分点', false],
  ['定性', '不低于上年', '较上年增长0%', true],
];

describe('a target relative to last year, graded by the direction its actual says it changed', () => {
  it.each(CASES)('%s %s, actual %s: met %s', (nature, target, actual, met) => {
    const r = evaluate(nature, target, '万元', actual);
    if (met) expect(r).toEqual({ score: 20, rules: [], grades: [] });
    else expect(r).toEqual({ score: undefined, rules: ['W007.missing'], grades: ['未达成'] });
  });

  it('a number that is no change (完成39220万元) is no grade of 不低于上年: W011 asks the officer, nothing is invented', () => {
    expect(evaluate('定性', '不低于上年', null, '完成39220万元')).toEqual({ score: undefined, rules: ['W011'], grades: [undefined] });
  });

  it('a target with its own amount (较上年增长10%) is scored by its number, not by the direction', () => {
    expect(evaluate('≥', '较上年增长10%', '%', '较上年增长8%').score).toBe(16);
  });
});

/**
 * targets41: a change by an amount, then the level it reaches (提高10个百分点至90%, 降低5个百分点至10%). Before, the two
 * numbers were a range (≥10个百分点, ≤90%) or two values: T011 含 2 个数值 and W011, 0 of 20, the table 80. The level is
 * the target, scored as one; the change is context (the 2018 form prints the words as written).
 */
describe('a change, then the level it reaches: the level is scored', () => {
  it.each([
    [null, '提高10个百分点至90%', '92%', 20],
    [null, '提高10个百分点至90%', '85%', 18.89],
    ['≥', '较上年提高10个百分点，达到90%', '90%', 20],
    [null, '降低5个百分点至10%', '8%', 20],
    [null, '降低5个百分点至10%', '12%', 16],
  ])('指标性质 %s, %s, actual %s: %s of 20', (nature, target, actual, score) => {
    expect(evaluate(nature as CellValue, target, null, actual)).toEqual({ score, rules: [], grades: [] });
  });
});

/**
 * targets41: a target of a level (满意度 ≥90%, 37000万元) against an actual that gives only a change (较上年增长8%). Before,
 * the change's figure was taken for the level: 8 scored against 90 (0.89 of 10, W006 偏离 91.1%), the form printing 8%. A
 * change says nothing of the level reached: W005.grade (增减变化) at the actual's cell with both values, the row not scored. An
 * indicator that names a change (销售收入增长率) or a target in 个百分点 is a change's figure, which it gives.
 */
describe('a level target against an actual that gives only a change', () => {
  it.each([
    ['≥', 37000, '万元', '较上年增长8%'],
    ['≥', 90, '%', '较上年增长8%'],
    ['≥', '90%', null, '同比提高3个百分点'],
    [null, '≤10%', null, '较上年下降2%'],
  ])('指标性质 %s, %s %s, actual %s: W005.grade 增减变化, not scored', (nature, target, unit, actual) => {
    expect(evaluate(nature, target, unit, actual)).toEqual({ score: undefined, rules: ['W005.grade'], grades: ['change'] });
  });

  it('the finding names the actual\'s cell and both values', () => {
    const sample = sampleWorkbookGrid();
    const sheet = sample.sheets.find((s) => s.name === '绩效指标')!;
    const h = sheet.values[0];
    const values = sheet.values.map((r) => (r[h.indexOf('三级指标')] === '项目实施企业满意度' ? r.map((v, c) => (c === h.indexOf('实际完成值') ? '较上年增长8%' : v)) : r));
    const ev = evaluateWorkbook({ sheets: sample.sheets.map((s) => (s === sheet ? { ...s, values } : s)) }, { layout: '2020' });
    const f = ev.findings.find((x) => x.rule === 'W005')!;
    expect([f.variant, f.row, f.col, f.params]).toEqual(['grade', values.findIndex((r) => r.includes('较上年增长8%')), h.indexOf('实际完成值'), { name: '项目实施企业满意度', raw: '较上年增长8%', grade: 'change', target: '≥90%' }]);
    expect(findingText(f, 'zh-CN')).toBe('定量指标“项目实施企业满意度”的实际完成值“较上年增长8%”只说明增减变化，没有完成的数值，无法按年度指标值 ≥90% 计分。请填写实际完成的数值，或在“得分”列填写得分。');
    expect(ev.findings.some((x) => x.rule === 'W006')).toBe(false);
  });

  it.each([
    ['企业销售收入增长率', '≥', '10%', '较上年增长12%', 20],
    ['企业销售收入增长率', '≥', '10%', '较上年增长8%', 16],
    ['带动社会投入资金', null, '≥2个百分点', '同比提高3个百分点', 20],
  ])('%s (a change\'s figure) %s%s against %s: scored, %s of 20', (name, nature, target, actual, score) => {
    expect(evaluate(nature, target, null, actual, name)).toEqual({ score, rules: [], grades: [] });
  });
});

/**
 * review41: a fall as statistics write it, negative growth (同比增长-3.2%, 较上年负增长3%, 负增长). Before, the change word
 * alone decided: 较上年增长-3% met 不低于上年 (20 of 20).
 */
describe('a change written with a minus or as 负增长 went the other way', () => {
  it.each([
    ['定性', '不低于上年', '同比增长-3.2%', false],
    ['定性', '不低于上年', '较上年增长－3%', false],
    ['定性', '不低于上年', '较上年负增长3%', false],
    ['定性', '较上年增长', '负增长', false],
    ['定性', '较上年下降', '同比下降-2%', false],
    ['定性', '不高于上年', '较上年减少 -1.5%', false],
    ['定性', '不高于上年', '较上年增长-5%', true],
    ['≥', '不低于上年', '较上年增长了-1.2个百分点', false],
  ] as const)('%s %s, actual %s: met %s', (nature, target, actual, met) => {
    const r = evaluate(nature, target, '万元', actual);
    if (met) expect(r).toEqual({ score: 20, rules: [], grades: [] });
    else expect(r).toEqual({ score: undefined, rules: ['W007.missing'], grades: ['未达成'] });
  });
});

describe('a change\'s own figure written with a minus or as 负增长 is a fall (read as growth before: 6 of 20, the form printing 3%)', () => {
  it.each([
    ['较上年增长-3%', 0],
    ['同比增长 －3%', 0],
    ['较上年负增长3%', 0],
    ['较上年下降-2%', 4],
    ['较上年增长8%', 16],
  ] as const)('企业销售收入增长率 ≥10%, actual %s: %s of 20', (actual, score) => {
    expect(evaluate('≥', '10%', null, actual, '企业销售收入增长率')).toEqual({ score, rules: [], grades: [] });
  });
});
