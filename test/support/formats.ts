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
  return new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
}

