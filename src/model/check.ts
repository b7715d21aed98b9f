/**
 * Checking a workbook: find the sheets, read them, run every rule. One computation used by the
 * CLI, the task pane, the browser page and FINDINGS. Never throws on user data.
 */
import { a1, type Grid, type GridSheet, type Merge } from './grid';
import { mergeRef } from './read/merges';
import { stripSpaces } from './read/text';
import { sortFindings, type Finding } from './findings';
import { sumFen } from './money';
import type { Profile, ProjectKey } from './records';
import { INDICATOR_COLUMNS, LEDGER_COLUMNS, acceptedNames, type ColumnDef, type IndicatorKey } from './read/columns';
import { readIndicators, type IndicatorsRead } from './read/indicators';
import { collapseBlankColumns, combineLedger, ledgerParts, readLedger, type LedgerRead } from './read/ledger';
import { regionFromSheetName } from './read/regions';
import { readMaterial, type MaterialRead } from './read/material';
import { readProfile, type ProfileRead } from './read/profile';
import { headerKeys, locateSheet, readTable, type Table } from './read/table';
import type { LedgerContext } from './rules/context';
import { amountsInYuan, duplicateIds, duplicatePatents, totalRows } from './rules/ledgerCross';
import { runRowRules } from './rules/ledgerRow';
import { budgetRules, indicatorRules } from './rules/workbook';
import { pushAll } from './arrays';

export const SHEET_NAMES = {
  profile: ['配置', '参数', '基本信息'],
  ledger: ['项目台账', '台账', '项目清单', '项目明细'],
  indicators: ['绩效指标', '指标', '绩效目标'],
} as const;

export interface CheckOptions {
  /** Also require the 绩效指标 sheet (S001 when missing), as generating the 自评表 does. */
  readonly forSelfEval?: boolean;
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly profile: Profile;
  readonly profileRead: ProfileRead;
  /** 评价年度 from 配置, else inferred from a title; undefined → S005. */
  readonly fiscalYear?: number;
  readonly ledger?: LedgerRead;
  readonly indicators?: IndicatorsRead;
  /** The 报告素材 sheet (report text), when the workbook has one. */
  readonly material?: MaterialRead;
  readonly sheets: { readonly profile?: string; readonly ledger?: string; readonly indicators?: string; readonly material?: string };
  /** Every sheet read as part of the ledger, in sheet order (one per 地州市, or the one ledger sheet). */
  readonly ledgerSheets: ReadonlyArray<string>;
}

const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年/;

/** The first year written as `2018年` in the texts (sheet titles, sheet names). */
export function inferYear(texts: ReadonlyArray<string>): number | undefined {
  for (const t of texts) {
    const m = YEAR_IN_TEXT.exec(t);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** S002/S003/S004 of a table sheet. */
function columnFindings<K extends string>(table: Table<K>, defs: ReadonlyArray<ColumnDef<K>>, emit: (f: Finding) => void, given: ReadonlySet<K> = new Set()): void {
  const sheet = table.sheet.name;
  const firstCol = table.sheet.origin?.col ?? 0;
  for (const d of defs)
    if (d.required && !table.columns[d.key] && !given.has(d.key))
      emit({ rule: 'S002', severity: 'error', sheet, row: table.headerRow, col: firstCol, params: { field: d.header, aliases: acceptedNames(d) } });
  for (const d of table.duplicates)
    emit({ rule: 'S003', severity: 'warning', sheet, row: table.headerRow, col: d.col, params: { header: d.header, kept: d.keptHeader, firstCell: a1(table.headerRow, d.firstCol) } });
  if (table.unknown.length)
    emit({ rule: 'S004', severity: 'info', sheet, row: table.headerRow, col: table.unknown[0].col, params: { headers: table.unknown.map((u) => u.header).join('、'), count: table.unknown.length } });
}

/** The rules that compare rows, in the order they run (FINDINGS re-runs them after an incremental re-read). */
export const CROSS_ROW_RULES = [duplicateIds, duplicatePatents, amountsInYuan, totalRows] as const;
/** Of those, the ones that compare the rows of one sheet (a 合计 row, a column's median); the others span every sheet of a ledger. */
const SHEET_ROW_RULES: ReadonlySet<(typeof CROSS_ROW_RULES)[number]> = new Set([amountsInYuan, totalRows]);

export function ledgerContext(ledger: LedgerRead, profile: Profile, fiscalYear: number | undefined): LedgerContext {
  return {
    profile, fiscalYear, ledger, sheet: ledger.table.sheet.name,
    allowedRegions: new Set(profile.regions), industries: new Set(profile.industries),
  };
}

/** Column findings (S002–S004) of a ledger table (no S002 for a 地州市 the sheet name gives). */
export function ledgerColumnFindings(table: Table<ProjectKey>, regionFromSheet = false): Finding[] {
  const out: Finding[] = [];
  columnFindings(table, LEDGER_COLUMNS, (f) => void out.push(f), regionFromSheet ? new Set<ProjectKey>(['region']) : undefined);
  return out;
}

/**
 * Runs every ledger rule over a read ledger. A ledger over several sheets: each sheet's columns,
 * rows, 合计 rows and medians on their own, duplicates (L004, L015) across all the sheets.
 */
export function ledgerFindings(ledger: LedgerRead, profile: Profile, fiscalYear: number | undefined): Finding[] {
  const out: Finding[] = [];
  const emit = (f: Finding): void => void out.push(f);
  const parts = ledgerParts(ledger);
  const own = new Map<object, LedgerContext>();
  for (const part of parts) {
    pushAll(out, collapseBlankColumns(part.findings, part.table));
    pushAll(out, ledgerColumnFindings(part.table, part.regionFromSheet !== undefined));
    const ctx = ledgerContext(part, profile, fiscalYear);
    for (const p of part.projects) own.set(p, ctx);
    runRowRules(part.projects, ctx, emit);
    for (const rule of CROSS_ROW_RULES) if (SHEET_ROW_RULES.has(rule)) rule(part.projects, ctx, emit);
  }
  const whole: LedgerContext = { ...ledgerContext(ledger, profile, fiscalYear), ...(parts.length > 1 ? { partOf: (p) => own.get(p)! } : {}) };
  for (const rule of CROSS_ROW_RULES) if (!SHEET_ROW_RULES.has(rule)) rule(ledger.projects, whole, emit);
  return out;
}

/** Share of a ledger's known columns (地州市 aside) another sheet must name to be part of that ledger. */
const PART_MATCH = 0.6;

/**
 * The sheets of the ledger: the one found by name (else by its headers), and every other visible
 * sheet whose header names the same columns (≥ 60 % of them, 地州市 aside, with 项目编号 or
 * 项目名称) — a ledger sent as one sheet per 地州市 — in sheet order.
 */
export function locateLedgerSheets(grid: Grid, exclude: ReadonlySet<string>): GridSheet[] {
  const primary = locateSheet(grid, SHEET_NAMES.ledger, LEDGER_COLUMNS, exclude);
  if (!primary) return [];
  const main = headerKeys(primary, LEDGER_COLUMNS);
  main.delete('region');
  if (main.size < 2) return [primary];
  return grid.sheets.filter((s) => {
    if (s === primary) return true;
    if (exclude.has(s.name) || s.hidden) return false;
    const keys = headerKeys(s, LEDGER_COLUMNS);
    if (keys.size < 3 || !(keys.has('id') || keys.has('name'))) return false;
    let shared = 0;
    for (const k of main) if (keys.has(k)) shared++;
    return shared >= PART_MATCH * main.size;
  });
}

/** `2018年度…` in 一级指标 values: the levels an indicator table has (产出/效益/满意度, 项目完成/项目效果, 成本 …). */
const LEVEL1_WORD = /^(?:产出|效益|效果|满意度|项目完成|项目效果|成本|投入|过程|管理)/;

/**
 * The 绩效指标 sheet: found by its name (or alias); else a sheet is taken for one only when its
 * 一级指标 column holds indicator levels — a sheet of budget codes with 指标名称 | 指标值 | 单位 is not one.
 */
export function locateIndicatorSheet(grid: Grid, exclude: ReadonlySet<string>): GridSheet | undefined {
  const byName = locateSheet(grid, SHEET_NAMES.indicators, null, exclude);
  if (byName) return byName;
  const candidates = grid.sheets.filter((s) => !exclude.has(s.name));
  let best: GridSheet | undefined;
  let bestScore = 2;
  for (const s of candidates) {
    const keys = headerKeys(s, INDICATOR_COLUMNS);
    if (keys.size <= bestScore || !keys.has('level1')) continue;
    const t = readTable<IndicatorKey>(s, INDICATOR_COLUMNS);
    const c = t?.columns.level1?.col;
    if (!t || c === undefined) continue;
    if (!t.bodyRows.some((r) => { const v = t.value(r, c); return typeof v === 'string' && LEVEL1_WORD.test(stripSpaces(v)); })) continue;
    best = s;
    bestScore = keys.size;
  }
  return best;
}

/** S006: the overlapping merged ranges of a sheet read, once per sheet. */
function overlapFinding(table: Table<string>, emit: (f: Finding) => void): void {
  if (!table.overlaps.length) return;
  const first = table.overlaps[0].dropped;
  const list = (ms: ReadonlyArray<Merge>): string => [...new Set(ms.map(mergeRef))].join('、');
  emit({
    rule: 'S006', severity: 'info', sheet: table.sheet.name, row: first.top, col: first.left,
    params: { sheet: table.sheet.name, ranges: list(table.overlaps.map((o) => o.dropped)), kept: list(table.overlaps.map((o) => o.kept)) },
  });
}

/** S001 without a ledger: the sheet that came closest (most known ledger headers) and the headers recognised there. */
function noLedgerFinding(grid: Grid, exclude: ReadonlySet<string>): Finding {
  let closest: { sheet: string; keys: Set<ProjectKey> } | undefined;
  for (const sh of grid.sheets) {
    if (exclude.has(sh.name)) continue;
    const keys = headerKeys(sh, LEDGER_COLUMNS);
    if (keys.size && (!closest || keys.size > closest.keys.size)) closest = { sheet: sh.name, keys };
  }
  const params = { sheet: '项目台账', names: SHEET_NAMES.ledger.join('、') };
  if (!closest) return { rule: 'S001', severity: 'error', sheet: '', row: 0, col: 0, params };
  const headers = LEDGER_COLUMNS.filter((d) => closest!.keys.has(d.key)).map((d) => d.header);
  return { rule: 'S001', variant: 'closest', severity: 'error', sheet: closest.sheet, row: 0, col: 0, params: { ...params, closest: closest.sheet, headers: headers.join('、'), count: headers.length } };
}

/** Where S005 says the year was looked for: the ledger's title lines and the sheet names. */
function yearSearched(grid: Grid, ledgerTable: Table<ProjectKey> | null): string {
  const quote = (t: string): string => `“${t.length > 30 ? t.slice(0, 30) + '…' : t}”`;
  const titles = (ledgerTable?.titleTexts ?? []).filter((t) => !/单位/.test(t)).slice(0, 2);
  const parts: string[] = [];
  if (titles.length) parts.push(`台账标题 ${titles.map(quote).join('、')}`);
  else parts.push('台账标题（台账的标题行之上没有标题）');
  parts.push(`工作表名称 ${grid.sheets.slice(0, 6).map((x) => quote(x.name)).join('、')}${grid.sheets.length > 6 ? ' 等' : ''}`);
  return parts.join('和');
}

/** S005: no 配置 sheet, no 评价年度 row in it, or the row blank — and where else the year was looked for. */
function noYearFinding(grid: Grid, profileSheet: GridSheet | undefined, profileRead: ProfileRead, ledgerTable: Table<ProjectKey> | null): Finding {
  const where = yearSearched(grid, ledgerTable);
  if (!profileSheet) return { rule: 'S005', variant: 'noProfile', severity: 'error', sheet: ledgerTable?.sheet.name ?? '', row: 0, col: 0, params: { where } };
  const cell = profileRead.cells.fiscalYear;
  if (cell) return { rule: 'S005', variant: 'blank', severity: 'error', sheet: profileSheet.name, ...cell, params: { cell: a1(cell.row, cell.col), where } };
  return { rule: 'S005', severity: 'error', sheet: profileSheet.name, row: 0, col: 0, params: { where } };
}

/** Checks a whole workbook. */
export function checkWorkbook(grid: Grid, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const emit = (f: Finding): void => void findings.push(f);
  const profileSheet: GridSheet | undefined = locateSheet(grid, SHEET_NAMES.profile, null);
  const profileRead = readProfile(profileSheet);
  pushAll(findings, profileRead.findings);
  const { profile } = profileRead;

  const taken = new Set(profileSheet ? [profileSheet.name] : []);
  const ledgerSheets = locateLedgerSheets(grid, taken);
  const ledgerSheet = ledgerSheets[0];
  for (const s of ledgerSheets) taken.add(s.name);
  const indicatorSheet = locateIndicatorSheet(grid, taken);

  const ledgerTables = ledgerSheets.map((s) => readTable<ProjectKey>(s, LEDGER_COLUMNS));
  const ledgerTable = ledgerTables[0] ?? null;
  let fiscalYear = profile.fiscalYear;
  if (fiscalYear === undefined)
    fiscalYear = inferYear([...(ledgerTable?.titleTexts ?? []), ledgerSheet?.name ?? '', profileSheet?.name ?? '']);
  if (fiscalYear === undefined) emit(noYearFinding(grid, profileSheet, profileRead, ledgerTable));

  let ledger: LedgerRead | undefined;
  if (!ledgerTable) {
    emit(ledgerSheet
      ? { rule: 'S001', variant: 'noHeader', severity: 'error', sheet: ledgerSheet.name, row: 0, col: 0, params: { sheet: ledgerSheet.name } }
      : noLedgerFinding(grid, taken));
  } else {
    const allowed = new Set(profile.regions);
    const parts: LedgerRead[] = [];
    ledgerTables.forEach((t, i) => {
      if (t) parts.push(readLedger(t, profile.unit, { region: regionFromSheetName(ledgerSheets[i].name, allowed) }));
      else emit({ rule: 'S001', variant: 'noHeader', severity: 'error', sheet: ledgerSheets[i].name, row: 0, col: 0, params: { sheet: ledgerSheets[i].name } });
    });
    ledger = combineLedger(parts);
    pushAll(findings, ledgerFindings(ledger, profile, fiscalYear));
    for (const t of ledgerTables) if (t) overlapFinding(t, emit);
  }
  const disbursedSum = ledger?.table.columns.disbursed ? sumFen(ledger.projects.map((p) => p.disbursed ?? 0)) : undefined;
  budgetRules(profileRead, profileSheet?.name, disbursedSum, emit);

  let indicators: IndicatorsRead | undefined;
  const indicatorTable = indicatorSheet ? readTable<IndicatorKey>(indicatorSheet, INDICATOR_COLUMNS) : null;
  if (indicatorTable) {
    indicators = readIndicators(indicatorTable);
    overlapFinding(indicatorTable, emit);
    pushAll(findings, indicators.findings);
    columnFindings(indicatorTable, INDICATOR_COLUMNS, emit);
    indicatorRules(indicators, emit);
  } else if (options.forSelfEval) {
    emit({ rule: 'S001', variant: 'indicators', severity: 'error', sheet: indicatorSheet?.name ?? '', row: 0, col: 0, params: { sheet: '绩效指标', names: SHEET_NAMES.indicators.join('、') } });
  }

  if (indicatorSheet) taken.add(indicatorSheet.name);
  const material = readMaterial(grid, taken);
  if (material) pushAll(findings, material.findings);

  return {
    findings: sortFindings(findings, grid.sheets.map((s) => s.name)),
    profile,
    profileRead,
    fiscalYear,
    ledger,
    indicators,
    material,
    sheets: { profile: profileSheet?.name, ledger: ledgerSheet?.name, indicators: indicatorSheet?.name, material: material?.sheet },
    ledgerSheets: ledger ? ledgerParts(ledger).map((p) => p.table.sheet.name) : [],
  };
}
