/**
 * Every ledger rule over a read ledger: checkWorkbook's (check.ts) ledger part. FINDINGS (functions/ledger.ts) runs
 * its rules on one range by itself; this module is kept out of the modules the custom functions import, as the task
 * pane shares functions.js's modules (webpack dependOn): what the pane alone uses of them would be bundled there.
 */
import type { Finding } from './findings';
import type { Profile } from './records';
import { collapseBlankColumns, type LedgerRead } from './read/ledger';
import { ledgerParts } from './read/ledgerSheets';
import { pushAll } from './arrays';
import type { LedgerContext } from './rules/context';
import { runCrossRules } from './rules/ledgerCross';
import { runRowRules } from './rules/ledgerRow';
import { skippedRowFindings } from './rules/skippedRows';
import { ledgerColumnFindings, ledgerContext } from './ledgerCheck';

/**
 * Runs every ledger rule over a read ledger. A ledger over several sheets: each sheet's columns,
 * rows, 合计 rows and medians on their own, duplicates (L004, L015) across all the sheets.
 */
export function ledgerFindings(ledger: LedgerRead, profile: Profile, fiscalYear: number | undefined, fundNames: ReadonlyArray<string> = [], counties?: ReadonlyMap<string, string>): Finding[] {
  const out: Finding[] = [];
  const emit = (f: Finding): void => void out.push(f);
  const parts = ledgerParts(ledger);
  const own = new Map<object, LedgerContext>();
  for (const part of parts) {
    pushAll(out, collapseBlankColumns(part.findings, part.table));
    pushAll(out, ledgerColumnFindings(part.table, part.regionFromSheet !== undefined || part.regionFromTitles === true, fundNames, part.yearFromSheet !== undefined));
    skippedRowFindings(part.table, emit);
    const ctx = ledgerContext(part, profile, fiscalYear, counties);
    if (parts.length > 1) for (const p of part.projects) own.set(p, ctx);
    runRowRules(part.projects, ctx, emit);
    runCrossRules(part.projects, ctx, emit, 'sheet');
  }
  const whole: LedgerContext = { ...ledgerContext(ledger, profile, fiscalYear, counties), ...(parts.length > 1 ? { partOf: (p) => own.get(p)! } : {}) };
  runCrossRules(ledger.projects, whole, emit, 'ledger');
  return out;
}
