/** The median of numbers in linear time (a selection, not a sort). */

/**
 * The k-th smallest (0-based) of `a`, by Hoare's selection. Reorders `a` so that every element
 * before index k is ≤ a[k] and every element after it is ≥ a[k].
 */
export function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // Both sides asked every round: a cold run optimizes this loop early, and a comparison it had
    // not met yet would throw the optimized code away again.
    const left = k <= j;
    const right = k >= i;
    if (left) hi = j;
    else if (right) lo = i;
    else break; // j < k < i: a[k] equals the pivot
  }
  return a[k];
}

/** Median of `a` (mean of the two middle values when the count is even); NaN when empty. Reorders `a`. */
export function medianInPlace(a: Float64Array): number {
  const n = a.length;
  if (n === 0) return NaN;
  const upper = selectInPlace(a, n >> 1);
  if (n % 2) return upper;
  let lower = a[0];
  for (let i = 1; i < n >> 1; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}
