/**
 * A 自评表 built from a workbook whose structure has errors (issue 12, item 3) is a draft, and says
 * so where nobody can miss it: the title row reads `【草稿：数据存在错误】…` on a red fill, every
 * printed page's footer says it, and the sheet's name ends in `（草稿）`.
 */
import type { Finding } from '../findings';
import { PAGE_NUMBER_FOOTER, type SheetLayout } from '../layout';
import { LEDGER_COLUMNS } from '../read/columns';
import type { ProjectKey } from '../records';

export const DRAFT_MARK = '草稿：数据存在错误';
export const DRAFT_SHEET_SUFFIX = '（草稿）';
/** Excel's "bad" fill. */
const DRAFT_FILL = '#FFC7CE';

/** What a form reads of the ledger (its registry entry's `ledgerFields`) and where the ledger is. */
export interface FormReads {
  readonly ledgerSheets: ReadonlyArray<string>;
  readonly fields: ReadonlyArray<ProjectKey>;
}

/**
 * The errors that leave the read itself in doubt: a sheet or a column not found (S001, S002), no
 * fiscal year (S005) — any sheet rule at error severity. No 自评表 (nor report) is built over them
 * unless a draft is asked for. S007 is not one: it stands for findings of another rule past the
 * per-rule cap (capPerRule), with their severity; nor S022, more indicators than a form is laid out for: the read is
 * not in doubt, and a draft would be the same form, so no draft is offered (evaluate.ts `overCap`). With `reads`, a ledger column the form does not
 * read missing or blank (S002) is not one either: the monitoring table needs no 项目总投资.
 */
export function structuralErrors(findings: ReadonlyArray<Finding>, reads?: FormReads): Finding[] {
  return findings.filter((f) => f.severity === 'error' && f.rule.startsWith('S') && f.rule !== 'S007' && f.rule !== 'S022' && !(reads && unread(f, reads)));
}

/** An S002 of a ledger column outside what the form reads. */
function unread(f: Finding, reads: FormReads): boolean {
  if (f.rule !== 'S002' || !reads.ledgerSheets.includes(f.sheet)) return false;
  const def = LEDGER_COLUMNS.find((d) => d.header === f.params.field);
  return def !== undefined && !reads.fields.includes(def.key);
}

/** The layout marked as a draft: its title row and its printed footer. */
export function markDraft(layout: SheetLayout): SheetLayout {
  const titleRow = layout.cells.reduce((m, c) => Math.min(m, c.row), Infinity);
  const cells = layout.cells.map((c) => {
    if (c.row !== titleRow) return c;
    const value = typeof c.value === 'string' && c.value !== '' ? `【${DRAFT_MARK}】${c.value}` : c.value;
    return { ...c, value, style: { ...c.style, fill: DRAFT_FILL } };
  });
  const page = layout.page && {
    ...layout.page,
    footer: `&L&"宋体,Bold"${DRAFT_MARK}${layout.page.footer ? layout.page.footer : PAGE_NUMBER_FOOTER}`,
  };
  return { ...layout, cells, ...(page ? { page } : {}) };
}
