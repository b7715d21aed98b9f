/**
 * The page's inflate on a thread of its own (inflateThread.ts): the reader gets the same grid
 * or the same refusal as with Node's zlib; the inflate worker's output stays bounded (a zip bomb
 * is refused with the same message, never more than WINDOW_BYTES wait for the reader); a worker
 * that cannot start or dies leaves the entry to the reader's thread, nothing lost or repeated.
 * The "worker" here is a MessageChannel with serveInflate on its other end, as in the page.
 * And the in-thread inflaters the page falls back to: DecompressionStream and fflate agree.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { writeXlsx } from '../../../src/adapters/xlsx';
import { readXlsx } from '../../../src/adapters/xlsx/read';
import { CHECKED_SHEETS, readWorkbookFile } from '../../../src/adapters/file';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import {
  decompressionStreamPieces,
  defaultInflater,
  fflateInflater,
  fflatePieces,
  hasDecompressionStream,
  streamInflater,
  type InflatedPieces,
} from '../../../src/adapters/xlsx/inflate';
import { MIN_THREAD_BYTES, serveInflate, threadInflater, WINDOW_BYTES, type InflatePort, type InflateReply, type InflateRequest, type InflateWorker } from '../../../src/adapters/xlsx/inflateThread';
import { entryData, zipEntries, type EntryCheck, type Inflater } from '../../../src/adapters/xlsx/zip';
import { syntheticLedger } from '../../../bench/ledger';
import { wrongCrc } from './helpers';
import { HOSTILE_PACKAGES, repeatedDeflate, sampleWith, SAMPLE_LEDGER_INDEX } from '../../fixtures/hostile';

const MB = 1024 * 1024;

interface Channel {
  readonly worker: InflateWorker;
  /** Requests the inflate worker received, replies it posted. */
  readonly requests: InflateRequest[];
  readonly replies: InflateReply[];
  /** The most bytes posted and not yet answered with `more` (or ended), at any time. */
  readonly maxInFlight: () => number;
  /** Bytes posted in chunks so far (counted as posted: a chunk's buffer moves with it). */
  readonly posted: () => number;
  hold(): void;
  release(): void;
  /** The worker's `error` event (it died). */
  fail(): void;
  close(): void;
}

/** Messages already posted have arrived. */
const settled = (): Promise<void> => new Promise((ok) => setTimeout(ok, 20));

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

/** An inflate worker on a MessageChannel, serving `open`'s pieces. */
interface ChannelOptions {
  /** An inflate worker of an earlier build: no `checked` in its end (it did not check the entry). */
  readonly unchecked?: boolean;
  /** A reader of an earlier build: its `more` says no size. */
  readonly sizeless?: boolean;
}

function channel(open?: (data: Uint8Array) => InflatedPieces | Promise<InflatedPieces>, o: ChannelOptions = {}): Channel {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const requests: InflateRequest[] = [];
  const replies: InflateReply[] = [];
  let inFlight = 0;
  let max = 0;
  let posted = 0;
  const sizes: number[] = [];
  const serverSide: InflatePort = {
    postMessage(m, transfer) {
      const r = m as InflateReply;
      replies.push(r);
      if (r.kind === 'chunk') {
        sizes.push(r.bytes.length);
        posted += r.bytes.length;
        max = Math.max(max, (inFlight += r.bytes.length));
      }
      port2.postMessage(m, transfer as never);
    },
    onmessage: null,
  };
  serveInflate(serverSide, open);
  port2.on('message', (data: InflateRequest) => {
    requests.push(data);
    if (data.op === 'more') inFlight -= sizes.shift() ?? 0;
    serverSide.onmessage?.({ data } as MessageEvent);
  });
  const worker: InflateWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (m, transfer) => {
      const r = m as InflateRequest;
      port1.postMessage(o.sizeless && r.op === 'more' ? { op: 'more', id: r.id } : o.unchecked && r.op === 'inflate' ? { ...r, check: undefined } : m, transfer as never);
    },
    terminate: () => port2.removeAllListeners('message'),
  };
  const deliver = (data: InflateReply): void => worker.onmessage?.({ data } as MessageEvent);
  // While held, replies wait (a reader busy scanning); released, they are delivered in order.
  let held: InflateReply[] | null = null;
  port1.on('message', (data: InflateReply) => (held ? held.push(data) : deliver(data)));
  return {
    worker,
    requests,
    replies,
    maxInFlight: () => max,
    posted: () => posted,
    hold: () => void (held = []),
    release: () => {
      const q = held ?? [];
      held = null;
      for (const data of q) deliver(data);
    },
    fail: () => worker.onerror?.({ preventDefault: () => undefined } as Event),
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

type Read = Awaited<ReturnType<typeof readXlsx>>;
const summary = (r: Read): unknown => (r.ok ? { sheets: r.grid.sheets.map((s) => ({ name: s.name, rows: s.values.length, values: s.values })) } : { reason: r.reason, message: r.message });

let ledger: Uint8Array;
beforeAll(async () => {
  ledger = await writeXlsx(syntheticLedger(3000).grid.sheets.map((grid) => ({ grid })));
});

describe('reading through the inflate worker', () => {
  test('a 3,000-project ledger: the same grid as with zlib, its large parts inflated by the worker', async () => {
    const c = channel();
    // As the page reads: the first rows of every sheet, then the sheets the checks use.
    const got = await readWorkbookFile(ledger, 'l.xlsx', { select: CHECKED_SHEETS, inflater: threadInflater(() => c.worker) });
    const want = await readWorkbookFile(ledger, 'l.xlsx', { select: CHECKED_SHEETS, inflater: nodeInflater });
    expect(got.ok).toBe(true);
    expect(summary(got)).toEqual(summary(want));
    const big = (zipEntries(ledger) ?? []).filter((e) => e.compressedSize >= MIN_THREAD_BYTES && /sheet|sharedStrings/.test(e.name));
    expect(big.length).toBeGreaterThan(0);
    // Each large part went to the worker (the ledger twice: its first rows, then whole); small ones stayed.
    const sizes = c.requests.flatMap((r) => (r.op === 'inflate' ? [r.data.length] : []));
    for (const e of big) expect(sizes).toContain(e.compressedSize);
    expect(sizes.every((n) => n >= MIN_THREAD_BYTES)).toBe(true);
    // The head read stopped the worker: it was told to cancel.
    await settled();
    expect(c.requests.some((r) => r.op === 'cancel')).toBe(true);
  });

  test('with fflate behind the worker (no DecompressionStream there): the same grid', async () => {
    const c = channel(fflatePieces);
    const got = await readXlsx(ledger, { inflater: threadInflater(() => c.worker) });
    expect(summary(got)).toEqual(summary(await readXlsx(ledger, { inflater: nodeInflater })));
  });

  test('a worker that cannot start: everything inflates in the reader\'s thread, same grid', async () => {
    let tried = 0;
    const inflater = threadInflater(() => {
      tried++;
      throw new Error('no nested workers here');
    });
    const got = await readXlsx(ledger, { inflater });
    expect(summary(got)).toEqual(summary(await readXlsx(ledger, { inflater: nodeInflater })));
    await readXlsx(ledger, { inflater });
    expect(tried).toBe(1); // not tried again for every part
  });

  test('a worker that dies in the middle of a part: the part goes on in the reader\'s thread, nothing lost or read twice', async () => {
    const c = channel();
    const part = entryData(ledger, (zipEntries(ledger) ?? []).find((e) => /sheet2\.xml$/.test(e.name))!)!;
    expect(part.length).toBeGreaterThanOrEqual(MIN_THREAD_BYTES);
    const want: Uint8Array[] = [];
    await nodeInflater(part, Infinity, (b) => void want.push(b.slice()));
    let inThread = 0;
    const fallback: Inflater = (data, limit, sink) => {
      inThread++;
      return nodeInflater(data, limit, sink);
    };
    let chunks = 0;
    const got: Uint8Array[] = [];
    const end = await threadInflater(() => c.worker, fallback)(part, Infinity, (b) => {
      got.push(b.slice());
      if (++chunks === 1) c.fail();
    });
    expect(end).toBe('done');
    expect(inThread).toBe(1);
    expect(Buffer.concat(got).equals(Buffer.concat(want))).toBe(true);
  });

  test('a part whose bytes do not match the directory\'s CRC-32: corrupt, checked by the worker for a large part and here for a small one', async () => {
    const ledgerPart = (zipEntries(ledger) ?? []).find((e) => /sheet2\.xml$/.test(e.name))!;
    expect(ledgerPart.compressedSize).toBeGreaterThanOrEqual(MIN_THREAD_BYTES);
    for (const name of [ledgerPart.name, 'xl/workbook.xml']) {
      const bytes = wrongCrc(ledger, name);
      const c = channel();
      const got = await readXlsx(bytes, { inflater: threadInflater(() => c.worker) });
      expect(got.ok ? 'ok' : got.reason).toBe('corrupt');
      expect((await readXlsx(bytes, { inflater: nodeInflater })).ok).toBe(false);
      // the worker found the large part's mismatch itself (the reader no longer sums its bytes)
      expect(c.replies.some((r) => r.kind === 'failed')).toBe(name === ledgerPart.name);
    }
  });

  test('a worker that dies midway through a damaged part: the part goes on here and is still checked whole, corrupt', async () => {
    const ledgerPart = (zipEntries(ledger) ?? []).find((e) => /sheet2\.xml$/.test(e.name))!;
    const bytes = wrongCrc(ledger, ledgerPart.name);
    for (const inThread of [streamInflater, fflateInflater]) {
      const c = channel();
      let chunks = 0;
      const viaWorker = threadInflater(() => c.worker, inThread);
      const inflater: Inflater = Object.assign(
        (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check?: EntryCheck) =>
          viaWorker(data, limit, (b) => {
            if (++chunks === 1 && data.length >= MIN_THREAD_BYTES) c.fail();
            return sink(b);
          }, check),
        { verifies: true as const },
      );
      const got = await readXlsx(bytes, { inflater });
      expect(got.ok ? 'ok' : got.reason).toBe('corrupt');
    }
  });

  test('a head read of a damaged part through the worker is not failed: only a part read whole is checked', async () => {
    const ledgerPart = (zipEntries(ledger) ?? []).find((e) => /sheet2\.xml$/.test(e.name))!;
    const c = channel();
    const data = entryData(ledger, ledgerPart)!;
    const end = await threadInflater(() => c.worker)(data, Infinity, () => false, { crc: (ledgerPart.crc ^ 1) >>> 0, size: ledgerPart.size });
    expect(end).toBe('stopped');
    await settled();
    expect(c.replies.some((r) => r.kind === 'failed')).toBe(false);
  });

  test('an inflate worker of an earlier build (it does not check): the reader checks the part itself, corrupt when damaged, the same grid when not', async () => {
    const ledgerPart = (zipEntries(ledger) ?? []).find((e) => /sheet2\.xml$/.test(e.name))!;
    const damaged = await readXlsx(wrongCrc(ledger, ledgerPart.name), { inflater: threadInflater(() => channel(undefined, { unchecked: true }).worker) });
    expect(damaged.ok ? 'ok' : damaged.reason).toBe('corrupt');
    const c = channel(undefined, { unchecked: true });
    const got = await readXlsx(ledger, { inflater: threadInflater(() => c.worker) });
    expect(summary(got)).toEqual(summary(await readXlsx(ledger, { inflater: nodeInflater })));
    expect(c.replies.some((r) => r.kind === 'end' && r.checked)).toBe(false);
  });

  test('with fflate behind the worker (which does not check): the worker sums the CRC-32 itself, corrupt the same', async () => {
    const ledgerPart = (zipEntries(ledger) ?? []).find((e) => /sheet2\.xml$/.test(e.name))!;
    const c = channel(fflatePieces);
    const got = await readXlsx(wrongCrc(ledger, ledgerPart.name), { inflater: threadInflater(() => c.worker) });
    expect(got.ok ? 'ok' : got.reason).toBe('corrupt');
    expect(c.replies.some((r) => r.kind === 'failed')).toBe(true);
  });

  test('data that is not deflate: corrupt, as in one thread', async () => {
    const c = channel();
    const junk = new Uint8Array(MIN_THREAD_BYTES + 10).fill(0xff);
    await expect(threadInflater(() => c.worker)(junk, MB, () => true)).rejects.toThrow();
    await expect(streamInflater(junk, MB, () => true)).rejects.toThrow();
  });

  test('a sink that refuses (a budget, cancelling) stops the worker and its reason is handed on', async () => {
    const c = channel();
    const part = entryData(ledger, (zipEntries(ledger) ?? []).find((e) => /sheet2\.xml$/.test(e.name))!)!;
    const refused = new Error('over budget');
    await expect(
      threadInflater(() => c.worker)(part, Infinity, () => {
        throw refused;
      }),
    ).rejects.toBe(refused);
    await settled();
    expect(c.requests.some((r) => r.op === 'cancel')).toBe(true);
  });
});

describe('hostile packages through the inflate worker: the same refusal, bounded output', () => {
  test('a sheet that inflates to 3 GB while the directory claims 2 KB: refused at 2 KB, as with zlib', async () => {
    const bytes = new Uint8Array(HOSTILE_PACKAGES.find((p) => p.name === 'lying-directory.xlsx')!.bytes());
    const c = channel();
    const got = await readXlsx(bytes, { inflater: threadInflater(() => c.worker) });
    const want = await readXlsx(bytes, { inflater: nodeInflater });
    expect(got.ok).toBe(false);
    expect(summary(got)).toEqual(summary(want));
    if (!got.ok) expect(got.message['zh-CN']).toContain('解压后超过了文件目录所记载的 2 KB');
    // The worker stopped at the limit: nothing of the part was posted.
    expect(c.replies.filter((r) => r.kind === 'chunk')).toHaveLength(0);
    expect(c.replies).toContainEqual(expect.objectContaining({ kind: 'end', end: 'overLimit' }));
  });

  test.each([
    ['', {}],
    [' (a reader of an earlier build, whose `more` says no size)', { sizeless: true }],
  ])('a sheet declared 50 MB that inflates to 3 GB: refused at 50 MB as with zlib, never more than WINDOW_BYTES waiting for the reader%s', async (_, options: ChannelOptions) => {
    const END = '</sheetData></worksheet>';
    // Rows of 1 MB of inline text after the sample ledger's own rows, as the lying-directory package, declaring 50 MB.
    const row = `<row><c t="inlineStr"><is><t>${'x'.repeat(MB)}</t></is></c></row>`;
    const bytes = new Uint8Array(
      sampleWith(undefined, {
        sheetEntry: (i, xml, name) => (i === SAMPLE_LEDGER_INDEX ? { name, deflated: repeatedDeflate(xml.slice(0, -END.length), row, 3072, END), declaredSize: 50 * MB } : undefined),
      }),
    );
    const c = channel(undefined, options);
    const posted = (): number => c.posted();
    // The reader takes nothing for a while: the inflate worker posts up to WINDOW_BYTES of the ledger, then waits.
    let heldOnce = false;
    const viaWorker = threadInflater(() => c.worker);
    const inflater: Inflater = (data, limit, sink) => {
      if (!heldOnce && data.length > MB) {
        heldOnce = true;
        c.hold();
      }
      return viaWorker(data, limit, sink);
    };
    const reading = readXlsx(bytes, { inflater });
    let waiting = -1;
    for (let i = 0; i < 500 && (posted() <= WINDOW_BYTES - MB || posted() !== waiting); i++) {
      waiting = posted();
      await settled();
    }
    await settled();
    await settled();
    expect(waiting).toBeGreaterThan(WINDOW_BYTES - MB);
    expect(waiting).toBeLessThanOrEqual(WINDOW_BYTES);
    expect(posted()).toBe(waiting);
    c.release();
    const got = await reading;
    expect(summary(got)).toEqual(summary(await readXlsx(bytes, { inflater: nodeInflater })));
    if (!got.ok) expect(got.message['zh-CN']).toContain('解压后超过了文件目录所记载的 51,200 KB');
    else throw new Error('read');
    expect(posted()).toBeLessThanOrEqual(50 * MB);
    expect(c.maxInFlight()).toBeLessThanOrEqual(WINDOW_BYTES);
  }, 120_000);
});

describe('the in-thread inflaters the page falls back to', () => {
  const parts = (): Uint8Array[] =>
    (zipEntries(ledger) ?? []).filter((e) => e.method === 8).map((e) => entryData(ledger, e)!);
  const all = async (inflater: Inflater, data: Uint8Array): Promise<Buffer> => {
    const out: Uint8Array[] = [];
    expect(await inflater(data, Infinity, (b) => void out.push(b.slice()))).toBe('done');
    return Buffer.concat(out);
  };

  test('DecompressionStream and fflate give the same bytes as zlib for every part', async () => {
    for (const data of parts()) {
      const want = await all(nodeInflater, data);
      expect((await all(streamInflater, data)).equals(want)).toBe(true);
      expect((await all(fflateInflater, data)).equals(want)).toBe(true);
    }
  });

  test('DecompressionStream checks an entry read whole natively (gzip framing): its CRC-32 and size pass, any other rejects at the end', async () => {
    const e = (zipEntries(ledger) ?? []).find((x) => /sheet2\.xml$/.test(x.name))!;
    const data = entryData(ledger, e)!;
    const want = await all(nodeInflater, data);
    expect(streamInflater.verifies).toBe(true);
    const out: Uint8Array[] = [];
    expect(await streamInflater(data, Infinity, (b) => void out.push(b.slice()), { crc: e.crc, size: e.size })).toBe('done');
    expect(Buffer.concat(out).equals(want)).toBe(true);
    await expect(streamInflater(data, Infinity, () => true, { crc: (e.crc ^ 1) >>> 0, size: e.size })).rejects.toThrow();
    await expect(streamInflater(data, Infinity, () => true, { crc: e.crc, size: e.size + 1 })).rejects.toThrow();
    // a read that stops early is not checked
    expect(await streamInflater(data, Infinity, () => false, { crc: (e.crc ^ 1) >>> 0, size: e.size })).toBe('stopped');
  });

  test('both stop past the limit (overLimit) and when the sink has enough (stopped)', async () => {
    const data = parts().sort((a, b) => b.length - a.length)[0];
    for (const inflater of [streamInflater, fflateInflater]) {
      let seen = 0;
      expect(await inflater(data, 1000, (b) => void (seen += b.length))).toBe('overLimit');
      expect(seen).toBeLessThanOrEqual(1000);
      expect(await inflater(data, Infinity, () => false)).toBe('stopped');
    }
    const pieces = decompressionStreamPieces(data);
    expect((await pieces.next())?.length).toBeGreaterThan(0);
    await pieces.cancel();
  });

  test('feature detection: DecompressionStream where it has deflate-raw, fflate where it has not', () => {
    expect(hasDecompressionStream()).toBe(true); // Node 20, as Chromium 103+
    expect(defaultInflater()).toBe(streamInflater);
    const real = globalThis.DecompressionStream;
    try {
      // An older Chromium (80–102): DecompressionStream without 'deflate-raw'.
      globalThis.DecompressionStream = class {
        constructor(format: string) {
          if (format === 'deflate-raw') throw new TypeError(`Unsupported compression format: '${format}'`);
        }
      } as unknown as typeof DecompressionStream;
      expect(hasDecompressionStream()).toBe(false);
      expect(defaultInflater()).toBe(fflateInflater);
      delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
      expect(defaultInflater()).toBe(fflateInflater);
    } finally {
      globalThis.DecompressionStream = real;
    }
  });
});
