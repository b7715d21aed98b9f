/**
 * The whole evaluation: the budget and every indicator scored, the total capped and graded, with the scoring findings
 * (the table's W003 W004 W009 W010 here, each indicator's in evaluate.ts, W006 and W012 through indicatorNotes).
 */
import type { Finding } from '../findings';
import { minOf } from '../aggregates';
import { autoMetric, type Metrics } from '../metrics';
import type { Indicator, Profile } from '../records';
import type { AnyFinding } from '../rules/define';
import { budgetFindings, indicatorNotes, pointsFindings } from '../rules/scoringWorkbook';
import { categoryOf } from '../selfeval/categories';
import { scoreIndicators, type IndicatorScore, type ScoringOptions } from './evaluate';
import { gradeOf, type Grade } from './grades';
import { budgetScore } from './operators';
import { roundHalfUp } from './rounding';
import { sumDecimal } from '../aggregates';

/** 执行率封顶: the cap of the band the rate falls in (lower inclusive, upper exclusive). */
export function rateCap(rate: number | undefined, caps: Profile['rateCaps']): number | undefined {
  if (rate === undefined) return undefined;
  return minOf(caps.filter((c) => rate >= c.lower && rate < c.upper).map((c) => c.cap));
}

export interface Evaluation {
  readonly budget: { readonly rate?: number; readonly score?: number };
  readonly indicators: ReadonlyArray<IndicatorScore>;
  /** Whether the indicator sheet has 分值 (scores, total and grade exist only then). */
  readonly hasPoints: boolean;
  /** The sum before the cap, and the cap that applied (执行率封顶). */
  readonly sum?: number;
  readonly cap?: number;
  readonly total?: number;
  readonly grade?: Grade;
  readonly findings: ReadonlyArray<Finding>;
}

/** Scores budget and indicators, totals, grades, and reports the scoring findings. */
export function evaluate(
  profile: Profile,
  indicators: ReadonlyArray<Indicator>,
  metrics: Metrics,
  options: ScoringOptions,
): Evaluation {
  const findings: Finding[] = [];
  const emit = (f: AnyFinding): void => void findings.push(f as Finding);
  const rate = metrics.executionRate;
  const budget = { rate, score: budgetScore(rate) };
  if (!options.midYear) budgetFindings(profile, metrics, options.profileCell ?? { sheet: '配置', row: 0, col: 0 }, emit);
  const sourced = (ind: Indicator & { readonly source: string }): number | undefined => {
    const m = autoMetric(ind.source, metrics, ind.unit);
    return m.ok ? m.value : undefined;
  };
  const { scored, hasPoints, cols } = scoreIndicators(profile, indicators, sourced, { ...options, executionRate: rate, notes: indicatorNotes(emit) }, emit);
  if (!hasPoints) return { budget, indicators: scored, hasPoints, findings };

  const headerRow = options.headerRow ?? Math.max(0, (minOf(indicators.map((i) => i.row)) ?? 1) - 1);
  pointsFindings(indicators, {
    sheet: options.indicatorSheet, headerRow, pointsCol: cols.points, level1Col: cols.level1,
    level1Defaults: options.holdLevel1Points ?? false,
    categoryOf: (ind) => categoryOf(ind.level1),
  }, emit);
  const sum = sumDecimal([budget.score ?? 0, ...scored.map((s) => s.score ?? 0)]);
  const cap = rateCap(rate, profile.rateCaps);
  const total = roundHalfUp(cap !== undefined ? Math.min(sum, cap) : sum, 2);
  return { budget, indicators: scored, hasPoints, sum, cap: cap !== undefined && cap < sum ? cap : undefined, total, grade: gradeOf(total), findings };
}
