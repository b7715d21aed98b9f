/**
 * The SpreadsheetML writer (src/adapters/xlsx/write.ts) against the ExcelJS writer it replaced
 * (exceljsWriter.ts, kept as the oracle): every layout the product writes — both 自评表 layouts, the
 * monitoring table, the templates empty and filled, a list that cannot be inline, a long table with
 * print titles and a manual break, the 问题清单, the consolidated workbook of the split sample —
 * and plain grids (values of every kind, number formats, merges, hidden sheets, an origin) written
 * by both and read back, through ExcelJS (the host-neutral snapshot: values, formulas, number formats,
 * fonts, alignment, borders, fills, merges, widths, heights, lists, colours, frozen rows, filter, page
 * setup, print area and titles, breaks, footer) and through our own reader (the grid the model sees).
 *
 * One known difference: ExcelJS dropped a column width of 9 (its own default; Excel's is 8.43), so the
 * 汇总 sheet's count columns came out at Excel's default width; this writer keeps them.
 *
 * Also what only this writer does: the worksheet's children in the order ECMA-376 requires, text
 * cut at Excel's 32,767 characters, characters XML 1.0 cannot hold dropped, shared strings.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readXlsx } from '../../../src/adapters/xlsx/read';
import { WORKSHEET_ORDER, writeXlsx, type SheetToWrite } from '../../../src/adapters/xlsx/write';
import { checkAcross } from '../../../src/model/across';
import { consolidate } from '../../../src/model/across/consolidate';
import { dateValue, errorValue, type GridSheet } from '../../../src/model/grid';
import { uniqueSheetName } from '../../../src/model/selfeval/sheet';
import { EXCEL_MAX_CELL_CHARS as CELL_TEXT_MAX } from '../../../src/model/text/visible';
import { goldenCases, listsLayout, longTable, problemListLayoutsOfPlanted } from '../../support/goldenLayouts';
import { neutralFromXlsx } from '../../support/sheetDump';
import { splitSample } from '../../support/split';
import { writeXlsx as writeWithExcelJs } from './exceljsWriter';

/** The consolidated workbook of the sample split by 地州市 (汇总 with formulas and a page setup, the ledger with a filter, 配置 and 绩效指标 as grids). */
function consolidatedSheets(): SheetToWrite[] {
  const { files, province } = splitSample();
  return consolidate(checkAcross(files, { profile: province })).sheets.map((s) => (s.layout ? { layout: s.layout } : { grid: s.grid }));
}

const grids: GridSheet[] = [
  {
    name: '项目台账',
    values: [
      ['项目编号', '项目名称', '金额', '日期', '贯标', '错误', '  前后空格  ', 'a&b<c>"d"'],
      ['001', '一种节水滴灌带', 30.25, dateValue(2018, 6, 30), true, errorValue('#N/A'), '多行\n文本', -0],
      [null, '=SUM(A1)', 1e21, dateValue(1900, 2, 29), false, errorValue('#REF!'), 0.1 + 0.2, '12%'],
    ],
    numberFormats: [[], [null, null, '#,##0.00', 'yyyy"年"m"月"d"日"'], [null, null, '0.00E+00', null, null, null, '0.00%']],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  },
  { name: '辅助', values: [[1, 2]], hidden: true },
  { name: "配置's", values: [['评价年度', 2018]], origin: { row: 2, col: 1 } },
];

const cases: Array<[string, SheetToWrite[]]> = [
  ...goldenCases().map((c): [string, SheetToWrite[]] => [c.name, c.layouts.map((layout) => ({ layout }))]),
  ['lists that cannot be inline', [{ layout: listsLayout() }]],
  ['a long table: print titles and a manual page break', [{ layout: longTable() }]],
  ['问题清单 of a planted ledger: AutoFilter, frozen header, footer', problemListLayoutsOfPlanted().map((layout) => ({ layout }))],
  ['the consolidated workbook of the split sample', consolidatedSheets()],
  ['plain grids: every kind of value, number formats, merges, hidden, origin', grids.map((grid) => ({ grid }))],
];

describe('the SpreadsheetML writer and the ExcelJS writer give the same workbook', () => {
  test.each(cases)('%s', async (_name, sheets) => {
    const ours = await writeXlsx(sheets);
    const theirs = await writeWithExcelJs(sheets);
    // What ExcelJS reads back: every value, formula, style, size, list and page setting.
    const [a, b] = [await neutralFromXlsx(ours), await neutralFromXlsx(theirs)];
    // ExcelJS drops a column width of 9, which it takes for its default (Excel's is 8.43): ours keeps it.
    for (const s of a) for (const [col, w] of Object.entries(s.widths)) if (w === 9) expect(b.find((x) => x.name === s.name)!.widths[col]).toBeUndefined();
    const widthsNot9 = (w: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(w).filter(([, x]) => x !== 9));
    for (const s of a) expect(widthsNot9(s.widths)).toEqual(b.find((x) => x.name === s.name)!.widths);
    for (const s of [...a, ...b]) s.widths = {};
    expect(a.map((s) => s.name)).toEqual(b.map((s) => s.name));
    for (let i = 0; i < a.length; i++) expect({ sheet: a[i].name, ...a[i] }).toEqual({ sheet: b[i].name, ...b[i] });
    // What our reader gives the model.
    const [ra, rb] = [await readXlsx(ours), await readXlsx(theirs)];
    if (!ra.ok || !rb.ok) throw new Error('a written workbook could not be read back');
    expect(ra.grid).toEqual(rb.grid);
    // Not vacuous: the workbook holds its cells.
    expect(Object.keys(a[0].cells).length).toBeGreaterThan(1);
  });
});

/** The local names of a worksheet's child elements, in order. */
/** The names of the root element's children, in document order (the root: worksheet unless named). */
function childOrder(xml: string, root = 'worksheet'): string[] {
  const body = xml.slice(xml.indexOf('>', xml.indexOf(`<${root}`)) + 1, xml.lastIndexOf(`</${root}>`));
  const out: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) out.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return out;
}

/*
 * The sequences of ECMA-376 Part 1's schema (sml.xsd), written out here in full and on their own, not taken from
 * the writer: Excel refuses a part whose children come out of this order.
 */
const CT_WORKSHEET = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
];
const CT_STYLESHEET = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const CT_WORKBOOK = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];
/** The children sorted by the schema's sequence (stable: repeats keep their order); unknown names last. */
const bySchema = (order: ReadonlyArray<string>, schema: ReadonlyArray<string>): string[] => {
  const rank = (x: string): number => (schema.includes(x) ? schema.indexOf(x) : schema.length);
  return [...order].sort((x, y) => rank(x) - rank(y));
};

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

describe('what Excel requires of the file', () => {
  test('every worksheet, styles.xml and workbook.xml list their children in the order of the ECMA-376 schema', async () => {
    // the cases in one workbook, a name repeated made unique (Excel refuses two sheets of one name)
    const taken: string[] = [];
    const all = cases.flatMap(([, s]) => s).map((s): SheetToWrite => {
      const name = uniqueSheetName((s.grid ?? s.layout!).name, taken);
      taken.push(name);
      return s.grid ? { grid: { ...s.grid, name } } : { layout: { ...s.layout!, name } };
    });
    const files = parts(await writeXlsx(all));
    const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheets.length).toBe(all.length + 1); // and the lists sheet
    const seen = new Set<string>();
    for (const k of sheets) {
      const order = childOrder(files[k]);
      for (const name of order) seen.add(name);
      expect({ k, unknown: order.filter((x) => !CT_WORKSHEET.includes(x)) }).toEqual({ k, unknown: [] });
      expect({ k, order }).toEqual({ k, order: bySchema(order, CT_WORKSHEET) });
      // Each at most once, but conditionalFormatting, one per range (maxOccurs unbounded).
      const once = order.filter((x) => x !== 'conditionalFormatting');
      expect(new Set(once).size).toBe(once.length);
    }
    // The cases use every element the writer knows, so the order is tested for each; and the writer's own list of
    // them keeps the schema's order.
    expect([...seen].sort()).toEqual([...WORKSHEET_ORDER].sort());
    expect(bySchema(WORKSHEET_ORDER, CT_WORKSHEET)).toEqual([...WORKSHEET_ORDER]);
    // styles.xml and workbook.xml too (the consolidation has defined names, the 自评表 dxfs)
    const styles = childOrder(files['xl/styles.xml'], 'styleSheet');
    expect(styles).toEqual(expect.arrayContaining(['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs']));
    expect(styles.filter((x) => !CT_STYLESHEET.includes(x))).toEqual([]);
    expect(bySchema(styles, CT_STYLESHEET)).toEqual(styles);
    const book = childOrder(files['xl/workbook.xml'], 'workbook');
    expect(book).toEqual(expect.arrayContaining(['sheets', 'definedNames']));
    expect(book.filter((x) => !CT_WORKBOOK.includes(x))).toEqual([]);
    expect(bySchema(book, CT_WORKBOOK)).toEqual(book);
  });

  test('the checker of the order is not lenient: a sheet with mergeCells before sheetData fails it', () => {
    const bad = '<worksheet><sheetViews/><mergeCells count="0"/><sheetData></sheetData></worksheet>';
    const order = childOrder(bad);
    expect(order).toEqual(['sheetViews', 'mergeCells', 'sheetData']);
    expect(bySchema(order, CT_WORKSHEET)).not.toEqual(order);
    expect(bySchema(['cellXfs', 'fonts'], CT_STYLESHEET)).not.toEqual(['cellXfs', 'fonts']);
  });

  test('text is cut at 32,767 characters (never inside a surrogate pair), characters XML cannot hold are dropped, CR is kept', async () => {
    const long = 'x'.repeat(CELL_TEXT_MAX - 1) + '😀' + 'tail';
    const bytes = await writeXlsx([{ grid: { name: 'S', values: [[long, 'a\u0001b\u0000c\ud800d', '行一\r\n行二', 'é\u00a0']] } }]);
    const r = await readXlsx(bytes);
    if (!r.ok) throw new Error(r.reason);
    const [a, b, c, d] = r.grid.sheets[0].values[0] as string[];
    expect(a.length).toBe(CELL_TEXT_MAX - 1);
    expect(a).toBe('x'.repeat(CELL_TEXT_MAX - 1));
    expect(b).toBe('abcd');
    expect(c).toBe('行一\r\n行二');
    expect(d).toBe('é\u00a0');
    // The XML parses (ExcelJS loads it) and the shared-string part holds each distinct text once.
    const [sheet] = await neutralFromXlsx(bytes);
    expect(sheet.cells.B1.value).toBe('abcd');
  });

  test('a text repeated on every row is stored once in the shared-string table', async () => {
    const values = Array.from({ length: 500 }, (_, i) => ['昌吉回族自治州', `项目${i}`]);
    const sst = parts(await writeXlsx([{ grid: { name: 'S', values } }]))['xl/sharedStrings.xml'];
    expect(sst).toMatch(/count="1000" uniqueCount="501"/);
    expect(sst.split('昌吉回族自治州').length - 1).toBe(1);
  });
});
