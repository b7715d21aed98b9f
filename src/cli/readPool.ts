/**
 * Reading many workbooks at once (`jx merge`, `jx check --across`): each file is read in a worker
 * thread, as many threads as the machine has cores (JX_THREADS overrides), so that 14 prefectures'
 * ledgers are inflated and parsed in parallel. A worker sends back the grid only (structured
 * clone); the model runs in the main thread. Run from the TypeScript sources (no bundle to start a
 * worker from), or when a worker cannot start, the files are read here, one after another.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ReadLimits } from '../adapters/xlsx/budget';
import { loadWorkbook, type LoadResult } from './io';
import { readThreads } from './threads';

/** A file read without its bytes (what a worker sends back). */
export type LoadedGrid = Exclude<LoadResult, { ok: true }> | Omit<Extract<LoadResult, { ok: true }>, 'bytes'>;

const WORKER_TAG = 'jx-read-worker';

interface Job {
  readonly i: number;
  readonly file: string;
}

/** In a worker thread started by readAll: reads the files it is sent until it is told to stop. */
export function startReadWorkerIfAsked(): boolean {
  if (isMainThread || (workerData as { tag?: string } | null)?.tag !== WORKER_TAG || !parentPort) return false;
  const port = parentPort;
  const limits = (workerData as { limits: ReadLimits }).limits;
  port.on('message', (job: Job | null) => {
    if (job === null) return void port.close();
    loadWorkbook(job.file, limits).then(
      (r) => port.postMessage({ i: job.i, result: withoutBytes(r) }),
      (e: unknown) => port.postMessage({ i: job.i, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }),
    );
  });
  return true;
}

function withoutBytes(r: LoadResult): LoadedGrid {
  if (!r.ok) return r;
  const { bytes: _bytes, ...rest } = r;
  return rest;
}

export { readThreads } from './threads';

/** The script a worker runs: this bundle (build/jx.cjs), never the TypeScript sources. */
function workerScript(): string | undefined {
  return /\.c?js$/.test(__filename) ? __filename : undefined;
}

/** Reads every file; results in the order given. An unexpected failure of one file is its `error`. */
export async function readAll(files: ReadonlyArray<string>, limits: ReadLimits | undefined): Promise<Array<{ result?: LoadedGrid; error?: string }>> {
  const out: Array<{ result?: LoadedGrid; error?: string }> = files.map(() => ({}));
  const threads = readThreads(files.length);
  const script = workerScript();
  if (threads < 2 || !script) {
    for (let i = 0; i < files.length; i++) {
      try {
        out[i] = { result: withoutBytes(await loadWorkbook(files[i], limits)) };
      } catch (e) {
        out[i] = { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
      }
    }
    return out;
  }
  if (process.env.JX_DEBUG === '1') process.stderr.write(`jx: reading ${files.length} files in ${threads} worker threads\n`);
  let next = 0;
  const done = new Set<number>();
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve) => {
        const w = new Worker(script, { workerData: { tag: WORKER_TAG, limits } });
        let current: number | undefined;
        const feed = (): void => {
          if (next >= files.length) {
            current = undefined;
            w.postMessage(null);
            return;
          }
          current = next++;
          w.postMessage({ i: current, file: files[current] } satisfies Job);
        };
        w.on('message', (m: { i: number; result?: LoadedGrid; error?: string }) => {
          out[m.i] = m.error !== undefined ? { error: m.error } : { result: m.result };
          done.add(m.i);
          feed();
        });
        // A worker that dies (out of memory) fails its file; the others go on.
        w.on('error', (e) => {
          if (current !== undefined && !done.has(current)) out[current] = { error: `${e.name}: ${e.message}` };
        });
        w.on('exit', () => resolve());
        feed();
      }),
    ),
  );
  // a file no worker got to (every worker died): read here
  for (let i = 0; i < files.length; i++) if (!done.has(i) && out[i].error === undefined) out[i] = { result: withoutBytes(await loadWorkbook(files[i], limits)) };
  return out;
}
