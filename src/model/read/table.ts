/**
 * Reading a table sheet (项目台账, 绩效指标): find the header row, match columns by header, walk
 * the body (blank rows skipped, merged cells filled, 合计/总计/小计 rows set apart).
 */
import type { CellValue, Grid, GridSheet } from '../grid';
import { headerIndex, type ColumnDef } from './columns';
import { headerKey, stripSpaces } from './text';
import { isBlank } from './values';

export interface ColumnInfo {
  /** Absolute 0-based sheet column. */
  readonly col: number;
  /** Unit named in the header, if any. */
  readonly unit?: '万元' | '元';
  readonly header: string;
}

export interface TotalRow {
  readonly row: number;
  readonly label: '合计' | '总计' | '小计';
}

export interface Table<K extends string> {
  readonly sheet: GridSheet;
  /** Absolute 0-based row of the header. */
  readonly headerRow: number;
  /** Rows above the header (titles, unit lines), as text, for year inference. */
  readonly titleTexts: ReadonlyArray<string>;
  readonly columns: Partial<Record<K, ColumnInfo>>;
  readonly unknown: ReadonlyArray<ColumnInfo>;
  readonly duplicates: ReadonlyArray<{ readonly key: K; readonly col: number; readonly firstCol: number; readonly header: string }>;
  /** Absolute rows of data (projects / indicators), in order. */
  readonly bodyRows: ReadonlyArray<number>;
  /** Total rows, in order, interleaved positions known by `row`. */
  readonly totals: ReadonlyArray<TotalRow>;
  /** Value of a cell, absolute coordinates, with merged body cells filled from their master. */
  value(row: number, col: number): CellValue;
}

export const HEADER_SCAN_ROWS = 10;
const MIN_KNOWN_HEADERS = 3;

const A1_ORIGIN = { row: 0, col: 0 } as const;

function origin(sheet: GridSheet): { readonly row: number; readonly col: number } {
  return sheet.origin ?? A1_ORIGIN;
}

/** Raw value at absolute coordinates (no merge fill). */
export function rawValue(sheet: GridSheet, row: number, col: number): CellValue {
  const o = origin(sheet);
  const r = sheet.values[row - o.row];
  if (!r) return null;
  const v = r[col - o.col];
  return v === undefined ? null : v;
}

function knownHeaderCount<K extends string>(sheet: GridSheet, rel: number, index: ReadonlyMap<string, ColumnDef<K>>): number {
  const row = sheet.values[rel] ?? [];
  const seen = new Set<string>();
  for (const v of row) if (typeof v === 'string') {
    const d = index.get(headerKey(v).key);
    if (d) seen.add(d.key);
  }
  return seen.size;
}

/** First row (relative) within the first 10 holding ≥ 3 known headers, or -1. */
export function findHeaderRow<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): number {
  const index = headerIndex(defs);
  const n = Math.min(HEADER_SCAN_ROWS, sheet.values.length);
  for (let r = 0; r < n; r++) if (knownHeaderCount(sheet, r, index) >= MIN_KNOWN_HEADERS) return r;
  return -1;
}

/** Best known-header count of a sheet's first rows (to recognise a sheet by its headers). */
export function headerScore<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): number {
  const index = headerIndex(defs);
  let best = 0;
  const n = Math.min(HEADER_SCAN_ROWS, sheet.values.length);
  for (let r = 0; r < n; r++) best = Math.max(best, knownHeaderCount(sheet, r, index));
  return best;
}

/**
 * Finds a sheet by exact name or alias, else the sheet whose headers match best (≥ 3 known
 * headers). Sheets in `exclude` are skipped.
 */
export function locateSheet<K extends string>(
  grid: Grid,
  names: ReadonlyArray<string>,
  defs: ReadonlyArray<ColumnDef<K>> | null,
  exclude: ReadonlySet<string> = new Set(),
): GridSheet | undefined {
  const wanted = new Set(names.map((n) => stripSpaces(n)));
  const candidates = grid.sheets.filter((s) => !exclude.has(s.name));
  for (const n of names) {
    const hit = candidates.find((s) => stripSpaces(s.name) === stripSpaces(n));
    if (hit) return hit;
  }
  const byName = candidates.find((s) => wanted.has(stripSpaces(s.name)));
  if (byName || !defs) return byName;
  let best: GridSheet | undefined;
  let bestScore = MIN_KNOWN_HEADERS - 1;
  for (const s of candidates) {
    const score = headerScore(s, defs);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** `合计`, `合 计：`, and with a short prefix: `乌鲁木齐市小计`, `一、合计`. */
const TOTAL_LABEL = /^(?:.{0,12}?)(合计|总计|小计)[:：]?$|^(合计|总计|小计)/;

/** Reads a table sheet; returns null when no header row is found. */
export function readTable<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): Table<K> | null {
  const relHeader = findHeaderRow(sheet, defs);
  if (relHeader < 0) return null;
  const o = origin(sheet);
  const headerRow = o.row + relHeader;
  const index = headerIndex(defs);

  const columns: Partial<Record<K, ColumnInfo>> = {};
  const unknown: ColumnInfo[] = [];
  const duplicates: { key: K; col: number; firstCol: number; header: string }[] = [];
  const hdr = sheet.values[relHeader] ?? [];
  for (let c = 0; c < hdr.length; c++) {
    const v = hdr[c];
    if (typeof v !== 'string' || isBlank(v)) continue;
    const { key, unit } = headerKey(v);
    const info: ColumnInfo = { col: o.col + c, unit, header: v.trim() };
    const def = index.get(key);
    if (!def) unknown.push(info);
    else if (columns[def.key]) duplicates.push({ key: def.key, col: info.col, firstCol: columns[def.key]!.col, header: info.header });
    else columns[def.key] = info;
  }

  // Merged body cells give their value to every cell they span, within the body rows and the
  // header's columns (the only cells read): a merge over A2:XFD1048576 must not expand into
  // 17 billion cells.
  const fill = new Map<number, CellValue>();
  const lastRow = o.row + sheet.values.length - 1;
  const firstCol = o.col;
  const lastCol = o.col + hdr.length - 1;
  const width = lastCol + 1;
  for (const m of sheet.merges ?? []) {
    if (m.top <= headerRow) continue; // a header cell merged down is a header, not a body value
    const master = rawValue(sheet, m.top, m.left);
    const r1 = Math.min(m.bottom, lastRow);
    const c0 = Math.max(m.left, firstCol);
    const c1 = Math.min(m.right, lastCol);
    for (let r = Math.max(m.top, headerRow + 1); r <= r1; r++)
      for (let c = c0; c <= c1; c++) if (r !== m.top || c !== m.left) fill.set(r * width + c, master);
  }
  const value = (row: number, col: number): CellValue => {
    if (fill.size) {
      const f = fill.get(row * width + col);
      if (f !== undefined) return f;
    }
    return rawValue(sheet, row, col);
  };

  const titleTexts: string[] = [];
  for (let r = 0; r < relHeader; r++)
    for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && v.trim()) titleTexts.push(v.trim());

  const bodyRows: number[] = [];
  const totals: TotalRow[] = [];
  for (let rel = relHeader + 1; rel < sheet.values.length; rel++) {
    const cells = sheet.values[rel];
    if (!cells) continue;
    let firstText: string | null = null;
    let blank = true;
    for (const v of cells) {
      if (isBlank(v)) continue;
      blank = false;
      if (typeof v === 'string') {
        firstText = v;
        break;
      }
    }
    if (blank) continue;
    const row = o.row + rel;
    const label = firstText !== null ? TOTAL_LABEL.exec(stripSpaces(firstText)) : null;
    if (label) totals.push({ row, label: (label[1] ?? label[2]) as TotalRow['label'] });
    else bodyRows.push(row);
  }
  return { sheet, headerRow, titleTexts, columns, unknown, duplicates, bodyRows, totals, value };
}
