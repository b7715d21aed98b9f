/**
 * The host-neutral grid: what every adapter (ExcelJS, Office.js, a custom function's range
 * argument) hands to the model. Values only; no host objects.
 */

/** A calendar date, timezone-free. */
export interface DateValue {
  readonly kind: 'date';
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface ErrorValue {
  readonly kind: 'error';
  readonly code: string;
}

/** One cell's value. Rich text is flattened to a string by the adapter; a formula gives its cached result. */
export type CellValue = null | number | string | boolean | DateValue | ErrorValue;

/** A merged range, 0-based and inclusive, in sheet coordinates (not relative to `origin`). */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

import type { Finding } from './findings';

/**
 * A column's formula cells saved without a result (`<c><f>G3+H3</f></c>`, no `<v>`: written by a program, never
 * calculated by Excel or WPS). They read as blank; this says they are not. 0-based sheet rows and column.
 */
export interface UncalculatedColumn {
  readonly col: number;
  /** How many such cells the column has. */
  readonly count: number;
  /** The first and last row holding one. */
  readonly first: number;
  readonly last: number;
  /**
   * Every row holding one, as runs of rows: first, last, first, last … in the order read (row order in any file Excel or
   * WPS writes). A column of them on every row is one run, however long; one every other row costs a run each. What
   * stands for each of those rows' blanks (L002) is said by them.
   */
  readonly runs: ReadonlyArray<number>;
  /** A cell whose formula text was read (-1: none, as a shared formula's followers have no text) and that text, without its `=`, shortened. */
  readonly exampleRow: number;
  readonly formula: string;
}

export interface GridSheet {
  readonly name: string;
  /** Row-major values; `values[r][c]` is the cell at sheet row `origin.row + r`, column `origin.col + c`. Rows may be ragged. */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Merged ranges; the value sits in the top-left cell only (as in every host). */
  readonly merges?: ReadonlyArray<Merge>;
  /** 0-based sheet position of `values[0][0]`; default A1. */
  readonly origin?: { readonly row: number; readonly col: number };
  /** Optional number formats, same shape as values (used to recognise date serials). */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | null>>;
  /** The sheet is hidden (or very hidden) in its workbook; absent = visible. */
  readonly hidden?: boolean;
  /**
   * The file has no sheets (a CSV or text table, a web page's one table): this one is named after the file, whose name
   * (without its folders, with its extension: 2018年度项目台账.csv) this is — what the read summary calls it.
   */
  readonly namedAfterFile?: string;
  /** 0-based sheet rows hidden in the sheet (by hand, by a filter, in a collapsed group), ascending; absent = none, or the host cannot tell. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /**
   * 0-based sheet columns hidden in the sheet (by hand, in a collapsed group), ascending, within the columns that hold
   * cells; absent = none, or the host cannot tell (the file readers tell: .xlsx, .xls).
   */
  readonly hiddenCols?: ReadonlyArray<number>;
  /**
   * Only the sheet's first rows were read (a file reader chose the sheets to read whole from
   * their first rows, and this one is none the checks use); absent = the whole sheet.
   */
  readonly partial?: boolean;
  /** What the file reader found wrong in the sheet's text (a CSV quote never closed): reported with the checks' findings. */
  readonly readFindings?: ReadonlyArray<Finding>;
  /**
   * Columns whose number formats a host read only in part below its first rows (the task pane and WPS on a large sheet,
   * where loading every cell's format costs megabytes): rows `first`…`last` (0-based sheet rows) hold numbers, `checked`
   * of them, evenly spaced, were read and none showed a format the checks read (a percent, a date, text around the
   * number). Absent = every format the checks read was read (a file reader reads them all).
   */
  readonly formatsSpotChecked?: ReadonlyArray<{ readonly col: number; readonly first: number; readonly last: number; readonly checked: number }>;
  /** Columns holding formulas saved without a result (a file reader notes them; absent = none, or the host calculates). By column. */
  readonly uncalculated?: ReadonlyArray<UncalculatedColumn>;
}

export interface Grid {
  readonly sheets: ReadonlyArray<GridSheet>;
}

export function isDateValue(v: unknown): v is DateValue {
  return typeof v === 'object' && v !== null && (v as DateValue).kind === 'date';
}

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && (v as ErrorValue).kind === 'error';
}

export function dateValue(year: number, month: number, day: number): DateValue {
  return { kind: 'date', year, month, day };
}

export function errorValue(code: string): ErrorValue {
  return { kind: 'error', code };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col → `B7`. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** Excel serial (1900 system, with its 1900-02-29 bug) → date. */
export function serialToDate(serial: number, date1904 = false): DateValue | null {
  if (!Number.isFinite(serial)) return null;
  let days = Math.floor(serial);
  if (date1904) days += 1462;
  if (days < 1 || days > 2958465) return null;
  // Serial 60 is the phantom 1900-02-29; days after it are shifted by one.
  const offset = days > 60 ? days - 1 : days;
  const ms = Date.UTC(1899, 11, 31) + offset * 86400000;
  const d = new Date(ms);
  if (days === 60) return dateValue(1900, 2, 29);
  return dateValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Date → Excel serial (1900 system). */
export function dateToSerial(d: DateValue): number {
  if (d.year === 1900 && d.month === 2 && d.day === 29) return 60; // Excel's phantom leap day
  const days = Math.round((Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(1899, 11, 31)) / 86400000);
  return days >= 60 ? days + 1 : days;
}

export function isoDate(d: DateValue): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function compareDates(a: DateValue, b: DateValue): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A file that is one table, not a workbook (a CSV, a text file, a web page's one table): the sheet it was read as, and the file's name. */
export interface OwnTable {
  readonly sheet: string;
  readonly file: string;
}
