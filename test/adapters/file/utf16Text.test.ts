/**
 * UTF-16 text without a byte-order mark (tab-separated, as some programs write their "Unicode"
 * text and exports) is told by where its zero bytes fall and read as the same text with the mark
 * is; text in other encodings and binary files are not taken for it.
 */
import { CHECKED_SHEETS, readWorkbookFile } from '../../../src/adapters/file';
import { decodeText, utf16Order } from '../../../src/adapters/file/csv';
import type { CellValue, GridSheet } from '../../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { expectSameAsSample } from '../../model/shapes/expect';
import { encodeGbk } from '../../support/formats';
import { withLedger } from '../../support/shapes';

function utf16(text: string, order: 'le' | 'be', bom = false): Uint8Array {
  const out = new Uint8Array(2 * text.length + (bom ? 2 : 0));
  let p = 0;
  if (bom) out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff], (p += 2) - 2);
  for (let i = 0; i < text.length; i++, p += 2) {
    const u = text.charCodeAt(i);
    out.set(order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff], p);
  }
  return out;
}

const cellText = (v: CellValue): string => (v === null ? '' : typeof v === 'object' ? (v.kind === 'date' ? `${v.year}/${v.month}/${v.day}` : v.code) : String(v));
const tabText = (s: GridSheet): string => s.values.map((row) => row.map(cellText).join('\t')).join('\r\n') + '\r\n';
const sheetOf = (name: string): GridSheet => sampleWorkbookGrid().sheets.find((s) => s.name === name)!;

describe('UTF-16 text without a byte-order mark', () => {
  it.each(['le', 'be'] as const)('the sample ledger, tab-separated, UTF-16%s without a mark: read as with the mark, the same check', async (order) => {
    const text = tabText(sheetOf(SAMPLE_SHEETS.ledger));
    const marked = await readWorkbookFile(utf16(text, order, true), '项目台账.txt', { select: CHECKED_SHEETS });
    const bare = await readWorkbookFile(utf16(text, order), '项目台账.txt', { select: CHECKED_SHEETS });
    if (!bare.ok || !marked.ok) throw new Error(bare.ok ? '' : bare.message['zh-CN']);
    expect(bare.grid).toEqual(marked.grid);
    expectSameAsSample(withLedger(bare.grid.sheets[0]));
    expect(decodeText(utf16(text, order))).toEqual({ text, encoding: `utf-16${order}`, bom: false, replaced: 0 });
  });

  it('mostly Chinese text (the 配置 sheet, the 报告素材 texts) is told too', () => {
    for (const name of [SAMPLE_SHEETS.profile, '报告素材']) {
      const text = tabText(sheetOf(name));
      expect([utf16Order(utf16(text, 'le')), utf16Order(utf16(text, 'be'))]).toEqual(['utf-16le', 'utf-16be']);
    }
  });

  it('UTF-8 and GBK text, an odd length and a binary file of small 16-bit numbers are not taken for it', async () => {
    const text = tabText(sheetOf(SAMPLE_SHEETS.ledger));
    expect(utf16Order(new TextEncoder().encode(text))).toBeNull();
    expect(utf16Order(encodeGbk(text))).toBeNull();
    expect(decodeText(encodeGbk(text))!.encoding).toBe('gb18030');
    expect(utf16Order(utf16(text, 'le').subarray(1))).toBeNull();
    const samples = new Uint8Array(new Uint16Array(Array.from({ length: 2000 }, (_, i) => (i * 7) % 200)).buffer);
    expect(utf16Order(samples)).toBeNull();
    expect(decodeText(samples)).toBeNull();
    // ASCII-only UTF-8: no zero byte, whatever its letters would be as UTF-16 (ab → U+6162, an ideograph)
    expect(utf16Order(new TextEncoder().encode('abcdefgh,ijklmnop\r\nqrstuvwx,yzabcdef\r\n'))).toBeNull();
    const r = await readWorkbookFile(samples, '台账.txt');
    expect(!r.ok && r.message['zh-CN']).toMatch(/^无法识别的文件格式/);
  });
});
