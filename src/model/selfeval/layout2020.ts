/**
 * Layout 2020 (selfeval.md): 项目支出绩效自评表 with points and scores; 执行率, the computed
 * scores, the total and the grade are native formulas over the table's own cells.
 *
 * Columns: A label | B 一级 | C 二级 | D 三级 | E 年度指标值 | F 实际完成值 | G 分值 | H 得分 | I 偏差原因.
 * A quantitative indicator's target and actual are numbers in E and F, shown with their unit
 * (and the target with its comparison) by a number format, so the formula in H reads them.
 */
import { a1 } from '../grid';
import type { LayoutValue } from '../layout';
import { sumDecimal } from '../aggregates';
import { BUDGET_POINTS, type IndicatorScore } from '../scoring';
import { budgetScoreFormula, gradeFormula, rateFormula, scoreFormula, totalFormula } from './formulas';
import { fundRows, type FundRow } from './funds';
import { groupIndicators, scoreLevels } from './groups';
import { BODY, HEADER, KEEP_WITH_TOTAL, LABEL, NOTE, pageSetup, SheetBuilder, selfEvalBaseName, SUBTITLE, TITLE } from './sheet';
import { formatNumber as shownNumber } from '../report/appendix';
import { defineLayout, type Level1Def, type LayoutInput, type LayoutResult, type SelfEvalIndicator } from './types';
import { adjustedNote, adjustment, amount, comparisonWritten, formValue, numberFormat, pointsFormat } from './values';
import { isRankTarget, rangeOf } from '../read/targets';
import { formatNumber, rankWords } from '../read/targetText';
import { readsFormat } from '../read/formats';

const WIDTHS = [10, 10, 12, 24, 16, 16, 8, 10, 28];
const [A, B, C, D, E, F, G, H, I] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const AMOUNT = { ...BODY, hAlign: 'right' as const, numberFormat: '0.00' };
const RATE = { ...LABEL, numberFormat: '0.00%' };
const SCORE = { ...LABEL, numberFormat: '0.00' };
const GRADE_PREFIX = '自评等级：';

/** The level-1 categories in this form's words. */
const LEVEL1: ReadonlyArray<Level1Def> = [
  { category: 'output', name: '产出指标' },
  { category: 'outcome', name: '效益指标' },
  { category: 'satisfaction', name: '满意度指标' },
];

export const LAYOUT_2020 = defineLayout({
  id: '2020',
  label: { 'zh-CN': '2020 年表式（含分值、得分）', 'en-US': '2020 form (points and scores)' },
  scheme: true,
  level1: LEVEL1,
  hasPoints: true,
  sheetName: selfEvalBaseName,
  build,
});

/** The form, its blocks cut at its printed pages (SheetBuilder.buildPaged). */
function build(x: LayoutInput): LayoutResult {
  const { profile, metrics, evaluation: ev } = x;
  const unit = profile.unit;
  const s = new SheetBuilder(WIDTHS);
  s.row(0, '项目支出绩效自评表', TITLE);
  s.height(0, 30);
  s.row(1, `（${metrics.fiscalYear ?? ''}年度）`, SUBTITLE);

  // The names in one row, as the spec draws it, each given the room its kind of name needs: the 项目名称 (the longest:
  // 新疆维吾尔自治区专利实施资金（含…）项目 runs to 50 characters) over B:D (46 characters), the 主管部门 over F:G (24) and
  // the 实施单位 over I (28), the labels in E and H whole on one line. With the name in B:C (22) and 主管部门 alone in
  // D (24), a 50-character name took seven lines and pushed the sample onto two pages.
  s.label(2, A, 2, A, '项目名称');
  s.block(2, B, 2, D, profile.projectName);
  s.label(2, E, 2, E, '主管部门');
  s.block(2, F, 2, G, profile.agency);
  s.label(2, H, 2, H, '实施单位');
  s.set(2, I, profile.implementer);

  // 项目资金
  s.label(3, A, 7, A, `项目资金（${unit}）`);
  s.block(3, B, 3, C, null, LABEL);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, k) => s.label(3, D + k, 3, D + k, h));
  const funds = fundRows(profile, metrics);
  const fundRow = (r: number, f: FundRow, isTotal: boolean): void => {
    if (isTotal) s.label(r, B, r, C, f.label);
    else s.block(r, B, r, C, f.label, BODY);
    s.set(r, D, amount(f.initial, unit), AMOUNT);
    s.set(r, E, amount(f.budget, unit), AMOUNT);
    s.set(r, F, amount(f.executed, unit), AMOUNT);
    const rate: LayoutValue = f.budget === undefined || f.budget === 0 ? '—' : (f.executed ?? 0) / f.budget;
    s.set(r, G, isTotal ? BUDGET_POINTS : '—', LABEL);
    s.set(r, H, isTotal ? (ev.budget.rate ?? '—') : rate, RATE, rateFormula(a1(r, E), a1(r, F)));
    if (isTotal) s.set(r, I, ev.budget.score ?? '—', SCORE, budgetScoreFormula(a1(r, H)));
    else s.set(r, I, '—', LABEL);
  };
  fundRow(4, funds.total, true);
  fundRow(5, funds.fiscal, false);
  fundRow(6, funds.carried, false);
  fundRow(7, funds.other, false);

  // 年度总体目标
  s.label(8, A, 9, A, '年度总体目标');
  s.label(8, B, 8, E, '预期目标');
  s.label(8, F, 8, I, '实际完成情况');
  s.block(9, B, 9, E, profile.goal ?? '');
  s.block(9, F, 9, I, profile.goalResult ?? '');
  s.writeIn(9, B, I);

  // 绩效指标
  const head = 10;
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, k) =>
    s.label(head, B + k, head, B + k, h, HEADER));
  const l1s = groupIndicators(ev.indicators, scoreLevels, LEVEL1, false);
  const rows: SelfEvalIndicator[] = [];
  let r = head + 1;
  for (const l1 of l1s) {
    const l1Rows = l1.groups.reduce((n, g) => n + g.items.length, 0);
    s.label(r, B, r + l1Rows - 1, B, l1.level1);
    for (const g of l1.groups) {
      s.label(r, C, r + g.items.length - 1, C, g.level2);
      for (const sc of g.items) rows.push(indicatorRow(s, r++, sc, l1.level1, g.level2, x));
    }
  }
  const lastIndicator = Math.max(r - 1, head);
  s.label(head, A, lastIndicator, A, '绩效指标');

  // 总分
  const totalRow = lastIndicator + 1;
  s.label(totalRow, A, totalRow, F, '总分');
  const scoreRefs = [a1(4, I), ...(lastIndicator > head ? [`${a1(head + 1, H)}:${a1(lastIndicator, H)}`] : [])];
  if (ev.hasPoints && ev.total !== undefined && ev.grade !== undefined) {
    // What the rows' points add up to (10 for the budget and the indicators' 分值), as a sum over them that follows a
    // corrected 分值: 88 shows as 88, never as the 100 it should be (W003 says that in the check).
    const points = sumDecimal([BUDGET_POINTS, ...rows.map((i) => i.points ?? 0)]);
    const pointRefs = [a1(4, G), ...(lastIndicator > head ? [`${a1(head + 1, G)}:${a1(lastIndicator, G)}`] : [])];
    s.set(totalRow, G, points, { ...LABEL, numberFormat: pointsFormat(points) }, `SUM(${pointRefs.join(',')})`);
    s.set(totalRow, H, ev.total, SCORE, totalFormula(scoreRefs, a1(4, H), profile.rateCaps));
    s.set(totalRow, I, `${GRADE_PREFIX}${ev.grade}`, LABEL, gradeFormula(a1(totalRow, H), GRADE_PREFIX));
  } else {
    s.set(totalRow, G, null, LABEL);
    s.set(totalRow, H, '—', LABEL);
    s.set(totalRow, I, `${GRADE_PREFIX}—`, LABEL);
  }

  // Below the print area: the funds paragraph and the note.
  s.row(totalRow + 2, x.paragraph, NOTE);
  s.row(totalRow + 3, x.note, NOTE);

  const printArea = { top: 0, left: A, bottom: totalRow, right: I };
  s.fitNumbers(shownNumber);
  const layout = s.buildPaged(x.sheetName, printArea, { top: 2, left: A, bottom: totalRow, right: I }, pageSetup('landscape', head), KEEP_WITH_TOTAL);
  return { layout, indicators: rows };
}

interface TargetShown {
  /** Before the target's number: its comparison (`≥`), or a change's word (`提升`). */
  readonly prefix: string;
  /** After the target's unit: `以内` of a change that may not exceed its size. */
  readonly suffix: string;
  /** Before a positive actual: a change's word; '' for a number. */
  readonly change: string;
  /** Before a negative actual of a change (the other direction): `下降` for `提升`. */
  readonly negative?: string;
  /** The unit printed after target and actual where it is not the indicator's: none for a ratio (`1∶3`, not `1∶3倍`), a rank's own. */
  readonly unit?: string;
}

const OTHER_WAY: Readonly<Record<'up' | 'down', string>> = { up: '下降', down: '上升' };

function targetFormat(sc: IndicatorScore): TargetShown {
  const t = sc.indicator.parsed;
  if (t?.kind === 'change') return { prefix: t.word, suffix: t.op === '≤' ? '以内' : '', change: t.word, negative: OTHER_WAY[t.direction] };
  // A range (`90%～100%`): the number is the end the formula scores by, the other end is written around it.
  const range = rangeOf(t);
  if (range) {
    const u = sc.indicator.unit?.trim() ?? '';
    return sc.op === '≤' ? { prefix: `${formatNumber(range.low.value)}${u}～`, suffix: '', change: '' } : { prefix: '', suffix: `～${formatNumber(range.high.value)}${u}`, change: '' };
  }
  // What the officer wrote around the number that reads back to the same target: 约 (`约50家`: the direction is the
  // reading's default, as on the sheet; T010 says so on the form as on the sheet) and a ratio (`1∶3`, read as 3倍;
  // the actual in the same terms, `1∶3.2`). Printed as 50家 and 3倍 they were targets the officer did not write.
  const q = t?.kind === 'quantity' ? t : undefined;
  // A rank (`前10名`, `第3名`, `排名≤10`, and `≤ | 10 | 名` under 全国排名) printed so that it reads back as one under any
  // name (`≤10名` is a head count under 聘用专家), in the unit written, else the column's if a place's (`前5名` with 度量单位
  // 个; `排名前3` with 名: 前3名; with 家: 排名前3, never 排名前3家, read back as ≥ 3 家); a head count keeps the ≤ written
  if (q && !q.approx && sc.op === '≤' && isRankTarget(sc.indicator)) {
    const r = rankWords(q.unit || (sc.indicator.unit?.trim() ?? ''));
    return { prefix: r.prefix, suffix: '', change: '', unit: r.unit };
  }
  const ratio = q?.ratio ? '1∶' : '';
  if (q?.approx && sc.indicator.opFrom === 'default') return { prefix: `约${ratio}`, suffix: '', change: ratio, ...(ratio ? { unit: '' } : {}) };
  if (ratio) return { prefix: `${comparisonShown(sc, ratio)}${ratio}`, suffix: '', change: ratio, unit: '' };
  return { prefix: comparisonShown(sc, ''), suffix: '', change: '' };
}

/**
 * The comparison printed before a target's number: the one the officer wrote (in the 指标性质 column or in words:
 * `≥90%`, `90%以上` → `≥90%`), and a ceiling's `≤` the reading supplied (a bare `100万元` under 成本指标: printed bare it
 * would read as the value to reach, as the 2018 form keeps it). A floor the reading supplied is not printed: a plain
 * `100%` or `49家` is what the officer wrote and what is to be reached — `≥100%` put an operator on the form that no
 * one wrote (the 2020 form, 财预〔2020〕10号, has no 指标性质 of its own; the spec's `≥49家` is the sample's ≥ column).
 * (values.ts comparisonWritten decides it for both forms.) `written` is what the officer wrote before the number that
 * the form prints too (a ratio's `1∶`).
 * But only where the number's format is read back as printed (read/formats.ts readsFormat): a money unit alone after
 * the number (`0"万元"`, as ledgers show their amounts) is not, so `37000万元` keeps its `≥` — printed bare, the form
 * read back (jx check, jx selfeval on it) lost the unit (T004 年度指标值“37000”没有计量单位).
 */
function comparisonShown(sc: IndicatorScore, written: string): string {
  const op = sc.op ?? '≥';
  if (comparisonWritten(op, sc.indicator.opFrom) !== '' || sc.target === undefined) return op;
  const unit = written ? '' : (sc.indicator.unit?.trim() ?? '');
  return unit === '' || readsFormat(numberFormat(sc.target, written, unit)) ? '' : op;
}

/** The actual's number format: `0"万元"`; a change's `"提升"0"%";"下降"0"%"` (a change the other way). */
function actualFormat(a: number, shown: TargetShown, unit: string): string {
  // (a change the other way: its own section shows the number without its minus, 下降3%)
  if (shown.negative) return `${numberFormat(Math.abs(a), shown.change, unit)};${numberFormat(Math.abs(a), shown.negative, unit)}`;
  return numberFormat(a, shown.change, unit);
}

function indicatorRow(s: SheetBuilder, r: number, sc: IndicatorScore, level1: string, level2: string, x: LayoutInput): SelfEvalIndicator {
  const ind = sc.indicator;
  const u = ind.unit?.trim() ?? '';
  const name = ind.level3 ?? '';
  s.set(r, D, name);
  let target: string;
  let actual: string;
  let sign = '';
  if (sc.kind === 'quantitative' && sc.target !== undefined) {
    // The number the formula reads, shown with its comparison and unit as the form writes it
    // (`≥1处`, `≤15万元`, `提升20%`); the actual in the target's unit.
    const shown = targetFormat(sc);
    const su = shown.unit ?? u;
    sign = shown.prefix;
    s.set(r, E, sc.target, { ...LABEL, numberFormat: numberFormat(sc.target, shown.prefix, `${su}${shown.suffix}`) });
    target = `${shown.prefix}${formatNumber(sc.target)}${su}${shown.suffix}`;
    if (sc.actual !== undefined) {
      s.set(r, F, sc.actual, { ...LABEL, numberFormat: actualFormat(sc.actual, shown, su) });
      const otherWay = sc.actual < 0 && shown.negative !== undefined;
      actual = `${otherWay ? shown.negative : shown.change}${formatNumber(otherWay ? -sc.actual : sc.actual)}${su}`;
    } else {
      actual = formValue(ind.actualText, ind.actual, u);
      s.set(r, F, actual, LABEL);
    }
  } else {
    // Deadlines, several values, qualitative text and 不适用: as written.
    target = formValue(ind.targetText, ind.target, u);
    actual = formValue(ind.actualText, sc.actual ?? ind.actual, u);
    s.set(r, E, target, LABEL);
    s.set(r, F, actual, LABEL);
  }
  s.set(r, G, sc.points ?? null, sc.points === undefined ? LABEL : { ...LABEL, numberFormat: pointsFormat(sc.points) });
  const formula =
    sc.basis === 'rule' && sc.op ? scoreFormula(sc.op, { t: a1(r, E), a: a1(r, F), p: a1(r, G) }, x.profile, ind.range?.high) : undefined;
  s.set(r, H, sc.score ?? null, SCORE, formula);
  // the target adjusted in the year: the cell E holds the number its formula scores, the note goes beside it
  const adjusted = adjustment(ind, target, sign);
  s.set(r, I, `${adjustedNote(adjusted, 'note') ?? ''}${ind.deviation ?? ''}`);
  return { row: ind.row, ...(ind.sheet !== undefined ? { sheet: ind.sheet } : {}), level1, level2, name, target, actual, points: sc.points, score: sc.score, ...(adjusted ? { adjusted } : {}) };
}
