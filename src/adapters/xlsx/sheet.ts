/**
 * What the sheet reader (sheetScan.ts) shares with the rest of the xlsx reader: Excel's sheet
 * bounds, cell references and merge ranges, the date conversion (1900 and 1904 systems, exactly
 * as the ExcelJS path read dates). The byte scanners of the sheets and of the shared strings
 * are in sheetScan.ts. Values mean what they meant through ExcelJS (the differential
 * test holds both readers to it).
 */
import { serialToDate, type DateValue, type GridSheet, type Merge } from '../../model/grid';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from '../../model/gridWhole';
import type { DamagedCell } from '../../model/rules/sheetsWorkbook';
import type { Budget } from './budget';
import type { Styles } from './parts';

export const MAX_ROWS = EXCEL_MAX_ROWS;
export const MAX_COLS = EXCEL_MAX_COLS;

/** A row or column number beyond Excel's sheet: the file was not written by a spreadsheet. */
export class OutOfRange extends Error {
  constructor(
    readonly what: 'row' | 'col',
    readonly value: number,
  ) {
    super(`${what} ${value} out of range`);
    this.name = 'OutOfRange';
  }
}

/** More non-empty cells than an explicit `maxCells`. */
export class TooManyCells extends Error {}

/** `AB12` → sets col (0-based, -1 if no letters) and row (0-based, -1 if no digits); false if malformed. */
function parseRef(s: string, from: number, to: number, out: { col: number; row: number }): boolean {
  let p = from;
  let col = 0;
  let letters = 0;
  for (; p < to; p++) {
    let ch = s.charCodeAt(p);
    if (ch === 36) continue; // $
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
    if (++letters > 7) return false;
  }
  let row = 0;
  let digits = 0;
  for (; p < to; p++) {
    const ch = s.charCodeAt(p);
    if (ch === 36 && digits === 0) continue;
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + (ch - 48);
    if (++digits > 12) return false;
  }
  out.col = letters ? col - 1 : -1;
  out.row = digits ? row - 1 : -1;
  return true;
}

/** `A1:B2` (or `A1`) → a Merge bounded to the sheet, or null when it does not name a range in it. */
export function parseMergeRef(ref: string): Merge | null {
  const [a, b = a] = ref.split(':');
  const p = { col: -1, row: -1 };
  const q = { col: -1, row: -1 };
  if (!parseRef(a, 0, a.length, p) || !parseRef(b, 0, b.length, q)) return null;
  if (p.col < 0 || p.row < 0 || q.col < 0 || q.row < 0) return null;
  const top = Math.min(p.row, q.row);
  const left = Math.min(p.col, q.col);
  if (top >= MAX_ROWS || left >= MAX_COLS) return null;
  return { top, left, bottom: Math.min(Math.max(p.row, q.row), MAX_ROWS - 1), right: Math.min(Math.max(p.col, q.col), MAX_COLS - 1) };
}

const MS_PER_DAY = 86_400_000;

/** Shared per workbook: the 1904 flag and one DateValue per serial (a ledger repeats its dates). */
/** Serials below this (year 2259) are cached in an array; others in a map. */
const DENSE_SERIALS = 1 << 17;

/** Slots of the dense cache made at once: the serials before 2036-11-21 (400 KB). */
const DENSE_MADE = 50_000;

export class DateCache {
  /**
   * Made with its final kind of elements (objects, packed: it grows only at its end), so that its
   * map never changes: the compiled sheet scan, which reads it, would be thrown away when it did.
   * Made as long as today's dates need (DENSE_MADE), in one builtin step: grown at the first date
   * of a workbook (~45,000 slots pushed one at a time, in the interpreter) it took 5-9 ms.
   */
  private readonly dense: Array<DateValue | null | undefined> = [...new Array<undefined>(DENSE_MADE)];
  private readonly cache = new Map<number, DateValue | null>();
  constructor(readonly date1904: boolean) {}

  /**
   * A serial in a date format → DateValue, exactly as the ExcelJS path read it: ExcelJS made a
   * JS Date of `round((serial − 25569 [+ 1462]) × 86,400,000)` ms; the day of that instant is
   * taken back to a serial and read with Excel's calendar (the phantom 1900-02-29 included).
   */
  date(v: number): DateValue | null {
    const d = this.known(v);
    return d !== undefined ? d : this.first(this.serialOf(v));
  }

  /**
   * The DateValue of `v` when its day has been met before (null: no date), else undefined (`date`
   * makes it). The sheet scan's fast loop asks this and leaves a day not met yet to the general
   * path: making a DateValue (Date, an object literal) inside the compiled loop tied the loop to
   * that object's map and allocation site, and it was thrown away and compiled again each time
   * V8 revised them (2-3 times per ledger, ~30-40 ms of compiling each).
   */
  known(v: number): DateValue | null | undefined {
    const serial = this.serialOf(v);
    // A ledger's dates are a few thousand days read hundreds of thousands of times: an array
    // index is cheaper than a map's hash of a double.
    return serial >= 0 && serial < DENSE_SERIALS ? this.dense[serial] : this.cache.get(serial);
  }

  private serialOf(v: number): number {
    const shift = this.date1904 ? 1462 : 0;
    const ms = Math.round((v - 25569 + shift) * MS_PER_DAY);
    return Math.floor(ms / MS_PER_DAY) + 25569 - shift;
  }

  /** A day not met before: its DateValue made and kept. */
  private first(serial: number): DateValue | null {
    const d = Number.isFinite(serial) ? serialToDate(serial, this.date1904) : null;
    if (serial >= 0 && serial < DENSE_SERIALS) {
      while (this.dense.length < serial) this.dense.push(undefined);
      this.dense[serial] = d;
    } else this.cache.set(serial, d);
    return d;
  }
}

/** `t="d"` cells (ISO 8601 text): the date part. */
export function isoDateCell(text: string, dates: DateCache): DateValue | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(t)) return null;
  const days = Math.round((t - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  return dates.date(days - (dates.date1904 ? 1462 : 0));
}

export interface SheetReadOptions {
  readonly styles: Styles;
  readonly strings: ReadonlyArray<string>;
  /**
   * Present while the shared strings are still arriving (read on another thread): `strings` grows,
   * and a cell whose string has not arrived yet holds a placeholder until SheetReader.resolveLate.
   * Absent, or once complete: `strings` is the whole table.
   */
  readonly late?: { readonly complete: boolean };
  readonly dates: DateCache;
  readonly budget: Budget;
  /** Stop after this many rows (the head of a sheet, to choose the sheets to read). */
  readonly maxRows?: number;
  /** Counts non-empty cells over the workbook; throws TooManyCells past `max`. */
  readonly cells: { n: number; readonly max: number };
}

export interface SheetRead {
  readonly sheet: GridSheet;
  /** Stopped at `maxRows`: more rows follow. */
  readonly truncated: boolean;
  /** Damaged cells met (the first ones, and how many in all); absent = none. The reader makes S021 of them (read.ts). */
  readonly damaged?: { readonly cells: ReadonlyArray<DamagedCell>; readonly count: number };
}
