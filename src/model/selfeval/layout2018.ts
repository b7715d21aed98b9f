/**
 * Layout 2018: the appendix of the source document (自治区财政项目支出绩效自评表), with its data
 * filled in. Every 二级 category of the form appears, with one empty row where the sheet has
 * none; indicators are numbered within their 二级 group; values read as the form reads them.
 *
 * Columns: A label | B 一级 / 预算数 label | C 二级 / amount | D 三级 / 执行数 label | E 预期 | F 实际.
 * The form has no score columns: when the indicator sheet has 分值, one row at the end gives the
 * total and the grade (as values).
 */
import type { Fen } from '../money';
import type { IndicatorScore } from '../scoring';
import { fundRows } from './funds';
import { groupIndicators, scoreLevels } from './groups';
import { BODY, HEADER, KEEP_WITH_TOTAL, LABEL, NOTE, pageSetup, SheetBuilder, selfEvalBaseName, SUBTITLE, TITLE } from './sheet';
import { formatNumber as shownNumber } from '../report/appendix';
import { defineLayout, type Level1Def, type LayoutInput, type LayoutResult, type SelfEvalIndicator } from './types';
import { adjustedNote, adjustment, amount, comparisonWritten, formValue, numberFormat, withSign } from './values';

/**
 * In characters. 695 pt wide (10, 13, 13, 30, 28, 34) on A4 portrait's 510 the sample printed at 71 %, 11 pt as 7.8;
 * 108 characters, the texts wrapping a line more, it prints at 84 % on one page still. 预期指标值 and 实际完成指标值 are
 * 25 wide, the least that keeps （包含数字及文字描述） on a line of its own (wordLines).
 */
const WIDTHS = [10, 11, 11, 26, 25, 25];
const [A, B, C, D, E, F] = [0, 1, 2, 3, 4, 5];

/** The level-1 categories in this form's words. */
const LEVEL1: ReadonlyArray<Level1Def> = [
  { category: 'output', name: '项目完成指标' },
  { category: 'outcome', name: '项目效果指标' },
  { category: 'satisfaction', name: '满意度指标' },
];

export const LAYOUT_2018 = defineLayout({
  id: '2018',
  label: { 'zh-CN': '2018 年表式（无分值）', 'en-US': '2018 form (no points)' },
  scheme: true,
  level1: LEVEL1,
  hasPoints: false,
  sheetName: selfEvalBaseName,
  build,
});

/** The form, its blocks cut at its printed pages (SheetBuilder.buildPaged). */
function build(x: LayoutInput): LayoutResult {
  const { profile, metrics, evaluation: ev } = x;
  const unit = profile.unit;
  const s = new SheetBuilder(WIDTHS);
  s.row(0, '自治区财政项目支出绩效自评表', TITLE);
  s.height(0, 30);
  s.row(1, `（${metrics.fiscalYear ?? ''}年度）`, SUBTITLE);
  s.label(2, A, 2, A, '项目名称');
  s.block(2, B, 2, F, profile.projectName);
  s.label(3, A, 3, A, '预算单位');
  s.block(3, B, 3, F, profile.agency);

  // 预算执行情况
  const funds = fundRows(profile, metrics);
  const money = (r: number, c: number, fen: Fen | undefined, right = c): void => {
    const v = amount(fen, unit);
    s.block(r, c, r, right, v, v === null ? BODY : { ...BODY, hAlign: 'center', numberFormat: numberFormat(v, '', unit) });
  };
  const sum = (...fens: Array<Fen | undefined>): Fen | undefined =>
    fens.every((f) => f === undefined) ? undefined : fens.reduce<number>((a, f) => a + (f ?? 0), 0);
  s.label(4, A, 6, A, `预算执行情况\n（${unit}）`); // the unit on a line of its own, never `（万` / `元）`
  const budgetRows: Array<[string, Fen | undefined, Fen | undefined]> = [
    ['', funds.total.budget, funds.total.executed],
    ['其中：财政拨款', funds.fiscal.budget, funds.fiscal.executed],
    // The form has no 上年结转 row: carried-over money counts as 其他资金 here.
    ['其他资金', sum(funds.carried.budget, funds.other.budget), sum(funds.carried.executed, funds.other.executed)],
  ];
  budgetRows.forEach(([label, budget, executed], k) => {
    // In the narrow B column 其中：财政拨款 breaks after its colon (it broke as 其中：财政拨 / 款 in Excel, 其中：财 / 政拨款 in the report)
    s.set(4 + k, B, label.replace(/^其中：/, '其中：\n') || '预算数：', BODY);
    money(4 + k, C, budget);
    s.set(4 + k, D, label || '执行数：', BODY);
    money(4 + k, E, executed, F);
  });

  // 年度目标完成情况
  s.label(7, A, 8, A, '年度目标完成情况');
  s.label(7, B, 7, D, '预期目标');
  s.label(7, E, 7, F, '实际完成目标');
  s.block(8, B, 8, D, profile.goal ?? '');
  s.block(8, E, 8, F, profile.goalResult ?? '');
  s.writeIn(8, B, F);

  // 年度绩效指标完成情况
  const head = 9;
  ['一级指标', '二级指标', '三级指标', '预期指标值（包含数字及文字描述）', '实际完成指标值（包含数字及文字描述）'].forEach((h, k) =>
    s.label(head, B + k, head, B + k, h, HEADER));
  const rows: SelfEvalIndicator[] = [];
  let r = head + 1;
  for (const l1 of groupIndicators(ev.indicators, scoreLevels, LEVEL1, true)) {
    const first = r;
    for (const g of l1.groups) {
      const n = Math.max(1, g.items.length);
      s.label(r, C, r + n - 1, C, g.level2);
      if (g.items.length === 0) {
        s.set(r, D, '指标1：');
        r++;
      }
      g.items.forEach((sc, k) => rows.push(indicatorRow(s, r++, k + 1, sc, l1.level1, g.level2)));
    }
    s.label(first, B, r - 1, B, l1.level1);
  }
  let last = r - 1;
  s.label(head, A, last, A, '年度绩效指标完成情况');
  const total = ev.hasPoints && ev.total !== undefined;
  if (total) {
    last += 1;
    s.label(last, A, last, D, '自评总分（含预算执行10分）');
    s.set(last, E, ev.total, { ...LABEL, numberFormat: '0.00' });
    s.set(last, F, `自评等级：${ev.grade ?? '—'}`, LABEL);
  }

  s.row(last + 2, x.paragraph, NOTE);
  s.row(last + 3, x.note, NOTE);
  const printArea = { top: 0, left: A, bottom: last, right: F };
  s.fitNumbers(shownNumber);
  const layout = s.buildPaged(x.sheetName, printArea, { top: 2, left: A, bottom: last, right: F }, pageSetup('portrait', head), total ? KEEP_WITH_TOTAL : 1);
  return { layout, indicators: rows };
}

function indicatorRow(s: SheetBuilder, r: number, k: number, sc: IndicatorScore, level1: string, level2: string): SelfEvalIndicator {
  const ind = sc.indicator;
  const name = ind.level3 ?? '';
  const sign = comparisonSign(ind);
  const shown = withSign(formValue(ind.targetText, ind.target, ind.unit), sign, ind.unit);
  const adjusted = adjustment(ind, shown, sign);
  const target = adjustedNote(adjusted, '2018') ?? shown;
  const actual = formValue(ind.actualText, sc.actual ?? ind.actual, ind.unit);
  s.set(r, D, `指标${k}：${name}`);
  s.set(r, E, target);
  s.set(r, F, actual);
  return { row: ind.row, ...(ind.sheet !== undefined ? { sheet: ind.sheet } : {}), level1, level2, name, target, actual, points: sc.points, score: sc.score, ...(adjusted ? { adjusted } : {}) };
}

/**
 * The target as the form shows it: the comparison the officer wrote, as the 2020 form decides it (values.ts
 * comparisonWritten: a ceiling's ≤ always, a floor only where the officer wrote it — a plain `100%` stays `100%`), in
 * the appendix's way: counts and amounts that are floors bare (`49家`, `37000万元`: at least is what a count of work
 * done means, even under a ≥ in the 指标性质 column) and thresholds on rates with their comparison (`满意度≥90`). A
 * ceiling (≤: a 时效 in days, a 成本, an unwanted count) keeps its sign whatever the unit (`≤30天`, `≤100万元`, `≤5次`):
 * written bare it would read as the value to reach. `=` stays bare (the value is the target). Only a number followed
 * by nothing but its unit gets the sign: a sign or words the sheet writes (`<5次`, `>3家`, `30天以内`, `不超过30天`)
 * are kept as written and never doubled (`≥90%以上`).
 */
function comparisonSign(ind: IndicatorScore['indicator']): string {
  const op = ind.op === '≥' || ind.op === '≤' ? comparisonWritten(ind.op, ind.opFrom) : '';
  return op === '≤' || (op === '≥' && ind.unit?.trim() === '%') ? op : '';
}
