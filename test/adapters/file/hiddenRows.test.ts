/**
 * Hidden rows of a ledger (hidden by hand, by a filter, in a collapsed group) hold real projects:
 * every file reader says which rows are hidden (GridSheet.hiddenRows), the projects on them are
 * counted as every other, and the check says so once (S013), naming the rows.
 */
import ExcelJS from 'exceljs';
import { CHECKED_SHEETS, readWorkbookFile, type ReadFileResult } from '../../../src/adapters/file';
import { readXlsx } from '../../../src/adapters/xlsx/read';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid, GridSheet } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { S013 } from '../../../src/model/rules/sheetsWorkbook';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { xlsOf } from '../../support/formats';
import { storedZip } from '../xlsx/helpers';

/** Rows 12–15 and 40 of the sample's ledger (1-based, as Excel numbers them), hidden. */
const HIDDEN = [11, 12, 13, 14, 39];

async function ok(r: Promise<ReadFileResult>): Promise<Grid> {
  const x = await r;
  if (!x.ok) throw new Error(x.message['zh-CN']);
  return x.grid;
}

const ledgerOf = (g: Grid): GridSheet => g.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;

function expectNoted(grid: Grid): void {
  expect(ledgerOf(grid).hiddenRows).toEqual(HIDDEN);
  const e = evaluateWorkbook(grid);
  expect(e.check.ledger!.projects).toHaveLength(169);
  const s013 = e.findings.filter((f) => f.rule === 'S013');
  expect(s013.map((f) => [f.severity, f.sheet, f.row])).toEqual([['info', SAMPLE_SHEETS.ledger, 11]]);
  expect(findingText(s013[0], 'zh-CN')).toBe('工作表“项目台账”第 12–15、40 行被隐藏（筛选、分组折叠或手动隐藏），其中的 5 个项目已照常计入检查和评分。如这些项目不应计入，请删除这些行。');
  const en = findingText(s013[0], 'en-US');
  expect(en).toBe('Rows 12–15, 40 of sheet "项目台账" are hidden (filtered, in a collapsed group, or hidden by hand); the 5 projects on them are checked and scored as usual. If they should not count, delete those rows.');
  expect(en.replace(SAMPLE_SHEETS.ledger, '')).not.toMatch(/[\u4e00-\u9fff]/);
  // everything else as the sample with no row hidden
  const plain = evaluateWorkbook(sampleWorkbookGrid());
  expect(e.findings.filter((f) => f.rule !== 'S013')).toEqual(plain.findings);
}

describe('hidden rows of the ledger', () => {
  it('.xlsx (Excel writes hidden="1"): the rows read, counted and noted once', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(sampleWorkbookGrid().sheets.map((s) => ({ grid: s })))) as unknown as ArrayBuffer);
    for (const r of HIDDEN) wb.getWorksheet(SAMPLE_SHEETS.ledger)!.getRow(r + 1).hidden = true;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expectNoted(await ok(readWorkbookFile(bytes, '台账.xlsx', { select: CHECKED_SHEETS })));
  });

  it('.xlsx: hidden="1" or "true" in any attribute order and quoting, on rows the fast path reads and those it leaves; hidden="0" is not hidden', async () => {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>',
      '<row r="2" hidden="1"><c r="A2"><v>1</v></c></row>',
      "<row r='3' spans='1:1' hidden='true'><c r='A3'><v>2</v></c></row>",
      '<row hidden="1" r="4" customHeight="1" ht="0"><c r="A4"><v>3</v></c></row>',
      '<row r="5" hidden="0"><c r="A5"><v>4</v></c></row>',
      '<row r="6" spans="1:1" x14ac:dyDescent="0.25"><c r="A6"><v>5</v></c></row>',
      '<row r="7" hidden="1"/>',
    ];
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const bytes = storedZip({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
    });
    const r = await readXlsx(bytes);
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(r.grid.sheets[0].values).toEqual([['a'], [1], [2], [3], [4], [5]]);
    expect(r.grid.sheets[0].hiddenRows).toEqual([1, 2, 3, 6]);
  });

  it('.xls (a BIFF row record hidden)', async () => {
    const sheets = sampleWorkbookGrid().sheets.map((s) => (s.name === SAMPLE_SHEETS.ledger ? { ...s, hiddenRows: HIDDEN } : s));
    expectNoted(await ok(readWorkbookFile(xlsOf(sheets), '台账.xls', { select: CHECKED_SHEETS })));
  });

  it('.fods (table:visibility collapse or filter; a hidden row repeated is every row it stands for)', async () => {
    const g = sampleWorkbookGrid();
    const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const cell = (v: GridSheet['values'][number][number]): string =>
      v === null ? '<table:table-cell/>'
      : typeof v === 'number' ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
      : typeof v === 'string' ? `<table:table-cell office:value-type="string">${v.split('\n').map((p) => `<text:p>${esc(p)}</text:p>`).join('')}</table:table-cell>`
      : typeof v === 'object' && v.kind === 'date' ? `<table:table-cell office:value-type="date" office:date-value="${v.year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}"><text:p/></table:table-cell>`
      : `<table:table-cell office:value-type="string"><text:p>${String(v)}</text:p></table:table-cell>`;
    const table = (s: GridSheet): string => {
      const rows = s.values.map((row, r) => {
        const vis = s.name !== SAMPLE_SHEETS.ledger || !HIDDEN.includes(r) ? '' : r === 39 ? ' table:visibility="filter"' : ' table:visibility="collapse"';
        return `<table:table-row${vis}>${row.map(cell).join('')}</table:table-row>`;
      });
      return `<table:table table:name="${esc(s.name)}">${rows.join('')}</table:table>`;
    };
    const fods =
      '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>' +
      g.sheets.map(table).join('') +
      '</office:spreadsheet></office:body></office:document>';
    const ledger = ledgerOf(g);
    const noMerges = (grid: Grid): Grid => ({ sheets: grid.sheets.map((s) => (s.name === SAMPLE_SHEETS.ledger ? { ...s, merges: ledger.merges } : s)) });
    expectNoted(noMerges(await ok(readWorkbookFile(new TextEncoder().encode(fods), '台账.fods', { select: CHECKED_SHEETS }))));
    // rows 12–15 written as one row repeated four times (the same project four times over)
    const repeated = fods.replace(/<table:table-row table:visibility="collapse">/, '<table:table-row table:visibility="collapse" table:number-rows-repeated="4">');
    const once = repeated.replace(/(<table:table-row table:visibility="collapse" table:number-rows-repeated="4">(?:(?!<\/table:table-row>)[\s\S])*<\/table:table-row>)(?:<table:table-row table:visibility="collapse">(?:(?!<\/table:table-row>)[\s\S])*<\/table:table-row>){3}/, '$1');
    const grid = await ok(readWorkbookFile(new TextEncoder().encode(once), '台账.fods', { select: CHECKED_SHEETS }));
    expect(ledgerOf(grid).hiddenRows).toEqual(HIDDEN);
  });
});

describe('S013 counts what it names', () => {
  const at = { sheet: '项目台账', row: 11, col: 0 };
  it('one hidden row holding a project: the singular, in both languages', () => {
    const g = sampleWorkbookGrid();
    const grid: Grid = { ...g, sheets: g.sheets.map((s) => (s.name === SAMPLE_SHEETS.ledger ? { ...s, hiddenRows: [3] } : s)) };
    const f = evaluateWorkbook(grid).findings.filter((x) => x.rule === 'S013');
    expect(f).toHaveLength(1);
    expect(findingText(f[0], 'en-US')).toBe('Row 4 of sheet "项目台账" is hidden (filtered, in a collapsed group, or hidden by hand); the project on it is checked and scored as usual. If it should not count, delete that row.');
    expect(findingText(f[0], 'zh-CN')).toBe('工作表“项目台账”第 4 行被隐藏（筛选、分组折叠或手动隐藏），其中的项目已照常计入检查和评分。如此项目不应计入，请删除此行。');
  });
  it('several rows: the plural', () => {
    expect(findingText(S013.finding.main(at, { sheet: '项目台账', rows: ['12–13'], count: 2 }), 'en-US')).toMatch(/^Rows 12–13 of sheet "项目台账" are hidden .*; the 2 projects on them are checked .* delete those rows\.$/);
  });
});
