import { computeMetrics } from '../../../src/model/metrics';
import { formatFinding } from '../../../src/model/messages';
import type { Indicator, Profile } from '../../../src/model/records';
import {
  budgetScore, evaluate, gradeOf, quantitativeScore, rateCap, recogniseGrade, roundHalfUp,
} from '../../../src/model/scoring';
import { sumDecimal } from '../../../src/model/aggregates';
import { layoutById } from '../../../src/model/selfeval/layouts';
import { ind, profile, wan, workedExample } from './fixtures';

const run = (indicators: Indicator[], over: Partial<Profile> = {}, columns = {}) => {
  const p = profile(over);
  // As buildSelfEval does: the profile's 分值方案 says whether its form holds the level-1 points to the defaults.
  return evaluate(p, indicators, computeMetrics([], p), { indicatorSheet: '绩效指标', columns, holdLevel1Points: layoutById(p.scheme!)!.hasPoints });
};
const rules = (findings: ReadonlyArray<{ rule: string; variant?: string }>) => findings.map((f) => (f.variant ? `${f.rule}.${f.variant}` : f.rule));

describe('rounding', () => {
  it.each([
    [1.005, 1.01], [2.675, 2.68], [1.015, 1.02], [89.995, 90], [0.125, 0.13], [-1.005, -1.01], [19.6, 19.6], [0.1 + 0.2, 0.3],
    [1e-9, 0], [123456.785, 123456.79],
  ])('roundHalfUp(%p) = %p', (x, r) => expect(roundHalfUp(x, 2)).toBe(r));

  it('sums decimals without drift', () => {
    expect(sumDecimal([0.1, 0.2])).toBe(0.3);
    expect(sumDecimal([85, 4.995])).toBe(89.995);
  });
});

describe('budget execution', () => {
  it('scores min(rate, 1) × 10', () => {
    expect(budgetScore(1)).toBe(10);
    expect(budgetScore(1.2)).toBe(10);
    expect(budgetScore(0.8567)).toBe(8.57);
    expect(budgetScore(undefined)).toBeUndefined();
  });

  it('a budget of 0 gives no rate, no score, and W009 — never a division by zero', () => {
    const e = run([], { budget: 0 });
    expect(e.budget).toEqual({ rate: undefined, score: undefined });
    expect(rules(e.findings)).toEqual(['W009']);
    expect(e.findings[0]).toMatchObject({ sheet: '配置', severity: 'warning' });
    expect(formatFinding(e.findings[0])).toContain('无法计算预算执行率');
    // a budget written as 0 is there: no 请在…填写 (that is for an empty 全年预算数)
    expect(formatFinding(e.findings[0])).not.toMatch(/请在/);
    expect(e.findings[0].params).not.toHaveProperty('sheet');
  });

  it('a rate below 90% asks for an explanation in 实际完成情况 (W010), unless it mentions 执行率', () => {
    const e = run([], { executed: wan('1020') });
    expect(e.budget).toEqual({ rate: 0.85, score: 8.5 });
    expect(rules(e.findings)).toEqual(['W010']);
    expect(formatFinding(e.findings[0])).toBe('预算执行率 85.00%（执行 1020 万元 / 预算 1200 万元）低于 90%，请在“实际完成情况”中说明执行率偏低的原因。');
    expect(run([], { executed: wan('1020'), goalResult: '因项目调整，预算执行率为85%。' }).findings).toEqual([]);
    expect(run([], { executed: wan('1080') }).findings).toEqual([]);
  });

  it('names the amounts in the profile unit (元 profiles read 元, as every other message)', () => {
    const yuan = 100; // 分 per 元
    const e = run([], { unit: '元', budget: 12_000_000 * yuan, executed: 10_200_000 * yuan });
    expect(formatFinding(e.findings[0])).toBe('预算执行率 85.00%（执行 10200000 元 / 预算 12000000 元）低于 90%，请在“实际完成情况”中说明执行率偏低的原因。');
  });
});

describe('quantitative indicators', () => {
  const q = (op: '≥' | '≤' | '=', t: number, a: number, p = 10, o: { inverseMethod: '线性' | '比值'; deviationPenalty?: number } = { inverseMethod: '线性' }) =>
    quantitativeScore(op, t, a, p, o).score;

  it('≥: full when reached, else in proportion', () => {
    expect(q('≥', 49, 49, 20)).toBe(20);
    expect(q('≥', 49, 60, 20)).toBe(20);
    expect(q('≥', 50, 40, 20)).toBe(16);
    expect(q('≥', 3, 1, 10)).toBe(3.33);
    expect(q('≥', 50, -5, 20)).toBe(0);
  });

  it('≥ with t = 0: full when a ≥ 0', () => {
    expect(q('≥', 0, 0)).toBe(10);
    expect(q('≥', 0, 5)).toBe(10);
    expect(q('≥', 0, -1)).toBe(0);
  });

  it('≤ linear: zero at twice the target', () => {
    expect(q('≤', 100, 80)).toBe(10);
    expect(q('≤', 100, 125)).toBe(7.5);
    expect(q('≤', 100, 200)).toBe(0);
    expect(q('≤', 100, 300)).toBe(0);
  });

  it('≤ ratio (比值): p × t / a', () => {
    expect(q('≤', 100, 125, 10, { inverseMethod: '比值' })).toBe(8);
    expect(q('≤', 100, 300, 10, { inverseMethod: '比值' })).toBe(3.33);
    expect(q('≤', 100, 100, 10, { inverseMethod: '比值' })).toBe(10);
  });

  it('≤ with t = 0: full when a ≤ 0, else 0', () => {
    expect(q('≤', 0, 0)).toBe(10);
    expect(q('≤', 0, -2)).toBe(10);
    expect(q('≤', 0, 0.1)).toBe(0);
  });

  it('=: full within 0.5% of the target, else min/max', () => {
    expect(q('=', 100, 100.5)).toBe(10);
    expect(q('=', 100, 99.5)).toBe(10);
    expect(q('=', 100, 101)).toBe(9.9);
    expect(q('=', 100, 80)).toBe(8);
    expect(q('=', 0, 0)).toBe(10);
    expect(q('=', 0, 1)).toBe(0);
  });

  it('偏离扣分: deducted once when the actual is ≥ 130% of the target', () => {
    const o = { inverseMethod: '线性' as const, deviationPenalty: 2 };
    expect(quantitativeScore('≥', 500, 1100, 15, o)).toEqual({ score: 13, penalty: 2 });
    expect(quantitativeScore('≥', 500, 650, 15, o)).toEqual({ score: 13, penalty: 2 });
    expect(quantitativeScore('≥', 500, 649, 15, o)).toEqual({ score: 15, penalty: 0 });
    expect(quantitativeScore('≥', 500, 1100, 1, o)).toEqual({ score: 0, penalty: 2 });
  });

  it('偏离扣分 applies whatever the 指标性质, as scoring.md words it (actual ≥ 130% of the target)', () => {
    const o = { inverseMethod: '线性' as const, deviationPenalty: 2 };
    expect(quantitativeScore('≤', 100, 140, 10, o)).toEqual({ score: 4, penalty: 2 });
    expect(quantitativeScore('=', 100, 140, 10, o)).toEqual({ score: 5.14, penalty: 2 });
    expect(quantitativeScore('≤', 100, 129, 10, o)).toEqual({ score: 7.1, penalty: 0 });
  });

  it('偏离扣分 applies at exactly 130% whatever the float error of 1.3 × target (3.9 against 3)', () => {
    const o = { inverseMethod: '线性' as const, deviationPenalty: 2 };
    expect(quantitativeScore('≥', 3, 3.9, 10, o)).toEqual({ score: 8, penalty: 2 });
    expect(quantitativeScore('≥', 3, 3.89, 10, o)).toEqual({ score: 10, penalty: 0 });
  });

  it('normalises a % actual written as a fraction (0.92 → 92)', () => {
    const e = run([ind({ row: 3, level3: '满意度', op: '≥', target: 90, unit: '%', actual: 0.92, points: 10 })]);
    expect(e.indicators[0]).toMatchObject({ actual: 92, score: 10 });
    const f = run([ind({ row: 3, level3: '满意度', op: '≥', target: 90, unit: '%', actual: 0.5, points: 10 })]);
    expect(f.indicators[0]).toMatchObject({ actual: 50, score: 5.56 });
    // a target of 1% is not a fraction
    const g = run([ind({ row: 3, level3: '事故率', op: '≤', target: 1, unit: '%', actual: 0.5, points: 10 })]);
    expect(g.indicators[0]).toMatchObject({ actual: 0.5, score: 10 });
  });

  it('takes a blank actual from 数据来源', () => {
    const p = profile();
    const m = computeMetrics([{ row: 1, cohortYear: 2018, approved: wan('10'), totalInvestment: wan('30.5'), disbursed: 0 }], p);
    const e = evaluate(p, [ind({ row: 2, level3: '带动社会投入资金', op: '≥', target: 20, unit: '万元', source: '带动社会投入', points: 10 })], m, { indicatorSheet: '绩效指标' });
    expect(e.indicators[0]).toMatchObject({ actual: 20.5, actualFromSource: true, score: 10 });
  });

  it('keeps an explicit 得分', () => {
    const e = run([ind({ row: 2, level3: 'x', op: '≥', target: 50, actual: 40, points: 20, score: 18 })]);
    expect(e.indicators[0]).toMatchObject({ score: 18, basis: 'explicit' });
  });

  it('says where an explicit 得分 is above the share its result gives (W012), and keeps it', () => {
    const one = (op: '≥' | '≤' | '=', target: number, actual: number, score: number) => run([ind({ row: 2, level3: '举办境外展会', op, target, unit: '场', actual, points: 20, score })]);
    // the one indicator's findings (not W003/W004 of its sheet's points)
    const mine = (e: ReturnType<typeof one>) => e.findings.filter((f) => f.rule === 'W006' || f.rule === 'W007' || f.rule === 'W012');
    // 2 of ≥4: the share is 10; 20 typed is kept, and said at the 得分 cell
    const e = one('≥', 4, 2, 20);
    expect(e.indicators[0]).toMatchObject({ score: 20, basis: 'explicit' });
    expect(rules(mine(e))).toEqual(['W006', 'W012']);
    expect(formatFinding(mine(e)[1])).toBe('指标“举办境外展会”实际完成值 2场，年度指标值 ≥4场，按完成比例得 10 分（分值 20），所填得分 20 高于此，请核实。');
    expect(formatFinding(mine(e)[1], 'en-US')).toBe('Indicator "举办境外展会": actual 2场 against the target ≥4场 scores 10 of 20 by its share; the score entered, 20, is higher: check it.');
    // below its share (the evaluator's mark-down), at it, or at it rounded to one decimal (16.7 for 5 of 6 → 16.67): nothing said
    for (const [op, t, a, s] of [['≥', 4, 2, 8], ['≥', 4, 2, 10], ['≥', 6, 5, 16.7], ['≤', 30, 25, 20], ['≥', 60, 62, 20]] as const) expect(rules(mine(one(op, t, a, s))).filter((r) => r !== 'W006')).toEqual([]);
    // ≤ and = by their own shares: 40 against ≤30 gives 13.33 of 20, 90 against =100 gives 18
    expect(rules(mine(one('≤', 30, 40, 15))).filter((r) => r !== 'W006')).toEqual(['W012']);
    expect(rules(mine(one('=', 100, 90, 19))).filter((r) => r !== 'W006')).toEqual(['W012']);
    // within 0.05 of the share but no rounding of it: 16.72 for 16.67 is above 16.7, said (as W003 says a 总分 so typed);
    // 16.65 rounded half-up is 16.7 (5 of 6 of 19.98 points: 16.65): 16.7 is it rounded, nothing said
    expect(rules(mine(one('≥', 6, 5, 16.72))).filter((r) => r !== 'W006')).toEqual(['W012']);
    expect(rules(mine(run([ind({ row: 2, level3: '举办境外展会', op: '≥', target: 6, unit: '场', actual: 5, points: 19.98, score: 16.7 })]))).filter((r) => r !== 'W006')).toEqual([]);
  });
});

describe('W006: deviation of 30% or more without an explanation', () => {
  it('flags over- and under-achievement at the actual cell, not an explained one', () => {
    const e = run([
      ind({ row: 5, level3: '培训', op: '≥', target: 500, unit: '人次', actual: 1100, points: 10 }),
      ind({ row: 6, level3: '项目', op: '≥', target: 100, actual: 70, points: 10 }),
      ind({ row: 7, level3: '项目2', op: '≥', target: 100, actual: 71, points: 10 }),
      ind({ row: 8, level3: '培训2', op: '≥', target: 500, actual: 1100, points: 10, deviation: '培训需求大' }),
    ], {}, { actual: 6 });
    const w6 = e.findings.filter((f) => f.rule === 'W006');
    expect(w6.map((f) => [f.row, f.col])).toEqual([[5, 6], [6, 6]]);
    expect(formatFinding(w6[0])).toBe('指标“培训”实际完成值 1100人次 与年度指标值 500人次 偏离 120%（达到 30%），请填写偏差原因分析及改进措施。');
    expect(formatFinding(w6[0], 'en-US')).toContain('deviates 120% from the target 500人次');
  });

  it('fires at exactly 30% either way, whatever the float error (4.9 or 9.1 against 7, 3.9 against 3)', () => {
    const e = run([
      ind({ row: 5, level3: 'a', op: '≥', target: 7, actual: 4.9 }),
      ind({ row: 6, level3: 'b', op: '≥', target: 7, actual: 9.1 }),
      ind({ row: 7, level3: 'c', op: '≥', target: 3, actual: 3.9 }),
      ind({ row: 8, level3: 'd', op: '≥', target: 7, actual: 4.91 }),
    ]);
    expect(e.findings.filter((f) => f.rule === 'W006').map((f) => f.row)).toEqual([5, 6, 7]);
  });

  it('applies without 分值 too (it is not a points finding)', () => {
    expect(rules(run([ind({ row: 5, level3: '培训', op: '≥', target: 500, actual: 1100 })]).findings)).toEqual(['W006']);
  });
});

describe('qualitative indicators', () => {
  /** One indicator (its points do not add up to 90: the W003/W004 of that are left out here). */
  const qual = (actualText: string, score?: number, points = 10) => {
    const e = run([ind({ row: 4, level3: '项目执行时间', op: '定性', targetText: '按期', actualText, points, score })]);
    return { ...e, findings: e.findings.filter((f) => f.rule !== 'W003' && f.rule !== 'W004') };
  };

  it.each([
    ['达成', '达成'], ['已达成', '达成'], ['完成', '达成'], ['全部完成', '达成'], ['达成年度指标', '达成'], ['已达成。按期推进', '达成'],
    ['部分达成', '部分达成'], ['基本达成', '部分达成'], ['基本完成', '部分达成'], ['部分达成年度指标并具有一定效果', '部分达成'],
    ['未达成', '未达成'], ['未完成', '未达成'], ['未达成年度指标且效果较差', '未达成'],
  ])('recognises %s as %s', (text, grade) => expect(recogniseGrade(text)?.grade).toBe(grade));

  it.each([['按合同项目进度安排表逐步推进'], ['完成500人次以上'], ['']])('recognises no grade in %p', (text) =>
    expect(recogniseGrade(text)).toBeUndefined());

  it('达成 without 得分 scores the full points', () => {
    const e = qual('达成', undefined, 5);
    expect(e.indicators[0]).toMatchObject({ score: 5, basis: 'grade' });
    expect(e.findings.filter((f) => f.rule === 'W007')).toEqual([]);
  });

  it('部分达成 and 未达成 without 得分 score nothing and raise W007', () => {
    for (const t of ['部分达成', '未达成']) {
      const e = qual(t);
      expect(e.indicators[0].score).toBeUndefined();
      expect(rules(e.findings)).toContain('W007.missing');
    }
    const f = qual('基本完成').findings.find((x) => x.rule === 'W007');
    expect(f).toMatchObject({ severity: 'error', sheet: '绩效指标', row: 4, col: 9 });
    expect(formatFinding(f!)).toBe('定性指标“项目执行时间”评为“部分达成年度指标并具有一定效果”，须填写得分（该档：6 ≤ 得分 < 8，分值 10）。');
  });

  it('keeps an explicit 得分 inside its band (lower inclusive, upper exclusive below 达成)', () => {
    expect(qual('达成', 8).indicators[0].score).toBe(8);
    expect(qual('达成', 10).indicators[0].score).toBe(10);
    expect(qual('部分达成', 6).indicators[0].score).toBe(6);
    expect(qual('部分达成', 7.99).indicators[0].score).toBe(7.99);
    expect(qual('未达成', 0).indicators[0].score).toBe(0);
    expect(qual('未达成', 5.99).indicators[0].score).toBe(5.99);
    for (const [t, s] of [['达成', 8], ['部分达成', 6], ['未达成', 3]] as const) expect(qual(t, s).findings).toEqual([]);
  });

  it('an explicit 得分 outside its band raises W007 and is not kept', () => {
    const cases: Array<[string, number, number | undefined]> = [
      ['达成', 7.99, 10], ['达成', 10.5, 10], ['部分达成', 8, undefined], ['部分达成', 5.99, undefined], ['未达成', 6, undefined], ['未达成', -1, undefined],
    ];
    for (const [t, s, kept] of cases) {
      const e = qual(t, s);
      expect(rules(e.findings)).toEqual(['W007']);
      expect(e.indicators[0].score).toBe(kept);
    }
    expect(formatFinding(qual('部分达成', 8).findings[0])).toBe(
      '定性指标“项目执行时间”评为“部分达成年度指标并具有一定效果”，得分 8 不在该档范围内（6 ≤ 得分 < 8，分值 10），未采用。');
  });

  it('bands use the points exactly (p = 7: 部分达成 from 4.2)', () => {
    expect(qual('部分达成', 4.2, 7).findings).toEqual([]);
    expect(rules(qual('部分达成', 4.19, 7).findings)).toEqual(['W007']);
  });

  it('free text with no grade: nothing without 得分 (W011), the evaluator\'s 得分 otherwise', () => {
    const e = qual('按合同项目进度安排表逐步推进');
    expect(e.indicators[0]).toMatchObject({ basis: 'none' });
    expect(e.indicators[0].score).toBeUndefined();
    expect(rules(e.findings)).toEqual(['W011']);
    expect(formatFinding(e.findings[0])).toContain('“按合同项目进度安排表逐步推进”不是可识别的评价档次');
    expect(qual('按合同项目进度安排表逐步推进', 9).indicators[0]).toMatchObject({ score: 9, basis: 'explicit' });
    expect(rules(qual('按合同项目进度安排表逐步推进', 11).findings)).toEqual(['W007']);
  });
});

describe('a qualitative actual that restates its target', () => {
  const restated = (targetText: string, actualText: string, score?: number) =>
    run([ind({ row: 4, level3: '资金拨付及时性', op: '定性', targetText, actualText, points: 10, score })]);

  it.each([
    ['按期完成', '按期完成'], ['较上年有所提高', '较上年有所提高。'], ['群众满意度明显提升', '群众满意度 明显提升'], ['长期发挥作用', '长期发挥作用！'],
  ])('target %p, actual %p: 达成, full points without 得分, no W011', (targetText, actualText) => {
    const e = restated(targetText, actualText);
    expect(e.indicators[0]).toMatchObject({ grade: { grade: '达成' }, score: 10, basis: 'grade' });
    expect(e.findings.filter((f) => f.rule === 'W011')).toEqual([]);
  });

  it('an explicit 得分 is held to the 达成 band (8–10)', () => {
    expect(restated('按期完成', '按期完成', 9).indicators[0]).toMatchObject({ score: 9, basis: 'explicit' });
    expect(restated('按期完成', '按期完成', 5).findings.map((f) => f.rule)).toContain('W007');
  });

  it('another text is no grade (W011) unless its words grade it (gradeWords): 按期 is met, 按期完成了一半 is part of it', () => {
    for (const actual of ['提高15%', '按合同进度推进']) {
      const e = restated('按期完成', actual);
      expect(e.indicators[0].score).toBeUndefined();
      expect(e.findings.map((f) => f.rule)).toContain('W011');
    }
    expect(restated('按期完成', '按期').indicators[0]).toMatchObject({ grade: { grade: '达成' }, score: 10 });
    const half = restated('按期完成', '按期完成了一半');
    expect(half.indicators[0]).toMatchObject({ grade: { grade: '部分达成' } });
    expect(half.indicators[0].score).toBeUndefined();
    expect(half.findings.map((f) => f.rule)).toContain('W007');
  });
});

describe('points findings', () => {
  it('W003 when points + 10 ≠ 100, W004 per level 1 off 50/30/10 under scheme 2020', () => {
    const base = workedExample();
    expect(run(base).findings.filter((f) => f.rule === 'W003' || f.rule === 'W004')).toEqual([]);
    const off = base.map((i) => (i.row === 7 ? { ...i, points: 12 } : i));
    const e = run(off, {}, { level1: 0, points: 8 });
    expect(e.findings.filter((f) => f.rule === 'W003' || f.rule === 'W004').map((f) => [f.rule, f.row, f.col, (f.params as { points?: number }).points])).toEqual([
      ['W003', 0, 8, 92], ['W004', 7, 0, 12],
    ]);
    expect(formatFinding(e.findings.find((f) => f.rule === 'W003')!)).toBe('各指标分值合计 92 分，加预算执行 10 分共 102 分，应为 100 分。');
    expect(formatFinding(e.findings.find((f) => f.rule === 'W004')!)).toBe('满意度指标分值合计 12 分，按财预〔2020〕10号原则上应为 10 分（产出 50、效益 30、满意度 10）。');
  });

  it('W004 reads 2018 level-1 names as their 2020 equivalents, and does not run under scheme 2018', () => {
    const renamed = workedExample().map((i) => ({ ...i, level1: i.level1 === '产出指标' ? '项目完成指标' : i.level1 === '效益指标' ? '项目效果' : i.level1 }));
    expect(run(renamed).findings.filter((f) => f.rule === 'W004')).toEqual([]);
    const off = renamed.map((i) => (i.row === 1 ? { ...i, points: 15 } : i.row === 5 ? { ...i, points: 25 } : i));
    expect(run(off).findings.filter((f) => f.rule === 'W004').map((f) => formatFinding(f).split('分值')[0])).toEqual(['产出指标', '效益指标']);
    expect(run(off, { scheme: '2018' }).findings.filter((f) => f.rule === 'W004')).toEqual([]);
  });

  it('a sheet without 分值 gets no points findings, no scores and no total', () => {
    const bare = workedExample().map(({ points: _p, ...i }) => ({ ...i, actualText: i.op === '定性' ? '按合同项目进度安排表逐步推进' : i.actualText }));
    const e = run(bare, { scheme: '2018' });
    expect(rules(e.findings)).toEqual(['W006']);
    expect(e.indicators.every((s) => s.score === undefined)).toBe(true);
    expect([e.total, e.grade, e.budget.score]).toEqual([undefined, undefined, 10]);
  });
});

describe('total and grade', () => {
  it('the worked example of scoring.md: 100.00 → 优, with W006 for the training indicator', () => {
    const e = run(workedExample());
    expect(e.indicators.map((s) => s.score)).toEqual([20, 15, 10, 5, 20, 10, 10]);
    expect([e.budget.score, e.total, e.grade]).toEqual([10, 100, '优']);
    expect(rules(e.findings)).toEqual(['W006']);
    expect(e.findings[0]).toMatchObject({ row: 2, params: { name: '培训从事知识产权工作人员' } });
  });

  it.each([[90, '优'], [89.99, '良'], [89.995, '优'], [80, '良'], [79.994, '中'], [60, '中'], [59.99, '差'], [0, '差']])(
    'gradeOf(%p) = %p', (t, g) => expect(gradeOf(t)).toBe(g));

  it('grades the total as shown: 89.995 → 90.00 → 优', () => {
    // 项目执行时间 达成 with 得分 4.995 (in band), 推动各项社会效益 free text with the evaluator's 得分 0
    const fixed = workedExample().map((i) => (i.row === 4 ? { ...i, score: 4.995 } : i.row === 6 ? { ...i, actualText: '按计划推进', score: 0 } : i));
    const e = run(fixed);
    expect(e.sum).toBe(89.995);
    expect([e.total, e.grade]).toEqual([90, '优']);
  });

  it('partial scores add up exactly to 2 decimals', () => {
    const ex = workedExample().map((i) => (i.row === 1 ? { ...i, actual: 40 } : i.row === 7 ? { ...i, actual: 85 } : i));
    const e = run(ex, { executed: wan('1100') });
    // 20 × 40/49 = 16.33; 10 × 85/90 = 9.44; budget 1100/1200 → 9.17
    expect(e.indicators.map((s) => s.score)).toEqual([16.33, 15, 10, 5, 20, 10, 9.44]);
    expect([e.budget.score, e.total, e.grade]).toEqual([9.17, 94.94, '优']);
  });

  it('执行率封顶 caps the total by the band of the rate (lower inclusive, upper exclusive)', () => {
    const caps = [{ lower: 0.7, upper: 0.8, cap: 89 }, { lower: 0.6, upper: 0.7, cap: 79 }, { lower: 0.5, upper: 0.6, cap: 69 }, { lower: 0, upper: 0.5, cap: 59 }];
    expect(rateCap(0.7, caps)).toBe(89);
    expect(rateCap(0.8, caps)).toBeUndefined();
    expect(rateCap(0.6999, caps)).toBe(79);
    expect(rateCap(0.5, caps)).toBe(69);
    expect(rateCap(0, caps)).toBe(59);
    expect(rateCap(undefined, caps)).toBeUndefined();
    const e = run(workedExample(), { executed: wan('840'), rateCaps: caps });
    expect(e.budget).toEqual({ rate: 0.7, score: 7 });
    expect([e.sum, e.cap, e.total, e.grade]).toEqual([97, 89, 89, '良']);
    const free = run(workedExample(), { executed: wan('960'), rateCaps: caps });
    expect([free.cap, free.total]).toEqual([undefined, 98]);
  });

  it('偏离扣分 lowers the total', () => {
    const e = run(workedExample(), { deviationPenalty: 2 });
    expect(e.indicators[1]).toMatchObject({ score: 13, penalty: 2 });
    expect([e.total, e.grade]).toEqual([98, '优']);
  });

  it('a budget of 0 leaves the budget out of the total', () => {
    const e = run(workedExample(), { budget: 0 });
    expect([e.budget.score, e.total, e.grade]).toEqual([undefined, 90, '优']);
    expect(rules(e.findings)).toContain('W009');
  });
});
