/**
 * The shared strings read on another thread while the sheets are read (lateStrings.ts): the grid,
 * and every failure with its message, are those of the in-thread read that reads the strings
 * first. The protocol runs in this thread with strings arriving a few at a time (a slow thread),
 * and once through the real Node worker the CLI builds (build/strings-worker.cjs).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { scanStrings, type StringsBatch, type StringsEnd, type StringsSink, type StringsThread } from '../../../src/adapters/xlsx/lateStrings';
import { readXlsx, type ReadXlsxOptions, type SheetSelector } from '../../../src/adapters/xlsx/read';
import type { Inflater } from '../../../src/adapters/xlsx/zip';
import { stringCost } from '../../../src/adapters/xlsx/sheetScan';
import { MIN_THREAD_STRINGS, workerStrings } from '../../../src/adapters/xlsx/stringsNode';
import { SELECT_HEAD_ROWS, sheetsToRead } from '../../../src/model/check';
import { sampleWith, sheetFromArrays, xlsx } from '../../fixtures/hostile';

interface SlowOptions {
  /** Strings per batch handed on (the thread's batches are cut so). */
  readonly per?: number;
  /** Batches handed on before the thread is "lost" (dies). */
  readonly loseAfter?: number;
  /** Hand on nothing before this (and the whole table read). */
  readonly gate?: Promise<void>;
}

/** A thread in this thread: the part read by scanStrings, its strings handed on a few at a time, each on a later turn. */
function slowThread(o: SlowOptions = {}): StringsThread & { batches: number } {
  const per = o.per ?? 3;
  const t = {
    batches: 0,
    read(job: Parameters<StringsThread['read']>[0], sink: StringsSink) {
      let cancelled = false;
      const queue: Array<() => void> = [];
      const pump = (): void => {
        const next = queue.shift();
        if (!next || cancelled) return;
        next();
        setImmediate(pump);
      };
      let lost = false;
      const hand = (b: StringsBatch): void => {
        for (let i = 0; i < b.strings.length; i += per)
          queue.push(() => {
            if (lost) return;
            if (o.loseAfter !== undefined && t.batches >= o.loseAfter) {
              lost = true;
              return sink.lost();
            }
            t.batches++;
            const strings = b.strings.slice(i, i + per);
            sink.batch({ strings, memory: strings.reduce((m, s) => m + stringCost(s), 0), bytes: b.bytes });
          });
      };
      void scanStrings(job, nodeInflater, hand).then(async (end) => {
        await o.gate;
        queue.push(() => {
          if (lost) return;
          if (o.loseAfter !== undefined && t.batches >= o.loseAfter) {
            lost = true;
            return sink.lost();
          }
          sink.end(end);
        });
        setImmediate(pump);
      });
      if (!o.gate) setImmediate(pump);
      return { cancel: () => void (cancelled = true) };
    },
  };
  return t;
}

const HEAD = { select: sheetsToRead as SheetSelector, headRows: SELECT_HEAD_ROWS };

/**
 * An inflater that opens a gate once it has inflated `n` worksheets (heads included; the strings on
 * the thread are not inflated through it), for a thread that holds its strings until then.
 */
function gated(n: number): { inflater: Inflater; gate: Promise<void> } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let sheets = 0;
  const inflater: Inflater = async (data, limit, sink) => {
    let sheet: boolean | undefined;
    try {
      return await nodeInflater(data, limit, (c) => {
        sheet ??= Buffer.from(c.subarray(0, 200)).toString('latin1').includes('<worksheet');
        return sink(c);
      });
    } finally {
      if (sheet && ++sheets === n) open();
    }
  };
  return { inflater, gate };
}

/** The read with the strings on `thread`, and the in-thread read. */
async function both(bytes: Uint8Array, thread: StringsThread, options: ReadXlsxOptions = {}) {
  const base = { inflater: nodeInflater, ...options };
  const [late, first] = [await readXlsx(bytes, { ...base, strings: thread }), await readXlsx(bytes, base)];
  return { late, first };
}

/** The sample whose ledger has `n` more projects (its strings come before the 绩效指标 sheet's in the table). */
function bigSample(n: number, sheetXml?: (i: number, xml: string) => string): Buffer {
  return sampleWith((ledger) => {
    const rows = new Map(ledger.rows);
    const last = Math.max(...rows.keys());
    const template = rows.get(last)!;
    for (let k = 1; k <= n; k++) {
      const row = new Map(template);
      for (const [c, v] of row) if (typeof v === 'string') row.set(c, `${v}${k}`);
      rows.set(last + k, row);
    }
    return { ...ledger, rows };
  }, sheetXml ? { sheetXml } : undefined);
}

describe('strings that arrive while the sheets are read give the grid of the strings read first', () => {
  test.each([
    ['every sheet whole', {}],
    ['the checks’ sheets chosen from their first rows', HEAD],
  ])('the sample with 300 more projects: %s', async (_, options) => {
    const thread = slowThread();
    const { late, first } = await both(bigSample(300), thread, options);
    expect(first.ok).toBe(true);
    expect(late).toEqual(first);
    // the strings came a few at a time, from the thread
    expect(thread.batches).toBeGreaterThan(100);
  });

  test('a sheet whose first rows wait for strings at the end of the table: the ledger is read meanwhile, the same', async () => {
    // held until the ledger is read (3 heads, then the ledger): the 绩效指标 head waits; the ledger, chosen from the heads there are, is read whole meanwhile
    const { inflater, gate } = gated(4);
    const { late, first } = await both(bigSample(300), slowThread({ gate, per: 50 }), { ...HEAD, inflater });
    expect(late).toEqual(first);
  });

  test.each([
    ['no budget near', 400, undefined],
    // A read whole fits while the head waits, A with the strings does not: its charges must be taken back
    ['A whole within the memory budget until the strings come', 4000, 400_000],
    // A's read is refused while the head waits (a check every 16,384 cells)
    ['A whole over the memory budget', 9000, 600_000],
  ])('a sheet read whole while a head waited, then not chosen, is left at its first rows (%s)', async (_, n, maxMemory) => {
    // A is chosen unless B's first cell (its string last in the table) says "stop": the guess takes A, the choice does not.
    const rows = Array.from({ length: n }, (_, i) => [`a${i}`, i]);
    const bytes = xlsx([sheetFromArrays('A', rows), sheetFromArrays('B', [['stop']])]);
    const select: SheetSelector = (heads) => (heads.sheets[1].values[0]?.[0] === 'stop' ? new Set<string>() : new Set(['A']));
    const options = { select, headRows: 5, ...(maxMemory ? { limits: { maxMemory } } : {}) };
    // held until A is read whole (2 heads, then A)
    const g = gated(3);
    const { late, first } = await both(bytes, slowThread({ gate: g.gate, per: 100 }), { ...options, inflater: g.inflater });
    expect(first.ok && first.grid.sheets[0]).toMatchObject({ name: 'A', partial: true });
    expect(late).toEqual(first);
    if (maxMemory) expect((await readXlsx(bytes, { inflater: nodeInflater, limits: { maxMemory } })).ok).toBe(false);
  });

  test.each([
    ['cells written again, merged over, empty, or naming a negative or no index', ''],
    // the sheet is read again once the table is complete
    ['and a cell naming a string past the table (the row stays empty)', '<row r="901"><c r="A901" t="s"><v>999999</v></c></row>'],
  ])('%s: as read with the whole table', async (_, past) => {
    const edit = (i: number, xml: string): string =>
      i !== 1
        ? xml
        : xml.replace(
            '</sheetData>',
            '<row r="900"><c r="A900" t="s"><v>5</v></c><c r="A900"><v>7</v></c>' + // a late string, then a number
              '<c r="B900"><v>8</v></c><c r="B900" t="s"><v>6</v></c>' + // a number, then a late string
              '<c r="C900" t="s"><v>5</v></c><c r="C900" t="s"><v>6</v></c>' + // two late strings: the last stands
              '<c r="D900" t="s"><v></v></c><c r="E900" t="s"><v>-1</v></c><c r="F900" t="s"><v>x</v></c>' +
              '<c r="G900" t="s"><v>3</v></c><c r="H900" t="s"><v>4</v></c></row>' +
              past +
              '</sheetData><mergeCells count="1"><mergeCell ref="G900:H900"/></mergeCells>',
          );
    // nothing arrives before the table is read: every string cell waits
    const { inflater, gate } = gated(3);
    const { late, first } = await both(bigSample(50, edit), slowThread({ gate, per: 7 }), { inflater });
    expect(first.ok).toBe(true);
    expect(late).toEqual(first);
    const ledger = first.ok ? first.grid.sheets[1] : undefined;
    expect(ledger?.values.length).toBe(900);
  });
});

describe('a string table that cannot be read fails as it did when read first', () => {
  const sst = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</sst>`;
  const items = (n: number): string => Array.from({ length: n }, (_, i) => `<si><t>项目${i}</t></si>`).join('');
  const cases: Array<[string, () => Buffer, ReadXlsxOptions?]> = [
    ['a part that inflates past its declared size', () => sampleWith(undefined, { replace: { 'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', deflated: deflateRawSync(Buffer.from(sst(items(20_000)))), declaredSize: 2048 } } })],
    ['bad XML', () => sampleWith(undefined, { replace: { 'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', data: sst(items(50)).replace('</sst>', '<si><t') } } })],
    ['bad deflate', () => sampleWith(undefined, { replace: { 'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', deflated: Uint8Array.from([0xff, 0xfe, 0x01, 0x02, 0x03]), declaredSize: 4000 } } })],
    ['a table over the memory budget', () => sampleWith(undefined, { replace: { 'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', data: sst(items(60_000)) } } }), { limits: { maxMemory: 2_000_000 } }],
    ['bad XML, and a sheet past Excel’s last row', () => sampleWith(undefined, { sheetXml: (i, x) => (i === 1 ? x.replace('</sheetData>', '<row r="1048577"><c><v>1</v></c></row></sheetData>') : x), replace: { 'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', data: sst(items(50)).replace('</sst>', '<si><t') } } })],
  ];
  test.each(cases)('%s', async (_, bytes, options = {}) => {
    for (const o of [options, { ...options, ...HEAD }]) {
      const { late, first } = await both(bytes(), slowThread(), o);
      expect(first.ok).toBe(false);
      expect(late).toEqual(first);
    }
  });

  test('a sheet’s own failure stands when the strings are good', async () => {
    const bytes = sampleWith(undefined, { sheetXml: (i, x) => (i === 1 ? x.replace('</sheetData>', '<row r="1048577"><c><v>1</v></c></row></sheetData>') : x) });
    const { late, first } = await both(bytes, slowThread());
    expect(first).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(late).toEqual(first);
  });
});

describe('the memory budget at its edge', () => {
  /**
   * A thread whose whole table arrives before any sheet is read (as from a fast worker): what the thread reads of the
   * file's part under `options` (scanStrings, in a first read) handed on at once when the reader starts it, in the same
   * turn, before its first sheet. Read while the reader ran, it could arrive after the first sheet chunk under load
   * (the part's inflate finishing late), and strings that come after the sheets' last check are checked at the end:
   * the test failed then at the budget the in-thread read just accepts.
   */
  const prompt = async (bytes: Uint8Array, options: ReadXlsxOptions): Promise<StringsThread> => {
    let read: { readonly batches: StringsBatch[]; readonly end: StringsEnd } | undefined;
    const recorder: StringsThread = {
      read(job, sink) {
        const batches: StringsBatch[] = [];
        void scanStrings(job, nodeInflater, (b) => void batches.push(b)).then((end) => {
          read = { batches, end };
          for (const b of batches) sink.batch(b);
          sink.end(end);
        });
        return { cancel: () => undefined };
      },
    };
    await readXlsx(bytes, { inflater: nodeInflater, ...options, strings: recorder });
    if (!read) throw new Error('the thread was not started');
    const { batches, end } = read;
    return {
      read(_job, sink) {
        for (const b of batches) sink.batch(b);
        sink.end(end);
        return { cancel: () => undefined };
      },
    };
  };

  test('strings that arrived before the sheets’ last check are not checked again at the end: the two reads refuse at the same budget', async () => {
    const bytes = bigSample(300);
    const accepts = async (maxMemory: number): Promise<boolean> => (await readXlsx(bytes, { inflater: nodeInflater, limits: { maxMemory } })).ok;
    // the least budget the in-thread read accepts
    let lo = 1;
    let hi = 64 << 20;
    expect(await accepts(hi)).toBe(true);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await accepts(mid)) hi = mid;
      else lo = mid;
    }
    for (const maxMemory of [hi - 1, hi]) {
      const { late, first } = await both(bytes, await prompt(bytes, { limits: { maxMemory } }), { limits: { maxMemory } });
      expect(first.ok).toBe(maxMemory === hi);
      expect(late).toEqual(first);
    }
  });
});

describe('a thread that is lost, or declines, leaves the strings to this thread', () => {
  test.each([0, 1, 40])('lost after %i batches', async (n) => {
    const { late, first } = await both(bigSample(100), slowThread({ loseAfter: n }), HEAD);
    expect(first.ok).toBe(true);
    expect(late).toEqual(first);
  });

  test('a thread that declines the part', async () => {
    const { late, first } = await both(bigSample(20), { read: () => null }, HEAD);
    expect(late).toEqual(first);
  });
});

describe('the Node worker', () => {
  let dir: string;
  let script: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jx-strings-'));
    // built as the CLI's build builds it
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildWorkers } = require('../../../scripts/build-cli.js') as { buildWorkers(dir: string): Record<string, string> };
    script = buildWorkers(dir)['strings-worker.cjs'];
  });

  /** Counts what reached the reader from the thread. */
  const counted = (thread: StringsThread) => {
    const seen = { batches: 0, lost: 0 };
    const t: StringsThread = {
      read: (job, sink) =>
        thread.read(job, {
          batch: (b) => (seen.batches++, sink.batch(b)),
          end: (e) => sink.end(e),
          lost: () => (seen.lost++, sink.lost()),
        }),
    };
    return { t, seen };
  };

  test.each([false, true])('reads the strings in a worker thread: the same grid (started before the read: %s)', async (prestart) => {
    const { t, seen } = counted(workerStrings(script, 0, prestart));
    const { late, first } = await both(bigSample(2000), t, HEAD);
    expect(first.ok).toBe(true);
    expect(late).toEqual(first);
    expect(seen).toEqual({ batches: expect.any(Number), lost: 0 });
    expect(seen.batches).toBeGreaterThan(0);
  });

  test('fails as the in-thread read on a bad table', async () => {
    const bytes = sampleWith(undefined, { replace: { 'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', deflated: deflateRawSync(Buffer.from('<sst><si><t>x</t></si>'.repeat(500))), declaredSize: 100 } } });
    const { late, first } = await both(bytes, workerStrings(script, 0), HEAD);
    expect(first).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(late).toEqual(first);
  });

  test('a worker that cannot start, or dies, leaves the strings to this thread', async () => {
    const dies = path.join(dir, 'dies.cjs');
    writeFileSync(dies, "require('node:worker_threads').parentPort.once('message', () => process.exit(3));");
    for (const file of [path.join(dir, 'missing.cjs'), dies])
      for (const prestart of [false, true]) {
        const thread = workerStrings(file, 0, prestart);
        // started early, it may well have failed before its part is known
        if (prestart) await new Promise((resolve) => setTimeout(resolve, 300));
        const { t, seen } = counted(thread);
        const { late, first } = await both(bigSample(200), t, HEAD);
        expect(late).toEqual(first);
        expect(seen.lost).toBe(1);
      }
  });

  test('a worker started early and not used is stopped', async () => {
    const thread = workerStrings(script, MIN_THREAD_STRINGS, true);
    const { late, first } = await both(bigSample(10), thread, HEAD); // too small: declined
    expect(late).toEqual(first);
    // the spare worker was there, and stops (terminate's exit code: 1 once it has started, 0 when it
    // is stopped still starting, as on a loaded machine); a second dispose has none to stop
    expect([0, 1]).toContain(await thread.dispose());
    expect(await thread.dispose()).toBeNull();
  });

  test('a part below the size that pays for a worker is read in this thread', async () => {
    const { t, seen } = counted(workerStrings(script));
    const { late, first } = await both(bigSample(10), t, HEAD);
    expect(late).toEqual(first);
    expect(seen).toEqual({ batches: 0, lost: 0 });
  });
});
