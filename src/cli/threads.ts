/** How many threads the CLI reads with. */
import { availableParallelism, loadavg } from 'node:os';

/**
 * How many threads read `files` files: the cores, at most one per file (JX_THREADS=n to choose; 0 or 1:
 * no worker, for the many files of `jx merge` as for the shared strings of one large workbook).
 */
export function readThreads(files: number, asked: string | undefined = process.env.JX_THREADS): number {
  return Math.max(0, Math.min(threadsAsked(asked) ?? availableParallelism(), files));
}

/** JX_THREADS as a count of threads; unset, empty or not a whole number ≥ 0: not asked. */
export function threadsAsked(asked: string | undefined): number | undefined {
  if (asked === undefined || asked.trim() === '') return undefined;
  const n = Number(asked);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Whether a helper thread (a large workbook's shared-strings worker) has a core to itself beside the
 * main thread and zlib's inflate of the sheet (libuv's pool): at least 3 cores, two of them idle by
 * the one-minute load average; or JX_THREADS≥2 asks for it. On 2 cores it does not pay: measured
 * on this 2-core machine, quiet (load 1.1), 100k check, 5 interleaved runs: one thread 1,518 ms wall
 * (main-thread CPU 1,420), with the worker 1,608 ms (main 1,411, all threads +340 ms): the main
 * thread's scan ran ~45 % slower beside the worker and zlib, cancelling the 0.2 s it no longer
 * spent on the strings; at a load of 8-10 the worker made it ~0.5 s slower.
 */
export function spareCore(load: number = loadavg()[0], cores: number = availableParallelism(), asked: string | undefined = process.env.JX_THREADS): boolean {
  const n = threadsAsked(asked);
  return n !== undefined ? n >= 2 : cores >= 3 && load <= cores - 2;
}
