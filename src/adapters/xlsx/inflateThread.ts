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
import { crc32, entryCheck, type EntryCheck, type InflateEnd, type Inflater } from './zip';

/**
 * Bytes posted and not yet read: what the inflate worker may run ahead of the reader (and, with one piece more, all
 * the inflated output that waits at any time, whatever the part inflates to).
 */
export const WINDOW_BYTES = 4 << 20;
/** Entries with less compressed data than this inflate in the reader's thread (a message's round trip costs more). */
export const MIN_THREAD_BYTES = 64 * 1024;

export type InflateRequest =
  /** `check`: the directory's CRC-32 and size of the whole entry, checked by the worker when it has ended (Inflater.verifies). */
  | { readonly op: 'inflate'; readonly id: number; readonly data: Uint8Array; readonly limit: number; readonly check?: EntryCheck }
  /** The reader has read the oldest chunk not yet answered (`bytes` long): as much more may be posted. */
  | { readonly op: 'more'; readonly id: number; readonly bytes: number }
  | { readonly op: 'cancel'; readonly id: number };

export type InflateReply =
  | { readonly id: number; readonly kind: 'chunk'; readonly bytes: Uint8Array }
  /** `checked`: the entry's check came with the request and its output matched it (a worker of an earlier build never says so). */
  | { readonly id: number; readonly kind: 'end'; readonly end: InflateEnd; readonly checked?: true }
  /** The data is not valid deflate, or its output does not have the directory's CRC-32. */
  | { readonly id: number; readonly kind: 'failed' };

/** Either end of the channel (a Worker, a worker's global scope, a MessagePort). */
export interface InflatePort {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/**
 * The inflate worker's side: answers requests on `port` with `open`'s pieces. Each piece is posted as it comes, its
 * buffer moved, not copied: DecompressionStream's output arrives in 64 KB buffers of its own, and copying 71 MB into
 * 1 MB messages (fresh memory, every page of it faulted in) cost the worker more than the inflating: the 100,000-project
 * ledger's sheet took it 0.7-0.9 s alone, against 0.35-0.55 s inflated and read as it came. The check a request
 * brings (CRC-32 and size) is made here, not by the reader, whose thread the scan keeps busy: natively by
 * DecompressionStream('gzip') (inflate.ts), or by summing the pieces as they pass (fflate).
 */
export function serveInflate(port: InflatePort, open: (data: Uint8Array, check?: EntryCheck) => InflatedPieces | Promise<InflatedPieces> = defaultPieces()): void {
  interface Job {
    /** Bytes posted and not yet read. */
    ahead: number;
    /** The sizes of the chunks posted and not yet read, oldest first: a `more` answers the oldest (the reader reads them in order). */
    readonly posted: number[];
    cancelled: boolean;
    wake: (() => void) | null;
  }
  const jobs = new Map<number, Job>();
  const reply = (m: InflateReply, transfer: Transferable[] = []): void => port.postMessage(m, transfer);

  const run = async (id: number, data: Uint8Array, limit: number, check: EntryCheck | undefined): Promise<void> => {
    const job: Job = { ahead: 0, posted: [], cancelled: false, wake: null };
    jobs.set(id, job);
    let pieces: InflatedPieces | null = null;
    try {
      pieces = await open(data, check);
      // a source that does not check (fflate) is summed here
      const crc = check && !pieces.verifies ? check.crc : undefined;
      let out = 0;
      let c = 0;
      for (let piece = await pieces.next(); piece && !job.cancelled; piece = await pieces.next()) {
        out += piece.length;
        if (out > limit) return reply({ id, kind: 'end', end: 'overLimit' });
        if (piece.length === 0) continue;
        if (crc !== undefined) c = crc32(piece, c);
        // Posted once the reader has room for it (and always, when nothing waits: a piece larger than the window).
        while (job.ahead > 0 && job.ahead + piece.length > WINDOW_BYTES && !job.cancelled) await new Promise<void>((wake) => (job.wake = wake));
        if (job.cancelled) return;
        // a view into a larger buffer (fflate's) is copied: moving its buffer would move what is not this piece's
        const own = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength ? piece : piece.slice();
        job.ahead += own.length;
        job.posted.push(own.length);
        reply({ id, kind: 'chunk', bytes: own }, [own.buffer as ArrayBuffer]);
      }
      if (job.cancelled) return;
      if (!check) return reply({ id, kind: 'end', end: 'done' });
      // every byte the directory declares, and the CRC-32 (summed here, or natively by the source)
      const matches = out === check.size && (crc === undefined || c === crc >>> 0);
      reply(matches ? { id, kind: 'end', end: 'done', checked: true } : { id, kind: 'failed' });
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
        void run(m.id, m.data, m.limit, m.check);
        return;
      case 'more':
        if (job) {
          // by the sizes posted, not the message's `bytes`: a reader of an earlier build counted chunks, and said none
          job.ahead -= job.posted.shift() ?? 0;
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
 * small ones, or all of them when that worker cannot be had, with `inThread`. It checks an entry read
 * whole against the directory's CRC-32 itself (`verifies`, zip.ts entryCheck): in the worker for the
 * entries inflated there, here for the others, and rejects when it does not match.
 */
export function threadInflater(spawn: () => InflateWorker, inThread: Inflater = defaultInflater()): Inflater & { prestart(): void } {
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

  /** `inThread`, the entry checked against `check` here; `skip`: bytes the sink already has (not given again, but checked). */
  const here = async (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check: EntryCheck | undefined, skip: number): Promise<InflateEnd> => {
    const given =
      skip === 0
        ? sink
        : (chunk: Uint8Array): boolean | void => {
            if (skip >= chunk.length) {
              skip -= chunk.length;
              return true;
            }
            const rest = skip > 0 ? chunk.subarray(skip) : chunk;
            skip = 0;
            return sink(rest);
          };
    if (!check) return inThread(data, limit, given);
    // checked as the package reader checks an entry: by `inThread` itself where it verifies, else summed here
    const c = entryCheck(given, inThread, 8, check);
    const end = await inThread(data, limit, c.sink, c.own);
    if (end === 'done' && !c.matches()) throw new Error('the entry does not have its CRC-32');
    return end;
  };

  const inflate = async (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check?: EntryCheck): Promise<InflateEnd> => {
    const w = data.length >= MIN_THREAD_BYTES ? start() : null;
    if (!w) return here(data, limit, sink, check, 0);
    const id = nextId++;
    let delivered = 0;
    let checked = false;
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
          if (m.kind === 'end') {
            checked = m.checked === true;
            return finish(m.end, false);
          }
          if (m.kind === 'failed') {
            jobs.delete(id);
            return reject(new Error('invalid deflate data, or not the entry\'s CRC-32'));
          }
          const n = m.bytes.length;
          out += n;
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
          w.postMessage({ op: 'more', id, bytes: n } satisfies InflateRequest, []);
        },
      });
      // A copy of the entry's bytes moves to the inflate worker (the file's bytes stay here: other entries are read from them).
      const copy = data.slice();
      w.postMessage({ op: 'inflate', id, data: copy, limit, ...(check ? { check } : {}) } satisfies InflateRequest, [copy.buffer]);
    });
    // An inflate worker that did not say it checked the entry (dist/inflate.js of an earlier build, cached beside this
    // one: it is loaded by a fixed name): the entry is inflated again here to check it, its bytes not given again.
    if (ended === 'done' && check && !checked) return here(data, limit, sink, check, Infinity);
    if (ended !== 'lost') return ended;
    // The inflate worker could not start or died: the entry in this thread, what the sink already has skipped.
    return here(data, limit, sink, check, delivered);
  };
  return Object.assign(inflate, {
    verifies: true as const,
    /** Starts the worker now (its script loads meanwhile), not when the first large entry comes. */
    prestart: (): void => void start(),
  });
}
