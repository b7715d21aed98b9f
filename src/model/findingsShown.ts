/**
 * What the faces show of findings (the pane's list, the CLI, the page, the 问题清单): where each is, and how many of each
 * severity. Not in findings.ts, which the custom functions import: the task pane shares their modules (webpack
 * dependOn), so whatever it uses of them is bundled into functions.js (≤ 60 KB gzipped).
 */
import { a1 } from './grid';
import type { Finding, Severity } from './findings';

export function findingCell(f: Pick<Finding, 'row' | 'col'>): string {
  return a1(f.row, f.col);
}

/**
 * Where a finding is, as a reader looks for it: `项目台账!C5`. A finding about the whole workbook (no sheet: a sheet
 * that is missing) has no cell to name, and gives '' rather than an A1 of no sheet, in the CLI line, the pane's list
 * and the merge panel alike (the 问题清单 leaves its cell blank the same way). In a file that is one table (a CSV:
 * `ownSheet`, CheckResult.ownTable's sheet) the cell alone, `C5`: the file is named beside it (the CLI's file line,
 * the page's file), and has no sheet of that name.
 */
export function findingPlace(f: Pick<Finding, 'sheet' | 'row' | 'col'>, ownSheet?: string): string {
  if (!f.sheet) return '';
  return f.sheet === ownSheet ? findingCell(f) : `${f.sheet}!${findingCell(f)}`;
}

/** How many findings of each severity: an S007 counts as the findings it stands for. */
export function countBySeverity(findings: ReadonlyArray<Finding>): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity] += f.rule === 'S007' ? f.params.count : 1;
  return c;
}
