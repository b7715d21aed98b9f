/**
 * The mid-year monitoring table (monitor.md): 项目支出绩效目标执行监控表 in the shape of the central
 * form of 财预〔2019〕136号, with the product's 完成进度 and 预警 columns. The execution rate, time
 * progress, each indicator's progress and every light are native formulas over the table's own
 * cells, and conditional formats colour the lights: an edit of a figure re-colours its row.
 *
 * Columns: A label | B 一级 | C 二级 | D 三级 | E 年度指标值 | F 1—M月执行情况 | G 全年预计完成情况 |
 * H–L 偏差原因分析 (经费保障 制度保障 人员保障 硬件条件保障 其他) | M 完成目标可能性 | N 完成进度 | O 预警 | P 备注.
 */
import { a1, columnLetters, dateToSerial, type Merge } from '../grid';
import type { CellStyle, ConditionalFormat, LayoutValue, PageSetup } from '../layout';
import { AMBER_BAND, LIGHT_COLOURS, LIGHT_WORD, LIGHTS, MONITOR_LEDGER_FIELDS, NO_LIGHT, type MonitorIndicator } from '../monitor';
import {
  budgetLightFormula, executionRateFormula, indicatorLightFormula, likelihoodLightFormula, progressFormula, timeProgressFormula,
} from '../monitor/formulas';
import { CAUSES } from '../monitor/words';
import { formatNumber } from '../read/targetText';
import type { IndicatorScore } from '../scoring';
import { CATEGORIES } from './categories';
import { groupIndicators, indicatorPlace, type ItemLevels } from './groups';
import { BODY, HEADER, LABEL, NOTE, SheetBuilder, SUBTITLE, TITLE } from './sheet';
import { formatNumber as shownNumber } from '../report/appendix';
import { defineLayout, type LayoutInput, type LayoutResult, type Level1Def, type SelfEvalIndicator } from './types';
import { adjustedNote, adjustment, amount, formValue, numberFormat } from './values';

// (No column 9 wide: ExcelJS, the oracle the xlsx writer is compared with, takes 9 for its default and writes no width for it.)
// Every label and header breaks where the layout says (\n), or between words (SheetBuilder.label), never where a column
// runs out: each of their lines fits its column by the sheet's measure (lineCount). A (项目名称, （万元）), B (一级 labels such as 满意度指标) and M (完成目标 /
// 可能性) are wide enough for that; at 7, 8 and 8 they broke as 项目名 / 称, 满意度指 / 标, 完成目 / 标可能 / 性, and B at 11
// as 满意度指 / 标 in Excel (5 characters of 15 px in 72 px). D (三级指标) holds 8 characters a line (支持专利实施项目).
const WIDTHS = [10, 12, 10, 18, 14, 11, 10, 5, 5, 5, 6, 5, 10, 8, 6, 26];
const [A, B, C, D, E, F, G, H, , , , L, M, N, O, P] = WIDTHS.map((_, i) => i);
const AMOUNT: CellStyle = { ...BODY, hAlign: 'right', numberFormat: '0.00' };
const RATE: CellStyle = { ...LABEL, numberFormat: '0.00%' };
const PROGRESS: CellStyle = { ...LABEL, numberFormat: '0.00%' }; // as 执行率 beside it and jx monitor's lines (36.00%)
const LIGHT: CellStyle = { ...LABEL, bold: true };
/** A suggestion the product computed (全年预计完成值 by a straight line): grey and italic, never the user's words. */
const SUGGESTION: CellStyle = { ...LABEL, italic: true, color: '#808080' };
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const TICK = '✓';

/** `$O$2`: an absolute reference, for the cells every row's formula reads. */
const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;

const LEVEL1: ReadonlyArray<Level1Def> = CATEGORIES.map((c) => ({ category: c.key, name: c.name }));

const PAGE_MARGINS = { top: 1.5, bottom: 1.5, left: 1.2, right: 1.2 };
/**
 * The smallest scale at which the form is still read comfortably on paper. The central form is one page: the table
 * is fitted to one page when its rows (as estimated) fit at MIN_SCALE or more; a longer table prints on as many pages
 * as it needs, its header repeated on each, its labels cut at each page (sheet.ts fitToPaper, SheetBuilder.buildPaged).
 */
const MIN_SCALE = 0.7;

export const monitorSheetName = (fiscalYear: number | undefined): string =>
  fiscalYear === undefined ? '绩效监控表' : `${fiscalYear}年度绩效监控表`;

export const LAYOUT_MONITOR = defineLayout({
  id: 'monitor',
  label: (month) => ({
    'zh-CN': `绩效监控表（${month === undefined ? '' : `1—${month}月`}执行情况与预警）`,
    'en-US': `Mid-year monitoring table (progress${month === undefined ? '' : ` to month ${month}`} and warning lights)`,
  }),
  scheme: false,
  level1: LEVEL1,
  hasPoints: false,
  monitor: true,
  fileLabel: { 'zh-CN': '绩效监控表', 'en-US': 'monitoring' },
  ledgerFields: MONITOR_LEDGER_FIELDS,
  sheetName: monitorSheetName,
  build,
});

/**
 * The legend under the table: what each light means, and where a grey 全年预计执行数 comes from — `planned`: the ledger's
 * column it adds from, named as the ledger heads it (a 全年预计执行数 column is read as 计划拨付, and the officer looks
 * for the header the ledger has); undefined when nothing is suggested.
 */
export function legend(month: number, planned?: string, ceiling = false): string {
  return `预警说明：完成进度不低于时间进度（${month}/12）为${LIGHT_WORD.green}；低于时间进度 20 个百分点以内为${LIGHT_WORD.amber}；` +
    `低于 20 个百分点以上、完成目标可能性为“完全不可能”或完成时限已过仍未完成为${LIGHT_WORD.red}；定性指标按完成目标可能性判断。` +
    (ceiling ? `“≤”（上限）指标全年都不得超过上限，不按时间进度折算：未超过上限为${LIGHT_WORD.green}，超过上限时完成进度（年度指标值÷执行值）在 ${Math.round((1 - AMBER_BAND) * 100)}% 及以上为${LIGHT_WORD.amber}、以下为${LIGHT_WORD.red}。` : '') +
    `灰色斜体的全年预计完成值是按 1—${month}月进度推算的建议值，请核实后填写。` +
    (planned !== undefined ? `灰色斜体的全年预计执行数是 1—${month}月执行数加上项目台账“${planned}”中尚未拨付的部分，请核实后填写。` : '');
}

/** The table, its blocks cut at its printed pages when it runs onto several (SheetBuilder.buildPaged). */
function build(x: LayoutInput): LayoutResult {
  const mon = x.monitor;
  if (!mon) throw new Error('the monitoring table needs the monitoring');
  const { profile, metrics } = x;
  const unit = profile.unit;
  const span = `1—${mon.month}月`;
  const s = new SheetBuilder(WIDTHS);
  const cf: ConditionalFormat[] = [];
  const lights = (range: Merge): void =>
    void cf.push({ range, rules: LIGHTS.map((l) => ({ equals: LIGHT_WORD[l], fill: LIGHT_COLOURS[l].fill, font: LIGHT_COLOURS[l].font })) });

  s.row(0, '项目支出绩效目标执行监控表', TITLE);
  s.height(0, 30);
  s.block(1, A, 1, L, `（${metrics.fiscalYear ?? ''}年度 ${span}）`, SUBTITLE);
  s.block(1, M, 1, N, '监控日期', { ...SUBTITLE, hAlign: 'right' });
  const dateCell = mon.monitorDate ? abs(1, O) : undefined;
  s.block(1, O, 1, P, mon.monitorDate ? dateToSerial(mon.monitorDate) : '', { ...SUBTITLE, hAlign: 'left', numberFormat: DATE_FORMAT });

  s.label(2, A, 2, A, '项目名称');
  s.block(2, B, 2, F, profile.projectName);
  s.label(2, G, 2, G, '主管部门');
  s.block(2, H, 2, L, profile.agency);
  s.label(2, M, 2, N, '实施单位');
  s.block(2, O, 2, P, profile.implementer);

  // 项目资金
  s.label(3, A, 6, A, `项目资金\n（${unit}）`);
  s.block(3, B, 3, D, null, LABEL);
  s.label(3, E, 3, E, '年初预算数');
  s.set(3, F, `${span}\n执行数`, LABEL);
  s.set(3, G, `${span}\n执行率`, LABEL);
  s.block(3, H, 3, H + 1, '全年预计\n执行数', LABEL);
  s.block(3, H + 2, 3, L, '偏差原因分析', LABEL);
  s.set(3, M, '完成目标\n可能性', LABEL);
  s.set(3, N, '时间\n进度', LABEL);
  s.set(3, O, '预警', LABEL);
  s.set(3, P, '备注', LABEL);
  const time = abs(4, N);
  const split = [profile.budgetInitialFiscal, profile.budgetInitialCarried, profile.budgetInitialOther, profile.budgetFiscal, profile.budgetOther].some((v) => v !== undefined);
  const fundRow = (r: number, label: string, initial: number | undefined, executed: number | undefined, rate: number | undefined, total: boolean): void => {
    if (total) s.label(r, B, r, D, label);
    else s.block(r, B, r, D, label, BODY);
    s.set(r, E, amount(initial, unit), AMOUNT);
    s.set(r, F, amount(executed, unit), AMOUNT);
    const shown: LayoutValue = rate === undefined ? '—' : rate;
    s.set(r, G, shown, RATE, executionRateFormula(a1(r, E), a1(r, F)));
    // 全年预计执行数: 配置's figure as an amount; the 计划拨付 suggestion grey and italic, as 全年预计完成值's (约1150.00).
    s.block(r, H, r, H + 1, total ? amount(mon.forecastExecuted, unit) : null, total && mon.forecastExecutedSuggested ? { ...AMOUNT, italic: true, color: SUGGESTION.color, numberFormat: '"约"0.00' } : AMOUNT);
    s.block(r, H + 2, r, L, null);
    if (total) {
      s.set(r, N, mon.timeProgress, RATE, timeProgressFormula(mon.month, dateCell));
      s.set(r, O, mon.budgetLight ? LIGHT_WORD[mon.budgetLight] : NO_LIGHT, LIGHT, budgetLightFormula(a1(r, G), time));
      lights({ top: r, left: O, bottom: r, right: O });
    }
  };
  fundRow(4, '年度资金总额', mon.budgetInitial, mon.executed, mon.rate, true);
  if (split) {
    const fiscal = profile.budgetInitialFiscal ?? profile.budgetFiscal;
    fundRow(5, '其中：财政拨款', fiscal, undefined, undefined, false);
    fundRow(6, '其他资金', profile.budgetInitialOther ?? profile.budgetOther, undefined, undefined, false);
  } else {
    // Nothing split in 配置: the whole budget is 财政拨款, as in the source year.
    fundRow(5, '其中：财政拨款', mon.budgetInitial, mon.executed, mon.rate, false);
    fundRow(6, '其他资金', undefined, undefined, undefined, false);
  }

  // 年度总体目标
  s.label(7, A, 8, A, '年度总体\n目标');
  s.label(7, B, 7, H, '预期目标');
  s.label(7, H + 1, 7, P, `${span}执行情况`);
  s.block(8, B, 8, H, profile.goal ?? '');
  s.block(8, H + 1, 8, P, profile.goalProgress ?? '');
  s.writeIn(8, B, P);

  // 绩效指标
  const head = 9;
  const two = (col: number, text: string): void => s.label(head, col, head + 1, col, text, HEADER);
  two(B, '一级指标');
  two(C, '二级指标');
  two(D, '三级指标');
  two(E, '年度指标值');
  two(F, `${span}\n执行情况`);
  two(G, '全年预计\n完成情况');
  s.label(head, H, head, L, '偏差原因分析', HEADER);
  // two characters a line in their narrow columns (经费 / 保障, 硬件 / 条件 / 保障)
  CAUSES.forEach((c, k) => s.set(head + 1, H + k, c.replace(/(..)(?=.)/g, '$1\n'), { ...HEADER, fontSize: 9 }));
  two(M, '完成目标\n可能性');
  two(N, '完成\n进度');
  two(O, '预警');
  two(P, '备注');

  const category = new Map<string, IndicatorScore['category']>(x.evaluation.indicators.map((sc) => [indicatorPlace(sc.indicator), sc.category]));
  const levels = (m: MonitorIndicator): ItemLevels => ({ category: category.get(indicatorPlace(m.indicator)), level1: m.indicator.level1, level2: m.indicator.level2 });
  const rows: SelfEvalIndicator[] = [];
  let r = head + 2;
  for (const l1 of groupIndicators(mon.indicators, levels, LEVEL1, false)) {
    const n = l1.groups.reduce((k, g) => k + g.items.length, 0);
    s.label(r, B, r + n - 1, B, l1.level1);
    for (const g of l1.groups) {
      s.label(r, C, r + g.items.length - 1, C, g.level2);
      for (const m of g.items) rows.push(indicatorRow(s, r++, m, l1.level1, g.level2, time, dateCell));
    }
  }
  const last = Math.max(r - 1, head + 1);
  s.label(head, A, last, A, '绩效指标');
  if (last > head + 1) lights({ top: head + 2, left: O, bottom: last, right: O });

  // the ceiling's sentence only where a ≤ indicator is lit by its progress
  const ceiling = mon.indicators.some((m) => m.progress !== undefined && m.indicator.op === '≤');
  s.row(last + 1, legend(mon.month, mon.plannedHeader, ceiling), { ...NOTE, fontSize: 9 });
  s.row(last + 3, x.note, NOTE);

  const printArea = { top: 0, left: A, bottom: last + 1, right: P };
  const page: Omit<PageSetup, 'printArea'> = {
    paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
    margins: PAGE_MARGINS,
    printTitleRows: { first: head, last: head + 1 },
  };
  s.fitNumbers(shownNumber);
  const built = s.buildPaged(x.sheetName, printArea, { top: 2, left: A, bottom: last, right: P }, page, 1, MIN_SCALE);
  const layout = { ...built, conditionalFormats: cf };
  return { layout, indicators: rows };
}

/** The target's comparison (or change word) and unit, as the number format shows them. */
function targetShown(m: MonitorIndicator): { prefix: string; suffix: string } {
  const ind = m.indicator;
  const t = ind.parsed;
  const u = ind.unit?.trim() ?? '';
  if (t?.kind === 'change') return { prefix: t.word, suffix: `${u}${t.op === '≤' ? '以内' : ''}` };
  // A range: the cell holds its floor (what the progress formula divides by), the ceiling written after it.
  if (ind.range) return { prefix: '', suffix: `${u}～${formatNumber(ind.range.high)}${u}` };
  return { prefix: ind.op && ind.op !== '定性' ? ind.op : '≥', suffix: u };
}

function indicatorRow(s: SheetBuilder, r: number, m: MonitorIndicator, level1: string, level2: string, time: string, dateCell: string | undefined): SelfEvalIndicator {
  const ind = m.indicator;
  const u = ind.unit?.trim() ?? '';
  const name = ind.level3 ?? '';
  s.set(r, D, name);
  const quantitative = m.kind === 'quantitative' && ind.target !== undefined;
  let target: string;
  let sign = '';
  if (quantitative) {
    const shown = targetShown(m);
    sign = shown.prefix;
    const value = ind.range?.low ?? ind.target!; // a range's floor, whichever end an actual was scored by
    s.set(r, E, value, { ...LABEL, numberFormat: numberFormat(value, shown.prefix, shown.suffix) });
    target = `${shown.prefix}${formatNumber(value)}${shown.suffix}`;
  } else {
    target = formValue(ind.targetText, ind.target, u);
    s.set(r, E, target, LABEL);
  }
  const monitored = m.monitored !== undefined && quantitative ? m.monitored : undefined;
  if (monitored !== undefined) s.set(r, F, monitored, { ...LABEL, numberFormat: numberFormat(monitored, '', u) });
  else s.set(r, F, ind.monitoredText ?? '', LABEL);
  if (m.forecast !== undefined && (quantitative || !m.forecastSuggested))
    s.set(r, G, m.forecast, { ...(m.forecastSuggested ? SUGGESTION : LABEL), numberFormat: numberFormat(m.forecast, m.forecastSuggested ? '约' : '', u) });
  else s.set(r, G, ind.forecastText ?? '', LABEL);
  CAUSES.forEach((c, k) => s.set(r, H + k, ind.causes?.includes(c) ? TICK : '', LABEL));
  s.set(r, M, ind.likelihood ?? '', LABEL);
  const progressCell = a1(r, N);
  const op = ind.range ? '≥' : ind.op === '≤' || ind.op === '=' ? ind.op : '≥';
  if (quantitative) {
    s.set(r, N, m.progress ?? '—', PROGRESS, progressFormula(op, a1(r, E), a1(r, F), ind.range?.high));
  } else s.set(r, N, '—', LABEL);
  const lightText = m.light ? LIGHT_WORD[m.light] : NO_LIGHT;
  const formula = quantitative || (m.deadline && dateCell)
    ? indicatorLightFormula({
      op, likelihood: a1(r, M), monitored: a1(r, F), time, ...(quantitative && ind.range ? { ceiling: ind.range.high } : {}),
      ...(quantitative ? { progress: progressCell } : {}),
      ...(m.deadline && dateCell ? { deadline: { date: m.deadline, on: dateCell } } : {}),
    })
    : likelihoodLightFormula(a1(r, M));
  s.set(r, O, lightText, LIGHT, formula);
  // a target adjusted in the year: 备注 says what it replaced (values.ts adjustedNote), as the 2020 form's 偏差原因分析 does
  const adjusted = adjustment(ind, target, sign);
  const note = [adjustedNote(adjusted, 'note'), ind.causeNote, ind.correction ? `纠偏措施：${ind.correction}` : undefined].filter(Boolean).join('\n');
  s.set(r, P, note);
  return { row: ind.row, ...(ind.sheet !== undefined ? { sheet: ind.sheet } : {}), level1, level2, name, target, actual: ind.monitoredText ?? '', ...(adjusted ? { adjusted } : {}) };
}
