/**
 * Reading a table sheet (项目台账, 绩效指标): find the header row, match columns by header, walk
 * the body (blank rows skipped, merged cells filled, 合计/总计/小计 rows set apart).
 */
import type { CellValue, Grid, GridSheet } from '../grid';
import { headerIndex, PROVENANCE_HEADERS, type ColumnDef } from './columns';
import { declaredUnit, headerBlock, headerZone, knownKeys, matchPath, MAX_HEADER_ROWS, type HeaderBlock, type HeaderZone } from './header';
import { normalizeMerges, type MergeOverlap, type NormalizedMerges } from './merges';
import { stripSpaces } from './text';
import { isBlank } from './values';

const PROVENANCE: ReadonlySet<string> = new Set(PROVENANCE_HEADERS);

export interface ColumnInfo {
  /** Absolute 0-based sheet column. */
  readonly col: number;
  /** Absolute 0-based row of the header cell (the leaf of a multi-row header). */
  readonly row?: number;
  /** Unit named in the header (or by a group above it), if any. */
  readonly unit?: '万元' | '元';
  /** The header as written (the leaf; for an unknown column of a multi-row header, its groups and leaf). */
  readonly header: string;
}

export interface TotalRow {
  readonly row: number;
  readonly label: '合计' | '总计' | '小计';
}

export interface DuplicateColumn<K extends string> {
  readonly key: K;
  /** The column not used. */
  readonly col: number;
  readonly header: string;
  /** The column used: the canonical header when there is one, else the first. */
  readonly firstCol: number;
  readonly keptHeader: string;
}

export interface Table<K extends string> {
  readonly sheet: GridSheet;
  /** Absolute 0-based row of the header (the top row of a multi-row header). */
  readonly headerRow: number;
  /** Absolute 0-based last row of the header block (= headerRow for a one-row header). */
  readonly headerBottom: number;
  /** Rows above the header (titles, unit lines), as text, for year inference. */
  readonly titleTexts: ReadonlyArray<string>;
  /** The money unit a line above the header declares (`单位：元`), for amount columns whose header names none. */
  readonly unit?: '万元' | '元';
  readonly columns: Partial<Record<K, ColumnInfo>>;
  readonly unknown: ReadonlyArray<ColumnInfo>;
  readonly duplicates: ReadonlyArray<DuplicateColumn<K>>;
  /** Merged ranges that overlapped a kept one and were dropped. */
  readonly overlaps: ReadonlyArray<MergeOverlap>;
  /** Absolute rows of data (projects / indicators), in order. */
  readonly bodyRows: ReadonlyArray<number>;
  /** Total rows, in order, interleaved positions known by `row`. */
  readonly totals: ReadonlyArray<TotalRow>;
  /** Value of a cell, absolute coordinates, with merged body cells filled from their master. */
  value(row: number, col: number): CellValue;
  /**
   * True when no merge fills a body cell: `value(row, col)` is then `rawValue(sheet, row, col)`, and a
   * reader of many rows may read the sheet's rows directly (readLedger). Absent: read through `value`.
   */
  readonly bodyUnmerged?: boolean;
}

/** A sheet is searched for its header in its first 30 rows (national forms put it on rows 9–21). */
export const HEADER_SCAN_ROWS = 30;
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

/** The header zone of a sheet (its first rows with the merges that are kept). */
const zones = new WeakMap<GridSheet, { zone: HeaderZone; merges: NormalizedMerges }>();
function zoneOf(sheet: GridSheet): { zone: HeaderZone; merges: NormalizedMerges } {
  let z = zones.get(sheet);
  if (!z) {
    const merges = normalizeMerges(sheet.merges);
    z = { zone: headerZone(sheet, merges.merges, HEADER_SCAN_ROWS + MAX_HEADER_ROWS - 1), merges };
    zones.set(sheet, z);
  }
  return z;
}

/** The first header block within the first 30 rows naming ≥ 3 known columns, or null. */
export function findHeader<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): HeaderBlock | null {
  const index = headerIndex(defs);
  const { zone } = zoneOf(sheet);
  const n = Math.min(HEADER_SCAN_ROWS, zone.rows);
  for (let r = 0; r < n; r++) {
    const block = headerBlock(zone, r);
    if (knownKeys(block, index).size >= MIN_KNOWN_HEADERS) return block;
  }
  return null;
}

/** First row (relative) within the first 30 holding a header of ≥ 3 known columns, or -1. */
export function findHeaderRow<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): number {
  return findHeader(sheet, defs)?.top ?? -1;
}

/** The known columns of a sheet's header (the best block of its first rows), to recognise a sheet by its headers. */
export function headerKeys<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): Set<K> {
  const index = headerIndex(defs);
  const { zone } = zoneOf(sheet);
  let best = new Set<K>();
  const n = Math.min(HEADER_SCAN_ROWS, zone.rows);
  for (let r = 0; r < n; r++) {
    const keys = knownKeys(headerBlock(zone, r), index);
    if (keys.size > best.size) best = keys;
  }
  return best;
}

/** Best known-header count of a sheet's first rows (to recognise a sheet by its headers). */
export function headerScore<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): number {
  return headerKeys(sheet, defs).size;
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
  const block = findHeader(sheet, defs);
  if (!block) return null;
  const { merges: normalized } = zoneOf(sheet);
  const o = origin(sheet);
  const headerRow = o.row + block.top;
  const headerBottom = o.row + block.bottom;
  const index = headerIndex(defs);

  // Every column's match first; then, per field, the most specific header wins (the canonical one, else the alias
  // listed first in the catalogue: 本年度拨付 over 已拨付), between equals the first column.
  const matched: { info: ColumnInfo; key: K; rank: number }[] = [];
  const unknown: ColumnInfo[] = [];
  for (const hc of block.columns) {
    const m = matchPath(hc.path, index);
    const leaf = hc.path[hc.path.length - 1];
    const base = { col: o.col + hc.col, row: o.row + hc.row };
    if (!m) {
      if (!PROVENANCE.has(leaf)) unknown.push({ ...base, header: hc.path.join('/') });
    }
    else matched.push({ info: { ...base, unit: m.unit, header: leaf }, key: m.def.key, rank: m.rank });
  }
  const columns: Partial<Record<K, ColumnInfo>> = {};
  const chosen = new Map<K, (typeof matched)[number]>();
  for (const m of matched) {
    const cur = chosen.get(m.key);
    if (!cur || m.rank < cur.rank) chosen.set(m.key, m);
  }
  const duplicates: DuplicateColumn<K>[] = [];
  for (const m of matched) {
    const kept = chosen.get(m.key)!;
    if (kept === m) columns[m.key] = m.info;
    else duplicates.push({ key: m.key, col: m.info.col, header: m.info.header, firstCol: kept.info.col, keptHeader: kept.info.header });
  }

  // Merged body cells give their value to every cell they span, within the body rows and the
  // header's columns (the only cells read): a merge over A2:XFD1048576 must not expand into
  // 17 billion cells.
  const fill = new Map<number, CellValue>();
  const lastRow = o.row + sheet.values.length - 1;
  const firstCol = o.col;
  const lastCol = o.col + (block.columns.length ? block.columns[block.columns.length - 1].col : 0);
  const width = lastCol + 1;
  for (const m of normalized.merges) {
    if (m.top <= headerBottom) continue; // a header cell merged down is a header, not a body value
    const master = rawValue(sheet, m.top, m.left);
    const r1 = Math.min(m.bottom, lastRow);
    const c0 = Math.max(m.left, firstCol);
    const c1 = Math.min(m.right, lastCol);
    for (let r = Math.max(m.top, headerBottom + 1); r <= r1; r++)
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
  let unit: '万元' | '元' | undefined;
  for (let r = 0; r < block.top; r++)
    for (const v of sheet.values[r] ?? [])
      if (typeof v === 'string' && v.trim()) {
        titleTexts.push(v.trim());
        unit = declaredUnit(v) ?? unit; // the line nearest the header counts
      }

  const bodyRows: number[] = [];
  const totals: TotalRow[] = [];
  bodyOf(sheet, block.bottom + 1, bodyRows, totals);
  return { sheet, headerRow, headerBottom, titleTexts, unit, columns, unknown, duplicates, overlaps: normalized.overlaps, bodyRows, totals, value, bodyUnmerged: fill.size === 0 };
}

/**
 * The body rows (absolute) from relative row `first` on, into `bodyRows`: blank rows skipped,
 * 合计/总计/小计 rows set apart into `totals`. (A function of its own: V8 compiles this loop over
 * every row of a ledger while it runs, and a small function compiles in a fraction of the time
 * readTable as a whole takes.)
 */
function bodyOf(sheet: GridSheet, first: number, bodyRows: number[], totals: TotalRow[]): void {
  const o = origin(sheet);
  for (let rel = first; rel < sheet.values.length; rel++) {
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
    // Every label holds 计, which stripSpaces keeps: a row without it is a body row, unstripped.
    const label = firstText !== null && firstText.includes('计') ? TOTAL_LABEL.exec(stripSpaces(firstText)) : null;
    if (label) totals.push({ row, label: (label[1] ?? label[2]) as TotalRow['label'] });
    else bodyRows.push(row);
  }
}
