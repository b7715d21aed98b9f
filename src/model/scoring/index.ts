/**
 * Scoring and grading of the self-evaluation (scoring.md): budget execution, quantitative and
 * qualitative indicators, total, grade, province options, and the findings W003 W004 W006 W007
 * W009 W010 W011.
 *
 * Every computation here is mirrored, operation for operation, by the native formulas of the
 * 2020 table (selfeval/formulas.ts), so that Excel recomputes the same values.
 *
 * Decisions where the spec leaves room:
 * - Rounding is decimal half-up (away from zero) on the value taken to 15 significant digits,
 *   as Excel's ROUND does: 1.005 → 1.01, 2.675 → 2.68, 89.995 → 90.
 * - An indicator without 指标性质 but with a numeric target is scored as `≥` (正向).
 * - A blank actual is taken from 数据来源 (an auto metric) when metrics are given.
 * - `%` units: a target above 1 with an actual between 0 and 1 means the actual was written as a
 *   fraction (0.92 → 92). Nothing else is converted.
 * - 偏离扣分 is taken off the indicator's own score (never below 0), for every quantitative
 *   indicator with target > 0 and actual ≥ 1.3 × target, unless the evaluator gave 得分.
 * - An explicit 得分 of a quantitative indicator replaces the computed score.
 * - An explicit 得分 outside the band of its grade is not kept (W007): 达成 then scores its full
 *   points, 部分达成 / 未达成 score nothing. For a free-text actual the band is 0 – 分值.
 * - W009 (全年预算数 = 0 or absent) and W010 (执行率 < 90 %) are reported on the 配置 sheet;
 *   W010 is silenced when the profile's 实际完成情况 mentions 执行率 (that is where the
 *   explanation of the budget goes: 配置 has no 偏差原因 for the budget).
 * - Without any 分值 in the indicator sheet there are no indicator scores, no total and no grade
 *   (the budget score is still computed).
 */
export * from './rounding';
export * from './grades';
export * from './operators';
export * from './evaluate';
export * from './whole';
