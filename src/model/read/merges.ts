/**
 * Overlapping merged ranges. Excel never writes them, but other programs do (and LibreOffice and
 * Excel open such files): the outer range is kept and a range that overlaps a kept one is dropped,
 * so that every cell belongs to at most one merge. The checks name the dropped ranges once
 * (S006, info).
 */
import type { Merge } from '../grid';

export interface MergeOverlap {
  readonly kept: Merge;
  readonly dropped: Merge;
}

export interface NormalizedMerges {
  readonly merges: ReadonlyArray<Merge>;
  readonly overlaps: ReadonlyArray<MergeOverlap>;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const isRange = (m: Merge): boolean =>
  Number.isInteger(m.top) && Number.isInteger(m.left) && Number.isInteger(m.bottom) && Number.isInteger(m.right) &&
  m.top >= 0 && m.left >= 0 && m.bottom >= m.top && m.right >= m.left && m.bottom <= MAX_ROW && m.right <= MAX_COL;

const area = (m: Merge): number => (m.bottom - m.top + 1) * (m.right - m.left + 1);

/**
 * Keeps the merges that overlap no earlier kept one, visiting them top-down and, on the same
 * top row, largest first: a range that contains another starts on or above it and is at least as
 * large, so it is always visited (and kept) first. The kept ranges active on a row have disjoint
 * column spans, held sorted by their left column, so each test is a binary search.
 */
export function normalizeMerges(given: ReadonlyArray<Merge> | undefined): NormalizedMerges {
  // A range no host could hold (negative, inverted, past Excel's sheet) is no range at all.
  const input = given && !given.every(isRange) ? given.filter(isRange) : given;
  if (!input || input.length < 2) return { merges: input ?? [], overlaps: [] };
  const order = input.slice().sort((a, b) => a.top - b.top || area(b) - area(a) || a.left - b.left);
  const active: Merge[] = []; // kept, sorted by left, disjoint columns among those still active
  const kept: Merge[] = [];
  const overlaps: MergeOverlap[] = [];
  for (const m of order) {
    // Index of the first active range whose left is > m.right.
    let lo = 0;
    let hi = active.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (active[mid].left <= m.right) lo = mid + 1;
      else hi = mid;
    }
    let hit: Merge | undefined;
    for (let i = lo - 1; i >= 0; i--) {
      const k = active[i];
      if (k.bottom < m.top) {
        active.splice(i, 1); // ended above this row: no longer active
        lo--;
        continue;
      }
      if (k.right < m.left) break; // disjoint spans sorted by left: nothing further left reaches m
      hit = k;
      break;
    }
    if (hit) {
      overlaps.push({ kept: hit, dropped: m });
      continue;
    }
    active.splice(lo, 0, m);
    kept.push(m);
  }
  if (!overlaps.length) return { merges: input, overlaps };
  kept.sort((a, b) => a.top - b.top || a.left - b.left);
  return { merges: kept, overlaps };
}
