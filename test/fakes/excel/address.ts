/** A1 address parsing/formatting for the fake, with Excel's limits. 0-based, inclusive rectangles. */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function colLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** Splits `'My Sheet'!A1:B2` into sheet (unquoted, or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const i = address.lastIndexOf('!');
  if (i < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, i).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1).trim() };
}

/** Parses a local address: `A1`, `A1:B2`, `$A$1`, `A:C`, `3:5`. Throws on anything else (like Excel's InvalidArgument). */
export function parseLocal(local: string): Rect {
  const parts = local.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2 || parts.length === 0) throw new Error(`bad address ${local}`);
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const colOnly = /^([A-Z]{1,3})$/;
  const rowOnly = /^(\d{1,7})$/;
  const a = parts[0];
  const b = parts[1] ?? parts[0];
  let rect: Rect;
  let m1: RegExpExecArray | null;
  let m2: RegExpExecArray | null;
  if ((m1 = cell.exec(a)) && (m2 = cell.exec(b))) {
    rect = { r0: Number(m1[2]) - 1, c0: colIndex(m1[1]), r1: Number(m2[2]) - 1, c1: colIndex(m2[1]) };
  } else if (parts.length === 2 && (m1 = colOnly.exec(a)) && (m2 = colOnly.exec(b))) {
    rect = { r0: 0, c0: colIndex(m1[1]), r1: MAX_ROWS - 1, c1: colIndex(m2[1]) };
  } else if (parts.length === 2 && (m1 = rowOnly.exec(a)) && (m2 = rowOnly.exec(b))) {
    rect = { r0: Number(m1[1]) - 1, c0: 0, r1: Number(m2[1]) - 1, c1: MAX_COLS - 1 };
  } else {
    throw new Error(`bad address ${local}`);
  }
  const r0 = Math.min(rect.r0, rect.r1);
  const r1 = Math.max(rect.r0, rect.r1);
  const c0 = Math.min(rect.c0, rect.c1);
  const c1 = Math.max(rect.c0, rect.c1);
  if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS) throw new Error(`address out of range ${local}`);
  return { r0, c0, r1, c1 };
}

export function localAddress(r: Rect): string {
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1) return `${colLetters(r.c0)}:${colLetters(r.c1)}`;
  if (r.c0 === 0 && r.c1 === MAX_COLS - 1) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = colLetters(r.c0) + (r.r0 + 1);
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${colLetters(r.c1)}${r.r1 + 1}`;
}

/** Excel quotes a sheet name in an address unless it is made of letters, digits, `_` and `.` and does not start with a digit. */
export function quoteSheet(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${localAddress(r)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

// ---- walking a rectangle's cells: the same in every host; each host's limit on how many cells one call may touch,
// and what it does above it, stays with that host's fake (Excel's proxies/cells.ts, the fake ET) ----

/** Calls `f` on every cell of `r`, row by row. */
export function forEachCell(r: Rect, f: (row: number, col: number) => void): void {
  for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) f(row, col);
}

/** `f` over `r` as a 2-D array, rows of columns (what a host's values/Value2 read gives). */
export function cellMatrix<V>(r: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = r.r0; row <= r.r1; row++) {
    const line: V[] = [];
    for (let col = r.c0; col <= r.c1; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

/** The one value of `f` over `r`, or null when the cells differ (a format read over mixed cells). */
export function uniformOver<V>(r: Rect, f: (row: number, col: number) => V): V | null {
  let first: V | undefined;
  let set = false;
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) {
      const v = f(row, col);
      if (!set) {
        first = v;
        set = true;
      } else if (v !== first) return null;
    }
  return first as V;
}

/** Whether `v` is a 2-D array of exactly `r`'s rows and columns, the only array a host's value write takes. */
export function fitsRect(v: unknown, r: Rect): v is unknown[][] {
  const rows = r.r1 - r.r0 + 1;
  const cols = r.c1 - r.c0 + 1;
  return Array.isArray(v) && v.length === rows && v.every((line) => Array.isArray(line) && line.length === cols);
}
