/**
 * .xlsx bytes → the model's Grid, through ExcelJS. Works in Node and in the browser: bytes in,
 * values out, no file system. Every way a file can fail to be a readable workbook is a
 * `{ ok: false, reason, message }`, never an exception.
 */
import ExcelJS from 'exceljs';
import {
  errorValue,
  serialToDate,
  type CellValue,
  type Grid,
  type GridSheet,
  type Merge,
  type UncalculatedColumn,
} from '../../../src/model/grid';
import { sniff, toBytes, type ZipEntry } from '../../../src/adapters/xlsx/detect';
import { FORMULA_EXAMPLE_MAX } from '../../../src/adapters/xlsx/sheetScan';
import { isDateFormat } from '../../../src/model/read/formats';
import { failureMessage, type FailureVariant, type LocalizedText, type ReadFailureReason } from '../../../src/adapters/xlsx/messages';

export type { ReadFailureReason, LocalizedText } from '../../../src/adapters/xlsx/messages';

/**
 * One deliberate difference taken into the oracle: a time of day alone (`h:mm`, `mm:ss`: model/read/formats.ts
 * isDateFormat) is no date, and its number stays the number; ExcelJS read it as a date (a serial under 1 as no day at
 * all). ExcelJS's own test is narrowed to the product's, where it decides (its cells call utils.isDateFmt).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS's module of helpers, not in its types
const excelJsUtils = require('exceljs/lib/utils/utils') as { isDateFmt(fmt: string | undefined): boolean };
const excelJsIsDate = excelJsUtils.isDateFmt;
excelJsUtils.isDateFmt = (fmt) => excelJsIsDate(fmt) && isDateFormat(fmt);

export type ReadXlsxResult =
  | { ok: true; grid: Grid; date1904: boolean }
  | { ok: false; reason: ReadFailureReason; message: LocalizedText };

export interface ReadXlsxOptions {
  /** Give up with `tooLarge` above this many non-empty cells (all sheets together). */
  maxCells?: number;
}

/**
 * 2 million non-empty cells. A ledger has a few thousand. Measured (Node 20, ExcelJS 4.4):
 * loading 1 million cells peaks at ~540 MB of extra RSS (≈ 0.55 KB per cell, ≈ 15× the sheet
 * XML), so 2 million stays near 1.1 GB, which a browser tab can still afford.
 */
export const DEFAULT_MAX_CELLS = 2_000_000;

/**
 * Bytes of uncompressed sheet XML (from the zip directory, before inflating anything) allowed
 * per allowed cell. A stored cell takes ~35 bytes (`<c r="AB123" t="s"><v>17</v></c>`);
 * ExcelJS memory follows the XML (every `<c>`, even an empty styled one, becomes an object),
 * so a sheet far beyond the budget is refused before ExcelJS spends gigabytes on it.
 * Never below 1 MB, so that small limits still count the actual cells.
 */
const XML_BYTES_PER_CELL = 50;
const MIN_XML_BUDGET = 1_000_000;

function fail(reason: ReadFailureReason, variant: FailureVariant = reason, p = {}): ReadXlsxResult {
  return { ok: false, reason, message: failureMessage(variant, p) };
}

const MS_PER_DAY = 86_400_000;
/** ExcelJS's epoch offset: serial 25569 = 1970-01-01 in the 1900 system. */
const EXCELJS_EPOCH_SERIAL = 25569;

/**
 * ExcelJS turns a serial into a UTC `Date` with `(serial - 25569 [+ 1462]) * 86400000` ms,
 * which is wrong before 1900-03-01 (Excel's phantom 1900-02-29). Undo that exactly to get
 * the serial back, then use the model's conversion, which knows about the phantom day.
 */
export function dateFromExcelJs(d: Date, date1904: boolean): CellValue {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = Math.floor(ms / MS_PER_DAY) + EXCELJS_EPOCH_SERIAL - (date1904 ? 1462 : 0);
  // A number no calendar day shows (0, negative, past 9999-12-31) stays the number the cell holds (the product's
  // decision, sheetScan.ts number()): ExcelJS's Date taken back to it, without the float noise of the division.
  return serialToDate(serial, date1904) ?? Number((ms / MS_PER_DAY + EXCELJS_EPOCH_SERIAL - (date1904 ? 1462 : 0)).toPrecision(15));
}

/** One ExcelJS cell value (any of its shapes) → CellValue. */
export function toCellValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateFromExcelJs(v, date1904);
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return errorValue(o.error);
  if ('formula' in o || 'sharedFormula' in o) {
    // The cached result, whatever it is (0, false and '' included); none cached → null.
    return 'result' in o ? toCellValue(o.result, date1904) : null;
  }
  if (Array.isArray(o.richText)) {
    return (o.richText as Array<{ text?: unknown }>).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('hyperlink' in o || 'text' in o) return toCellValue(o.text, date1904);
  return null;
}

/**
 * The cell's value as ExcelJS holds it. For formulas, `cell.value` is a copy that keeps only
 * truthy fields, so a cached result of 0, false or '' would vanish: read the model instead.
 */
function rawValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const m = cell.model as unknown as { result?: unknown };
    return { formula: '', result: m.result };
  }
  return cell.value;
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

const EMPTY_ROW: ReadonlyArray<never> = Object.freeze([]);

class TooLarge {}

interface SheetRead {
  sheet: GridSheet;
  hasData: boolean;
}

/** Minimal view of the ExcelJS internals we rely on (typed loosely: `_merges` is not public). */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A formula cell without a result, noted as the file reader notes it (sheetScan.ts noteUncalculated). */
function noteUncalculated(by: Map<number, UncalculatedColumn>, r: number, c: number, formula: string | undefined): void {
  const u = by.get(c) ?? { col: c, count: 0, first: r, last: r, runs: [], exampleRow: -1, formula: '' };
  let text = (formula ?? '').trim();
  if (text.length > FORMULA_EXAMPLE_MAX) text = text.slice(0, FORMULA_EXAMPLE_MAX - 1) + '…';
  const example = u.exampleRow < 0 && text ? { exampleRow: r, formula: text } : {};
  // runs of rows, as the reader keeps them: the row after the last run extends it
  const n = u.runs.length;
  const runs = n && u.runs[n - 1] === r - 1 ? [...u.runs.slice(0, -1), r] : n && u.runs[n - 2] <= r && r <= u.runs[n - 1] ? u.runs : [...u.runs, r, r];
  by.set(c, { ...u, count: u.count + 1, first: Math.min(u.first, r), last: Math.max(u.last, r), runs, ...example });
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean, counter: { cells: number; max: number }): SheetRead {
  const uncalculated = new Map<number, UncalculatedColumn>();
  const rows = new Map<number, CellValue[]>();
  const formats = new Map<number, (string | null)[]>();
  let lastRow = -1;
  let hasData = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let values: CellValue[] | undefined;
    let fmts: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A non-master cell of a merge reports the master's value: the value lives in the master only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(rawValue(cell), date1904);
      if (value === null && cell.type === ExcelJS.ValueType.Formula) noteUncalculated(uncalculated, r, colNumber - 1, (cell.model as unknown as { formula?: string }).formula);
      if (value === null) return;
      if (++counter.cells > counter.max) throw new TooLarge();
      const c = colNumber - 1;
      if (!values) values = [];
      while (values.length < c) values.push(null);
      values[c] = value;
      if (!isBlank(value)) hasData = true;
      const numFmt = cell.numFmt;
      if (numFmt && numFmt !== 'General') {
        if (!fmts) fmts = [];
        while (fmts.length < c) fmts.push(null);
        fmts[c] = numFmt;
      }
    });
    if (values) {
      rows.set(r, values);
      if (fmts) formats.set(r, fmts);
      if (r > lastRow) lastRow = r;
    }
  });

  // Rows are stored sparsely while reading; the dense outer array shares one empty row, so a
  // stray cell at XFD1048576 costs one pointer per row, not a 1048576 × 16384 matrix.
  const values: ReadonlyArray<CellValue>[] = new Array(lastRow + 1);
  for (let r = 0; r <= lastRow; r++) values[r] = rows.get(r) ?? EMPTY_ROW;
  let numberFormats: ReadonlyArray<string | null>[] | undefined;
  if (formats.size > 0) {
    numberFormats = new Array(lastRow + 1);
    for (let r = 0; r <= lastRow; r++) numberFormats[r] = formats.get(r) ?? EMPTY_ROW;
  }

  const merges: Merge[] = [];
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges ?? {};
  for (const m of Object.values(internal)) {
    if (m) merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  const sheet: GridSheet = {
    name: ws.name,
    values,
    ...(merges.length > 0 ? { merges } : {}),
    ...(numberFormats ? { numberFormats } : {}),
    ...(ws.state === 'hidden' || ws.state === 'veryHidden' ? { hidden: true } : {}),
    ...(uncalculated.size ? { uncalculated: [...uncalculated.values()].sort((a, b) => a.col - b.col) } : {}),
  };
  return { sheet, hasData };
}

function classifyZip(entries: ReadonlyArray<ZipEntry>, maxCells: number): ReadXlsxResult | null {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('xl/workbook.bin')) return fail('notXlsx', 'xlsb');
    if (names.has('mimetype') && names.has('content.xml')) return fail('notXlsx', 'ods');
    return fail('notXlsx');
  }
  let xmlBytes = 0;
  for (const e of entries) {
    if (/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name)) xmlBytes += e.size;
  }
  const limit = Math.max(maxCells * XML_BYTES_PER_CELL, MIN_XML_BUDGET);
  if (xmlBytes > limit) {
    // Said in megabytes: the budget is on bytes, and one cell of long text can exceed it.
    const mb = (n: number): number => Math.ceil(n / 1_000_000);
    return fail('tooLarge', 'tooMuchData', { mb: Number.isFinite(xmlBytes) ? mb(xmlBytes) : undefined, limitMb: mb(limit) });
  }
  return null;
}

/**
 * Reads a workbook into the model's Grid: every worksheet in tab order (hidden ones flagged),
 * values trimmed to the last non-empty row and column (origin A1; rows ragged, empty rows shared),
 * merges listed with the value in the top-left cell only, formula cells as their cached result,
 * dates as DateValue, number formats of non-General cells in `numberFormats`.
 * Fails (never throws) with: notZip, notXlsx (other zip / .xlsb / .ods / other CFB), encrypted,
 * oldXls, corrupt (truncated or unparsable), tooLarge (over `maxCells`, or sheet XML over budget),
 * empty (0 bytes, no sheets, or nothing but blank and whitespace-only cells in every sheet).
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<ReadXlsxResult> {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const bytes = toBytes(data);
  const s = sniff(bytes);
  switch (s.kind) {
    case 'empty':
      return fail('empty', 'emptyFile');
    case 'encrypted':
      return fail('encrypted');
    case 'oldXls':
      return fail('oldXls');
    case 'cfbOther':
      return fail('notXlsx', 'otherOffice');
    case 'notZip':
      return fail('notZip');
    case 'zipBroken':
      return fail('corrupt', 'truncated');
    case 'zip': {
      const early = classifyZip(s.entries, maxCells);
      if (early) return early;
    }
  }

  const wb = new ExcelJS.Workbook();
  try {
    // Data validations are skipped: ExcelJS expands each validated range into one object per
    // cell (a whole-column list in a template would cost a million objects), and we don't need them.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] } as never);
  } catch (e) {
    if (e instanceof RangeError) return fail('tooLarge', 'tooLarge', { limit: maxCells });
    return fail('corrupt');
  }

  const date1904 = Boolean(wb.properties?.date1904);
  const counter = { cells: 0, max: maxCells };
  const sheets: GridSheet[] = [];
  let hasData = false;
  try {
    for (const ws of wb.worksheets) {
      const read = readSheet(ws, date1904, counter);
      sheets.push(read.sheet);
      hasData ||= read.hasData;
    }
  } catch (e) {
    if (e instanceof TooLarge) return fail('tooLarge', 'tooLarge', { limit: maxCells });
    return fail('corrupt');
  }
  if (!hasData) return fail('empty');
  return { ok: true, grid: { sheets }, date1904 };
}
