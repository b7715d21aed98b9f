/**
 * Which sheet of a workbook is which: by its name, else by the known columns of its header. Only a workbook's check
 * (check.ts, read/material.ts) looks for sheets; FINDINGS is given its range, and functions.js (≤ 60 KB gzipped) stays
 * without this.
 */
import type { Grid, GridSheet } from '../grid';
import { headerIndex, type ColumnDef } from './columns';
import { headerBlock, knownKeys } from './header';
import { findHeader, HEADER_SCAN_ROWS, MIN_KNOWN_HEADERS, zoneOf } from './table';
import { stripSpaces } from './text';

/** First row (relative) of the header findHeader finds (the most known columns, ≥ 3, within the first 30 rows), or -1. */
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
