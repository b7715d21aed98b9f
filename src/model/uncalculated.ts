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
 * blanks of the rows its formulas fill: the rows the reader listed (its first 1,000 in a column), and every row from
 * the first to the last when they fill them all. Past the listed rows of a gappy column a blank's L002 stays, since
 * the reader only counted them. `tables`: the tables the check
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
  const rowSets = new Map<UncalculatedColumn, ReadonlySet<number>>();
  const listed = (u: UncalculatedColumn): ReadonlySet<number> => {
    let set = rowSets.get(u);
    if (!set) rowSets.set(u, (set = new Set(u.rows)));
    return set;
  };
  const standsFor = (f: Finding): boolean => {
    const u = read.get(f.sheet)?.get(f.col);
    if (!u) return false;
    // 整列为空 / 多数为空 only when the formulas can be all of those blanks (else some blanks are blanks)
    if (f.rule === 'S002') return f.variant === 'empty' && u.count >= (bodyRows.get(f.sheet) ?? Infinity);
    if (f.rule !== 'L002') return false;
    if (f.variant === 'column') return u.count >= f.params.count;
    if (f.variant !== undefined) return false;
    // a row the reader listed, or any row of a span the formulas fill from first to last (listed or not)
    return (u.count === u.last - u.first + 1 && f.row >= u.first && f.row <= u.last) || listed(u).has(f.row);
  };
  return [...findings.filter((f) => !standsFor(f)), ...out];
}
