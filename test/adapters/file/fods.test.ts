/**
 * A LibreOffice flat XML spreadsheet (.fods) is read as the workbook it is, not as CSV text: the
 * sample written as LibreOffice writes a .fods gives the sample's grid and check; a sheet hidden
 * by its table style is hidden; repeated cells are counted before SheetJS makes them (a tiny
 * file repeating a value over the whole sheet is refused at once, with the memory words); a
 * .fods SheetJS cannot read, and a flat text document, get words instead of CSV findings.
 */
import { CHECKED_SHEETS, readWorkbookFile, type ReadFileResult } from '../../../src/adapters/file';
import { markupKind } from '../../../src/adapters/file/csv';
import { fodsCells, fodsTables } from '../../../src/adapters/file/fods';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { expectSameAsSample } from '../../model/shapes/expect';

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const pad = (n: number): string => String(n).padStart(2, '0');

function cellXml(v: CellValue, span = ''): string {
  if (v === null) return `<table:table-cell${span}/>`;
  if (typeof v === 'number') return `<table:table-cell${span} office:value-type="float" office:value="${v}" calcext:value-type="float"><text:p>${v}</text:p></table:table-cell>`;
  if (typeof v === 'boolean') return `<table:table-cell${span} office:value-type="boolean" office:boolean-value="${v}"><text:p>${v ? 'TRUE' : 'FALSE'}</text:p></table:table-cell>`;
  // a line of its own text is a paragraph of its own
  if (typeof v === 'string') return `<table:table-cell${span} office:value-type="string" calcext:value-type="string">${v.split('\n').map((p) => `<text:p>${esc(p)}</text:p>`).join('')}</table:table-cell>`;
  if (v.kind === 'date')
    return `<table:table-cell${span} table:style-name="ce1" office:value-type="date" office:date-value="${v.year}-${pad(v.month)}-${pad(v.day)}"><text:p>${v.year}/${v.month}/${v.day}</text:p></table:table-cell>`;
  return `<table:table-cell${span} office:value-type="string"><text:p>${esc(v.code)}</text:p></table:table-cell>`;
}

/** Sheets as LibreOffice writes a .fods: styles first, merged cells spanned with covered cells, the empty rest of the sheet as repeated rows. */
function fodsOf(sheets: ReadonlyArray<GridSheet>, hidden: ReadonlySet<string> = new Set()): string {
  const tables = sheets.map((s) => {
    const width = Math.max(1, ...s.values.map((r) => r.length));
    const rows = s.values.map((row, r) => {
      const cells: string[] = [];
      for (let c = 0; c < width; c++) {
        const m = (s.merges ?? []).find((x) => x.top === r && x.left === c);
        const covered = (s.merges ?? []).some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right && !(x.top === r && x.left === c));
        if (covered) cells.push('<table:covered-table-cell/>');
        else cells.push(cellXml(row[c] ?? null, m ? ` table:number-columns-spanned="${m.right - m.left + 1}" table:number-rows-spanned="${m.bottom - m.top + 1}"` : ''));
      }
      return `<table:table-row table:style-name="ro1">${cells.join('')}</table:table-row>`;
    });
    const rest = `<table:table-row table:style-name="ro1" table:number-rows-repeated="${1048576 - s.values.length}"><table:table-cell table:number-columns-repeated="${width}"/></table:table-row>`;
    return `<table:table table:name="${esc(s.name)}" table:style-name="${hidden.has(s.name) ? 'ta2' : 'ta1'}"><table:table-column table:number-columns-repeated="${width}"/>${rows.join('')}${rest}</table:table>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n\n' +
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" ' +
    'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n' +
    '<office:automatic-styles>' +
    '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>' +
    '<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>' +
    '<number:date-style style:name="N37"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>' +
    // a conditional number format SheetJS cannot map: it would write a line to console.error
    '<number:number-style style:name="N5P0" style:volatile="true"><number:number number:min-integer-digits="1"/></number:number-style>' +
    '<number:number-style style:name="N5"><number:text>-</number:text><number:number number:min-integer-digits="1"/><style:map style:condition="value()&gt;0" style:apply-style-name="N5P0"/></number:number-style>' +
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>' +
    '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N5"/>' +
    '</office:automatic-styles>\n<office:body><office:spreadsheet>' +
    tables.join('\n') +
    '</office:spreadsheet></office:body></office:document>\n'
  );
}

async function read(text: string, name: string): Promise<Extract<ReadFileResult, { ok: true }>> {
  const r = await readWorkbookFile(new TextEncoder().encode(text), name, { select: CHECKED_SHEETS });
  if (!r.ok) throw new Error(`${name}: ${r.message['zh-CN']}`);
  return r;
}

const trimRow = (row: ReadonlyArray<CellValue>): CellValue[] => {
  const out = [...row];
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
};

describe('a LibreOffice flat XML spreadsheet (.fods)', () => {
  it('the sample as a .fods: every sheet, the same values, merges, check and 自评表 as the .xlsx; nothing written to the console', async () => {
    const errors = jest.spyOn(console, 'error');
    try {
      const plain = sampleWorkbookGrid();
      const r = await read(fodsOf(plain.sheets), '2018年项目台账.fods');
      expect(r.grid.sheets.map((s) => s.name)).toEqual(plain.sheets.map((s) => s.name));
      for (const [i, s] of plain.sheets.entries()) {
        expect(r.grid.sheets[i].values).toEqual(s.values.map(trimRow));
        expect(r.grid.sheets[i].merges ?? []).toEqual(s.merges ?? []);
      }
      expectSameAsSample(r.grid);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('a sheet hidden by its table style is hidden; booleans, dates and repeated cells read as LibreOffice shows them', async () => {
    const sheet: GridSheet = { name: '台账', values: [['项目名称', '金额', '日期', '已验收'], ['甲', 12.5, { kind: 'date', year: 2019, month: 12, day: 31 }, true]] };
    const other: GridSheet = { name: '旧表 <1>', values: [['x']] };
    const text = fodsOf([sheet, other], new Set(['旧表 <1>'])).replace(
      '<table:table-row table:style-name="ro1"><table:table-cell office:value-type="string" calcext:value-type="string"><text:p>x</text:p>',
      '<table:table-row table:style-name="ro1" table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3" office:value-type="string"><text:p>x</text:p>',
    );
    const r = await read(text, 'a.fods');
    const grid: Grid = r.grid;
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([['台账', false], ['旧表 <1>', true]]);
    expect(grid.sheets[0].values).toEqual(sheet.values);
    expect(grid.sheets[1].values).toEqual([['x', 'x', 'x'], ['x', 'x', 'x']]);
    expect(fodsTables(text)).toEqual([{ name: '台账', hidden: false }, { name: '旧表 <1>', hidden: true }]);
  });

  it('cells repeated over the whole sheet are counted first and refused at once with the memory words, not made one by one', async () => {
    const text = fodsOf([{ name: 'x', values: [['a']] }]).replace(
      /<table:table-row table:style-name="ro1"><table:table-cell office:value-type="string"/,
      '<table:table-row table:style-name="ro1" table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"',
    );
    expect(fodsCells(text)).toEqual({ cells: 1048575 * 16384, rows: 1048575, cols: 16384, hiddenRuns: [[]] });
    const t0 = Date.now();
    const r = await readWorkbookFile(new TextEncoder().encode(text), 'x.fods');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(!r.ok && r.message['zh-CN']).toMatch(/^工作簿过大（读取预计需要约 [\d,]+ MB 内存/);
    // past Excel's last row: out of range, named
    const far = text.replace('table:number-rows-repeated="1048575"', 'table:number-rows-repeated="1048577"');
    expect(await readWorkbookFile(new TextEncoder().encode(far), 'x.fods')).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('a .fods SheetJS cannot read gets the words on saving it as .xlsx, not CSV findings; a flat text document is no .fods', async () => {
    const bad = fodsOf([{ name: 'x', values: [['a']] }]).replace('office:value-type="string" calcext:value-type="string"', 'office:value-type="nonsense"');
    const r = await readWorkbookFile(new TextEncoder().encode(bad), 'x.fods');
    expect(r).toMatchObject({ ok: false, reason: 'notXlsx' });
    expect(!r.ok && r.message['zh-CN']).toBe('这是 LibreOffice 平面 XML 表格（.fods），但无法读取（文件可能已损坏）。请在 LibreOffice 或 WPS 中打开，另存为 .xlsx 后再检查。');
    expect(!r.ok && r.message['en-US']).not.toMatch(/[\u4e00-\u9fff]/);
    const fodt = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text/></office:body></office:document>';
    expect(markupKind(fodt)).toBeNull();
    expect(markupKind(fodsOf([{ name: 'x', values: [['a']] }]))).toBe('fods');
  });
});

