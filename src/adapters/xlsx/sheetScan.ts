/**
 * Worksheet XML → the model's grid, scanned as bytes: one pass over each inflated chunk, no text
 * decoding but for the cell texts that need it, numbers parsed from their digits. This is the
 * hot loop of reading a ledger (a 100,000-project sheet is 75 MB of XML, 2 million cells; a
 * padded one may be 300 MB of empty cells), so it works on a small, fixed vocabulary — rows,
 * cells, values, inline strings, merges — and passes over every other tag by its `>` (quoted
 * attribute values respected; comments, CDATA and processing instructions understood). Element
 * names are matched on their local part (`x:c` is `c`). An unfinished tag at the end of a chunk
 * waits for the next (at most MAX_TAG bytes). Values mean what they meant through ExcelJS.
 */
import { concatBytes } from './bytes';
import { errorValue, type CellValue, type GridSheet, type Merge, type UncalculatedColumn } from '../../model/grid';
import type { Budget } from './budget';
import type { DamagedCell } from '../../model/rules/sheetsWorkbook';
import type { SheetRead, SheetReadOptions } from './sheet';
import { DateCache, MAX_COLS, MAX_ROWS, OutOfRange, TooManyCells, isoDateCell, parseMergeRef } from './sheet';
import { MAX_TAG, XmlError, xmlText } from './xmlScan';
import { hostText, utf8Text, type ChunkText } from './utf8';

const EMPTY_ROW: ReadonlyArray<never> = Object.freeze([]);
/** Damaged cells a sheet's read keeps (the rest counted): more than the findings name (rules/sheetsWorkbook.ts S021). */
const DAMAGED_KEPT = 64;
const NO_BYTES = new Uint8Array(0);
/** A shared-string cell whose string has not arrived yet (SheetReadOptions.late): one object, told by identity. */
const LATE = Object.freeze({ late: true }) as unknown as CellValue;

// Element ids.
const NONE = -1;
const SHEET_DATA = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const IS = 5;
const T = 6;
const RPH = 8;
const MERGE = 9;
/** `<col>`: a run of columns' width and visibility (in `<cols>`, before the sheet's data). */
const COL = 10;

// Cell types (the `t` attribute).
const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;
/** A `t` that is none of ST_CellType's values (ECMA-376 §18.18.11, with Office 2010's `d`): Excel calls the file damaged. */
const T_BAD = 7;

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const COLON = 58;
const DQ = 34;
const SQ = 39;

const isWs = (ch: number): boolean => ch === 32 || ch === 9 || ch === 10 || ch === 13;

const SHEET_DATA_BYTES = [115, 104, 101, 101, 116, 68, 97, 116, 97]; // sheetData
const MERGE_CELL_BYTES = [109, 101, 114, 103, 101, 67, 101, 108, 108]; // mergeCell

/**
 * The hidden columns (0-based, ascending) among those that hold cells, from the runs `<col>` marks (first, last, …): a
 * run may span every column of the sheet (`min="1" max="16384"`), so only the columns the rows reach are listed.
 */
function hiddenColsOf(runs: ReadonlyArray<number>, values: ReadonlyArray<ReadonlyArray<CellValue>>): { hiddenCols?: number[] } {
  let width = 0;
  for (const r of values) width = Math.max(width, r.length);
  // each run +1 at its first column, -1 after its last: one pass, whatever the runs' number and span
  const starts = new Int32Array(width + 1);
  for (let i = 0; i < runs.length; i += 2)
    if (runs[i] < width) {
      starts[runs[i]]++;
      starts[Math.min(runs[i + 1], width - 1) + 1]--;
    }
  const cols: number[] = [];
  for (let c = 0, open = 0; c < width; c++) if ((open += starts[c]) > 0) cols.push(c);
  return cols.length ? { hiddenCols: cols } : {};
}

function nameId(b: Uint8Array, s: number, e: number): number {
  const c0 = b[s];
  switch (e - s) {
    case 1:
      return c0 === 99 ? C : c0 === 118 ? V : c0 === 102 ? F : c0 === 116 ? T : NONE;
    case 2:
      return c0 === 105 && b[s + 1] === 115 ? IS : NONE;
    case 3:
      if (c0 === 99) return b[s + 1] === 111 && b[s + 2] === 108 ? COL : NONE;
      if (c0 !== 114) return NONE;
      if (b[s + 1] === 111 && b[s + 2] === 119) return ROW;
      if (b[s + 1] === 80 && b[s + 2] === 104) return RPH;
      return NONE;
    case 9: {
      const want = c0 === 115 ? SHEET_DATA_BYTES : c0 === 109 ? MERGE_CELL_BYTES : null;
      if (!want) return NONE;
      for (let i = 1; i < 9; i++) if (b[s + i] !== want[i]) return NONE;
      return c0 === 115 ? SHEET_DATA : MERGE;
    }
    default:
      return NONE;
  }
}

function typeCode(b: Uint8Array, s: number, e: number): number {
  const n = e - s;
  const c0 = b[s];
  if (n === 1) return c0 === 115 ? T_S : c0 === 98 ? T_B : c0 === 101 ? T_E : c0 === 100 ? T_D : c0 === 110 ? T_N : T_BAD;
  if (n === 3 && c0 === 115 && b[s + 1] === 116 && b[s + 2] === 114) return T_STR;
  if (n === 9 && c0 === 105 && b[s + 1] === 110 && b[s + 2] === 108 && b[s + 3] === 105 && b[s + 4] === 110 && b[s + 5] === 101 && b[s + 6] === 83 && b[s + 7] === 116 && b[s + 8] === 114) return T_INLINE; // inlineStr
  return T_BAD;
}

/**
 * A cell whose type (`t`) is none of ST_CellType's: the schema allows b, n, e, s, str, inlineStr (and
 * Office 2010's d), and Excel refuses anything else as damage ("We found a problem with some content",
 * then repairs by dropping the cell). Read as a number it was a silent guess: the file is damaged here.
 */
export class BadCellType extends XmlError {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly type: string,
  ) {
    super(`cell type ${type}`);
    this.name = 'BadCellType';
  }
}

/** Bytes of a part looked at for its root element (past the declaration, comments, a DOCTYPE). */
const HEAD_BYTES = 64 * 1024;

/**
 * Whether a part's first bytes are XML whose root element is `root` (its local name): 'yes', 'no' (text or bytes
 * before any element, or another root), or 'more' (the prolog goes on past these bytes). A UTF-8 byte-order mark,
 * white space, the declaration, comments and a DOCTYPE may come first, as XML allows.
 */
export function rootIs(b: Uint8Array, root: string): 'yes' | 'no' | 'more' {
  const n = b.length;
  let p = n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  for (;;) {
    while (p < n && isWs(b[p])) p++;
    if (p >= n) return 'more';
    if (b[p] !== LT) return 'no';
    if (p + 1 >= n) return 'more';
    const c = b[p + 1];
    let end: number;
    if (c === 63 /* ? */) end = indexOfSeq(b, [63, GT], p + 2);
    else if (c === 33 /* ! */) end = b[p + 2] === 45 && b[p + 3] === 45 ? indexOfSeq(b, [45, 45, GT], p + 4) : b.indexOf(GT, p + 2);
    else {
      let e = p + 1;
      let local = e;
      while (e < n && !isWs(b[e]) && b[e] !== GT && b[e] !== SLASH) {
        if (b[e] === COLON) local = e + 1;
        e++;
      }
      if (e >= n) return 'more';
      if (e - local !== root.length) return 'no';
      for (let i = 0; i < root.length; i++) if (b[local + i] !== root.charCodeAt(i)) return 'no';
      return 'yes';
    }
    if (end < 0) return 'more';
    p = end + 1;
  }
}

function indexOfSeq(b: Uint8Array, seq: ReadonlyArray<number>, from: number): number {
  for (let i = b.indexOf(seq[0], from); i >= 0 && i + seq.length <= b.length; i = b.indexOf(seq[0], i + 1)) {
    let k = 1;
    while (k < seq.length && b[i + k] === seq[k]) k++;
    if (k === seq.length) return i + seq.length - 1;
  }
  return -1;
}

const latin1 = (b: Uint8Array, s: number, e: number): string => {
  let out = '';
  for (let i = s; i < e; i++) out += String.fromCharCode(b[i]);
  return out;
};

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/**
 * The number written in b[s, e), exactly as parseFloat reads it: up to 15 significant digits
 * with an optional sign and point are an integer divided by a power of ten (both exact, so the
 * division rounds correctly: Clinger's fast path); anything else goes to parseFloat.
 */
function numberAt(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let neg = false;
  if (b[i] === 45) {
    neg = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (; i < e; i++) {
    const ch = b[i];
    if (ch >= 48 && ch <= 57) {
      m = m * 10 + (ch - 48);
      digits++;
      if (frac >= 0) frac++;
    } else if (ch === 46 && frac < 0) frac = 0;
    else return parseFloat(latin1(b, s, e));
  }
  if (digits === 0 || digits > 15) return parseFloat(latin1(b, s, e));
  const v = frac > 0 ? m / POW10[frac] : m;
  return neg ? -v : v;
}

/** A non-negative integer written in b[s, e) (the shared-string index), else parseInt's reading. */
function intAt(b: Uint8Array, s: number, e: number): number {
  let n = 0;
  if (e - s > 15 || e === s) return parseInt(latin1(b, s, e), 10);
  for (let i = s; i < e; i++) {
    const ch = b[i];
    if (ch < 48 || ch > 57) return parseInt(latin1(b, s, e), 10);
    n = n * 10 + (ch - 48);
  }
  return n;
}

const utf8 = new TextDecoder('utf-8');

/** How many bytes of a damaged value a note or an error quotes. */
const SHOWN_BYTES = 64;

/**
 * A damaged value b[s, e) as a note or an error quotes it: its first SHOWN_BYTES bytes, as text. Called only on a
 * damaged cell's path, never per cell.
 */
const shownText = (b: Uint8Array, s: number, e: number): string => xmlText(utf8.decode(b.subarray(s, Math.min(e, s + SHOWN_BYTES))), false);

/** Where the element name starting at `from` ends (white space, `>` or `/`), at most `n`. */
function nameEnd(b: Uint8Array, from: number, n: number): number {
  let q = from;
  while (q < n) {
    const ch = b[q];
    if (ch === 32 || ch === GT || ch === SLASH || ch === 9 || ch === 10 || ch === 13) break;
    q++;
  }
  return q;
}

/** Where the local part of the name b[from, to) starts (after its last `:`; `x:c` is `c`). */
function localStart(b: Uint8Array, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (b[i] === COLON) return i + 1;
  return from;
}

/** The `>` that ends a tag, searched from `from` with quoted attribute values passed over; `n` when it is not in b yet. */
function tagClose(b: Uint8Array, from: number, n: number): number {
  let quote = 0;
  for (let e = from; e < n; e++) {
    const ch = b[e];
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === DQ || ch === SQ) quote = ch;
    else if (ch === GT) return e;
  }
  return n;
}

/**
 * A comment, CDATA section, processing instruction or DOCTYPE at `lt`: the index after it, or -1
 * when it ends beyond `n`. A CDATA section's text goes to `cdata` (when given).
 */
function specialEnd(b: Uint8Array, lt: number, n: number, cdata: Uint8Array[] | null): number {
  const find = (seq: ReadonlyArray<number>, from: number): number => {
    outer: for (let i = from; i + seq.length <= n; i++) {
      for (let k = 0; k < seq.length; k++) if (b[i + k] !== seq[k]) continue outer;
      return i;
    }
    return -1;
  };
  if (b[lt + 1] === 63) {
    const e = find([63, GT], lt + 2);
    return e < 0 ? -1 : e + 2;
  }
  if (b[lt + 2] === 45 && b[lt + 3] === 45) {
    const e = find([45, 45, GT], lt + 4);
    return e < 0 ? -1 : e + 3;
  }
  if (b[lt + 2] === 91 /* [ */) {
    if (lt + 9 > n) return -1;
    const e = find([93, 93, GT], lt + 9); // CDATA
    if (e < 0) return -1;
    if (cdata) cdata.push(b.slice(lt + 9, e));
    return e + 3;
  }
  // <!DOCTYPE …>, possibly with an internal subset: skipped whole, nothing in it is used.
  let depth = 0;
  for (let i = lt + 2; i < n; i++) {
    const ch = b[i];
    if (ch === 91) depth++;
    else if (ch === 93) depth--;
    else if (ch === GT && depth <= 0) return i + 1;
  }
  return -1;
}

/** The longest formula text kept as a column's example (characters; bytes read for it: 4 × as many). */
export const FORMULA_EXAMPLE_MAX = 120;
const FORMULA_BYTES = 4 * FORMULA_EXAMPLE_MAX;

/** A column's formulas without a result so far (SheetReader.noteUncalculated). */
interface Uncalculated {
  col: number;
  count: number;
  first: number;
  last: number;
  runs: number[];
  exampleRow: number;
  formula: string;
}

/** How far into a chunk the end of a row is looked for, to complete a carried tag (SheetReader.push). */
const SPLIT_WINDOW = 1 << 16;

/** The index just after the first `</row>` in b's first `window` bytes, or -1. */
function afterRowEnd(b: Uint8Array, window: number): number {
  const n = Math.min(b.length, window);
  for (let p = b.indexOf(LT); p >= 0 && p + 6 <= n; p = b.indexOf(LT, p + 1))
    if (b[p + 1] === SLASH && b[p + 2] === 114 && b[p + 3] === 111 && b[p + 4] === 119 && b[p + 5] === GT) return p + 6;
  return -1;
}

/** Reads one worksheet part: push its inflated bytes chunk by chunk, then `finish`. */
export class SheetReader {
  private readonly values: ReadonlyArray<CellValue>[] = [];
  private formats: ReadonlyArray<string | null>[] | null = null;
  private readonly merges: Merge[] = [];
  private truncated = false;
  private stopped = false;
  /** The part's first bytes while its root element is not yet seen (rootIs); null once it has been. */
  private head: Uint8Array | null = new Uint8Array(0);
  private carry: Uint8Array | null = null;

  private inData = false;
  private row = -1;
  private col = -1;
  /**
   * The row being written (curRow): its values so far are scratch[0, curLen). One array serves every
   * row and is copied to an array of the row's own length when the row ends: no array grown cell by
   * cell for each row (a growing array keeps up to twice the room, and every step is garbage).
   */
  private curRow = -1;
  private curLen = 0;
  private readonly scratch: CellValue[] = [];
  /**
   * A row met again (cells out of order) is written in its own array, in place, not loaded into the
   * scratch array and copied out again: a sheet whose cells go back and forth between rows would
   * copy whole rows twice at every turn.
   */
  private again: CellValue[] | null = null;
  /** The number formats of row fmtRow (the row being written, when it has any), so far: fmtScratch[0, fmtLen). */
  private fmtRow = -1;
  private fmtLen = 0;
  private readonly fmtScratch: (string | null)[] = [];
  /** The last completed row's number formats, which the next row shares when they are the same. */
  private prevFmt: ReadonlyArray<string | null> | null = null;
  // the cell being read
  private inCell = false;
  private cRow = 0;
  private cCol = 0;
  private cType = T_N;
  private cStyle = 0;
  private hasF = false;
  private inIs = false;
  private rph = 0;
  /** 1: in a <v> read by the generic path; 2: in the <t> of an inline string; 3: in an <f> (its start kept: fText). */
  private capture = 0;
  private vBuf: Uint8Array | null = null;
  private vStart = 0;
  private vEnd = 0;
  private pieces: Uint8Array[] = [];
  private readonly dates: DateCache;
  /** Cells holding LATE, in the order read: row, column, string index. */
  private readonly lateAt: number[] = [];
  private lateMax = -1;
  /** Rows marked hidden="1", as met. */
  private readonly hiddenRows: number[] = [];
  /** Runs of columns marked hidden="1" (`<col min max hidden>`), 0-based first and last, as met. */
  private readonly hiddenColRuns: number[] = [];
  /** Damaged cells (a shared-string index past the table, a malformed `r`): the first DAMAGED_KEPT, and how many in all. */
  private readonly damaged: DamagedCell[] = [];
  private damagedCount = 0;
  /**
   * Formula cells without a result, by column: a count and one example each, whatever their number (a hostile
   * file's millions cost a column's entry each). Null until the first; the fast path never meets a formula.
   */
  private uncalc: Map<number, Uncalculated> | null = null;
  /** The formula text of the cell being read (its first FORMULA_BYTES bytes), while its column has no example yet. */
  private fText: Uint8Array | null = null;

  constructor(
    private readonly name: string,
    private readonly hidden: boolean,
    private readonly o: SheetReadOptions,
  ) {
    this.dates = o.dates;
  }

  /** Feeds bytes; returns false once no more are wanted (the head of the sheet has been read). */
  push(chunk: Uint8Array): boolean {
    if (this.stopped) return false;
    let b = chunk;
    if (this.head !== null) {
      // Not yet known to be a worksheet's XML: its first bytes held back until its root element is seen.
      b = this.head.length ? concatBytes([this.head, chunk]) : chunk;
      const verdict = rootIs(b, 'worksheet');
      if (verdict === 'no' || (verdict === 'more' && b.length > HEAD_BYTES)) throw new XmlError('not a worksheet');
      if (verdict === 'more') {
        this.head = b.slice();
        return true;
      }
      this.head = null;
    }
    const carry = this.carry;
    if (carry) {
      // An unfinished tag carried from the last chunk comes first: it is completed with the chunk's
      // bytes up to the end of its first row, scanned, and the chunk scanned from there (copying the
      // few bytes, not the 1 MB chunk). What that scan leaves unfinished (a `</row>` inside a
      // quoted value or a comment) goes on with the rest of the chunk, copied as before.
      this.carry = null;
      const cut = afterRowEnd(chunk, SPLIT_WINDOW);
      if (cut < 0) b = concatBytes([carry, chunk]);
      else {
        const head = concatBytes([carry, chunk.subarray(0, cut)]);
        const rest = this.scan(head);
        if (this.stopped) return false;
        b = rest >= 0 ? concatBytes([head.subarray(rest), chunk.subarray(cut)]) : chunk.subarray(cut);
      }
    }
    const rest = this.scan(b);
    if (rest >= 0 && !this.stopped) {
      if (b.length - rest > MAX_TAG) throw new XmlError('tag too long');
      this.carry = b.slice(rest);
    }
    // A value whose cell ends in the next chunk keeps a copy: the inflater may write over this one (zip.ts Inflater).
    if (this.vBuf !== null && this.vBuf.buffer === chunk.buffer) {
      this.vBuf = this.vBuf.slice(this.vStart, this.vEnd);
      this.vEnd -= this.vStart;
      this.vStart = 0;
    }
    return !this.stopped;
  }

  finish(): SheetRead {
    // no root element at all (an empty part, a declaration alone): no worksheet
    if (this.head !== null) throw new XmlError('not a worksheet');
    if (!this.truncated && this.carry) {
      // The last tags, with room after them for the look-ahead of the scan loop; still unfinished → damaged.
      const tail = new Uint8Array(this.carry.length + 4).fill(32);
      tail.set(this.carry);
      this.carry = null;
      if (this.scan(tail) >= 0) throw new XmlError('unexpected end of part');
    }
    this.endRow();
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
      ...(this.hiddenRows.length ? { hiddenRows: [...new Set(this.hiddenRows)].sort((a, b) => a - b) } : {}),
      ...(this.hiddenColRuns.length ? hiddenColsOf(this.hiddenColRuns, values) : {}),
      ...(this.uncalc ? { uncalculated: [...this.uncalc.values()].sort((a, b) => a.col - b.col) as UncalculatedColumn[] } : {}),
    };
    return this.damagedCount ? { sheet, truncated: this.truncated, damaged: { cells: this.damaged, count: this.damagedCount } } : { sheet, truncated: this.truncated };
  }

  /** The highest shared-string index a cell waits for (SheetReadOptions.late), -1 when none. */
  get awaited(): number {
    return this.lateMax;
  }

  /**
   * After `finish`: the cells that waited for their shared string get it (the strings up to
   * `awaited` have arrived, or the table is complete). A cell written again later keeps what was
   * written last, a cell a merge cleared stays empty: the waits are settled last first, each only
   * where its placeholder still stands. False when a placeholder's index is past the end of the
   * complete table: that cell is empty (not stored at all), and the sheet must be read again with
   * the whole table.
   */
  resolveLate(strings: ReadonlyArray<string>): boolean {
    const at = this.lateAt;
    const values = this.values as CellValue[][];
    for (let i = at.length - 3; i >= 0; i -= 3) {
      const row = values[at[i]];
      const c = at[i + 1];
      if (row === undefined || row[c] !== LATE) continue;
      const str = strings[at[i + 2]];
      if (str === undefined) return false;
      row[c] = str;
    }
    // emptied, not replaced: the field keeps its one array (a new one made the compiled scan,
    // which reads the field, be thrown away)
    this.lateAt.length = 0;
    this.lateMax = -1;
    return true;
  }

  /** A damaged cell (off the hot path: met only in a damaged file), kept among the first DAMAGED_KEPT. */
  private noteDamaged(kind: DamagedCell['kind'], row: number, col: number, text: string): void {
    if (this.damagedCount++ < DAMAGED_KEPT) this.damaged.push({ kind, row, col, text });
  }

  /** A cell at (r, c) waits for shared string k: recorded, and its placeholder stored meanwhile. */
  private later(k: number, r: number, c: number): CellValue {
    this.lateAt.push(r, c, k);
    if (k > this.lateMax) this.lateMax = k;
    return LATE;
  }

  /** Scans b; returns where an unfinished tag starts (to carry to the next chunk), or -1. */
  private scan(b: Uint8Array): number {
    const n = b.length;
    let p = 0;
    while (p < n) {
      if (this.inData && !this.inCell) {
        p = this.fastRun(b, p, n);
        if (p >= n) return -1;
      }
      let lt = p;
      while (lt < n && b[lt] !== LT) lt++;
      if (this.capture !== 0 && lt > p) this.pieces.push(b.slice(p, lt));
      if (lt >= n) return -1;
      if (lt + 3 >= n) return lt;
      const c1 = b[lt + 1];
      if (c1 === 99 /* c */ && this.inData) {
        const c2 = b[lt + 2];
        if (c2 === 32 || c2 === GT || c2 === SLASH || isWs(c2)) {
          const e = this.cellTag(b, lt + 2, n);
          if (e < 0) return lt;
          if (this.stopped) return -1;
          p = this.inCell ? this.plainCell(b, e, n) : e;
          continue;
        }
      } else if (c1 === 118 /* v */ && b[lt + 2] === GT && this.capture === 0) {
        let q = lt + 3;
        while (q < n && b[q] !== LT) q++;
        // Text up to its end tag, as written: a range of b. Anything else inside (CDATA, a
        // comment) takes the general path, which gathers the pieces; so does a value that goes on
        // past this buffer once it is longer than SPLIT_WINDOW (carried whole, it was copied again
        // with every chunk, and refused as damage past MAX_TAG: a 5 MB value, wherever cut).
        if (q + 1 >= n) {
          if (n - lt <= SPLIT_WINDOW) return lt;
        } else if (b[q + 1] === SLASH) {
          if (this.inCell && !this.inIs) {
            this.vBuf = b;
            this.vStart = lt + 3;
            this.vEnd = q;
          }
          p = q;
          continue;
        }
      } else if (c1 === SLASH) {
        const c2 = b[lt + 2];
        if (b[lt + 3] === GT && (c2 === 99 || c2 === 118)) {
          if (c2 === 99) this.closeCell();
          else if (this.capture === 1) this.close(V); // a <v> read in pieces (attributes, CDATA) ends here
          p = lt + 4;
          continue;
        }
      }
      const e = this.tag(b, lt, n);
      if (e < 0) return lt;
      if (this.stopped) return -1;
      p = e;
    }
    return -1;
  }

  /**
   * The usual markup from p on, read without the general path's steps: `<row …>` (its `r` read
   * from the digits), `</row>`, and cells `<c …/>` and `<c …><v>…</v></c>` whose attributes are
   * only `r` (on the current row), `s` and `t`, double-quoted and spaced by single spaces, whose
   * value is no inline string, and whose whole markup is in b. The value is parsed as its end is
   * looked for (a shared-string index, or a number, from its digits). Returns where the general
   * path goes on: at the first thing that is anything else, or that ends beyond b; what it
   * leaves to the general path it has not begun (nothing of a cell or row is read twice).
   */
  private fastRun(b: Uint8Array, p: number, n: number): number {
    const { isDate, format } = this.o.styles;
    const strings = this.o.strings;
    const late = this.o.late;
    const maxRows = this.o.maxRows ?? MAX_ROWS;
    const cells = this.o.cells;
    const budget = this.o.budget;
    for (;;) {
      let q = p;
      while (q < n && isWs(b[q])) q++;
      p = q;
      if (q + 8 >= n || b[q] !== LT) return p;
      const c1 = b[q + 1];
      if (c1 === 99 /* c */) {
        if (b[q + 2] !== 32) return p;
        q += 3;
        let type = T_N;
        let style = 0;
        let row = -1;
        let col = -1;
        let self = false;
        for (;;) {
          if (q + 3 >= n) return p;
          const a = b[q];
          if (a === GT) {
            q++;
            break;
          }
          if (a === SLASH) {
            if (b[q + 1] !== GT) return p;
            q += 2;
            self = true;
            break;
          }
          if (a === 32) {
            q++;
            continue;
          }
          if (b[q + 1] !== EQ || b[q + 2] !== DQ) return p;
          q += 3;
          let ch = 0;
          if (a === 114 /* r */) {
            let k = 0;
            const s = q;
            while (q < n && (ch = b[q]) >= 65 && ch <= 90) {
              k = k * 26 + (ch - 64);
              q++;
            }
            if (q === s || q - s > 3) return p;
            col = k - 1;
            k = 0;
            const d = q;
            while (q < n && (ch = b[q]) >= 48 && ch <= 57) {
              k = k * 10 + (ch - 48);
              q++;
            }
            if (q === d || q - d > 7 || ch !== DQ) return p;
            row = k - 1;
          } else if (a === 115 /* s */) {
            let k = 0;
            const s = q;
            while (q < n && (ch = b[q]) >= 48 && ch <= 57) {
              k = k * 10 + (ch - 48);
              q++;
            }
            if (q === s || q - s > 9 || ch !== DQ) return p;
            style = k;
          } else if (a === 116 /* t */) {
            const s = q;
            while (q < n && b[q] !== DQ) q++;
            if (q >= n) return p;
            type = typeCode(b, s, q);
            if (type === T_INLINE || type === T_BAD) return p;
          } else return p;
          q++; // the closing quote
        }
        // Only a cell on the row being read, within the sheet; anything else the general path decides.
        if (row !== this.row || row < 0 || col >= MAX_COLS) return p;
        if (self) {
          this.col = col;
          p = q;
          continue;
        }
        if (q + 3 >= n || b[q] !== LT || b[q + 1] !== 118 /* v */ || b[q + 2] !== GT) return p;
        const s = q + 3;
        let e = s;
        let value: CellValue = null;
        let lateK = -1;
        let ch = 0;
        /** The cell's memory as store charges it, when it is stored here (a shared string, or a number or date); 0: by store. */
        let cost = 0;
        if (type === T_S) {
          let k = 0;
          while (e < n && (ch = b[e]) >= 48 && ch <= 57) {
            k = k * 10 + (ch - 48);
            e++;
          }
          // (the value goes on in the next chunk, or is not a plain index: the general path reads it)
          if (e >= n || ch !== LT || e === s || e - s > 15) return p;
          const str = strings[k];
          if (str !== undefined) {
            value = str;
            cost = 8;
          } else if (late !== undefined && !late.complete) lateK = k;
          else return p; // past the table: the general path reads it (valueOf notes it)
        } else if (type === T_N) {
          // Written so that the compiled loop meets nothing its first cells did not (V8 compiles it
          // for what it has seen, and throws the code away at the first thing it has not, ~50-130 ms
          // of compiling each time): the sign without a branch of its own, and `m` a double from the
          // start (-0, not a small integer that overflows at the first number of 10 digits).
          const neg = b[e] === 45 ? 1 : 0;
          e += neg;
          let m = -0;
          let digits = 0;
          let frac = -1;
          for (; e < n; e++) {
            ch = b[e];
            if (ch >= 48 && ch <= 57) {
              m = m * 10 + (ch - 48);
              digits++;
              if (frac >= 0) frac++;
            } else if (ch === 46 && frac < 0) frac = 0;
            else break;
          }
          // The value goes on in the next chunk, or is anything but up to 15 digits with a sign and
          // point (more digits, an exponent, nothing): the general path reads it (numberAt), so that
          // the compiled loop never meets a path it has not run (a few cells of a ledger have 17).
          if (e >= n || ch !== LT || digits === 0 || digits > 15) return p;
          const v = (frac > 0 ? m / POW10[frac] : m) * (1 - 2 * neg);
          if (isDate[style]) {
            // a day not met before, or a number no day shows, is left to the general path (DateCache.known)
            const d = this.dates.known(v);
            if (d === undefined || d === null) return p;
            value = d;
            cost = 8;
          } else {
            value = v;
            cost = (v | 0) !== v ? 24 : 8;
          }
        } else {
          e = b.indexOf(LT, s);
          if (e < 0) return p;
          if (e > s) {
            this.cType = type;
            this.cStyle = style;
            this.hasF = false;
            value = this.valueOf(b, s, e);
          }
        }
        if (e + 8 > n || b[e + 1] !== SLASH || b[e + 2] !== 118 || b[e + 3] !== GT || b[e + 4] !== LT || b[e + 5] !== SLASH || b[e + 6] !== 99 || b[e + 7] !== GT) return p;
        this.col = col;
        // (recorded only now: a cell the general path reads after all is recorded there)
        if (lateK >= 0 && e > s) value = this.later(lateK, row, col);
        if (value !== null && e > s) {
          // The usual cell, a shared string or a number on the row being written, in a style with no
          // format kept, stored as store stores it (its count, its place, its charge) without its steps.
          if (cost !== 0 && row === this.curRow && this.again === null && !format[style]) {
            if (++cells.n > cells.max) throw new TooManyCells();
            const len = this.curLen;
            if (col < len) this.scratch[col] = value;
            else {
              cost += 8 * (col - len);
              this.curLen = putAt(this.scratch, len, col, value);
            }
            budget.charge(cost);
            if ((cells.n & 0x3fff) === 0 || cells.n <= 64) budget.check();
          } else this.store(row, col, value, style, type === T_STR);
        }
        p = e + 8;
      } else if (c1 === 114 /* r */) {
        if (b[q + 2] !== 111 || b[q + 3] !== 119 || !isWs(b[q + 4])) return p;
        q += 5;
        let r = -1;
        for (;;) {
          if (q >= n) return p;
          let ch = b[q];
          if (ch === GT) {
            q++;
            break;
          }
          if (isWs(ch)) {
            q++;
            continue;
          }
          if (ch === SLASH) return p; // <row …/>
          let local = q;
          while (q < n && (ch = b[q]) !== EQ && ch !== GT && !isWs(ch)) {
            if (ch === COLON) local = q + 1;
            q++;
          }
          if (q + 1 >= n || ch !== EQ) return p;
          const isR = q - local === 1 && b[local] === 114;
          // hidden="…": the general path reads the row (openRow notes a hidden one)
          if (q - local === 6 && b[local] === 104 /* h */) return p;
          const quote = b[q + 1];
          if (quote !== DQ && quote !== SQ) return p;
          q += 2;
          if (isR) {
            if (r >= 0) return p;
            let k = 0;
            const d = q;
            while (q < n && (ch = b[q]) >= 48 && ch <= 57) {
              k = k * 10 + (ch - 48);
              q++;
            }
            if (q >= n || ch !== quote || q === d || q - d > 7 || k === 0) return p;
            r = k - 1;
          } else {
            while (q < n && b[q] !== quote) q++;
            if (q >= n) return p;
          }
          q++;
        }
        if (r < 0) r = this.row + 1;
        if (r >= maxRows) return p;
        this.row = r;
        this.col = -1;
        p = q;
      } else if (c1 === SLASH && b[q + 2] === 114 && b[q + 3] === 111 && b[q + 4] === 119 && b[q + 5] === GT) p = q + 6;
      else return p;
    }
  }

  /** Any tag at `lt` (and comments, CDATA, PIs): the index after it, or -1 when it ends beyond b. */
  private tag(b: Uint8Array, lt: number, n: number): number {
    const c1 = b[lt + 1];
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) return this.special(b, lt, n);
    const close = c1 === SLASH;
    const ns = close ? lt + 2 : lt + 1;
    const q = nameEnd(b, ns, n);
    const e = tagClose(b, q, n);
    if (e >= n) return -1;
    const id = nameId(b, localStart(b, ns, q), q);
    if (close) this.close(id);
    else {
      const self = b[e - 1] === SLASH;
      this.open(id, b, q, self ? e - 1 : e, self);
      if (self && !this.stopped) this.close(id);
    }
    return e + 1;
  }

  private special(b: Uint8Array, lt: number, n: number): number {
    return specialEnd(b, lt, n, this.capture !== 0 ? this.pieces : null);
  }

  private open(id: number, b: Uint8Array, from: number, to: number, self: boolean): void {
    switch (id) {
      case C:
        if (this.inData) this.cellTag(b, from, to + (self ? 2 : 1));
        return;
      case V:
        if (this.inCell && !this.inIs) {
          if (!self) {
            this.capture = 1;
            this.pieces = [];
            this.vBuf = null;
          } else {
            // `<v/>` is `<v></v>`: an empty value, present (Excel saves a formula's "" result so in some files)
            this.vBuf = NO_BYTES;
            this.vStart = this.vEnd = 0;
          }
        }
        return;
      case F:
        this.hasF = true;
        // its text, as an example should the cell have no result (noteUncalculated), while its column has none
        if (!self && this.inCell && this.capture === 0 && !((this.uncalc?.get(this.cCol)?.exampleRow ?? -1) >= 0)) {
          this.capture = 3;
          this.pieces = [];
        }
        return;
      case IS:
        if (this.inCell) {
          this.inIs = !self;
          this.pieces = [];
        }
        return;
      case T:
        if (this.inIs && this.rph === 0 && !self) this.capture = 2;
        return;
      case RPH:
        if (!self) this.rph++;
        return;
      case ROW:
        if (this.inData) this.openRow(b, from, to);
        return;
      case SHEET_DATA:
        this.inData = !self;
        return;
      case COL: {
        const hidden = attr(b, from, to, 'hidden');
        if (this.inData || (hidden !== '1' && hidden !== 'true')) return;
        const min = Number(attr(b, from, to, 'min'));
        const max = Number(attr(b, from, to, 'max'));
        if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) this.hiddenColRuns.push(min - 1, Math.min(max, MAX_COLS) - 1);
        this.o.budget.charge(16);
        return;
      }
      case MERGE: {
        const v = attr(b, from, to, 'ref');
        const m = v === null ? null : parseMergeRef(v);
        if (!m) return;
        this.merges.push(m);
        this.o.budget.charge(64);
        if ((this.merges.length & 0x3fff) === 0) this.o.budget.check();
        return;
      }
    }
  }

  private close(id: number): void {
    switch (id) {
      case C:
        this.closeCell();
        return;
      case V:
        if (this.capture === 1) {
          this.capture = 0;
          const all = concatBytes(this.pieces);
          this.pieces = [];
          this.vBuf = all;
          this.vStart = 0;
          this.vEnd = all.length;
        }
        return;
      case T:
        if (this.capture === 2) this.capture = 0;
        return;
      case F:
        if (this.capture === 3) {
          this.capture = 0;
          // (its text gathered as a <v>'s is, in pieces; only its start kept)
          const all = this.pieces.length === 1 ? this.pieces[0] : concatBytes(this.pieces);
          this.fText = all.length > FORMULA_BYTES ? all.slice(0, FORMULA_BYTES) : all;
          this.pieces = [];
        }
        return;
      case IS:
        this.inIs = false;
        return;
      case RPH:
        if (this.rph > 0) this.rph--;
        return;
      case SHEET_DATA:
        this.inData = false;
        return;
    }
  }

  private openRow(b: Uint8Array, from: number, to: number): void {
    let r = this.row + 1;
    const v = attr(b, from, to, 'r');
    if (v !== null) {
      const k = Number(v);
      if (Number.isInteger(k) && k >= 1) r = k - 1;
    }
    if (r >= MAX_ROWS) throw new OutOfRange('row', r + 1);
    if (this.o.maxRows !== undefined && r >= this.o.maxRows) {
      this.truncated = true;
      this.stopped = true;
      return;
    }
    this.row = r;
    this.col = -1;
    const hidden = attr(b, from, to, 'hidden');
    if (hidden === '1' || hidden === 'true') this.hiddenRows.push(r);
  }

  /**
   * The attributes of a `<c` tag from `from` (just after the name) up to its `>`: the index after
   * it, or -1 when the tag ends beyond `n`. Sets the cell being read, or for `<c …/>` only the
   * position. Nothing changes until the whole tag is there.
   */
  private cellTag(b: Uint8Array, from: number, n: number): number {
    let type = T_N;
    let style = 0;
    let refCol = -1;
    let refRow = -1;
    let self = false;
    let badType = '';
    let badRef: string | null = null;
    let p = from;
    for (;;) {
      if (p >= n) return -1;
      let ch = b[p];
      if (ch === GT) break;
      if (ch === SLASH) {
        if (p + 1 >= n) return -1;
        self = true;
        p++;
        continue;
      }
      if (isWs(ch)) {
        p++;
        continue;
      }
      let local = p;
      while (p < n && (ch = b[p]) !== EQ && ch !== GT && !isWs(ch)) {
        if (ch === COLON) local = p + 1;
        p++;
      }
      const ne = p;
      while (p < n && b[p] !== EQ && b[p] !== GT) p++;
      if (p >= n) return -1;
      if (b[p] === GT) break; // an attribute without a value: not XML; the tag ends here
      p++;
      while (p < n && isWs(b[p])) p++;
      if (p >= n) return -1;
      const q = b[p];
      if (q !== DQ && q !== SQ) continue;
      let ve = p + 1;
      while (ve < n && b[ve] !== q) ve++;
      if (ve >= n) return -1;
      if (ne - local === 1) {
        const a = b[local];
        if (a === 114 /* r */) {
          let i = p + 1;
          let col = 0;
          let letters = 0;
          let dollar = false;
          for (; i < ve; i++) {
            let c = b[i];
            if (c === 36) {
              dollar = true;
              continue;
            }
            if (c >= 97 && c <= 122) c -= 32;
            if (c < 65 || c > 90) break;
            col = col * 26 + (c - 64);
            letters++;
          }
          let row = 0;
          let digits = 0;
          for (; i < ve; i++) {
            const c = b[i];
            if (c === 36 && digits === 0) {
              dollar = true;
              continue;
            }
            if (c < 48 || c > 57) {
              digits = -1;
              break;
            }
            // a row of more digits than any sheet's is beyond it (OutOfRange below), not a reference to ignore
            if (digits < 16) row = row * 10 + (c - 48);
            digits++;
          }
          // Only a whole reference places the cell (B4; Excel writes no `$`); any other (4B$$, B, $A$1, A0) is placed by
          // its order in its row, as LibreOffice reads it, and noted: never dropped, never moved to another row unsaid.
          if (letters > 0 && letters <= 7 && digits > 0 && row > 0 && !dollar) {
            refCol = col - 1;
            refRow = row - 1;
          } else badRef = shownText(b, p + 1, ve);
        } else if (a === 116 /* t */) {
          type = typeCode(b, p + 1, ve);
          if (type === T_BAD) badType = shownText(b, p + 1, ve);
        }
        else if (a === 115 /* s */) {
          let k = 0;
          for (let i = p + 1; i < ve; i++) k = k * 10 + (b[i] - 48);
          style = k;
        }
      }
      p = ve + 1;
    }
    const row = refRow >= 0 ? refRow : this.row < 0 ? 0 : this.row;
    const col = refCol >= 0 ? refCol : this.col + 1;
    if (row >= MAX_ROWS) throw new OutOfRange('row', row + 1);
    if (col >= MAX_COLS) throw new OutOfRange('col', col + 1);
    if (type === T_BAD) throw new BadCellType(row, col, badType);
    if (this.o.maxRows !== undefined && row >= this.o.maxRows) {
      this.truncated = true;
      this.stopped = true;
      return p + 1;
    }
    this.col = col;
    if (row > this.row) this.row = row;
    if (self) return p + 1; // an empty (styled) cell: nothing to read
    if (badRef !== null) this.noteDamaged('reference', row, col, badRef);
    this.inCell = true;
    this.cRow = row;
    this.cCol = col;
    this.cType = type;
    this.cStyle = style;
    this.hasF = false;
    this.fText = null;
    this.vBuf = null;
    this.inIs = false;
    this.rph = 0;
    this.capture = 0;
    return p + 1;
  }

  /**
   * The usual cell, `<c …><v>…</v></c>` with the whole of it in b: its value read and stored at
   * once, without the general path's steps (the `<v>`, `</v>` and `</c>` tags each a turn of the
   * scan loop). `from` is just after the `<c …>` tag. Returns where the scan goes on: after the
   * `</c>`, or `from` when the cell is anything else (the general path reads it from there).
   */
  private plainCell(b: Uint8Array, from: number, n: number): number {
    if (this.cType === T_INLINE || from + 3 >= n || b[from] !== LT || b[from + 1] !== 118 /* v */ || b[from + 2] !== GT) return from;
    const s = from + 3;
    const e = b.indexOf(LT, s);
    if (e < 0 || e + 8 > n || b[e + 1] !== SLASH || b[e + 2] !== 118 || b[e + 3] !== GT || b[e + 4] !== LT || b[e + 5] !== SLASH || b[e + 6] !== 99 /* c */ || b[e + 7] !== GT) return from;
    this.inCell = false;
    if (e > s) {
      const value = this.valueOf(b, s, e);
      // a t="str" text is the cell's own, charged to the memory budget (inline strings never come here)
      if (value !== null) this.store(this.cRow, this.cCol, value, this.cStyle, this.cType === T_STR);
    }
    return e + 8;
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.capture = 0;
    let value: CellValue = null;
    if (this.cType === T_INLINE && !this.hasF) {
      if (this.pieces.length) {
        const raw = utf8.decode(concatBytes(this.pieces));
        this.pieces = [];
        if (raw.length) value = xmlText(raw);
      }
    } else if (this.vBuf && this.vEnd > this.vStart) value = this.valueOf(this.vBuf, this.vStart, this.vEnd);
    // (Excel saves a formula whose result is "" as t="str" with an empty <v>: a result, not a formula left uncalculated)
    const emptyText = this.cType === T_STR && this.vBuf !== null;
    this.vBuf = null;
    if (this.pieces.length) this.pieces = [];
    if (value !== null) this.store(this.cRow, this.cCol, value, this.cStyle, this.cType === T_STR || this.cType === T_INLINE);
    else if (this.hasF && !emptyText) this.noteUncalculated();
  }

  /**
   * The cell being closed is a formula without a result: counted in its column, its row added to the column's runs (the
   * row after the last run's extends it: a column of them costs one run; a run charged 16 B), and the first formula text
   * of the column kept (shortened; a shared formula's followers have none: a later cell's is). Nothing is guessed
   * for its value: the cell stays blank, and the model says why (S016).
   */
  private noteUncalculated(): void {
    const map = (this.uncalc ??= new Map());
    const r = this.cRow;
    let u = map.get(this.cCol);
    if (u === undefined) {
      u = { col: this.cCol, count: 0, first: r, last: r, runs: [], exampleRow: -1, formula: '' };
      map.set(this.cCol, u);
      this.o.budget.charge(64 + 2 * FORMULA_EXAMPLE_MAX);
    }
    const runs = u.runs;
    const end = runs.length - 1;
    if (end > 0 && runs[end] === r - 1) runs[end] = r;
    else if (!(end > 0 && runs[end - 1] <= r && r <= runs[end])) {
      runs.push(r, r);
      this.o.budget.charge(16);
      if ((runs.length & 0x1ff) === 0) this.o.budget.check();
    }
    u.count++;
    if (r < u.first) u.first = r;
    if (r > u.last) u.last = r;
    const f = this.fText;
    if (u.exampleRow < 0 && f !== null) {
      let text = xmlText(utf8.decode(f), false).trim();
      if (f.length >= FORMULA_BYTES || text.length > FORMULA_EXAMPLE_MAX) text = text.slice(0, FORMULA_EXAMPLE_MAX - 1) + '…';
      if (text.length) {
        u.exampleRow = r;
        u.formula = text;
      }
    }
    this.fText = null;
  }

  /** The value of the cell being read, from the text of its `<v>` (b[s, e), not empty). */
  private valueOf(b: Uint8Array, s: number, e: number): CellValue {
    switch (this.cType) {
      case T_S: {
        if (this.hasF) return this.number(numberAt(b, s, e));
        const k = intAt(b, s, e);
        const str = this.o.strings[k];
        if (str !== undefined) return str;
        const late = this.o.late;
        if (late !== undefined && !late.complete && k >= 0) return this.later(k, this.cRow, this.cCol);
        // no such string in the whole table: the file is damaged here (Excel repairs it), said, not read as a blank unsaid
        this.noteDamaged('string', this.cRow, this.cCol, shownText(b, s, e).trim());
        return null;
      }
      case T_STR:
        return xmlText(utf8.decode(b.subarray(s, e)));
      case T_B:
        return intAt(b, s, e) !== 0;
      case T_E:
        return errorValue(xmlText(utf8.decode(b.subarray(s, e)), false));
      case T_D:
        return isoDateCell(latin1(b, s, e), this.dates);
      default:
        return this.number(numberAt(b, s, e));
    }
  }

  private number(n: number): CellValue {
    if (!Number.isFinite(n)) return null;
    // A number no calendar day shows (negative, past 9999-12-31) stays the number: the host shows ##### and the
    // checks say the cell is no date (L003), rather than find it empty.
    if (this.o.styles.isDate[this.cStyle]) return this.dates.date(n) ?? n;
    return n;
  }

  /** Makes row r the row being written (the row met again: its values so far). */
  private startRow(r: number): void {
    this.endRow();
    const values = this.values;
    if (r < values.length) {
      const existing = values[r];
      if (existing.length > 0) this.again = existing as CellValue[];
      this.curLen = 0;
    } else {
      this.o.budget.charge(8 * (r - values.length + 1));
      while (values.length < r) values.push(EMPTY_ROW);
      values.push(EMPTY_ROW); // until endRow
      this.curLen = 0;
    }
    this.o.budget.charge(64);
    this.curRow = r;
  }

  /**
   * The row being written is complete (the next cell is on another row, or the sheet ends): its
   * values get an array of their own length, and its number formats, when they are the previous
   * row's, that row's array (a ledger's rows format the same columns as dates: one array for them
   * all, not one per row). Less for the garbage collector to copy: the whole grid survives every
   * young-generation collection while it is read.
   */
  private endRow(): void {
    if (this.again !== null) this.again = null;
    else if (this.curRow >= 0 && this.curLen > 0) this.values[this.curRow] = this.scratch.slice(0, this.curLen);
    this.curRow = -1;
    this.curLen = 0;
    if (this.fmtRow < 0) return;
    const prev = this.prevFmt;
    const len = this.fmtLen;
    if (prev !== null && prev.length === len && sameEntries(prev, this.fmtScratch)) this.formats![this.fmtRow] = prev;
    else this.formats![this.fmtRow] = this.prevFmt = this.fmtScratch.slice(0, len);
    this.fmtRow = -1;
    this.fmtLen = 0;
  }

  /** Stores a cell's value; `ownText`: a string of the cell's own (not a shared string), charged to the budget. */
  private store(r: number, c: number, value: CellValue, style: number, ownText: boolean): void {
    const cells = this.o.cells;
    if (++cells.n > cells.max) throw new TooManyCells();
    if (r !== this.curRow) this.startRow(r);
    let cost = 8;
    const again = this.again;
    if (again !== null) {
      if (c > again.length) cost += 8 * (c - again.length);
      putAt(again, again.length, c, value);
    } else {
      const len = this.curLen;
      if (c > len) cost += 8 * (c - len);
      this.curLen = putAt(this.scratch, len, c, value);
    }
    if (typeof value === 'number') {
      if ((value | 0) !== value) cost += 16;
    } else if (ownText && typeof value === 'string') cost += 24 + 2 * value.length;
    const fmt = this.o.styles.format[style];
    if (fmt) {
      if (this.fmtRow !== r) {
        // A row met again may share its formats with another row: they are copied, never written to.
        const formats = (this.formats ??= []);
        while (formats.length <= r) formats.push(EMPTY_ROW);
        const existing = formats[r];
        if (existing === EMPTY_ROW) cost += 64;
        this.fmtLen = loadInto(this.fmtScratch, existing);
        this.fmtRow = r;
      }
      if (c > this.fmtLen) cost += 8 * (c - this.fmtLen);
      this.fmtLen = putAt(this.fmtScratch, this.fmtLen, c, fmt);
      cost += 8;
    }
    this.o.budget.charge(cost);
    // (and at the first cell, so that the check is no surprise to the compiled code)
    if ((cells.n & 0x3fff) === 0 || cells.n <= 64) this.o.budget.check();
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
        add(m.left, -1);
        add(m.right + 1, 1);
        active--;
      }
      if (active === 0) {
        // every merge ended above: the rows below (a ledger's body under its merged title) are not looked at
        if (nextTop === merges.length) break;
        continue;
      }
      const arr = row as CellValue[];
      // a copy: rows may share one array of formats (endRow)
      let fa = this.formats?.[r] as (string | null)[] | undefined;
      if (fa !== undefined && fa.length > 0) fa = this.formats![r] = fa.slice();
      let changed = false;
      for (let c = 0; c < arr.length; c++) {
        if (arr[c] === null) continue;
        const k = cover(c);
        if (k === 0 || (k === 1 && masters.has(r * MAX_COLS + c))) continue;
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

/**
 * A row being written in a scratch array whose first `len` entries are the row (the array is
 * reused and may be longer): `value` put at `c`, the gap before it null. Returns the new length.
 */
function putAt<T>(scratch: (T | null)[], len: number, c: number, value: T): number {
  if (c < len) {
    scratch[c] = value;
    return len;
  }
  for (; len < c; len++) {
    if (len < scratch.length) scratch[len] = null;
    else scratch.push(null);
  }
  if (c < scratch.length) scratch[c] = value;
  else scratch.push(value);
  return c + 1;
}

/** A row met again, copied into a scratch array to be written there (putAt); returns its length. */
function loadInto<T>(scratch: T[], row: ReadonlyArray<T>): number {
  for (let i = 0; i < row.length; i++) {
    if (i < scratch.length) scratch[i] = row[i];
    else scratch.push(row[i]);
  }
  return row.length;
}

function sameEntries<T>(a: ReadonlyArray<T>, b: ReadonlyArray<T>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The value of the attribute with local name `name` in b[from, to), or null. */
function attr(b: Uint8Array, from: number, to: number, name: string): string | null {
  let p = from;
  while (p < to) {
    let ch = b[p];
    if (isWs(ch) || ch === SLASH) {
      p++;
      continue;
    }
    let local = p;
    while (p < to && (ch = b[p]) !== EQ && !isWs(ch)) {
      if (ch === COLON) local = p + 1;
      p++;
    }
    const ne = p;
    while (p < to && b[p] !== EQ) p++;
    p++;
    while (p < to && isWs(b[p])) p++;
    const q = b[p];
    if (q !== DQ && q !== SQ) return null;
    let ve = p + 1;
    while (ve < to && b[ve] !== q) ve++;
    if (ne - local === name.length) {
      let same = true;
      for (let i = 0; i < name.length; i++) if (b[local + i] !== name.charCodeAt(i)) same = false;
      if (same) return xmlText(utf8.decode(b.subarray(p + 1, ve)), false);
    }
    p = ve + 1;
  }
  return null;
}

const AMP = 38;
const CR = 13;
const UNDERSCORE = 95;
/** plainItem: b ends before the item does (or before it can tell whether the item is plain). */
const ITEM_CUT = -2;
/** The longest cut item carried to the next chunk to be read whole; a longer one the general path reads in pieces. */
const MAX_CARRIED_ITEM = 1 << 16;
const PRESERVE = Array.from(' xml:space="preserve">', (ch) => ch.charCodeAt(0));
const ITEM_END = Array.from('</t></si>', (ch) => ch.charCodeAt(0));

/** The index just after the first `</si>` in b's first `window` bytes, or -1. */
function afterItemEnd(b: Uint8Array, window: number): number {
  const n = Math.min(b.length, window);
  for (let p = b.indexOf(LT); p >= 0 && p + 5 <= n; p = b.indexOf(LT, p + 1))
    if (b[p + 1] === SLASH && b[p + 2] === 115 && b[p + 3] === 105 && b[p + 4] === GT) return p + 5;
  return -1;
}

// Shared strings: element ids.
const SI = 1;
const ST = 2;
const SRPH = 3;

function sstNameId(b: Uint8Array, s: number, e: number): number {
  switch (e - s) {
    case 1:
      return b[s] === 116 /* t */ ? ST : NONE;
    case 2:
      return b[s] === 115 && b[s + 1] === 105 /* si */ ? SI : NONE;
    case 3:
      return b[s] === 114 && b[s + 1] === 80 && b[s + 2] === 104 /* rPh */ ? SRPH : NONE;
    default:
      return NONE;
  }
}

/** The memory a shared string is charged to the budget. */
export const stringCost = (text: string): number => 40 + 2 * text.length;

/**
 * Reads the shared strings part as bytes, like the sheets: push its inflated bytes chunk by
 * chunk, then `finish`. Each `<si>` is one string: the text of its `<t>` elements (rich text runs
 * joined), phonetic runs (`<rPh>`) left out, CDATA kept, entities and `_xHHHH_` decoded. An
 * item's text is decoded once, straight from the chunk when it lies within one (a ledger's
 * shared strings are hundreds of thousands of short items: names, codes, dates as text), by the
 * host's own decoding where it has one (Node; utf8.ts's hostText) and the item has nothing to
 * unescape.
 */
export class SharedStringsReader {
  private strings: string[] = [];
  /** Items read (the strings taken included). */
  private count = 0;
  private carry: Uint8Array | null = null;
  /** In a `<t>` that counts (not inside a phonetic run). */
  private inT = false;
  private rph = 0;
  /** The current item's text so far: views into the chunk being scanned, copied when it ends. */
  private pieces: Uint8Array[] = [];
  /** Or, while it is one range of the chunk being scanned: [textStart, textEnd) (textEnd −1: none). */
  private textStart = 0;
  private textEnd = -1;
  /** The host's own decoding of the chunk being scanned (hostText), null where it has none. */
  private native: ChunkText | null = null;
  /** The last bytes are being scanned (finish): nothing is carried any more. */
  private ending = false;

  /** `host`: the host's own UTF-8 decoding (the tests pass one that declines, to read as a browser does). */
  constructor(
    private readonly budget: Budget,
    private readonly host: (b: Uint8Array) => ChunkText | null = hostText,
  ) {}

  push(chunk: Uint8Array): boolean {
    let b = chunk;
    const carry = this.carry;
    if (carry) {
      // An unfinished item or tag carried from the last chunk comes first: as in SheetReader.push,
      // it is completed with the chunk's bytes up to the end of its first item, scanned, and the
      // chunk scanned from there (copying the few bytes, not the 1 MB chunk: one copy per chunk,
      // ~11 MB for the 100,000-project ledger). What that scan leaves unfinished (a `</si>` inside
      // a CDATA section or a comment) goes on with the rest of the chunk, copied as before.
      this.carry = null;
      const cut = afterItemEnd(chunk, MAX_CARRIED_ITEM);
      if (cut < 0) b = concatBytes([carry, chunk]);
      else {
        const head = concatBytes([carry, chunk.subarray(0, cut)]);
        const rest = this.scan(head);
        this.spill(head);
        b = rest >= 0 ? concatBytes([head.subarray(rest), chunk.subarray(cut)]) : chunk.subarray(cut);
      }
    }
    const rest = this.scan(b);
    // An item that goes on in the next chunk keeps copies: the inflater may reuse its buffer.
    this.spill(b);
    for (let i = 0; i < this.pieces.length; i++) this.pieces[i] = this.pieces[i].slice();
    if (rest >= 0) {
      if (b.length - rest > MAX_TAG) throw new XmlError('tag too long');
      this.carry = b.slice(rest);
    }
    return true;
  }

  finish(): string[] {
    this.ending = true;
    if (this.carry) {
      const tail = new Uint8Array(this.carry.length + 4).fill(32);
      tail.set(this.carry);
      this.carry = null;
      if (this.scan(tail) >= 0) throw new XmlError('unexpected end of part');
    }
    return this.strings;
  }

  /** The strings read since the last `take` (all so far, the first time): they are handed on in batches. */
  take(): string[] {
    const s = this.strings;
    this.strings = [];
    return s;
  }

  private scan(b: Uint8Array): number {
    const n = b.length;
    this.native = this.host(b);
    let p = 0;
    while (p < n) {
      // (the next item usually starts right here: no search)
      let lt = b[p] === LT ? p : b.indexOf(LT, p);
      if (lt < 0) lt = n;
      if (this.inT && lt > p) {
        // Most items are one run of text inside one chunk: kept as a range, decoded at </si>.
        if (this.textEnd < 0 && this.pieces.length === 0) {
          this.textStart = p;
          this.textEnd = lt;
        } else {
          this.spill(b);
          this.pieces.push(b.subarray(p, lt));
        }
      }
      if (lt >= n) return -1;
      if (lt + 3 >= n) return lt;
      const c1 = b[lt + 1];
      if (c1 === 115 /* s */ && b[lt + 2] === 105 /* i */ && b[lt + 3] === GT) {
        const e = this.plainItem(b, lt + 4, n);
        if (e >= 0) {
          p = e;
          continue;
        }
        // An item cut by the chunk's end is read whole from the next chunk (carried, as a cut tag
        // is): the general path is then run only by items that need it, so the compiled scan
        // is not thrown away at each chunk's end for a path it had never run (~3 times per
        // ledger of 100,000 projects, each time falling back to the interpreter for a while).
        if (e === ITEM_CUT && !this.ending && n - lt <= MAX_CARRIED_ITEM) return lt;
      }
      if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
        if (this.inT) this.spill(b);
        const e = specialEnd(b, lt, n, this.inT ? this.pieces : null);
        if (e < 0) return lt;
        p = e;
        continue;
      }
      const close = c1 === SLASH;
      const ns = close ? lt + 2 : lt + 1;
      const q = nameEnd(b, ns, n);
      const e = tagClose(b, q, n);
      if (e >= n) return lt;
      const id = sstNameId(b, localStart(b, ns, q), q);
      const self = !close && b[e - 1] === SLASH;
      if (id === SI) {
        if (!close) {
          this.pieces = [];
          this.textEnd = -1;
          this.rph = 0;
          this.inT = false;
        }
        if (close || self) this.item(b);
      } else if (id === ST) {
        if (close) this.inT = false;
        else if (this.rph === 0) this.inT = !self;
      } else if (id === SRPH) {
        if (!close && !self) this.rph++;
        else if (close && this.rph > 0) this.rph--;
      }
      p = e + 1;
    }
    return -1;
  }

  /**
   * The usual item, `<si><t>…</t></si>` or `<si><t xml:space="preserve">…</t></si>` with the whole
   * of it in b, read without the general path's four tags: `s` is just after the `<si>`. Returns
   * the index after the `</si>`, ITEM_CUT when b ends before it can tell, or -1 when the item is
   * anything else (the general path reads it).
   * Text with no `&`, CR or `_` means its bytes as they are (no reference, line end or `_xHHHH_`
   * escape to decode): it is decoded straight from b, by the host where it can (hostText).
   */
  private plainItem(b: Uint8Array, s: number, n: number): number {
    if (s + 3 > n) return ITEM_CUT;
    if (b[s] !== LT || b[s + 1] !== 116 /* t */) return -1;
    let t = s + 2;
    if (b[t] === GT) t++;
    else {
      if (t + PRESERVE.length > n) return ITEM_CUT;
      for (let i = 0; i < PRESERVE.length; i++) if (b[t + i] !== PRESERVE[i]) return -1;
      t += PRESERVE.length;
    }
    let e = t;
    let escaped = false;
    for (; e < n; e++) {
      const c = b[e];
      if (c === LT) break;
      if (c === AMP || c === CR || c === UNDERSCORE) escaped = true;
    }
    if (e + 9 > n) return ITEM_CUT;
    for (let i = 0; i < ITEM_END.length; i++) if (b[e + i] !== ITEM_END[i]) return -1;
    if (this.pieces.length !== 0) this.pieces = [];
    this.rph = 0;
    this.inT = false;
    this.textEnd = -1;
    const native = this.native;
    // A leading byte-order mark is TextDecoder's to drop: utf8Text's. (Tested without a branch per
    // byte: the compiled loop would be thrown away at the first text that starts with EF, as a
    // full-width bracket does.)
    const raw = native !== null && e > t && ((b[t] << 16) | (b[t + 1] << 8) | b[t + 2]) !== 0xefbbbf ? native.text(t, e) : utf8Text(b, t, e);
    this.add(escaped ? xmlText(raw) : raw);
    return e + 9;
  }

  /** The pending range of text becomes a piece (more text follows, or the chunk ends). */
  private spill(b: Uint8Array): void {
    if (this.textEnd < 0) return;
    this.pieces.push(b.subarray(this.textStart, this.textEnd));
    this.textEnd = -1;
  }

  private item(b: Uint8Array): void {
    let raw = '';
    if (this.textEnd >= 0 && this.pieces.length === 0) raw = utf8Text(b, this.textStart, this.textEnd);
    else {
      this.spill(b);
      const pieces = this.pieces;
      if (pieces.length) raw = utf8.decode(pieces.length === 1 ? pieces[0] : concatBytes(pieces));
    }
    this.textEnd = -1;
    if (this.pieces.length !== 0) this.pieces = [];
    this.inT = false;
    this.add(raw.length ? xmlText(raw) : raw);
  }

  private add(text: string): void {
    this.strings.push(text);
    this.budget.charge(stringCost(text));
    // (and at the first string, so that the check is no surprise to the compiled code)
    if ((++this.count & 0x3fff) === 0 || this.count <= 64) this.budget.check();
  }
}
