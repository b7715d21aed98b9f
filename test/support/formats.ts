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

