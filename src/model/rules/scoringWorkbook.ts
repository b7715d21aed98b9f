/**
 * Scoring rules of the whole table (scoring.md): W003 W004 (its points, `pointsFindings`), W009 W010 (the budget,
 * `budgetFindings`). Kept apart from scoring.ts (one indicator's W006 W007 W011) so that functions.js, whose
 * INDICATORSCORE scores one indicator and meets none of these, does not bundle their texts (≤ 60 KB gzipped, issue 4).
 */
import type { AnyFinding } from './define';
import type { Metrics } from '../metrics';
import { fenToDecimal } from '../money';
import { BUDGET_PARAM, PROFILE_SHEET } from '../read/defaults';
import type { Indicator, Profile } from '../records';
import { BUDGET_POINTS, RATE_EXPLAIN_BELOW, type Grade } from '../scoring/grades';
import { roundHalfUp } from '../scoring/rounding';
import { sumDecimal } from '../aggregates';
import { CATEGORIES, CATEGORY_TEXT, type Level1Category } from '../selfeval/categories';
import { defineRule, msg, P, type CodeTable, type Where } from './define';
import { d } from './scoring';
import { rawValue, type Table } from '../read/table';
import { readPoints } from '../read/values';
import type { IndicatorKey } from '../read/columns';
import type { SelfEval } from '../selfeval/types';
import type { IndicatorNotes } from '../scoring/evaluate';

/** The grade of the total (scoring.md's bands): the form's word in zh-CN, its meaning in en-US (the table keeps 优). The
 * pane and the CLI say it; here, not in scoring.ts, whose texts functions.js carries (INDICATORSCORE's rules). */
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
    /** A 总分 typed at the foot of the indicator table (a 自评表 filled by hand) that is not the scores added up. */
    total: msg({
      title: { 'zh-CN': '总分与得分之和不符', 'en-US': 'Total is not the scores added up' },
      params: { typed: P.number, total: P.number },
      'zh-CN': (p) => `所填总分 ${d(p.typed)} 分，与预算执行得分和各指标得分之和 ${d(p.total)} 分不符，请核实。`,
      'en-US': (p) => `The total entered is ${d(p.typed)}, but the budget score and the indicator scores add up to ${d(p.total)}: check it.`,
    }),
    /** The same, where 执行率封顶 caps the total below the scores added up (the typed figure is often that sum). */
    capped: msg({
      title: { 'zh-CN': '总分与封顶后的总分不符', 'en-US': 'Total is not the capped total' },
      params: { typed: P.number, total: P.number, sum: P.number },
      'zh-CN': (p) => `所填总分 ${d(p.typed)} 分，与总分 ${d(p.total)} 分不符：预算执行得分和各指标得分之和为 ${d(p.sum)} 分，按执行率封顶为 ${d(p.total)} 分，请核实。`,
      'en-US': (p) => `The total entered is ${d(p.typed)}, but the total is ${d(p.total)}: the budget score and the indicator scores add up to ${d(p.sum)}, capped at ${d(p.total)} by the execution rate: check it.`,
    }),
  },
});

/** The foot row of a scored form (the 2018 form's 总分, 自评总分（含预算执行10分）): its first text. */
const TOTAL_ROW = /^(?:自评)?总分/;
/** A 总分 row that says it leaves the budget's score out (总分（不含预算执行）). */
const WITHOUT_BUDGET = /不含预算|不包括预算|除预算/;

/**
 * W003.total: the 得分 of a 总分 row typed at the foot of the indicator table (a 自评表 filled by hand; the reader
 * skips the row, S009) against the total scored — only where every score of it is known (a score left to the
 * officer would make any typed total look wrong).
 */
export function typedTotalFindings(table: Table<IndicatorKey>, scored: Pick<SelfEval, 'budget' | 'scores' | 'total'>, emit: (f: AnyFinding) => void): void {
  const col = table.columns.score?.col;
  const total = scored.total;
  if (col === undefined || total === undefined || scored.budget.score === undefined || scored.scores.some((s) => s.kind !== 'na' && s.score === undefined)) return;
  for (const k of table.skipped) {
    if (!TOTAL_ROW.test(k.label.replace(/\s+/g, '')) || !k.numbers.includes(col)) continue;
    const typed = readPoints(rawValue(table.sheet, k.row, col));
    if (typed.kind !== 'ok') continue;
    const at = { sheet: table.sheet.name, row: k.row, col };
    // 总分（不含预算执行）: the indicators' scores alone
    if (WITHOUT_BUDGET.test(k.label.replace(/\s+/g, ''))) {
      const against = roundHalfUp(sumDecimal(scored.scores.map((s) => s.score ?? 0)), 2);
      if (!sameTotal(typed.value, against)) emit(W003.finding.total(at, { typed: typed.value, total: against }));
      continue;
    }
    if (sameTotal(typed.value, total)) continue;
    // the total capped by 执行率封顶 (scoring/whole.ts) is not the sum: the message says both
    const sum = roundHalfUp(sumDecimal([scored.budget.score, ...scored.scores.map((s) => s.score ?? 0)]), 2);
    emit(sum > total ? W003.finding.capped(at, { typed: typed.value, total, sum }) : W003.finding.total(at, { typed: typed.value, total }));
  }
}

/**
 * A typed total is the total written to 2 decimals or rounded half-up to one (97.7 for 97.67, 100 for 99.95): not any
 * figure within 0.05 of it (97.72 or 97.62 for 97.67 is no rounding of it, and 99.9 for 99.95 rounds the wrong way).
 */
function sameTotal(typed: number, total: number): boolean {
  return Math.abs(typed - total) < 0.005 || Math.abs(typed - roundHalfUp(total, 1)) < 0.005;
}

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

export const W009 = defineRule({
  id: 'W009', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '预算数为 0', 'en-US': 'Budget is 0' },
  messages: {
    main: msg({
      /** No `budget`: 全年预算数 is empty. `sheet`, `field`: where it goes (配置's 全年预算数), given (and said) when it is empty. */
      params: { budget: P.optional(P.decimal), executed: P.decimal, unit: P.moneyUnit, sheet: P.optional(P.text), field: P.optional(P.text) },
      'zh-CN': (p) =>
        `全年预算数${p.budget === '' ? '为空' : `为 ${p.budget} ${p.unit}`}，无法计算预算执行率（执行数 ${d(p.executed)} ${p.unit}），执行率与得分显示为“—”。` +
        (p.sheet && p.field ? `请在“${p.sheet}”工作表的“${p.field}”一行填写金额。` : ''),
      'en-US': (p) =>
        `The full-year budget is ${p.budget === '' ? 'empty' : `${p.budget} ${p.unit}`}: no execution rate can be computed (executed ${d(p.executed)} ${p.unit}); rate and score show "—".` +
        (p.sheet && p.field ? ` Enter the amount on the row "${p.field}" of the profile sheet "${p.sheet}".` : ''),
    }),
    /** The workbook has no 配置 sheet at all: where 全年预算数 goes, with an example row. */
    noProfile: msg({
      params: { executed: P.decimal, unit: P.moneyUnit, sheet: P.text, field: P.text },
      'zh-CN': (p) =>
        `工作簿中没有“${p.sheet}”工作表，全年预算数为空，无法计算预算执行率（执行数 ${d(p.executed)} ${p.unit}），执行率与得分显示为“—”。` +
        `请新建名为“${p.sheet}”的工作表，在一行中写“${p.field}”及其金额（如“${p.field} | 1200”，单位与台账相同）。`,
      'en-US': (p) =>
        `The workbook has no profile sheet ("${p.sheet}"), so the full-year budget is empty: no execution rate can be computed (executed ${d(p.executed)} ${p.unit}); rate and score show "—". ` +
        `Add a sheet named "${p.sheet}" with a row "${p.field}" and the amount beside it (e.g. "${p.field} | 1200", in the ledger's unit).`,
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
 * A 得分 typed above what 按完成值与指标值的比例记分 gives a quantitative indicator: kept (an explicit 得分 overrides),
 * said, since the form then prints full marks for a target missed. (W007 is the qualitative score's band.)
 */
export const W012 = defineRule({
  id: 'W012', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '得分高于按完成比例计算的得分', 'en-US': 'Score above its share' },
  messages: {
    main: msg({
      params: { name: P.text, score: P.number, share: P.number, points: P.number, op: P.text, target: P.number, actual: P.number, unit: P.text },
      'zh-CN': (p) =>
        `指标“${d(p.name)}”实际完成值 ${d(p.actual)}${p.unit}，年度指标值 ${p.op}${d(p.target)}${p.unit}，按完成比例得 ${d(p.share)} 分（分值 ${d(p.points)}），所填得分 ${d(p.score)} 高于此，请核实。`,
      'en-US': (p) =>
        `Indicator "${d(p.name)}": actual ${d(p.actual)}${p.unit} against the target ${p.op}${d(p.target)}${p.unit} scores ${d(p.share)} of ${d(p.points)} by its share; the score entered, ${d(p.score)}, is higher: check it.`,
    }),
  },
});

/** The rules of this file. */
export const TABLE_SCORING_RULES = [W003, W004, W006, W009, W010, W012] as const;

/** W006 and W012, said where scoring/evaluate.ts decides them (IndicatorNotes). */
export function indicatorNotes(emit: (f: AnyFinding) => void): IndicatorNotes {
  return {
    deviation: (at, p) => emit(W006.finding.main(at, p)),
    above: (at, p) => emit(W012.finding.main(at, p)),
  };
}

/** W009 (no budget, so no rate), W010 (rate below 90 % and not explained in 实际完成情况). */
export function budgetFindings(profile: Profile, metrics: Metrics, at: Where, emit: (f: AnyFinding) => void): void {
  const rate = metrics.executionRate;
  const fmt = (fen: number): string => fenToDecimal(fen, profile.unit);
  if (rate === undefined) {
    // where the budget goes: 配置's 全年预算数 (a finding at no sheet: the workbook has no 配置, evaluate.ts profileCell)
    const where = { sheet: at.sheet || PROFILE_SHEET, field: BUDGET_PARAM };
    if (!at.sheet && metrics.budget === undefined) emit(W009.finding.noProfile(at, { executed: fmt(metrics.executed), unit: profile.unit, ...where }));
    else emit(W009.finding.main(at, { ...(metrics.budget === undefined ? where : { budget: fmt(metrics.budget) }), executed: fmt(metrics.executed), unit: profile.unit }));
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
