/**
 * Node's StringsThread (lateStrings.ts): the shared strings are read in a worker thread running
 * `script` (build/strings-worker.cjs, built with the CLI from src/cli/stringsWorker.ts), which
 * posts them back in batches while this thread reads the sheets. A worker costs ~30-50 ms of the
 * other core to start and the sheets' first rows wait for it, while reading the strings here costs
 * ~20 ms per MB: only a part of at least MIN_THREAD_STRINGS declared bytes gets one (a ledger of
 * 100,000 projects has 11 MB of strings, of 10,000 projects 1.2 MB, the sample 47 KB). The worker
 * may be started before the file is even read (`prestart`), so that it has started by the time
 * its part is known; `dispose` stops it if it was not used. A worker that cannot start or dies
 * (its `error` or `exit` before its end) hands the part back to the reader, which reads it in its
 * own thread. Node only: imported by the CLI and the tests, never by the page.
 */
import { Worker } from 'node:worker_threads';
import type { StringsBatch, StringsEnd, StringsJob, StringsThread } from './lateStrings';

/** Declared bytes of the shared strings below which they are read in the reader's thread. */
export const MIN_THREAD_STRINGS = 4 << 20;

/** A message from the worker: a batch, or the end. */
export type StringsReply = ({ readonly t: 'batch' } & StringsBatch) | { readonly t: 'end'; readonly end: StringsEnd };

/** A worker, and whether it has failed or exited (from its start: a worker started early may die before it is used). */
class StringsWorker {
  readonly worker: Worker;
  private dead = false;
  private onDeath: (() => void) | null = null;
  constructor(script: string) {
    this.worker = new Worker(script);
    const die = (): void => {
      if (this.dead) return;
      this.dead = true;
      this.onDeath?.();
    };
    this.worker.on('error', die);
    this.worker.on('exit', die);
  }
  /** `f` once the worker has failed or exited (at once, on a later turn, if it has already). */
  whenDead(f: () => void): void {
    if (this.dead) setImmediate(f);
    else this.onDeath = f;
  }
}

export interface NodeStringsThread extends StringsThread {
  /** Stops a worker started early and not used: its exit code once it has stopped, null when there was none. */
  dispose(): Promise<number | null>;
}

export function workerStrings(script: string, minBytes: number = MIN_THREAD_STRINGS, prestart = false): NodeStringsThread {
  const start = (): StringsWorker | null => {
    try {
      return new StringsWorker(script);
    } catch {
      return null;
    }
  };
  let spare = prestart ? start() : null;
  // a worker waiting for a part does not keep the process alive
  spare?.worker.unref();
  return {
    read(job, sink) {
      if (job.planned < minBytes) return null;
      const sw = spare ?? start();
      spare = null;
      if (!sw) return null;
      const w = sw.worker;
      w.ref();
      let settled = false;
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
      sw.whenDead(() => {
        if (settled) return;
        settled = true;
        sink.lost();
      });
      return {
        cancel: () => {
          settled = true;
          void w.terminate();
        },
      };
    },
    dispose() {
      const w = spare?.worker;
      spare = null;
      return w ? w.terminate() : Promise.resolve(null);
    },
  };
}
