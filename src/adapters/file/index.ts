/**
 * The one way from a file's bytes to the model's grid, for every face that reads files (the CLI,
 * the page's worker): `readWorkbookFile(bytes, fileName, options)` → a grid, or a failure with
 * words for the user. This is where formats are told apart — by their bytes, never by the name
 * alone — and dispatched, on the same options (limits, sheet selection, progress, cancellation)
 * and the same result: .xlsx (the streaming reader of src/adapters/xlsx), .xls (xls.ts, SheetJS,
 * loaded on first use), CSV and tab-separated text (csv.ts). A WPS .et gets words on how to save it
 * as .xlsx unless its bytes are an .xlsx or a BIFF .xls. A web page (HTML table) or an XML Spreadsheet
 * 2003 under an .xls name is read as Excel opens it (xls.ts readMarkup), with words when nothing reads;
 * so is a LibreOffice flat XML spreadsheet (.fods, fods.ts).
 */
import { SELECT_HEAD_ROWS, sheetsToRead } from '../../model/check';
import { sniff, toBytes } from '../xlsx/detect';
import { failureMessage } from '../xlsx/messages';
import type { GridSheet } from '../../model/grid';
import { readXlsx, type ReadXlsxOptions, type ReadXlsxResult, type SheetSelector } from '../xlsx/read';

export type ReadFileOptions = ReadXlsxOptions;
/** The format read (the annotated copy is made from the bytes of an .xlsx only). */
export type ReadFileResult = (Extract<ReadXlsxResult, { ok: true }> & { format: FileFormat }) | Extract<ReadXlsxResult, { ok: false }>;
export type FileFormat = 'xlsx' | 'xls' | 'csv';

/** The sheets the checks use (配置, 项目台账, 绩效指标, found by name or by their headers). */
export const CHECKED_SHEETS: SheetSelector = sheetsToRead;

/** What kind of file the bytes (and, where the bytes cannot tell, the name) say this is. */
export type FileKind = 'xlsx' | 'xls' | 'text';

export function fileKind(data: Uint8Array | ArrayBuffer, _fileName: string): FileKind {
  switch (sniff(toBytes(data)).kind) {
    case 'zip':
    case 'zipBroken':
    case 'empty':
    case 'encrypted':
    case 'cfbOther':
      return 'xlsx';
    case 'oldXls':
      return 'xls';
    case 'notZip':
      return 'text';
  }
}

/** The sheet choice sees the rows the model's choice looks at (SELECT_HEAD_ROWS), unless told otherwise. */
function withHeadRows(options: ReadFileOptions): ReadFileOptions {
  return options.select && options.headRows === undefined ? { ...options, headRows: SELECT_HEAD_ROWS } : options;
}

/** A WPS 表格 workbook (.et, its template .ett): WPS saves it as .xlsx on request. */
const WPS_ET = /\.ett?$/i;

/**
 * An .et or .ett: read as the .xlsx or the BIFF .xls its bytes are (WPS's own format is a BIFF
 * workbook in the same container, and a renamed .xlsx is common); anything else, or what does not
 * read so, gets the words on saving it as .xlsx in WPS.
 */
async function readEt(bytes: Uint8Array, options: ReadFileOptions): Promise<ReadFileResult> {
  const refused: ReadFileResult = { ok: false, reason: 'notXlsx', message: failureMessage('et') };
  const kind = sniff(bytes).kind;
  if (kind === 'oldXls') {
    const { readXls } = await import(/* webpackChunkName: "xls" */ './xls');
    const r = await readXls(bytes, options);
    return r.ok ? tagged(r, 'xls') : r.reason === 'tooLarge' || r.reason === 'encrypted' ? r : refused;
  }
  if (kind === 'zip') {
    const r = await readXlsx(bytes, withHeadRows(options));
    return r.ok ? tagged(r, 'xlsx') : r.reason === 'tooLarge' ? r : refused;
  }
  return refused;
}

export async function readWorkbookFile(data: Uint8Array | ArrayBuffer, fileName: string, options: ReadFileOptions = {}): Promise<ReadFileResult> {
  const bytes = toBytes(data);
  if (WPS_ET.test(fileName) && bytes.length > 0) return readEt(bytes, options);
  switch (fileKind(bytes, fileName)) {
    case 'xls': {
      const { readXls } = await import(/* webpackChunkName: "xls" */ './xls');
      // every sheet whole: SheetJS parses them all anyway, and an annotated copy keeps them all
      return tagged(await readXls(bytes, options), 'xls');
    }
    case 'text': {
      const csv = await import(/* webpackChunkName: "csv" */ './csv');
      const r = csv.readCsv(bytes, fileName, options);
      if (r.ok || r.reason !== 'notXlsx') return tagged(r, 'csv');
      // a web page or an XML Spreadsheet 2003 under a spreadsheet's name: read as Excel opens it, else the words
      const decoded = csv.decodeText(bytes);
      const kind = decoded && csv.markupKind(decoded.text);
      if (!decoded || !kind) return r;
      const { readMarkup } = await import(/* webpackChunkName: "xls" */ './xls');
      if (kind === 'mht') return tagged((await readMht(decoded.text, fileName, readMarkup, csv, options)) ?? r, 'xls');
      const m = await readMarkup(decoded.text, kind, csv.sheetNameOf(fileName), csv.csvValue, options, csv.fileBaseName(fileName));
      // a page with no table at all is no export: a login or error page saved as .xls is not to be saved as .xlsx
      return m ? tagged(m, 'xls') : kind === 'html' && !/<table[\s>]/i.test(decoded.text) ? NO_TABLE : r;
    }
    default:
      return tagged(namedSo(await readXlsx(bytes, withHeadRows(options)), fileName), 'xlsx');
  }
}

/**
 * A Word document or a presentation whose name says so (自评报告.docx given to jx check, the page): chosen by mistake,
 * not renamed — its words no longer say 可能是改了扩展名. A .xlsx that holds a Word document keeps them.
 */
function namedSo(r: ReadXlsxResult, fileName: string): ReadXlsxResult {
  if (r.ok || (r.variant !== 'docx' && r.variant !== 'pptx')) return r;
  return fileName.toLowerCase().endsWith(`.${r.variant}`) ? { ...r, message: failureMessage(r.variant, { namedSo: true }) } : r;
}

/**
 * A single-file web page: each of its tables read as an HTML table (one sheet per worksheet part, named as
 * the workbook names them, else after the file); null when none reads.
 */
async function readMht(
  text: string,
  fileName: string,
  readMarkup: typeof import('./xls').readMarkup,
  csv: typeof import('./csv'),
  options: ReadFileOptions,
): Promise<ReadXlsxResult | null> {
  const { mhtTables } = await import(/* webpackChunkName: "xls" */ './mht');
  const tables = mhtTables(text);
  if (tables.length === 0) return NO_TABLE;
  const sheets: GridSheet[] = [];
  for (const [i, t] of tables.entries()) {
    const name = t.name ?? (tables.length === 1 ? csv.sheetNameOf(fileName) : `Sheet${i + 1}`);
    const r = await readMarkup(t.html, 'html', name, csv.csvValue, options);
    if (r && !r.ok) return r;
    // named by the workbook's part: a sheet of its own name, not the file's
    if (r) for (const s of r.grid.sheets) sheets.push(r.grid.sheets.length === 1 ? { ...s, name, ...(t.name === undefined && tables.length === 1 ? { namedAfterFile: csv.fileBaseName(fileName) } : {}) } : s);
  }
  return sheets.length ? { ok: true, grid: { sheets }, date1904: false } : null;
}

/** A web page without a table: a system's login, notice or error page fetched instead of its export. */
const NO_TABLE: ReadFileResult = { ok: false, reason: 'notXlsx', message: failureMessage('htmlNoTable') };

function tagged(r: ReadXlsxResult, format: FileFormat): ReadFileResult {
  return r.ok ? { ...r, format } : r;
}
