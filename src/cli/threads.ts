/** How many threads the CLI reads with. */
import { availableParallelism } from 'node:os';

/**
 * How many threads read `files` files: the cores, at most one per file (JX_THREADS=n to choose; 0 or 1:
 * no worker, for the many files of `jx merge` as for the shared strings of one large workbook).
 */
export function readThreads(files: number): number {
  const asked = Number(process.env.JX_THREADS);
  const n = Number.isInteger(asked) && asked >= 0 ? asked : availableParallelism();
  return Math.max(0, Math.min(n, files));
}
