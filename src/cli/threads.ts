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
 * Whether a helper thread has a core to itself: the one-minute load average is below the cores, or
 * JX_THREADS asks for threads. On a machine whose cores are all busy a second thread of ours only
 * takes turns with the first: a large workbook's strings read in a worker cost ~0.2 s more CPU in
 * all and, at a load of 8 on 2 cores, made the 100,000-project check ~0.5 s slower, not faster.
 */
export function spareCore(load: number = loadavg()[0], cores: number = availableParallelism(), asked: string | undefined = process.env.JX_THREADS): boolean {
  const n = Number(asked);
  if (asked !== undefined && asked !== '' && Number.isInteger(n) && n >= 0) return n >= 2;
  return cores >= 2 && load < cores;
}
