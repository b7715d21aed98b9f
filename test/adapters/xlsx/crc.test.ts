/**
 * A bit flipped inside a deflate stream often still inflates — into other text. Read, a 合同结束日期
 * became 1900-01-25 and names turned to garbage, each reported as the submitter's mistake. Every entry
 * read whole is checked against its central directory's CRC-32, as Excel and LibreOffice check it: a
 * mismatch is a damaged file (corrupt), in each path that inflates an entry.
 */
import { readXlsx, type ReadXlsxResult } from '../../../src/adapters/xlsx/read';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { scanStrings, type StringsThread } from '../../../src/adapters/xlsx/lateStrings';
import { crc32, type EntryCheck, type Inflater } from '../../../src/adapters/xlsx/zip';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { book, randomBytes, wrongCrc } from './helpers';

const ledger = () =>
  book((wb) => {
    const ws = wb.addWorksheet('项目台账');
    ws.addRow(['项目编号', '项目名称', '合同结束日期']);
    for (let i = 1; i <= 20; i++) ws.addRow([`XJZL2017-${String(i).padStart(3, '0')}`, `辣椒红色素提取项目${i}`, '2019-12-31']);
  });

const reasonOf = (r: ReadXlsxResult): string => (r.ok ? 'ok' : r.reason);

/** The shared strings read through scanStrings (the thread's side), here in this thread. */
const inThread: StringsThread = {
  read(job, sink) {
    void scanStrings(job, nodeInflater, (b) => sink.batch(b)).then((e) => sink.end(e));
    return { cancel() {} };
  },
};

describe('an entry whose bytes do not match its CRC-32 is damage', () => {
  test('the plain-code CRC-32 is the zip one (zlib’s), across chunk boundaries', () => {
    const bytes = randomBytes(10_000, 5);
    expect(crc32(bytes, 0)).toBe(zlibCrc32(bytes));
    expect(crc32(bytes.subarray(3000), crc32(bytes.subarray(0, 3000), 0))).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array(0), 0)).toBe(0);
    // every length's tail (a chunk is cut anywhere), from every start
    for (let n = 0; n <= 9; n++) for (let s = 0; s < 4; s++) expect(crc32(bytes.subarray(s, s + n), 0)).toBe(zlibCrc32(bytes.subarray(s, s + n)));
  });

  test('an intact ledger reads, with either inflater', async () => {
    const bytes = await ledger();
    expect(reasonOf(await readXlsx(bytes))).toBe('ok');
    expect(reasonOf(await readXlsx(bytes, { inflater: nodeInflater, strings: inThread }))).toBe('ok');
  });

  test.each(['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'])('%s: corrupt, with the plain-code CRC and with zlib’s', async (part) => {
    const bytes = wrongCrc(await ledger(), part);
    expect(reasonOf(await readXlsx(bytes))).toBe('corrupt');
    expect(reasonOf(await readXlsx(bytes, { inflater: nodeInflater }))).toBe('corrupt');
  });

  test('the shared strings read on a thread: corrupt too', async () => {
    const bytes = wrongCrc(await ledger(), 'xl/sharedStrings.xml');
    const r = await readXlsx(bytes, { inflater: nodeInflater, strings: inThread });
    expect(reasonOf(r)).toBe('corrupt');
    if (!r.ok) expect(r.message['zh-CN']).toContain('文件已损坏');
  });
});

describe('a Node without zlib.crc32 (before 20.15; package.json allows any 20)', () => {
  test('reads and writes with zip.ts\'s own CRC-32: the same workbook, no TypeError', async () => {
    const bytes = await ledger();
    type Deflater = import('../../../src/adapters/xlsx/write').Deflater;
    let read: typeof readXlsx = readXlsx;
    let deflater: Deflater | undefined;
    let write: typeof import('../../../src/adapters/xlsx/write').writeXlsx | undefined;
    jest.isolateModules(() => {
      jest.doMock('node:zlib', () => ({ ...jest.requireActual('node:zlib'), crc32: undefined }));
      /* eslint-disable @typescript-eslint/no-require-imports */
      read = (require('../../../src/adapters/xlsx/read') as { readXlsx: typeof readXlsx }).readXlsx;
      deflater = (require('../../../src/adapters/xlsx/deflateNode') as { nodeDeflater: Deflater }).nodeDeflater;
      write = (require('../../../src/adapters/xlsx/write') as { writeXlsx: typeof import('../../../src/adapters/xlsx/write').writeXlsx }).writeXlsx;
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
    const r = await read(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.grid.sheets[0].values[20]).toEqual(['XJZL2017-020', '辣椒红色素提取项目20', '2019-12-31']);
    // written as the CLI writes (Node's deflater) without zlib.crc32, read back (its CRCs checked) by the normal reader
    const again = await readXlsx(await write!([{ grid: r.grid.sheets[0] }], { deflate: deflater }));
    expect(again.ok && again.grid.sheets[0].values[20]).toEqual(['XJZL2017-020', '辣椒红色素提取项目20', '2019-12-31']);
  });
});

describe('Node’s zlib checks an entry itself, in its thread (zip.ts entryCheck)', () => {
  const text = new TextEncoder().encode('<sst>'.concat('<si><t>辣椒红色素</t></si>'.repeat(5000), '</sst>'));
  const deflated = new Uint8Array(deflateRawSync(text));
  const inflate = (check?: { crc: number; size: number }) => {
    let got = 0;
    return nodeInflater(deflated, text.length, (c) => void (got += c.length), check).then((end) => ({ end, got }));
  };

  test('the directory’s CRC and size: done, every byte given', async () => {
    expect(await inflate({ crc: zlibCrc32(text), size: text.length })).toEqual({ end: 'done', got: text.length });
    expect(await inflate()).toEqual({ end: 'done', got: text.length });
  });

  test('another CRC, or another size: rejected', async () => {
    await expect(inflate({ crc: zlibCrc32(text) ^ 1, size: text.length })).rejects.toThrow();
    await expect(inflate({ crc: zlibCrc32(text), size: text.length + 1 })).rejects.toThrow();
  });

  test('a deflated entry is not checked again on the main thread: its CRC-32 is never called', async () => {
    const counted: Inflater = Object.assign((d: Uint8Array, l: number, s: (c: Uint8Array) => boolean | void, c?: EntryCheck) => nodeInflater(d, l, s, c), {
      verifies: true as const,
      crc32: () => {
        throw new Error('the main thread computed a CRC');
      },
    });
    expect(reasonOf(await readXlsx(await ledger(), { inflater: counted }))).toBe('ok');
    expect(reasonOf(await readXlsx(wrongCrc(await ledger(), 'xl/worksheets/sheet1.xml'), { inflater: counted }))).toBe('corrupt');
  });
});
