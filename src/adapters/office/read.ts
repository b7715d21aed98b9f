/**
 * Reads the workbook into a model Grid with few `context.sync()` calls and every payload under budget.
 *
 * Sync 1 ("probe") walks the sheets with `getFirst()` / `getNextOrNullObject()` (so names, used ranges,
 * merged areas and a sample of the first rows of every sheet are queued before any sheet name is known)
 * and loads, per sheet: name, visibility, the values-only used range's position and size, its merged
 * areas, and the values + number formats of its first `sampleRows` rows.
 * A sheet that fits in the sample is complete after sync 1 (a 100-row ledger is read in ONE sync).
 *
 * Sync 2… ("data") load the remaining rows in row blocks, packed greedily into as few syncs as the byte
 * budget (default 4 MiB, under Excel on the web's 5 MB limit) allows, using bytes-per-row measured on the
 * sample. Number formats are only needed to recognise date serials, so beyond the sample they are loaded
 * only for the columns whose sampled cells carry a date format (option `numberFormats: 'all'` loads all).
 * If a data sync still exceeds the limit (rows later in the sheet much longer than the sample), it is split
 * in two and retried; if the probe itself fails (too large for very many/wide sheets), it is redone without samples.
 *
 * Assumption about Excel (modelled by the test fake): methods called on a null object (past the last sheet
 * in the walk, or on an empty sheet's null used range) give null objects, and loads on them are no-ops.
 */
import { type CellValue, type Grid, type GridSheet, type Merge } from '../../model/grid';
import { DEFAULT_BUDGET_BYTES, isAddinSheet, isDateFormat, isPayloadLimitError, jsonBytes, toCellValue } from './util';

export interface ReadOptions {
  /** Bytes one sync may load (default 4 MiB). */
  readonly budgetBytes?: number;
  /** Rows sampled in sync 1 (header detection, bytes per row, date columns). Default 30. */
  readonly sampleRows?: number;
  /** Sheets walked per probe sync (more sheets → another probe sync). Default 24. */
  readonly sheetsPerProbe?: number;
  /** `dates` (default): number formats beyond the sample only for date columns; `all`: for every column. */
  readonly numberFormats?: 'dates' | 'all';
  /** Rows per loaded range inside a sync. Default 10,000. */
  readonly blockRows?: number;
  /** Called with the plan before the data syncs (for diagnostics and tests). */
  readonly onPlan?: (plan: ReadPlan) => void;
}

export interface ReadChunk {
  readonly sheet: string;
  /** Row offset inside the used range. */
  readonly firstRow: number;
  readonly rowCount: number;
  readonly estimatedBytes: number;
}

export interface ReadPlan {
  readonly probeSyncs: number;
  readonly sheets: ReadonlyArray<{
    readonly name: string;
    readonly rows: number;
    readonly cols: number;
    readonly sampledRows: number;
    readonly bytesPerRow: number;
    readonly formatColumns: ReadonlyArray<number>;
  }>;
  /** One entry per data sync, each a list of row chunks loaded together. */
  readonly dataSyncs: ReadonlyArray<ReadonlyArray<ReadChunk>>;
  readonly estimatedBytes: number;
  readonly budgetBytes: number;
}

interface Probe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas;
  sample: Excel.Range | null;
}

interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  values: CellValue[][];
  formats: Array<Array<string | null>>;
  merges: Merge[];
  sampled: number;
  bytesPerRow: number;
  formatCols: number[];
}

const SAFETY = 1.15;

export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const blockRows = options.blockRows ?? 10000;
  let sampleRows = options.sampleRows ?? 30;
  let probes: Probe[];
  let probeSyncs = 0;
  try {
    const r = await probeSheets(context, options.sheetsPerProbe ?? 24, sampleRows);
    probes = r.probes;
    probeSyncs = r.syncs;
  } catch {
    // Too much in one probe (hundreds of wide sheets), or a sample that cannot be taken (a used range ending
    // within `sampleRows` of the sheet's last row): probe dimensions only and read everything as data.
    // A persistent error (no workbook, lost connection) fails the second probe too and is thrown from there.
    sampleRows = 0;
    const r = await probeSheets(context, options.sheetsPerProbe ?? 24, 0);
    probes = r.probes;
    probeSyncs = 1 + r.syncs;
  }

  const sheets: SheetRead[] = [];
  const mergesPending: Array<{ sheet: SheetRead; merged: Excel.RangeAreas }> = [];
  for (const p of probes) {
    const name = p.ws.name;
    if (isAddinSheet(name) && p.ws.visibility !== 'Visible') continue;
    const s: SheetRead = {
      name,
      ws: p.ws,
      row0: 0,
      col0: 0,
      rows: 0,
      cols: 0,
      values: [],
      formats: [],
      merges: [],
      sampled: 0,
      bytesPerRow: 0,
      formatCols: [],
    };
    sheets.push(s);
    if (p.used.isNullObject) continue;
    s.row0 = p.used.rowIndex;
    s.col0 = p.used.columnIndex;
    s.rows = p.used.rowCount;
    s.cols = p.used.columnCount;
    if (p.sample) {
      const n = Math.min(s.rows, p.sample.values.length);
      const vals = p.sample.values.slice(0, n);
      const fmts = p.sample.numberFormat.slice(0, n) as string[][];
      for (let r = 0; r < n; r++) {
        s.values.push(vals[r].map(toCellValue));
        s.formats.push(fmts[r].map(toFormat));
      }
      s.sampled = n;
      s.merges = mergesOf(p.merged);
      estimate(s, vals, fmts, options.numberFormats ?? 'dates');
    } else {
      mergesPending.push({ sheet: s, merged: p.merged });
      s.bytesPerRow = s.cols * 40; // nothing measured yet: a generous guess (Chinese text ~ 3 bytes a character)
      s.formatCols = range(s.cols);
    }
  }

  const plan = planData(sheets, budget, probeSyncs);
  options.onPlan?.(plan);
  for (const chunks of plan.dataSyncs) await loadChunks(context, sheets, chunks, blockRows);
  for (const m of mergesPending) m.sheet.merges = mergesOf(m.merged);

  return {
    sheets: sheets.map((s): GridSheet => {
      const hasFormats = s.formats.some((row) => row.some((f) => f !== null));
      return {
        name: s.name,
        values: s.values,
        origin: { row: s.row0, col: s.col0 },
        merges: s.merges,
        ...(hasFormats ? { numberFormats: s.formats } : {}),
      };
    }),
  };
}

/** Walks all sheets, `perSync` at a time, queueing the probe loads of each. */
async function probeSheets(
  context: Excel.RequestContext,
  perSync: number,
  sampleRows: number,
): Promise<{ probes: Probe[]; syncs: number }> {
  const probes: Probe[] = [];
  let syncs = 0;
  let ws: Excel.Worksheet = context.workbook.worksheets.getFirst();
  for (;;) {
    const batch: Probe[] = [];
    for (let i = 0; i < perSync; i++) {
      ws.load('name,visibility');
      // Null objects propagate: past the last sheet every proxy below is a null object.
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const merged = used.getMergedAreasOrNullObject();
      merged.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount'].map((p) => `areas/items/${p}`));
      let sample: Excel.Range | null = null;
      if (sampleRows > 0) {
        sample = used.getRow(0).getResizedRange(sampleRows - 1, 0);
        sample.load('values,numberFormat');
      }
      batch.push({ ws, used, merged, sample });
      ws = ws.getNextOrNullObject();
    }
    ws.load('name');
    await context.sync();
    syncs++;
    for (const p of batch) {
      if (p.ws.isNullObject) return { probes, syncs };
      probes.push(p);
    }
    if (ws.isNullObject) return { probes, syncs };
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

/** `General` (Excel's default) is reported as no format. */
function toFormat(f: string | null | undefined): string | null {
  return f === undefined || f === null || f === 'General' ? null : f;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Bytes per remaining row, from the sample's data rows (rows after the first few, which may be a title and headers). */
function estimate(s: SheetRead, vals: unknown[][], fmts: string[][], mode: 'dates' | 'all'): void {
  const n = vals.length;
  const from = n > 12 ? 10 : n > 2 ? 1 : 0;
  const dataRows = vals.slice(from);
  s.formatCols =
    mode === 'all'
      ? range(s.cols)
      : range(s.cols).filter((c) => vals.some((row, r) => typeof row[c] === 'number' && isDateFormat(fmts[r]?.[c])));
  let valueBytes = 0;
  for (const row of dataRows) valueBytes += jsonBytes(row);
  let formatBytes = 0;
  if (s.formatCols.length) {
    for (let r = from; r < n; r++) formatBytes += jsonBytes(s.formatCols.map((c) => fmts[r][c]));
  }
  const per = dataRows.length ? (valueBytes + formatBytes) / dataRows.length : s.cols * 40;
  s.bytesPerRow = Math.ceil(per * SAFETY) + 2;
}

/** Packs the rows not yet read into as few syncs as the budget allows (rows split at any boundary). */
export function planData(sheets: ReadonlyArray<SheetRead>, budget: number, probeSyncs: number): ReadPlan {
  const dataSyncs: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let left = budget;
  let total = 0;
  for (const s of sheets) {
    let row = s.sampled;
    while (row < s.rows) {
      const remaining = s.rows - row;
      let fit = Math.floor(left / s.bytesPerRow);
      if (fit < 1) {
        if (current.length) {
          dataSyncs.push(current);
          current = [];
          left = budget;
          continue;
        }
        fit = 1; // a single row above budget: load it alone (the sync may still fail, then the user is told)
      }
      const take = Math.min(remaining, fit);
      const bytes = take * s.bytesPerRow;
      current.push({ sheet: s.name, firstRow: row, rowCount: take, estimatedBytes: bytes });
      total += bytes;
      left -= bytes;
      row += take;
    }
  }
  if (current.length) dataSyncs.push(current);
  return {
    probeSyncs,
    sheets: sheets.map((s) => ({
      name: s.name,
      rows: s.rows,
      cols: s.cols,
      sampledRows: s.sampled,
      bytesPerRow: s.bytesPerRow,
      formatColumns: s.formatCols,
    })),
    dataSyncs,
    estimatedBytes: total,
    budgetBytes: budget,
  };
}

/** Column runs [first, last] of a sorted column list. */
function runs(cols: ReadonlyArray<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

async function loadChunks(
  context: Excel.RequestContext,
  sheets: ReadonlyArray<SheetRead>,
  chunks: ReadonlyArray<ReadChunk>,
  blockRows: number,
): Promise<void> {
  const byName = new Map(sheets.map((s) => [s.name, s] as const));
  const queued: Array<{ s: SheetRead; first: number; values: Excel.Range; formats: Array<{ c0: number; r: Excel.Range }> }> = [];
  for (const ch of chunks) {
    const s = byName.get(ch.sheet)!;
    for (let first = ch.firstRow; first < ch.firstRow + ch.rowCount; first += blockRows) {
      const n = Math.min(blockRows, ch.firstRow + ch.rowCount - first);
      const values = s.ws.getRangeByIndexes(s.row0 + first, s.col0, n, s.cols).load('values');
      const formats = runs(s.formatCols).map(([c0, c1]) => ({
        c0,
        r: s.ws.getRangeByIndexes(s.row0 + first, s.col0 + c0, n, c1 - c0 + 1).load('numberFormat'),
      }));
      queued.push({ s, first, values, formats });
    }
  }
  try {
    await context.sync();
  } catch (e) {
    const rows = chunks.reduce((n, c) => n + c.rowCount, 0);
    if (!isPayloadLimitError(e) || rows < 2) throw e;
    // The sample underestimated these rows: split the sync in two and retry.
    const [a, b] = splitChunks(chunks, Math.floor(rows / 2));
    await loadChunks(context, sheets, a, blockRows);
    await loadChunks(context, sheets, b, blockRows);
    return;
  }
  for (const q of queued) {
    const vals = q.values.values;
    for (let r = 0; r < vals.length; r++) {
      const at = q.first + r;
      q.s.values[at] = vals[r].map(toCellValue);
      const fr: Array<string | null> = new Array(q.s.cols).fill(null);
      for (const f of q.formats) {
        const row = f.r.numberFormat[r] as string[];
        for (let k = 0; k < row.length; k++) fr[f.c0 + k] = toFormat(row[k]);
      }
      q.s.formats[at] = fr;
    }
  }
}

function splitChunks(chunks: ReadonlyArray<ReadChunk>, rows: number): [ReadChunk[], ReadChunk[]] {
  const a: ReadChunk[] = [];
  const b: ReadChunk[] = [];
  let left = rows;
  for (const c of chunks) {
    if (left >= c.rowCount) {
      a.push(c);
      left -= c.rowCount;
    } else if (left > 0) {
      const per = c.estimatedBytes / c.rowCount;
      a.push({ ...c, rowCount: left, estimatedBytes: per * left });
      b.push({ ...c, firstRow: c.firstRow + left, rowCount: c.rowCount - left, estimatedBytes: per * (c.rowCount - left) });
      left = 0;
    } else b.push(c);
  }
  return [a, b];
}
