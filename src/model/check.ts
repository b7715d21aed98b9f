/**
 * Checking a workbook: find the sheets, read them, run every rule. One computation used by the
 * CLI, the task pane, the browser page and FINDINGS. Never throws on user data.
 */
import { a1, type Grid, type GridSheet, type Merge } from './grid';
import { sortFindings, type Finding } from './findings';
import { sumFen } from './money';
import type { Profile, ProjectKey } from './records';
import { INDICATOR_COLUMNS, LEDGER_COLUMNS, type IndicatorKey } from './read/columns';
import { readIndicators, type IndicatorsRead } from './read/indicators';
import { combineLedger, ledgerParts, readLedger, type LedgerRead } from './read/ledger';
import { mergeRef } from './read/merges';
import { regionFromSheetName } from './read/regions';
import { categoryOf } from './selfeval/categories';
import { readMaterial, type MaterialRead } from './read/material';
import { readProfile, type ProfileRead } from './read/profile';
import { headerKeys, locateSheet, readTable, type Table } from './read/table';
import { HEADER_EXAMPLES, inferYear, ledgerFindings, SHEET_NAMES } from './ledgerCheck';
import { columnFindings, S001, S005, S006 } from './rules/sheets';
import { budgetRules, indicatorRules } from './rules/workbook';
import { pushAll } from './arrays';

export { HEADER_EXAMPLES, inferYear, ledgerColumnFindings, ledgerContext, ledgerFindings, SHEET_NAMES } from './ledgerCheck';

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

/**
 * The 绩效指标 sheet: found by its name (or alias); else a sheet is taken for one only when its
 * 一级指标 column holds indicator levels (产出/效益/满意度 in any wording of the categories) — a
 * sheet of budget codes with 指标名称 | 指标值 | 单位 is not one.
 */
export function locateIndicatorSheet(grid: Grid, exclude: ReadonlySet<string>): GridSheet | undefined {
  const byName = locateSheet(grid, SHEET_NAMES.indicators, null, exclude);
  if (byName) return byName;
  let best: GridSheet | undefined;
  let bestScore = 2;
  for (const s of grid.sheets) {
    if (exclude.has(s.name)) continue;
    const keys = headerKeys(s, INDICATOR_COLUMNS);
    if (keys.size <= bestScore || !keys.has('level1')) continue;
    const t = readTable<IndicatorKey>(s, INDICATOR_COLUMNS);
    const c = t?.columns.level1?.col;
    if (!t || c === undefined) continue;
    const levels = t.bodyRows.some((r) => {
      const v = t.value(r, c);
      return typeof v === 'string' && categoryOf(v) !== undefined;
    });
    if (!levels) continue;
    best = s;
    bestScore = keys.size;
  }
  return best;
}

/** S006: the overlapping merged ranges of a sheet read, once per sheet. */
function overlapFinding(table: Table<string>, emit: (f: Finding) => void): void {
  if (!table.overlaps.length) return;
  const first = table.overlaps[0].dropped;
  const list = (ms: ReadonlyArray<Merge>): string[] => [...new Set(ms.map(mergeRef))];
  emit(S006.finding.main({ sheet: table.sheet.name, row: first.top, col: first.left }, {
    sheet: table.sheet.name, kept: list(table.overlaps.map((o) => o.kept)), ranges: list(table.overlaps.map((o) => o.dropped)),
  }));
}

/** S001 without a ledger: the sheet that came closest (most known ledger headers) and the headers recognised there. */
function noLedgerFinding(grid: Grid, exclude: ReadonlySet<string>): Finding {
  let closest: { sheet: string; keys: Set<ProjectKey> } | undefined;
  for (const sh of grid.sheets) {
    if (exclude.has(sh.name)) continue;
    const keys = headerKeys(sh, LEDGER_COLUMNS);
    if (keys.size && (!closest || keys.size > closest.keys.size)) closest = { sheet: sh.name, keys };
  }
  if (!closest) return S001.finding.main({ sheet: '', row: 0, col: 0 }, { kind: 'ledger', names: SHEET_NAMES.ledger });
  const headers = LEDGER_COLUMNS.filter((d) => closest!.keys.has(d.key)).map((d) => d.header);
  return S001.finding.closest({ sheet: closest.sheet, row: 0, col: 0 }, { kind: 'ledger', names: SHEET_NAMES.ledger, closest: closest.sheet, headers, count: headers.length, examples: HEADER_EXAMPLES });
}

/** S005: no 配置 sheet, no 评价年度 row in it, or the row blank — with where else the year was looked for. */
function noYearFinding(grid: Grid, profileSheet: GridSheet | undefined, profileRead: ProfileRead, ledgerTable: Table<ProjectKey> | null): Finding {
  const clip = (t: string): string => (t.length > 30 ? t.slice(0, 30) + '…' : t);
  const titles = (ledgerTable?.titleTexts ?? []).slice(0, 2).map(clip);
  const sheets = grid.sheets.slice(0, 6).map((x) => clip(x.name));
  if (grid.sheets.length > 6) sheets.push('…');
  const field = '评价年度';
  if (!profileSheet) return S005.finding.noProfile({ sheet: ledgerTable?.sheet.name ?? '', row: 0, col: 0 }, { sheet: SHEET_NAMES.profile[0], field, titles, sheets });
  const cell = profileRead.cells.fiscalYear;
  if (cell) return S005.finding.blank({ sheet: profileSheet.name, ...cell }, { sheet: profileSheet.name, field, cell: a1(cell.row, cell.col), titles, sheets });
  return S005.finding.main({ sheet: profileSheet.name, row: 0, col: 0 }, { sheet: profileSheet.name, field, titles, sheets });
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
      ? S001.finding.noHeader({ sheet: ledgerSheet.name, row: 0, col: 0 }, { sheet: ledgerSheet.name, examples: HEADER_EXAMPLES })
      : noLedgerFinding(grid, taken));
  } else {
    const allowed = new Set(profile.regions);
    const parts: LedgerRead[] = [];
    ledgerTables.forEach((t, i) => {
      if (t) parts.push(readLedger(t, profile.unit, { region: regionFromSheetName(ledgerSheets[i].name, allowed) }));
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
    emit(S001.finding.indicators({ sheet: indicatorSheet?.name ?? '', row: 0, col: 0 }, { kind: 'indicators', names: SHEET_NAMES.indicators, examples: INDICATOR_COLUMNS.slice(0, 3).map((d) => d.header) }));
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
