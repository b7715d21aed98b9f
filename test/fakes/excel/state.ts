/**
 * The host-side state of the fake workbook (what "Excel" holds). Proxies (proxies/) only reach it
 * inside `context.sync()`. Cells are stored sparsely: one array of values per used row, maps for
 * formulas, number formats, styles and notes, so a 100,000 × 22 ledger fits comfortably in memory.
 */
import { MAX_COLS, type Rect, contains, intersects } from './address';
import { type Grid, dateToSerial, isDateValue, isErrorValue } from '../../../src/model/grid';
import { DAYS_1904, typeIn } from './typeIn';

export type Scalar = number | string | boolean;

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface CellStyle {
  fill?: { color: string; pattern: string; patternColor?: string; tintAndShade?: number };
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  borders?: { top?: BorderState; bottom?: BorderState; left?: BorderState; right?: BorderState };
}

export interface ChartState {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
}

export interface PageState {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printGridlines: boolean;
}

export interface NoteState {
  content: string;
  author: string;
}

/** A threaded comment (its replies are not modelled). */
export interface CommentState {
  readonly id: string;
  content: string;
  author: string;
  resolved: boolean;
}

export interface ValidationState {
  rect: Rect;
  rule: Record<string, unknown>;
}

/** A conditional format of a range (only the CellValue kind carries a rule here). */
export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  priority: number;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  font?: { color?: string; bold?: boolean; italic?: boolean };
}

export const DEFAULT_FONT = { name: 'Calibri', size: 11 };
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_COLUMN_WIDTH = 48;

export const key = (r: number, c: number): number => r * MAX_COLS + c;
export const unkey = (k: number): { r: number; c: number } => ({ r: Math.floor(k / MAX_COLS), c: k % MAX_COLS });

let nextSheetId = 1;

/** Rows per block of the merged-area lookup (SheetState.mergeAt). */
const MERGE_BUCKET = 256;

export class SheetState {
  readonly id: string;
  deleted = false;
  visibility = 'Visible';
  readonly values = new Map<number, Scalar[]>();
  /** Cells holding an error value (their value is the error's code, as Office.js reads it): `key(r, c)`. */
  readonly errors = new Set<number>();
  readonly formulas = new Map<number, Map<number, string>>();
  readonly numFmt = new Map<number, Map<number, string>>();
  readonly styles = new Map<number, CellStyle>();
  merges: Rect[] = [];
  readonly notes = new Map<number, NoteState>();
  /**
   * The sheet is protected (审阅 → 保护工作表 with the defaults: every cell locked, no formatting, no editing of
   * objects). Host-side setup, as a user's ledger may come protected from the 财政 template. "The protection feature in
   * Microsoft Office Excel helps prevent users and code from modifying objects in a worksheet. By default, all cells are
   * locked after you turn on protection" (learn.microsoft.com/previous-versions/visualstudio/visual-studio-2010/dkcs53f3).
   * Every write to its cells (values, formulas, number formats, fills, fonts, merges, validations, notes) is then
   * refused; the error code is not documented (Excel answers AccessDenied to a refused protection change,
   * OfficeDev/office-js#6784), so the fake answers AccessDenied.
   */
  protected = false;
  /**
   * Cells left unlocked before the sheet was protected (设置单元格格式 → 保护 → 锁定 off, host-side setup): a protected
   * sheet still takes values typed into them — the form's fill-in cells of a template — and the number format typing
   * gives a General cell (a date, a percent). Every other write there (formats, fills, fonts, merges, validations,
   * notes, clearing formats) is refused as on a locked cell: the default protection allows no formatting and no
   * editing of objects, and where Excel might allow more on an unlocked cell the fake stays stricter.
   */
  readonly unlocked: Rect[] = [];

  /** Refuses a write to a protected sheet (see `protected`); `cell`: a value written there, allowed when unlocked. */
  guardWrite(what: string, cell?: { r: number; c: number }): void {
    if (!this.protected) return;
    if (cell && this.unlocked.some((u) => contains(u, { r0: cell.r, c0: cell.c, r1: cell.r, c1: cell.c }))) return;
    throw new Error(`AccessDenied: ${what}: the sheet ${this.name} is protected`);
  }
  /**
   * Rows hidden (by hand, by a filter, in a collapsed group), 0-based: host-side setup. Office.js reads them through
   * `Range.rowHidden` (ExcelApi 1.2: true all, false none, null some) and `Range.getRowProperties` (ExcelApi 1.9);
   * ET through `Range.Hidden` of whole rows.
   */
  readonly hiddenRows = new Set<number>();
  /**
   * Columns hidden (by hand, in a collapsed group), 0-based: host-side setup. Office.js reads them through
   * `Range.columnHidden` (ExcelApi 1.2: true all, false none, null some) and `Range.getColumnProperties` (ExcelApi 1.9);
   * ET through `Range.Hidden` of whole columns.
   */
  readonly hiddenCols = new Set<number>();
  /** Threaded comments by cell; a cell holds a note or a threaded comment, never both. */
  readonly comments = new Map<number, CommentState>();
  validations: ValidationState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  defaultFont = { ...DEFAULT_FONT };
  page: PageState = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printGridlines: false,
  };
  printArea: Rect | null = null;
  printTitleRows: { r0: number; r1: number } | null = null;
  /** Headers and footers shared by all pages, by section (`centerFooter`…), in Excel's codes. */
  headerFooter: Partial<Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>> = {};
  autoFilter: Rect | null = null;
  /** Manual page breaks: the rows (0-based) that start a new page. */
  readonly rowBreaks: number[] = [];
  /**
   * The manual row breaks the sheet prints with: none under a fit to pages. Excel ignores manual page breaks when the
   * page setup fits the sheet to N pages wide × M tall (fitToPage), even 1 wide × any tall: the XlsxWriter family's
   * documentation of fit_to_pages ("will override any manual page breaks that are defined in the worksheet"), and
   * writers that break pages set a print scale instead for that reason. WPS 表格 is taken to do as Excel (no source
   * found either way; its PageSetup is Excel's object model). Both fakes keep their page setup in this state, so both
   * print so.
   */
  printedRowBreaks(): number[] {
    const z = this.page.zoom;
    const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
    return fit ? [] : [...this.rowBreaks];
  }
  frozenRows = 0;
  readonly charts: ChartState[] = [];

  constructor(public name: string) {
    // Shaped like Excel's (a GUID in braces): ids travel in every request that names a sheet by id.
    this.id = `{${(nextSheetId++).toString(16).toUpperCase().padStart(8, '0')}-0001-0000-0000-000000000000}`;
  }

  // ---- values and formulas ----
  getValue(r: number, c: number): Scalar | undefined {
    return this.values.get(r)?.[c];
  }

  setRawValue(r: number, c: number, v: Scalar | undefined): void {
    if (this.errors.size) this.errors.delete(key(r, c));
    let row = this.values.get(r);
    if (v === undefined) {
      if (!row || row[c] === undefined) return;
      row[c] = undefined as unknown as Scalar;
      if (row.every((x) => x === undefined)) this.values.delete(r);
      return;
    }
    if (!row) {
      row = [];
      this.values.set(r, row);
    }
    row[c] = v;
  }

  /** An error value in the cell (`#N/A`…). */
  setError(r: number, c: number, code: string): void {
    this.setRawValue(r, c, code);
    this.errors.add(key(r, c));
  }

  isError(r: number, c: number): boolean {
    return this.errors.has(key(r, c));
  }

  getFormula(r: number, c: number): string | undefined {
    return this.formulas.get(r)?.get(c);
  }

  setFormula(r: number, c: number, f: string | undefined): void {
    setSparse(this.formulas, r, c, f);
  }

  getNumFmt(r: number, c: number): string {
    return this.numFmt.get(r)?.get(c) ?? 'General';
  }

  setNumFmt(r: number, c: number, f: string): void {
    this.guardWrite('number format');
    setSparse(this.numFmt, r, c, f === 'General' ? undefined : f);
  }

  /**
   * What Excel does with a value written through `values`/`formulas`: a number or boolean is stored; a string is
   * parsed as if typed in (typeIn.ts: formulas, numbers, percents, dates, times, booleans, errors, the apostrophe
   * prefix), and a date, percent or thousands format is given to a General cell — unless the cell is formatted as text
   * (`@`), where the string is kept as written. `null` leaves the cell unchanged; `''` clears it. `date1904`: the
   * workbook's date system (WorkbookState.date1904), in which a date typed in is stored as its serial.
   */
  input(r: number, c: number, v: unknown, date1904: boolean): void {
    this.guardWrite('value', { r, c });
    if (v === null || v === undefined) return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error('InvalidArgument: non-finite number');
      this.setFormula(r, c, undefined);
      this.setRawValue(r, c, v);
      return;
    }
    if (typeof v === 'boolean') {
      this.setFormula(r, c, undefined);
      this.setRawValue(r, c, v);
      return;
    }
    if (typeof v !== 'string') throw new Error(`InvalidArgument: unsupported cell value ${JSON.stringify(v)}`);
    this.setFormula(r, c, undefined);
    if (v === '') {
      this.setRawValue(r, c, undefined);
      return;
    }
    if (this.getNumFmt(r, c) === '@') {
      this.setRawValue(r, c, checkText(v));
      return;
    }
    const t = typeIn(v, undefined, date1904);
    switch (t.kind) {
      case 'formula':
        checkFormula(t.formula);
        this.setFormula(r, c, t.formula);
        // The fake does not calculate: a formula's cached value is unknown (reads as '').
        this.setRawValue(r, c, undefined);
        return;
      case 'error':
        this.setError(r, c, t.code);
        return;
      case 'boolean':
        this.setRawValue(r, c, t.value);
        return;
      case 'number':
        this.setRawValue(r, c, t.value);
        // the format typing gives (an unlocked cell of a protected sheet takes it with the value)
        if (t.format && this.getNumFmt(r, c) === 'General') setSparse(this.numFmt, r, c, t.format);
        return;
      default:
        this.setRawValue(r, c, checkText(t.text));
    }
  }

  // ---- styles ----
  getStyle(r: number, c: number): CellStyle | undefined {
    return this.styles.get(key(r, c));
  }

  updateStyle(r: number, c: number, f: (s: CellStyle) => void): void {
    this.guardWrite('format');
    const k = key(r, c);
    let s = this.styles.get(k);
    if (!s) {
      s = {};
      this.styles.set(k, s);
    }
    f(s);
    if (isEmptyStyle(s)) this.styles.delete(k);
  }

  // ---- merges ----
  /**
   * `merges` by blocks of MERGE_BUCKET rows, rebuilt whenever `merges` is another array or another length (tests push
   * areas straight into it): looking one up costs the areas of a block, not of the sheet, so that reading a sheet of
   * 8,000 merged rows through a fake costs what the host's calls cost, not seconds of the fake's own scanning.
   */
  private mergeBuckets?: { of: Rect[]; n: number; buckets: Map<number, Rect[]> };
  private bucketsOfMerges(): Map<number, Rect[]> {
    const known = this.mergeBuckets;
    if (known && known.of === this.merges && known.n === this.merges.length) return known.buckets;
    const buckets = new Map<number, Rect[]>();
    for (const m of this.merges)
      for (let b = Math.floor(m.r0 / MERGE_BUCKET); b <= Math.floor(m.r1 / MERGE_BUCKET); b++) {
        const list = buckets.get(b);
        if (list) list.push(m);
        else buckets.set(b, [m]);
      }
    this.mergeBuckets = { of: this.merges, n: this.merges.length, buckets };
    return buckets;
  }

  mergeAt(r: number, c: number): Rect | undefined {
    return this.bucketsOfMerges()
      .get(Math.floor(r / MERGE_BUCKET))
      ?.find((m) => m.r0 <= r && r <= m.r1 && m.c0 <= c && c <= m.c1);
  }

  /** How many cells of `rect` lie in merged areas (areas do not overlap). */
  mergedCellsIn(rect: Rect): number {
    const buckets = this.bucketsOfMerges();
    const seen = new Set<Rect>();
    let n = 0;
    for (let b = Math.floor(rect.r0 / MERGE_BUCKET); b <= Math.floor(rect.r1 / MERGE_BUCKET); b++)
      for (const m of buckets.get(b) ?? []) {
        if (seen.has(m) || !intersects(m, rect)) continue;
        seen.add(m);
        n += (Math.min(m.r1, rect.r1) - Math.max(m.r0, rect.r0) + 1) * (Math.min(m.c1, rect.c1) - Math.max(m.c0, rect.c0) + 1);
      }
    return n;
  }

  addMerge(rect: Rect): void {
    this.guardWrite('merge');
    // Like Excel: merging over existing merged areas replaces them; only the top-left value survives.
    this.merges = this.merges.filter((m) => !intersects(m, rect));
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (r === rect.r0 && c === rect.c0) continue;
        this.setRawValue(r, c, undefined);
        this.setFormula(r, c, undefined);
      }
    if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) this.merges.push({ ...rect });
  }

  removeMerges(rect: Rect): void {
    this.guardWrite('unmerge');
    this.merges = this.merges.filter((m) => !intersects(m, rect));
  }

  // ---- validations ----
  setValidation(rect: Rect, rule: Record<string, unknown> | null): void {
    this.guardWrite('data validation');
    const kept: ValidationState[] = [];
    for (const v of this.validations) {
      if (!intersects(v.rect, rect)) kept.push(v);
      else if (!contains(rect, v.rect)) {
        // Partial overlap: keep the parts of the old rule outside `rect` (split into up to 4 rectangles).
        const o = v.rect;
        if (o.r0 < rect.r0) kept.push({ rect: { r0: o.r0, r1: rect.r0 - 1, c0: o.c0, c1: o.c1 }, rule: v.rule });
        if (o.r1 > rect.r1) kept.push({ rect: { r0: rect.r1 + 1, r1: o.r1, c0: o.c0, c1: o.c1 }, rule: v.rule });
        const r0 = Math.max(o.r0, rect.r0);
        const r1 = Math.min(o.r1, rect.r1);
        if (o.c0 < rect.c0) kept.push({ rect: { r0, r1, c0: o.c0, c1: rect.c0 - 1 }, rule: v.rule });
        if (o.c1 > rect.c1) kept.push({ rect: { r0, r1, c0: rect.c1 + 1, c1: o.c1 }, rule: v.rule });
      }
    }
    if (rule) kept.push({ rect: { ...rect }, rule: JSON.parse(JSON.stringify(rule)) });
    this.validations = kept;
  }

  /** The bounding box of cells with content (valuesOnly) or with anything at all; null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const take = (r: number, c: number): void => {
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    };
    for (const [r, row] of this.values) {
      let first = -1;
      let last = -1;
      for (let c = 0; c < row.length; c++)
        if (row[c] !== undefined) {
          if (first < 0) first = c;
          last = c;
        }
      if (first >= 0) {
        take(r, first);
        take(r, last);
      }
    }
    for (const [r, row] of this.formulas) for (const c of row.keys()) take(r, c);
    if (!valuesOnly) {
      for (const [r, row] of this.numFmt) for (const c of row.keys()) take(r, c);
      for (const k of this.styles.keys()) {
        const { r, c } = unkey(k);
        take(r, c);
      }
      for (const m of this.merges) {
        take(m.r0, m.c0);
        take(m.r1, m.c1);
      }
    }
    if (r1 < 0) return null;
    return { r0, c0, r1, c1 };
  }
}

/** Sets (or, with undefined, deletes) cell (r, c) of a map of rows, dropping rows that become empty. */
function setSparse(rows: Map<number, Map<number, string>>, r: number, c: number, v: string | undefined): void {
  let row = rows.get(r);
  if (v === undefined) {
    if (!row) return;
    row.delete(c);
    if (row.size === 0) rows.delete(r);
    return;
  }
  if (!row) {
    row = new Map();
    rows.set(r, row);
  }
  row.set(c, v);
}

function isEmptyStyle(s: CellStyle): boolean {
  if (s.font && Object.values(s.font).every((v) => v === undefined)) delete s.font;
  if (s.borders && Object.values(s.borders).every((v) => v === undefined)) delete s.borders;
  return Object.values(s).every((v) => v === undefined);
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  /**
   * The workbook's name as the host gives it (Excel's `Workbook.name`, ExcelApi 1.7; ET's `Workbook.Name`): the file's
   * name with its extension once saved (伊犁州项目台账.xlsx), and the name a new workbook gets before it is ever saved
   * (工作簿1 in a Chinese Excel or WPS, Book1 in an English Excel), which names no file. Host-side setup.
   */
  name = '工作簿1';
  /**
   * The workbook's structure is protected (审阅 → 保护工作簿, host-side setup): Excel and WPS then refuse to add, delete,
   * rename, move, hide or unhide a sheet ("Protect workbook": "users can't view hidden worksheets; add, move, delete,
   * hide, or rename worksheets", support.microsoft.com). The error code Office.js answers is not documented: the fake
   * answers AccessDenied, as for a protected sheet (SheetState.protected).
   */
  structureProtected = false;
  /**
   * The workbook uses the 1904 date system (Excel → 选项 → 高级 → 使用 1904 日期系统; the default of Mac Excel before
   * 2011, kept by a file saved so): its cells hold serials counted from 1904-01-01 (0), 1,462 less than the 1900 system's
   * for the same day, and Excel's DATE answers in them. Host-side setup, before addGridSheets (which writes dates as
   * serials of this system). ET's `Workbook.Date1904` and Excel's worksheet functions read it.
   */
  date1904 = false;

  /** Refuses a change of the sheets of a structure-protected workbook. */
  guardStructure(what: string): void {
    if (this.structureProtected) throw new Error(`AccessDenied: ${what}: the workbook's structure is protected`);
  }
  readonly names: NameState[] = [];
  activeSheet: SheetState | null = null;
  selection: { sheet: SheetState; rect: Rect } | null = null;

  findSheet(name: string): SheetState | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** Host-side setup: not guarded (the API's adds are, in the proxies). */
  addSheet(name: string): SheetState {
    const s = new SheetState(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activate(s);
    return s;
  }

  /** Makes `s` the active sheet with A1 selected (or leaves no active sheet). */
  activate(s: SheetState | null): void {
    this.activeSheet = s;
    this.selection = s ? { sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } } : null;
  }

  visibleSheets(): SheetState[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  position(s: SheetState): number {
    return this.sheets.indexOf(s);
  }
}

/**
 * Excel's limits on what one cell holds ("Excel specifications and limits",
 * support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3): text of at most
 * 32,767 characters; a formula of at most 8,192 ("Excel restricts the contents of [ST_Formula] to be at most 8192
 * characters", learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf).
 */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA = 8_192;

/**
 * Text longer than a cell holds is refused. The documentation gives no error code for it; the fake answers
 * InvalidArgument (the error of every other argument a cell cannot take).
 */
function checkText(text: string): string {
  if (text.length > MAX_CELL_TEXT) throw new Error(`InvalidArgument: a cell holds at most ${MAX_CELL_TEXT} characters, not ${text.length}`);
  return text;
}

/**
 * A formula longer than 8,192 characters is refused. Office.js answers GeneralException ("There was an internal error
 * while processing the request") for a value that starts with `-` and so is read as a formula, from about 8,200
 * characters on (OfficeDev/office-js#3256).
 */
function checkFormula(formula: string): void {
  if (formula.length > MAX_FORMULA) throw new Error(`GeneralException: a formula is at most ${MAX_FORMULA} characters, not ${formula.length}`);
}

/** Excel's sheet-name rules: 1–31 characters, none of `\ / ? * [ ] :`, no leading/trailing apostrophe. */
export function validSheetName(name: string): boolean {
  return (
    name.length >= 1 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !name.startsWith("'") && !name.endsWith("'")
  );
}

/** Colours as Excel reports them: `#RRGGBB` upper case. Accepts `#rgb`, `#rrggbb` and a few names. */
const NAMED: Record<string, string> = {
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  white: '#FFFFFF',
  black: '#000000',
  orange: '#FFA500',
};

export function normalizeColor(c: string): string {
  const t = c.trim();
  if (NAMED[t.toLowerCase()]) return NAMED[t.toLowerCase()];
  let m = /^#?([0-9a-f]{6})$/i.exec(t);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(t);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  throw new Error(`InvalidArgument: bad colour ${c}`);
}

export { DAYS_1904 };

/**
 * Builds the sheets of `grid` in the workbook (host side: what a file opened in the host holds): values, number
 * formats, merges. Dates become serials with `yyyy-mm-dd` (in the workbook's date system: WorkbookState.date1904), errors
 * their code. Shared by the fake Excel and the fake ET.
 */
export function addGridSheets(wb: WorkbookState, grid: Grid): void {
  const shift = wb.date1904 ? DAYS_1904 : 0;
  for (const gs of grid.sheets) {
    const s = wb.addSheet(gs.name);
    const r0 = gs.origin?.row ?? 0;
    const c0 = gs.origin?.col ?? 0;
    gs.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const fmt = gs.numberFormats?.[r]?.[c];
        if (fmt) s.setNumFmt(r0 + r, c0 + c, fmt);
        if (v === null || v === '') return;
        if (isDateValue(v)) {
          s.setRawValue(r0 + r, c0 + c, dateToSerial(v) - shift);
          if (!fmt) s.setNumFmt(r0 + r, c0 + c, 'yyyy-mm-dd');
        } else if (isErrorValue(v)) s.setError(r0 + r, c0 + c, v.code);
        else s.setRawValue(r0 + r, c0 + c, v);
      })
    );
    for (const m of gs.merges ?? []) s.merges.push({ r0: m.top, c0: m.left, r1: m.bottom, c1: m.right });
    for (const r of gs.hiddenRows ?? []) s.hiddenRows.add(r);
    for (const c of gs.hiddenCols ?? []) s.hiddenCols.add(c);
  }
}
