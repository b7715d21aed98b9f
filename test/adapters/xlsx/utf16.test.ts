/**
 * XML parts written in UTF-16 (Excel opens them; some exporters write them): the reader, the
 * strings thread and the annotated copy read them as their UTF-8 form, whatever the byte order,
 * with or without a byte-order mark, stored or deflated, however the chunks fall.
 */
import JSZip from 'jszip';
import { annotateXlsx } from '../../../src/adapters/xlsx/annotate';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { scanStrings, type StringsThread } from '../../../src/adapters/xlsx/lateStrings';
import { readXlsx, type ReadXlsxResult } from '../../../src/adapters/xlsx/read';
import { utf8Sink } from '../../../src/adapters/xlsx/utf16';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';
import { planted } from '../../model/support/planted';
import { book } from './helpers';

type Form = 'le' | 'be' | 'le-no-bom';

function utf16Bytes(text: string, form: Form): Uint8Array {
  const bom = form !== 'le-no-bom';
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  let p = 0;
  if (bom) out.set(form === 'be' ? [0xfe, 0xff] : [0xff, 0xfe], (p += 2) - 2);
  for (let i = 0; i < text.length; i++, p += 2) {
    const u = text.charCodeAt(i);
    if (form === 'be') out.set([u >> 8, u & 0xff], p);
    else out.set([u & 0xff, u >> 8], p);
  }
  return out;
}

/** The package with every XML part rewritten in UTF-16 (`form`), its declaration saying so. */
async function inUtf16(bytes: Uint8Array, form: Form, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Uint8Array> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const [name, f] of Object.entries(src.files)) {
    if (f.dir) continue;
    if (!/\.(xml|rels)$/.test(name)) {
      out.file(name, await f.async('uint8array'));
      continue;
    }
    let text = (await f.async('string')).replace(/^\ufeff/, '');
    text = text.startsWith('<?xml') ? text.replace(/encoding="[^"]*"/, 'encoding="UTF-16"') : `<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n${text}`;
    out.file(name, utf16Bytes(text, form));
  }
  return out.generateAsync({ type: 'uint8array', compression });
}

function gridOf(r: ReadXlsxResult): Grid {
  if (!r.ok) throw new Error(`read failed: ${r.reason} ${r.message['zh-CN']}`);
  return r.grid;
}

/** A strings thread in this thread (scanStrings as the worker runs it), taking every part. */
const inThread: StringsThread = {
  read(job, sink) {
    void scanStrings(job, nodeInflater, (b) => sink.batch(b)).then((e) => sink.end(e));
    return { cancel: () => undefined };
  },
};

async function richBook(): Promise<Uint8Array> {
  return book((wb) => {
    const ws = wb.addWorksheet('台账');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('B1').value = '金额（万元）';
    ws.getCell('C1').value = '日期';
    ws.getCell('A2').value = '𠮷野家乡村振兴项目'; // a character outside the BMP: a surrogate pair in UTF-16
    ws.getCell('B2').value = 1234.56;
    ws.getCell('C2').value = new Date(Date.UTC(2019, 11, 31));
    ws.getCell('A3').value = { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] };
    ws.getCell('B3').value = { formula: 'B2*2', result: 2469.12 };
    ws.mergeCells('A4:C4');
    ws.getCell('A4').value = '合计';
  });
}

describe('utf8Sink', () => {
  const text = '<?xml version="1.0" encoding="UTF-16"?><sst><si><t>项目𠮷 a&amp;b</t></si></sst>';
  const utf8 = new TextEncoder().encode(text);

  function through(bytes: Uint8Array, size: number): { out: Uint8Array; chunks: Uint8Array[] } {
    const chunks: Uint8Array[] = [];
    const sink = utf8Sink((c) => void chunks.push(c.slice()));
    for (let p = 0; p < bytes.length; p += size) sink(bytes.subarray(p, p + size));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let p = 0;
    for (const c of chunks) out.set(c, (p += c.length) - c.length);
    return { out, chunks };
  }

  it.each<Form>(['le', 'be', 'le-no-bom'])('UTF-16 (%s) comes out as the UTF-8 text, the mark dropped, however the chunks are cut', (form) => {
    for (const size of [4, 5, 7, 64, 4096]) expect(Buffer.from(through(utf16Bytes(text, form), size).out).toString('utf8')).toBe(text);
  });

  it('UTF-8 passes through untouched, chunk by chunk (with its mark, if any)', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    for (const b of [utf8, withBom]) {
      const { out, chunks } = through(b, 16);
      expect(out).toEqual(b);
      expect(chunks.length).toBe(Math.ceil(b.length / 16));
    }
  });

  it("passes on the sink's stop", () => {
    const sink = utf8Sink(() => false);
    expect(sink(utf16Bytes(text, 'le'))).toBe(false);
    expect(utf8Sink(() => false)(utf8)).toBe(false);
  });
});

describe('readXlsx: a package whose XML parts are UTF-16', () => {
  it.each<[Form, 'DEFLATE' | 'STORE']>([
    ['le', 'DEFLATE'],
    ['be', 'DEFLATE'],
    ['le-no-bom', 'DEFLATE'],
    ['le', 'STORE'],
  ])('reads as the UTF-8 package does (%s, %s): strings, numbers, dates, rich text, formulas, merges', async (form, compression) => {
    const utf8 = await richBook();
    const expected = gridOf(await readXlsx(utf8));
    expect(gridOf(await readXlsx(await inUtf16(utf8, form, compression)))).toEqual(expected);
  });

  it('the planted sample: the same grid, with the strings on a thread too, and the same findings', async () => {
    const utf8 = await writeXlsx(planted().grid.sheets.map((s) => ({ grid: s })));
    const utf16 = await inUtf16(utf8, 'le');
    const expected = gridOf(await readXlsx(utf8, { inflater: nodeInflater }));
    expect(gridOf(await readXlsx(utf16, { inflater: nodeInflater }))).toEqual(expected);
    expect(gridOf(await readXlsx(utf16, { inflater: nodeInflater, strings: inThread }))).toEqual(expected);
    expect(evaluateWorkbook(gridOf(await readXlsx(utf16))).findings).toEqual(evaluateWorkbook(expected).findings);
  });
});

describe('annotateXlsx: a package whose XML parts are UTF-16', () => {
  it('marks the cells; each part it changes stays UTF-16 (as its declaration says) and reads back with the marks', async () => {
    const utf8 = await writeXlsx(planted().grid.sheets.map((s) => ({ grid: s })));
    const findings = evaluateWorkbook(planted().grid).findings.filter((f) => f.sheet !== undefined && f.row !== undefined);
    expect(findings.length).toBeGreaterThan(0);
    const plain = await annotateXlsx(utf8, findings);
    const wide = await annotateXlsx(await inUtf16(utf8, 'be'), findings);
    if (!plain.ok || !wide.ok) throw new Error(`annotate failed: ${plain.ok ? '' : plain.message['zh-CN']} ${wide.ok ? '' : wide.message['zh-CN']}`);
    expect(wide.cells).toBe(plain.cells);
    // part by part the copy is the UTF-8 copy, each part the input had still in UTF-16
    const texts = async (bytes: Uint8Array): Promise<Map<string, { text: string; wide: boolean }>> => {
      const z = await JSZip.loadAsync(bytes);
      const out = new Map<string, { text: string; wide: boolean }>();
      for (const [name, f] of Object.entries(z.files)) {
        if (f.dir) continue;
        const b = await f.async('uint8array');
        const wide = b[0] === 0xfe && b[1] === 0xff;
        const text = wide ? new TextDecoder('utf-16be').decode(b) : new TextDecoder().decode(b);
        out.set(name, { text: text.replace(/^(<\?xml[^>]*?encoding=")[^"]*"/, '$1UTF-8"'), wide });
      }
      return out;
    };
    const [a, b] = [await texts(plain.bytes), await texts(wide.bytes)];
    const input = await texts(await inUtf16(utf8, 'be'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, { text }] of a) expect({ name, text: b.get(name)!.text }).toEqual({ name, text });
    for (const [name, { wide }] of input) expect({ name, wide: b.get(name)!.wide }).toEqual({ name, wide });
    expect([...input].some(([name, { text }]) => b.get(name)!.text !== text)).toBe(true);
  });
});
