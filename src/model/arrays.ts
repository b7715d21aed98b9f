/**
 * Array helpers that stay safe on arrays of any length. Spreading into call arguments
 * (`push(...xs)`, `Math.max(...xs)`) puts every element on the stack and throws
 * "Maximum call stack size exceeded" past ~100,000 elements (issue 14); a lint rule forbids it. The largest and
 * smallest of numbers are in aggregates.ts (only the faces use them: kept out of functions.js, which bundles what the
 * task pane uses of the modules the custom functions import).
 */

/** Appends every element of `source` to `target` (in place) and returns `target`. */
export function pushAll<T>(target: T[], source: Iterable<T>): T[] {
  for (const x of source) target.push(x);
  return target;
}
