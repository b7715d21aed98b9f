/** Small host-neutral helpers of the Office.js adapter. */
import { JxError } from '../../model/errors';
import { type CellValue, columnLetters, errorValue, serialToDate } from '../../model/grid';
import { EXCEL_MAX_ROWS } from '../../model/gridWhole';
import { isDateFormat, isGeneralFormat, readsFormat } from '../../model/read/formats';

/** One decision for every reader (model/read/formats.ts); the hosts' code imports them from here too. */
export { isDateFormat, isGeneralFormat };

/** Sheets the add-in creates for itself start with this prefix and are VeryHidden. */
export const ADDIN_SHEET_PREFIX = '_jx_';

export function isAddinSheet(name: string): boolean {
  return name.startsWith(ADDIN_SHEET_PREFIX);
}

/**
 * Excel on the web rejects a request or a response above 5 MB ("Resource limits and performance optimization for
 * Office Add-ins"); read as 5,000,000 bytes of the JSON body, the smaller reading.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** What one sync may carry by our estimate: the limit less 4 % for estimates a little short of the real bytes. */
export const DEFAULT_BUDGET_BYTES = 4_800_000;

/**
 * Cells of used ranges a host's workbook is read with at most (Excel, WPS): every row of Excel in a 32-column ledger.
 * Past it a used range holds stray content far away — one value in XFD1048576 makes it the whole sheet, 17 billion
 * cells — which, read block by block, took hours of syncs and more memory than the pane has, and never ended.
 */
export const HOST_READ_MAX_CELLS = 32 * EXCEL_MAX_ROWS;

/** A sheet's used range (0-based origin, size) as the reader found it. */
export interface UsedArea {
  readonly name: string;
  readonly row0: number;
  readonly col0: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The refusal when the used ranges hold more than HOST_READ_MAX_CELLS cells together, naming the largest one and
 * how to find what lies far away (Ctrl+End); null when they can be read.
 */
export function usedRangeTooLarge(sheets: ReadonlyArray<UsedArea>): JxError | null {
  let total = 0;
  let big: UsedArea | undefined;
  for (const s of sheets) {
    total += s.rows * s.cols;
    if (!big || s.rows * s.cols > big.rows * big.cols) big = s;
  }
  if (!big || total <= HOST_READ_MAX_CELLS) return null;
  const address = `${columnLetters(big.col0)}${big.row0 + 1}:${columnLetters(big.col0 + big.cols - 1)}${big.row0 + big.rows}`;
  const n = (x: number, locale: string): string => x.toLocaleString(locale);
  const cells = big.rows * big.cols;
  return new JxError('usedRangeTooLarge', {
    'zh-CN':
      `工作表“${big.name}”的已用区域 ${address} 过大（${n(cells, 'zh-CN')} 个单元格，各表合计超过 ${n(HOST_READ_MAX_CELLS, 'zh-CN')} 个即无法读取），` +
      '通常是远处有零散的内容或格式。请在该表按 Ctrl+End 查看最后一个单元格，删除多余的行和列并保存后再检查。',
    'en-US':
      `The used range of sheet '${big.name}', ${address}, is too large to read (${n(cells, 'en-US')} cells; the sheets together may hold at most ${n(HOST_READ_MAX_CELLS, 'en-US')}), ` +
      'usually because of stray content or formatting far away. Press Ctrl+End on that sheet to see its last cell, delete the extra rows and columns, save, and check again.',
  });
}

/**
 * The refusal when Excel will not hand over even one row (or the sheets' bare dimensions) within its payload limit
 * (Excel on the web: 5 MB a response), naming the sheet and row when known, in place of Excel's English
 * `ResponsePayloadSizeLimitExceeded`. `row`: 0-based sheet row.
 */
export function tooLargeToRead(sheet: string | null, row: number | null): JxError {
  const zhWhere = sheet === null ? '工作簿' : row === null ? `工作表“${sheet}”` : `工作表“${sheet}”第 ${row + 1} 行`;
  const enWhere = sheet === null ? 'The workbook' : row === null ? `Sheet '${sheet}'` : `Row ${row + 1} of sheet '${sheet}'`;
  return new JxError('tooLargeToRead', {
    'zh-CN':
      `${zhWhere}的内容超过了 Excel 单次交给加载项的上限（Excel 网页版为 5 MB），无法在加载项中读取。` +
      '请将工作簿另存为 .xlsx 文件，用本工具的网页版或命令行（jx check）检查，或在 Excel 桌面版中打开后再检查。',
    'en-US':
      `${enWhere} holds more than Excel hands an add-in at once (5 MB in Excel on the web), so it cannot be read here. ` +
      "Save the workbook as an .xlsx file and check it with this tool's web page or command line (jx check), or open it in Excel on the desktop and check again.",
  });
}

/** UTF-8 length of a string (what a JSON payload costs on the wire). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v));
}

const ERROR_CODES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/**
 * Office.js `values` → model CellValue. Empty cells come as `''` (→ null); error cells come as their
 * code text, e.g. `#N/A` (→ ErrorValue; a text cell holding exactly an error code is read as that error,
 * which is what the user sees anyway). Dates come as serial numbers: readDates reads them by their formats.
 */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_CODES.has(v) ? errorValue(v) : v;
  return String(v);
}

/**
 * The numbers of a host's grid under a date format as the dates they show (in place), as the file reader reads them by
 * their cells' styles (adapters/xlsx: a DateValue): a 年度指标值 of 2018-12-31 was the number 43465 in the pane and WPS
 * (a target of ≥43465) and a date from the file; a date in a text column (备注) was its serial. Only the formats the host
 * loaded are known (the sample's rows, and past it the columns isFormatRead chose: a date column is one). A serial no day
 * of Excel's calendar (negative, past 9999) stays the number. `date1904`: the workbook counts its serials in the 1904 date
 * system (a file saved so by Mac Excel: every date 1,462 days less), as each host said for this read (the Office adapter
 * by DATE(1904,1,1), ET by `Workbook.Date1904`); false where it cannot say, the 1900 system's (the pane says so).
 */
export function readDates(values: CellValue[][], formats: ReadonlyArray<ReadonlyArray<string | null> | undefined>, date1904: boolean): void {
  const dated = new Map<string, boolean>();
  for (let r = 0; r < values.length; r++) {
    const fr = formats[r];
    if (!fr) continue;
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const f = fr[c];
      if (typeof v !== 'number' || !f) continue;
      let d = dated.get(f);
      if (d === undefined) dated.set(f, (d = isDateFormat(f)));
      if (d) row[c] = serialToDate(v, date1904) ?? v;
    }
  }
}

/**
 * Whether the model reads a number's format (the hosts' one test of which columns' formats are loaded past the
 * sampled rows, the Office adapter's and WPS's): a date's (the number is a date serial), or one the checks read
 * (read/formats.ts readsFormat: a percent, text around the number) — what the file reader keeps (adapters/xlsx/read.ts),
 * so that the pane, WPS and jx check read the same cells alike past a sheet's first rows too.
 */
export function isFormatRead(fmt: string | null | undefined): boolean {
  return isDateFormat(fmt) || (!!fmt && !isGeneralFormat(fmt) && readsFormat(fmt));
}

/**
 * Cells past a sheet's sample (its rows past the sample × its columns of plain numbers) up to which a column whose sample
 * holds numbers under no format the model reads has its formats loaded below the sample too (formatColumns). 50,000
 * cells answer ~500 KB (`"General",` is 10 bytes), inside the data syncs, no sync more: an indicator table, a ledger of
 * 5,000 projects. A 100,000-project ledger would add ~8 MB to its 34 MB for formats that are plain there nearly always:
 * past this size those columns are spot-checked instead (SPOT_ROWS).
 */
export const PLAIN_FORMAT_CELLS = 50_000;

/**
 * Rows of a sheet past its sample, evenly spaced, whose formats are read in the columns of plain numbers not loaded whole
 * (past PLAIN_FORMAT_CELLS): a column where one of them shows a format the model reads (isFormatRead) has its formats
 * loaded whole after all, and one where none does is said to be spot-checked (GridSheet.formatsSpotChecked, S018). 200
 * rows find any run of formatted rows longer than a 200th of the sheet (a prefecture's rows pasted with their 85%) for
 * ~90 KB of requests in the pane (~460 bytes a row's range) and at most 200 format reads a column in WPS.
 */
export const SPOT_ROWS = 200;

/** `n` rows evenly spaced over `from`…`to` (inclusive, ascending, the first and the last among them); all when they are fewer. */
export function spotRows(from: number, to: number, n = SPOT_ROWS): number[] {
  const count = to - from + 1;
  if (count <= n) return Array.from({ length: Math.max(0, count) }, (_, i) => from + i);
  return Array.from({ length: n }, (_, i) => from + Math.round((i * (count - 1)) / (n - 1)));
}

/**
 * The sample's columns (`vals`, `fmts`: its rows), `cols` wide: `read` where a sampled number carries a format the model
 * reads (isFormatRead), `plain` where the sampled numbers carry none.
 */
export function sampledColumns(vals: ReadonlyArray<ReadonlyArray<unknown>>, fmts: ReadonlyArray<ReadonlyArray<string | null | undefined>>, cols: number): { read: number[]; plain: number[] } {
  const read: number[] = [];
  const plain: number[] = [];
  for (let c = 0; c < cols; c++) {
    let numbers = false;
    let isRead = false;
    for (let r = 0; r < vals.length && !isRead; r++) {
      if (typeof vals[r]?.[c] !== 'number') continue;
      numbers = true;
      isRead = isFormatRead(fmts[r]?.[c]);
    }
    if (isRead) read.push(c);
    else if (numbers) plain.push(c);
  }
  return { read, plain };
}

/**
 * The columns whose formats are loaded past a sheet's sample, from the sample (`vals`, `fmts`: its rows), `cols` wide,
 * with `rowsPast` rows below it (the hosts' one decision, the Office adapter's and WPS's): every column where a sampled
 * number carries a format the model reads (isFormatRead); and, while `rowsPast` × the columns of plain numbers stays
 * within PLAIN_FORMAT_CELLS, those too — 实际完成值 plain numbers for 100 rows, then 0% or 0"家" below, as jx check reads
 * them on every row. Past that size those columns are spot-checked (SPOT_ROWS).
 */
export function formatColumns(vals: ReadonlyArray<ReadonlyArray<unknown>>, fmts: ReadonlyArray<ReadonlyArray<string | null | undefined>>, cols: number, rowsPast: number): number[] {
  const { read, plain } = sampledColumns(vals, fmts, cols);
  if (rowsPast <= 0 || !plain.length || rowsPast * plain.length > PLAIN_FORMAT_CELLS) return read;
  return [...read, ...plain].sort((a, b) => a - b);
}

/** A column whose formats past the sample were spot-checked: rows `first`…`last` of `values` hold its numbers, `checked` of them read. */
export interface SpotChecked {
  readonly col: number;
  readonly first: number;
  readonly last: number;
  readonly checked: number;
}

/** The first and last row from `from` on holding a number in column `col` of `values`; null when none does. */
export function numberRows(values: ReadonlyArray<ReadonlyArray<CellValue>>, col: number, from: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let r = from; r < values.length; r++) {
    if (typeof values[r]?.[col] !== 'number') continue;
    if (first < 0) first = r;
    last = r;
  }
  return first < 0 ? null : { first, last };
}

/**
 * The rows past a sheet's sample whose formats are still to be loaded, by column (the hosts' one decision, the Office
 * adapter's and WPS's): in each column whose sampled rows (`from` of them) hold no number — blank, or text — the span
 * from the first to the last number below them. The sample says nothing of such a column's numbers: a ledger whose
 * first 120 projects have no 立项日期, an indicator table whose first 100 targets are typed as text (≥49家) and whose
 * later ones are numbers under `"≥"0"家"`, which the pane and WPS read as 49 (T004, no unit) where jx check read ≥49家.
 * A column whose sample holds numbers keeps the sample's verdict (isFormatRead): loading the formats of every number
 * past the sample would add 8 MB of responses, two syncs, to a 100,000-row ledger's 34 MB, and one sync to every
 * ledger past the sample, for formats the checks do not read there. 0-based rows of `values`.
 */
export function numberSpans(
  values: ReadonlyArray<ReadonlyArray<CellValue>>,
  cols: number,
  from: number,
): Array<{ col: number; first: number; last: number }> {
  const out: Array<{ col: number; first: number; last: number }> = [];
  const sampled = Math.min(from, values.length);
  for (let c = 0; c < cols; c++) {
    let r = 0;
    while (r < sampled && typeof values[r]?.[c] !== 'number') r++;
    if (r < sampled) continue;
    const x = numberRows(values, c, from);
    if (x) out.push({ col: c, ...x });
  }
  return out;
}

/** A0-based rectangle, inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Covers a set of cells with few rectangles: horizontal runs per row, stacked while consecutive rows
 * have the same run. Deterministic (sorted by top, then left).
 */
export function coverWithRectangles(cells: Iterable<readonly [number, number]>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const [r, c] of cells) {
    const list = byRow.get(r);
    if (list) list.push(c);
    else byRow.set(r, [c]);
  }
  const done: Rect[] = [];
  const open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(r))].sort((a, b) => a - b);
    let i = 0;
    while (i < cols.length) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const k = `${cols[i]}:${cols[j]}`;
      const o = open.get(k);
      if (o && o.bottom === r - 1) o.bottom = r;
      else {
        if (o) done.push(o);
        open.set(k, { top: r, left: cols[i], bottom: r, right: cols[j] });
      }
      i = j + 1;
    }
  }
  for (const o of open.values()) done.push(o);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
