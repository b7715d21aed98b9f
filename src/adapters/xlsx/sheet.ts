/**
 * Worksheet XML and shared strings → the model's grid, in one streaming pass: chunks of XML in,
 * rows of CellValue out, no intermediate workbook model. Values mean what they meant through
 * ExcelJS (the differential test holds both readers to it): shared, inline and rich text as
 * plain strings, formula cells as their cached result, numbers in date formats as DateValue,
 * booleans, error values. Row and column numbers are bounded to Excel's sheet (1,048,576 ×
 * 16,384); merges are kept as ranges and applied without visiting their cells (a sweep over the
 * stored cells); memory and time are charged to a Budget as the grid grows.
 */
import { errorValue, serialToDate, type CellValue, type DateValue, type GridSheet, type Merge } from '../../model/grid';
import type { Budget } from './budget';
import type { Styles } from './parts';
import { FAST_MORE, FAST_NONE, XmlScanner, xmlText, type XmlHandler } from './xml';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

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

const EMPTY_ROW: ReadonlyArray<never> = Object.freeze([]);

// Element ids (index in NAMES).
const SHEET_DATA = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const IS = 5;
const T = 6;
const RPH = 8;
const MERGE = 9;
const NAMES = ['sheetData', 'row', 'c', 'v', 'f', 'is', 't', 'r', 'rPh', 'mergeCell'];

// Cell types (the `t` attribute).
const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

const COLON = 58;
const DQ = 34;

function isWs(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

function typeCode(s: string, from: number, to: number): number {
  const n = to - from;
  if (n === 1) {
    switch (s.charCodeAt(from)) {
      case 115:
        return T_S;
      case 98:
        return T_B;
      case 101:
        return T_E;
      case 100:
        return T_D;
      default:
        return T_N;
    }
  }
  if (n === 3 && s.startsWith('str', from)) return T_STR;
  if (n === 9 && s.startsWith('inlineStr', from)) return T_INLINE;
  return T_N;
}

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
export class DateCache {
  private readonly cache = new Map<number, DateValue | null>();
  constructor(readonly date1904: boolean) {}

  /**
   * A serial in a date format → DateValue, exactly as the ExcelJS path read it: ExcelJS made a
   * JS Date of `round((serial − 25569 [+ 1462]) × 86,400,000)` ms; the day of that instant is
   * taken back to a serial and read with Excel's calendar (the phantom 1900-02-29 included).
   */
  date(v: number): DateValue | null {
    const shift = this.date1904 ? 1462 : 0;
    const ms = Math.round((v - 25569 + shift) * MS_PER_DAY);
    const serial = Math.floor(ms / MS_PER_DAY) + 25569 - shift;
    let d = this.cache.get(serial);
    if (d === undefined) {
      d = Number.isFinite(serial) ? serialToDate(serial, this.date1904) : null;
      this.cache.set(serial, d);
    }
    return d;
  }
}

/** `t="d"` cells (ISO 8601 text): the date part. */
function isoDate(text: string, dates: DateCache): DateValue | null {
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
}

/** Reads one worksheet part: push its bytes, then `finish`. */
export class SheetReader implements XmlHandler {
  private readonly scanner = new XmlScanner(NAMES, this);
  private readonly values: ReadonlyArray<CellValue>[] = [];
  private formats: ReadonlyArray<string | null>[] | null = null;
  private readonly merges: Merge[] = [];
  private truncated = false;

  private inData = false;
  private row = -1;
  private col = -1;
  private curRow = -1;
  private curArr: CellValue[] | null = null;
  // the cell being read
  private cRow = 0;
  private cCol = 0;
  private cType = T_N;
  private cStyle = 0;
  private hasF = false;
  private inCell = false;
  private capture = 0; // 0 nothing, 1 <v>, 2 <t> of an inline string
  private vText: string | undefined;
  private inIs = false;
  private rph = 0;
  private isText: string[] = [];
  private readonly ref = { col: -1, row: -1 };

  constructor(
    private readonly name: string,
    private readonly hidden: boolean,
    private readonly o: SheetReadOptions,
  ) {}

  push(chunk: Uint8Array): boolean {
    return this.scanner.push(chunk);
  }

  finish(): SheetRead {
    if (!this.truncated) this.scanner.end();
    const merges = this.merges.sort((a, b) => a.top - b.top || a.left - b.left);
    if (merges.length) this.clearMerged(merges);
    const values = this.values;
    // Trailing empty rows (all their cells cleared by merges) do not extend the sheet.
    while (values.length && values[values.length - 1].length === 0) values.pop();
    const formats = this.formats;
    if (formats) {
      formats.length = Math.min(formats.length, values.length);
      while (formats.length < values.length) formats.push(EMPTY_ROW);
    }
    const sheet: GridSheet = {
      name: this.name,
      values,
      ...(merges.length ? { merges } : {}),
      ...(formats && formats.some((r) => r.length > 0) ? { numberFormats: formats } : {}),
      ...(this.hidden ? { hidden: true } : {}),
    };
    return { sheet, truncated: this.truncated };
  }

  // ---- XmlHandler

  open(id: number, s: string, from: number, to: number, self: boolean): boolean | void {
    switch (id) {
      case C:
        // (reached only for the forms the fast path leaves: `<c>`, `<x:c …>`)
        if (this.inData) this.openCell(s, from); // the tag ends within s: at `to` lies its `>` or `/>`
        return;
      case V:
        if (this.inIs) return;
        this.capture = 1;
        this.vText = '';
        return;
      case F:
        this.hasF = true;
        return;
      case IS:
        this.inIs = true;
        return;
      case T:
        if (this.inIs && this.rph === 0) this.capture = 2;
        return;
      case RPH:
        this.rph++;
        return;
      case ROW:
        if (this.inData) return this.openRow(s, from, to);
        return;
      case SHEET_DATA:
        this.inData = !self;
        return;
      case MERGE:
        this.openMerge(s, from, to);
        return;
    }
  }

  close(id: number): void {
    switch (id) {
      case C:
        if (this.inData) this.closeCell();
        return;
      case V:
      case T:
        this.capture = 0;
        return;
      case IS:
        this.inIs = false;
        return;
      case RPH:
        this.rph--;
        return;
      case SHEET_DATA:
        this.inData = false;
        return;
    }
  }

  text(s: string, from: number, to: number): void {
    if (this.capture === 1) this.vText = this.vText ? this.vText + s.slice(from, to) : s.slice(from, to);
    else if (this.capture === 2) this.isText.push(s.slice(from, to));
  }

  // ---- rows and cells

  private openRow(s: string, from: number, to: number): boolean {
    let r = this.row + 1;
    const at = attrValue(s, from, to, 114 /* r */);
    if (at >= 0) {
      const end = s.indexOf(s.charCodeAt(at - 1) === DQ ? '"' : "'", at);
      const n = Number(s.slice(at, end));
      if (Number.isInteger(n) && n >= 1) r = n - 1;
    }
    if (r >= MAX_ROWS) throw new OutOfRange('row', r + 1);
    if (this.o.maxRows !== undefined && r >= this.o.maxRows) {
      this.truncated = true;
      return false;
    }
    this.row = r;
    this.col = -1;
    return true;
  }

  /**
   * The attributes of a `<c …>` tag from `from`: position of the `>` that ends it, or -1 when the
   * tag does not end within `s`. Sets the cell being read (or, for `<c …/>`, only the position).
   */
  private openCell(s: string, from: number): number {
    let type = T_N;
    let style = 0;
    let row = this.row < 0 ? 0 : this.row;
    let col = this.col + 1;
    let p = from;
    let end = -1;
    let self = false;
    const n = s.length;
    while (p < n) {
      const ch = s.charCodeAt(p);
      if (isWs(ch)) {
        p++;
        continue;
      }
      if (ch === 62) {
        end = p;
        break;
      }
      if (ch === 47) {
        if (p + 1 >= n) return -1;
        self = true;
        end = p + 1;
        break;
      }
      const eq = s.indexOf('=', p);
      if (eq < 0) return -1;
      let ne = eq;
      while (ne > p && isWs(s.charCodeAt(ne - 1))) ne--;
      let ns = p;
      for (let i = p; i < ne; i++) if (s.charCodeAt(i) === COLON) ns = i + 1;
      let q = eq + 1;
      while (q < n && isWs(s.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const ve = s.indexOf(s.charCodeAt(q) === DQ ? '"' : "'", q + 1);
      if (ve < 0) return -1;
      if (ne - ns === 1) {
        const a = s.charCodeAt(ns);
        if (a === 114) {
          if (parseRef(s, q + 1, ve, this.ref)) {
            if (this.ref.col >= 0) col = this.ref.col;
            if (this.ref.row >= 0) row = this.ref.row;
          }
        } else if (a === 116) type = typeCode(s, q + 1, ve);
        else if (a === 115) {
          let k = 0;
          for (let i = q + 1; i < ve; i++) k = k * 10 + (s.charCodeAt(i) - 48);
          style = k;
        }
      }
      p = ve + 1;
    }
    if (end < 0) return -1;
    if (row >= MAX_ROWS) throw new OutOfRange('row', row + 1);
    if (col >= MAX_COLS) throw new OutOfRange('col', col + 1);
    if (this.o.maxRows !== undefined && row >= this.o.maxRows) {
      this.truncated = true;
      this.scanner.stop();
      return end;
    }
    this.col = col;
    if (row > this.row) this.row = row;
    if (self) return end; // an empty (styled) cell: nothing to read
    this.inCell = true;
    this.cRow = row;
    this.cCol = col;
    this.cType = type;
    this.cStyle = style;
    this.hasF = false;
    this.vText = undefined;
    this.inIs = false;
    this.rph = 0;
    if (this.isText.length) this.isText = [];
    return end;
  }

  /** `<c …>`, `<v>…</v>` and `</c>` without the generic tag machinery: nearly every tag of a sheet is one of them. */
  fast(s: string, lt: number): number {
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 99) {
      if (!this.inData || s.charCodeAt(lt + 2) !== 32) return FAST_NONE;
      const end = this.openCell(s, lt + 3);
      return end < 0 ? FAST_MORE : end + 1;
    }
    if (c1 === 118) {
      if (s.charCodeAt(lt + 2) !== 62 || this.inIs || !this.inCell) return FAST_NONE;
      const e = s.indexOf('<', lt + 3);
      if (e < 0 || e + 4 > s.length) return FAST_MORE;
      if (!s.startsWith('</v>', e)) return FAST_NONE;
      this.vText = s.slice(lt + 3, e);
      return e + 4;
    }
    if (c1 === 47 && s.charCodeAt(lt + 2) === 99 && s.charCodeAt(lt + 3) === 62) {
      if (this.inData) this.closeCell();
      return lt + 4;
    }
    return FAST_NONE;
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    const v = this.vText;
    if (this.capture !== 0) this.capture = 0;
    let value: CellValue = null;
    const type = this.cType;
    if (type === T_INLINE && !this.hasF) {
      if (this.isText.length) {
        const raw = this.isText.length === 1 ? this.isText[0] : this.isText.join('');
        if (raw.length) value = xmlText(raw);
        this.isText = [];
      }
    } else if (v) {
      switch (type) {
        case T_S:
          if (this.hasF) value = this.number(v);
          else {
            const str = this.o.strings[parseInt(v, 10)];
            value = str === undefined ? null : str;
          }
          break;
        case T_STR:
          value = xmlText(v);
          break;
        case T_B:
          value = parseInt(v, 10) !== 0;
          break;
        case T_E:
          value = errorValue(xmlText(v, false));
          break;
        case T_D:
          value = isoDate(v, this.o.dates);
          break;
        default:
          value = this.number(v);
      }
    }
    this.vText = undefined;
    if (value !== null) this.store(this.cRow, this.cCol, value);
  }

  private number(v: string): CellValue {
    const n = parseFloat(v);
    if (!Number.isFinite(n)) return null;
    if (this.o.styles.isDate[this.cStyle]) return this.o.dates.date(n);
    return n;
  }

  private rowArray(r: number): CellValue[] {
    if (r === this.curRow && this.curArr) return this.curArr;
    const values = this.values;
    let arr: CellValue[];
    if (r < values.length) {
      const existing = values[r];
      arr = existing === EMPTY_ROW ? [] : (existing as CellValue[]);
      values[r] = arr;
    } else {
      this.o.budget.charge(8 * (r - values.length + 1));
      while (values.length < r) values.push(EMPTY_ROW);
      arr = [];
      values.push(arr);
    }
    this.o.budget.charge(64);
    this.curRow = r;
    this.curArr = arr;
    return arr;
  }

  private store(r: number, c: number, value: CellValue): void {
    const cells = this.o.cells;
    if (++cells.n > cells.max) throw new TooManyCells();
    const budget = this.o.budget;
    const arr = this.rowArray(r);
    let cost = 8;
    if (arr.length < c) {
      cost += 8 * (c - arr.length);
      while (arr.length < c) arr.push(null);
    }
    arr[c] = value;
    if (typeof value === 'number') {
      if ((value | 0) !== value) cost += 16;
    } else if (typeof value === 'string' && type2(this.cType)) cost += 24 + 2 * value.length;
    const fmt = this.o.styles.format[this.cStyle];
    if (fmt) {
      const formats = (this.formats ??= []);
      while (formats.length < r) formats.push(EMPTY_ROW);
      let fa = formats[r] as (string | null)[] | undefined;
      if (fa === undefined || (fa as unknown) === EMPTY_ROW) {
        fa = [];
        formats[r] = fa;
        cost += 64;
      }
      if (fa.length < c) {
        cost += 8 * (c - fa.length);
        while (fa.length < c) fa.push(null);
      }
      fa[c] = fmt;
      cost += 8;
    }
    budget.charge(cost);
    if ((cells.n & 0x3fff) === 0) budget.check();
  }

  private openMerge(s: string, from: number, to: number): void {
    const at = attrValue(s, from, to, 0, 'ref');
    if (at < 0) return;
    const end = s.indexOf(s.charCodeAt(at - 1) === DQ ? '"' : "'", at);
    const m = parseMergeRef(s.slice(at, end));
    if (!m) return;
    this.merges.push(m);
    this.o.budget.charge(64);
    if ((this.merges.length & 0x3fff) === 0) this.o.budget.check();
  }

  /**
   * The value of a merged range sits in its top-left cell only (ExcelJS dropped the others):
   * clear every stored cell covered by a merge but not its master. A sweep down the stored rows
   * with the active merges' column spans in a Fenwick tree: O((merges + cells) log columns),
   * whatever the merges' size; an empty row under a merge costs nothing.
   */
  private clearMerged(merges: ReadonlyArray<Merge>): void {
    const values = this.values;
    const byBottom = merges.slice().sort((a, b) => a.bottom - b.bottom);
    const tree = new Int32Array(MAX_COLS + 2);
    const add = (i: number, d: number): void => {
      for (let x = i + 1; x <= MAX_COLS + 1; x += x & -x) tree[x] += d;
    };
    const cover = (i: number): number => {
      let s = 0;
      for (let x = i + 1; x > 0; x -= x & -x) s += tree[x];
      return s;
    };
    const masters = new Set<number>();
    for (const m of merges) masters.add(m.top * MAX_COLS + m.left);
    let nextTop = 0;
    let nextBottom = 0;
    let active = 0;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (row.length === 0) continue;
      while (nextTop < merges.length && merges[nextTop].top <= r) {
        const m = merges[nextTop++];
        add(m.left, 1);
        add(m.right + 1, -1);
        active++;
      }
      while (nextBottom < byBottom.length && byBottom[nextBottom].bottom < r) {
        const m = byBottom[nextBottom++];
        if (m.top <= r) {
          add(m.left, -1);
          add(m.right + 1, 1);
          active--;
        }
      }
      if (active === 0) continue;
      const arr = row as CellValue[];
      const fa = this.formats?.[r] as (string | null)[] | undefined;
      let changed = false;
      for (let c = 0; c < arr.length; c++) {
        if (arr[c] === null) continue;
        const n = cover(c);
        if (n === 0 || (n === 1 && masters.has(r * MAX_COLS + c))) continue;
        arr[c] = null;
        if (fa && c < fa.length) fa[c] = null;
        changed = true;
      }
      if (changed) {
        while (arr.length && arr[arr.length - 1] === null) arr.pop();
        if (fa) while (fa.length && fa[fa.length - 1] === null) fa.pop();
        if (arr.length === 0) values[r] = EMPTY_ROW;
        if (fa && fa.length === 0 && this.formats) this.formats[r] = EMPTY_ROW;
      }
    }
  }
}

function type2(t: number): boolean {
  return t === T_STR || t === T_INLINE;
}

/**
 * Start of the value of the attribute whose local name is the one char `code` (or `name`), in
 * `s.slice(from, to)`; -1 when absent.
 */
function attrValue(s: string, from: number, to: number, code: number, name?: string): number {
  let p = from;
  while (p < to) {
    const ch = s.charCodeAt(p);
    if (isWs(ch)) {
      p++;
      continue;
    }
    const eq = s.indexOf('=', p);
    if (eq < 0 || eq >= to) return -1;
    let ne = eq;
    while (ne > p && isWs(s.charCodeAt(ne - 1))) ne--;
    let ns = p;
    for (let i = p; i < ne; i++) if (s.charCodeAt(i) === COLON) ns = i + 1;
    let q = eq + 1;
    while (isWs(s.charCodeAt(q))) q++;
    const ve = s.indexOf(s.charCodeAt(q) === DQ ? '"' : "'", q + 1);
    if (ve < 0 || ve > to) return -1;
    if (name ? ne - ns === name.length && s.startsWith(name, ns) : ne - ns === 1 && s.charCodeAt(ns) === code) return q + 1;
    p = ve + 1;
  }
  return -1;
}

/** Reads the shared strings part: push its bytes, then `finish`. Rich text runs are joined; phonetic runs left out. */
export class SharedStringsReader implements XmlHandler {
  private readonly scanner = new XmlScanner(['si', 't', 'rPh'], this);
  private readonly strings: string[] = [];
  private parts: string[] = [];
  private capture = false;
  private rph = 0;

  constructor(private readonly budget: Budget) {}

  push(chunk: Uint8Array): boolean {
    return this.scanner.push(chunk);
  }

  finish(): string[] {
    this.scanner.end();
    return this.strings;
  }

  open(id: number, _s: string, _f: number, _t: number, self: boolean): void {
    if (id === 0) {
      this.parts = [];
      this.rph = 0;
    } else if (id === 1 && this.rph === 0) this.capture = !self;
    else if (id === 2) this.rph++;
  }

  close(id: number): void {
    if (id === 0) {
      const raw = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
      const text = xmlText(raw);
      this.strings.push(text);
      this.budget.charge(40 + 2 * text.length);
      if ((this.strings.length & 0x3fff) === 0) this.budget.check();
      this.parts = [];
    } else if (id === 1) this.capture = false;
    else if (id === 2) this.rph--;
  }

  text(s: string, from: number, to: number): void {
    if (this.capture) this.parts.push(s.slice(from, to));
  }
}
