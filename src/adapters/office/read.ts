/**
 * Reads the workbook into a model Grid with few `context.sync()` calls and every payload under budget (the
 * planning — how many bytes, which rows in which sync — is readPlan.ts; this file makes the Office calls).
 *
 * Sync 1 ("probe") walks the sheets with `getFirst()` / `getNextOrNullObject()` (so names, used ranges,
 * merged areas and a sample of the first rows of every sheet are queued before any sheet name is known)
 * and loads, per sheet: name, visibility, the values-only used range's position and size, its merged
 * areas, and the values + number formats of its first `sampleRows` rows.
 * A sheet that fits in the sample is complete after sync 1 (a 100-row ledger is read in ONE sync).
 *
 * Sync 2… ("data") load the remaining rows in row blocks, over the fewest syncs whose responses stay under the
 * budget (default 4.8 MB, under Excel on the web's 5 MB limit on a response): when everything fits in one, the
 * read takes 2 syncs. If a data sync still exceeds the limit (rows later in the sheet much longer than measured),
 * it is split in two and retried; if the probe itself fails (too large for very many/wide sheets), it is redone
 * without samples.
 *
 * Number formats past the sample: with the values, the columns where a sampled number carries a format the model reads
 * (util.ts isFormatRead), and those of plain numbers while rows × columns stay within 50,000 cells (formatColumns); after them, in one more sync or a few (bounded by the budget, split when refused), the numbers
 * of a column whose sample held none (util.ts numberSpans: targets typed as text in the first 100 rows, then numbers
 * under `"≥"0"家"`). Past 50,000 cells the columns of plain numbers are spot-checked (planSpots): their formats at
 * SPOT_ROWS evenly spaced rows, one range a row, loaded in the data syncs with the rows they lie in (no sync more; their
 * response bytes in the plan, their requests — ~460 bytes each — within one budget for all sheets); a column where one
 * shows a format the model reads is loaded whole with the late formats, the others are noted
 * (GridSheet.formatsSpotChecked: S018 says so on an indicator table's value columns).
 *
 * Hidden rows (by hand, by a filter, in a collapsed group: S013 names those holding projects, as the file readers give
 * them): the probe loads the used range's `rowHidden` (ExcelApi 1.2: false when no row is hidden, true when all are,
 * null when some are), a few bytes per sheet. Only a sheet with some rows hidden costs more: one sync (rarely more) asks
 * `getRowProperties({ rowHidden: true })` (ExcelApi 1.9) of its used rows — one request per sheet, not one per row —
 * answered with ~20 bytes a row (`{"rowHidden":false}`), budgeted as the data syncs are and split in two when Excel
 * refuses the size. ExcelApi 1.9 is there wherever the add-in runs (its manifest requires SharedRuntime 1.1: Windows
 * 2002+, Mac 16.35+, the web, all ExcelApi 1.11 or later); `hiddenRows: false` skips it.
 *
 * Hidden columns (S003 says which of two columns read as one field is hidden, as the file readers give them): the same
 * way, the probe loads the used range's `columnHidden` (ExcelApi 1.2), and a sheet with some columns hidden costs one
 * request of `getColumnProperties({ columnHidden: true })` (ExcelApi 1.9) over its used columns, all such sheets in one
 * sync as far as the budget holds (~23 bytes a column); `hiddenColumns: false` skips it.
 *
 * The date system: the first probe sync also asks the workbook for DATE(1904, 1, 1) (`workbook.functions.date`, ExcelApi
 * 1.2: every Excel that runs the add-in): 0 in a workbook that uses the 1904 date system (a file saved so by Mac Excel),
 * 1462 in the 1900 one. A 1904 workbook's serials are 1,462 days less for the same day, so its dates (合同开始日期, a
 * date 年度指标值) are read in that system, as the file reader reads them from `workbookPr date1904`. Office.js has no
 * property for it in any requirement set (`Workbook.use1904DateSystem` is a preview API, ExcelApi BETA, in no shipped
 * office.js); DATE's year "is a number from 1900 or 1904 (depending on the workbook's date system)" (`Functions.date`).
 * One request more in a sync the read makes anyway; with `dateSystem: false` (an Excel without ExcelApi 1.2, which the
 * pane names: support.ts) none, and the 1900 system.
 *
 * Merged areas need ExcelApi 1.13 (`getMergedAreasOrNullObject`); with `mergedAreas: false` (older Excel: Windows
 * before 2102, Mac before 16.50) the sheets are read without them. Excel lists only the merged areas whose top-left
 * cell lies in the range asked about (office-js#3611), so they are asked of the range from A1 to the used range's
 * last cell, which holds the top-left cell of every area that meets the used range — an empty area starting above
 * or left of it too — and those that meet it are kept (as the WPS reader keeps them, and as a file lists them).
 * A sheet with tens of thousands of merged areas (~64 bytes each: 100,000 merged rows answer 6.4 MB) makes the probe
 * too large; the second probe then only counts them (`areaCount`) and loadMerges asks for them in row blocks sized by
 * that count, each block listing the areas whose top-left cell it holds.
 *
 * What Excel will not hand over at all (one row above the limit) is refused with a JxError naming the sheet and row
 * (util.ts tooLargeToRead), never Excel's English `ResponsePayloadSizeLimitExceeded`.
 *
 * Assumption about Excel (modelled by the test fake): methods called on a null object (past the last sheet
 * in the walk, or on an empty sheet's null used range) give null objects, and loads on them are no-ops.
 */
import { type CellValue, type Grid, type GridSheet, type Merge } from '../../model/grid';
import {
  RANGE_OVERHEAD_BYTES,
  type ReadChunk,
  type ReadPlan,
  type SheetToRead,
  estimateFromSample,
  learn,
  planData,
  range,
  rowBytes,
  runs,
  splitChunks,
  unmeasuredBytesPerRow,
} from './readPlan';
import {
  DEFAULT_BUDGET_BYTES,
  isAddinSheet,
  isFormatRead,
  isGeneralFormat,
  isPayloadLimitError,
  jsonBytes,
  numberRows,
  numberSpans,
  readDates,
  sampledColumns,
  spotRows,
  SPOT_ROWS,
  type SpotChecked,
  toCellValue,
  tooLargeToRead,
  usedRangeTooLarge,
} from './util';

export type { ReadChunk, ReadPlan } from './readPlan';

export interface ReadOptions {
  /** Bytes one sync may load (default 4.8 MB). */
  readonly budgetBytes?: number;
  /** Rows sampled in sync 1 (header detection, bytes per row, date columns). Default 100. */
  readonly sampleRows?: number;
  /** Sheets walked per probe sync (more sheets → another probe sync). Default 24. */
  readonly sheetsPerProbe?: number;
  /** `dates` (default): number formats beyond the sample only for date columns; `all`: for every column. */
  readonly numberFormats?: 'dates' | 'all';
  /** Rows per loaded range inside a sync. Default 10,000. */
  readonly blockRows?: number;
  /** Read merged areas (ExcelApi 1.13). Default true. */
  readonly mergedAreas?: boolean;
  /** Say which rows are hidden (ExcelApi 1.9's getRowProperties, asked only of sheets with hidden rows). Default true. */
  readonly hiddenRows?: boolean;
  /** Say which columns are hidden (getColumnProperties, asked only of sheets with hidden columns). Default true. */
  readonly hiddenColumns?: boolean;
  /** Ask the workbook whether it uses the 1904 date system (`workbook.functions.date`, ExcelApi 1.2). Default true; false: the 1900 system. */
  readonly dateSystem?: boolean;
  /** Called with the plan before the data syncs (for diagnostics and tests). */
  readonly onPlan?: (plan: ReadPlan) => void;
}

interface Probe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  sample: Excel.Range | null;
}

interface SheetRead extends SheetToRead {
  ws: Excel.Worksheet;
  /** Hidden or very hidden: the model puts a visible sheet before it (an old 配置 kept hidden is no 配置). */
  hidden: boolean;
  row0: number;
  col0: number;
  values: CellValue[][];
  formats: Array<Array<string | null>>;
  merges: Merge[];
  /** Rows whose size was measured (the sample's data rows, then rows of the data syncs). */
  measured: number;
  /** The used range's rows are all hidden (true), none (false) or some (null: asked row by row). */
  rowHidden: boolean | null;
  /** Hidden rows of the used range, 0-based sheet rows, ascending. */
  hiddenRows: number[];
  /** The used range's columns are all hidden (true), none (false) or some (null: asked column by column). */
  columnHidden: boolean | null;
  /** Hidden columns of the used range, 0-based sheet columns, ascending. */
  hiddenCols: number[];
  /** Columns of plain numbers left out of formatCols (0-based within the used range), spot-checked at `spotRows` (planSpots). */
  spotCols: number[];
  spotRows: number[];
  /** Those whose formats past the sample were spot-checked and not loaded (0-based sheet rows and columns). */
  spotChecked: SpotChecked[];
}

export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const blockRows = options.blockRows ?? 10000;
  const withMerges = options.mergedAreas ?? true;
  const askDates = options.dateSystem ?? true;
  let sampleRows = options.sampleRows ?? 100;
  let probes: Probe[];
  let probeSyncs = 0;
  let date1904: boolean;
  /** Merged areas left for their own syncs (the probe only counted them). */
  let mergesPaged = false;
  try {
    const r = await probeSheets(context, options.sheetsPerProbe ?? 24, sampleRows, withMerges ? 'areas' : 'none', askDates);
    probes = r.probes;
    probeSyncs = r.syncs;
    date1904 = r.date1904;
  } catch {
    // Too much in one probe (hundreds of wide sheets, a sheet with tens of thousands of merged areas), or a sample
    // that cannot be taken (a used range ending within `sampleRows` of the sheet's last row): probe dimensions and
    // the number of merged areas only, then read the areas (loadMerges) and everything else as data.
    // A persistent error (no workbook, lost connection) fails the second probe too and is thrown from there.
    sampleRows = 0;
    mergesPaged = withMerges;
    const r = await asTooLarge(probeSheets(context, options.sheetsPerProbe ?? 24, 0, withMerges ? 'count' : 'none', askDates));
    probes = r.probes;
    probeSyncs = 1 + r.syncs;
    date1904 = r.date1904;
  }

  const tooLarge = usedRangeTooLarge(
    probes
      .filter((p) => !p.used.isNullObject && !(isAddinSheet(p.ws.name) && p.ws.visibility !== 'Visible'))
      .map((p) => ({ name: p.ws.name, row0: p.used.rowIndex, col0: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount })),
  );
  if (tooLarge) throw tooLarge;

  const sheets: SheetRead[] = [];
  for (const p of probes) {
    const name = p.ws.name;
    if (isAddinSheet(name) && p.ws.visibility !== 'Visible') continue;
    const used = !p.used.isNullObject;
    const s: SheetRead = {
      name,
      ws: p.ws,
      hidden: p.ws.visibility !== 'Visible',
      row0: used ? p.used.rowIndex : 0,
      col0: used ? p.used.columnIndex : 0,
      rows: used ? p.used.rowCount : 0,
      cols: used ? p.used.columnCount : 0,
      done: 0,
      values: [],
      formats: [],
      merges: p.merged && used && !mergesPaged ? mergesOf(p.merged).filter((m) => meets(m, p.used)) : [],
      sampled: 0,
      measured: 0,
      rowHidden: used ? p.used.rowHidden : false,
      hiddenRows: [],
      columnHidden: used ? p.used.columnHidden : false,
      hiddenCols: [],
      spotCols: [],
      spotRows: [],
      spotChecked: [],
      bytesPerRow: 0,
      formatCols: [],
    };
    sheets.push(s);
    if (!used) continue;
    if (p.sample) {
      const n = Math.min(s.rows, p.sample.values.length);
      const vals = p.sample.values.slice(0, n);
      const fmts = p.sample.numberFormat.slice(0, n) as string[][];
      for (let r = 0; r < n; r++) {
        s.values.push(vals[r].map(toCellValue));
        s.formats.push(fmts[r].map(toFormat));
      }
      s.sampled = n;
      s.done = n;
      estimateFromSample(s, vals, fmts, options.numberFormats ?? 'dates');
      s.measured = Math.max(0, n - 10);
    } else {
      s.bytesPerRow = unmeasuredBytesPerRow(s.cols);
      s.formatCols = range(s.cols);
    }
  }

  if (mergesPaged) {
    const spans: MergeSpan[] = [];
    for (const s of sheets) {
      const merged = probes.find((p) => p.ws === s.ws)?.merged;
      if (merged && !merged.isNullObject && s.rows > 0 && merged.areaCount > 0) spans.push(mergeSpan(s, merged.areaCount));
    }
    await loadMerges(context, spans, budget);
  }

  if (options.hiddenRows ?? true) {
    for (const s of sheets) if (s.rowHidden === true) s.hiddenRows = range(s.rows).map((r) => s.row0 + r);
    const some = sheets.filter((s) => s.rowHidden === null && s.rows > 0);
    if (some.length) await loadHidden(context, some.map((s) => ({ s, first: 0, rows: s.rows })), budget, 'row');
  }
  if (options.hiddenColumns ?? true) {
    for (const s of sheets) if (s.columnHidden === true) s.hiddenCols = range(s.cols).map((c) => s.col0 + c);
    const some = sheets.filter((s) => s.columnHidden === null && s.cols > 0);
    if (some.length) await loadHidden(context, some.map((s) => ({ s, first: 0, rows: s.cols })), budget, 'column');
  }

  planSpots(sheets, budget);
  // The plan, then one data sync at a time; after each, what the loaded rows measured corrects the rest.
  let plan = planData(sheets, budget, probeSyncs);
  options.onPlan?.(plan);
  while (plan.dataSyncs.length > 0) {
    await loadChunks(context, sheets, plan.dataSyncs[0], blockRows);
    plan = planData(sheets, budget, probeSyncs);
  }
  // The formats of numbers past the samples in columns whose samples held none (numberSpans), and of the columns of plain
  // numbers too many to load with the values (formatColumns) where evenly spaced rows show a format the model reads.
  const late = sheets.flatMap((s) => (s.sampled > 0 && s.formatCols.length < s.cols ? numberSpans(s.values, s.cols, s.sampled).map((x) => lateSpan(s, x)) : []));
  const whole = sheets.flatMap((s) => spotVerdicts(s));
  if (late.length + whole.length) await loadLateFormats(context, late.concat(whole), budget);

  return {
    sheets: sheets.map((s): GridSheet => {
      readDates(s.values, s.formats, date1904);
      const hasFormats = s.formats.some((row) => row.some((f) => f !== null));
      return {
        name: s.name,
        values: s.values,
        origin: { row: s.row0, col: s.col0 },
        merges: s.merges,
        ...(hasFormats ? { numberFormats: s.formats } : {}),
        ...(s.hidden ? { hidden: true } : {}),
        ...(s.hiddenRows.length ? { hiddenRows: s.hiddenRows } : {}),
        ...(s.hiddenCols.length ? { hiddenCols: s.hiddenCols } : {}),
        ...(s.spotChecked.length ? { formatsSpotChecked: s.spotChecked } : {}),
      };
    }),
  };
}

/**
 * Walks all sheets, `perSync` at a time, queueing the probe loads of each; `merges`: the merged areas themselves, only
 * how many there are (`areaCount`, ExcelApi 1.9: a few bytes however many), or nothing. `askDates`: DATE(1904, 1, 1)
 * is asked with the first sheets (no sync more): `date1904` when the workbook answers 0.
 */
async function probeSheets(
  context: Excel.RequestContext,
  perSync: number,
  sampleRows: number,
  merges: 'areas' | 'count' | 'none',
  askDates: boolean,
): Promise<{ probes: Probe[]; syncs: number; date1904: boolean }> {
  const probes: Probe[] = [];
  let syncs = 0;
  const day = askDates ? context.workbook.functions.date(1904, 1, 1).load('value') : null;
  const done = (): { probes: Probe[]; syncs: number; date1904: boolean } => ({ probes, syncs, date1904: day?.value === 0 });
  let ws: Excel.Worksheet = context.workbook.worksheets.getFirst();
  for (;;) {
    const batch: Probe[] = [];
    for (let i = 0; i < perSync; i++) {
      ws.load('name,visibility');
      // Null objects propagate: past the last sheet every proxy below is a null object.
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
      let merged: Excel.RangeAreas | null = null;
      if (merges !== 'none') {
        merged = used.getBoundingRect(ws.getRange('A1')).getMergedAreasOrNullObject();
        merged.load(merges === 'count' ? 'areaCount' : AREA_PROPS.map((p) => `areas/items/${p}`));
      }
      let sample: Excel.Range | null = null;
      if (sampleRows > 0) {
        sample = used.getRow(0).getResizedRange(sampleRows - 1, 0);
        sample.load('values,numberFormat');
      }
      batch.push({ ws, used, merged, sample });
      ws = ws.getNextOrNullObject();
    }
    ws.load('name');
    // One sync per `perSync` sheets, not per sheet: how many sheets there are is known only once the walk has
    // reached a null object, and a probe of every sheet at once can exceed the payload limit (hundreds of wide sheets).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- batched by design, see above
    await context.sync();
    syncs++;
    for (const p of batch) {
      if (p.ws.isNullObject) return done();
      probes.push(p);
    }
    if (ws.isNullObject) return done();
  }
}

/** Bytes of one row in getRowProperties({ rowHidden: true })'s answer: `{"rowHidden":false},` is 20; room for more. */
export const ROW_PROPERTIES_BYTES = 24;
/** Bytes of one column in getColumnProperties({ columnHidden: true })'s answer: `{"columnHidden":false},` is 23. */
export const COLUMN_PROPERTIES_BYTES = 27;

/** Rows (or columns: `rows` counts them) of a sheet's used range whose hidden state is asked in one request. */
interface RowSpan {
  s: SheetRead;
  /** First row (column), relative to the used range. */
  first: number;
  rows: number;
}

type Axis = 'row' | 'column';

/**
 * The hidden rows (columns) of `spans` (sheets whose used range has some hidden): getRowProperties (getColumnProperties)
 * of each span, as many spans per sync as `budget` holds; a sync Excel refuses for its size is split in two.
 */
async function loadHidden(context: Excel.RequestContext, spans: ReadonlyArray<RowSpan>, budget: number, axis: Axis): Promise<void> {
  const perSync = Math.max(1, Math.floor(budget / (axis === 'row' ? ROW_PROPERTIES_BYTES : COLUMN_PROPERTIES_BYTES)));
  const syncs: RowSpan[][] = [[]];
  let room = perSync;
  for (const span of spans) {
    for (let first = span.first; first < span.first + span.rows; ) {
      if (room === 0) {
        syncs.push([]);
        room = perSync;
      }
      const rows = Math.min(room, span.first + span.rows - first);
      syncs[syncs.length - 1].push({ s: span.s, first, rows });
      first += rows;
      room -= rows;
    }
  }
  for (const part of syncs) await hiddenSync(context, part, axis);
  for (const span of spans) (axis === 'row' ? span.s.hiddenRows : span.s.hiddenCols).sort((a, b) => a - b);
}

/** `spans` (of `rows` rows in all) cut into two syncs' worth, the first holding half the rows: a sync refused for its size done again in two. */
function halves<T extends { first: number; rows: number }>(spans: ReadonlyArray<T>, rows: number): [T[], T[]] {
  const half: [T[], T[]] = [[], []];
  let left = Math.floor(rows / 2);
  for (const x of spans) {
    const a = Math.min(left, x.rows);
    if (a > 0) half[0].push({ ...x, rows: a });
    if (x.rows > a) half[1].push({ ...x, first: x.first + a, rows: x.rows - a });
    left -= a;
  }
  return half;
}

async function hiddenSync(context: Excel.RequestContext, spans: ReadonlyArray<RowSpan>, axis: Axis): Promise<void> {
  const asked = spans.map((x) => ({
    x,
    props:
      axis === 'row'
        ? x.s.ws.getRangeByIndexes(x.s.row0 + x.first, x.s.col0, x.rows, 1).getRowProperties({ rowHidden: true })
        : x.s.ws.getRangeByIndexes(x.s.row0, x.s.col0 + x.first, 1, x.rows).getColumnProperties({ columnHidden: true }),
  }));
  try {
    await context.sync();
  } catch (e) {
    const rows = spans.reduce((n, x) => n + x.rows, 0);
    if (!isPayloadLimitError(e)) throw e;
    if (rows < 2) throw tooLargeToRead(spans[0].s.name, axis === 'row' ? spans[0].s.row0 + spans[0].first : null);
    // more bytes a row than counted: the same rows in two syncs
    const half = halves(spans, rows);
    await hiddenSync(context, half[0], axis);
    await hiddenSync(context, half[1], axis);
    return;
  }
  for (const { x, props } of asked) {
    const [out, at] = axis === 'row' ? [x.s.hiddenRows, x.s.row0 + x.first] : [x.s.hiddenCols, x.s.col0 + x.first];
    (props.value as Array<{ rowHidden?: boolean; columnHidden?: boolean }>).forEach((p, i) => {
      if (p.rowHidden || p.columnHidden) out.push(at + i);
    });
  }
}

const AREA_PROPS = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

/**
 * Bytes of one merged area in a response at most, on a sheet whose rows and columns up to the used range's last cell
 * are `rows` × `cols`: `{"RowIndex":…,"ColumnIndex":…,"RowCount":…,"ColumnCount":…},` with the longest numbers there.
 */
export function areaBytes(rows: number, cols: number): number {
  const r = String(rows).length;
  const c = String(cols).length;
  return jsonBytes({ RowIndex: 0, ColumnIndex: 0, RowCount: 0, ColumnCount: 0 }) - 4 + 2 * r + 2 * c + 1;
}

/** Rows of a sheet whose merged areas are asked in one request: sheet rows `first`… (0-based), over columns A… `cols`. */
interface MergeSpan {
  s: SheetRead;
  first: number;
  rows: number;
  cols: number;
  /** Estimated response bytes of the span. */
  bytes: number;
}

/** The whole of a sheet from A1 to its used range's last cell, holding `count` merged areas. */
function mergeSpan(s: SheetRead, count: number): MergeSpan {
  const rows = s.row0 + s.rows;
  const cols = s.col0 + s.cols;
  return { s, first: 0, rows, cols, bytes: RANGE_OVERHEAD_BYTES + count * areaBytes(rows, cols) };
}

/** `span`'s rows cut after `n`, the bytes shared out by rows (the areas taken as spread evenly). */
function cutSpan(span: MergeSpan, n: number): [MergeSpan, MergeSpan] {
  const per = (span.bytes - RANGE_OVERHEAD_BYTES) / span.rows;
  return [
    { ...span, rows: n, bytes: RANGE_OVERHEAD_BYTES + Math.ceil(per * n) },
    { ...span, first: span.first + n, rows: span.rows - n, bytes: RANGE_OVERHEAD_BYTES + Math.ceil(per * (span.rows - n)) },
  ];
}

/**
 * The merged areas of sheets with too many for the probe (100,000 merged rows answer ~6.4 MB, over Excel on the web's
 * 5 MB): each sheet's rows from A1 cut into row blocks, as many rows per sync as `budget` holds by the areas counted.
 * Excel lists an area in the block holding its top-left cell (office-js#3611), so the blocks together list each
 * area once. A sync Excel refuses for its size is split in two, down to one row.
 */
async function loadMerges(context: Excel.RequestContext, spans: ReadonlyArray<MergeSpan>, budget: number): Promise<void> {
  const syncs: MergeSpan[][] = [[]];
  let room = budget;
  for (let span of spans) {
    for (;;) {
      if (span.bytes <= room) {
        syncs[syncs.length - 1].push(span);
        room -= span.bytes;
        break;
      }
      const fit = Math.floor(((room - RANGE_OVERHEAD_BYTES) / (span.bytes - RANGE_OVERHEAD_BYTES)) * span.rows);
      if (fit >= 1) {
        const [a, b] = cutSpan(span, fit);
        syncs[syncs.length - 1].push(a);
        span = b;
      }
      syncs.push([]);
      room = budget;
    }
  }
  for (const part of syncs) if (part.length) await mergeSync(context, part);
  for (const span of spans) span.s.merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

async function mergeSync(context: Excel.RequestContext, spans: ReadonlyArray<MergeSpan>): Promise<void> {
  const asked = spans.map((x) => {
    const areas = x.s.ws.getRangeByIndexes(x.first, 0, x.rows, x.cols).getMergedAreasOrNullObject();
    areas.load(AREA_PROPS.map((p) => `areas/items/${p}`));
    return { x, areas };
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    if (spans.length > 1) {
      const half = Math.ceil(spans.length / 2);
      await mergeSync(context, spans.slice(0, half));
      await mergeSync(context, spans.slice(half));
      return;
    }
    // more areas in these rows than their share of the count: the rows in two halves
    const span = spans[0];
    if (span.rows < 2) throw tooLargeToRead(span.s.name, span.first);
    for (const h of cutSpan(span, Math.floor(span.rows / 2))) await mergeSync(context, [h]);
    return;
  }
  for (const { x, areas } of asked) {
    const used = { rowIndex: x.s.row0, rowCount: x.s.rows, columnIndex: x.s.col0, columnCount: x.s.cols };
    for (const m of mergesOf(areas)) if (meets(m, used)) x.s.merges.push(m);
  }
}

/** A probe of dimensions alone refused for its size says so in words (tooLargeToRead), not in Excel's English. */
async function asTooLarge<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw isPayloadLimitError(e) ? tooLargeToRead(null, null) : e;
  }
}

function mergesOf(areas: Excel.RangeAreas): Merge[] {
  if (areas.isNullObject) return [];
  return areas.areas.items.map((r) => ({
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  }));
}

/** Whether a merged area shares a cell with the (loaded) used range. */
function meets(m: Merge, used: Pick<Excel.Range, 'rowIndex' | 'rowCount' | 'columnIndex' | 'columnCount'>): boolean {
  return m.bottom >= used.rowIndex && m.top < used.rowIndex + used.rowCount && m.right >= used.columnIndex && m.left < used.columnIndex + used.columnCount;
}

/** `General` (Excel's default) is reported as no format. */
function toFormat(f: string | null | undefined): string | null {
  return f === undefined || f === null || isGeneralFormat(f) ? null : f;
}

/** Rows `first`… of a sheet's column `col` whose formats are loaded after its values (0-based rows of the used range). */
interface LateSpan {
  s: SheetRead;
  col: number;
  first: number;
  rows: number;
}

function lateSpan(s: SheetRead, x: { col: number; first: number; last: number }): LateSpan {
  return { s, col: x.col, first: x.first, rows: x.last - x.first + 1 };
}

/**
 * A cell's format in a response at most, as first guessed: `"yyyy\"年\"m\"月\"d\"日\"",` is 26 bytes, `"General",` 10;
 * corrected by what each sync measured.
 */
const LATE_FORMAT_BYTES = 32;

/**
 * The formats of `spans` (numbers past the sample in columns loaded without formats), as many rows per sync as the
 * budget holds by the bytes a format measured so far (a longer format than counted: the sync is split in two, down to
 * one cell, as the data syncs are).
 */
async function loadLateFormats(context: Excel.RequestContext, spans: ReadonlyArray<LateSpan>, budget: number): Promise<void> {
  let perCell = LATE_FORMAT_BYTES;
  let todo = [...spans];
  while (todo.length) {
    const part: LateSpan[] = [];
    let room = budget;
    while (todo.length) {
      const x = todo[0];
      const fit = Math.floor((room - RANGE_OVERHEAD_BYTES) / perCell);
      if (fit < 1) break;
      if (fit >= x.rows) {
        part.push(x);
        todo.shift();
        room -= RANGE_OVERHEAD_BYTES + x.rows * perCell;
      } else {
        part.push({ ...x, rows: fit });
        todo[0] = { ...x, first: x.first + fit, rows: x.rows - fit };
        break;
      }
    }
    if (!part.length) {
      // a budget below one cell (tests): one cell a sync
      part.push({ ...todo[0], rows: 1 });
      todo[0] = { ...todo[0], first: todo[0].first + 1, rows: todo[0].rows - 1 };
    }
    todo = todo.filter((x) => x.rows > 0);
    // the next sync sized by what this one measured, with a tenth to spare (`"General",` is 10 bytes a cell)
    perCell = Math.ceil(1.1 * (await lateFormatSync(context, part)));
  }
}

/** One sync of late formats; the bytes a cell's format measured (a sync refused for its size is done in two halves). */
async function lateFormatSync(context: Excel.RequestContext, spans: ReadonlyArray<LateSpan>): Promise<number> {
  const asked = spans.map((x) => ({ x, r: x.s.ws.getRangeByIndexes(x.s.row0 + x.first, x.s.col0 + x.col, x.rows, 1).load('numberFormat') }));
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    const cells = spans.reduce((n, x) => n + x.rows, 0);
    if (cells < 2) throw tooLargeToRead(spans[0].s.name, spans[0].s.row0 + spans[0].first);
    const half = halves(spans, cells);
    return Math.max(await lateFormatSync(context, half[0]), await lateFormatSync(context, half[1]));
  }
  let bytes = 0;
  let cells = 0;
  for (const { x, r } of asked) {
    const f = r.numberFormat as unknown[][];
    for (let i = 0; i < x.rows; i++) {
      const v = f[i]?.[0];
      x.s.formats[x.first + i][x.col] = toFormat(typeof v === 'string' ? v : null);
      bytes += jsonBytes(v) + 1;
      cells++;
    }
  }
  return cells ? Math.ceil(bytes / cells) : LATE_FORMAT_BYTES;
}

/**
 * Request bytes of one spot-check range, `getRangeByIndexes(…).load('numberFormat')` as office.js writes it: ~456 measured
 * with sheet rows of six digits (the fake's requests, office.js's own JSON); room for longer indices. The spot ranges of
 * all sheets together are kept within one budget of requests (planSpots), however the data syncs share them out.
 */
export const SPOT_REQUEST_BYTES = 500;
/** Response bytes of one spot-check range besides its formats (office.js's envelope and the kept reference): ~225 measured. */
const SPOT_RANGE_BYTES = 240;

/**
 * The spot-check of each sheet read past its sample (util.ts SPOT_ROWS): its columns of plain numbers that formatColumns
 * left out (too many cells to load with the values), and rows evenly spaced past the sample whose formats in those
 * columns the data syncs load with the values — no sync more — their response bytes shared out over the sheet's rows in
 * the plan. Fewer rows a sheet when many sheets have some, so that their requests together stay within `budget`.
 */
function planSpots(sheets: ReadonlyArray<SheetRead>, budget: number): void {
  const todo = sheets.filter((s) => s.sampled > 0 && s.sampled < s.rows);
  for (const s of todo) {
    const loaded = new Set(s.formatCols);
    s.spotCols = sampledColumns(s.values.slice(0, s.sampled), s.formats.slice(0, s.sampled), s.cols).plain.filter((c) => !loaded.has(c));
  }
  const spotted = todo.filter((s) => s.spotCols.length);
  if (!spotted.length) return;
  const perSheet = Math.max(2, Math.min(SPOT_ROWS, Math.floor(budget / SPOT_REQUEST_BYTES / spotted.length)));
  for (const s of spotted) {
    s.spotRows = spotRows(s.sampled, s.rows - 1, perSheet);
    const left = s.spotCols[0];
    const width = s.spotCols[s.spotCols.length - 1] - left + 1;
    // a spot row's formats as the sample's rows measured them (`"General",` is 10 bytes), a range's envelope besides
    let bytes = 0;
    for (let r = 0; r < s.sampled; r++) for (let c = left; c < left + width; c++) bytes += jsonBytes(s.formats[r][c] ?? 'General') + 1;
    const answer = SPOT_RANGE_BYTES + Math.ceil((1.1 * bytes) / s.sampled);
    s.spotBytesPerRow = (s.spotRows.length * answer) / (s.rows - s.sampled);
  }
}

/**
 * After the data syncs, each spot-checked column: loaded whole (returned as a late span) where a spot row shows a format
 * the model reads, or where none of them holds one of its numbers (a sparse column); else noted (SheetRead.spotChecked).
 */
function spotVerdicts(s: SheetRead): LateSpan[] {
  const whole: LateSpan[] = [];
  for (const c of s.spotCols) {
    const x = numberRows(s.values, c, s.sampled);
    if (!x) continue;
    const checked = s.spotRows.filter((r) => typeof s.values[r]?.[c] === 'number');
    if (!checked.length || checked.some((r) => isFormatRead(s.formats[r][c]))) whole.push(lateSpan(s, { col: c, ...x }));
    else s.spotChecked.push({ col: s.col0 + c, first: s.row0 + x.first, last: s.row0 + x.last, checked: checked.length });
  }
  return whole;
}

async function loadChunks(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<SheetRead>,
  chunks: ReadonlyArray<ReadChunk>,
  blockRows: number,
): Promise<void> {
  const byName = new Map(sheets.map((s) => [s.name, s] as const));
  const queued: Array<{ s: SheetRead; first: number; values: Excel.Range; formats: Array<{ c0: number; r: Excel.Range }>; spots: Array<{ row: number; r: Excel.Range }> }> = [];
  for (const ch of chunks) {
    const s = byName.get(ch.sheet)!;
    for (let first = ch.firstRow; first < ch.firstRow + ch.rowCount; first += blockRows) {
      const n = Math.min(blockRows, ch.firstRow + ch.rowCount - first);
      const values = s.ws.getRangeByIndexes(s.row0 + first, s.col0, n, s.cols).load('values');
      const formats = runs(s.formatCols).map(([c0, c1]) => ({
        c0,
        r: s.ws.getRangeByIndexes(s.row0 + first, s.col0 + c0, n, c1 - c0 + 1).load('numberFormat'),
      }));
      // the spot-check rows among these (planSpots), a range each over the spot-checked columns
      const spots: Array<{ row: number; r: Excel.Range }> = [];
      if (s.spotCols.length) {
        const left = s.spotCols[0];
        const width = s.spotCols[s.spotCols.length - 1] - left + 1;
        for (const row of s.spotRows)
          if (row >= first && row < first + n) spots.push({ row, r: s.ws.getRangeByIndexes(s.row0 + row, s.col0 + left, 1, width).load('numberFormat') });
      }
      queued.push({ s, first, values, formats, spots });
    }
  }
  try {
    await context.sync();
  } catch (e) {
    const rows = chunks.reduce((n, c) => n + c.rowCount, 0);
    if (!isPayloadLimitError(e)) throw e;
    if (rows < 2) throw tooLargeToRead(chunks[0].sheet, byName.get(chunks[0].sheet)!.row0 + chunks[0].firstRow);
    // The sample underestimated these rows: split the sync in two and retry.
    const [a, b] = splitChunks(chunks, Math.floor(rows / 2));
    await loadChunks(context, sheets, a, blockRows);
    await loadChunks(context, sheets, b, blockRows);
    return;
  }
  for (const q of queued) {
    const vals = q.values.values;
    // Every `step`-th row is measured (a few hundred per block) to correct the bytes-per-row estimate.
    const step = Math.max(1, Math.floor(vals.length / 400));
    let measured = 0;
    let bytes = 0;
    for (let r = 0; r < vals.length; r++) {
      const at = q.first + r;
      q.s.values[at] = vals[r].map(toCellValue);
      const fr: Array<string | null> = new Array(q.s.cols).fill(null);
      const loaded: unknown[] = [];
      for (const f of q.formats) {
        const row = f.r.numberFormat[r] as string[];
        for (let k = 0; k < row.length; k++) fr[f.c0 + k] = toFormat(row[k]);
        if (r % step === 0) for (const x of row) loaded.push(x);
      }
      q.s.formats[at] = fr;
      if (r % step === 0) {
        measured++;
        bytes += rowBytes(vals[r], q.formats.length ? loaded : null);
      }
    }
    for (const { row, r } of q.spots) {
      const f = (r.numberFormat as unknown[][])[0] ?? [];
      for (const c of q.s.spotCols) {
        const v = f[c - q.s.spotCols[0]];
        q.s.formats[row][c] = toFormat(typeof v === 'string' ? v : null);
      }
    }
    learn(q.s, measured, bytes, q.s.measured);
    q.s.measured += measured;
    q.s.done = Math.max(q.s.done, q.first + vals.length);
  }
}

/**
 * The workbook's name (`Workbook.name`, ExcelApi 1.7): the file's name with its extension once saved (伊犁州项目台账.xlsx),
 * the name Excel gives a new workbook (工作簿1, Book1) before. The check reads a prefecture from it as `jx check` reads
 * one from the file's name. An Excel below ExcelApi 1.7 refuses the property: no name, the check goes on without it.
 */
export async function readWorkbookName(context: Excel.RequestContext): Promise<string | undefined> {
  const wb = context.workbook;
  wb.load('name');
  try {
    await context.sync();
  } catch {
    return undefined;
  }
  return typeof wb.name === 'string' && wb.name ? wb.name : undefined;
}
