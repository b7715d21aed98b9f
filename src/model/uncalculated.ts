/**
 * S016: formula cells saved without results, as the file reader noted them (GridSheet.uncalculated), said once per
 * column. Kept out of the modules the custom functions import (Excel calculates every formula it hands them).
 */
import { a1, type Grid, type UncalculatedColumn } from './grid';
import type { Finding } from './findings';
import type { Table } from './read/table';
import { S016 } from './rules/sheetsWorkbook';

/**
 * The S016 findings of `grid`, and `findings` without what they stand for: in a column the check reads, the S002
 * 整列为空 and the L002 column finding of that column when its formulas are as many as those blanks, and the L002
 * blanks of the rows its formulas fill (the reader's runs of rows: every one, however many). `tables`: the tables the check
 * read (ledger and indicator sheets); `readSheets`: other sheets it reads whole (配置).
 */
export function uncalculatedFindings(grid: Grid, findings: ReadonlyArray<Finding>, tables: ReadonlyArray<Table<string>>, readSheets: ReadonlyArray<string>): Finding[] {
  if (!grid.sheets.some((s) => s.uncalculated?.length)) return findings as Finding[];
  const out: Finding[] = [];
  /** sheet → column → its formulas, for the columns the check reads. */
  const read = new Map<string, Map<number, UncalculatedColumn>>();
  const bodyRows = new Map(tables.map((t) => [t.sheet.name, t.bodyRows.length]));
  for (const sheet of grid.sheets) {
    for (const u of sheet.uncalculated ?? []) {
      const table = tables.find((t) => t.sheet.name === sheet.name);
      const column = table && Object.values(table.columns).find((c) => c?.col === u.col);
      const at = { sheet: sheet.name, row: u.first, col: u.col };
      const cells = u.last > u.first ? `${a1(u.first, u.col)}:${a1(u.last, u.col)}` : a1(u.first, u.col);
      const example = u.exampleRow >= 0 && u.formula ? { example: a1(u.exampleRow, u.col), formula: u.formula } : {};
      if (column || (!table && readSheets.includes(sheet.name))) {
        out.push(S016.finding.main(at, { ...(column ? { header: column.header } : {}), cells, count: u.count, ...example }));
        let cols = read.get(sheet.name);
        if (!cols) read.set(sheet.name, (cols = new Map()));
        cols.set(u.col, u);
      } else out.push(S016.finding.unread(at, { cells, count: u.count, ...example }));
    }
  }
  const ordered = new Map<UncalculatedColumn, ReadonlyArray<number>>();
  /** Whether a formula of `u` is on `row`: the last run starting at or before it, found by halves, holds it. */
  const holds = (u: UncalculatedColumn, row: number): boolean => {
    let runs = ordered.get(u);
    if (!runs) ordered.set(u, (runs = inOrder(u.runs)));
    let lo = 0;
    let hi = runs.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[2 * mid] <= row) lo = mid;
      else hi = mid - 1;
    }
    return runs.length > 0 && runs[2 * lo] <= row && row <= runs[2 * lo + 1];
  };
  const standsFor = (f: Finding): boolean => {
    const u = read.get(f.sheet)?.get(f.col);
    if (!u) return false;
    // 整列为空 / 多数为空 only when the formulas can be all of those blanks (else some blanks are blanks)
    if (f.rule === 'S002') return f.variant === 'empty' && u.count >= (bodyRows.get(f.sheet) ?? Infinity);
    if (f.rule !== 'L002') return false;
    if (f.variant === 'column') return u.count >= f.params.count;
    if (f.variant !== undefined) return false;
    return holds(u, f.row);
  };
  return [...findings.filter((f) => !standsFor(f)), ...out];
}

/** Runs (first, last, …) by their first row, those that overlap or touch made one: as read unless a file lists rows out of order. */
function inOrder(runs: ReadonlyArray<number>): ReadonlyArray<number> {
  let sorted = true;
  for (let i = 2; i < runs.length && sorted; i += 2) sorted = runs[i] > runs[i - 1] + 1;
  if (sorted) return runs;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i += 2) pairs.push([runs[i], runs[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [a, b] of pairs) {
    if (out.length && a <= out[out.length - 1] + 1) out[out.length - 1] = Math.max(out[out.length - 1], b);
    else out.push(a, b);
  }
  return out;
}
