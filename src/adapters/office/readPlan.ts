/**
 * The planning half of the workbook read (read.ts does the Office calls): from what the probe sync saw of each sheet
 * (its size and a sample of its first rows), how many bytes the rest will cost and how to spread it over the fewest
 * data syncs whose responses stay under the payload budget. No Office.js here: plain data in, plain data out.
 *
 * Bytes are the response's: the loaded values as JSON (what Excel sends back, wrapped in office.js's envelope, which
 * costs a few dozen bytes per loaded range), measured on the sample's data rows. Number formats beyond the sample are
 * loaded for the columns where a sampled number carries a format the model reads (util.ts isFormatRead: a date's,
 * a percent, text around the number), and for those of plain numbers while they are few (util.ts formatColumns,
 * PLAIN_FORMAT_CELLS); `numberFormats: 'all'` loads them all. A column whose sample holds no number has its
 * numbers' formats loaded after the values (read.ts loadLateFormats, util.ts numberSpans).
 *
 * Packing: the remaining rows need at least k = ceil(total / budget) syncs; they are spread evenly over those k syncs
 * (not greedily), so each sync is under the budget by the same margin and an estimate a little short of the truth
 * still fits. After each data sync the measured size of the rows loaded corrects the estimate and the rest is
 * planned again.
 */
import { formatColumns, jsonBytes } from './util';

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

/** What the planner knows of a sheet: its size, how far it is read, what a row costs and which columns need formats. */
export interface SheetToRead {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Rows already read (the sample, then whatever the data syncs loaded). */
  done: number;
  sampled: number;
  bytesPerRow: number;
  formatCols: number[];
  /** The formats of the spot-check rows (read.ts planSpots), shared out over the rows past the sample: bytes a row. */
  spotBytesPerRow?: number;
}

/** Response bytes per loaded range on top of its values (office.js's result envelope and the kept reference). */
export const RANGE_OVERHEAD_BYTES = 160;

/** A generous guess for a row nothing was measured of (Chinese text costs 3 bytes a character). */
export function unmeasuredBytesPerRow(cols: number): number {
  return cols * 40;
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * Bytes per remaining row and the columns whose formats are loaded past the sample (util.ts formatColumns), from the sample (`vals` / `fmts`: the sampled rows). The first rows
 * (a title and headers) are left out of the measure when the sample is long enough.
 */
export function estimateFromSample(
  s: SheetToRead,
  vals: ReadonlyArray<ReadonlyArray<unknown>>,
  fmts: ReadonlyArray<ReadonlyArray<string>>,
  mode: 'dates' | 'all'
): void {
  const n = vals.length;
  const from = n > 12 ? 10 : n > 2 ? 1 : 0;
  s.formatCols =
    mode === 'all'
      ? range(s.cols)
      : formatColumns(vals, fmts, s.cols, s.rows - n);
  const rows = n - from;
  if (rows <= 0) {
    s.bytesPerRow = unmeasuredBytesPerRow(s.cols);
    return;
  }
  let bytes = 0;
  for (let r = from; r < n; r++) bytes += rowBytes(vals[r], s.formatCols.length ? s.formatCols.map((c) => fmts[r]?.[c]) : null);
  s.bytesPerRow = Math.ceil(bytes / rows);
}

/** What one row costs in a response: its values as a JSON array and a comma, and its formats when they are loaded. */
export function rowBytes(values: ReadonlyArray<unknown>, formats: ReadonlyArray<unknown> | null): number {
  return jsonBytes(values) + 1 + (formats ? jsonBytes(formats) + 1 : 0);
}

/**
 * Corrects a sheet's bytes per row with what a data sync measured (`bytes` for `rows` rows): the measure of loaded
 * rows replaces the sample's, weighted by how many rows each saw.
 */
export function learn(s: SheetToRead, rows: number, bytes: number, rowsMeasuredBefore: number): void {
  if (rows <= 0) return;
  const before = Math.max(1, rowsMeasuredBefore);
  s.bytesPerRow = Math.ceil((s.bytesPerRow * before + bytes) / (before + rows));
}

/**
 * The data syncs for the rows not read yet: k = ceil(total / budget) syncs (at least 1), rows spread so each sync
 * holds about total / k bytes; a sheet's rows may be split across syncs at any row.
 */
export function planData(sheets: ReadonlyArray<SheetToRead>, budget: number, probeSyncs: number): ReadPlan {
  const perRow = (s: SheetToRead): number => s.bytesPerRow + (s.spotBytesPerRow ?? 0);
  const pieces = sheets.filter((s) => s.done < s.rows);
  const total = pieces.reduce((n, s) => n + (s.rows - s.done) * perRow(s) + RANGE_OVERHEAD_BYTES * (1 + s.formatCols.length), 0);
  const k = total === 0 ? 0 : Math.max(1, Math.ceil(total / budget));
  // Each sync takes whole rows up to its share: the share leaves room for a row or two more, so that rounding down
  // in every sync does not leave a handful of rows for a sync k + 1.
  const slack = 2 * pieces.reduce((m, s) => Math.max(m, perRow(s) + RANGE_OVERHEAD_BYTES * (1 + s.formatCols.length)), 0);
  const target = k ? Math.min(budget, Math.ceil(total / k) + slack) : 0;
  const dataSyncs: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let left = target;
  for (const s of pieces) {
    let row = s.done;
    const cost = perRow(s);
    while (row < s.rows) {
      const overhead = RANGE_OVERHEAD_BYTES * (1 + s.formatCols.length);
      let fit = Math.floor((left - overhead) / cost);
      if (fit < 1) {
        if (current.length) {
          dataSyncs.push(current);
          current = [];
          left = target;
          continue;
        }
        fit = 1; // one row above the budget: loaded alone (if the sync still fails, the user is told)
      }
      const take = Math.min(s.rows - row, fit);
      const bytes = take * cost + overhead;
      current.push({ sheet: s.name, firstRow: row, rowCount: take, estimatedBytes: bytes });
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
export function runs(cols: ReadonlyArray<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** Splits a sync's chunks after `rows` rows (a sync that turned out too large is retried in two halves). */
export function splitChunks(chunks: ReadonlyArray<ReadChunk>, rows: number): [ReadChunk[], ReadChunk[]] {
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
