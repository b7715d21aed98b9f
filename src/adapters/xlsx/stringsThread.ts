/**
 * The page's StringsThread (lateStrings.ts): the shared strings of a large workbook are read in a
 * Web Worker of their own (dist/strings.js, src/standalone/stringsWorker.ts) while the page's
 * workbook worker reads the sheets, as the CLI reads them in a Node worker (stringsNode.ts).
 * Without it the page read the 100,000-project ledger's 11 MB of strings (inflate and parse,
 * ~0.4 s) before its first sheet, while the sheet's own inflate worker waited for it.
 *
 * Each read gets a worker of its own, ended once its part has been read. The first may be started
 * before any file is chosen (`prestart`: the page's worker does so as it starts), so that a read
 * does not wait for the worker's script to load. A worker that cannot start, or reports an error,
 * hands the part back to the reader, which reads it in its own thread (LateStrings.lost).
 *
 * Host-neutral (a Worker, a worker's global scope or a MessagePort): the tests run both ends in
 * one thread through a MessageChannel.
 */
import { defaultInflater } from './inflate';
import type { StringsJob, StringsReply, StringsThread } from './lateStrings';

/** The name the page's workbook worker starts its strings worker under (the same script, dist/worker.js: worker.ts). */
export const STRINGS_WORKER_NAME = 'jx-strings';

/**
 * Declared bytes of the shared strings below which they are read in the reader's thread. Lower
 * than the CLI's (stringsNode.ts MIN_THREAD_STRINGS, 4 MB): the page's worker is started before
 * the file is chosen, and the page's own thread inflates and parses at ~40 ms per MB, so a table
 * of 1 MB (a ledger of ~9,000 projects) already gains.
 */
export const MIN_PAGE_THREAD_STRINGS = 1 << 20;

/** The worker's side of the channel. */
export interface StringsPort {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** The reader's side: a Worker (its `error` event means it could not start, or failed). */
export interface StringsWorker extends StringsPort {
  onerror: ((e: Event) => void) | null;
  terminate(): void;
}

/**
 * The worker's side: reads the one part it is sent, posting its strings in batches, then its end. The reader's
 * modules (`load`) load as the worker starts, before its part comes. Where they cannot be loaded (the page served
 * without its chunks), the failure is thrown out of the worker (its `error` event): the reader reads the part itself.
 */
export function serveStrings(
  port: StringsPort,
  load: () => Promise<Pick<typeof import('./lateStrings'), 'scanStrings'>> = () => import(/* webpackChunkName: "reader" */ './lateStrings'),
): void {
  // in a promise: webpack's importScripts chunk loading throws where the script does not arrive
  const loading = Promise.resolve().then(load);
  loading.catch(() => undefined);
  port.onmessage = (e: MessageEvent) => {
    port.onmessage = null;
    const job = e.data as StringsJob;
    void loading.then(
      ({ scanStrings }) =>
        scanStrings(job, defaultInflater(), (b) => port.postMessage({ t: 'batch', ...b } satisfies StringsReply, [])).then((end) =>
          port.postMessage({ t: 'end', end } satisfies StringsReply, []),
        ),
      (x: unknown) =>
        setTimeout(() => {
          throw x;
        }),
    );
  };
}

export interface PageStringsThread extends StringsThread {
  /** Starts the next read's worker now (its script loads meanwhile). */
  prestart(): void;
}

/** A started worker, and whether it has failed: an error may come before the worker is used (its script did not load). */
interface Started {
  readonly worker: StringsWorker;
  failed: boolean;
  onFailure: (() => void) | null;
}

/** The reader's side: each part of at least `minBytes` declared bytes is read in a worker `spawn` starts. */
export function pageStrings(spawn: () => StringsWorker, minBytes: number = MIN_PAGE_THREAD_STRINGS): PageStringsThread {
  let spare: Started | null = null;
  const start = (): Started | null => {
    try {
      const s: Started = { worker: spawn(), failed: false, onFailure: null };
      s.worker.onerror = (e: Event) => {
        e.preventDefault();
        if (s.failed) return;
        s.failed = true;
        s.onFailure?.();
      };
      return s;
    } catch {
      return null;
    }
  };
  return {
    prestart() {
      spare ??= start();
    },
    read(job, sink) {
      if (job.planned < minBytes) return null;
      const s = spare ?? start();
      spare = null;
      if (!s || s.failed) {
        s?.worker.terminate();
        return null;
      }
      const w = s.worker;
      let settled = false;
      const stop = (): void => {
        settled = true;
        w.onmessage = null;
        s.onFailure = null;
        w.terminate();
      };
      w.onmessage = (e: MessageEvent) => {
        if (settled) return;
        const m = e.data as StringsReply;
        if (m.t === 'batch') return sink.batch(m);
        stop();
        sink.end(m.end);
      };
      s.onFailure = () => {
        if (settled) return;
        stop();
        sink.lost();
      };
      // A copy of the part's bytes moves to the worker (the job's view shares the file's buffer; a Buffer's slice would too).
      const data = new Uint8Array(job.data);
      w.postMessage({ ...job, data } satisfies StringsJob, [data.buffer]);
      return { cancel: stop };
    },
  };
}
