/**
 * Array helpers that stay safe on arrays of any length. Spreading into call arguments
 * (`push(...xs)`, `Math.max(...xs)`) puts every element on the stack and throws
 * "Maximum call stack size exceeded" past ~100,000 elements (issue 14); a lint rule forbids it.
 */

/** Appends every element of `source` to `target` (in place) and returns `target`. */
export function pushAll<T>(target: T[], source: Iterable<T>): T[] {
  for (const x of source) target.push(x);
  return target;
}

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
