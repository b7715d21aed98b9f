/**
 * Checking a workbook: find the sheets, read them, run every rule. One computation used by the
 * CLI, the task pane, the browser page and FINDINGS. Never throws on user data.
 */
import type { Grid, GridSheet } from './grid';
import { sortFindings, type Finding } from './findings';
import { sumFen } from './money';
import type { Profile, ProjectKey } from './records';
import { INDICATOR_COLUMNS, LEDGER_COLUMNS, type IndicatorKey } from './read/columns';
import { readIndicators, type IndicatorsRead } from './read/indicators';
import { readLedger, type LedgerRead } from './read/ledger';
import { readMaterial, type MaterialRead } from './read/material';
import { readProfile, type ProfileRead } from './read/profile';
import { locateSheet, readTable } from './read/table';
import { HEADER_EXAMPLES, inferYear, ledgerFindings, SHEET_NAMES } from './ledgerCheck';
import { columnFindings, S001, S005 } from './rules/sheets';
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
    emit(S005.finding.main({ sheet: profileSheet?.name ?? ledgerSheet?.name ?? '', row: 0, col: 0 }, { sheet: profileSheet?.name ?? SHEET_NAMES.profile[0], field: '评价年度' }));

  let ledger: LedgerRead | undefined;
  if (!ledgerTable) {
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
  const indicatorTable = indicatorSheet ? readTable<IndicatorKey>(indicatorSheet, INDICATOR_COLUMNS) : null;
  if (indicatorTable) {
    indicators = readIndicators(indicatorTable);
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
  };
}
