/**
 * Aggregates over any number of values, safe on arrays of any length (not `Math.max(...xs)`: arrays.ts): the largest
 * and smallest, sums of 分 and of decimal scores. Only the faces' computations use them (metrics, the whole table's
 * score, the report, the monitoring table, the merge): a module of its own, not arrays.ts, money.ts or
 * scoring/rounding.ts, which the custom functions import — the task pane shares their modules (webpack dependOn), so
 * whatever it uses of them is bundled into functions.js (≤ 60 KB gzipped).
 */
import type { Fen } from './money';

/** The largest number, or undefined for none (NaN is skipped). */
export function maxOf(values: Iterable<number>): number | undefined {
  let best: number | undefined;
  for (const v of values) if (!Number.isNaN(v) && (best === undefined || v > best)) best = v;
  return best;
}

/** The smallest number, or undefined for none (NaN is skipped). */
export function minOf(values: Iterable<number>): number | undefined {
  let best: number | undefined;
  for (const v of values) if (!Number.isNaN(v) && (best === undefined || v < best)) best = v;
  return best;
}

/** Σ of amounts in 分 (exact: integers). */
export function sumFen(values: Iterable<Fen>): Fen {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

const SUM_SCALE = 1e9;

/** Σ of decimal values without float drift (each taken to 9 decimals). */
export function sumDecimal(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += Math.round(v * SUM_SCALE);
  return s / SUM_SCALE;
}
