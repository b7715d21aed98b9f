/**
 * Timing helpers: warm-up runs, then the median of timed runs. No GC is forced between runs: a
 * forced full GC shrinks the young generation and makes the next small run pay for regrowing it
 * (FINDINGS measured 28 ms instead of 14), so the runs measure the steady state a user gets when
 * calling again.
 */

export interface Timing {
  /** Median of the timed runs, ms. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Median CPU time (user + system) of the process over the timed runs, ms: steadier than wall time on a shared machine. */
  readonly cpu: number;
  readonly runs: number;
}

export function median(xs: ReadonlyArray<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/**
 * Times `fn` (`setup`, when given, runs before each call outside the timing). The result of each
 * call goes to `sink` so the work cannot be optimised away.
 */
export function time<T>(
  fn: () => T,
  opts: { warmup?: number; runs?: number; setup?: () => void; sink?: (r: T) => void } = {}
): Timing {
  const { warmup = 2, runs = 7, setup, sink } = opts;
  for (let i = 0; i < warmup; i++) {
    setup?.();
    sink?.(fn());
  }
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    setup?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = fn();
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    sink?.(r);
  }
  return { median: median(ms), min: Math.min(...ms), max: Math.max(...ms), cpu: median(cpu), runs };
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;
