/** `jx monitor FILE [-o OUT] [--month M] [--draft] [--json] [--force]`: the mid-year 绩效监控表 (monitor.md). */
import path from 'node:path';
import { countBySeverity } from '../model/findingsShown';
import { isoDate } from '../model/grid';
import { evaluateWorkbook } from '../model/evaluate';
import type { Locale } from '../model/messages';
import { fenTo } from '../model/money';
import { LIGHTS, NO_LIGHT, type Light } from '../model/monitor';
import { LIGHT_TEXT } from '../model/rules/monitor';
import { generatedAt } from '../model/selfeval';
import { fileLabelOf, MONITOR_LAYOUT } from '../model/selfeval/layouts';
import { writtenFileName } from '../model/text/fileNames';
import { jsonSafe, visibleText } from '../model/text/visible';
import type { ReadLimits } from '../adapters/xlsx/budget';
import type { Console } from './check';
import { prepareOutput, writeNewFile, xlsxBytes } from './io';
import { countsLine, failureSink, findingLine, jsonFinding, refusalJson, sayOverCap, sayRefusal } from './report';

export interface MonitorCliOptions {
  readonly output?: string;
  readonly month?: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly locale: Locale;
  /** Build the table even over structural errors, marked 草稿：数据存在错误 (as `jx selfeval --draft`). */
  readonly draft?: boolean;
  readonly limits?: ReadLimits;
}

const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(x * 100).toFixed(2)}%`);

const T = {
  'zh-CN': {
    badMonth: (v: string) => `--month 只能是 1 至 11 的整数，而不是“${v}”。`,
    noTable: '无法生成绩效监控表：',
    refused: (n: number) => `未生成绩效监控表：工作簿的结构有 ${n} 个错误，读出的数据不完整或不可靠，据此生成的监控表会是错的：`,
    draftHint: '请先修正以上问题；如确需先看一份草稿，请加 --draft（监控表将标明“草稿：数据存在错误”）。',
    draftWritten: '注意：这是草稿，工作簿的结构有错误，表中已标明“草稿：数据存在错误”。',
    exists: (f: string) => `文件“${f}”已存在，未覆盖。如需覆盖请加 --force。`,
    written: (f: string, s: string) => `已生成“${f}”（工作表“${s}”）。`,
    budget: (m: number, rate: string, time: string, light: string) => `1—${m}月预算执行率 ${rate}，时间进度 ${time}，预警：${light}`,
    counts: (c: Readonly<Record<Light, number>>) => `指标预警：${LIGHTS.map((l) => `${LIGHT_TEXT[l]['zh-CN']} ${c[l]} 个`).join('，')}`,
  },
  'en-US': {
    badMonth: (v: string) => `--month must be a whole number from 1 to 11, not "${v}".`,
    noTable: 'Cannot build the monitoring table: ',
    refused: (n: number) => `No monitoring table was built: the workbook's structure has ${n} error(s), so what was read is incomplete or unreliable and a table built from it would be wrong:`,
    draftHint: 'Fix the problems above first; to see a draft anyway, add --draft (the table is then marked as a draft with errors).',
    draftWritten: 'Note: this is a draft; the workbook\'s structure has errors, and the table says so.',
    exists: (f: string) => `"${f}" exists and was not overwritten. Use --force to overwrite it.`,
    written: (f: string, s: string) => `Wrote "${f}" (sheet "${s}").`,
    budget: (m: number, rate: string, time: string, light: string) => `Budget execution to month ${m}: ${rate}, time progress ${time}, light: ${light}`,
    counts: (c: Readonly<Record<Light, number>>) => `Indicator lights: ${LIGHTS.map((l) => `${c[l]} ${LIGHT_TEXT[l]['en-US']}`).join(', ')}`,
  },
} as const;

/** `台账.xlsx` → `台账-绩效监控表.xlsx` beside it (`--lang en`: `台账-monitoring.xlsx`). */
export function defaultMonitorOutput(input: string, locale: Locale): string {
  return path.join(path.dirname(input), writtenFileName(input, { label: fileLabelOf(MONITOR_LAYOUT, locale) }, '.xlsx', locale));
}

/** `--month`: a whole month 1–11, or undefined when not given; null when it is not one. */
export function parseMonth(v: string | undefined): number | undefined | null {
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  return /^\d{1,2}$/.test(v.trim()) && n >= 1 && n <= 11 ? n : null;
}

export async function runMonitor(file: string, opts: MonitorCliOptions, io: Console): Promise<number> {
  const t = T[opts.locale];
  const month = parseMonth(opts.month);
  if (month === null) {
    io.err(t.badMonth(opts.month ?? ''));
    return 2;
  }
  const out = opts.output ?? defaultMonitorOutput(file, opts.locale);
  const fail = failureSink(file, opts.json, io);
  const ready = await prepareOutput(file, out, { locale: opts.locale, limits: opts.limits }, fail);
  if (!ready) return 2;
  const grid = ready.grid;
  const ev = evaluateWorkbook(grid, { fileName: path.basename(file), layout: MONITOR_LAYOUT, month, forSelfEval: true, draft: opts.draft, generatedAt: generatedAt(), existingSheets: [] });
  const se = ev.selfEval;
  const mon = ev.monitor;
  if (ev.refused) return sayRefusal(file, ev.refused, ev.findings, { ...opts, ownSheet: ev.check.ownTable?.sheet }, t, io);
  if (ev.overCap) return sayOverCap(file, ev.overCap, ev.findings, { ...opts, ownSheet: ev.check.ownTable?.sheet }, t.noTable, io);
  if (!se || !mon) {
    if (opts.json) io.out(jsonSafe(refusalJson(file, ev.findings.filter((x) => x.severity === 'error'), ev.findings, opts.locale, ev.check.ownTable?.sheet)));
    io.err(t.noTable);
    for (const f of ev.findings.filter((x) => x.severity === 'error')) io.err('  ' + findingLine(f, opts.locale, ev.check.ownTable?.sheet));
    return 1;
  }
  const bytes = await xlsxBytes([{ layout: se.layout }]);
  if ((await writeNewFile(out, bytes, opts.force)) === 'exists') {
    fail(t.exists(out));
    return 2;
  }
  const lightName = (l: Light | undefined): string => (l ? LIGHT_TEXT[l][opts.locale] : NO_LIGHT);
  if (opts.json) {
    io.out(jsonSafe(JSON.stringify({
      file: out,
      sheet: se.sheetName,
      month: mon.month,
      monitorDate: mon.monitorDate ? isoDate(mon.monitorDate) : null,
      timeProgress: mon.timeProgress,
      budget: {
        unit: ev.check.profile.unit,
        initial: mon.budgetInitial === undefined ? null : fenTo(mon.budgetInitial, ev.check.profile.unit),
        executed: fenTo(mon.executed, ev.check.profile.unit),
        rate: mon.rate ?? null,
        light: mon.budgetLight ?? null,
        forecast: mon.forecastExecuted === undefined ? null : fenTo(mon.forecastExecuted, ev.check.profile.unit),
        forecastSuggested: mon.forecastExecutedSuggested,
      },
      counts: mon.counts,
      draft: se.draft === true,
      indicators: mon.indicators.map((m) => ({
        level1: m.indicator.level1 ?? null, level2: m.indicator.level2 ?? null, name: m.indicator.level3 ?? '',
        target: m.indicator.targetText ?? null, monitored: m.indicator.monitoredText ?? null,
        progress: m.progress ?? null, light: m.light ?? null, basis: m.basis,
        forecast: m.forecast ?? null, forecastSuggested: m.forecastSuggested, likelihood: m.indicator.likelihood ?? null,
      })),
      findings: ev.findings.map((f) => jsonFinding(f, opts.locale, ev.check.ownTable?.sheet)),
    }, null, 2)));
  } else {
    io.out(visibleText(t.written(out, se.sheetName)));
    if (se.draft) io.out(t.draftWritten);
    io.out(t.budget(mon.month, pct(mon.rate), pct(mon.timeProgress), lightName(mon.budgetLight)));
    io.out(t.counts(mon.counts));
    for (const m of mon.indicators)
      if (m.light === 'red' || m.light === 'amber') io.out(visibleText(`  ${lightName(m.light)} ${m.indicator.level3 ?? ''}${m.progress !== undefined ? ` ${pct(m.progress)}` : ''}`));
    for (const f of ev.findings) io.out('  ' + findingLine(f, opts.locale, ev.check.ownTable?.sheet));
    io.out('  ' + countsLine(ev.findings, opts.locale));
  }
  return countBySeverity(ev.findings).error > 0 ? 1 : 0;
}
