/** Workbook-level rules: budget against the ledger (W001, W002), indicator sheet sanity (W005, W008). */
import type { Finding } from '../findings';
import { fenToDecimal, type Fen } from '../money';
import type { IndicatorsRead } from '../read/indicators';
import { convertUnit, measuresChange, parseTarget, rangeOf } from '../read/targets';
import { formatNumber } from '../read/targetText';
import type { ProfileRead } from '../read/profile';
import { AUTO_METRIC_NAMES } from '../metrics';
import { asksDirection, recogniseGrade, type QualGrade } from '../scoring/grades';
import { defineRule, msg, P, type CodeTable } from './define';

export const W001 = defineRule({
  id: 'W001', category: 'budget', severity: 'error',
  title: { 'zh-CN': '执行数与台账不符', 'en-US': 'Executed ≠ ledger' },
  messages: {
    main: msg({
      params: { sum: P.decimal, executed: P.decimal, diff: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `台账本年拨付合计 ${p.sum} ${p.unit} 与“配置”中的全年执行数 ${p.executed} ${p.unit} 不符（相差 ${p.diff} ${p.unit}）。`,
      'en-US': (p) => `The ledger's disbursements this year sum to ${p.sum} ${p.unit}, but the profile's executed amount is ${p.executed} ${p.unit} (difference ${p.diff} ${p.unit}).`,
    }),
  },
});

export const W002 = defineRule({
  id: 'W002', category: 'budget', severity: 'warning',
  title: { 'zh-CN': '执行数超过预算数', 'en-US': 'Executed over budget' },
  messages: {
    main: msg({
      params: { executed: P.decimal, budget: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `全年执行数 ${p.executed} ${p.unit} 超过全年预算数 ${p.budget} ${p.unit}。`,
      'en-US': (p) => `Executed ${p.executed} ${p.unit} exceeds the budget of ${p.budget} ${p.unit}.`,
    }),
  },
});

/**
 * A grade in the words of W005.grade: as the user writes it in zh-CN, its meaning in en-US. `appraisal`: words that say
 * how well it went (良好, 较好, 有效提升), which say neither that the target was achieved nor by how much.
 */
const GRADE_WORD: CodeTable<QualGrade | 'appraisal' | 'satisfaction' | 'change'> = {
  达成: { 'zh-CN': '达成', 'en-US': 'the target was achieved' },
  部分达成: { 'zh-CN': '部分达成', 'en-US': 'the target was partly achieved' },
  未达成: { 'zh-CN': '未达成', 'en-US': 'the target was not achieved' },
  appraisal: { 'zh-CN': '完成效果', 'en-US': 'how well it went' },
  satisfaction: { 'zh-CN': '满意程度', 'en-US': 'how satisfied people were' },
  // a change (较上年增长8%) against a target of a level (满意度 ≥90%): how much it changed is not the level reached (targets41)
  change: { 'zh-CN': '增减变化', 'en-US': 'how much it changed' },
};

export const W005 = defineRule({
  id: 'W005', category: 'indicators', severity: 'error',
  title: { 'zh-CN': '指标值缺失或非数字', 'en-US': 'Target or actual missing' },
  messages: {
    noTarget: msg({
      params: { name: P.text },
      'zh-CN': (p) => `指标“${p.name}”没有年度指标值。`,
      'en-US': (p) => `Indicator "${p.name}" has no target.`,
    }),
    target: msg({
      params: { name: P.text, raw: P.text },
      'zh-CN': (p) => `定量指标“${p.name}”的年度指标值“${p.raw}”不是数字。`,
      'en-US': (p) => `The target "${p.raw}" of quantitative indicator "${p.name}" is not a number.`,
    }),
    noActual: msg({
      params: { name: P.text },
      'zh-CN': (p) => `定量指标“${p.name}”没有填写实际完成值（也未指定数据来源），无法评分。`,
      'en-US': (p) => `Quantitative indicator "${p.name}" has no actual value (and no data source is given): it cannot be scored.`,
    }),
    actual: msg({
      params: { name: P.text, raw: P.text },
      'zh-CN': (p) => `定量指标“${p.name}”的实际完成值“${p.raw}”不是数字（也未指定数据来源）。`,
      'en-US': (p) => `The actual value "${p.raw}" of quantitative indicator "${p.name}" is not a number (and no data source is given).`,
    }),
    /**
     * An actual written, not a number, beside a 数据来源 (进行中, 待统计): the source's figure does not replace what is
     * written, so the row scored 0 in silence. What to do either way.
     */
    sourced: msg({
      params: { name: P.text, raw: P.text, source: P.text },
      'zh-CN': (p) => `定量指标“${p.name}”的实际完成值“${p.raw}”不是数字，未评分（已填写的值不会由数据来源“${p.source}”代替）。请填写数字，或清空该单元格以按数据来源计算。`,
      'en-US': (p) => `The actual value "${p.raw}" of quantitative indicator "${p.name}" is not a number and is not scored (a written value is not replaced by data source "${p.source}"). Write a number, or clear the cell to use the data source.`,
    }),
    /**
     * An actual that is a number, in a unit the target's does not convert to (52个 for 49家, 25工作日 for 30天, 80天 for
     * 3月, 1200人次 for 500人, 10次 for 4次/月): it said 不是数字, which the officer could only read as wrong. Both
     * values with their units, and what to write.
     */
    /**
     * An actual in words that name a grade (基本到位, 部分有效: 部分达成; 达标 against ≥90%: 达成) of a quantitative
     * indicator: the form's formula scores the number reached, which the words do not give (a 部分达成 band would score
     * 95% of a 100% target at 6–8 of 10). What the words say, and what to write.
     */
    grade: msg({
      params: { name: P.text, raw: P.text, grade: P.code(GRADE_WORD), target: P.text },
      'zh-CN': (p) => `定量指标“${p.name}”的实际完成值“${p.raw}”只说明${p.grade}，没有完成的数值，无法按年度指标值 ${p.target} 计分。请填写实际完成的数值，或在“得分”列填写得分。`,
      'en-US': (p) => `The actual value "${p.raw}" of quantitative indicator "${p.name}" says ${p.grade} but gives no figure, so it cannot be scored against the target ${p.target}. Write the value reached, or give a score in the score column.`,
    }),
    unit: msg({
      params: { name: P.text, actual: P.text, actualUnit: P.text, target: P.text, targetUnit: P.text },
      'zh-CN': (p) => `定量指标“${p.name}”的实际完成值“${p.actual}”与年度指标值“${p.target}”单位不同（“${p.actualUnit}”与“${p.targetUnit}”），无法换算比较，未评分。请按年度指标值的单位“${p.targetUnit}”填写实际完成值。`,
      'en-US': (p) => `The actual value "${p.actual}" of quantitative indicator "${p.name}" is in another unit than its target "${p.target}" ("${p.actualUnit}", not "${p.targetUnit}") and cannot be converted to it, so it is not scored. Write the actual in the target's unit, "${p.targetUnit}".`,
    }),
  },
});

export const W008 = defineRule({
  id: 'W008', category: 'indicators', severity: 'error',
  title: { 'zh-CN': '数据来源不存在', 'en-US': 'Unknown data source' },
  messages: {
    main: msg({
      params: { name: P.text, source: P.text, known: P.list },
      'zh-CN': (p) => `指标“${p.name}”的数据来源“${p.source}”不存在；可用：${p.known}。`,
      'en-US': (p) => `Indicator "${p.name}" names data source "${p.source}", which does not exist; available: ${p.known}.`,
    }),
  },
});

export const WORKBOOK_RULES = [W001, W002, W005, W008] as const;

/**
 * W001, W002: the profile's budget figures against the ledger. W001 not at mid-year: the ledger then holds what was paid by
 * the cut-off (monitor.md), which 全年执行数, the year's, is not expected to equal.
 */
export function budgetRules(profileRead: ProfileRead, profileSheet: string | undefined, disbursedSum: Fen | undefined, emit: (f: Finding) => void, midYear = false): void {
  const { profile, cells } = profileRead;
  const fmt = (f: Fen): string => fenToDecimal(f, profile.unit);
  if (profileSheet && !midYear && profile.executed !== undefined && disbursedSum !== undefined && profile.executed !== disbursedSum && cells.executed)
    emit(W001.finding.main({ sheet: profileSheet, ...cells.executed }, {
      sum: fmt(disbursedSum), executed: fmt(profile.executed), diff: fmt(disbursedSum - profile.executed), unit: profile.unit,
    }));
  const executed = profile.executed ?? disbursedSum;
  const at = cells.executed ?? cells.budget ?? cells.budgetInitial;
  if (profileSheet && at && executed !== undefined && profile.budget !== undefined && executed > profile.budget)
    emit(W002.finding.main({ sheet: profileSheet, ...at }, { executed: fmt(executed), budget: fmt(profile.budget), unit: profile.unit }));
}

/**
 * W005, W008: targets and actuals a quantitative indicator needs, and its data source.
 * - An empty target is not applicable (the targets issue: never an error), except on an
 *   indicator that carries 分值: it is meant to be scored and cannot be.
 * - 不适用, deadlines and several values are not numbers by nature: no W005.
 * - Actuals only in the year-end stage, and only where the sheet has the column (a missing column
 *   is one S002 for the sheet, reported by checkWorkbook).
 */
export function indicatorRules(read: IndicatorsRead, emit: (f: Finding) => void, stage: 'request' | 'midYear' | 'yearEnd' = 'yearEnd'): void {
  const sheet = read.table.sheet.name;
  const names = new Set(AUTO_METRIC_NAMES);
  for (const ind of read.indicators) {
    const at = (key: keyof typeof read.cols) => ({ sheet: ind.sheet ?? sheet, row: ind.row, col: read.cols[key] ?? read.cols.level3 ?? 0 });
    const name = ind.level3 ?? '';
    if (ind.source !== undefined && !names.has(ind.source)) emit(W008.finding.main(at('source'), { name, source: ind.source, known: AUTO_METRIC_NAMES }));
    const kind = ind.parsed?.kind;
    if (ind.targetText === undefined) {
      // no target column at all is one S002.targets for the sheet (check.ts), not one W005 per row
      if (ind.points !== undefined && read.cols.target !== undefined) emit(W005.finding.noTarget(at('target'), { name }));
      continue;
    }
    if (kind === 'na' || kind === 'deadline' || (kind === 'multi' && !rangeOf(ind.parsed))) continue;
    if (ind.op === '定性' || ind.op === undefined || (kind === 'text' && asksDirection(ind.targetText))) continue;
    if (ind.target === undefined) emit(W005.finding.target(at('target'), { name, raw: ind.targetText }));
    if (stage === 'yearEnd' && read.cols.actual !== undefined && ind.actual === undefined && ind.source === undefined)
      // a blank cell says so; quoting it (实际完成值“”不是数字) said nothing
      emit(ind.actualText?.trim() ? actualFinding(at('actual'), ind, name) : W005.finding.noActual(at('actual'), { name }));
    else if (stage === 'yearEnd' && read.cols.actual !== undefined && ind.actual === undefined && ind.actualText?.trim()) {
      // a 数据来源 does not stand in for an actual written (52个 for 49家, 进行中): the row is not scored, so say why
      const f = actualFinding(at('actual'), ind, name);
      // (a source that does not exist is W008's: clearing the cell would not score it)
      if (f.variant === 'unit' || (f.params as { grade?: string }).grade === 'change') emit(f);
      else if (ind.source !== undefined && names.has(ind.source)) emit(W005.finding.sourced(at('actual'), { name, raw: (ind.actualText ?? '').trim(), source: ind.source }));
    }
  }
}

/**
 * W005 on an actual that was written but not read as a number: `unit` when it is a number in a unit the target's does
 * not convert to (convertUnit, the reader's one decision of which units compare), else `actual` (not a number).
 */
function actualFinding(at: { sheet: string; row: number; col: number }, ind: IndicatorsRead['indicators'][number], name: string): Finding {
  const raw = ind.actualText ?? '';
  const t = ind.parsed;
  const targetUnit = (t?.kind === 'quantity' || t?.kind === 'change' ? t.unit : '') || ind.unit?.trim() || '';
  const a = parseTarget(raw).target;
  // a change (较上年增长8%) against a level: no level reached, whatever its unit (8% of 37000万元 is a rate of it)
  if (a.kind === 'change' && t?.kind === 'quantity' && ind.target !== undefined && !measuresChange(t, ind))
    return W005.finding.grade(at, { name, raw: raw.trim(), grade: 'change', target: `${ind.op ?? ''}${formatNumber(ind.target)}${targetUnit}` });
  if (ind.target !== undefined && targetUnit !== '' && (a.kind === 'quantity' || a.kind === 'change') && a.unit !== '' && convertUnit(a.value, a.unit, targetUnit) === undefined)
    return W005.finding.unit(at, { name, actual: raw.trim(), actualUnit: a.unit, target: `${formatNumber(ind.target)}${targetUnit}`, targetUnit });
  const r = recogniseGrade(raw, ind.targetText);
  // 较好 (the 达成 band, below 好) or 良好 never says the target was achieved: what it says is how well it went
  // 满意, 较满意, 不满意 say how satisfied people were, not the 满意度 rate (满意度达标 says 达成)
  const g = r && /满意(?![度率])/.test(raw) ? 'satisfaction' : r?.appraisal && r.grade !== '未达成' ? 'appraisal' : r?.grade;
  if (g && ind.target !== undefined) return W005.finding.grade(at, { name, raw: raw.trim(), grade: g, target: `${ind.op ?? ''}${formatNumber(ind.target)}${targetUnit}` });
  return W005.finding.actual(at, { name, raw });
}
