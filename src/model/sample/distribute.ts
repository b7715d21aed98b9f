/**
 * Splitting an exact integer total over items by weight, in whole steps, so that the parts add
 * up to the total exactly (largest-remainder method). All quantities are integers (分, persons…).
 */

export interface DistributeOptions {
  /** Every part is a multiple of `step`, except that the remainder `total mod step` goes to one part. */
  readonly step?: number;
  /** Upper bound per item (same unit as total). */
  readonly caps?: ReadonlyArray<number>;
}

export function distribute(total: number, weights: ReadonlyArray<number>, opts: DistributeOptions = {}): number[] {
  const step = opts.step ?? 1;
  const n = weights.length;
  if (!Number.isSafeInteger(total) || total < 0 || !Number.isSafeInteger(step) || step <= 0) {
    throw new Error(`distribute: bad total ${total} or step ${step}`);
  }
  if (n === 0) {
    if (total === 0) return [];
    throw new Error('distribute: no items');
  }
  const caps = opts.caps ?? weights.map(() => Number.MAX_SAFE_INTEGER);
  const capUnits = caps.map((c) => Math.floor(c / step));
  const units = Math.floor(total / step);
  const rest = total - units * step;
  const wsum = weights.reduce((s, w) => s + w, 0);
  if (!(wsum > 0)) throw new Error('distribute: weights must have a positive sum');

  const ideal = weights.map((w) => (units * w) / wsum);
  const alloc = ideal.map((x, i) => Math.min(Math.floor(x), capUnits[i]));
  let left = units - alloc.reduce((s, a) => s + a, 0);
  // Largest fractional part first; ties by index, so the result is deterministic.
  const order = ideal.map((x, i) => i).sort((a, b) => ideal[b] - Math.floor(ideal[b]) - (ideal[a] - Math.floor(ideal[a])) || a - b);
  while (left > 0) {
    let gave = false;
    for (const i of order) {
      if (left === 0) break;
      if (alloc[i] < capUnits[i]) {
        alloc[i]++;
        left--;
        gave = true;
      }
    }
    if (!gave) throw new Error('distribute: caps too small for the total');
  }
  const parts = alloc.map((a) => a * step);
  if (rest > 0) {
    // The remainder goes to the largest part that has room for it.
    const byBig = parts.map((p, i) => i).sort((a, b) => parts[b] - parts[a] || a - b);
    const i = byBig.find((k) => parts[k] + rest <= caps[k]);
    if (i === undefined) throw new Error('distribute: no room for the remainder');
    parts[i] += rest;
  }
  return parts;
}
