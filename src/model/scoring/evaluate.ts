/**
 * Scoring indicators, with their findings (W006 W007 W011): what INDICATORSCORE asks. The whole evaluation (budget,
 * points, total, grade, and the table's findings) is whole.ts's, which functions.js does not bundle (issue 4).
 */
import type { Indicator, Profile } from '../records';
import { INDICATOR_HEADERS } from '../read/columns';
import type { AnyFinding, Where } from '../rules/define';
import { W007, W011 } from '../rules/scoring';
import { categoryOf, type Level1Category } from '../selfeval/categories';
import { asksDirection, capBroken, capKept, QUAL_GRADES, qualitativeText, recogniseGrade, type QualGradeDef } from './grades';
import { isRankTarget, judgeDeadline, noneCounted, rangeOf } from '../read/targets';
import { inPercent } from '../read/indicators';
import { quantitativeScore, deviates, type QuantOp } from './operators';
import { roundHalfUp } from './rounding';

export type IndicatorKey = Exclude<keyof Indicator, 'row' | 'sheet'>;
export type IndicatorColumns = { readonly [K in IndicatorKey]?: number };

/** Column position of a field in the catalogue's canonical order (workbook.md). */
const canonicalCol = (key: (typeof INDICATOR_HEADERS)[number]['key']): number => INDICATOR_HEADERS.findIndex((d) => d.key === key);

/** Column positions in the canonical column order (used when the reader gives none). */
export const DEFAULT_INDICATOR_HEADERS: Readonly<Record<IndicatorKey, number>> = {
  ...(Object.fromEntries(INDICATOR_HEADERS.map((d, i) => [d.key, i])) as Record<(typeof INDICATOR_HEADERS)[number]['key'], number>),
  targetText: canonicalCol('target'),
  adjustedFrom: canonicalCol('target'),
  actualText: canonicalCol('actual'),
  parsed: canonicalCol('target'),
  opFrom: canonicalCol('target'),
  range: canonicalCol('target'),
  monitoredText: canonicalCol('monitored'),
  forecastText: canonicalCol('forecast'),
};

export interface IndicatorScore {
  readonly indicator: Indicator;
  /** The level-1 category its 一级指标 names (in any layout's wording); undefined when it names none. */
  readonly category?: Level1Category;
  /**
   * `quantitative`: a number against a number (a formula in the 2020 table); `qualitative`: a grade
   * (定性, a deadline judged against its date, several values); `na`: 不适用, not scored.
   */
  readonly kind: 'quantitative' | 'qualitative' | 'na';
  readonly op?: QuantOp;
  /** Numeric target and actual after unit normalisation (quantitative only). */
  readonly target?: number;
  readonly actual?: number;
  /** The actual as text when it came from 数据来源. */
  readonly actualFromSource?: boolean;
  readonly grade?: QualGradeDef;
  readonly points?: number;
  readonly score?: number;
  /** How the score came about: `rule` = computed from the numbers (a formula in the 2020 table). */
  readonly basis: 'rule' | 'explicit' | 'grade' | 'none';
  readonly penalty: number;
}

/**
 * What a table's evaluation says of a quantitative indicator beside its score (scoring/whole.ts gives
 * rules/scoringWorkbook.ts indicatorNotes: W006, W012). INDICATORSCORE scores one indicator and says neither, so their
 * texts stay out of functions.js (≤ 60 KB gzipped, issue 4); the decisions stay here.
 */
export interface IndicatorNotes {
  /** 偏差较大未说明原因: the actual 30 % or more from its target and no 偏差原因; `share` in percent. */
  deviation(at: Where, p: { name: string; target: number; actual: number; unit: string; share: number }): void;
  /** A typed 得分 above what the result's share gives (kept, as an explicit 得分 is). */
  above(at: Where, p: { name: string; score: number; share: number; points: number; op: string; target: number; actual: number; unit: string }): void;
}

export interface ScoringOptions {
  /** Name of the indicator sheet (for findings). */
  readonly indicatorSheet: string;
  /** Where W006 and W012 go; none (INDICATORSCORE): not said. */
  readonly notes?: IndicatorNotes;
  readonly columns?: IndicatorColumns;
  /** 0-based row of the indicator sheet's header (for sheet-level findings); default: above the first indicator. */
  readonly headerRow?: number;
  /**
   * Hold each level-1 category's points to the national defaults (W004): under a 分值方案 whose
   * form has points (the registry's `hasPoints`; buildSelfEval passes it). Default: no.
   */
  readonly holdLevel1Points?: boolean;
  /** Where budget findings point (配置); default 配置!A1. */
  readonly profileCell?: { readonly sheet: string; readonly row: number; readonly col: number };
  /** Checked as of a cut-off month: the year's budget findings (W009, W010) wait for the year's end; M001 speaks instead. */
  readonly midYear?: boolean;
  /** 执行率 (全年执行数, else the ledger's 本年拨付, over 全年预算数): what grades a target `不超过预算` (whole.ts passes it). */
  readonly executionRate?: number;
}

/** The figure of the ledger an indicator's 数据来源 names (autoMetric over the metrics: whole.ts), if any. */
export type SourcedActual = (ind: Indicator & { readonly source: string }) => number | undefined;

/** The numeric actual: as read, else from 数据来源. */
function resolveActual(ind: Indicator, sourced: SourcedActual | undefined): { value?: number; fromSource: boolean } {
  if (ind.actual !== undefined) return { value: ind.actual, fromSource: false };
  if (ind.actualText?.trim() || !ind.source || !sourced) return { fromSource: false };
  const value = sourced({ ...ind, source: ind.source });
  return value !== undefined ? { value, fromSource: true } : { fromSource: false };
}

function inBand(score: number, p: number, lowerTenths: number, upperTenths: number, upperInclusive: boolean): boolean {
  const s = roundHalfUp(score * 10, 9);
  const lo = roundHalfUp(lowerTenths * p, 9);
  const hi = roundHalfUp(upperTenths * p, 9);
  return s >= lo && (upperInclusive ? s <= hi : s < hi);
}

interface Ctx {
  readonly profile: Profile;
  readonly sourced?: SourcedActual;
  readonly hasPoints: boolean;
  readonly sheet: string;
  readonly cols: Readonly<Record<IndicatorKey, number>>;
  readonly emit: (f: AnyFinding) => void;
  readonly notes?: IndicatorNotes;
  /** The sheet has no 实际完成值 column: that is one S002 of the check, not a W011 per row. */
  readonly actualsMissing: boolean;
  readonly executionRate?: number;
}

/** Where a finding about a field of an indicator points. */
function cellOf(ctx: Ctx, ind: Indicator, key: IndicatorKey): Where {
  return { sheet: ind.sheet ?? ctx.sheet, row: ind.row, col: ctx.cols[key] };
}

/** How an indicator is scored, from what the target grammar read (read/targets.ts). */
export function scoringKind(ind: Indicator): IndicatorScore['kind'] {
  const t = ind.parsed;
  // 不适用 is not scored; an empty target is too, unless 指标性质 says how to score the row.
  if (t?.kind === 'na' && (!t.empty || ind.op === undefined)) return 'na';
  const k = t?.kind;
  // words that ask only a direction (不低于上年, 较上年增长): their actual's words grade them, whatever 指标性质 says
  if (k === 'deadline' || (k === 'multi' && !rangeOf(t)) || ind.op === '定性' || (k === 'text' && asksDirection(ind.targetText))) return 'qualitative';
  return ind.op !== undefined || ind.target !== undefined ? 'quantitative' : 'qualitative';
}

function scoreQuantitative(ctx: Ctx, ind: Indicator): IndicatorScore {
  const op: QuantOp = ind.op === '≤' || ind.op === '=' ? ind.op : '≥';
  const { value: rawActual, fromSource } = resolveActual(ind, ctx.sourced);
  const t = ind.target;
  const p = ind.points;
  const base = { indicator: ind, kind: 'quantitative' as const, op, points: p, actualFromSource: fromSource, penalty: 0 };
  if (t === undefined || rawActual === undefined) {
    const explicit = ctx.hasPoints && p !== undefined && ind.score !== undefined;
    return { ...base, target: t, actual: rawActual, score: explicit ? ind.score : undefined, basis: explicit ? 'explicit' : 'none' };
  }
  const a = inPercent(ind, rawActual);
  const name = ind.level3 ?? '';
  // inside a range target (both ends met) there is no deviation to explain, however far from its floor
  const inRange = ind.range !== undefined && ind.range.low <= a && a <= ind.range.high;
  // a rank met (5th against 前10名) is no deviation either: a place, not a quantity 50 % beyond; a rank missed still is
  const rankMet = op === '≤' && a <= t && isRankTarget(ind);
  if (!inRange && !rankMet && deviates(t, a) && !ind.deviation?.trim()) {
    ctx.notes?.deviation(cellOf(ctx, ind, 'actual'), {
      name, target: t, actual: a, unit: ind.unit ?? '', share: roundHalfUp((Math.abs(a - t) / Math.abs(t)) * 100, 1),
    });
  }
  if (!ctx.hasPoints || p === undefined) return { ...base, target: t, actual: a, basis: 'none' };
  if (ind.score !== undefined) {
    // kept, as an explicit 得分 is; above its share (the evaluator may mark down, 偏离度适度调减, never up) it is said —
    // by more than a 得分 rounded to one decimal (6.7 for 6.67) is above it
    const share = quantitativeScore(op, t, a, p, { ...ctx.profile, deviationPenalty: 0 }).score;
    if (ind.score > Math.max(share, roundHalfUp(share, 1)) + 1e-9) ctx.notes?.above(cellOf(ctx, ind, 'score'), { name, score: ind.score, share, points: p, op, target: t, actual: a, unit: ind.unit ?? '' });
    return { ...base, target: t, actual: a, score: ind.score, basis: 'explicit' };
  }
  // 偏离扣分 is for an actual 30% beyond its target: inside a range it is the target met, however far above its floor
  const { score, penalty } = quantitativeScore(op, t, a, p, inRange ? { ...ctx.profile, deviationPenalty: 0 } : ctx.profile);
  return { ...base, target: t, actual: a, score, basis: 'rule', penalty };
}

/**
 * The grade of a qualitative actual; a deadline's actual is judged against its date first (`2023年11月20日完成`, 按期).
 * An actual that restates its target (目标 `按期完成`, 实际 `按期完成`; `较上年有所提高` both) says the target was met:
 * 达成, as a reader of the table takes it. Else its words by the class rule (grades.ts gradeWords), weighed against the
 * target's (`有所提升` meets `有所提升` and is part of `显著提升`; `未发生` meets `无重大安全事故`).
 */
function gradeOfActual(ctx: Ctx, ind: Indicator, text: string | undefined): QualGradeDef | undefined {
  const t = ind.parsed;
  if (t?.kind === 'deadline') {
    const kept = judgeDeadline(t, text, ctx.profile.fiscalYear);
    if (kept !== undefined) return QUAL_GRADES.find((g) => g.grade === (kept ? '达成' : '未达成'));
  }
  // 不超过预算, 控制在预算范围内: the year's figures say it, where known (over the budget, W002 says so too) — unless the
  // officer's words say it was missed (超预算, 超支50万元, 未达成): the fund's rate within its budget says nothing of
  // this indicator's own, and a form never prints 超预算 beside full marks
  const rate = ctx.executionRate;
  if (rate !== undefined && ind.targetText?.includes('预算') && capKept(ind.targetText)) {
    const said = recogniseGrade(text, ind.targetText);
    if (said && said.grade !== '达成') return said;
    return QUAL_GRADES[rate <= 1 && !(text && capBroken(text)) ? 0 : 2];
  }
  // none of it asked in words (无重大安全事故, 安全生产事故为零), an actual that counts them: 0起 met, 发生1起 missed
  const counted = noneCounted(ind.targetText, text);
  if (counted !== undefined) return QUAL_GRADES[counted === 0 ? 0 : 2];
  const stated = text ? qualitativeText(text) : '';
  if (stated && ind.targetText && stated === qualitativeText(ind.targetText)) return QUAL_GRADES.find((g) => g.grade === '达成');
  return recogniseGrade(text, ind.targetText);
}

function scoreQualitative(ctx: Ctx, ind: Indicator): IndicatorScore {
  const text = ind.actualText ?? (ind.actual !== undefined ? String(ind.actual) : undefined);
  const grade = gradeOfActual(ctx, ind, text);
  const p = ind.points;
  const base = { indicator: ind, kind: 'qualitative' as const, grade, points: p, penalty: 0 };
  if (!ctx.hasPoints || p === undefined) return { ...base, basis: 'none' };
  const name = ind.level3 ?? '';
  const fmt = (tenths: number): number => roundHalfUp((tenths * p) / 10, 2);
  if (!grade) {
    if (ind.score === undefined && ctx.actualsMissing && text === undefined) return { ...base, basis: 'none' };
    if (ind.score === undefined) {
      ctx.emit(W011.finding.main(cellOf(ctx, ind, 'actual'), { name, actual: text ?? '', points: p }));
      return { ...base, basis: 'none' };
    }
    if (inBand(ind.score, p, 0, 10, true)) return { ...base, score: ind.score, basis: 'explicit' };
    ctx.emit(W007.finding.main(cellOf(ctx, ind, 'score'), { name, score: ind.score, lower: 0, upper: p, upperBound: 'included', points: p }));
    return { ...base, basis: 'none' };
  }
  if (ind.score !== undefined) {
    if (inBand(ind.score, p, grade.lowerTenths, grade.upperTenths, grade.upperInclusive)) {
      return { ...base, score: ind.score, basis: 'explicit' };
    }
    ctx.emit(W007.finding.main(cellOf(ctx, ind, 'score'), {
      name, grade: grade.grade, score: ind.score, lower: fmt(grade.lowerTenths), upper: fmt(grade.upperTenths), upperBound: grade.upperInclusive ? 'included' : 'excluded', points: p,
    }));
  } else if (grade.defaultTenths === undefined) {
    ctx.emit(W007.finding.missing(cellOf(ctx, ind, 'score'), {
      name, grade: grade.grade, lower: fmt(grade.lowerTenths), upper: fmt(grade.upperTenths), upperBound: grade.upperInclusive ? 'included' : 'excluded', points: p,
    }));
  }
  if (grade.defaultTenths === undefined) return { ...base, basis: 'none' };
  return { ...base, score: fmt(grade.defaultTenths), basis: 'grade' };
}

// ---------------------------------------------------------------------------------------------
/** Scores each indicator; its findings (W007 W011) go to `emit`, W006 and W012 to `options.notes`. */
export function scoreIndicators(
  profile: Profile,
  indicators: ReadonlyArray<Indicator>,
  /** The ledger's figure an indicator's 数据来源 names; none: an actual is only what is written. */
  sourced: SourcedActual | undefined,
  options: ScoringOptions,
  emit: (f: AnyFinding) => void,
): { readonly scored: IndicatorScore[]; readonly hasPoints: boolean; readonly cols: Record<IndicatorKey, number> } {
  const hasPoints = indicators.some((i) => i.points !== undefined);
  const ctx: Ctx = {
    profile, sourced, hasPoints, sheet: options.indicatorSheet, emit, notes: options.notes,
    cols: { ...DEFAULT_INDICATOR_HEADERS, ...options.columns } as Record<IndicatorKey, number>,
    actualsMissing: options.columns !== undefined && options.columns.actual === undefined,
    executionRate: options.midYear ? undefined : options.executionRate,
  };
  const scored = indicators.map((ind) => {
    const kind = scoringKind(ind);
    const s: IndicatorScore =
      kind === 'quantitative' ? scoreQuantitative(ctx, ind)
      : kind === 'qualitative' ? scoreQualitative(ctx, ind)
      : { indicator: ind, kind: 'na', points: ind.points, basis: 'none', penalty: 0 };
    const category = categoryOf(ind.level1);
    return category ? { ...s, category } : s;
  });
  return { scored, hasPoints, cols: ctx.cols };
}
