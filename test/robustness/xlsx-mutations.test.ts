/**
 * The sample .xlsx mutated (hostile43): its bytes, its zip entries, its XML's attributes — cell references out of
 * order, beyond the sheet or empty, spans and a dimension that lie, merged ranges overlapping, a shared formula without
 * its master, a shared-string index past the table, a style or number format that does not exist, a cell type Excel
 * does not have. Each is read and checked in process: a grid whose check gives findings, or a failure in words
 * (文件已损坏 …) — never an exception, never 8 s of CPU, never a heap grown by 1 GB. What Excel itself reads alike (cells out of
 * order, spans, a dimension) must give the plain sample's grid.
 */
import fc from 'fast-check';
import { readWorkbookFile } from '../../src/adapters/file';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { sampleWith, SAMPLE_LEDGER_INDEX, zip } from '../fixtures/hostile';
import { runs } from './gen';

const HANG_MS = 8000;
const MAX_HEAP = 1024 * 1024 * 1024;

type Outcome = { ok: true; findings: number; grid: unknown } | { ok: false; zh: string; reason: string };

async function outcome(bytes: Uint8Array): Promise<Outcome> {
  const t = process.cpuUsage();
  const heap = process.memoryUsage().heapUsed;
  const r = await readWorkbookFile(bytes, '台账.xlsx');
  let o: Outcome;
  if (r.ok) o = { ok: true, findings: evaluateWorkbook(r.grid).findings.length, grid: r.grid };
  else o = { ok: false, zh: r.message['zh-CN'], reason: r.reason };
  // CPU time: the work, whatever the machine's load (the reading itself runs on this thread)
  const used = process.cpuUsage(t);
  expect((used.user + used.system) / 1000).toBeLessThan(HANG_MS);
  // what this read and check added (jest's worker keeps the heaps of the suites it ran before: 1.1 GB in CI)
  expect(process.memoryUsage().heapUsed - heap).toBeLessThan(MAX_HEAP);
  if (!o.ok) expect(o.zh).toMatch(/[\u4e00-\u9fff]/);
  return o;
}

const ledgerXml = (edit: (xml: string) => string): Buffer => sampleWith(undefined, { sheetXml: (i, xml) => (i === SAMPLE_LEDGER_INDEX ? edit(xml) : xml) });
const plain = sampleWith();

describe('XML attributes bent: findings or 文件已损坏, never a stack trace', () => {
  let plainGrid: unknown;
  beforeAll(async () => {
    const o = await outcome(plain);
    if (!o.ok) throw new Error(o.zh);
    plainGrid = o.grid;
  });

  it.each([
    ['rows written last first', (x: string) => x.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_, rows: string) => `<sheetData>${rows.match(/<row[\s\S]*?<\/row>/g)!.reverse().join('')}</sheetData>`)],
    ['cells of a row written last first', (x: string) => x.replace(/(<row[^>]*>)([\s\S]*?)(<\/row>)/g, (_, a: string, cells: string, z: string) => a + (cells.match(/<c [\s\S]*?<\/c>/g) ?? []).reverse().join('') + z)],
    ['spans that lie', (x: string) => x.replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:16384">')],
    ['a dimension that lies', (x: string) => x.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>')],
    ['a dimension of nonsense', (x: string) => x.replace('<sheetData>', '<dimension ref="ZZZZZ0:!"/><sheetData>')],
  ])('%s: read as Excel reads it, the plain sample', async (_what, edit) => {
    const o = await outcome(ledgerXml(edit));
    expect(o.ok && o.grid).toEqual(plainGrid);
  });

  it.each([
    ['a reference past the last row', (x: string) => x.replace('r="B4"', 'r="B1048577"'), /文件已损坏.*1,048,577 行/],
    ['a reference past the last column', (x: string) => x.replace('r="B4"', 'r="XFE4"'), /文件已损坏.*16,385 列/],
    ['a huge row reference', (x: string) => x.replace('r="B4"', 'r="B99999999999999"'), /文件已损坏/],
    ['a row r= past the sheet', (x: string) => x.replace('<row r="4">', '<row r="2000000000">'), /文件已损坏/],
    ['a cell type Excel does not have', (x: string) => x.replace(/(<c r="B4") t="s"/, '$1 t="q"'), /文件已损坏.*单元格 B4.*t="q"/],
  ])('%s: 文件已损坏', async (_what, edit, says) => {
    const o = await outcome(ledgerXml(edit));
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.zh).toMatch(says);
  });

  it.each([
    ['an empty reference', (x: string) => x.replace('r="B4"', 'r=""')],
    ['a reference of nonsense', (x: string) => x.replace('r="B4"', 'r="4B$$"')],
    ['merged ranges overlapping', (x: string) => x.replace('</sheetData>', '</sheetData><mergeCells count="3"><mergeCell ref="A4:C6"/><mergeCell ref="B5:D8"/><mergeCell ref="A1:XFD1048576"/></mergeCells>')],
    ['a merged range backwards and one of nonsense', (x: string) => x.replace('</sheetData>', '</sheetData><mergeCells><mergeCell ref="D8:B5"/><mergeCell ref="A0:"/></mergeCells>')],
    ['a shared formula without its master', (x: string) => x.replace(/<c r="L5"[^>]*>[\s\S]*?<\/c>/, '<c r="L5"><f t="shared" si="7"/></c>')],
    ['a shared-string index past the table', (x: string) => x.replace(/(<c r="B5" t="s"><v>)\d+/, '$1999999')],
    ['a negative shared-string index', (x: string) => x.replace(/(<c r="B5" t="s"><v>)\d+/, '$1-3')],
    ['a style that does not exist', (x: string) => x.replace(/<c r="L5"/, '<c r="L5" s="4000000000"')],
    ['a number too large for a double', (x: string) => x.replace(/(<c r="L5"[^>]*><v>)[^<]*/, '$11e400')],
  ])('%s: read, checked, findings', async (_what, edit) => {
    const o = await outcome(ledgerXml(edit));
    expect(o.ok).toBe(true);
  });

  it('a number format the styles do not define (numFmtId 200 in cellXfs): read, checked', async () => {
    const styles =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
      '<cellXfs count="3"><xf numFmtId="200" applyNumberFormat="1"/><xf/><xf numFmtId="164"/></cellXfs></styleSheet>';
    const o = await outcome(sampleWith((s) => s, { replace: { 'xl/styles.xml': { name: 'xl/styles.xml', data: styles } } }));
    expect(o.ok).toBe(true);
  });
});

describe('zip entries bent', () => {
  const entries = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
  it.each(entries)('%s left out: findings or a failure in words', async (name) => {
    const empty = { name: `${name}.gone`, data: '' };
    await outcome(sampleWith((s) => s, { replace: { [name]: empty } }));
  });
  it.each(entries)('%s holding other bytes: findings or a failure in words', async (name) => {
    await outcome(sampleWith((s) => s, { replace: { [name]: { name, data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff]) } } }));
  });
  it('an entry named twice, the second of other bytes', async () => {
    await outcome(sampleWith((s) => s, { extra: [{ name: 'xl/worksheets/sheet2.xml', data: 'not xml' }] }));
  });
  it('a zip of nothing but a sheet', async () => {
    const o = await outcome(zip([{ name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>' }]));
    expect(o.ok).toBe(false);
  });
});

describe('bytes changed anywhere in the package: findings or a failure in words, within 8 s', () => {
  it('random byte edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(plain.length - 1), byte: fc.nat(255) }), { minLength: 1, maxLength: 8 }), async (edits) => {
        const b = new Uint8Array(plain);
        for (const e of edits) b[e.at] = e.byte;
        await outcome(b);
      }),
      runs(150),
    );
  });
  it('cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(plain.length - 1), async (n) => {
        await outcome(new Uint8Array(plain.subarray(0, n)));
      }),
      runs(60),
    );
  });
});
