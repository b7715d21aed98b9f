/**
 * Helpers of range proxies: the 2D arrays Excel reads and writes, "one value or null" reads, and how a range or an
 * address given as an argument becomes a sheet and a rectangle.
 */
import { type Rect, cellCount, cellMatrix, fitsRect, forEachCell, fullAddress, parseLocal, splitSheet, uniformOver } from '../address';
import { invalidArgument } from '../errors';
import type { CellStyle, SheetState } from '../state';
import type { ClientObject } from './clientObject';

export interface RangeT {
  sheet: SheetState;
  rect: Rect;
}

export const MAX_CELLS_PER_ARRAY = 5_000_000;

export function forCells(t: RangeT, f: (r: number, c: number) => void): void {
  forEachCell(t.rect, f);
}

export function matrix<V>(t: RangeT, f: (r: number, c: number) => V): V[][] {
  if (cellCount(t.rect) > MAX_CELLS_PER_ARRAY) throw invalidArgument('range too large to read');
  return cellMatrix(t.rect, f);
}

/** Applies a scalar (to every cell) or a 2D array of the range's exact size. */
export function applyInput(t: RangeT, v: unknown, f: (r: number, c: number, x: unknown) => void): void {
  if (Array.isArray(v)) {
    if (!fitsRect(v, t.rect))
      throw invalidArgument(
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      );
    forEachCell(t.rect, (r, c) => f(r, c, v[r - t.rect.r0][c - t.rect.c0]));
  } else {
    if (cellCount(t.rect) > MAX_CELLS_PER_ARRAY) throw invalidArgument('range too large to write');
    forCells(t, (r, c) => f(r, c, v));
  }
}

export function cellValue(s: SheetState, r: number, c: number): unknown {
  const v = s.getValue(r, c);
  return v === undefined ? '' : v;
}

/** The one value over the range, null when cells differ, and (the fake not modelling it) above the array limit. */
export function uniform<V>(t: RangeT, f: (r: number, c: number) => V): V | null {
  return cellCount(t.rect) > MAX_CELLS_PER_ARRAY ? null : uniformOver(t.rect, f);
}

/** Formatting is cell by cell, so the fake refuses ranges above the array limit (the whole-sheet font aside). */
export function checkFormatSize(t: RangeT): void {
  if (cellCount(t.rect) > MAX_CELLS_PER_ARRAY)
    throw invalidArgument('the fake does not model formatting this many cells (except the whole-sheet font)');
}

/** Updates the style of every cell of the range with `f`. */
export function styleCells(t: RangeT, f: (s: CellStyle) => void): void {
  checkFormatSize(t);
  forCells(t, (r, c) => t.sheet.updateStyle(r, c, f));
}

/** The range a Range argument stands for, resolved now (during a sync); a null range is InvalidArgument `what`. */
export function rangeArg(range: ClientObject<RangeT>, what: string): RangeT {
  const t = range._t();
  if (!t) throw invalidArgument(what);
  return t;
}

/** Parses a local address (`A1:B2`, `A:C`, `3:5`); anything else is InvalidArgument `what`. */
export function parseLocalArg(local: string, what: string): Rect {
  try {
    return parseLocal(local);
  } catch {
    throw invalidArgument(what);
  }
}

/**
 * The rectangle of `address` (`A1:B2` or `'Sheet 1'!A1:B2`) on sheet `s`: InvalidArgument `otherSheet` when it names
 * another sheet, `bad` when it is no address.
 */
export function rectOnSheet(s: SheetState, address: string, otherSheet: string, bad: string): Rect {
  const { sheet, local } = splitSheet(address);
  if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument(otherSheet);
  return parseLocalArg(local, bad);
}

/** A range's address as Excel gives it: `Sheet1!A1:B2`, the sheet quoted when needed. */
export function addressOf(t: RangeT): string {
  return fullAddress(t.sheet.name, t.rect);
}
