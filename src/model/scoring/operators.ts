/** The per-operator rules of quantitative indicators (≥ ≤ =), 偏离扣分, 执行率封顶 and the budget score; mirrored by selfeval/formulas.ts. */
import type { Profile } from '../records';
import { BUDGET_POINTS, DEVIATION_SHARE, EQUAL_TOLERANCE, PENALTY_FACTOR } from './grades';
import { roundHalfUp, sig15 } from './rounding';

export type QuantOp = '≥' | '≤' | '=';
export type InverseMethod = Profile['inverseMethod'];

type OpRule = (t: number, a: number, p: number, inverse: InverseMethod) => number;

/** A partial score: never below 0, never above the points (a negative target would otherwise exceed them). */
const clampScore = (x: number, p: number): number => Math.max(0, roundHalfUp(Math.min(x, p), 2));

/**
 * A negative target (增长-5%: a fall of at most 5; ≤ -10: a fall of at least 10) missed scores less the further it is
 * missed, as a positive one does: the shortfall over |t| (zero at twice the target's distance), or a / t for 比值 —
 * p × a / t and p × t / a read a miss of a negative target as more than met.
 */
const INVERSE_RULES: Readonly<Record<InverseMethod, (t: number, a: number, p: number) => number>> = {
  线性: (t, a, p) => clampScore(p * Math.max(0, 1 - (a - t) / Math.abs(t)), p),
  比值: (t, a, p) => (a === 0 ? 0 : clampScore(t < 0 ? (p * a) / t : (p * t) / a, p)), // a = 0 > t only when t < 0: nothing to divide by
};

export const OP_RULES: Readonly<Record<QuantOp, OpRule>> = {
  '≥': (t, a, p) => (a >= t ? roundHalfUp(p, 2) : t === 0 ? 0 : clampScore(t < 0 ? p * (2 - a / t) : (p * a) / t, p)),
  '≤': (t, a, p, inverse) => (a <= t ? roundHalfUp(p, 2) : t === 0 ? 0 : INVERSE_RULES[inverse](t, a, p)),
  '=': (t, a, p) => {
    if (t === 0) return a === 0 ? roundHalfUp(p, 2) : 0;
    if (Math.abs(a - t) <= Math.abs(t) * EQUAL_TOLERANCE) return roundHalfUp(p, 2);
    const hi = Math.max(a, t);
    return hi <= 0 ? 0 : clampScore((p * Math.min(a, t)) / hi, p);
  },
};

/** Whether 偏离扣分 applies to an indicator. */
export function penaltyApplies(t: number, a: number): boolean {
  return t > 0 && sig15(a) >= sig15(PENALTY_FACTOR * t);
}

/** Whether the actual deviates from the target by 30 % or more, either way (W006). */
export function deviates(t: number, a: number): boolean {
  return t !== 0 && sig15(Math.abs(a - t)) >= sig15(DEVIATION_SHARE * Math.abs(t));
}

/** The score of a quantitative indicator, with 偏离扣分 when the profile sets it. */
export function quantitativeScore(
  op: QuantOp, t: number, a: number, p: number,
  options: { inverseMethod: InverseMethod; deviationPenalty?: number },
): { score: number; penalty: number } {
  const base = OP_RULES[op](t, a, p, options.inverseMethod);
  const d = options.deviationPenalty ?? 0;
  if (d > 0 && penaltyApplies(t, a)) return { score: roundHalfUp(Math.max(0, base - d), 2), penalty: d };
  return { score: base, penalty: 0 };
}

/** Budget score = min(rate, 1) × 10, rounded; undefined with no rate. */
export function budgetScore(rate: number | undefined): number | undefined {
  return rate === undefined ? undefined : roundHalfUp(Math.max(0, Math.min(rate, 1)) * BUDGET_POINTS, 2);
}
