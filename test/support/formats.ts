/** Files in the formats people send, built in tests: GBK text and .xls (BIFF8). */
import * as X from '@e965/xlsx';
import type { GridSheet } from '../../src/model/grid';

/** GBK bytes of a text: the inverse of the platform's GB18030 decoder over the two-byte codes. */
let gbkTable: Map<string, number[]> | undefined;
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const d = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = d.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** The sample's sheets as an .xls (BIFF8), written by SheetJS: dates as dated serials, merges kept. */
export function xlsOf(sheets: ReadonlyArray<GridSheet>): Uint8Array {
  const wb = X.utils.book_new();
  for (const s of sheets) {
    const rows = s.values.map((row) => row.map((v) => (v && typeof v === 'object' && v.kind === 'date' ? new Date(Date.UTC(v.year, v.month - 1, v.day)) : v)));
    const ws = X.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'yyyy-mm-dd' });
    if (s.merges) ws['!merges'] = s.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
    X.utils.book_append_sheet(wb, ws, s.name);
  }
  const xls = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
  return sheets.some((s) => s.hiddenRows?.length) ? withHiddenRows(xls, sheets.map((s) => s.hiddenRows ?? [])) : xls;
}

/**
 * The .xls with ROW records (MS-XLS 2.4.221) that hide the given rows of each sheet, flag fDyZero
 * (0x20) as Excel writes a hidden row: SheetJS writes no ROW record. Each sheet's records go right
 * after its DIMENSIONS record, and the BOUNDSHEET positions of the sheets after it move with them.
 */
function withHiddenRows(xls: Uint8Array, hidden: ReadonlyArray<ReadonlyArray<number>>): Uint8Array {
  const cfb = X.CFB.read(xls, { type: 'array' });
  const entry = X.CFB.find(cfb, 'Workbook') ?? X.CFB.find(cfb, 'Book');
  const wb = new Uint8Array(entry.content);
  const records: Array<{ type: number; at: number; len: number }> = [];
  for (let p = 0; p + 4 <= wb.length; ) {
    const type = wb[p] | (wb[p + 1] << 8);
    const len = wb[p + 2] | (wb[p + 3] << 8);
    records.push({ type, at: p, len });
    p += 4 + len;
  }
  const rowRecord = (r: number): number[] => {
    const b = new Uint8Array(20);
    const v = new DataView(b.buffer);
    v.setUint16(0, 0x0208, true);
    v.setUint16(2, 16, true);
    v.setUint16(4, r, true);
    v.setUint16(10, 0x00ff, true); // height in twips
    v.setUint16(16, 0x0120, true); // fDyZero (hidden), fGhostDirty off; bit 8 always 1
    v.setUint16(18, 0x000f, true); // ixfe
    return [...b];
  };
  // each sheet's DIMENSIONS (0x0200), in sheet order; the inserts, by position
  const dims = records.filter((r) => r.type === 0x0200).map((r) => r.at + 4 + r.len);
  const inserts = dims.map((at, i) => ({ at, bytes: (hidden[i] ?? []).flatMap(rowRecord) }));
  const shift = (pos: number): number => inserts.reduce((d, x) => d + (x.at <= pos ? x.bytes.length : 0), 0);
  const out: number[] = [];
  let from = 0;
  for (const x of inserts) {
    out.push(...wb.subarray(from, x.at), ...x.bytes);
    from = x.at;
  }
  out.push(...wb.subarray(from));
  const bytes = new Uint8Array(out);
  const view = new DataView(bytes.buffer);
  for (const r of records)
    if (r.type === 0x0085) {
      const at = r.at + 4 + shift(r.at); // BOUNDSHEET: its sheet's BOF position first
      view.setUint32(at, view.getUint32(at, true) + shift(view.getUint32(at, true)), true);
    }
  entry.content = bytes;
  entry.size = bytes.length;
  return new Uint8Array(X.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
}


/**
 * An Excel 5/95 workbook (BIFF5: the `Book` stream of a compound file) as a Chinese Windows saves it: its text in
 * code page 936 (GBK), named by a CODEPAGE record; numbers as NUMBER records, text as LABEL records (dates as their
 * serials). SheetJS writes BIFF5 only in ASCII (every Chinese character an underscore), hence this writer.
 */
export function biff5Of(sheets: ReadonlyArray<GridSheet>): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cp = require('@e965/xlsx/dist/cpexcel.js') as { utils: { encode(cp: number, s: string): ArrayLike<number> } };
  const gbk = (s: string): Buffer => Buffer.from(Array.from(cp.utils.encode(936, s)));
  const u16 = (n: number): Buffer => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
  const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const rec = (type: number, body: Buffer): Buffer => Buffer.concat([u16(type), u16(body.length), body]);
  const bof = (type: number): Buffer => rec(0x0809, Buffer.concat([u16(0x0500), u16(type), u16(0x0dbb), u16(0x07cc)]));
  const EOF = rec(0x000a, Buffer.alloc(0));
  const streams = sheets.map((s) => {
    const parts = [bof(0x0010), rec(0x0200, Buffer.concat([u16(0), u16(s.values.length), u16(0), u16(Math.max(1, ...s.values.map((r) => r.length))), u16(0)]))];
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        const value = typeof v === 'object' && v.kind === 'date' ? (Date.UTC(v.year, v.month - 1, v.day) - Date.UTC(1899, 11, 30)) / 86400000 : v;
        if (typeof value === 'number') {
          const d = Buffer.alloc(8);
          d.writeDoubleLE(value);
          parts.push(rec(0x0203, Buffer.concat([u16(r), u16(c), u16(15), d])));
        } else {
          const t = gbk(typeof value === 'object' ? '' : String(value)).subarray(0, 255);
          parts.push(rec(0x0204, Buffer.concat([u16(r), u16(c), u16(15), u16(t.length), t])));
        }
      }),
    );
    parts.push(EOF);
    return Buffer.concat(parts);
  });
  const head = [bof(0x0005), rec(0x0042, u16(936))];
  const names = sheets.map((s) => gbk(s.name));
  let pos = head.reduce((n, b) => n + b.length, 0) + names.reduce((n, b) => n + 4 + 7 + b.length, 0) + EOF.length;
  const bound = names.map((n, i) => {
    const b = rec(0x0085, Buffer.concat([u32(pos), u16(0), Buffer.from([n.length]), n]));
    pos += streams[i].length;
    return b;
  });
  const cfb = X.CFB.utils.cfb_new();
  X.CFB.utils.cfb_add(cfb, '/Book', Buffer.concat([...head, ...bound, EOF, ...streams]));
  return new Uint8Array(X.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}
