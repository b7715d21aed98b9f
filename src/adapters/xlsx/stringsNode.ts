/**
 * Node's StringsThread (lateStrings.ts): the shared strings are read in a worker thread running
 * `script` (build/strings-worker.cjs, built with the CLI from src/cli/stringsWorker.ts), which
 * posts them back in batches while this thread reads the sheets. A worker costs ~30-50 ms of the
 * other core to start and the sheets' first rows wait for it, while reading the strings here costs
 * ~20 ms per MB: only a part of at least MIN_THREAD_STRINGS declared bytes gets one (a ledger of
 * 100,000 projects has 11 MB of strings, of 10,000 projects 1.2 MB, the sample 47 KB). A worker that cannot
 * start or dies (its `error` or `exit` before its end) hands the part back to the reader, which
 * reads it in its own thread. Node only: imported by the CLI and the tests, never by the page.
 */
import { Worker } from 'node:worker_threads';
import type { StringsBatch, StringsEnd, StringsJob, StringsThread } from './lateStrings';

/** Declared bytes of the shared strings below which they are read in the reader's thread. */
export const MIN_THREAD_STRINGS = 4 << 20;

/** A message from the worker: a batch, or the end. */
export type StringsReply = ({ readonly t: 'batch' } & StringsBatch) | { readonly t: 'end'; readonly end: StringsEnd };

export function workerStrings(script: string, minBytes: number = MIN_THREAD_STRINGS): StringsThread {
  return {
    read(job, sink) {
      if (job.planned < minBytes) return null;
      let settled = false;
      const lose = (): void => {
        if (settled) return;
        settled = true;
        sink.lost();
      };
      let w: Worker;
      try {
        w = new Worker(script);
      } catch {
        return null;
      }
      // A copy of the part's bytes in a buffer of its own, moved to the worker (the job's view shares
      // the file's buffer; a Buffer's slice would too).
      const data = new Uint8Array(job.data);
      w.postMessage({ ...job, data } satisfies StringsJob, [data.buffer]);
      w.on('message', (m: StringsReply) => {
        if (settled) return;
        if (m.t === 'batch') sink.batch(m);
        else {
          settled = true;
          sink.end(m.end);
        }
      });
      w.on('error', lose);
      w.on('exit', lose);
      return {
        cancel: () => {
          settled = true;
          void w.terminate();
        },
      };
    },
  };
}
