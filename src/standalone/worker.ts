/**
 * The page's workbook worker: reads the file the user opened (the streaming reader, the page's
 * budgets, only the sheets the checks use), checks it and builds the 自评表, off the UI thread.
 * One request at a time from workerSession.ts; progress while reading.
 */
import { errorDetail, isJxError } from '../model/errors';
import { CHUNK_LOAD_ERROR, isChunkLoadError } from '../ui/errors';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { inProcessSession } from './session';
import { threadInflater, type InflateWorker } from '../adapters/xlsx/inflateThread';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
// Large parts inflate in a worker of their own (webpack entry `inflate`, dist/inflate.js, next to this one) while
// this one scans: DecompressionStream inflates on the thread that reads it. Where a worker cannot start workers,
// or that one fails, they inflate here.
const spawnInflater = (): InflateWorker => new Worker('inflate.js') as unknown as InflateWorker;
// It starts now, with this one (the page starts this one before a file is chosen), not at the first large part: a read
// waited ~0.05-0.1 s for it before its ledger's first rows.
const inflater = typeof Worker === 'function' ? threadInflater(spawnInflater) : undefined;
inflater?.prestart();
const session = inProcessSession({ inflater });
// The reader's chunk loads as the worker starts (the page starts it before a file is chosen: workerSession's warm), not after the user has chosen a file.
// A failure here (the page served without its chunks) is not this moment's to report: the read that needs the chunk
// imports it again and reports the failure to the user. Inside a promise: webpack loads a worker's chunk with
// importScripts, which THROWS where the script does not arrive (no rejected promise), and an import() at the top level
// threw out of the worker's start — the page then took the worker for dead and said the browser ran out of memory.
void Promise.resolve()
  .then(() => import(/* webpackChunkName: "reader" */ '../adapters/file'))
  .catch(() => undefined);
const never = new AbortController().signal;

async function handle(req: WorkerRequest): Promise<void> {
  const post = (m: WorkerResponse, transfer?: Transferable[]): void => scope.postMessage(m, transfer);
  /** A read's progress, posted in whole percents (each percent once). */
  const progressOf = (id: WorkerRequest['id']) => {
    let last = -1;
    return (f: number | undefined): void => {
      const p = f === undefined ? 0 : Math.round(f * 100);
      if (p !== last) post({ id, kind: 'progress', fraction: (last = p) / 100 });
    };
  };
  try {
    switch (req.op) {
      case 'open': {
        await session.open(req.bytes, req.name, { signal: never, onProgress: progressOf(req.id) });
        post({ id: req.id, kind: 'done' });
        return;
      }
      case 'openMany': {
        await session.openMany(req.files, { signal: never, onProgress: progressOf(req.id) });
        post({ id: req.id, kind: 'done' });
        return;
      }
      case 'across':
        post({ id: req.id, kind: 'done', across: await session.across({ signal: never }) });
        return;
      case 'merged': {
        const bytes = await session.merged({ signal: never });
        post({ id: req.id, kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
        return;
      }
      case 'sample':
        await session.useSample();
        post({ id: req.id, kind: 'done' });
        return;
      case 'check':
        post({ id: req.id, kind: 'done', view: await session.check({ signal: never }) });
        return;
      case 'generate': {
        const bytes = await session.generate(req.request, { signal: never });
        post({ id: req.id, kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
        return;
      }
      case 'report': {
        const r = await session.report(req.layout, req.draft, req.date, { signal: never });
        post({ id: req.id, kind: 'done', bytes: r.bytes, text: r.text, placeholders: r.placeholders }, [r.bytes.buffer as ArrayBuffer]);
        return;
      }
      case 'problemList': {
        const bytes = await session.problemList(req.name, req.locale, { signal: never });
        post({ id: req.id, kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
        return;
      }
      case 'annotated': {
        const { bytes, cells } = await session.annotated(req.locale, { signal: never });
        post({ id: req.id, kind: 'done', bytes, cells }, [bytes.buffer as ArrayBuffer]);
        return;
      }
    }
  } catch (e) {
    if (isJxError(e)) post({ id: req.id, kind: 'failed', code: e.code, text: e.text });
    // a chunk the worker loads on first use that did not arrive: the page says what to do (ui/App.tsx)
    else if (isChunkLoadError(e) || scriptNotLoaded(e)) post({ id: req.id, kind: 'failed', code: CHUNK_LOAD_ERROR, detail: errorDetail(e) });
    else post({ id: req.id, kind: 'failed', detail: errorDetail(e) });
  }
}

/**
 * webpack loads the worker's chunks with importScripts (webpack.config.js chunkLoading 'import-scripts'), which
 * throws the browser's NetworkError for a script that did not arrive, not webpack's ChunkLoadError.
 */
function scriptNotLoaded(e: unknown): boolean {
  const o = e as { name?: unknown; message?: unknown } | null;
  return typeof o === 'object' && o !== null && o.name === 'NetworkError' && typeof o.message === 'string' && o.message.includes('importScripts');
}

scope.onmessage = (e) => void handle(e.data);
