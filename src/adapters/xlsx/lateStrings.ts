/**
 * The shared strings read on another thread while the sheets are read on this one. Without it
 * the whole string table (11 MB of XML, 216,000 strings for a ledger of 100,000 projects) is read
 * before the first sheet, ~0.2 s of the reading thread while the second core idles. A host that
 * can run a thread (the CLI: a Node worker) passes a `StringsThread`; the reader hands it the
 * part's bytes and goes on with the sheets. Strings arrive in batches as they are read; a sheet's
 * cell whose string has not arrived holds a placeholder that is filled once it has (SheetReader's
 * `late`), so a sheet waits only for the strings it uses, and only at its end.
 *
 * Host-neutral: the thread's side (`scanStrings`) and this side (`LateStrings`) are plain code; the
 * tests run the protocol in one thread. The thread reads exactly as the reader read the part before
 * any sheet, with a Budget of its own that counts as that phase did (from the same start): a string
 * table over the memory budget, a part inflating past its declared size, bad XML or bad deflate
 * end the read with the same failure as before (`StringsError`, turned back into it by read.ts).
 * When the thread cannot start or dies, the part is read again on this thread, the strings
 * already delivered skipped.
 */
import { Budget, OverBudget, type BudgetKind, type ReadLimits } from './budget';
import { SharedStringsReader, stringCost } from './sheetScan';
import { utf8Sink } from './utf16';
import { entryCheck, storedChunks, type InflateEnd, type Inflater } from './zip';

/** What the thread that reads the strings is given (structured-cloneable). */
export interface StringsJob {
  /** The part as stored in the zip (deflated when `method` is 8). A view: a thread that takes it away copies it. */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The directory's CRC-32 of the inflated part: bytes that do not match it are damage. */
  readonly crc: number;
  /** Inflate at most this many bytes (the part's declared size, or the package's cap). */
  readonly limit: number;
  /** The part's declared size (what the phase's budget plans to read). */
  readonly planned: number;
  readonly limits: ReadLimits;
  /** When the read began (Budget.start). */
  readonly start: number;
  /** Strings already delivered (by a thread that died): read again, not delivered again. */
  readonly skip: number;
}

export interface StringsBatch {
  readonly strings: string[];
  /** What they are charged to the memory budget (stringCost, counted by the thread). */
  readonly memory: number;
  /** Inflated bytes of the part read so far. */
  readonly bytes: number;
}

/** How the part's read failed (read.ts turns each back into the failure the in-thread read gave). */
export type StringsError =
  | { readonly kind: 'overLimit' }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'overBudget'; readonly budget: BudgetKind; readonly used: number; readonly limit: number; readonly projected: boolean }
  /** A string or array past what the engine allows; `memory`: what the strings had taken. */
  | { readonly kind: 'range'; readonly memory: number };

export type StringsEnd = { readonly ok: true } | { readonly ok: false; readonly error: StringsError };

/** What a thread reports to. */
export interface StringsSink {
  batch(b: StringsBatch): void;
  end(e: StringsEnd): void;
  /** The thread could not start, or died before its end: the part is read here instead. */
  lost(): void;
}

/** Reads the shared strings on another thread. */
export interface StringsThread {
  /** Starts reading; null to decline (a part too small to pay for a thread): it is then read here, before the sheets, as without one. */
  read(job: StringsJob, sink: StringsSink): { cancel(): void } | null;
}

/**
 * The thread's side: inflates and reads the part as the reader did before any sheet, posting a
 * batch of strings after each chunk. Never throws: every failure is its StringsEnd.
 */
export async function scanStrings(job: StringsJob, inflater: Inflater, post: (b: StringsBatch) => void): Promise<StringsEnd> {
  const budget = new Budget(job.limits, undefined, undefined, job.start);
  budget.plan(job.planned);
  const reader = new SharedStringsReader(budget);
  let seen = 0;
  let bytes = 0;
  const flush = (): void => {
    const got = reader.take();
    const from = Math.min(got.length, Math.max(0, job.skip - seen));
    seen += got.length;
    if (from === got.length) return;
    const strings = from === 0 ? got : got.slice(from);
    let memory = 0;
    for (const s of strings) memory += stringCost(s);
    post({ strings, memory, bytes });
  };
  const push = utf8Sink((c) => void reader.push(c));
  const feed = (chunk: Uint8Array): void => {
    budget.advance(chunk.length);
    bytes += chunk.length;
    push(chunk);
    flush();
  };
  try {
    let end: InflateEnd;
    const checked = entryCheck(feed, inflater, job.method, { crc: job.crc, size: job.planned });
    if (job.method === 0) end = storedChunks(job.data, job.limit, checked.sink);
    else {
      try {
        end = await inflater(job.data, job.limit, checked.sink, checked.own);
      } catch (x) {
        // as the package reader: only a budget passes through an inflater; anything else is damage
        if (x instanceof OverBudget) throw x;
        return { ok: false, error: { kind: 'corrupt' } };
      }
    }
    if (end === 'overLimit') return { ok: false, error: { kind: 'overLimit' } };
    if (end === 'done' && !checked.matches()) return { ok: false, error: { kind: 'corrupt' } };
    reader.finish();
    flush();
    return { ok: true };
  } catch (e) {
    if (e instanceof OverBudget) return { ok: false, error: { kind: 'overBudget', budget: e.kind, used: e.used, limit: e.limit, projected: e.projected } };
    if (e instanceof RangeError) return { ok: false, error: { kind: 'range', memory: budget.memoryUsed } };
    return { ok: false, error: { kind: 'corrupt' } };
  }
}

/**
 * This side: the strings so far (`strings` grows; SheetReadOptions.late is this object), charged
 * to the reader's budget as they arrive (without a check: the reader's next check counts them).
 */
export class LateStrings implements StringsSink {
  /**
   * Made with the kind of elements it will hold (strings, not small integers, though empty), so
   * that its map never changes as strings arrive: the sheet scan compiled while it was still empty
   * was thrown away at the first batch.
   */
  readonly strings: string[] = stringArray();
  /** Every string has arrived, or the read has failed (`until` and `whole` then throw its failure). */
  complete = false;
  /** Bytes and memory charged to the reader's budget so far. */
  bytes = 0;
  memory = 0;
  private ended: StringsEnd | null = null;
  private waiting: Array<{ readonly k: number; readonly wake: () => void }> = [];
  private handle: { cancel(): void } | null = null;
  private cancelled = false;

  constructor(
    private readonly job: StringsJob,
    private readonly budget: Budget,
    /** Reads the part here when the thread is lost. */
    private readonly inflater: Inflater,
    /** The failure a StringsError is thrown as. */
    private readonly failure: (e: StringsError) => unknown,
  ) {
    // `complete` is read by the sheet scan's compiled loop. A field V8 has seen written only once
    // is treated as a constant there, and the loop was thrown away when the strings ended and it
    // became true: written twice here, it is an ordinary field from the start.
    this.complete = true;
    this.complete = false;
  }

  /** Starts `thread` on the part; false when it declines. */
  start(thread: StringsThread): boolean {
    this.handle = thread.read(this.job, this);
    return this.handle !== null;
  }

  batch(b: StringsBatch): void {
    if (this.ended || this.cancelled) return;
    const strings = this.strings;
    for (const s of b.strings) strings.push(s);
    const memory = b.memory;
    const bytes = Math.max(0, b.bytes - this.bytes);
    this.bytes += bytes;
    this.memory += memory;
    this.budget.absorb(bytes, memory);
    if (this.waiting.length === 0) return;
    const n = strings.length;
    const still = [];
    for (const w of this.waiting) if (w.k < n) w.wake();
    else still.push(w);
    this.waiting = still;
  }

  end(e: StringsEnd): void {
    if (this.ended || this.cancelled) return;
    this.ended = e;
    this.complete = true;
    this.handle = null;
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.wake();
  }

  lost(): void {
    if (this.ended || this.cancelled) return;
    this.handle = null;
    void scanStrings({ ...this.job, skip: this.strings.length }, this.inflater, (b) => this.batch(b)).then((e) => this.end(e));
  }

  /** Once string k has arrived (or the table is complete). Throws the read's failure. */
  async until(k: number): Promise<void> {
    if (k >= this.strings.length && !this.ended) await new Promise<void>((wake) => this.waiting.push({ k, wake }));
    this.throwIfFailed();
  }

  /** Once every string has arrived. Throws the read's failure. */
  async whole(): Promise<void> {
    return this.until(Infinity);
  }

  /** The read's failure once it has ended, null when it succeeded. */
  async failed(): Promise<unknown> {
    try {
      await this.whole();
      return null;
    } catch (e) {
      return e;
    }
  }

  /** The read is no longer wanted (the workbook failed or was cancelled): the thread is stopped. */
  cancel(): void {
    this.cancelled = true;
    this.handle?.cancel();
    this.handle = null;
  }

  private throwIfFailed(): void {
    const e = this.ended;
    if (e && !e.ok) throw this.failure(e.error);
  }
}

/** An empty array whose elements are already of the kind strings take (PACKED_ELEMENTS, not PACKED_SMI_ELEMENTS). */
function stringArray(): string[] {
  const a = [''];
  a.pop();
  return a;
}
