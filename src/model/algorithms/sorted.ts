/** Search in ascending arrays of numbers. */

/** The index of the first of `sorted` (ascending) at least `value` (its length when none is). */
export function firstAtLeast(sorted: ReadonlyArray<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
