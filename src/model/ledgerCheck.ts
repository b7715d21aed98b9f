/**
 * The ledger part of the check: the sheets looked for, the year inferred from titles, and every
 * ledger rule over a read ledger. checkWorkbook (check.ts) and FINDINGS (functions/ledger.ts) both
 * run it; it reads no 配置 (FINDINGS has none).
 */
import type { Finding } from './findings';
import type { Profile, ProjectKey } from './records';
import { LEDGER_COLUMNS } from './read/columns';
export { inferYear } from './read/text';
import { collapseBlankColumns, ledgerParts, type LedgerRead } from './read/ledger';
import { pushAll } from './arrays';
import type { Table } from './read/table';
import type { LedgerContext } from './rules/context';
import { runCrossRules } from './rules/ledgerCross';
import { runRowRules } from './rules/ledgerRow';
import { columnFindings, skippedRowFindings } from './rules/sheets';

export const SHEET_NAMES = {
  profile: ['配置', '参数', '基本信息'],
  ledger: ['项目台账', '台账', '项目清单', '项目明细'],
  indicators: ['绩效指标', '指标', '绩效目标'],
} as const;

/** Headers S001 names as examples of what a ledger's header row has. */
export const HEADER_EXAMPLES: ReadonlyArray<string> = LEDGER_COLUMNS.slice(0, 3).map((d) => d.header);

export function ledgerContext(ledger: LedgerRead, profile: Profile, fiscalYear: number | undefined): LedgerContext {
  return {
    profile, fiscalYear, ledger, sheet: ledger.table.sheet.name,
    allowedRegions: new Set(profile.regions), industries: new Set(profile.industries), regionMatches: new Map(), creditCodesValid: new Map(),
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
    pushAll(out, ledgerColumnFindings(part.table, part.regionFromSheet !== undefined || part.regionFromTitles === true));
    skippedRowFindings(part.table, emit);
    const ctx = ledgerContext(part, profile, fiscalYear);
    if (parts.length > 1) for (const p of part.projects) own.set(p, ctx);
    runRowRules(part.projects, ctx, emit);
    runCrossRules(part.projects, ctx, emit, 'sheet');
  }
  const whole: LedgerContext = { ...ledgerContext(ledger, profile, fiscalYear), ...(parts.length > 1 ? { partOf: (p) => own.get(p)! } : {}) };
  runCrossRules(ledger.projects, whole, emit, 'ledger');
  return out;
}

