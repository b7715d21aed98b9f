/**
 * The page's inflate on a thread of its own. In the browser DecompressionStream inflates on the
 * thread that reads it, so the page's worker spent a sixth of a large read inflating before it
 * could scan; Node's zlib inflates in the thread pool while the sheet is scanned. Here the page's
 * worker hands each large entry's compressed bytes to a second worker (dist/inflate.js), which
 * inflates them (DecompressionStream, else fflate) and posts the output back in 1 MB chunks while
 * the first one scans.
 *
 * The guards are those of the in-thread inflaters, on both sides: the inflate worker counts its
 * output and stops at the entry's limit; the reader counts what arrives and stops it there too;
 * at most WINDOW chunks are in flight (the inflate worker waits for the reader), so a zip bomb
 * costs no more memory than reading it in one thread. When the second worker cannot be started,
 * or dies, the entry is inflated in the reader's own thread, the bytes already read skipped.
 */
import { defaultInflater, defaultPieces, type InflatedPieces } from './inflate';
import type { InflateEnd, Inflater } from './zip';

/** Bytes of output per message. */
export const THREAD_CHUNK = 1 << 20;
/** Chunks posted and not yet read: what the inflate worker may run ahead of the reader. */
export const WINDOW = 4;
/** Entries with less compressed data than this inflate in the reader's thread (a message's round trip costs more). */
export const MIN_THREAD_BYTES = 64 * 1024;

export type InflateRequest =
  | { readonly op: 'inflate'; readonly id: number; readonly data: Uint8Array; readonly limit: number }
  /** The reader has read a chunk: one more may be posted. */
  | { readonly op: 'more'; readonly id: number }
  | { readonly op: 'cancel'; readonly id: number };

export type InflateReply =
  | { readonly id: number; readonly kind: 'chunk'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: 'end'; readonly end: InflateEnd }
  /** The data is not valid deflate. */
  | { readonly id: number; readonly kind: 'failed' };

/** Either end of the channel (a Worker, a worker's global scope, a MessagePort). */
export interface InflatePort {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** The inflate worker's side: answers requests on `port` with `open`'s pieces. */
export function serveInflate(port: InflatePort, open: (data: Uint8Array) => InflatedPieces | Promise<InflatedPieces> = defaultPieces()): void {
  interface Job {
    credit: number;
    cancelled: boolean;
    wake: (() => void) | null;
  }
  const jobs = new Map<number, Job>();
  const reply = (m: InflateReply, transfer: Transferable[] = []): void => port.postMessage(m, transfer);

  const run = async (id: number, data: Uint8Array, limit: number): Promise<void> => {
    const job: Job = { credit: WINDOW, cancelled: false, wake: null };
    jobs.set(id, job);
    let pieces: InflatedPieces | null = null;
    /** Posts a chunk once the reader has room for it; false when the reader no longer wants it. */
    const send = async (bytes: Uint8Array): Promise<boolean> => {
      while (job.credit === 0 && !job.cancelled) await new Promise<void>((wake) => (job.wake = wake));
      if (job.cancelled) return false;
      job.credit--;
      reply({ id, kind: 'chunk', bytes }, [bytes.buffer as ArrayBuffer]);
      return true;
    };
    try {
      pieces = await open(data);
      let out = 0;
      let buf: Uint8Array | null = null;
      let n = 0;
      for (let piece = await pieces.next(); piece && !job.cancelled; piece = await pieces.next()) {
        out += piece.length;
        if (out > limit) return reply({ id, kind: 'end', end: 'overLimit' });
        for (let at = 0; at < piece.length; ) {
          buf ??= new Uint8Array(Math.min(THREAD_CHUNK, limit - (out - piece.length + at)));
          const k = Math.min(buf.length - n, piece.length - at);
          buf.set(piece.subarray(at, at + k), n);
          n += k;
          at += k;
          if (n === buf.length) {
            if (!(await send(buf))) return;
            buf = null;
            n = 0;
          }
        }
      }
      if (job.cancelled) return;
      if (buf && n > 0 && !(await send(buf.subarray(0, n)))) return;
      reply({ id, kind: 'end', end: 'done' });
    } catch {
      if (!job.cancelled) reply({ id, kind: 'failed' });
    } finally {
      jobs.delete(id);
      await pieces?.cancel();
    }
  };

  port.onmessage = (e: MessageEvent) => {
    const m = e.data as InflateRequest;
    const job = jobs.get(m.id);
    switch (m.op) {
      case 'inflate':
        void run(m.id, m.data, m.limit);
        return;
      case 'more':
        if (job) {
          job.credit++;
          job.wake?.();
        }
        return;
      case 'cancel':
        if (job) {
          job.cancelled = true;
          job.wake?.();
        }
        return;
    }
  };
}

/** What the reader needs of the inflate worker (a Worker: its `error` event means it could not start or died). */
export interface InflateWorker extends InflatePort {
  onerror: ((e: Event) => void) | null;
  terminate(): void;
}

/**
 * An Inflater that inflates large entries in the worker `spawn` starts (once, on first need), and
 * small ones, or all of them when that worker cannot be had, with `inThread`.
 */
export function threadInflater(spawn: () => InflateWorker, inThread: Inflater = defaultInflater()): Inflater {
  let worker: InflateWorker | null = null;
  let broken = false;
  let nextId = 1;
  const jobs = new Map<number, { readonly onReply: (m: InflateReply) => void; readonly lost: () => void }>();

  const lose = (): void => {
    broken = true;
    worker?.terminate();
    worker = null;
    const all = [...jobs.values()];
    jobs.clear();
    for (const j of all) j.lost();
  };

  const start = (): InflateWorker | null => {
    if (worker || broken) return worker;
    try {
      const w = spawn();
      w.onmessage = (e: MessageEvent) => {
        const m = e.data as InflateReply;
        jobs.get(m.id)?.onReply(m);
      };
      w.onerror = (e: Event) => {
        e.preventDefault();
        lose();
      };
      worker = w;
    } catch {
      broken = true;
    }
    return worker;
  };

  return async (data, limit, sink) => {
    const w = data.length >= MIN_THREAD_BYTES ? start() : null;
    if (!w) return inThread(data, limit, sink);
    const id = nextId++;
    let delivered = 0;
    const ended = await new Promise<InflateEnd | 'lost'>((resolve, reject) => {
      const finish = (end: InflateEnd | 'lost', cancel: boolean): void => {
        jobs.delete(id);
        if (cancel) w.postMessage({ op: 'cancel', id } satisfies InflateRequest, []);
        resolve(end);
      };
      let out = 0;
      jobs.set(id, {
        lost: () => resolve('lost'),
        onReply: (m) => {
          if (m.kind === 'end') return finish(m.end, false);
          if (m.kind === 'failed') {
            jobs.delete(id);
            return reject(new Error('invalid deflate data'));
          }
          out += m.bytes.length;
          if (out > limit) return finish('overLimit', true);
          let more: boolean | void;
          try {
            more = sink(m.bytes);
          } catch (e) {
            // The sink refused the data (over a budget, malformed XML, cancelled): stop, hand the reason on.
            jobs.delete(id);
            w.postMessage({ op: 'cancel', id } satisfies InflateRequest, []);
            return reject(e);
          }
          delivered = out;
          if (more === false) return finish('stopped', true);
          w.postMessage({ op: 'more', id } satisfies InflateRequest, []);
        },
      });
      // A copy of the entry's bytes moves to the inflate worker (the file's bytes stay here: other entries are read from them).
      const copy = data.slice();
      w.postMessage({ op: 'inflate', id, data: copy, limit } satisfies InflateRequest, [copy.buffer]);
    });
    if (ended !== 'lost') return ended;
    // The inflate worker could not start or died: the entry in this thread, what the sink already has skipped.
    let skip = delivered;
    return inThread(data, limit, (chunk) => {
      if (skip >= chunk.length) {
        skip -= chunk.length;
        return true;
      }
      const rest = skip > 0 ? chunk.subarray(skip) : chunk;
      skip = 0;
      return sink(rest);
    });
  };
}
