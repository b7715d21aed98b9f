/**
 * Checking a workbook: find the sheets, read them, run every rule. One computation used by the
 * CLI, the task pane, the browser page and FINDINGS. Never throws on user data.
 */
import type { Grid, GridSheet } from './grid';
import { sortFindings, type Finding } from './findings';
import { sumFen } from './money';
import type { Profile, ProjectKey } from './records';
import { acceptedNamesOf, INDICATOR_COLUMNS, LEDGER_COLUMNS, type IndicatorKey } from './read/columns';
import { readIndicators, type IndicatorsRead } from './read/indicators';
import { readLedger, type LedgerRead } from './read/ledger';
import { MATERIAL_SHEET_NAMES, readMaterial, type MaterialRead } from './read/material';
import { readProfile, type ProfileRead } from './read/profile';
import { locateSheet, readTable } from './read/table';
import { HEADER_EXAMPLES, inferYear, ledgerFindings, SHEET_NAMES } from './ledgerCheck';
import { columnFindings, S001, S002, S005 } from './rules/sheets';
import { reviewIndicators } from './rules/targets';
import { scoringKind } from './scoring/evaluate';
import { budgetRules, indicatorRules } from './rules/workbook';
import { pushAll } from './arrays';

export { HEADER_EXAMPLES, inferYear, ledgerColumnFindings, ledgerContext, ledgerFindings, SHEET_NAMES } from './ledgerCheck';

export interface CheckOptions {
  /** Also require the 绩效指标 sheet (S001 when missing), as generating the 自评表 does. */
  readonly forSelfEval?: boolean;
}

/**
 * Which of the fund's forms a workbook is: `request` (申报: a 绩效指标 sheet without 实际完成值 and
 * no 项目台账 — a budget request's targets, reviewed as targets only) or `yearEnd` (自评).
 */
export type Stage = 'request' | 'yearEnd';

export interface CheckResult {
  readonly findings: Finding[];
  /** The stage the workbook was judged as. */
  readonly stage: Stage;
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

/**
 * Which sheet the checks take as 配置, 项目台账 and 绩效指标: by name, else (ledger, indicators)
 * by the headers of their first rows. Looks no further than HEADER_SCAN_ROWS rows into any
 * sheet, so a file reader can choose from the sheets' first rows which sheets to read whole.
 */
export function locateWorkbookSheets(grid: Grid): { profile?: GridSheet; ledger?: GridSheet; indicators?: GridSheet } {
  const profile = locateSheet(grid, SHEET_NAMES.profile, null);
  const taken = new Set(profile ? [profile.name] : []);
  const ledger = locateSheet(grid, SHEET_NAMES.ledger, LEDGER_COLUMNS, taken);
  if (ledger) taken.add(ledger.name);
  const indicators = locateSheet(grid, SHEET_NAMES.indicators, INDICATOR_COLUMNS, taken);
  return { profile, ledger, indicators };
}

const namesOf = (sheets: ReadonlyArray<GridSheet | undefined>): Set<string> => new Set(sheets.flatMap((x) => (x ? [x.name] : [])));

/**
 * The sheets `checkWorkbook` reads (配置, 项目台账, 绩效指标 and 报告素材, which is found by its
 * name), chosen from a grid of the sheets' first HEADER_SCAN_ROWS rows.
 */
export function sheetsToRead(heads: Grid): Set<string> {
  const s = locateWorkbookSheets(heads);
  const taken = namesOf([s.profile, s.ledger, s.indicators]);
  return namesOf([s.profile, s.ledger, s.indicators, locateSheet(heads, MATERIAL_SHEET_NAMES, null, taken)]);
}

/** A year-end 绩效指标 without 实际完成值: one S002 for the sheet when some indicator has nothing else to be scored by. */
function actualsColumn(read: IndicatorsRead, emit: (f: Finding) => void): void {
  const table = read.table;
  if (table.columns.actual) return;
  const count = read.indicators.filter((i) => i.source === undefined && scoringKind(i) !== 'na').length;
  if (count === 0) return;
  const def = INDICATOR_COLUMNS.find((d) => d.key === 'actual')!;
  emit(S002.finding.actuals({ sheet: table.sheet.name, row: table.headerRow, col: table.sheet.origin?.col ?? 0 }, { field: def.header, aliases: acceptedNamesOf(def), count }));
}

/** Checks a whole workbook. */
export function checkWorkbook(grid: Grid, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const emit = (f: Finding): void => void findings.push(f);
  const located = locateWorkbookSheets(grid);
  const profileSheet: GridSheet | undefined = located.profile;
  const profileRead = readProfile(profileSheet);
  pushAll(findings, profileRead.findings);
  const { profile } = profileRead;

  const ledgerSheet = located.ledger;
  const indicatorSheet = located.indicators;

  const ledgerTable = ledgerSheet ? readTable<ProjectKey>(ledgerSheet, LEDGER_COLUMNS) : null;
  const indicatorTable = indicatorSheet ? readTable<IndicatorKey>(indicatorSheet, INDICATOR_COLUMNS) : null;
  const stage: Stage = indicatorTable && !indicatorTable.columns.actual && !ledgerSheet ? 'request' : 'yearEnd';
  let fiscalYear = profile.fiscalYear;
  if (fiscalYear === undefined)
    fiscalYear = inferYear([...(ledgerTable?.titleTexts ?? []), ...(indicatorTable?.titleTexts ?? []), ledgerSheet?.name ?? '', profileSheet?.name ?? '']);
  // A budget request needs no 评价年度 (its deadlines print as written) and has no ledger.
  if (fiscalYear === undefined && stage === 'yearEnd')
    emit(S005.finding.main({ sheet: profileSheet?.name ?? ledgerSheet?.name ?? '', row: 0, col: 0 }, { sheet: profileSheet?.name ?? SHEET_NAMES.profile[0], field: '评价年度' }));

  let ledger: LedgerRead | undefined;
  if (!ledgerTable && stage === 'request') {
    // targets only: no ledger is expected
  } else if (!ledgerTable) {
    emit(ledgerSheet
      ? S001.finding.noHeader({ sheet: ledgerSheet.name, row: 0, col: 0 }, { sheet: ledgerSheet.name, examples: HEADER_EXAMPLES })
      : S001.finding.main({ sheet: '', row: 0, col: 0 }, { kind: 'ledger', names: SHEET_NAMES.ledger }));
  } else {
    ledger = readLedger(ledgerTable, profile.unit);
    pushAll(findings, ledgerFindings(ledger, profile, fiscalYear));
  }
  const disbursedSum = ledger?.table.columns.disbursed ? sumFen(ledger.projects.map((p) => p.disbursed ?? 0)) : undefined;
  budgetRules(profileRead, profileSheet?.name, disbursedSum, emit);

  let indicators: IndicatorsRead | undefined;
  if (indicatorTable) {
    indicators = readIndicators(indicatorTable);
    pushAll(findings, indicators.findings);
    columnFindings(indicatorTable, INDICATOR_COLUMNS, emit);
    indicatorRules(indicators, emit, stage);
    reviewIndicators(indicators, emit);
    if (stage === 'yearEnd') actualsColumn(indicators, emit);
  } else if (options.forSelfEval) {
    emit(S001.finding.indicators({ sheet: indicatorSheet?.name ?? '', row: 0, col: 0 }, { kind: 'indicators', names: SHEET_NAMES.indicators, examples: INDICATOR_COLUMNS.slice(0, 3).map((d) => d.header) }));
  }

  const material = readMaterial(grid, namesOf([profileSheet, ledgerSheet, indicatorSheet]));
  if (material) pushAll(findings, material.findings);

  return {
    findings: sortFindings(findings, grid.sheets.map((s) => s.name)),
    stage,
    profile,
    profileRead,
    fiscalYear,
    ledger,
    indicators,
    material,
    sheets: { profile: profileSheet?.name, ledger: ledgerSheet?.name, indicators: indicatorSheet?.name, material: material?.sheet },
  };
}
