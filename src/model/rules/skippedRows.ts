/**
 * S009 of a table's skipped rows (sheetsWorkbook.ts defines the rule). Only checkWorkbook reports them (a ledger's parts,
 * indicator tables), so this is a module of its own: the task pane shares the custom functions' modules (webpack
 * dependOn), and what it uses of them is bundled into functions.js (≤ 60 KB gzipped).
 */
import { columnLetters } from '../grid';
import { rawValue, type Table } from '../read/table';
import { rawText } from '../read/values';
import { S009 } from './sheetsWorkbook';

/** Numbers S009 lists of one row. */
const SKIPPED_VALUES_SHOWN = 5;

/** S009 for each skipped row of a table that holds numbers. */
export function skippedRowFindings<K extends string>(table: Table<K>, emit: (f: ReturnType<(typeof S009.finding)['main']> | ReturnType<(typeof S009.finding)['continuation']>) => void): void {
  if (!table.skipped.length) return;
  const sheet = table.sheet.name;
  const headers = new Map<number, string>();
  for (const info of Object.values<{ col: number; header: string } | undefined>(table.columns)) if (info) headers.set(info.col, info.header);
  for (const u of table.unknown) headers.set(u.col, u.header);
  for (const k of table.skipped) {
    if (!k.numbers.length) continue;
    const values = k.numbers.slice(0, SKIPPED_VALUES_SHOWN).map((c) => `${headers.get(c) ?? columnLetters(c)} ${rawText(rawValue(table.sheet, k.row, c))}`);
    if (k.numbers.length > SKIPPED_VALUES_SHOWN) values.push('…');
    const label = k.label.length > 30 ? k.label.slice(0, 30) + '…' : k.label;
    if (k.kind === 'continuation') emit(S009.finding.continuation({ sheet, row: k.row, col: k.col }, { label, values }));
    else emit(S009.finding.main({ sheet, row: k.row, col: k.col }, { kind: k.kind, label, values }));
  }
}
