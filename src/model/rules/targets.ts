/**
 * The review of the indicator table (绩效目标审核, T…): what a budget reviewer flags in the targets
 * before the money is approved, after 财预〔2020〕10号 (indicators quantified where they can be,
 * 满意度 with a number, 时效 with a time) and reviewers' practice. Warnings, except the two notes on
 * how the target grammar read a target (T010 约, T011 several values), which are info.
 *
 * Run by checkWorkbook in both stages (申报: targets only; 自评: with the ledger and actuals).
 *
 * Decisions where the issue is silent:
 * - T001 (not quantified) leaves alone an indicator whose 指标性质 column says 定性: the setter
 *   declared it qualitative (the guidance allows that where a number cannot be had); 满意度 and
 *   时效 are held to their rules (T002, T003) whatever the column says.
 * - 不适用 and an empty target are never "not quantified": they say the indicator does not apply.
 * - The category of an indicator is its 一级指标, else what its 二级指标 belongs to.
 * - A quantified target without a unit is T004 only (not a rank: `排名前3` is a place); T005 (成本 not in money) needs a unit that
 *   is not money (`万` alone counts as money under 成本指标: `总成本1200万`).
 * - T008 compares names without spaces; every later row is flagged, naming the first.
 * - T009 fires per indicator, only where the sheet has a 指标解释 column; once for the column when it is empty on every row.
 */
import { a1 } from '../grid';
import type { Indicator } from '../records';
import type { IndicatorsRead } from '../read/indicators';
import { isRankTarget, rangeOf, SCALES, unitClass, type Quantity } from '../read/targets';
import { printScored } from '../read/targetText';
import { CATEGORIES, CATEGORY_TEXT, categoryOf, level2Name, type Level1Category } from '../selfeval/categories';
import type { Finding } from '../findings';
import { defineRule, msg, P } from './define';

/** Whether a unit is money (`元`, `万元`, `元/亩`), or a bare scale (`1200万`) where money is meant. T005
 * asks it of a 成本指标's unit; here, not in read/targets.ts, which the custom functions import (functions.js). */
export function isMoneyUnit(unit: string, bareScaleIsMoney = false): boolean {
  const [num] = unit.split('/');
  if (SCALES.some((x) => x.word === num)) return bareScaleIsMoney;
  return unitClass(num) === 'money';
}

/** Longest 三级指标 name a reviewer accepts as a measure rather than a sentence. */
export const MAX_NAME_CHARS = 30;


export const T001 = defineRule({
  id: 'T001', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '指标未量化', 'en-US': 'Indicator not quantified' },
  messages: {
    main: msg({
      params: { name: P.text, target: P.text, category: P.code(CATEGORY_TEXT) },
      'zh-CN': (p) => `${p.category}“${p.name}”的年度指标值“${p.target}”没有数值或时限：按财预〔2020〕10号，能量化的指标应量化（如“≥95%”“≥3处”“11月底前”）。`,
      'en-US': (p) =>
        `Indicator "${p.name}" (${p.category}): the target "${p.target}" has no number and no deadline; Caiyu [2020] No. 10 asks for quantified targets where possible (e.g. ≥95%, ≥3, a date).`,
    }),
  },
});

export const T002 = defineRule({
  id: 'T002', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '满意度无数值', 'en-US': 'Satisfaction without a number' },
  messages: {
    main: msg({
      params: { name: P.text, target: P.text },
      'zh-CN': (p) => `满意度指标“${p.name}”的年度指标值“${p.target}”没有数值：满意度应写明比例（如“≥90%”）。`,
      'en-US': (p) => `Satisfaction indicator "${p.name}": the target "${p.target}" has no number; state a rate (e.g. ≥90%).`,
    }),
  },
});

export const T003 = defineRule({
  id: 'T003', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '时效指标无时限', 'en-US': 'Time indicator without a time' },
  messages: {
    main: msg({
      params: { name: P.text, target: P.text },
      'zh-CN': (p) => `时效指标“${p.name}”的年度指标值“${p.target}”只说及时/按时，没有时限：请写明完成时间（如“11月底前”“3个工作日内”）。`,
      'en-US': (p) => `Time indicator "${p.name}": the target "${p.target}" only says on time; state the deadline or time limit (e.g. a date, within 3 working days).`,
    }),
  },
});

export const T004 = defineRule({
  id: 'T004', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '指标值无计量单位', 'en-US': 'Target without a unit' },
  messages: {
    main: msg({
      params: { name: P.text, target: P.text },
      'zh-CN': (p) => `指标“${p.name}”的年度指标值“${p.target}”没有计量单位：请在指标值或“度量单位”列中写明（如 %、个、万元）。`,
      'en-US': (p) => `Indicator "${p.name}": the target "${p.target}" has no unit; give one in the target or the unit column (%, count, ×10,000 yuan …).`,
    }),
  },
});

export const T005 = defineRule({
  id: 'T005', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '成本指标非货币', 'en-US': 'Cost indicator not in money' },
  messages: {
    main: msg({
      params: { name: P.text, target: P.text, unit: P.text },
      'zh-CN': (p) => `成本指标“${p.name}”的年度指标值“${p.target}”以“${p.unit}”计量：成本指标应以金额计量（元、万元）。`,
      'en-US': (p) => `Cost indicator "${p.name}": the target "${p.target}" is measured in "${p.unit}"; a cost indicator is measured in money (yuan).`,
    }),
  },
});

export const T006 = defineRule({
  id: 'T006', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '满意度指标归类错误', 'en-US': 'Satisfaction filed elsewhere' },
  messages: {
    main: msg({
      params: { name: P.text, level2: P.text },
      'zh-CN': (p) => `“${p.name}”是满意度指标，却归在“${p.level2}”下：应列入一级指标“满意度指标”。`,
      'en-US': (p) => `"${p.name}" measures satisfaction but is filed under "${p.level2}"; it belongs under the level-1 satisfaction indicators.`,
    }),
  },
});

export const T007 = defineRule({
  id: 'T007', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '三级指标名称过长', 'en-US': 'Indicator name too long' },
  messages: {
    main: msg({
      params: { name: P.text, length: P.number, max: P.number },
      'zh-CN': (p) => `三级指标名称“${p.name}”有 ${p.length} 个字（超过 ${p.max} 个），像是一句描述而非指标：请写成可衡量的名称（如“培训人次”），说明放入指标解释。`,
      'en-US': (p) =>
        `The indicator name "${p.name}" has ${p.length} characters (over ${p.max}): it reads as a sentence, not a measure; name what is measured and put the description in the explanation.`,
    }),
  },
});

export const T008 = defineRule({
  id: 'T008', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '三级指标重复', 'en-US': 'Duplicate indicator' },
  messages: {
    main: msg({
      params: { name: P.text, firstCell: P.cell },
      'zh-CN': (p) => `三级指标“${p.name}”重复，与 ${p.firstCell} 相同：同一项目的指标不应重复设置。`,
      'en-US': (p) => `Indicator "${p.name}" appears again (first at ${p.firstCell}); a project's indicators should not repeat.`,
    }),
  },
});

export const T009 = defineRule({
  id: 'T009', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '指标解释为空', 'en-US': 'Explanation empty' },
  messages: {
    main: msg({
      params: { name: P.text },
      'zh-CN': (p) => `指标“${p.name}”的指标解释为空：请说明指标的含义、计算方法和数据来源。`,
      'en-US': (p) => `Indicator "${p.name}" has no explanation; describe what it measures, how it is computed and where the data come from.`,
    }),
    /** The column is there and empty on every row (a template's column nobody filled): one finding, not one per indicator. */
    column: msg({
      params: { header: P.text, count: P.number },
      'zh-CN': (p) => `“${p.header}”列整列为空（${p.count} 个指标）：请逐项说明指标的含义、计算方法和数据来源。`,
      'en-US': (p) => `The "${p.header}" column is empty for all ${p.count} indicator(s); describe what each measures, how it is computed and where the data come from.`,
    }),
  },
});

export const T010 = defineRule({
  id: 'T010', category: 'indicators', severity: 'info',
  title: { 'zh-CN': '约数按方向读取', 'en-US': 'Approximate target read' },
  messages: {
    main: msg({
      /** `reading`: the target as scored (`≥6.6万人次`). */
      params: { name: P.text, target: P.text, reading: P.text },
      'zh-CN': (p) => `指标“${p.name}”的年度指标值“${p.target}”是约数，按“${p.reading}”评分；如方向不对，请写明 ≥ 或 ≤。`,
      'en-US': (p) => `Indicator "${p.name}": the target "${p.target}" is approximate and is scored as ${p.reading}; write ≥ or ≤ if that is not the direction meant.`,
    }),
  },
});

export const T011 = defineRule({
  id: 'T011', category: 'indicators', severity: 'info',
  title: { 'zh-CN': '一格多值', 'en-US': 'Several values in one cell' },
  messages: {
    main: msg({
      params: { name: P.text, target: P.text, count: P.number },
      'zh-CN': (p) => `指标“${p.name}”的年度指标值“${p.target}”含 ${p.count} 个数值，按原文保留，不按其中一个数值自动评分：请填写得分或评价档次，或拆分为多个指标。`,
      'en-US': (p) =>
        `Indicator "${p.name}": the target "${p.target}" holds ${p.count} values; it is kept as written and not scored on one of them: give a score or a grade, or split it into several indicators.`,
    }),
  },
});

/**
 * A target of 0 read as ≥0 (a bare 0, or 0 under 指标性质 ≥): any result meets it in full, so 受益群众满意度 0 against
 * 95% or 新增示范点 0个 against 5个 scores full marks. A target left out or mistyped, almost certainly; a 0 of what should
 * not happen is read as ≤0 already (targets.ts NAMES_UNWANTED), and `≥0` written in the cell is the setter's own.
 */
export const T012 = defineRule({
  id: 'T012', category: 'indicators', severity: 'warning',
  title: { 'zh-CN': '指标值为0', 'en-US': 'Target of zero' },
  messages: {
    main: msg({
      params: { name: P.text, target: P.text },
      'zh-CN': (p) => `指标“${p.name}”的年度指标值为“${p.target}”，按“≥0”评分，任何完成值都得满分：像是漏填或误填。请填写年度指标值；不应发生的事项请写“零”或“≤0”，确为不低于0请写“≥0”。`,
      'en-US': (p) =>
        `Indicator "${p.name}": the target "${p.target}" is scored as ≥0, which any result meets in full; it looks left out or mistyped. Give the year's target; for something that should not happen write ≤0, and write ≥0 if at least zero is meant.`,
    }),
  },
});

export const TARGET_RULES = [T001, T002, T003, T004, T005, T006, T007, T008, T009, T010, T011, T012] as const;

// ---------------------------------------------------------------------------------------------

/** Level-1 category of an indicator: its 一级指标, else the category its 二级指标 belongs to. */
export function indicatorCategory(ind: Pick<Indicator, 'level1' | 'level2'>): Level1Category | undefined {
  const own = categoryOf(ind.level1);
  if (own) return own;
  const l2 = level2Name(ind.level2);
  return l2 ? CATEGORIES.find((c) => c.level2.includes(l2))?.key : undefined;
}

const is = (ind: Indicator, level2: string): boolean => (ind.level2 ?? '').includes(level2);
const SATISFACTION_NAME = /满意/;
/** What a 时效 target says when it gives no time. */
const ON_TIME = /及时|按时|按期|如期|准时|适时|尽快|限时|按计划|按进度/;

/** The 绩效目标审核 of an indicator sheet. */
export function reviewIndicators(read: IndicatorsRead, emit: (f: Finding) => void): void {
  const sheet = read.table.sheet.name;
  const at = (ind: Indicator, key: keyof IndicatorsRead['cols']) => ({ sheet: ind.sheet ?? sheet, row: ind.row, col: read.cols[key] ?? read.cols.level3 ?? 0 });
  const firstOf = new Map<string, Indicator>();
  const explanations = read.table.columns.explanation;
  const noExplanations = explanations !== undefined && read.indicators.length > 1 && read.indicators.every((i) => !i.explanation?.trim());
  if (noExplanations)
    emit(T009.finding.column({ sheet: read.table.sheet.name, row: explanations.row ?? read.table.headerRow, col: explanations.col }, { header: explanations.header, count: read.indicators.length }));
  for (const ind of read.indicators) {
    const name = ind.level3 ?? '';
    const target = ind.targetText ?? '';
    const t = ind.parsed;
    const category = indicatorCategory(ind);
    const satisfaction = category === 'satisfaction' || is(ind, '满意度');
    const numeric = t?.kind === 'quantity' || t?.kind === 'change' || t?.kind === 'multi';
    const written = t !== undefined && t.kind !== 'na';

    if (written && t.kind === 'text' && (category === 'output' || category === 'outcome') && ind.opFrom !== 'column' && !is(ind, '时效'))
      emit(T001.finding.main(at(ind, 'target'), { name, target, category }));
    if (written && satisfaction && !numeric) emit(T002.finding.main(at(ind, 'target'), { name, target }));
    if (written && t.kind === 'text' && is(ind, '时效') && ON_TIME.test(target)) emit(T003.finding.main(at(ind, 'target'), { name, target }));
    else if (written && t.kind === 'text' && is(ind, '时效') && ind.opFrom !== 'column')
      emit(T001.finding.main(at(ind, 'target'), { name, target, category: category ?? 'output' }));
    // None of it (零, 无 under 安全事故) is none in any unit, and a place (排名前3, ≤3 under 全国排名, 前10%) is a place: no
    // unit to ask for.
    if ((t?.kind === 'quantity' || t?.kind === 'change') && !ind.unit?.trim() && ind.op !== '定性' && !(t.kind === 'quantity' && (t.value === 0 || isRankTarget(ind))))
      emit(T004.finding.main(at(ind, 'target'), { name, target }));
    const unit = ind.unit?.trim() ?? '';
    if (t?.kind === 'quantity' && is(ind, '成本') && unit && !isMoneyUnit(unit, true)) emit(T005.finding.main(at(ind, 'target'), { name, target, unit }));
    if (SATISFACTION_NAME.test(name) && category !== 'satisfaction' && !is(ind, '满意度') && ind.level2)
      emit(T006.finding.main(at(ind, 'level2'), { name, level2: ind.level2 }));
    const length = [...name.trim()].length;
    if (length > MAX_NAME_CHARS) emit(T007.finding.main(at(ind, 'level3'), { name, length, max: MAX_NAME_CHARS }));
    const key = name.replace(/[\s\u3000]+/g, '');
    const first = firstOf.get(key);
    if (first) emit(T008.finding.main(at(ind, 'level3'), { name, firstCell: a1(first.row, read.cols.level3 ?? 0) }));
    else firstOf.set(key, ind);
    if (read.cols.explanation !== undefined && !ind.explanation?.trim() && !noExplanations) emit(T009.finding.main(at(ind, 'explanation'), { name }));
    if (t?.kind === 'quantity' && t.approx && ind.opFrom !== 'column') emit(T010.finding.main(at(ind, 'target'), { name, target, reading: printScored(t as Quantity) }));
    if (t?.kind === 'multi' && !rangeOf(t)) emit(T011.finding.main(at(ind, 'target'), { name, target, count: t.parts.length }));
    if (t?.kind === 'quantity' && t.value === 0 && !t.approx && ind.op === '≥' && ind.opFrom !== 'word') emit(T012.finding.main(at(ind, 'target'), { name, target }));
  }
}
