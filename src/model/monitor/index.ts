/**
 * The mid-year monitoring (monitor.md, "双监控"): budget execution against time progress M/12,
 * each indicator's progress and its early-warning light, the year's forecasts (given, or a
 * suggestion that is never taken for the user's words), and the rules M001–M005.
 *
 * Every decision of a light is made here, once: the table's native formulas (formulas.ts) say the
 * same thing in Excel's words, and a test holds them to each other.
 */
import { compareDates, dateValue, isoDate, type DateValue } from '../grid';
import type { Finding } from '../findings';
import { type Fen } from '../money';
import { sumFen } from '../aggregates';
import type { Indicator, Profile, Project, ProjectKey } from '../records';
import { acceptedNamesOf, LEDGER_COLUMNS, type IndicatorKey } from '../read/columns';
import { INDICATOR_COLUMNS } from '../read/indicatorColumns';
import { deadlineDate } from '../read/targets';
import { spanMonth } from '../read/months';
import { projectStatusOf } from '../read/status';
import { M001, M002, M003, M004, M005, M006, M007, M008, type LightCode } from '../rules/monitor';
import { scoringKind } from '../scoring/evaluate';
import { inPercent } from '../read/indicators';
import type { Where } from '../rules/define';
import { saysDone, type Likelihood } from './words';

export type Light = LightCode;
export const LIGHTS: ReadonlyArray<Light> = ['green', 'amber', 'red'];

/** The words the table prints for a light (its conditional formats colour them). */
export const LIGHT_WORD: Readonly<Record<Light, string>> = { green: '绿灯', amber: '黄灯', red: '红灯' };
/** What the table prints where there is no light (nothing to judge by). */
export const NO_LIGHT = '—';
/** Fill and font colour of each light (Excel's own good / neutral / bad cell styles). */
export const LIGHT_COLOURS: Readonly<Record<Light, { readonly fill: string; readonly font: string }>> = {
  green: { fill: '#C6EFCE', font: '#006100' },
  amber: { fill: '#FFEB9C', font: '#9C5700' },
  red: { fill: '#FFC7CE', font: '#9C0006' },
};

/** The cut-off month when 配置 names none: 1—7月, as most provinces monitor. */
export const DEFAULT_MONITOR_MONTH = 7;
/** Amber reaches this far below time progress (20 percentage points); beyond it, red. */
export const AMBER_BAND = 0.2;
/** M001: budget execution more than this far behind time progress (10 points). */
export const BUDGET_BEHIND = 0.1;
/** Comparisons are made on values rounded to this many places, in the model and in the formulas alike. */
export const COMPARE_PLACES = 9;

export const LIKELIHOOD_LIGHT: Readonly<Record<Likelihood, Light>> = { 确定能: 'green', 有可能: 'amber', 完全不可能: 'red' };

const round = (x: number): number => {
  const f = 10 ** COMPARE_PLACES;
  return Math.round(x * f) / f;
};

/** Time progress M/12. */
export function timeProgress(month: number): number {
  return month / 12;
}

/**
 * Progress toward a target: monitored / target (≥, =). For a ceiling (≤) the inverse sense: a value at or under
 * the ceiling has held it (100 %), one over it target / monitored (≤10天 at 12: 83.3 %; a 零 ceiling at any
 * excess: 0).
 */
export function progressOf(op: Indicator['op'], target: number | undefined, monitored: number | undefined): number | undefined {
  if (target === undefined || monitored === undefined) return undefined;
  if (op === '≤') return monitored <= target || monitored <= 0 ? 1 : target / monitored;
  return target === 0 ? undefined : monitored / target;
}

/**
 * What an indicator's progress is held to: time progress M/12 for a quantity reached over the year (≥, =); the
 * whole (100 %) for a ceiling (≤), which must hold at every moment of the year — over it is not on track
 * whatever the month (≤10天 at 12 is 83.3 % of the way, amber; it was green against 7/12). `time` is the
 * model's number or the formula's cell, so that the table's formula holds the same bar.
 */
export function progressBar<T extends number | string>(op: Indicator['op'], time: T): T | 1 {
  return op === '≤' ? 1 : time;
}

/** Green at or above time progress, amber up to 20 points below it, red beyond. */
export function lightOfProgress(progress: number, time: number): Light {
  if (round(progress - time) >= 0) return 'green';
  if (round(progress - time + AMBER_BAND) >= 0) return 'amber';
  return 'red';
}

export type LightBasis = 'progress' | 'likelihood' | 'deadline' | 'none';

export interface MonitorIndicator {
  readonly indicator: Indicator;
  readonly kind: 'quantitative' | 'qualitative' | 'na';
  /** Whether the target is a deadline (the table's light formula compares its date). */
  readonly deadline?: DateValue;
  readonly progress?: number;
  readonly light?: Light;
  readonly basis: LightBasis;
  /** 监控期完成值 as the table writes and the light reads it: a fraction of a `%` target in percent (0.97 → 97), as scored. */
  readonly monitored?: number;
  /** 全年预计完成值: given, else a linear suggestion (monitored × 12 / M) for a quantity that accumulates. */
  readonly forecast?: number;
  readonly forecastSuggested: boolean;
}

export interface Monitor {
  readonly month: number;
  readonly monitorDate?: DateValue;
  readonly timeProgress: number;
  /** 年初预算数 (else 全年预算数), 分. */
  readonly budgetInitial?: Fen;
  /** 1—M月执行数 = Σ 本年拨付 as of the cut-off, 分. */
  readonly executed: Fen;
  readonly rate?: number;
  readonly budgetLight?: Light;
  /**
   * 全年预计执行数: as 配置 gives it; else, when the ledger has a 计划拨付 column, a suggestion = 执行数 + the
   * planned payments still due (Σ max(0, 计划拨付 − 本年拨付 so far) per project). Never extrapolated for money.
   */
  readonly forecastExecuted?: Fen;
  /** Whether forecastExecuted is the product's suggestion (shown grey and italic, never as the user's figure). */
  readonly forecastExecutedSuggested: boolean;
  /**
   * With the suggestion only (absent when 配置 gives the figure or there is none): its column as the ledger heads
   * it (`全年预计执行数`, `本年计划拨付`; 计划拨付 when not told), which the legend names whenever it is present.
   */
  readonly plannedHeader?: string;
  readonly indicators: ReadonlyArray<MonitorIndicator>;
  /** Indicators per light. */
  readonly counts: Readonly<Record<Light, number>>;
  readonly findings: ReadonlyArray<Finding>;
}

export interface MonitorInput {
  readonly profile: Profile;
  readonly projects: ReadonlyArray<Project>;
  readonly indicators: ReadonlyArray<Indicator>;
  /** The cut-off month asked for (`--month`), over 配置's 监控截止月份. */
  readonly month?: number;
  /** Where the sheets' fields are, for the findings. */
  readonly ledger?: { readonly sheet: string; readonly cols: Partial<Record<ProjectKey, number>>; readonly headerRow?: number };
  readonly indicatorSheet?: { readonly sheet: string; readonly cols: Partial<Record<IndicatorKey, number>>; readonly headerRow?: number };
  /** The ledger's sheets, each with its projects (a ledger of a sheet per prefecture); default: `ledger` with every project. */
  readonly ledgerParts?: ReadonlyArray<{ readonly sheet: string; readonly disbursedCol?: number; readonly projects: ReadonlyArray<Project> }>;
  /** Where M001 points: the budget cell of 配置. */
  readonly budgetCell?: Where;
  /** Where M008 points: 配置's 监控日期. */
  readonly monitorDateCell?: Where;
  /** The headers of the columns read as of the cut-off (本年拨付 of each ledger sheet, 监控期完成值): `1-7月拨付` names its month. */
  readonly spanHeaders?: ReadonlyArray<Where & { readonly header: string }>;
  /** The header the ledger's 计划拨付 was read from (LedgerRead.table.columns.planned.header), as written. */
  readonly plannedHeader?: string;
}

/** The month a column's header names for its span (`1-7月拨付`, `1—7月执行情况`, `1至9月完成值`, `截至7月底完成情况`), if any. */
export function headerMonth(header: string): number | undefined {
  return spanMonth(header);
}

/** The cut-off month: asked for, else 配置's, else the month of 监控日期, else the month the columns' headers name, else 7. */
export function monitorMonth(profile: Profile, asked?: number, written?: number): number {
  return asked ?? profile.monitorMonth ?? profile.monitorDate?.month ?? written ?? DEFAULT_MONITOR_MONTH;
}

/** 监控日期, else the last day of the cut-off month of the fiscal year. */
export function monitorDateOf(profile: Profile, month: number): DateValue | undefined {
  if (profile.monitorDate && profile.monitorDate.month === month) return profile.monitorDate;
  if (profile.fiscalYear === undefined) return undefined;
  const d = deadlineDate({ kind: 'deadline', month }, profile.fiscalYear)!;
  return dateValue(d.year, d.month, d.day);
}

/** A quantity that accumulates over the year (a count or an amount reached with ≥), which a straight line may extrapolate. */
function accumulates(ind: Indicator): boolean {
  const unit = ind.unit ?? '';
  return ind.op === '≥' && ind.parsed?.kind === 'quantity' && !/[%％‰率]/.test(unit) && !/[%％]/.test(ind.targetText ?? '');
}

/** Decimal places of a number as written (49 → 0, 37590.1 → 1), at most 2. */
const placesOf = (x: number): number => Math.min(2, (/\.(\d+)$/.exec(String(x))?.[1] ?? '').length);

/**
 * The straight line's year, to the places of the figures it comes from (the count so far and the target), at most
 * two: 180 人次 of 500 by July is 约309人次, not 308.57 — a count the officer writes whole is forecast whole.
 */
function lineForecast(monitored: number, target: number | undefined, month: number): number {
  const f = 10 ** Math.max(placesOf(monitored), target === undefined ? 0 : placesOf(target));
  return Math.round(((monitored * 12) / month) * f) / f;
}

export function monitorIndicator(ind: Indicator, time: number, month: number, on: DateValue | undefined, fiscalYear: number | undefined): MonitorIndicator {
  const kind = scoringKind(ind);
  const likely = ind.likelihood ? LIKELIHOOD_LIGHT[ind.likelihood] : undefined;
  const t = ind.parsed;
  const due = t?.kind === 'deadline' ? deadlineDate(t, fiscalYear) : undefined;
  const deadline = due ? dateValue(due.year, due.month, due.day) : undefined;
  const percent = (v: number | undefined): number | undefined => (v === undefined || ind.target === undefined ? v : inPercent(ind, v));
  const monitored = percent(ind.monitored);
  const given = percent(ind.forecast);
  // A range: beyond its ceiling it is a ceiling missed (held to 100 %), else the way to its floor (rangeBound).
  const bound = rangeBound(ind, monitored);
  const progress = kind === 'quantitative' ? progressOf(bound.op, bound.target, monitored) : undefined;
  let light: Light | undefined;
  let basis: LightBasis = 'none';
  if (ind.likelihood === '完全不可能') [light, basis] = ['red', 'likelihood'];
  else if (deadline && on && compareDates(deadline, on) < 0) [light, basis] = [saysDone(ind.monitoredText) ? 'green' : 'red', 'deadline'];
  else if (progress !== undefined) [light, basis] = [lightOfProgress(progress, progressBar(bound.op, time)), 'progress'];
  else if (likely) [light, basis] = [likely, 'likelihood'];
  const suggest = given === undefined && kind === 'quantitative' && monitored !== undefined && accumulates(ind);
  return {
    indicator: ind,
    kind,
    ...(deadline ? { deadline } : {}),
    ...(progress !== undefined ? { progress } : {}),
    ...(light ? { light } : {}),
    basis,
    ...(monitored !== undefined ? { monitored } : {}),
    ...(given !== undefined ? { forecast: given } : suggest ? { forecast: lineForecast(monitored!, ind.target, month) } : {}),
    forecastSuggested: suggest,
  };
}

/**
 * What a monitored value is measured against: the indicator's comparison and target, or for a range (`3-5个工作日`,
 * `50-100个`) its ceiling (≤) once the value is beyond it, else its floor (≥). The table's formulas do the same.
 */
export function rangeBound(ind: Pick<Indicator, 'op' | 'target' | 'range'>, monitored: number | undefined): { op: Indicator['op']; target: number | undefined } {
  if (ind.range && monitored !== undefined && round(monitored - ind.range.high) > 0) return { op: '≤', target: ind.range.high };
  return ind.range ? { op: '≥', target: ind.range.low } : { op: ind.op, target: ind.target };
}

const pct = (x: number): string => (round(x) * 100).toFixed(2);

/** Whether a forecast misses its target (the direction of the comparison). */
function misses(op: Indicator['op'], forecast: number, target: number): boolean {
  if (op === '≤') return round(forecast - target) > 0;
  if (op === '=') return round(forecast - target) !== 0;
  return round(target - forecast) > 0;
}

/**
 * The ledger fields the monitoring reads: 本年拨付 (the 1—M月执行数), and what M005 looks at and names a
 * project by. A required column of the year-end ledger outside these (项目总投资, 专利号 …) missing or
 * blank does not refuse the monitoring table (its entry in the layout registry carries this list).
 */
export const MONITOR_LEDGER_FIELDS: ReadonlyArray<ProjectKey> = ['id', 'name', 'approved', 'priorDisbursed', 'disbursed', 'contractStart', 'status', 'planned'];

/** The 计划拨付 column named as its header writes it, on one line (`全年预计\n执行数`); its canonical name when not told. */
function plannedHeaderOf(header: string | undefined): string {
  const h = header?.replace(/\s*\n\s*/g, '').trim();
  return h || LEDGER_COLUMNS.find((d) => d.key === 'planned')!.header;
}

/**
 * 全年预计执行数 suggested from the ledger's 计划拨付 (the year's planned payment of each project): what is paid so
 * far plus what the plan still owes each project (a project paid beyond its plan owes nothing more). None when no
 * project has a planned payment (no such column, or all blank).
 */
export function plannedForecast(projects: ReadonlyArray<Pick<Project, 'disbursed' | 'planned'>>, executed: Fen): Fen | undefined {
  if (!projects.some((p) => p.planned !== undefined)) return undefined;
  return sumFen([executed, ...projects.map((p) => (p.planned === undefined ? 0 : Math.max(0, p.planned - (p.disbursed ?? 0))))]);
}

export function computeMonitor(input: MonitorInput): Monitor {
  const { profile } = input;
  const findings: Finding[] = [];
  const spans = (input.spanHeaders ?? []).flatMap((h) => {
    const m = headerMonth(h.header);
    return m === undefined ? [] : [{ ...h, month: m }];
  });
  const month = monitorMonth(profile, input.month, spans[0]?.month);
  // figures as of another month than the cut-off: rates and lights would compare them with the wrong time progress
  for (const h of spans)
    if (h.month !== month) findings.push(M007.finding.main({ sheet: h.sheet, row: h.row, col: h.col }, { header: h.header, written: h.month, month }));
  const time = timeProgress(month);
  const on = monitorDateOf(profile, month);
  // 配置's 监控日期 in another month: the table dates the period's end instead, and says so
  if (profile.monitorDate && on && compareDates(profile.monitorDate, on) !== 0)
    findings.push(M008.finding.main(input.monitorDateCell ?? input.budgetCell ?? { sheet: '', row: 0, col: 0 }, { given: isoDate(profile.monitorDate), month, shown: isoDate(on) }));
  const fy = profile.fiscalYear;

  const executed = sumFen(input.projects.map((p) => p.disbursed ?? 0));
  const budgetInitial = profile.budgetInitial ?? profile.budget;
  const rate = budgetInitial ? executed / budgetInitial : undefined;
  const budgetLight = rate === undefined ? undefined : lightOfProgress(rate, time);
  if (rate !== undefined && round(time - rate - BUDGET_BEHIND) > 0) {
    const where = input.budgetCell ?? { sheet: input.ledger?.sheet ?? '', row: input.ledger?.headerRow ?? 0, col: input.ledger?.cols.disbursed ?? 0 };
    findings.push(M001.finding.main(where, { rate: pct(rate), time: pct(time), behind: pct(time - rate), month }));
  }

  const iCol = (ind: Indicator, ...keys: IndicatorKey[]): Where => {
    const cols = input.indicatorSheet?.cols ?? {};
    const col = keys.map((k) => cols[k]).find((c) => c !== undefined) ?? cols.level3 ?? 0;
    return { sheet: ind.sheet ?? input.indicatorSheet?.sheet ?? '', row: ind.row, col };
  };
  const indicators = input.indicators.map((ind) => monitorIndicator(ind, time, month, on, fy));
  const sheet = input.indicatorSheet;
  const quantitative = indicators.filter((m) => m.kind === 'quantitative').length;
  if (sheet && sheet.cols.monitored === undefined && quantitative > 0) {
    const def = INDICATOR_COLUMNS.find((d) => d.key === 'monitored')!;
    findings.push(M006.finding.main({ sheet: sheet.sheet, row: sheet.headerRow ?? 0, col: sheet.cols.target ?? sheet.cols.level3 ?? 0 }, { field: def.header, aliases: acceptedNamesOf(def), spanHeader: `1—${month}月执行情况`, count: quantitative }));
  }
  for (const m of indicators) {
    const ind = m.indicator;
    const name = ind.level3 ?? '';
    if ((m.light === 'amber' || m.light === 'red') && !ind.causes?.length && !ind.causeNote)
      findings.push(M002.finding.main(iCol(ind, 'causes', 'causeNote', 'likelihood'), { name, light: m.light }));
    if (ind.likelihood === '完全不可能' && !ind.correction)
      findings.push(M003.finding.main(iCol(ind, 'correction', 'likelihood'), { name }));
    const forecast = m.forecastSuggested ? undefined : m.forecast; // the one given, in the target's unit
    if (ind.likelihood !== '确定能' || forecast === undefined || ind.target === undefined || m.kind !== 'quantitative') continue;
    // A range is missed below its floor or beyond its ceiling (ind.op is the floor's ≥ when no actual is written).
    const range = ind.range;
    if (range) {
      if (round(range.low - forecast) > 0 || round(forecast - range.high) > 0)
        findings.push(M004.finding.range(iCol(ind, 'forecast'), { name, forecast, low: range.low, high: range.high, unit: ind.unit ?? '' }));
    } else if (misses(ind.op, forecast, ind.target))
      findings.push(M004.finding.main(iCol(ind, 'forecast'), { name, forecast, target: ind.target, op: ind.op === '定性' || !ind.op ? '' : ind.op, unit: ind.unit ?? '' }));
  }

  if (fy !== undefined) {
    const yearStart = dateValue(fy, 1, 1);
    // A ledger of several sheets (one per prefecture): each project is named on its own sheet.
    const parts = input.ledgerParts ?? (input.ledger ? [{ sheet: input.ledger.sheet, disbursedCol: input.ledger.cols.disbursed, projects: input.projects }] : []);
    for (const part of parts) {
      if (part.disbursedCol === undefined) continue;
      for (const p of part.projects) {
        if ((p.disbursed ?? 0) !== 0 || !p.contractStart || compareDates(p.contractStart, yearStart) >= 0) continue;
        const status = p.status === undefined ? undefined : projectStatusOf(p.status);
        // finished, ended or suspended: no payment is due this year
        if (status === '已验收' || status === '终止' || status === '中止') continue;
        // Paid in full in earlier years: nothing is due this year.
        if (p.approved !== undefined && p.priorDisbursed !== undefined && p.priorDisbursed >= p.approved) continue;
        findings.push(M005.finding.main({ sheet: part.sheet, row: p.row, col: part.disbursedCol, projectId: p.id }, {
          name: p.name ?? p.id ?? '', start: isoDate(p.contractStart), month,
        }));
      }
    }
  }

  const counts = { green: 0, amber: 0, red: 0 };
  for (const m of indicators) if (m.light) counts[m.light]++;
  const forecastExecuted = profile.forecastExecuted ?? plannedForecast(input.projects, executed);
  const suggested = profile.forecastExecuted === undefined && forecastExecuted !== undefined;
  return {
    month, ...(on ? { monitorDate: on } : {}), timeProgress: time,
    ...(budgetInitial !== undefined ? { budgetInitial } : {}), executed,
    ...(rate !== undefined ? { rate } : {}), ...(budgetLight ? { budgetLight } : {}),
    ...(forecastExecuted !== undefined ? { forecastExecuted } : {}),
    forecastExecutedSuggested: suggested,
    ...(suggested ? { plannedHeader: plannedHeaderOf(input.plannedHeader) } : {}),
    indicators, counts, findings,
  };
}

