/**
 * What of the grid only the faces that read or write whole workbooks use (the file readers, the writers, the check of
 * a workbook): Excel's sheet size, A1 references read back, merged ranges in A1, a file's one table. Not in grid.ts,
 * which the custom functions import: the task pane shares their modules (webpack dependOn), so whatever it uses of
 * grid.ts is bundled into functions.js (≤ 60 KB gzipped).
 */
import { a1, type Grid, type Merge, type OwnTable } from './grid';

/** Excel's worksheet size (since Excel 2007): rows 1…1,048,576, columns A…XFD. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** `B7` → {row: 6, col: 1}; also accepts `$B$7` and `Sheet!B7`. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /([A-Za-z]+)\$?(\d+)$/.exec(ref.replace(/\$/g, '').split('!').pop() ?? '');
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A merged range in A1 (`B2:D3`; one cell: `B2`). */
export function mergeRef(m: Merge): string {
  const tl = a1(m.top, m.left);
  return m.top === m.bottom && m.left === m.right ? tl : `${tl}:${a1(m.bottom, m.right)}`;
}

/** The grid's one table when the file is no workbook (GridSheet.namedAfterFile): its findings name the file, no sheet. */
export function ownTableOf(grid: Grid): OwnTable | undefined {
  const lone = grid.sheets.length === 1 ? grid.sheets[0] : undefined;
  return lone?.namedAfterFile !== undefined ? { sheet: lone.name, file: lone.namedAfterFile } : undefined;
}
