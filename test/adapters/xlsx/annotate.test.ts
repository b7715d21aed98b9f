/**
 * The annotated copy (标注副本): the sample with planted defects, made richer with what real
 * ledgers carry (formulas, a shared formula, merges, validations, conditional formats, notes,
 * a hidden sheet, a defined name, widths, frozen panes, print setup), annotated with its own
 * findings; then compared with the input part by part, XML by XML and cell by cell
 * (compare.ts). Odd but valid packages (prefixed namespaces, cells without addresses, no
 * styles part, existing notes in every form) are annotated too.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { annotateXlsx } from '../../../src/adapters/xlsx/annotate';
import { readXlsx } from '../../../src/adapters/xlsx/read';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Finding, Severity } from '../../../src/model/findings';
import { a1, type Grid } from '../../../src/model/grid';
import { MARK_FILLS } from '../../../src/model/marks';
import { findingText } from '../../../src/model/messages';
import { zip } from '../../fixtures/hostile';
import { planted } from '../../model/support/planted';
import { compareAnnotated, expectedMarks, noteText } from './compare';

async function richInput(): Promise<{ bytes: Uint8Array; grid: Grid }> {
  const { grid } = planted();
  const plain = await writeXlsx(grid.sheets.map((s) => ({ grid: s })));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(plain as unknown as ArrayBuffer);
  const ledger = wb.getWorksheet('项目明细')!;
  ledger.getColumn(2).width = 14;
  ledger.getColumn(6).width = 22;
  ledger.views = [{ state: 'frozen', ySplit: 3, xSplit: 0, topLeftCell: 'A4', activeCell: 'A4' }];
  ledger.pageSetup = { ...ledger.pageSetup, orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ledger.getRow(3).height = 30;
  ledger.getRow(3).eachCell((c) => {
    c.font = { name: '宋体', bold: true, size: 11 };
    c.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
    c.alignment = { horizontal: 'center', wrapText: true };
  });
  // styled body cells, some of them marked: the copy must keep font, border and format
  for (let r = 4; r <= 40; r++) {
    const c = ledger.getCell(r, 7);
    c.font = { name: 'Arial', italic: true, size: 10, color: { argb: 'FF1F4E79' } };
    c.border = { left: { style: 'thin' }, right: { style: 'thin' } };
  }
  ledger.getCell('A1').note = '原有批注：请核对本表。';
  ledger.getCell('B5').note = { texts: [{ font: { bold: true }, text: '审核人：' }, { text: '区划已核对' }] };
  (ledger as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('J4:J200', { type: 'list', allowBlank: true, formulae: ['"有效,失效,审中"'] });
  ledger.addConditionalFormatting({ ref: 'M4:M200', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['100'], priority: 1, style: { font: { color: { argb: 'FF9C0006' } } } }] });
  const calc = wb.addWorksheet('计算');
  calc.getCell('A1').value = '合计';
  calc.getCell('B1').value = { formula: "SUM('项目明细'!M4:M20)", result: 123 } as ExcelJS.CellFormulaValue;
  calc.getCell('B2').value = { formula: 'B1*2', result: 246, shareType: 'shared', ref: 'B2:B4' } as unknown as ExcelJS.CellValue;
  calc.getCell('B3').value = { sharedFormula: 'B2', result: 246 } as unknown as ExcelJS.CellValue;
  calc.getCell('C1').value = { text: '说明', hyperlink: 'https://example.invalid/' };
  calc.getCell('D1').value = new Date(Date.UTC(2018, 11, 31));
  calc.getCell('D1').numFmt = 'yyyy"年"m"月"d"日"';
  calc.mergeCells('A5:C6');
  wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '内部';
  wb.definedNames.add("'计算'!$B$1", '合计金额');
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const read = await readXlsx(bytes);
  if (!read.ok) throw new Error('rich input unreadable');
  return { bytes, grid: read.grid };
}

describe('the annotated copy of the sample with planted defects', () => {
  let input: Uint8Array;
  let grid: Grid;
  let findings: ReadonlyArray<Finding>;
  beforeAll(async () => {
    ({ bytes: input, grid } = await richInput());
    findings = evaluateWorkbook(grid).findings;
  });

  it('changes only the marked cells’ fill and notes (part by part, XML, cell by cell)', async () => {
    const before = Buffer.from(input);
    const r = await annotateXlsx(input, findings);
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(Buffer.from(input).equals(before)).toBe(true); // the input bytes are never touched
    const want = expectedMarks(findings, grid);
    expect(r.cells).toBe(want.length);
    expect(r.skipped).toBe(findings.filter((f) => !f.sheet).length);
    const report = await compareAnnotated(input, r.bytes, want);
    expect(report.marked).toBeGreaterThanOrEqual(25);
    expect(report.changedParts.sort()).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/styles.xml']));
    // the ledger had a note already: its comments part was extended, not replaced
    expect(report.newParts.filter((p) => /comments/.test(p)).length).toBeLessThan(3);
    console.log(`annotated copy: ${report.marked} cells marked, ${report.cellsCompared} cells compared; changed ${report.changedParts.join(', ')}; new ${report.newParts.join(', ') || '—'}`);
  });

  it('keeps a note the cell already had and writes ours below it', async () => {
    // B5's region is planted wrong (L006), and B5 had a rich-text note
    const l006 = findings.find((f) => f.rule === 'L006' && f.severity === 'error')!;
    const r = await annotateXlsx(input, [{ ...l006, row: 4, col: 1 }]);
    if (!r.ok) throw new Error('failed');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
    const note = noteText(wb.getWorksheet('项目明细')!.getCell('B5').note);
    expect(note).toBe(`审核人：区划已核对\n\n【绩效自评助手】\n${findingText(l006, 'zh-CN')}`);
    expect(noteText(wb.getWorksheet('项目明细')!.getCell('A1').note)).toBe('原有批注：请核对本表。');
  });

  it('writes the notes in English on request', async () => {
    const some = findings.filter((f) => f.sheet === '项目明细' && f.row > 5).slice(0, 3);
    const r = await annotateXlsx(input, some, { locale: 'en-US' });
    if (!r.ok) throw new Error('failed');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('项目明细')!;
    for (const m of expectedMarks(some, grid, 'en-US')) {
      const note = noteText(ws.getCell(a1(m.row, m.col)).note);
      expect(note).toBe(`[JX self-evaluation assistant]\n${m.messages.join('\n')}`);
    }
    // the notes that were there are still paired with their cells
    expect(noteText(ws.getCell('B5').note)).toBe('审核人：区划已核对');
  });

  it('with no finding, every part of the copy is the input’s', async () => {
    const none = await annotateXlsx(input, []);
    if (!none.ok) throw new Error('failed');
    expect(none.cells).toBe(0);
    const [a, b] = [await entries(input), await entries(none.bytes)];
    expect(b).toEqual(a);
  });
});

// ---------------------------------------------------------------------------------------------
// odd packages, hand-written

const CT = (extra = ''): string =>
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  extra +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WB =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WB_RELS = (styles: boolean): string =>
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  (styles ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '') +
  '</Relationships>';

function oddBook(sheetXml: string, options: { styles?: string; extra?: Array<{ name: string; data: string }>; ct?: string } = {}): Uint8Array {
  const files = [
    { name: '[Content_Types].xml', data: CT((options.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') + (options.ct ?? '')) },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: WB },
    { name: 'xl/_rels/workbook.xml.rels', data: WB_RELS(!!options.styles) },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
    ...(options.styles ? [{ name: 'xl/styles.xml', data: options.styles }] : []),
    ...(options.extra ?? []),
  ];
  return new Uint8Array(zip(files));
}

const finding = (row: number, col: number, severity: Severity = 'error'): Finding => ({ rule: 'L002', severity, sheet: '台账', row, col, params: { field: '项目名称' } });

async function entries(bytes: Uint8Array): Promise<Record<string, string>> {
  const z = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [n, f] of Object.entries(z.files)) if (!f.dir) out[n] = await f.async('string');
  return out;
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe('odd but valid packages', () => {
  it('a prefixed namespace, cells and rows without addresses, an empty row, and no styles part at all', async () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>项目编号</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>金额</x:t></x:is></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>X-1</x:t></x:is></x:c><x:c><x:v>5</x:v></x:c></x:row>' +
      '<x:row r="4" spans="1:2"/>' +
      '</x:sheetData></x:worksheet>';
    const input = oddBook(sheet);
    const r = await annotateXlsx(input, [finding(1, 1), finding(3, 0, 'warning'), finding(5, 2, 'info'), { ...finding(0, 0), sheet: '别的表' }]);
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect({ cells: r.cells, skipped: r.skipped }).toEqual({ cells: 3, skipped: 1 });
    const e = await entries(r.bytes);
    // the new elements carry the document's own prefix; the existing cells keep their form
    expect(e['xl/worksheets/sheet1.xml']).toContain('<x:row><x:c t="inlineStr"><x:is><x:t>X-1</x:t></x:is></x:c><x:c s="');
    expect(e['xl/worksheets/sheet1.xml']).toMatch(/<x:row r="4" spans="1:2"><x:c r="A4" s="\d+"\/><\/x:row><x:row r="6"><x:c r="C6" s="\d+"\/><\/x:row>/);
    expect(e['xl/worksheets/sheet1.xml']).toMatch(/<x:legacyDrawing xmlns:r="[^"]+" r:id="rId\d+"\/><\/x:worksheet>$/);
    expect(e['xl/styles.xml']).toContain('<cellXfs count="4">'); // the default format 0, then one per severity
    expect(e['xl/_rels/workbook.xml.rels']).toContain('Target="styles.xml"');
    expect(e['[Content_Types].xml']).toContain('PartName="/xl/styles.xml"');
    // ExcelJS cannot read a prefixed worksheet: the fills are checked in the XML (and LibreOffice opens it: annotate.libreoffice.test.ts)
    const cellXfs = /<cellXfs[\s\S]*<\/cellXfs>/.exec(e['xl/styles.xml'])![0];
    const xf = [...cellXfs.matchAll(/<xf [^>]*fillId="(\d+)"/g)].map((m) => Number(m[1]));
    const fills = [...e['xl/styles.xml'].matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => m[1]);
    const fillOf = (ref: string): string => {
      const s = Number(new RegExp(`<x:c r="${ref}" s="(\\d+)"`).exec(e['xl/worksheets/sheet1.xml'])?.[1] ?? /<x:c s="(\d+)"/.exec(e['xl/worksheets/sheet1.xml'])![1]);
      return fills[xf[s]];
    };
    expect(fillOf('B2')).toContain(`rgb="FF${MARK_FILLS.error.slice(1)}"`);
    expect(fillOf('A4')).toContain(`rgb="FF${MARK_FILLS.warning.slice(1)}"`);
    expect(fillOf('C6')).toContain(`rgb="FF${MARK_FILLS.info.slice(1)}"`);
    expect(e['xl/comments1.xml']).toMatch(/<comment ref="B2" authorId="0">[\s\S]*必填项“项目名称”为空。/);
  });

  it('an empty <sheetData/>, a one-fill stylesheet (fills 0 and 1 stay reserved), a column format for a new cell', async () => {
    const styles =
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' +
      '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs></styleSheet>';
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="2" max="3" width="12" style="1" customWidth="1"/></cols><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    const r = await annotateXlsx(oddBook(sheet, { styles }), [finding(2, 1)]);
    if (!r.ok) throw new Error('failed');
    const e = await entries(r.bytes);
    expect(e['xl/styles.xml']).toContain('<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid">');
    // the clone keeps the column's number format and alignment, with the new fill
    expect(e['xl/styles.xml']).toContain('<xf numFmtId="164" xfId="0" applyNumberFormat="1" fillId="2" applyFill="1"><alignment horizontal="right"/></xf></cellXfs>');
    expect(e['xl/worksheets/sheet1.xml']).toContain('<sheetData><row r="3"><c r="B3" s="2"/></row></sheetData><pageMargins');
    expect(e['xl/worksheets/sheet1.xml']).toMatch(/<pageMargins [^>]*\/><legacyDrawing /);
  });

  it('existing notes as a plain <t>, and a VML drawing holding a form control but no notes', async () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData><legacyDrawing r:id="rId7"/></worksheet>';
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing3.vml"/>' +
      '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments9.xml"/></Relationships>';
    const vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="2"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s2049" type="#_x0000_t201"><x:ClientData ObjectType="Button"/></v:shape></xml>';
    const comments =
      '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张三</author></authors><commentList>' +
      '<comment ref="B1" authorId="0"><text><t>原来的批注</t></text></comment></commentList></comments>';
    const input = oddBook(sheet, {
      extra: [
        { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: rels },
        { name: 'xl/drawings/vmlDrawing3.vml', data: vml },
        { name: 'xl/comments9.xml', data: comments },
      ],
      ct: '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/comments9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
    });
    const r = await annotateXlsx(input, [finding(0, 0), finding(0, 1, 'warning')]);
    if (!r.ok) throw new Error('failed');
    const e = await entries(r.bytes);
    expect(Object.keys(e).sort()).toEqual(Object.keys(await entries(input)).sort().concat('xl/styles.xml').sort());
    const c = e['xl/comments9.xml'];
    expect(c).toContain('<authors><author>张三</author><author>绩效自评助手</author></authors>');
    // the plain note became a run, ours follows it; the new note for A1 goes first (row-major order)
    expect(c).toMatch(/<comment ref="A1" authorId="1">[\s\S]*<\/comment><comment ref="B1" authorId="0"><text><r><t>原来的批注<\/t><\/r><r><rPr>[\s\S]*【绩效自评助手】/);
    const v = e['xl/drawings/vmlDrawing3.vml'];
    expect(v).toContain('<v:shape id="_x0000_s2049" type="#_x0000_t201"><x:ClientData ObjectType="Button"/></v:shape>');
    expect(v).toMatch(/<v:shapetype id="_x0000_t202"[\s\S]*<v:shape id="_x0000_s2050" type="#_x0000_t202"[\s\S]*<x:Row>0<\/x:Row><x:Column>0<\/x:Column>/);
    expect(v.match(/ObjectType="Note"/g)).toHaveLength(1); // B1 had its shape already
    expect(e['xl/worksheets/sheet1.xml'].match(/<legacyDrawing /g)).toHaveLength(1);
    const ws = await excel(r.bytes);
    expect(noteText(ws.getCell('B1').note)).toBe(`原来的批注\n\n【绩效自评助手】\n${findingText(finding(0, 1), 'zh-CN')}`);
  });

  it('control and bidi characters of a message are made visible in the note (XML cannot hold them)', async () => {
    const sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    const f: Finding = { rule: 'L006', severity: 'error', sheet: '台账', row: 0, col: 0, params: { region: 'a\u001b[2Jb\u202ec\r' } };
    const r = await annotateXlsx(oddBook(sheet), [f]);
    if (!r.ok) throw new Error('failed');
    const ws = await excel(r.bytes);
    expect(noteText(ws.getCell('A1').note)).toBe('【绩效自评助手】\n地州市“a␛[2Jb<U+202E>c␍”不在地区范围内。');
  });

  it('a part that inflates past its declared size is refused (a lying directory costs no memory)', async () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><legacyDrawing r:id="rId1"/></worksheet>';
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>';
    const vml = `<xml>${' '.repeat(64 * 1024 * 1024)}</xml>`; // 64 MB of spaces, ~64 KB deflated
    const bytes = Buffer.from(oddBook(sheet, { extra: [{ name: 'xl/worksheets/_rels/sheet1.xml.rels', data: rels }, { name: 'xl/drawings/vmlDrawing1.vml', data: vml }] }));
    // the directory (central and local headers) now claims the VML part holds 1,000 bytes
    const name = Buffer.from('xl/drawings/vmlDrawing1.vml');
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
      if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(1000, at - 46 + 24);
      else if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(1000, at - 30 + 22);
    }
    const r = await annotateXlsx(new Uint8Array(bytes), [finding(0, 0)]);
    expect(r).toMatchObject({ ok: false, reason: 'tooLarge', message: { 'zh-CN': '无法生成标注副本：工作簿过大。' } });
  });

  // The copy is named .xlsx on every face; with its input's content type kept, an .xlsm's or an .xltx's copy was a
  // file Excel refuses to open ("the file format or file extension is not valid") (hostile34)
  it.each([
    ['an .xlsm (a workbook with macros): declared a plain workbook, its VBA project and signature left out', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml', true],
    ['an .xltx (a template): declared a plain workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml', false],
  ])('%s, so that the .xlsx copy opens in Excel', async (_what, contentType, macros) => {
    const sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    const vbaRel = '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>';
    const files = [
      { name: '[Content_Types].xml', data: CT(macros ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '').replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', contentType) },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'xl/workbook.xml', data: WB },
      { name: 'xl/_rels/workbook.xml.rels', data: macros ? WB_RELS(false).replace('</Relationships>', `${vbaRel}</Relationships>`) : WB_RELS(false) },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
      ...(macros
        ? [
            { name: 'xl/vbaProject.bin', data: 'VBA' },
            { name: 'xl/_rels/vbaProject.bin.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProjectSignature" Target="vbaProjectSignature.bin"/></Relationships>' },
            { name: 'xl/vbaProjectSignature.bin', data: 'SIG' },
          ]
        : []),
    ];
    const input = new Uint8Array(zip(files));
    expect(await (await JSZip.loadAsync(input)).file('[Content_Types].xml')!.async('string')).toContain(`ContentType="${contentType}"`);
    const r = await annotateXlsx(input, [finding(0, 0)]);
    if (!r.ok) throw new Error(r.message['zh-CN']);
    const out = await JSZip.loadAsync(r.bytes);
    const types = await out.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>');
    expect(types).not.toContain(contentType);
    const parts = Object.keys(out.files).filter((n) => !out.files[n].dir);
    expect(parts.filter((n) => /vbaProject/i.test(n))).toEqual([]);
    expect(await out.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('vbaProject');
    // the mark is there, and the input is untouched
    expect(noteText((await excel(r.bytes)).getCell('A1').note)).toContain('【绩效自评助手】');
    expect(await (await JSZip.loadAsync(input)).file('[Content_Types].xml')!.async('string')).toContain(`ContentType="${contentType}"`);
  });

  it('a damaged package is a clear message, not an exception', async () => {
    const r = await annotateXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), [finding(0, 0)]);
    expect(r).toMatchObject({ ok: false, reason: 'unreadable', message: { 'zh-CN': expect.stringMatching(/^无法生成标注副本/) } });
    const sheet = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    expect(await annotateXlsx(oddBook(sheet), [finding(0, 0)])).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
