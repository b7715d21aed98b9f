/**
 * Scoring rules (scoring.md): W003 W004 W009 W010 are checked here (`budgetFindings`,
 * `pointsFindings`); W006 W007 W011 where an indicator is scored (scoring/evaluate.ts).
 */
import type { AnyFinding } from './define';
import type { Metrics } from '../metrics';
import { fenToDecimal } from '../money';
import type { Indicator, Profile } from '../records';
import { BUDGET_POINTS, QUAL_GRADES, RATE_EXPLAIN_BELOW, type Grade, type QualGrade } from '../scoring/grades';
import { roundHalfUp, sumDecimal } from '../scoring/rounding';
import { CATEGORIES, CATEGORY_TEXT, type Level1Category } from '../selfeval/categories';
import { defineRule, msg, P, type CodeTable, type Where } from './define';
import { slashList } from './vocab';

/** An empty value shows as `—` in these messages. */
const d = (s: string): string => (s === '' ? '—' : s);

const QUAL_GRADE_EN: Readonly<Record<QualGrade, string>> = {
  达成: 'target achieved',
  部分达成: 'target partly achieved, with some effect',
  未达成: 'target not achieved, with poor effect',
};
/** A qualitative grade: its official wording in zh-CN. */
const QUAL_GRADE_TEXT = Object.fromEntries(QUAL_GRADES.map((g) => [g.grade, { 'zh-CN': g.label, 'en-US': QUAL_GRADE_EN[g.grade] }])) as CodeTable<QualGrade>;

/** The grade of the total (scoring.md's bands): the form's word in zh-CN, its meaning in en-US (the table keeps 优). */
export const GRADE_TEXT: CodeTable<Grade> = {
  优: { 'zh-CN': '优', 'en-US': 'excellent' },
  良: { 'zh-CN': '良', 'en-US': 'good' },
  中: { 'zh-CN': '中', 'en-US': 'fair' },
  差: { 'zh-CN': '差', 'en-US': 'poor' },
};

export const W003 = defineRule({
  id: 'W003', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '分值合计不为 100', 'en-US': 'Points do not add up to 100' },
  messages: {
    main: msg({
      params: { points: P.number, budget: P.number, total: P.number },
      'zh-CN': (p) => `各指标分值合计 ${d(p.points)} 分，加预算执行 ${d(p.budget)} 分共 ${d(p.total)} 分，应为 100 分。`,
      'en-US': (p) => `The indicator points add up to ${d(p.points)}; with ${d(p.budget)} for the budget that is ${d(p.total)}, expected 100.`,
    }),
  },
});

export const W004 = defineRule({
  id: 'W004', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '一级指标分值不符', 'en-US': 'Level-1 points off default' },
  messages: {
    main: msg({
      params: { level1: P.code(CATEGORY_TEXT), points: P.number, expected: P.number },
      'zh-CN': (p) => `${d(p.level1)}分值合计 ${d(p.points)} 分，按财预〔2020〕10号原则上应为 ${d(p.expected)} 分（产出 50、效益 30、满意度 10）。`,
      'en-US': (p) =>
        `${d(p.level1)} carry ${d(p.points)} points; the Ministry of Finance notice Caiyu [2020] No. 10 sets ${d(p.expected)} as the default (outputs 50, outcomes 30, satisfaction 10).`,
    }),
  },
});

export const W006 = defineRule({
  id: 'W006', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '偏差较大未说明原因', 'en-US': 'Large deviation unexplained' },
  messages: {
    main: msg({
      /** `unit`: the indicator's own unit as written (人次, %). */
      params: { name: P.text, target: P.number, actual: P.number, unit: P.text, share: P.number },
      'zh-CN': (p) =>
        `指标“${d(p.name)}”实际完成值 ${d(p.actual)}${p.unit} 与年度指标值 ${d(p.target)}${p.unit} 偏离 ${d(p.share)}%（达到 30%），请填写偏差原因分析及改进措施。`,
      'en-US': (p) =>
        `Indicator "${d(p.name)}": actual ${d(p.actual)}${p.unit} deviates ${d(p.share)}% from the target ${d(p.target)}${p.unit} (30% or more); explain the deviation.`,
    }),
  },
});

/**
 * Whether a band's upper bound belongs to it (达成: up to the points) or to the band above (部分达成 6–8 of 10 stops
 * below 8): written as the comparison, since `6–8 分之间` left a score of 8 'outside 6–8' unexplained.
 */
const UPPER_BOUND: CodeTable<'included' | 'excluded'> = { included: { 'zh-CN': '≤', 'en-US': '≤' }, excluded: { 'zh-CN': '<', 'en-US': '<' } };

export const W007 = defineRule({
  id: 'W007', category: 'scoring', severity: 'error',
  title: { 'zh-CN': '定性指标得分问题', 'en-US': 'Qualitative score problem' },
  messages: {
    main: msg({
      /** Without `grade` (a free-text actual) the band is 0 – points. */
      params: { name: P.text, grade: P.optional(P.code(QUAL_GRADE_TEXT)), score: P.number, lower: P.number, upper: P.number, upperBound: P.code(UPPER_BOUND), points: P.number },
      'zh-CN': (p) =>
        p.grade
          ? `定性指标“${d(p.name)}”评为“${p.grade}”，得分 ${d(p.score)} 不在该档范围内（${d(p.lower)} ≤ 得分 ${p.upperBound} ${d(p.upper)}，分值 ${d(p.points)}），未采用。`
          : `指标“${d(p.name)}”得分 ${d(p.score)} 超出 0–${d(p.upper)} 分（分值 ${d(p.points)}），未采用。`,
      'en-US': (p) =>
        p.grade
          ? `Qualitative indicator "${d(p.name)}" graded "${p.grade}": score ${d(p.score)} is outside its band (${d(p.lower)} ≤ score ${p.upperBound} ${d(p.upper)}, points ${d(p.points)}); not used.`
          : `Indicator "${d(p.name)}": score ${d(p.score)} is outside 0–${d(p.upper)} (points ${d(p.points)}); not used.`,
    }),
    missing: msg({
      params: { name: P.text, grade: P.code(QUAL_GRADE_TEXT), lower: P.number, upper: P.number, upperBound: P.code(UPPER_BOUND), points: P.number },
      'zh-CN': (p) => `定性指标“${d(p.name)}”评为“${d(p.grade)}”，须填写得分（该档：${d(p.lower)} ≤ 得分 ${p.upperBound} ${d(p.upper)}，分值 ${d(p.points)}）。`,
      'en-US': (p) =>
        `Qualitative indicator "${d(p.name)}" graded "${d(p.grade)}" needs a score (its band: ${d(p.lower)} ≤ score ${p.upperBound} ${d(p.upper)}, points ${d(p.points)}).`,
    }),
  },
});

export const W009 = defineRule({
  id: 'W009', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '预算数为 0', 'en-US': 'Budget is 0' },
  messages: {
    main: msg({
      /** No `budget`: 全年预算数 is empty. */
      params: { budget: P.optional(P.decimal), executed: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) =>
        `全年预算数${p.budget === '' ? '为空' : `为 ${p.budget} ${p.unit}`}，无法计算预算执行率（执行数 ${d(p.executed)} ${p.unit}），执行率与得分显示为“—”。`,
      'en-US': (p) =>
        `The full-year budget is ${p.budget === '' ? 'empty' : `${p.budget} ${p.unit}`}: no execution rate can be computed (executed ${d(p.executed)} ${p.unit}); rate and score show "—".`,
    }),
  },
});

export const W010 = defineRule({
  id: 'W010', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '执行率偏低未说明', 'en-US': 'Low execution unexplained' },
  messages: {
    main: msg({
      /** `rate` in percent (`85.00`); `field`: the 配置 parameter where the explanation goes. */
      params: { rate: P.decimal, executed: P.decimal, budget: P.decimal, unit: P.moneyUnit, field: P.text },
      'zh-CN': (p) =>
        `预算执行率 ${d(p.rate)}%（执行 ${d(p.executed)} ${p.unit} / 预算 ${d(p.budget)} ${p.unit}）低于 90%，请在“${p.field}”中说明执行率偏低的原因。`,
      'en-US': (p) =>
        `Budget execution rate ${d(p.rate)}% (executed ${d(p.executed)} ${p.unit} of ${d(p.budget)} ${p.unit}) is below 90%; give the reason in the profile parameter "${p.field}".`,
    }),
  },
});

export const W011 = defineRule({
  id: 'W011', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '定性指标无法评级', 'en-US': 'Qualitative grade unreadable' },
  messages: {
    main: msg({
      /** `grades`: the words that name a grade, as the user writes them. */
      params: { name: P.text, actual: P.text, points: P.number, grades: slashList },
      'zh-CN': (p) =>
        `定性指标“${d(p.name)}”的实际完成值“${d(p.actual)}”不是可识别的评价档次（${p.grades}），且未填写得分，计 0 分（分值 ${d(p.points)}）。`,
      'en-US': (p) =>
        `Qualitative indicator "${d(p.name)}": the actual "${d(p.actual)}" names no grade (${p.grades}) and no score is given; it scores 0 (points ${d(p.points)}).`,
    }),
  },
});

export const SCORING_RULES = [W003, W004, W006, W007, W009, W010, W011] as const;

/** The words of the three grades (W011). */
export const GRADE_WORDS: ReadonlyArray<QualGrade> = QUAL_GRADES.map((g) => g.grade);

/** W009 (no budget, so no rate), W010 (rate below 90 % and not explained in 实际完成情况). */
export function budgetFindings(profile: Profile, metrics: Metrics, at: Where, emit: (f: AnyFinding) => void): void {
  const rate = metrics.executionRate;
  const fmt = (fen: number): string => fenToDecimal(fen, profile.unit);
  if (rate === undefined) {
    emit(W009.finding.main(at, { ...(metrics.budget === undefined ? {} : { budget: fmt(metrics.budget) }), executed: fmt(metrics.executed), unit: profile.unit }));
    return;
  }
  if (rate < RATE_EXPLAIN_BELOW && !/执行率/.test(profile.goalResult ?? ''))
    emit(W010.finding.main(at, {
      rate: roundHalfUp(rate * 100, 2).toFixed(2), budget: fmt(metrics.budget ?? 0), executed: fmt(metrics.executed), unit: profile.unit, field: '实际完成情况',
    }));
}

export interface PointsCheck {
  readonly sheet: string;
  /** Header row of the indicator sheet, and the columns of 分值 and 一级指标. */
  readonly headerRow: number;
  readonly pointsCol: number;
  readonly level1Col: number;
  /** Whether the level-1 points are held to the national defaults (W004): under a layout with points. */
  readonly level1Defaults: boolean;
  /** The category of an indicator's 一级指标, in any layout's wording. */
  readonly categoryOf: (ind: Indicator) => Level1Category | undefined;
}

/** W003 (points + 10 ≠ 100), W004 (a level-1 category off its default points). */
export function pointsFindings(indicators: ReadonlyArray<Indicator>, c: PointsCheck, emit: (f: AnyFinding) => void): void {
  const total = sumDecimal(indicators.map((i) => i.points ?? 0));
  if (roundHalfUp(total + BUDGET_POINTS, 6) !== 100)
    emit(W003.finding.main({ sheet: c.sheet, row: c.headerRow, col: c.pointsCol }, {
      points: roundHalfUp(total, 6), budget: BUDGET_POINTS, total: roundHalfUp(total + BUDGET_POINTS, 6),
    }));
  if (!c.level1Defaults) return;
  for (const cat of CATEGORIES) {
    const mine = indicators.filter((i) => c.categoryOf(i) === cat.key);
    const sum = roundHalfUp(sumDecimal(mine.map((i) => i.points ?? 0)), 6);
    if (sum === cat.points) continue;
    const at = mine.length ? { row: mine[0].row, col: c.level1Col } : { row: c.headerRow, col: c.pointsCol };
    emit(W004.finding.main({ sheet: c.sheet, ...at }, { level1: cat.key, points: sum, expected: cat.points }));
  }
}
