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
import type { Finding } from './findings';
import { fenToDecimal } from './money';
import { autoMetric, type Metrics } from './metrics';
import type { Indicator, Profile } from './records';
import { INDICATOR_COLUMNS } from './read/columns';
import { minOf } from './arrays';

// ---------------------------------------------------------------------------------------------
// Rounding and exact sums

/** Decimal half-up (away from zero) at `places` decimals, after taking `x` to 15 significant digits. */
export function roundHalfUp(x: number, places = 2): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const [mant, expText] = Math.abs(x).toPrecision(15).split('e');
  const [intPart, fracPart = ''] = mant.split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + (expText ? Number(expText) : 0);
  const keep = point + places;
  if (keep < 0) return 0;
  if (keep >= digits.length) return x;
  let n = Number(digits.slice(0, keep) || '0');
  if (digits.charCodeAt(keep) - 48 >= 5) n += 1;
  const r = Number(`${n}e-${places}`);
  return x < 0 && r !== 0 ? -r : r;
}

const SUM_SCALE = 1e9;

/** Σ of decimal values without float drift (each taken to 9 decimals). */
export function sumDecimal(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += Math.round(v * SUM_SCALE);
  return s / SUM_SCALE;
}

// ---------------------------------------------------------------------------------------------
// Tables

export type Grade = '优' | '良' | '中' | '差';

/** Grade bands of the total (lower bound inclusive), best first. */
export const GRADE_BANDS: ReadonlyArray<{ readonly grade: Grade; readonly min: number }> = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: -Infinity },
];

/** The grade of a total as shown (rounded half-up to 2 decimals first). */
export function gradeOf(total: number): Grade {
  const shown = roundHalfUp(total, 2);
  return (GRADE_BANDS.find((b) => shown >= b.min) ?? GRADE_BANDS[GRADE_BANDS.length - 1]).grade;
}

export type QualGrade = '达成' | '部分达成' | '未达成';

export interface QualGradeDef {
  readonly grade: QualGrade;
  /** The official wording. */
  readonly label: string;
  readonly phrases: ReadonlyArray<string>;
  /** Band of the score in tenths of the points: [lower, upper) or [lower, upper] when upperInclusive. */
  readonly lowerTenths: number;
  readonly upperTenths: number;
  readonly upperInclusive: boolean;
  /** Score without an explicit 得分, in tenths of the points; undefined = none (W007). */
  readonly defaultTenths?: number;
}

export const QUAL_GRADES: ReadonlyArray<QualGradeDef> = [
  {
    grade: '达成', label: '达成年度指标',
    phrases: ['达成年度指标', '达成', '已达成', '完成', '全部完成', '已完成'],
    lowerTenths: 8, upperTenths: 10, upperInclusive: true, defaultTenths: 10,
  },
  {
    grade: '部分达成', label: '部分达成年度指标并具有一定效果',
    phrases: ['部分达成年度指标并具有一定效果', '部分达成年度指标', '部分达成', '基本达成', '基本完成'],
    lowerTenths: 6, upperTenths: 8, upperInclusive: false,
  },
  {
    grade: '未达成', label: '未达成年度指标且效果较差',
    phrases: ['未达成年度指标且效果较差', '未达成年度指标', '未达成', '未完成'],
    lowerTenths: 0, upperTenths: 6, upperInclusive: false,
  },
];

const GRADE_PHRASES = QUAL_GRADES.flatMap((d) => d.phrases.map((p) => ({ phrase: p, def: d }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);
const AFTER_PHRASE = /^[，,。.；;：:（(、！!\s]/;

/**
 * The grade an actual names: the whole text is a grade phrase, or starts with one followed by
 * punctuation (`已达成。……`). `完成500人次以上` names none: a grade is never guessed from a word.
 */
export function recogniseGrade(text: string | undefined): QualGradeDef | undefined {
  if (!text) return undefined;
  let t = text.replace(/[\s\u3000]+/g, '');
  // Trailing punctuation off (a loop: `/[。.；;！!]+$/` backtracks quadratically on long runs).
  let end = t.length;
  while (end > 0 && '。.；;！!'.includes(t[end - 1])) end--;
  t = t.slice(0, end);
  for (const { phrase, def } of GRADE_PHRASES) {
    if (t === phrase) return def;
    if (t.startsWith(phrase) && AFTER_PHRASE.test(t.slice(phrase.length))) return def;
  }
  return undefined;
}

/** Level-1 categories: the 2020 name, the 2018 name and the 2020 default points. */
export const LEVEL1: ReadonlyArray<{ readonly name2020: string; readonly name2018: string; readonly points: number }> = [
  { name2020: '产出指标', name2018: '项目完成指标', points: 50 },
  { name2020: '效益指标', name2018: '项目效果指标', points: 30 },
  { name2020: '满意度指标', name2018: '满意度指标', points: 10 },
];

/** A level-1 name in the given scheme's wording (`项目完成指标` → `产出指标` for 2020); unknown names as written. */
export function level1Name(name: string | undefined, scheme: '2018' | '2020'): string | undefined {
  if (name === undefined) return undefined;
  const n = name.replace(/[\s\u3000]+/g, '');
  const withSuffix = n.endsWith('指标') ? n : `${n}指标`;
  const hit = LEVEL1.find((l) => l.name2020 === withSuffix || l.name2018 === withSuffix);
  if (!hit) return n;
  return scheme === '2020' ? hit.name2020 : hit.name2018;
}

/** Budget execution counts 10 of 100 points. */
export const BUDGET_POINTS = 10;
/** The share of the target beyond which a deviation needs an explanation (W006) or is marked down. */
export const DEVIATION_SHARE = 0.3;
/** The over-achievement factor of 偏离扣分. */
export const PENALTY_FACTOR = 1.3;
/** `=` indicators: full marks within this share of the target. */
export const EQUAL_TOLERANCE = 0.005;
/** Below this execution rate the budget needs an explanation (W010). */
export const RATE_EXPLAIN_BELOW = 0.9;

// ---------------------------------------------------------------------------------------------
// Quantitative rules (mirrored by selfeval/formulas.ts)

export type QuantOp = '≥' | '≤' | '=';
export type InverseMethod = Profile['inverseMethod'];

type OpRule = (t: number, a: number, p: number, inverse: InverseMethod) => number;

/** A partial score: never below 0, never above the points (a negative target would otherwise exceed them). */
const clampScore = (x: number, p: number): number => Math.max(0, roundHalfUp(Math.min(x, p), 2));

const INVERSE_RULES: Readonly<Record<InverseMethod, (t: number, a: number, p: number) => number>> = {
  线性: (t, a, p) => clampScore(p * Math.max(0, 1 - (a - t) / t), p),
  比值: (t, a, p) => (a === 0 ? 0 : clampScore((p * t) / a, p)), // a = 0 > t only when t < 0: nothing to divide by
};

export const OP_RULES: Readonly<Record<QuantOp, OpRule>> = {
  '≥': (t, a, p) => (a >= t ? roundHalfUp(p, 2) : t === 0 ? 0 : clampScore((p * a) / t, p)),
  '≤': (t, a, p, inverse) => (a <= t ? roundHalfUp(p, 2) : t === 0 ? 0 : INVERSE_RULES[inverse](t, a, p)),
  '=': (t, a, p) => {
    if (t === 0) return a === 0 ? roundHalfUp(p, 2) : 0;
    if (Math.abs(a - t) <= Math.abs(t) * EQUAL_TOLERANCE) return roundHalfUp(p, 2);
    const hi = Math.max(a, t);
    return hi <= 0 ? 0 : clampScore((p * Math.min(a, t)) / hi, p);
  },
};

/**
 * `x` to 15 significant digits, as Excel compares numbers: 1.3 × 3 is 3.9000000000000004 in
 * binary, and 3.9 must count as 130 % of 3 here as it does in the table's formulas.
 */
const sig15 = (x: number): number => Number(x.toPrecision(15));

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

/** 执行率封顶: the cap of the band the rate falls in (lower inclusive, upper exclusive). */
export function rateCap(rate: number | undefined, caps: Profile['rateCaps']): number | undefined {
  if (rate === undefined) return undefined;
  return minOf(caps.filter((c) => rate >= c.lower && rate < c.upper).map((c) => c.cap));
}

/** Budget score = min(rate, 1) × 10, rounded; undefined with no rate. */
export function budgetScore(rate: number | undefined): number | undefined {
  return rate === undefined ? undefined : roundHalfUp(Math.max(0, Math.min(rate, 1)) * BUDGET_POINTS, 2);
}

// ---------------------------------------------------------------------------------------------
// Scoring one indicator

export type IndicatorKey = Exclude<keyof Indicator, 'row'>;
export type IndicatorColumns = { readonly [K in IndicatorKey]?: number };

/** Column position of a field in the catalogue's canonical order (workbook.md). */
const canonicalCol = (key: (typeof INDICATOR_COLUMNS)[number]['key']): number => INDICATOR_COLUMNS.findIndex((d) => d.key === key);

/** Column positions in the canonical column order (used when the reader gives none). */
export const DEFAULT_INDICATOR_COLUMNS: Readonly<Record<IndicatorKey, number>> = {
  ...(Object.fromEntries(INDICATOR_COLUMNS.map((d, i) => [d.key, i])) as Record<(typeof INDICATOR_COLUMNS)[number]['key'], number>),
  targetText: canonicalCol('target'),
  actualText: canonicalCol('actual'),
};

export interface IndicatorScore {
  readonly indicator: Indicator;
  readonly kind: 'quantitative' | 'qualitative';
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

export interface ScoringOptions {
  /** Name of the indicator sheet (for findings). */
  readonly indicatorSheet: string;
  readonly columns?: IndicatorColumns;
  /** 0-based row of the indicator sheet's header (for sheet-level findings); default: above the first indicator. */
  readonly headerRow?: number;
  /** Where budget findings point (配置); default 配置!A1. */
  readonly profileCell?: { readonly sheet: string; readonly row: number; readonly col: number };
}

function isPercent(ind: Indicator): boolean {
  return (ind.unit ?? '').trim() === '%' || (ind.unit === undefined && /[%％]/.test(ind.targetText ?? ''));
}

/** The numeric actual: as read, else from 数据来源. */
function resolveActual(ind: Indicator, metrics: Metrics | undefined): { value?: number; fromSource: boolean } {
  if (ind.actual !== undefined) return { value: ind.actual, fromSource: false };
  if (ind.actualText?.trim() || !ind.source || !metrics) return { fromSource: false };
  const m = autoMetric(ind.source, metrics);
  return m.ok ? { value: m.value, fromSource: true } : { fromSource: false };
}

function normaliseActual(ind: Indicator, t: number, a: number): number {
  return isPercent(ind) && t > 1 && a >= 0 && a <= 1 ? roundHalfUp(a * 100, 9) : a;
}

function inBand(score: number, p: number, lowerTenths: number, upperTenths: number, upperInclusive: boolean): boolean {
  const s = roundHalfUp(score * 10, 9);
  const lo = roundHalfUp(lowerTenths * p, 9);
  const hi = roundHalfUp(upperTenths * p, 9);
  return s >= lo && (upperInclusive ? s <= hi : s < hi);
}

interface Ctx {
  readonly profile: Profile;
  readonly metrics?: Metrics;
  readonly hasPoints: boolean;
  readonly sheet: string;
  readonly cols: Readonly<Record<IndicatorKey, number>>;
  readonly findings: Finding[];
}

function indicatorFinding(ctx: Ctx, ind: Indicator, rule: Finding['rule'], severity: Finding['severity'], key: IndicatorKey,
  params: Finding['params'], variant?: string): void {
  ctx.findings.push({ rule, severity, sheet: ctx.sheet, row: ind.row, col: ctx.cols[key], params, ...(variant ? { variant } : {}) });
}

function isQuantitative(ind: Indicator): boolean {
  if (ind.op === '定性') return false;
  return ind.op !== undefined || ind.target !== undefined;
}

function scoreQuantitative(ctx: Ctx, ind: Indicator): IndicatorScore {
  const op: QuantOp = ind.op === '≤' || ind.op === '=' ? ind.op : '≥';
  const { value: rawActual, fromSource } = resolveActual(ind, ctx.metrics);
  const t = ind.target;
  const p = ind.points;
  const base = { indicator: ind, kind: 'quantitative' as const, op, points: p, actualFromSource: fromSource, penalty: 0 };
  if (t === undefined || rawActual === undefined) {
    const explicit = ctx.hasPoints && p !== undefined && ind.score !== undefined;
    return { ...base, target: t, actual: rawActual, score: explicit ? ind.score : undefined, basis: explicit ? 'explicit' : 'none' };
  }
  const a = normaliseActual(ind, t, rawActual);
  const name = ind.level3 ?? '';
  if (deviates(t, a) && !ind.deviation?.trim()) {
    indicatorFinding(ctx, ind, 'W006', 'warning', 'actual', {
      name, target: t, actual: a, unit: ind.unit ?? '', share: roundHalfUp((Math.abs(a - t) / Math.abs(t)) * 100, 1),
    });
  }
  if (!ctx.hasPoints || p === undefined) return { ...base, target: t, actual: a, basis: 'none' };
  if (ind.score !== undefined) return { ...base, target: t, actual: a, score: ind.score, basis: 'explicit' };
  const { score, penalty } = quantitativeScore(op, t, a, p, ctx.profile);
  return { ...base, target: t, actual: a, score, basis: 'rule', penalty };
}

function scoreQualitative(ctx: Ctx, ind: Indicator): IndicatorScore {
  const text = ind.actualText ?? (ind.actual !== undefined ? String(ind.actual) : undefined);
  const grade = recogniseGrade(text);
  const p = ind.points;
  const base = { indicator: ind, kind: 'qualitative' as const, grade, points: p, penalty: 0 };
  if (!ctx.hasPoints || p === undefined) return { ...base, basis: 'none' };
  const name = ind.level3 ?? '';
  const fmt = (tenths: number): number => roundHalfUp((tenths * p) / 10, 2);
  if (!grade) {
    if (ind.score === undefined) {
      indicatorFinding(ctx, ind, 'W011', 'warning', 'actual', { name, actual: text ?? '', points: p });
      return { ...base, basis: 'none' };
    }
    if (inBand(ind.score, p, 0, 10, true)) return { ...base, score: ind.score, basis: 'explicit' };
    indicatorFinding(ctx, ind, 'W007', 'error', 'score', { name, grade: '', score: ind.score, lower: 0, upper: p, points: p });
    return { ...base, basis: 'none' };
  }
  if (ind.score !== undefined) {
    if (inBand(ind.score, p, grade.lowerTenths, grade.upperTenths, grade.upperInclusive)) {
      return { ...base, score: ind.score, basis: 'explicit' };
    }
    indicatorFinding(ctx, ind, 'W007', 'error', 'score', {
      name, grade: grade.label, score: ind.score, lower: fmt(grade.lowerTenths), upper: fmt(grade.upperTenths), points: p,
    });
  } else if (grade.defaultTenths === undefined) {
    indicatorFinding(ctx, ind, 'W007', 'error', 'score', {
      name, grade: grade.label, lower: fmt(grade.lowerTenths), upper: fmt(grade.upperTenths), points: p,
    }, 'missing');
  }
  if (grade.defaultTenths === undefined) return { ...base, basis: 'none' };
  return { ...base, score: fmt(grade.defaultTenths), basis: 'grade' };
}

// ---------------------------------------------------------------------------------------------
// The whole evaluation

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

function budgetFindings(profile: Profile, metrics: Metrics, options: ScoringOptions, out: Finding[]): void {
  const at = options.profileCell ?? { sheet: '配置', row: 0, col: 0 };
  const rate = metrics.executionRate;
  if (rate === undefined) {
    out.push({ rule: 'W009', severity: 'warning', ...at, params: { budget: metrics.budget === undefined ? '' : fenToDecimal(metrics.budget, profile.unit), executed: fenToDecimal(metrics.executed, profile.unit), unit: profile.unit } });
    return;
  }
  if (rate < RATE_EXPLAIN_BELOW && !/执行率/.test(profile.goalResult ?? '')) {
    out.push({
      rule: 'W010', severity: 'warning', ...at,
      params: { rate: `${roundHalfUp(rate * 100, 2).toFixed(2)}%`, budget: fenToDecimal(metrics.budget ?? 0, profile.unit), executed: fenToDecimal(metrics.executed, profile.unit), unit: profile.unit },
    });
  }
}

function pointsFindings(ctx: Ctx, indicators: ReadonlyArray<Indicator>, headerRow: number): void {
  const total = sumDecimal(indicators.map((i) => i.points ?? 0));
  if (roundHalfUp(total + BUDGET_POINTS, 6) !== 100) {
    ctx.findings.push({ rule: 'W003', severity: 'warning', sheet: ctx.sheet, row: headerRow, col: ctx.cols.points,
      params: { points: roundHalfUp(total, 6), budget: BUDGET_POINTS, total: roundHalfUp(total + BUDGET_POINTS, 6) } });
  }
  if (ctx.profile.scheme !== '2020') return;
  for (const l of LEVEL1) {
    const mine = indicators.filter((i) => level1Name(i.level1, '2020') === l.name2020);
    const sum = roundHalfUp(sumDecimal(mine.map((i) => i.points ?? 0)), 6);
    if (sum === l.points) continue;
    const row = mine.length ? mine[0].row : headerRow;
    ctx.findings.push({ rule: 'W004', severity: 'warning', sheet: ctx.sheet, row, col: ctx.cols[mine.length ? 'level1' : 'points'],
      params: { level1: l.name2020, points: sum, expected: l.points } });
  }
}

/** Scores budget and indicators, totals, grades, and reports the scoring findings. */
export function evaluate(
  profile: Profile,
  indicators: ReadonlyArray<Indicator>,
  metrics: Metrics,
  options: ScoringOptions,
): Evaluation {
  const findings: Finding[] = [];
  const hasPoints = indicators.some((i) => i.points !== undefined);
  const ctx: Ctx = {
    profile, metrics, hasPoints, sheet: options.indicatorSheet, findings,
    cols: { ...DEFAULT_INDICATOR_COLUMNS, ...options.columns } as Record<IndicatorKey, number>,
  };
  const rate = metrics.executionRate;
  const budget = { rate, score: budgetScore(rate) };
  budgetFindings(profile, metrics, options, findings);
  const scored = indicators.map((ind) => (isQuantitative(ind) ? scoreQuantitative(ctx, ind) : scoreQualitative(ctx, ind)));
  if (!hasPoints) return { budget, indicators: scored, hasPoints, findings };

  const headerRow = options.headerRow ?? Math.max(0, (minOf(indicators.map((i) => i.row)) ?? 1) - 1);
  pointsFindings(ctx, indicators, headerRow);
  const sum = sumDecimal([budget.score ?? 0, ...scored.map((s) => s.score ?? 0)]);
  const cap = rateCap(rate, profile.rateCaps);
  const total = roundHalfUp(cap !== undefined ? Math.min(sum, cap) : sum, 2);
  return { budget, indicators: scored, hasPoints, sum, cap: cap !== undefined && cap < sum ? cap : undefined, total, grade: gradeOf(total), findings };
}
