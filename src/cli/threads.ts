/** How many threads the CLI reads with. */
import { availableParallelism, loadavg } from 'node:os';

/**
 * How many threads read `files` files: the cores, at most one per file (JX_THREADS=n to choose; 0 or 1:
 * no worker, for the many files of `jx merge` as for the shared strings of one large workbook).
 */
export function readThreads(files: number): number {
  const asked = Number(process.env.JX_THREADS);
  const n = Number.isInteger(asked) && asked >= 0 ? asked : availableParallelism();
  return Math.max(0, Math.min(n, files));
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
  const n = Number(asked);
  if (asked !== undefined && asked !== '' && Number.isInteger(n) && n >= 0) return n >= 2;
  return cores >= 3 && load <= cores - 2;
}
