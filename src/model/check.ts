/**
 * Checking a workbook: find the sheets, read them, run every rule. One computation used by the
 * CLI, the task pane, the browser page and FINDINGS. Never throws on user data.
 */
import { a1, type Grid, type GridSheet } from './grid';
import { sortFindings, type Finding } from './findings';
import { sumFen } from './money';
import type { Profile, ProjectKey } from './records';
import { INDICATOR_COLUMNS, LEDGER_COLUMNS, acceptedNames, type ColumnDef, type IndicatorKey } from './read/columns';
import { readIndicators, type IndicatorsRead } from './read/indicators';
import { readLedger, type LedgerRead } from './read/ledger';
import { readMaterial, type MaterialRead } from './read/material';
import { readProfile, type ProfileRead } from './read/profile';
import { locateSheet, readTable, type Table } from './read/table';
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
function columnFindings<K extends string>(table: Table<K>, defs: ReadonlyArray<ColumnDef<K>>, emit: (f: Finding) => void): void {
  const sheet = table.sheet.name;
  const firstCol = table.sheet.origin?.col ?? 0;
  for (const d of defs)
    if (d.required && !table.columns[d.key])
      emit({ rule: 'S002', severity: 'error', sheet, row: table.headerRow, col: firstCol, params: { field: d.header, aliases: acceptedNames(d) } });
  for (const d of table.duplicates)
    emit({ rule: 'S003', severity: 'warning', sheet, row: table.headerRow, col: d.col, params: { header: d.header, kept: d.keptHeader, firstCell: a1(table.headerRow, d.firstCol) } });
  if (table.unknown.length)
    emit({ rule: 'S004', severity: 'info', sheet, row: table.headerRow, col: table.unknown[0].col, params: { headers: table.unknown.map((u) => u.header).join('、'), count: table.unknown.length } });
}

/** The rules that compare rows, in the order they run (FINDINGS re-runs them after an incremental re-read). */
export const CROSS_ROW_RULES = [duplicateIds, duplicatePatents, amountsInYuan, totalRows] as const;

export function ledgerContext(ledger: LedgerRead, profile: Profile, fiscalYear: number | undefined): LedgerContext {
  return {
    profile, fiscalYear, ledger, sheet: ledger.table.sheet.name,
    allowedRegions: new Set(profile.regions), industries: new Set(profile.industries),
  };
}

/** Column findings (S002–S004) of a ledger table. */
export function ledgerColumnFindings(table: Table<ProjectKey>): Finding[] {
  const out: Finding[] = [];
  columnFindings(table, LEDGER_COLUMNS, (f) => void out.push(f));
  return out;
}

/** Runs every ledger rule over a read ledger. */
export function ledgerFindings(ledger: LedgerRead, profile: Profile, fiscalYear: number | undefined): Finding[] {
  const out: Finding[] = [...ledger.findings, ...ledgerColumnFindings(ledger.table)];
  const emit = (f: Finding): void => void out.push(f);
  const ctx = ledgerContext(ledger, profile, fiscalYear);
  runRowRules(ledger.projects, ctx, emit);
  for (const rule of CROSS_ROW_RULES) rule(ledger.projects, ctx, emit);
  return out;
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
  const ledgerSheet = locateSheet(grid, SHEET_NAMES.ledger, LEDGER_COLUMNS, taken);
  if (ledgerSheet) taken.add(ledgerSheet.name);
  const indicatorSheet = locateSheet(grid, SHEET_NAMES.indicators, INDICATOR_COLUMNS, taken);

  const ledgerTable = ledgerSheet ? readTable<ProjectKey>(ledgerSheet, LEDGER_COLUMNS) : null;
  let fiscalYear = profile.fiscalYear;
  if (fiscalYear === undefined)
    fiscalYear = inferYear([...(ledgerTable?.titleTexts ?? []), ledgerSheet?.name ?? '', profileSheet?.name ?? '']);
  if (fiscalYear === undefined)
    emit({ rule: 'S005', severity: 'error', sheet: profileSheet?.name ?? ledgerSheet?.name ?? '', row: 0, col: 0, params: {} });

  let ledger: LedgerRead | undefined;
  if (!ledgerTable) {
    emit({ rule: 'S001', variant: ledgerSheet ? 'noHeader' : undefined, severity: 'error', sheet: ledgerSheet?.name ?? '', row: 0, col: 0, params: { sheet: '项目台账', names: SHEET_NAMES.ledger.join('、') } });
  } else {
    ledger = readLedger(ledgerTable, profile.unit);
    pushAll(findings, ledgerFindings(ledger, profile, fiscalYear));
  }
  const disbursedSum = ledger?.table.columns.disbursed ? sumFen(ledger.projects.map((p) => p.disbursed ?? 0)) : undefined;
  budgetRules(profileRead, profileSheet?.name, disbursedSum, emit);

  let indicators: IndicatorsRead | undefined;
  const indicatorTable = indicatorSheet ? readTable<IndicatorKey>(indicatorSheet, INDICATOR_COLUMNS) : null;
  if (indicatorTable) {
    indicators = readIndicators(indicatorTable);
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
  };
}
