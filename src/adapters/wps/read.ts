/**
 * Reads the open workbook into a model Grid through ET's synchronous object model (every call blocks on a round trip
 * to WPS). The grid is what the Office adapter reads from Excel, so that the model finds the same things:
 *
 * - sheets in tab order, without the add-in's own hidden `_jx_*` sheets;
 * - values of the used range in row blocks of `Value2` (a scalar for one cell, maybe 1-D for one row: both taken),
 *   yielding to the page between blocks so the progress bar moves and 取消 stops the read;
 * - trimmed to the cells with values (ET's UsedRange also covers formatted empty cells);
 * - bounded to the data (dataBounds): past the first block holding values, COUNTA (`Application.WorksheetFunction.CountA`)
 *   of the column strips right of the values read says where the data's columns end, and of the rows below from which
 *   block on the used range holds nothing, so a sheet formatted far past its data (whole rows or columns formatted, as
 *   government templates come: a used range to column XFD) is read in blocks of its data's columns and rows, not in
 *   hundreds of empty ones 16,384 columns wide; a used range over the limit on cells (usedRangeTooLarge) is bounded so
 *   before it is refused (boundLargeSheets). A build without WorksheetFunction, or one whose CountA throws, miscounts the
 *   block read or answers inconsistently, is read block by block to the used range's end as before (over the limit:
 *   refused as before); formats and hidden columns are asked of the columns up to the last one holding a value;
 * - error cells: ET gives COM error numbers (-2146826246 for #N/A), confirmed by the cell's `Text`, or their code text;
 * - number formats: every column of the first `sampleRows` rows; beyond them the columns where a sampled number
 *   carries a format the model reads (isFormatRead: a date's, a percent, text around the number, as the file reader
 *   keeps) and, while few (formatColumns), those of plain numbers — past that, one NumberFormat per such column, and
 *   when its cells differ the evenly spaced rows of SPOT_ROWS (a column where one shows a format the model reads is
 *   read whole, the others noted in formatsSpotChecked: S018) — and the span of rows holding numbers in a column whose sample held none (numberSpans), read per column
 *   and halved where the formats differ (a mixed `NumberFormat` is null) down to spans of 4, read cell by cell: where
 *   formats change every cell that is 1.5 reads a cell (ET gives no less than one), the page yielded to between;
 * - merged areas: found by halving blocks whose `MergeCells` is null (some merged), down to blocks all merged, whose
 *   cells' `MergeArea` is read, one per area (calls grow with the areas, not faster; tested by counting calls);
 * - hidden rows (S013 names those holding projects, as the file readers give them): `Hidden` of the used rows, one
 *   call when none is hidden (the usual case), halved while it is null (some hidden): a few calls per run of hidden
 *   rows, never one per row;
 * - hidden columns (S003 says which of two columns read as one field is hidden): `Hidden` of the used columns
 *   (`Range("C:H")`, VBA's `EntireColumn.Hidden`), halved in the same way;
 * - the date system: `Workbook.Date1904`, one call a read — a workbook saved in the 1904 system (Mac Excel) holds its
 *   dates 1,462 days less, read as the file reader reads them; where ET gives no boolean, the 1900 system (and the pane
 *   says so: wps/support.ts).
 */
import { type CellValue, type Grid, type GridSheet, type Merge, columnLetters, errorValue } from '../../model/grid';
import { JxError } from '../../model/errors';
import { formatColumns, isAddinSheet, isFormatRead, isGeneralFormat, numberRows, numberSpans, readDates, sampledColumns, spotRows, toCellValue, usedRangeTooLarge, HOST_READ_MAX_CELLS, type SpotChecked } from '../office/util';
import { ET, type EtApplication, type EtWorkbook, type EtWorksheet, type EtWorksheetFunction } from './et';

export interface WpsReadOptions {
  readonly signal?: AbortSignal;
  /** 0..1 as blocks are read. */
  readonly onProgress?: (fraction: number) => void;
  /** Cells per Value2 block (default 50,000: 5,000 rows of a 10-column ledger). */
  readonly blockCells?: number;
  /** Rows whose formats are read in every column (default 100, as the Office adapter's sample). */
  readonly sampleRows?: number;
}

/** COM error values (HRESULTs of CVErr) as ET's JS bridge hands them over, by code. */
const COM_ERRORS = new Map<number, string>([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

/** A 0-based inclusive rectangle. */
export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function a1Box(b: Box): string {
  const tl = `${columnLetters(b.c0)}${b.r0 + 1}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? tl : `${tl}:${columnLetters(b.c1)}${b.r1 + 1}`;
}

/** Lets the page breathe (progress, 取消) between synchronous host calls. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
  const e = new Error('The operation was aborted.');
  e.name = 'AbortError';
  return e;
}

/** `Value2` as rows × cols: a scalar (one cell) and a 1-D array (one row, or one column) normalised (§2). */
export function toMatrix(v: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(v)) {
    if (rows === 1 && cols === 1) return [[v]];
    throw new Error(`Value2 of ${rows}×${cols} cells was not an array`);
  }
  if (v.length > 0 && !Array.isArray(v[0])) {
    if (rows === 1) return [v];
    if (cols === 1) return v.map((x) => [x]);
  }
  return v as unknown[][];
}

/**
 * The open workbook; a JxError when there is none (ET's ActiveWorkbook is null — the object model's Nothing — while
 * WPS has no document open, and the add-in loads at start-up).
 */
export function activeBook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new JxError('noWorkbook', { 'zh-CN': '没有打开的工作簿', 'en-US': 'No workbook is open' });
  return book;
}

/**
 * The open workbook's name (`Workbook.Name`): the file's name with its extension once saved, the name WPS gives a new
 * workbook (工作簿1) before. The check reads a prefecture from it as `jx check` reads one from the file's name.
 */
export function readWorkbookName(app: EtApplication): string | undefined {
  const name = activeBook(app).Name;
  return typeof name === 'string' && name ? name : undefined;
}

/**
 * Whether the workbook uses the 1904 date system, as ET says (`Workbook.Date1904`); null when it says nothing — a build
 * without the property (undefined, or a throw) — where the dates are read in the 1900 system.
 */
export function etDate1904(book: EtWorkbook): boolean | null {
  try {
    const v = book.Date1904;
    return typeof v === 'boolean' ? v : null;
  } catch {
    return null;
  }
}

export function etSheets(app: EtApplication): Array<{ ws: EtWorksheet; name: string; visible: number }> {
  const sheets = activeBook(app).Worksheets;
  const n = sheets.Count;
  const out: Array<{ ws: EtWorksheet; name: string; visible: number }> = [];
  for (let i = 1; i <= n; i++) {
    const ws = sheets.Item(i);
    out.push({ ws, name: ws.Name, visible: ws.Visible });
  }
  return out;
}

export async function readWorkbookGrid(app: EtApplication, options: WpsReadOptions = {}): Promise<Grid> {
  const blockCells = options.blockCells ?? 50_000;
  const sampleRows = options.sampleRows ?? 100;
  const check = (): void => {
    if (options.signal?.aborted) throw abortError();
  };
  let formatReads = 0;
  const pace = async (): Promise<void> => {
    if (++formatReads % READS_PER_YIELD !== 0) return;
    await yieldToPage();
    check();
  };
  const date1904 = etDate1904(activeBook(app)) === true;
  const sheets = etSheets(app).filter((s) => !(isAddinSheet(s.name) && s.visible !== ET.sheetVisible));
  const geometry = sheets.map(({ ws, name, visible }) => {
    const used = ws.UsedRange;
    return { ws, name, hidden: visible !== ET.sheetVisible, row0: used.Row - 1, col0: used.Column - 1, rows: used.Rows.Count, cols: used.Columns.Count };
  });
  const counter = new CellCounter(app);
  // A used range over the limit (usedRangeTooLarge) is bounded by COUNTA before it is refused: a sheet formatted to
  // column XFD and row 60,000 past a ledger in A1:V300 is read as its data; stray content far away still is refused.
  const bounds = usedRangeTooLarge(geometry) ? boundLargeSheets(counter, geometry, blockCells) : new Map<SheetGeometry, Extent>();
  const planned = geometry.map((g) => ({ ...g, ...bounds.get(g) }));
  const tooLarge = usedRangeTooLarge(planned);
  if (tooLarge) throw tooLarge;
  const totalRows = planned.reduce((n, g) => n + g.rows, 0) || 1;
  let doneRows = 0;
  const out: GridSheet[] = [];
  for (let i = 0; i < geometry.length; i++) {
    check();
    /** The part of the used range to read: all of it, until dataBounds bounds it once a block held values. */
    let g: SheetGeometry = planned[i];
    let bounded = bounds.has(geometry[i]);
    const values: CellValue[][] = [];
    let blockRows = rowsPerBlock(blockCells, g.cols);
    const merges: Merge[] = [];
    const mergeIndex = new MergeIndex();
    /** Empty rows read since the last row with a value: kept only when a value follows (a gap in the data). */
    let blank = 0;
    /** The rightmost column (relative) holding a value in the rows read. */
    let lastCol = -1;
    for (let first = 0; first < g.rows; ) {
      const n = Math.min(blockRows, g.rows - first);
      const box = { r0: g.row0 + first, c0: g.col0, r1: g.row0 + first + n - 1, c1: g.col0 + g.cols - 1 };
      const rows = toMatrix(g.ws.Range(a1Box(box)).Value2, n, g.cols);
      let last = -1;
      let seen = 0;
      rows.forEach((row, r) => {
        const cells = row.map((v, c) => cellValue(g.ws, v, box.r0 + r, box.c0 + c));
        let held = 0;
        cells.forEach((v, c) => {
          if (v === null) return;
          held++;
          lastCol = Math.max(lastCol, c);
        });
        if (held === 0) blank++;
        else {
          for (; blank > 0; blank--) values.push(new Array<CellValue>(g.cols).fill(null));
          values.push(cells);
          last = r;
          seen += held;
        }
      });
      // Bounded after a block holding two values at least: the check of COUNTA against the block (dataBounds) cannot
      // tell a bridge that counts a range's top-left cell alone from a true count when the block's one value is that
      // cell (a title above a ledger far below), and such a bridge would end the read at the title.
      let next = g;
      if (!bounded && seen > 1 && first + n < g.rows) {
        bounded = true;
        const b = dataBounds(counter, g, box, seen, lastCol, first + n, blockCells);
        if (b) {
          doneRows += g.rows - b.rows;
          next = { ...g, ...b };
          blockRows = rowsPerBlock(blockCells, next.cols);
        }
      }
      // Rows without a value after a block's last value (a sheet formatted down to row 1,048,576 past its data: ET's
      // UsedRange takes formatted cells) are not kept and not searched for merged areas: an area with a value starts on
      // a row that has one (its MergeArea is read whole there). Before, such a sheet kept a million empty rows (~0.5 GB)
      // and asked each block's MergeCells down to its cells; its formats and hidden rows are now asked of the rows up to
      // the data's end.
      if (last >= 0) findMerges(g.ws, { ...box, r1: box.r0 + last }, merges, mergeIndex);
      g = next;
      doneRows += n;
      first += n;
      options.onProgress?.(doneRows / totalRows);
      await yieldToPage();
      check();
    }
    // the used range down to its last row with a value and across to its last column with one: formats and hidden
    // columns are not asked of the columns right of the data (a sheet formatted to column XFD asked the formats of 16,384
    // columns' sample rows), whose cells the trimmed grid does not keep
    const read = { ...g, rows: values.length, cols: lastCol + 1 };
    for (const row of values) row.length = read.cols;
    const hiddenRows: number[] = [];
    const hiddenCols: number[] = [];
    if (read.rows > 0) {
      findHidden(g.ws, 'row', read.row0, read.row0 + read.rows - 1, hiddenRows);
      findHidden(g.ws, 'column', read.col0, read.col0 + read.cols - 1, hiddenCols);
    }
    const spotChecked: SpotChecked[] = [];
    const formats = await readFormats(read, values, sampleRows, pace, spotChecked);
    readDates(values, formats, date1904);
    out.push(trimmed(read, values, merges, formats, hiddenRows, hiddenCols, spotChecked));
  }
  return { sheets: out };
}

/** Rows of a `Value2` block `cols` wide (blockCells cells at most, one row at least). */
function rowsPerBlock(blockCells: number, cols: number): number {
  return Math.max(1, Math.floor(blockCells / cols));
}

/** How much of a used range holds data (from its top-left cell): rows and columns. */
interface Extent {
  readonly rows: number;
  readonly cols: number;
}

/**
 * The sheets of used ranges over the limit together (usedRangeTooLarge), bounded before the limit is applied: each
 * sheet's first block is read, and when it holds two values or more its dataBounds are asked (the bound is trusted on
 * the same terms as while reading). Largest first, until the rest fits; the blocks read here are read again with the
 * sheet. A sheet whose first block holds fewer values, or a host that does not answer, is left to the refusal as before.
 */
function boundLargeSheets(counter: CellCounter, geometry: ReadonlyArray<SheetGeometry>, blockCells: number): Map<SheetGeometry, Extent> {
  const out = new Map<SheetGeometry, Extent>();
  const area = (g: SheetGeometry): number => {
    const e = out.get(g) ?? g;
    return e.rows * e.cols;
  };
  for (const g of [...geometry].sort((a, b) => b.rows * b.cols - a.rows * a.cols)) {
    if (!counter.available() || geometry.reduce((n, x) => n + area(x), 0) <= HOST_READ_MAX_CELLS) break;
    const n = Math.min(rowsPerBlock(blockCells, g.cols), g.rows);
    if (n >= g.rows) continue;
    const box = { r0: g.row0, c0: g.col0, r1: g.row0 + n - 1, c1: g.col0 + g.cols - 1 };
    let seen = 0;
    let lastCol = -1;
    toMatrix(g.ws.Range(a1Box(box)).Value2, n, g.cols).forEach((row, r) =>
      row.forEach((v, c) => {
        if (cellValue(g.ws, v, box.r0 + r, box.c0 + c) === null) return;
        seen++;
        lastCol = Math.max(lastCol, c);
      }),
    );
    const b = seen > 1 ? dataBounds(counter, g, box, seen, lastCol, n, blockCells) : null;
    if (b) out.set(g, b);
  }
  return out;
}

/**
 * COUNTA through ET's worksheet functions: `Application.WorksheetFunction.CountA(range)`, declared in
 * `et-jsapi-declare` 2.5.0 `lib.et.d.ts` (`interface Application` line 781 `readonly WorksheetFunction`;
 * `interface WorksheetFunction` line 9253; `CountA(Arg1: any, … Arg30?: any): number` line 9398). COUNTA counts every
 * cell that is not empty — a value, an error, a formula (one returning "" too), in hidden rows too — so a range it
 * counts 0 holds nothing `Value2` would read. One call, whatever the range's size (WPS counts its own cells).
 *
 * The same typings declare `Range.End(Direction: XlDirection)` (line 1473) and `Range.Find(What, After, LookIn, LookAt,
 * SearchOrder, SearchDirection, …)` (line 1490); they are not used: End(xlUp) answers for one column a call and stops
 * at merged areas; Find leaves its LookIn/LookAt/SearchOrder as the user's next 查找 (VBA documents that it saves
 * them), and which cells it sees (hidden ones, formulas' values) turns on LookIn.
 *
 * undefined when this build does not answer — no WorksheetFunction, a throw, no count — and then not asked again in
 * this read (`off`, also when a count proves wrong).
 */
class CellCounter {
  /** undefined: not asked yet; null: this build does not answer (or answered wrong). */
  private wf: EtWorksheetFunction | null | undefined;
  constructor(private readonly app: EtApplication) {}

  /** Whether this build may answer (it has WorksheetFunction, and no count of it proved wrong yet). */
  available(): boolean {
    if (this.wf === undefined) {
      try {
        this.wf = this.app.WorksheetFunction ?? null;
      } catch {
        this.wf = null;
      }
    }
    return !!this.wf;
  }

  count(ws: EtWorksheet, box: Box): number | undefined {
    if (!this.available() || !this.wf) return undefined;
    try {
      const n: unknown = this.wf.CountA(ws.Range(a1Box(box)));
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) return n;
    } catch {
      // below: this build's CountA is not used again
    }
    this.off();
    return undefined;
  }

  off(): void {
    this.wf = null;
  }
}

/**
 * The part of the used range (from its top-left cell) holding data, by COUNTA (CellCounter). Asked once a sheet, after
 * its first block holding values (`block`, absolute, with `seen` cells holding one, the rightmost in column `lastCol`
 * relative; `next` the row after it): first COUNTA of that block, which must count at least `seen` — a build whose
 * bridge hands the range over wrong (a count of 0 or 1 where the block holds many) is not trusted: null, and the sheet
 * is read whole as before. Then the columns: COUNTA of the used rows right of `lastCol` — one call for a sheet formatted
 * to column XFD past a ledger in A:V — else of strips from further right (searchEnd); then the rows below `next` in
 * those columns, in blocks of `blockCells` cells of them: one call for a ledger whose data is in the blocks read. A host
 * that stops answering, or answers inconsistently (more cells in a part than in a range holding it), is no longer asked:
 * the columns or rows not yet bounded are read to the used range's end.
 */
function dataBounds(counter: CellCounter, g: SheetGeometry, block: Box, seen: number, lastCol: number, next: number, blockCells: number): Extent | null {
  const inBlock = counter.count(g.ws, block);
  if (inBlock === undefined || inBlock < seen) {
    counter.off();
    return null;
  }
  const strip = (c: number): number | undefined => counter.count(g.ws, { r0: g.row0, c0: g.col0 + c, r1: g.row0 + g.rows - 1, c1: g.col0 + g.cols - 1 });
  const cols = searchEnd(lastCol + 1, g.cols, 1, strip);
  if (cols === undefined) {
    counter.off();
    return null;
  }
  const below = (r: number): number | undefined => counter.count(g.ws, { r0: g.row0 + r, c0: g.col0, r1: g.row0 + g.rows - 1, c1: g.col0 + cols - 1 });
  const rows = searchEnd(next, g.rows, rowsPerBlock(blockCells, cols), below);
  if (rows === undefined) counter.off();
  const bounded = { cols, rows: rows ?? g.rows };
  // What is kept must hold every value of the used range: COUNTA of both, equal. A host that answers a large range
  // short (0 past some size, rather than throwing) passes the block's check above, and its strips would cut data off.
  if (bounded.cols < g.cols || bounded.rows < g.rows) {
    const whole = counter.count(g.ws, { r0: g.row0, c0: g.col0, r1: g.row0 + g.rows - 1, c1: g.col0 + g.cols - 1 });
    const kept = counter.count(g.ws, { r0: g.row0, c0: g.col0, r1: g.row0 + bounded.rows - 1, c1: g.col0 + bounded.cols - 1 });
    if (whole === undefined || kept === undefined || whole !== kept) {
      counter.off();
      return null;
    }
  }
  return bounded;
}

/**
 * Where a range ends along one axis (relative, `from`..`end`, on steps of `unit` from `from`, or `end`): the first
 * step from which COUNTA (`countFrom(at)`: of the range from `at` to `end`) is 0. One call when it is 0 from `from`;
 * else steps of `unit`, 2, 4, … on until one is empty, and halving between: calls grow with the log of the distance.
 * undefined when the host does not answer, or counts more from a step than from one before it (a part holding more
 * than the whole: the counts are not to be trusted).
 */
function searchEnd(from: number, end: number, unit: number, countFrom: (at: number) => number | undefined): number | undefined {
  if (from >= end) return end;
  // lo: from it on the range holds `held` cells (> 0); hi: from it on, nothing (end: nothing left)
  let lo = from;
  const all = countFrom(lo);
  if (all === undefined) return undefined;
  if (all === 0) return lo;
  let held = all;
  let hi = end;
  const at = (x: number): number | undefined => {
    const n = countFrom(x);
    return n === undefined || n > held ? undefined : n;
  };
  for (let step = unit; lo + step < end; step *= 2) {
    const n = at(lo + step);
    if (n === undefined) return undefined;
    if (n === 0) {
      hi = lo + step;
      break;
    }
    lo += step;
    held = n;
  }
  while (hi - lo > unit) {
    const mid = lo + unit * Math.floor(Math.ceil((hi - lo) / unit) / 2);
    const n = at(mid);
    if (n === undefined) return undefined;
    if (n === 0) hi = mid;
    else {
      lo = mid;
      held = n;
    }
  }
  return hi;
}

function cellValue(ws: EtWorksheet, v: unknown, r: number, c: number): CellValue {
  if (typeof v === 'number' && COM_ERRORS.has(v)) {
    // A COM error number: the cell's text says whether it is the error (it is, unless someone typed that number).
    const text = ws.Range(a1Box({ r0: r, c0: c, r1: r, c1: c })).Text;
    if (typeof text === 'string' && text.startsWith('#')) return errorValue(COM_ERRORS.get(v)!);
  }
  return toCellValue(v);
}

interface SheetGeometry {
  ws: EtWorksheet;
  name: string;
  /** Hidden or very hidden: the model puts a visible sheet before it (an old 配置 kept hidden is no 配置). */
  hidden: boolean;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

/**
 * A mixed span (its NumberFormat null) holding at most this many cells to read is read cell by cell rather than halved:
 * where formats change cell by cell (a column sorted after ledgers with different date formats were pasted together,
 * an indicator table's 0"家" and 0% in turn) halving read about two formats a cell; this reads at most 1.5 a cell
 * (a halving above each group of 4), and no more than before where the formats run long.
 */
const SINGLE_CELLS = 4;
/** Format reads between two yields to the page (progress, 取消), as the values' blocks yield. */
const READS_PER_YIELD = 2_000;

/**
 * Formats of the sample rows in every column; beyond them, of the columns formatColumns names, and of
 * the numbers of columns whose sample held none (numberSpans). `General` is no format. `pace` is awaited before each
 * read (it yields to the page now and then, and throws when the read was cancelled).
 */
async function readFormats(
  g: SheetGeometry,
  values: ReadonlyArray<ReadonlyArray<CellValue>>,
  sampleRows: number,
  pace: () => Promise<void>,
  spotChecked: SpotChecked[],
): Promise<Array<Array<string | null>>> {
  const formats: Array<Array<string | null>> = values.map((row) => row.map(() => null));
  if (g.rows === 0 || values.every((row) => row.every((v) => v === null))) return formats;
  const sample = Math.min(sampleRows, g.rows);
  const reader = new ColumnFormats(g, formats, pace);
  for (let c = 0; c < g.cols; c++) await reader.read(c, 0, sample - 1);
  if (sample >= g.rows) return formats;
  const loaded = formatColumns(values.slice(0, sample), formats.slice(0, sample), g.cols, g.rows - sample);
  for (const c of loaded) await reader.read(c, sample, g.rows - 1);
  // the columns of plain numbers left out (too many cells): one NumberFormat when their rows past the sample share one,
  // else the evenly spaced rows of util.ts SPOT_ROWS, and the whole column when one of them shows a format the model reads
  for (const c of sampledColumns(values.slice(0, sample), formats.slice(0, sample), g.cols).plain) {
    const x = loaded.includes(c) ? null : numberRows(values, c, sample);
    if (!x || (await reader.uniform(c, x.first, x.last))) continue;
    const rows = spotRows(x.first, x.last).filter((r) => typeof values[r][c] === 'number');
    let found = false;
    for (const r of rows) if (!found) found = isFormatRead(await reader.cell(c, r));
    if (found) await reader.read(c, x.first, x.last, values);
    else spotChecked.push({ col: g.col0 + c, first: g.row0 + x.first, last: g.row0 + x.last, checked: rows.length });
  }
  // and the numbers past the sample of a column whose sample held none (numberSpans): one call when they share a format
  for (const x of numberSpans(values, g.cols, sample)) await reader.read(x.col, x.first, x.last, values);
  return formats;
}

/** Reads the formats of column spans into `out`: one NumberFormat for rows that agree, else halves (SINGLE_CELLS). */
class ColumnFormats {
  constructor(
    private readonly g: SheetGeometry,
    private readonly out: Array<Array<string | null>>,
    private readonly pace: () => Promise<void>,
  ) {}

  /**
   * Rows r0..r1 (relative) of column c: one NumberFormat when they agree, else halves; with `numbersOf`, only its
   * numbers' formats are read (a half holding none is passed over).
   */
  async read(c: number, r0: number, r1: number, numbersOf?: ReadonlyArray<ReadonlyArray<CellValue>>): Promise<void> {
    const wanted = (r: number): boolean => !numbersOf || typeof numbersOf[r][c] === 'number';
    const todo: Array<[number, number]> = [[r0, r1]];
    while (todo.length) {
      const [a, b] = todo.pop()!;
      let cells = 0;
      for (let r = a; r <= b && cells <= SINGLE_CELLS; r++) if (wanted(r)) cells++;
      if (cells === 0) continue;
      const f = await this.format(c, a, b);
      if (f !== null || a === b) {
        this.fill(c, a, b, f);
        continue;
      }
      if (cells <= SINGLE_CELLS) {
        for (let r = a; r <= b; r++) if (wanted(r)) this.fill(c, r, r, await this.format(c, r, r));
        continue;
      }
      // the first half a power of two of rows, so that the halves end in spans of SINGLE_CELLS (not of 2 or 3)
      let half = 1;
      while (2 * half < b - a + 1) half *= 2;
      todo.push([a + half, b], [a, a + half - 1]);
    }
  }

  /** Rows r0..r1 of column c in one NumberFormat: filled and true when they share one, false when they differ. */
  async uniform(c: number, r0: number, r1: number): Promise<boolean> {
    const f = await this.format(c, r0, r1);
    if (f !== null) this.fill(c, r0, r1, f);
    return f !== null;
  }

  /** One cell's format, filled (null: General). */
  async cell(c: number, r: number): Promise<string | null> {
    this.fill(c, r, r, await this.format(c, r, r));
    return this.out[r][c];
  }

  private fill(c: number, r0: number, r1: number, f: string | null): void {
    const fmt = f === null || isGeneralFormat(f) ? null : f;
    for (let r = r0; r <= r1; r++) this.out[r][c] = fmt;
  }

  private async format(c: number, r0: number, r1: number): Promise<string | null> {
    await this.pace();
    const g = this.g;
    return g.ws.Range(a1Box({ r0: g.row0 + r0, c0: g.col0 + c, r1: g.row0 + r1, c1: g.col0 + c })).NumberFormat;
  }
}

/**
 * The merged areas found so far, by the rows they cover: which one holds a cell, or a whole box, in a few steps
 * however many there are (a list searched from the start made reading 8,000 merged rows quadratic).
 */
export class MergeIndex {
  private readonly byRow = new Map<number, Merge[]>();
  add(m: Merge): void {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = this.byRow.get(r);
      if (list) list.push(m);
      else this.byRow.set(r, [m]);
    }
  }
  at(r: number, c: number): Merge | undefined {
    return this.byRow.get(r)?.find((m) => m.left <= c && c <= m.right);
  }
  /** The area holding all of `b`, if one does. */
  holding(b: Box): Merge | undefined {
    const m = this.at(b.r0, b.c0);
    return m && m.bottom >= b.r1 && m.right >= b.c1 ? m : undefined;
  }
}

/**
 * The merged areas meeting `box` (absolute), into `out` (and `index`): halves the box while its MergeCells is null (some
 * cells merged); a box all merged (true) is walked cell by cell, reading the MergeArea of each cell no area found yet
 * holds — one call per area, where halving took about six (a sheet with a merged pair in every row).
 */
export function findMerges(ws: EtWorksheet, box: Box, out: Merge[], index: MergeIndex): void {
  if (index.holding(box)) return;
  const mc = ws.Range(a1Box(box)).MergeCells;
  if (mc === false) return;
  if (mc === true || (box.r0 === box.r1 && box.c0 === box.c1)) {
    for (let r = box.r0; r <= box.r1; r++) {
      for (let c = box.c0; c <= box.c1; ) {
        const known = index.at(r, c);
        if (known) {
          c = known.right + 1;
          continue;
        }
        const area = ws.Range(a1Box({ r0: r, c0: c, r1: r, c1: c })).MergeArea;
        const top = area.Row - 1;
        const left = area.Column - 1;
        const m = { top, left, bottom: top + area.Rows.Count - 1, right: left + area.Columns.Count - 1 };
        if (m.bottom > m.top || m.right > m.left) {
          out.push(m);
          index.add(m);
        }
        c = Math.max(c, m.right) + 1;
      }
    }
    return;
  }
  if (box.c0 === box.c1) {
    const mid = (box.r0 + box.r1) >> 1;
    findMerges(ws, { ...box, r1: mid }, out, index);
    findMerges(ws, { ...box, r0: mid + 1 }, out, index);
  } else {
    const mid = (box.c0 + box.c1) >> 1;
    findMerges(ws, { ...box, c1: mid }, out, index);
    findMerges(ws, { ...box, c0: mid + 1 }, out, index);
  }
}

/**
 * The hidden rows (columns) among a0..a1 (0-based sheet rows or columns), ascending: `Hidden` of whole rows (`12:15`) or
 * whole columns (`C:H`), halved while some are (null).
 */
export function findHidden(ws: EtWorksheet, axis: 'row' | 'column', a0: number, a1: number, out: number[]): void {
  const address = axis === 'row' ? `${a0 + 1}:${a1 + 1}` : `${columnLetters(a0)}:${columnLetters(a1)}`;
  const hidden = ws.Range(address).Hidden;
  if (hidden === false) return;
  if (hidden === true || a0 === a1) {
    if (hidden === true) for (let a = a0; a <= a1; a++) out.push(a);
    return;
  }
  const mid = (a0 + a1) >> 1;
  findHidden(ws, axis, a0, mid, out);
  findHidden(ws, axis, mid + 1, a1, out);
}

/** The sheet cut to the cells with values (as Excel's values-only used range); merges that meet it; its hidden rows and columns among them. */
function trimmed(
  g: SheetGeometry,
  values: CellValue[][],
  merges: Merge[],
  formats: Array<Array<string | null>>,
  hiddenRows: ReadonlyArray<number>,
  hiddenCols: ReadonlyArray<number>,
  spotChecked: ReadonlyArray<SpotChecked>,
): GridSheet {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }),
  );
  const hidden = g.hidden ? { hidden: true } : {};
  if (r1 < 0) return { name: g.name, values: [], origin: { row: 0, col: 0 }, merges: [], ...hidden };
  const cut = <T>(rows: T[][]): T[][] => rows.slice(r0, r1 + 1).map((row) => row.slice(c0, c1 + 1));
  const origin = { row: g.row0 + r0, col: g.col0 + c0 };
  const end = { row: g.row0 + r1, col: g.col0 + c1 };
  const kept = merges.filter((m) => m.top <= end.row && m.bottom >= origin.row && m.left <= end.col && m.right >= origin.col);
  const fmts = cut(formats);
  const hasFormats = fmts.some((row) => row.some((f) => f !== null));
  const rowsHidden = hiddenRows.filter((r) => r >= origin.row && r <= end.row);
  const colsHidden = hiddenCols.filter((c) => c >= origin.col && c <= end.col);
  return {
    name: g.name,
    values: cut(values),
    origin,
    merges: kept,
    ...(hasFormats ? { numberFormats: fmts } : {}),
    ...hidden,
    ...(rowsHidden.length ? { hiddenRows: rowsHidden } : {}),
    ...(colsHidden.length ? { hiddenCols: colsHidden } : {}),
    ...(spotChecked.length ? { formatsSpotChecked: spotChecked } : {}),
  };
}
