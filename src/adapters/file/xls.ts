/**
 * An old-format .xls (BIFF8, and the BIFF5 of Excel 95) → the model's grid (issue 12, item 8), the
 * same grid the .xlsx reader gives for the same data: every worksheet in tab order (hidden ones
 * flagged), values with merged ranges' values in their top-left cell only, formulas as their
 * cached result, dates as DateValue, number formats of non-General cells.
 *
 * The parsing is SheetJS's (published to npm as `@e965/xlsx`, the official 0.20.3 release: the
 * `xlsx` package on npm stops at 0.18.5, whose prototype-pollution and ReDoS advisories are fixed
 * only from 0.19.3 and 0.20.2). It is loaded on first use only (with this module: its own chunk in the page,
 * outside the CLI bundle). A BIFF file is not compressed, so the file's size bounds the work:
 * the file is refused above `maxSize`, and above the memory budget as projected from its size
 * before it is parsed; the grid built from it is charged to the budget as the .xlsx reader's is.
 */
// This module is itself loaded on first use (index.ts imports it dynamically): SheetJS with it.
import * as X from '@e965/xlsx';
import { dateValue, errorValue, serialToDate, type CellValue, type GridSheet, type Merge } from '../../model/grid';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from '../../model/gridWhole';
import { Aborted, Budget, OverBudget, PAGE_LIMITS, type ReadLimits } from '../xlsx/budget';
import { failureMessage, mbOver, overBudgetFailure, type FailureParams, type FailureVariant, type ReadFailureReason } from '../xlsx/messages';
import type { ReadXlsxOptions, ReadXlsxResult } from '../xlsx/read';
import { codepageTable } from './codepages';
import { FODS_MEMORY_PER_CELL, fodsCells, fodsTables, type FodsCells } from './fods';

// A BIFF5 workbook's text in its code page (GBK from a Chinese Excel 95) is read alike by every face (codepages.ts).
X.set_cptable(codepageTable);

/**
 * `f()` with console.error silenced: SheetJS's OpenDocument reader writes a line there for each number
 * format it cannot map exactly ("ODS number format may be incorrect"), its BIFF reader one for each record
 * type it does not know ("Missing Info for XLS Record 0x704", a damaged or newer file: the record is skipped),
 * which is no message for our user (the values read are right; the model reads no format). X.read is synchronous: nothing else runs meanwhile.
 */
function quietly<T>(f: () => T): T {
  const error = console.error;
  console.error = () => undefined;
  try {
    return f();
  } finally {
    console.error = error;
  }
}


/** Memory of SheetJS's dense workbook and our grid per byte of .xls: a conservative estimate (not yet measured: a bench item). */
export const XLS_MEMORY_PER_BYTE = 12;


/** BIFF error codes → Excel's error texts. */
const BIFF_ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

function fail(reason: ReadFailureReason, variant: FailureVariant, p: FailureParams = {}): ReadXlsxResult {
  return { ok: false, reason, message: failureMessage(variant, p) };
}

interface SheetJsCell {
  readonly t: string;
  readonly v?: unknown;
  readonly w?: string;
  readonly z?: string | number;
}

function cellValue(cell: SheetJsCell, date1904: boolean): CellValue {
  switch (cell.t) {
    case 'n': {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return null;
      if (typeof cell.z === 'string' && X.SSF.is_date(cell.z)) return serialToDate(n, date1904) ?? n;
      return n;
    }
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return cell.v === true;
    case 'e':
      return errorValue(BIFF_ERRORS[cell.v as number] ?? cell.w ?? '#N/A');
    case 'd': {
      const d = cell.v as Date;
      return d instanceof Date && !Number.isNaN(d.getTime()) ? dateValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) : null;
    }
    default:
      return null;
  }
}

/**
 * A cell beyond Excel's sheet (a web page's colspan="2147483647", an XML Spreadsheet's ss:Index="2000000000"):
 * SheetJS places it there, in a sparse row of that length, which a walk cell by cell never ends.
 */
class BeyondSheet {
  constructor(readonly params: FailureParams) {}
}

/** How a text cell is typed: as written (BIFF, XML Spreadsheet), or as Excel types what it opens as text (an HTML table). */
type TypeText = (text: string) => CellValue;

function gridSheet(name: string, ws: Record<string, unknown>, hidden: boolean, date1904: boolean, budget: Budget, typeText?: TypeText): GridSheet {
  const data = (ws['!data'] ?? []) as ReadonlyArray<ReadonlyArray<SheetJsCell | undefined> | undefined>;
  // SheetJS's rows and cells are arrays as long as their last index: a length past Excel's sheet is a cell out there
  if (data.length > EXCEL_MAX_ROWS) throw new BeyondSheet({ sheet: name, what: 'row', value: data.length });
  for (const src of data) if (src && src.length > EXCEL_MAX_COLS) throw new BeyondSheet({ sheet: name, what: 'col', value: src.length });
  const rawMerges = (ws['!merges'] ?? []) as ReadonlyArray<{ s: { r: number; c: number }; e: { r: number; c: number } }>;
  const merges: Merge[] = rawMerges.map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c })).sort((a, b) => a.top - b.top || a.left - b.left);
  const values: CellValue[][] = [];
  const formats: Array<Array<string | null>> = [];
  let anyFormat = false;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const row: CellValue[] = [];
    const fmt: Array<string | null> = [];
    if (src) {
      for (let c = 0; c < src.length; c++) {
        const cell = src[c];
        if (!cell) continue;
        const v = typeText && cell.t === 's' && typeof cell.v === 'string' ? typeText(cell.v) : cellValue(cell, date1904);
        if (v === null) continue;
        while (row.length < c) row.push(null);
        row[c] = v;
        const z = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : null;
        if (z) {
          while (fmt.length < c) fmt.push(null);
          fmt[c] = z;
          anyFormat = true;
        }
      }
    }
    let cost = 64 + 8 * row.length;
    for (const v of row) if (typeof v === 'string') cost += 24 + 2 * v.length;
    budget.charge(cost);
    if ((r & 0xff) === 0) budget.check();
    values.push(row);
    formats.push(fmt);
  }
  // A merged range's value sits in its top-left cell only, as every host shows it.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, values.length - 1); r++) {
      const row = values[r];
      for (let c = m.left; c <= Math.min(m.right, row.length - 1); c++) if (r !== m.top || c !== m.left) row[c] = null;
      while (row.length && row[row.length - 1] === null) row.pop();
      budget.check();
    }
  }
  while (values.length && values[values.length - 1].length === 0) values.pop();
  formats.length = values.length;
  // rows hidden in the sheet (a BIFF ROW record's flag), within the rows read
  const rowInfo = (ws['!rows'] ?? []) as ReadonlyArray<{ hidden?: boolean } | undefined>;
  const hiddenRows: number[] = [];
  for (let r = 0; r < Math.min(rowInfo.length, values.length); r++) if (rowInfo[r]?.hidden) hiddenRows.push(r);
  // columns hidden in the sheet (COLINFO records, read with cellStyles), within the columns the rows reach: as the
  // .xlsx reader lists them (GridSheet.hiddenCols), so that S003 says which of two columns of one field is hidden
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  const colInfo = (ws['!cols'] ?? []) as ReadonlyArray<{ hidden?: boolean } | undefined>;
  const hiddenCols: number[] = [];
  for (let c = 0; c < Math.min(colInfo.length, width); c++) if (colInfo[c]?.hidden) hiddenCols.push(c);
  return {
    name,
    values,
    ...(merges.length ? { merges } : {}),
    ...(anyFormat ? { numberFormats: formats } : {}),
    ...(hidden ? { hidden: true } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenCols.length ? { hiddenCols } : {}),
  };
}

function hasData(sheets: ReadonlyArray<GridSheet>): boolean {
  for (const s of sheets) for (const row of s.values) for (const v of row) if (v !== null && (typeof v !== 'string' || v.trim() !== '')) return true;
  return false;
}

/** Reads .xls bytes into a grid; never throws on the file's content (a cancellation rejects with an AbortError). */
export async function readXls(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<ReadXlsxResult> {
  const limits: ReadLimits = { ...PAGE_LIMITS, ...options.limits };
  if (bytes.length > limits.maxSize) return fail('tooLarge', 'fileOverSize', mbOver(bytes.length, limits.maxSize));
  const projected = bytes.length * XLS_MEMORY_PER_BYTE;
  if (projected > limits.maxMemory) return fail('tooLarge', 'overMemory', { ...mbOver(projected, limits.maxMemory), projected: true });
  const budget = new Budget(limits, options.onProgress, options.signal);
  try {
    budget.check();
    if (impossibleRecord(bytes)) return fail('corrupt', 'xlsCorrupt');
    let wb: X.WorkBook;
    try {
      // quietly: SheetJS writes "Missing Info for XLS Record 0x…" to the console for each record type it does not know
      // cellStyles: the COLINFO records (hidden columns) are read only with it
      wb = quietly(() => X.read(bytes, { type: 'array', dense: true, cellDates: false, cellNF: true, cellStyles: true, cellHTML: false, cellFormula: false, sheetStubs: false, bookVBA: false }));
    } catch (e) {
      // an open password (a FILEPASS record): SheetJS says "File is password-protected"; it is no damage
      if (/password/i.test(e instanceof Error ? e.message : String(e))) return fail('encrypted', 'encrypted');
      return fail('corrupt', 'xlsCorrupt');
    }
    budget.check();
    const read = gridOf(wb, budget, (name) => name);
    if (!read) return cutShort(bytes) ? fail('corrupt', 'xlsCorrupt') : fail('empty', 'empty');
    options.onProgress?.(1);
    return read;
  } catch (e) {
    return budgetFailure(e, budget, limits);
  }
}

/**
 * The fixed part of the BIFF records SheetJS reads fields of, in bytes (BIFF5 and BIFF8; [MS-XLS] 2.4): a record
 * shorter than this makes its parser read past the record, where SheetJS's byte reads give undefined/NaN, and its
 * string reads loop `for (i = 0; i != size; ++i)` with that size forever, growing memory (xlsx.js ReadShift
 * 'sbcs-cont'; parse_BIFF2STRING, parse_XLUnicodeString2, parse_XLUnicodeRichExtendedString). Worse, the next
 * record is then looked for inside this one's body: any type turns up (a LABEL of length 0 was followed by a
 * "BIFF2 STRING" of length 0, which hung X.read). The walk below follows the same misalignment, so the first
 * impossible record on it is caught.
 */
const BIFF_FIXED: Readonly<Record<number, number>> = {
  0x0006: 20, // FORMULA: cell 6, value 8, flags 2, chn 4
  0x0007: 1, // STRING (BIFF2): cch
  0x0004: 8, // LABEL (BIFF2): cell 7, cch 1
  0x001e: 1, // FORMAT (BIFF2-4): cch
  0x041e: 3, // FORMAT: id 2, cch 1
  0x005c: 1, // WRITEACCESS: cch
  0x0085: 7, // BOUNDSHEET: offset 4, state 2, cch 1
  0x00bd: 12, // MULRK: cell 4, one RkRec 6, last column 2
  0x00be: 8, // MULBLANK: cell 4, one ixfe 2, last column 2
  0x00fc: 8, // SST: two counts
  0x00fd: 10, // LABELSST: cell 6, isst 4
  0x0201: 6, // BLANK
  0x0203: 14, // NUMBER: cell 6, value 8
  0x0204: 8, // LABEL: cell 6, cch 2
  0x0205: 8, // BOOLERR: cell 6, value 1, type 1
  0x0207: 1, // STRING: cch
  0x0208: 16, // ROW
  0x027e: 10, // RK: cell 6, rk 4
  0x0009: 4, 0x0209: 4, 0x0409: 4, 0x0809: 4, // BOF: version 2, type 2
};

/** BOF records of BIFF2 to BIFF8: SheetJS reads a workbook stream from one and stops at depth 0 before any other. */
const BIFF_BOF = new Set([0x0009, 0x0209, 0x0409, 0x0809]);

/**
 * Whether the workbook stream of an .xls holds a record SheetJS's parser cannot read safely: shorter than its type's
 * fixed part, or running past the stream's end. The walk is SheetJS's own (parse_workbook): records from the stream's
 * start, to the end of the last BOF..EOF, CONTINUE records one by one (their bodies are skipped alike). It is bounded
 * by the stream's bytes (each step moves ≥ 4), which the file's size bounds. A container SheetJS cannot read is left
 * to X.read to say so.
 */
export function impossibleRecord(bytes: Uint8Array): boolean {
  let stream: Uint8Array | undefined;
  try {
    const cfb = X.CFB.read(bytes, { type: 'array' }) as { FileIndex: ReadonlyArray<{ name: string; type: number; content?: ArrayLike<number> }> };
    const content = cfb.FileIndex.find((e) => e.type === 2 && /^(Workbook|Book)$/i.test(e.name))?.content;
    // a plain array from an array read: typed here, once
    stream = content && (content instanceof Uint8Array ? content : Uint8Array.from(content));
  } catch {
    return false;
  }
  if (!stream) return false;
  const n = stream.length;
  let at = 0;
  let depth = 0;
  let lastType = -1;
  while (at < n - 1) {
    const type = stream[at] | (stream[at + 1] << 8);
    if (type === 0 && lastType === 0x000a) return false;
    if (depth === 0 && !BIFF_BOF.has(type)) return false;
    if (at + 4 > n) return true;
    const length = stream[at + 2] | (stream[at + 3] << 8);
    if (at + 4 + length > n) return true;
    if (length < (BIFF_FIXED[type] ?? 0)) return true;
    if (type === 0x00fc && sstStringCut(stream, at)) return true;
    if (BIFF_BOF.has(type)) depth++;
    else if (type === 0x000a) depth--;
    lastType = type;
    at += 4 + length;
  }
  return false;
}

/**
 * Whether the SST record at `at` (with its CONTINUE records, as SheetJS's slurp joins them) has a string that starts at
 * the body's last byte: parse_XLUnicodeRichExtendedString reads its count past the end (NaN) and loops ReadShift
 * 'sbcs-cont' `i != NaN` until memory runs out (2.5 GB, then a RangeError). The walk is parse_SST's: up to the unique
 * count while inside the body; a string's characters crossing a CONTINUE boundary take the width its flag byte there
 * gives (ReadShift 'sbcs-cont'/'dbcs-cont'); rich runs and phonetic blocks skipped by their sizes.
 */
function sstStringCut(stream: Uint8Array, at: number): boolean {
  const parts: Uint8Array[] = [];
  const lens: number[] = [];
  let size = 0;
  let p = at;
  do {
    const length = stream[p + 2] | (stream[p + 3] << 8);
    lens.push(size);
    parts.push(stream.subarray(p + 4, Math.min(stream.length, p + 4 + length)));
    size += length;
    p += 4 + length;
  } while (p + 4 <= stream.length && (stream[p] | (stream[p + 1] << 8)) === 0x003c);
  const body = new Uint8Array(size);
  let o = 0;
  for (const part of parts) {
    body.set(part, o);
    o += part.length;
  }
  const ends = lens.slice(1);
  const boundaries = new Set(ends);
  const unique = (body[4] | (body[5] << 8) | (body[6] << 16)) + body[7] * 0x1000000;
  let pos = 8;
  for (let i = 0; i !== unique && pos < size; i++) {
    if (pos + 1 >= size) return true; // the count's second byte is past the end
    const cch = body[pos] | (body[pos + 1] << 8);
    const flags = pos + 2 < size ? body[pos + 2] : 0;
    pos += 3;
    let skip = 0;
    if (flags & 0x8) {
      skip += 4 * (body[pos] | (body[pos + 1] << 8));
      pos += 2;
    }
    if (flags & 0x4) {
      skip += (body[pos] | (body[pos + 1] << 8) | (body[pos + 2] << 16)) + body[pos + 3] * 0x1000000;
      pos += 4;
    }
    // the characters: at a CONTINUE boundary a flag byte says the width of the rest
    let width = flags & 0x1 ? 2 : 1;
    let loc = pos;
    for (let left = cch; left > 0; ) {
      if (boundaries.has(loc)) {
        width = body[loc] ? 2 : 1;
        loc++;
      }
      const next = ends.find((b) => b > loc) ?? Infinity;
      const run = Math.min(left, Math.max(1, Math.ceil((next - loc) / width)));
      loc += run * width;
      left -= run;
    }
    pos = loc + skip;
    if (!Number.isFinite(pos)) return false;
  }
  return false;
}

/**
 * Whether an .xls that read as no data is damaged instead: its workbook stream holds less than its directory entry
 * says (a sector chain that loops back or ends early, which SheetJS follows as far as it goes, reading no sheet).
 */
function cutShort(bytes: Uint8Array): boolean {
  try {
    const cfb = X.CFB.read(bytes, { type: 'array' }) as { FileIndex: ReadonlyArray<{ name: string; type: number; size: number; content?: { length: number } }> };
    return cfb.FileIndex.some((e) => e.type === 2 && /^(Workbook|Book)$/i.test(e.name) && (e.content?.length ?? 0) < e.size);
  } catch {
    return true;
  }
}

/**
 * The grid of a workbook SheetJS read (sheets in order, hidden ones marked; chart and macro sheets hold no cells), each
 * sheet under the name `nameOf` gives it and its texts typed by `typeText` when given; null when it holds no data.
 */
function gridOf(wb: X.WorkBook, budget: Budget, nameOf: (name: string) => string, typeText?: TypeText): ReadXlsxResult | null {
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const info = wb.Workbook?.Sheets ?? [];
  const sheets: GridSheet[] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name] as unknown as Record<string, unknown> | undefined;
    if (!ws || ws['!type'] === 'chart') return;
    sheets.push(gridSheet(nameOf(name), ws, Boolean(info[i]?.Hidden), date1904, budget, typeText));
  });
  if (sheets.length === 0 || !hasData(sheets)) return null;
  return { ok: true, grid: { sheets }, date1904 };
}

/** A read stopped by its budget (over the time or memory it may take) or by a cell beyond the sheet, as the failure that says which; anything else is thrown on. */
function budgetFailure(e: unknown, budget: Budget, limits: ReadLimits): ReadXlsxResult {
  if (e instanceof Aborted) throw e;
  if (e instanceof OverBudget) {
    const o = overBudgetFailure(e);
    return fail('tooLarge', o.variant, o.params);
  }
  if (e instanceof RangeError) return fail('tooLarge', 'overMemory', mbOver(budget.memoryUsed, limits.maxMemory));
  if (e instanceof BeyondSheet) return fail('corrupt', 'outOfRange', e.params);
  throw e;
}

/**
 * A table saved as a web page (the .xls of many business systems' 导出Excel) or as an XML Spreadsheet
 * 2003, given as its decoded text: read by SheetJS as Excel opens them (one sheet per HTML table,
 * colspan/rowspan as merged ranges). An HTML table's texts are typed as a CSV's fields are (`typeText`:
 * numbers and dates as Excel types them, identifiers kept as written); XML Spreadsheet cells carry
 * their types. A single HTML table is named after the file, as a CSV is. Null when nothing is read
 * (the caller then says how to save the file as .xlsx).
 */
export async function readMarkup(text: string, kind: 'html' | 'xml' | 'fods', sheetName: string, typeText: TypeText, options: ReadXlsxOptions = {}, fileName = sheetName): Promise<ReadXlsxResult | null> {
  const limits: ReadLimits = { ...PAGE_LIMITS, ...options.limits };
  const budget = new Budget(limits, options.onProgress, options.signal);
  try {
    budget.check();
    budget.charge(XLS_MEMORY_PER_BYTE * text.length);
    let hiddenRuns: FodsCells['hiddenRuns'] = [];
    if (kind === 'fods') {
      // repeated cells are made one by one: counted first, refused before SheetJS spends the memory
      const { cells, rows, cols, hiddenRuns: runs } = fodsCells(text);
      hiddenRuns = runs;
      if (rows > EXCEL_MAX_ROWS) return fail('corrupt', 'outOfRange', { sheet: sheetName, what: 'row', value: rows });
      if (cols > EXCEL_MAX_COLS) return fail('corrupt', 'outOfRange', { sheet: sheetName, what: 'col', value: cols });
      const projected = budget.memoryUsed + cells * FODS_MEMORY_PER_CELL;
      if (projected > limits.maxMemory) return fail('tooLarge', 'overMemory', { ...mbOver(projected, limits.maxMemory), projected: true });
      budget.charge(cells * FODS_MEMORY_PER_CELL);
    }
    let wb: X.WorkBook;
    try {
      const opts: X.ParsingOptions = { type: 'string', dense: true, raw: kind === 'html', cellDates: false, cellNF: true, cellStyles: false, cellHTML: false, cellFormula: false, sheetStubs: false };
      wb = kind === 'fods' ? quietly(() => X.read(text, opts)) : X.read(text, opts);
    } catch {
      return null;
    }
    budget.check();
    const single = kind === 'html' && wb.SheetNames.length === 1;
    // a .fods's sheets under their names as written, hidden as their table style says (SheetJS does neither)
    const tables = kind === 'fods' ? fodsTables(text) : [];
    const table = new Map(tables.length === wb.SheetNames.length ? wb.SheetNames.map((n, i) => [n, tables[i]]) : []);
    const read = gridOf(wb, budget, (name) => (single ? sheetName : (table.get(name)?.name ?? name)), kind === 'html' ? typeText : undefined);
    if (!read) return null;
    if (single && read.ok) read.grid = { sheets: read.grid.sheets.map((s) => ({ ...s, namedAfterFile: fileName })) };
    if (read.ok && tables.length === wb.SheetNames.length && (tables.some((t) => t.hidden) || hiddenRuns.some((r) => r.length))) {
      // hidden sheets and rows by table, the grid's sheets by name (chart sheets have none in a .fods)
      const byName = new Map(tables.map((t, i) => [t.name, { hidden: t.hidden, runs: hiddenRuns[i] ?? [] }]));
      read.grid = {
        sheets: read.grid.sheets.map((s) => {
          const t = byName.get(s.name);
          if (!t) return s;
          const hiddenRows = t.runs.flatMap(([first, n]) => Array.from({ length: n }, (_, k) => first + k));
          return { ...s, ...(t.hidden ? { hidden: true } : {}), ...(hiddenRows.length ? { hiddenRows } : {}) };
        }),
      };
    }
    options.onProgress?.(1);
    return read;
  } catch (e) {
    return budgetFailure(e, budget, limits);
  }
}
