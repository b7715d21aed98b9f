/**
 * The page's side of the workbook worker: every read, check and build runs in the worker, so the
 * UI thread stays responsive whatever the file. Cancelling while a file is read ends the worker
 * at once (a fresh one takes the next request); a worker that does not answer within the time
 * budget is ended the same way, and one that dies (out of memory) is reported as such. Either
 * way the page lives on and says why.
 */
import { abortError, HostError, type AcrossView, type CheckView, type LocalizedText, type TaskOptions } from '../ui/host';
import { PAGE_LIMITS } from '../adapters/xlsx/budget';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { CHUNK_LOAD_ERROR, chunkLoadError } from '../ui/errors';
import { NO_FILE, NO_FILES, type WorkbookSession } from './session';

/** Distributive Omit over the request union (each request without its id). */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  readonly resolve: (r: WorkerResponse & { kind: 'done' }) => void;
  readonly reject: (e: unknown) => void;
  readonly onProgress?: (f: number | undefined) => void;
}

export const WORKER_DIED: LocalizedText = {
  'zh-CN': '读取工作簿时浏览器中止了工作（内存不足），无法检查。请删除无关的工作表或把台账拆成几个文件，或改用命令行工具 jx 检查。',
  'en-US': 'The browser stopped the work while reading the workbook (out of memory), so it cannot be checked. Delete unrelated sheets, split the ledger into several files, or check it with the jx command line.',
};

export function timedOut(seconds: number): LocalizedText {
  return {
    'zh-CN': `工作簿过大（读取超过 ${seconds} 秒的时间预算），无法检查。请删除无关的工作表或把台账拆成几个文件，或改用命令行工具 jx 检查。`,
    'en-US': `The workbook is too large (reading it took over the ${seconds} s time budget) to check. Delete unrelated sheets, split the ledger into several files, or check it with the jx command line.`,
  };
}

export interface WorkerSessionOptions {
  /** Ms after which a read is given up even if the worker says nothing (its own budget should answer first). */
  readonly watchdogMs?: number;
}

/** The worker's session, and a way to start the worker before the first request. */
export interface WorkerSession extends WorkbookSession {
  /**
   * Starts the worker now (its script and the reader load while the page waits for a file), so
   * that the first file is read at once. Does nothing when the worker is running.
   */
  warm(): void;
}

/** What moves to the worker with a file: its bytes' buffer; a File is cloned (the worker reads it). */
function moved(file: Uint8Array | Blob): Transferable[] {
  return ArrayBuffer.isView(file) ? [file.buffer as ArrayBuffer] : [];
}

export function workerSession(createWorker: () => Worker, options: WorkerSessionOptions = {}): WorkerSession {
  const watchdogMs = options.watchdogMs ?? PAGE_LIMITS.maxTime + 15_000;
  let worker: Worker | null = null;
  let hasFile = false;
  let hasFiles = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const end = (reason: unknown): void => {
    worker?.terminate();
    worker = null;
    hasFile = false;
    hasFiles = false;
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.reject(reason);
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.kind === 'progress') {
        p.onProgress?.(m.fraction);
        return;
      }
      pending.delete(m.id);
      if (m.kind === 'done') p.resolve(m);
      else
        p.reject(
          m.text
            ? new HostError(m.code ?? 'workerFailed', m.text)
            : m.code === CHUNK_LOAD_ERROR
              ? chunkLoadError(m.detail ?? '')
              : new HostError('workerFailed', { 'zh-CN': `处理工作簿时出错：${m.detail ?? ''}`, 'en-US': `Processing the workbook failed: ${m.detail ?? ''}` }),
        );
    };
    w.onerror = (e) => {
      e.preventDefault();
      end(new HostError('workerDied', WORKER_DIED));
    };
    worker = w;
    return w;
  };

  const call = (req: Request, o: TaskOptions | undefined, hard: boolean, transfer: Transferable[] = []): Promise<WorkerResponse & { kind: 'done' }> =>
    new Promise((resolve, reject) => {
      if (o?.signal.aborted) return reject(abortError());
      const w = ensure();
      const id = nextId++;
      const done = (): void => {
        clearTimeout(timer);
        o?.signal.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        done();
        if (hard) end(abortError());
        else {
          pending.delete(id);
          reject(abortError());
        }
      };
      pending.set(id, {
        resolve: (r) => {
          done();
          resolve(r);
        },
        reject: (e) => {
          done();
          reject(e);
        },
        onProgress: o?.onProgress,
      });
      o?.signal.addEventListener('abort', onAbort);
      // Whatever the request, a worker silent past the watchdog is ended (a read has its own budget and answers first).
      const timer = setTimeout(() => end(new HostError('timedOut', timedOut(Math.round(PAGE_LIMITS.maxTime / 1000)))), watchdogMs);
      w.postMessage({ ...req, id } as WorkerRequest, transfer);
    });

  return {
    warm() {
      ensure();
    },
    async openMany(files, o) {
      hasFile = false;
      hasFiles = false;
      // The bytes move to the worker (no copy); reading can be cancelled by ending the worker.
      await call({ op: 'openMany', files }, o, true, files.flatMap((f) => moved(f.bytes)));
      hasFiles = true;
    },
    async across(o) {
      if (!hasFiles) throw NO_FILES;
      const r = await call({ op: 'across' }, o, false);
      return r.across as AcrossView;
    },
    async merged(o) {
      if (!hasFiles) throw NO_FILES;
      const r = await call({ op: 'merged' }, o, false);
      return r.bytes as Uint8Array;
    },
    async open(file, name, o) {
      hasFile = false;
      hasFiles = false;
      // The bytes move to the worker (no copy), or the File goes there to be read; reading can be cancelled by ending the worker.
      await call({ op: 'open', bytes: file, name }, o, true, moved(file));
      hasFile = true;
    },
    async useSample() {
      hasFiles = false;
      await call({ op: 'sample' }, undefined, false);
      hasFile = true;
    },
    async check(o) {
      if (!hasFile) throw NO_FILE;
      const r = await call({ op: 'check' }, o, false);
      return r.view as CheckView;
    },
    async generate(request, o) {
      if (!hasFile) throw NO_FILE;
      const r = await call({ op: 'generate', request }, o, false);
      return r.bytes as Uint8Array;
    },
    async report(layout, draft, date, o) {
      if (!hasFile) throw NO_FILE;
      const r = await call({ op: 'report', layout, draft, date }, o, false);
      return { bytes: r.bytes as Uint8Array, text: r.text ?? '', placeholders: r.placeholders ?? 0 };
    },
    async problemList(name, locale, o) {
      if (!hasFile) throw NO_FILE;
      const r = await call({ op: 'problemList', name, locale }, o, false);
      return r.bytes as Uint8Array;
    },
    async annotated(locale, o) {
      if (!hasFile) throw NO_FILE;
      const r = await call({ op: 'annotated', locale }, o, false);
      return { bytes: r.bytes as Uint8Array, cells: r.cells ?? 0 };
    },
  };
}
