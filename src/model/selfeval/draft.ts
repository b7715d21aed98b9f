/**
 * A 自评表 built from a workbook whose structure has errors (issue 12, item 3) is a draft, and says
 * so where nobody can miss it: the title row reads `【草稿：数据存在错误】…` on a red fill, every
 * printed page's footer says it, and the sheet's name ends in `（草稿）`.
 */
import type { Finding } from '../findings';
import type { SheetLayout } from '../layout';

export const DRAFT_MARK = '草稿：数据存在错误';
export const DRAFT_SHEET_SUFFIX = '（草稿）';
/** Excel's "bad" fill. */
const DRAFT_FILL = '#FFC7CE';

/**
 * The errors that leave the read itself in doubt: a sheet or a column not found (S001, S002), no
 * fiscal year (S005) — any sheet rule at error severity. No 自评表 is built over them unless a draft
 * is asked for. S007 is not one: it stands for findings of another rule past the per-rule cap (capPerRule), with
 * their severity.
 */
export function structuralErrors(findings: ReadonlyArray<Finding>): Finding[] {
  return findings.filter((f) => f.severity === 'error' && f.rule.startsWith('S') && f.rule !== 'S007');
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
    footer: `&L&"宋体,Bold"${DRAFT_MARK}${layout.page.footer ? layout.page.footer : '&C第 &P 页，共 &N 页'}`,
  };
  return { ...layout, cells, ...(page ? { page } : {}) };
}
