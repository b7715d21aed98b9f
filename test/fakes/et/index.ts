/**
 * A fake WPS 表格 (ET) object model for tests (no WPS here): the synchronous, VBA-shaped JS API of spec/wps.md §2
 * over the SAME host-neutral workbook state as the fake Excel (test/fakes/excel/state.ts), so that a layout rendered
 * through either host, or a mark made in one and cleared in the other, can be compared with `snapshotWorkbook`.
 *
 *   const et = createFakeEt({ quirks: { oneDimensionalRow: true } });
 *   fakeEtFromGrid(grid, et);                  // or et.workbook.addSheet(...)
 *   readWorkbookGrid(et.Application);          // the adapter, unchanged
 *   et.stats.calls; et.stats.byMember.get('Range.Value2');
 *
 * Every property read or write and every method call on any object counts as one host call (a round trip to WPS,
 * what the adapter should keep few). The fake is never more lenient than ET as the design note knows it; where it
 * does not know, it refuses (each refusal has a test in test/fakes/et/fake.test.ts):
 * - indices are 1-based (`Item(0)` throws), names compare case-insensitively, a missing sheet throws;
 * - colours are BGR numbers (a `#RRGGBB` string throws), numeric constants only (no enum names);
 * - `Value2`/`Formula` take a scalar or a 2-D array of the range's exact size; `NumberFormat` takes one text;
 * - `Delete()` while `DisplayAlerts` is true would ask the user: it throws instead;
 * - `Select()` off the active sheet, `Activate()` of a hidden sheet, hiding the last visible sheet throw;
 * - `AddComment` on a cell that has one, or on more than one cell, throws; `Validation.Add` over a validation throws;
 * - a list validation over 255 characters throws; `MergeArea` of cells not in one area throws;
 * - `FitToPagesWide/Tall` only count once `Zoom = false`;
 * - font and conditional-format colours are BGR numbers; `FormatConditions.Add` takes xlCellValue rules with a known
 *   operator and a formula or number (`="红灯"`, a bare word throws), and no fourth condition on one range (ET's
 *   documentation: at most three); `AutoFilter()` without criteria only, a toggle, over a header row and data;
 *   a footer section holds at most 255 characters (Excel's limit; ET's is not documented).
 *
 * Quirks of §2, each switchable (defaults are what ET does as far as the note knows, the stricter reading where it
 * hedges): a one-cell `Value2` is a scalar; a one-row `Value2` may be 1-D; a mixed `NumberFormat` is null;
 * `Worksheets.Add()` may return null; `.Borders` may throw; charts may throw; error cells read as COM error numbers;
 * `Workbook.Date1904` may be absent (not in the note: from the typings); `Application.WorksheetFunction` may be absent or
 * its CountA throw (from the typings too).
 */
import type {
  EtApplication,
  EtWorksheetFunction,
  EtBorder,
  EtBorders,
  EtComment,
  EtCount,
  EtFont,
  EtFormatCondition,
  EtFormatConditions,
  EtInterior,
  EtPageBreaks,
  EtPageSetup,
  EtRange,
  EtShape,
  EtShapes,
  EtSheets,
  EtValidation,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
} from '../../../src/adapters/wps/et';
import type { Grid } from '../../../src/model/grid';
import { MAX_COLS, MAX_ROWS, type Rect, cellCount, cellMatrix, colLetters, contains, fitsRect, forEachCell, fullAddress, intersects, parseLocal, uniformOver } from '../excel/address';
import { type CellStyle, type ChartState, type ConditionalFormatState, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, SheetState, WorkbookState, addGridSheets, key, validSheetName } from '../excel/state';

export interface EtQuirks {
  /** `Value2` of one row is a 1-D array (default false; the adapter must take both). */
  readonly oneDimensionalRow: boolean;
  /** `Worksheets.Add()` returns null (the sheet is still added and active). Default false. */
  readonly nullAdd: boolean;
  /** `NumberFormat` of cells with different formats is null (COM semantics; default true). Off: the first cell's. */
  readonly nullMixedNumberFormat: boolean;
  /** Any use of `.Borders` throws (SKILL.md says it crashes WPS). Default false. */
  readonly throwingBorders: boolean;
  /** `Shapes.AddChart2` throws (SKILL.md says charts do not work through the JS API; pi-for-excel that they do). Default false. */
  readonly throwingCharts: boolean;
  /** Error cells' `Value2` is the COM error number (-2146826246 for #N/A; default true). Off: the code as text. */
  readonly errorNumbers: boolean;
  /**
   * `NumberFormat` reads General as a Chinese WPS names it, `G/通用格式` (default true: the desktop of the offices we
   * serve). Off: `General`, as an English one. Either is accepted when set.
   */
  readonly chineseGeneral: boolean;
  /**
   * `Workbook.Date1904` reads undefined, as from a build whose object model lacks it (default false: it answers the
   * workbook's date system, WorkbookState.date1904, as VBA's property does and `et-jsapi-declare` 2.5.0 declares it; no
   * WPS build was seen answering it, so both are tested).
   */
  readonly noDate1904: boolean;
  /**
   * `Application.WorksheetFunction` (default 'declared': as `et-jsapi-declare` 2.5.0 `lib.et.d.ts` declares it, line
   * 781, with `CountA(Arg1, … Arg30): number`, line 9398). 'absent': it reads undefined, as from a build whose object
   * model lacks it; 'throwing': its CountA throws (a build whose bridge does not take a range there). No WPS build was
   * seen answering it, so all three are tested.
   */
  readonly worksheetFunction: 'declared' | 'absent' | 'throwing';
}

const DEFAULT_QUIRKS: EtQuirks = {
  oneDimensionalRow: false,
  nullAdd: false,
  nullMixedNumberFormat: true,
  throwingBorders: false,
  throwingCharts: false,
  errorNumbers: true,
  chineseGeneral: true,
  noDate1904: false,
  worksheetFunction: 'declared',
};

export interface EtStats {
  calls: number;
  readonly byMember: Map<string, number>;
  /** Cells of the ranges whose `Value2` was read (what a read hands over from WPS, besides the calls). */
  valueCells: number;
}

export interface FakeEt {
  readonly Application: EtApplication;
  readonly workbook: WorkbookState;
  readonly stats: EtStats;
  quirks: EtQuirks;
  /**
   * Whether a workbook is open (default true). False is WPS started with no document (the add-in loads at start-up):
   * `ActiveWorkbook`, `ActiveSheet` and `ActiveWindow` are then null, as the object model's `Nothing` ("Returns
   * Nothing if there are no windows open", learn.microsoft.com/office/vba/api/excel.application.activeworkbook).
   */
  workbookOpen: boolean;
  resetStats(): void;
  /** Host-side access for test setup (no call counted). */
  sheet(name: string): SheetState;
}

/** COM's error values (CVErr) as numbers, by code. */
export const COM_ERRORS: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

// ---- the host's own tables (deliberately not the adapter's: a wrong constant there must fail here) ----
const H_ALIGN: Record<number, string | undefined> = { 1: undefined, [-4131]: 'Left', [-4108]: 'Center', [-4152]: 'Right' };
const V_ALIGN: Record<number, string | undefined> = { [-4160]: 'Top', [-4108]: 'Center', [-4107]: undefined };
const PATTERN_BY_NUMBER: Record<number, string> = {
  [-4142]: 'None',
  1: 'Solid',
  [-4125]: 'Gray50',
  [-4126]: 'Gray75',
  [-4124]: 'Gray25',
  [-4128]: 'Horizontal',
  [-4166]: 'Vertical',
  [-4121]: 'Down',
  [-4162]: 'Up',
  9: 'Checker',
  10: 'SemiGray75',
  11: 'LightHorizontal',
  12: 'LightVertical',
  13: 'LightDown',
  14: 'LightUp',
  15: 'Grid',
  16: 'CrissCross',
  17: 'Gray16',
  18: 'Gray8',
  4000: 'LinearGradient',
  4001: 'RectangularGradient',
};
const NUMBER_BY_PATTERN = Object.fromEntries(Object.entries(PATTERN_BY_NUMBER).map(([n, p]) => [p, Number(n)]));
const PAPER: Record<number, string> = { 1: 'Letter', 5: 'Legal', 8: 'A3', 9: 'A4', 11: 'A5', 12: 'B4', 13: 'B5' };
const PAPER_NUMBER = Object.fromEntries(Object.entries(PAPER).map(([n, p]) => [p, Number(n)]));
const LINE: Record<number, string> = { 1: 'Continuous', [-4115]: 'Dash', 4: 'DashDot', 5: 'DashDotDot', [-4118]: 'Dot', [-4119]: 'Double', 13: 'SlantDashDot' };
const WEIGHT: Record<number, string> = { 1: 'Hairline', 2: 'Thin', [-4138]: 'Medium', 4: 'Thick' };
const VISIBLE: Record<number, string> = { [-1]: 'Visible', 0: 'Hidden', 2: 'VeryHidden' };

/** A COM-style failure (what a rejected call throws into JS). */
export class EtError extends Error {
  constructor(what: string) {
    super(`ET: ${what}`);
    this.name = 'EtError';
  }
}

function bgrToHex(v: unknown): string {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffff) throw new EtError(`colour must be a BGR number, not ${JSON.stringify(v)}`);
  const r = v & 0xff;
  const g = (v >> 8) & 0xff;
  const b = (v >> 16) & 0xff;
  return `#${((r << 16) | (g << 8) | b).toString(16).toUpperCase().padStart(6, '0')}`;
}

function hexToBgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** Excel's column width in points for a width in characters (7 px a character + 5 px, 96 dpi): the state holds points. */
function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

interface Host {
  wb: WorkbookState;
  stats: EtStats;
  quirks: EtQuirks;
  app: { DisplayAlerts: boolean; ScreenUpdating: boolean };
  window: { splitRow: number; splitColumn: number };
  /** A workbook is open (else ActiveWorkbook/ActiveSheet/ActiveWindow are null). */
  open: boolean;
}

function hit(h: Host, member: string): void {
  h.stats.calls++;
  h.stats.byMember.set(member, (h.stats.byMember.get(member) ?? 0) + 1);
}

const isWholeSheet = (r: Rect): boolean => r.r0 === 0 && r.c0 === 0 && r.r1 === MAX_ROWS - 1 && r.c1 === MAX_COLS - 1;
/** The most cells one call may touch: the fake does not model more (it refuses, never truncates). */
const LIMIT = 5_000_000;

function checkSize(rect: Rect, what: string): void {
  if (cellCount(rect) > LIMIT) throw new EtError(what);
}

function each(rect: Rect, f: (r: number, c: number) => void): void {
  checkSize(rect, 'the fake does not model this many cells');
  forEachCell(rect, f);
}

/** The one value over the range, null when cells differ. */
function uniform<V>(rect: Rect, f: (r: number, c: number) => V): V | null {
  checkSize(rect, 'the fake does not model this many cells');
  return uniformOver(rect, f);
}

function liveSheet(s: SheetState): SheetState {
  if (s.deleted) throw new EtError('the worksheet was deleted');
  return s;
}

/** Sizes along one axis: the widths of columns or the heights of rows, in points, as the state keeps them. */
interface Axis {
  readonly sizes: ReadonlyMap<number, number>;
  readonly size: number;
  readonly max: number;
}
const cols = (s: SheetState): Axis => ({ sizes: s.colWidths, size: DEFAULT_COLUMN_WIDTH, max: MAX_COLS });
const rows = (s: SheetState): Axis => ({ sizes: s.rowHeights, size: DEFAULT_ROW_HEIGHT, max: MAX_ROWS });
/** Points from the axis's start to the start of column (row) `i`. */
function offsetOf(a: Axis, i: number): number {
  let at = 0;
  for (let k = 0; k < i; k++) at += a.sizes.get(k) ?? a.size;
  return at;
}
/** The column (row) whose span holds the point `at`. */
function indexAt(a: Axis, at: number): number {
  let i = 0;
  for (let end = 0; i < a.max - 1; i++) {
    end += a.sizes.get(i) ?? a.size;
    if (at < end) break;
  }
  return i;
}
const colLeft = (s: SheetState, c: number): number => offsetOf(cols(s), c);
const rowTop = (s: SheetState, r: number): number => offsetOf(rows(s), r);
const colAt = (s: SheetState, x: number): number => indexAt(cols(s), x);
const rowAt = (s: SheetState, y: number): number => indexAt(rows(s), y);

/**
 * `Shapes.AddChart2`, as far as the product uses it: a clustered column chart (51) at a position in points, its data
 * by `SetSourceData`, its title once `HasTitle` is true (VBA's ChartTitle fails without). The state keeps what the fake
 * Excel's charts keep: type, source, series by, title, and the cells the chart's corners are over.
 */
class FakeShapes implements EtShapes {
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
  ) {}
  AddChart2(style?: number, type?: number, left?: number, top?: number, width?: number, height?: number): EtShape {
    hit(this.h, 'Shapes.AddChart2');
    if (this.h.quirks.throwingCharts) throw new EtError('AddChart2 failed');
    if (type !== 51) throw new EtError(`AddChart2: the fake models clustered column charts (51) only, not ${String(type)}`);
    if (style !== undefined && style !== -1 && !(typeof style === 'number' && Number.isInteger(style))) throw new EtError(`AddChart2: Style ${String(style)}`);
    const geometry = [left, top, width, height];
    if (geometry.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) throw new EtError('AddChart2: Left, Top, Width, Height in points');
    const [x, y, w, hgt] = geometry as number[];
    const sheet = this.s;
    const start = { r0: rowAt(sheet, y), c0: colAt(sheet, x), r1: rowAt(sheet, y), c1: colAt(sheet, x) };
    const endR = rowAt(sheet, y + hgt - 0.01);
    const endC = colAt(sheet, x + w - 0.01);
    const chart: ChartState = {
      name: `Chart ${sheet.charts.length + 1}`,
      type: 'ColumnClustered',
      source: '',
      seriesBy: 'Auto',
      title: '',
      position: { start: fullAddress(sheet.name, start), end: fullAddress(sheet.name, { r0: endR, c0: endC, r1: endR, c1: endC }) },
    };
    sheet.charts.push(chart);
    const h = this.h;
    let hasTitle = false;
    const live = (): ChartState => {
      if (!sheet.charts.includes(chart)) throw new EtError('the chart was deleted');
      return chart;
    };
    return {
      get Chart() {
        hit(h, 'Shape.Chart');
        live();
        return {
          SetSourceData(source: EtRange, plotBy?: number): void {
            hit(h, 'Chart.SetSourceData');
            if (!(source instanceof FakeRange)) throw new EtError('SetSourceData takes a range');
            if (plotBy !== undefined && plotBy !== 1 && plotBy !== 2) throw new EtError(`SetSourceData: PlotBy ${plotBy}`);
            live().source = fullAddress(source.sheetState.name, source.rect);
            chart.seriesBy = plotBy === 1 ? 'Rows' : plotBy === 2 ? 'Columns' : 'Auto';
          },
          get HasTitle() {
            hit(h, 'Chart.HasTitle');
            return hasTitle;
          },
          set HasTitle(v: boolean) {
            hit(h, 'Chart.HasTitle=');
            if (typeof v !== 'boolean') throw new EtError('HasTitle takes a boolean');
            hasTitle = v;
            if (!v) live().title = '';
          },
          get ChartTitle() {
            hit(h, 'Chart.ChartTitle');
            if (!hasTitle) throw new EtError('ChartTitle: the chart has no title (HasTitle is false)');
            return {
              get Text() {
                return live().title;
              },
              set Text(t: string) {
                hit(h, 'ChartTitle.Text=');
                if (typeof t !== 'string') throw new EtError('ChartTitle.Text takes a text');
                live().title = t;
              },
            };
          },
        };
      },
      Delete(): void {
        hit(h, 'Shape.Delete');
        const i = sheet.charts.indexOf(live());
        sheet.charts.splice(i, 1);
      },
    };
  }
}

class FakeRange implements EtRange {
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
    readonly rect: Rect,
  ) {}
  private get sheet(): SheetState {
    return liveSheet(this.s);
  }
  /** The sheet this range is on (host side, no call). */
  get sheetState(): SheetState {
    return this.s;
  }
  private rows(): number {
    return this.rect.r1 - this.rect.r0 + 1;
  }
  private cols(): number {
    return this.rect.c1 - this.rect.c0 + 1;
  }
  get Row(): number {
    hit(this.h, 'Range.Row');
    return this.rect.r0 + 1;
  }
  get Column(): number {
    hit(this.h, 'Range.Column');
    return this.rect.c0 + 1;
  }
  get Rows(): EtCount {
    hit(this.h, 'Range.Rows');
    const h = this.h;
    const n = this.rows();
    return {
      get Count() {
        hit(h, 'Rows.Count');
        return n;
      },
    };
  }
  get Columns(): EtCount {
    hit(this.h, 'Range.Columns');
    const h = this.h;
    const n = this.cols();
    return {
      get Count() {
        hit(h, 'Columns.Count');
        return n;
      },
    };
  }
  /** A cell's Value2: numbers, text, booleans; empty null; an error cell its COM number (or its code). */
  private value2(r: number, c: number): unknown {
    const v = this.sheet.getValue(r, c);
    if (v === undefined) return null;
    if (typeof v === 'string' && v in COM_ERRORS && this.h.quirks.errorNumbers) return COM_ERRORS[v];
    return v;
  }
  private shaped(f: (r: number, c: number) => unknown): unknown {
    checkSize(this.rect, 'range too large to read');
    if (this.rows() === 1 && this.cols() === 1) return f(this.rect.r0, this.rect.c0);
    const out = cellMatrix(this.rect, f);
    return this.rows() === 1 && this.h.quirks.oneDimensionalRow ? out[0] : out;
  }
  private input(v: unknown, what: string, f: (r: number, c: number, x: unknown) => void): void {
    if (!Array.isArray(v)) return each(this.rect, (r, c) => f(r, c, v));
    if (!fitsRect(v, this.rect)) throw new EtError(`${what}: the array is not the range's size`);
    forEachCell(this.rect, (r, c) => f(r, c, v[r - this.rect.r0][c - this.rect.c0]));
  }
  private type(v: unknown): void {
    // on a protected sheet the write is refused whole unless every cell is unlocked (SheetState.unlocked)
    if (this.sheet.protected) forEachCell(this.rect, (r, c) => this.sheet.guardWrite('Value2', { r, c }));
    this.input(v, 'Value2', (r, c, x) => {
      if (x === null || x === undefined) {
        this.sheet.guardWrite('Value2', { r, c });
        this.sheet.setFormula(r, c, undefined);
        this.sheet.setRawValue(r, c, undefined);
      } else this.sheet.input(r, c, x, this.h.wb.date1904);
    });
  }
  get Value2(): unknown {
    hit(this.h, 'Range.Value2');
    this.h.stats.valueCells += cellCount(this.rect);
    return this.shaped((r, c) => this.value2(r, c));
  }
  set Value2(v: unknown) {
    hit(this.h, 'Range.Value2=');
    this.type(v);
  }
  get Formula(): unknown {
    hit(this.h, 'Range.Formula');
    return this.shaped((r, c) => this.sheet.getFormula(r, c) ?? (this.sheet.getValue(r, c) ?? ''));
  }
  set Formula(v: unknown) {
    hit(this.h, 'Range.Formula=');
    this.type(v);
  }
  get Text(): unknown {
    hit(this.h, 'Range.Text');
    return this.shaped((r, c) => {
      const v = this.sheet.getValue(r, c);
      return v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    });
  }
  get NumberFormat(): string | null {
    hit(this.h, 'Range.NumberFormat');
    const named = (f: string): string => (f === 'General' && this.h.quirks.chineseGeneral ? 'G/通用格式' : f);
    const u = uniform(this.rect, (r, c) => this.sheet.getNumFmt(r, c));
    if (u === null && !this.h.quirks.nullMixedNumberFormat) return named(this.sheet.getNumFmt(this.rect.r0, this.rect.c0));
    return u === null ? null : named(u);
  }
  set NumberFormat(v: string | null) {
    hit(this.h, 'Range.NumberFormat=');
    if (typeof v !== 'string') throw new EtError('NumberFormat takes one format text');
    const f = v === 'G/通用格式' ? 'General' : v;
    each(this.rect, (r, c) => this.sheet.setNumFmt(r, c, f));
  }
  get MergeCells(): boolean | null {
    hit(this.h, 'Range.MergeCells');
    checkSize(this.rect, 'the fake does not model this many cells');
    const merged = this.sheet.mergedCellsIn(this.rect);
    return merged === 0 ? false : merged === cellCount(this.rect) ? true : null;
  }
  /**
   * Of whole rows or whole columns: all hidden true, none false, some null (VBA's Variant for a mixed range). A range
   * of part of a row or column has no Hidden in VBA (error 1004): refused.
   */
  get Hidden(): boolean | null {
    hit(this.h, 'Range.Hidden');
    const wholeRows = this.rect.c0 === 0 && this.rect.c1 === MAX_COLS - 1;
    const wholeCols = this.rect.r0 === 0 && this.rect.r1 === MAX_ROWS - 1;
    if (!wholeRows && !wholeCols) throw new EtError('Hidden: the range is not whole rows or whole columns');
    const [from, to, set] = wholeRows ? [this.rect.r0, this.rect.r1, this.sheet.hiddenRows] : [this.rect.c0, this.rect.c1, this.sheet.hiddenCols];
    let hidden = 0;
    if (set.size) for (let i = from; i <= to; i++) if (set.has(i)) hidden++;
    return hidden === 0 ? false : hidden === to - from + 1 ? true : null;
  }
  get MergeArea(): EtRange {
    hit(this.h, 'Range.MergeArea');
    const m = this.sheet.mergeAt(this.rect.r0, this.rect.c0);
    if (!m) {
      if (cellCount(this.rect) === 1) return new FakeRange(this.h, this.s, this.rect);
      throw new EtError('MergeArea: the cells are not one merged area');
    }
    if (!contains(m, this.rect)) throw new EtError('MergeArea: the cells are not one merged area');
    return new FakeRange(this.h, this.s, { ...m });
  }
  Merge(): void {
    hit(this.h, 'Range.Merge');
    this.sheet.addMerge(this.rect);
  }
  Select(): void {
    hit(this.h, 'Range.Select');
    if (this.h.wb.activeSheet !== this.sheet) throw new EtError('Select: the range is not on the active sheet');
    this.h.wb.selection = { sheet: this.sheet, rect: { ...this.rect } };
  }
  get ColumnWidth(): number | null {
    hit(this.h, 'Range.ColumnWidth');
    let w: number | null | undefined;
    for (let c = this.rect.c0; c <= this.rect.c1; c++) {
      const x = pointsToChars(this.sheet.colWidths.get(c) ?? 48);
      if (w === undefined) w = x;
      else if (w !== x) return null;
    }
    return w ?? null;
  }
  /** Characters of the default font; the state keeps points (what Excel's `format.columnWidth` reports). */
  set ColumnWidth(v: number | null) {
    hit(this.h, 'Range.ColumnWidth=');
    if (typeof v !== 'number' || !(v >= 0 && v <= 255)) throw new EtError(`ColumnWidth ${v}`);
    for (let c = this.rect.c0; c <= this.rect.c1; c++) this.sheet.colWidths.set(c, charsToPoints(v));
  }
  get RowHeight(): number | null {
    hit(this.h, 'Range.RowHeight');
    return uniform({ ...this.rect, c0: 0, c1: 0 }, (r) => this.sheet.rowHeights.get(r) ?? 15);
  }
  set RowHeight(v: number | null) {
    hit(this.h, 'Range.RowHeight=');
    if (typeof v !== 'number' || !(v >= 0 && v <= 409)) throw new EtError(`RowHeight ${v}`);
    for (let r = this.rect.r0; r <= this.rect.r1; r++) this.sheet.rowHeights.set(r, v);
  }
  private style<K extends keyof CellStyle>(k: K, dflt: CellStyle[K]): CellStyle[K] | null {
    return uniform(this.rect, (r, c) => this.sheet.getStyle(r, c)?.[k] ?? dflt);
  }
  private setStyle(f: (s: CellStyle) => void): void {
    each(this.rect, (r, c) => this.sheet.updateStyle(r, c, f));
  }
  get HorizontalAlignment(): number | null {
    hit(this.h, 'Range.HorizontalAlignment');
    const v = this.style('hAlign', 'General');
    if (v === null) return null;
    const n = Object.entries(H_ALIGN).find(([, name]) => (name ?? 'General') === v);
    return n ? Number(n[0]) : 1;
  }
  set HorizontalAlignment(v: number | null) {
    hit(this.h, 'Range.HorizontalAlignment=');
    if (typeof v !== 'number' || !(v in H_ALIGN)) throw new EtError(`HorizontalAlignment ${v}`);
    this.setStyle((s) => void (s.hAlign = H_ALIGN[v]));
  }
  get VerticalAlignment(): number | null {
    hit(this.h, 'Range.VerticalAlignment');
    const v = this.style('vAlign', 'Bottom');
    if (v === null) return null;
    return v === 'Top' ? -4160 : v === 'Center' ? -4108 : -4107;
  }
  set VerticalAlignment(v: number | null) {
    hit(this.h, 'Range.VerticalAlignment=');
    if (typeof v !== 'number' || !(v in V_ALIGN)) throw new EtError(`VerticalAlignment ${v}`);
    this.setStyle((s) => void (s.vAlign = V_ALIGN[v]));
  }
  get WrapText(): boolean | null {
    hit(this.h, 'Range.WrapText');
    return this.style('wrap', false) ?? null;
  }
  set WrapText(v: boolean | null) {
    hit(this.h, 'Range.WrapText=');
    if (typeof v !== 'boolean') throw new EtError('WrapText takes a boolean');
    this.setStyle((s) => void (s.wrap = v ? true : undefined));
  }
  get IndentLevel(): number | null {
    hit(this.h, 'Range.IndentLevel');
    return this.style('indent', 0) ?? null;
  }
  set IndentLevel(v: number | null) {
    hit(this.h, 'Range.IndentLevel=');
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 15) throw new EtError(`IndentLevel ${v}`);
    this.setStyle((s) => void (s.indent = v ? v : undefined));
  }
  get Font(): EtFont {
    hit(this.h, 'Range.Font');
    return new FakeFont(this.h, this.sheet, this.rect);
  }
  get Interior(): EtInterior {
    hit(this.h, 'Range.Interior');
    return new FakeInterior(this.h, this.sheet, this.rect);
  }
  get Borders(): EtBorders {
    hit(this.h, 'Range.Borders');
    if (this.h.quirks.throwingBorders) throw new EtError('Borders failed');
    const h = this.h;
    const sheet = this.sheet;
    const rect = this.rect;
    return {
      Item(index: number): EtBorder {
        hit(h, 'Borders.Item');
        if (!(index >= 5 && index <= 12)) throw new EtError(`Borders.Item(${index})`);
        return new FakeBorder(h, sheet, rect, index);
      },
    };
  }
  private oneCell(what: string): number {
    if (cellCount(this.rect) !== 1) throw new EtError(`${what} takes one cell`);
    return key(this.rect.r0, this.rect.c0);
  }
  get Comment(): EtComment | null {
    hit(this.h, 'Range.Comment');
    const k = key(this.rect.r0, this.rect.c0);
    return this.sheet.notes.has(k) ? new FakeComment(this.h, this.sheet, k) : null;
  }
  AddComment(text?: string): EtComment {
    hit(this.h, 'Range.AddComment');
    const k = this.oneCell('AddComment');
    if (this.sheet.notes.has(k)) throw new EtError('AddComment: the cell already has a comment');
    if (this.sheet.comments.has(k)) throw new EtError('AddComment: the cell holds a threaded comment');
    this.sheet.guardWrite('AddComment');
    this.sheet.notes.set(k, { content: text === undefined ? '' : String(text), author: 'WPS User' });
    return new FakeComment(this.h, this.sheet, k);
  }
  get Validation(): EtValidation {
    hit(this.h, 'Range.Validation');
    const h = this.h;
    const sheet = this.sheet;
    const rect = this.rect;
    return {
      Add(type: number, _alert?: number, _op?: number, formula1?: string): void {
        hit(h, 'Validation.Add');
        if (sheet.validations.some((v) => intersects(v.rect, rect))) throw new EtError('Validation.Add: the cells already have a validation (Delete it first)');
        if (type !== 3) throw new EtError('the fake models list validations only');
        if (typeof formula1 !== 'string' || formula1 === '') throw new EtError('Validation.Add: Formula1');
        if (formula1.length > 255) throw new EtError('Validation.Add: a list longer than 255 characters');
        sheet.setValidation(rect, { list: { inCellDropDown: true, source: formula1 } });
      },
      Delete(): void {
        hit(h, 'Validation.Delete');
        sheet.setValidation(rect, null);
      },
    };
  }
  get Left(): number {
    hit(this.h, 'Range.Left');
    return colLeft(this.sheet, this.rect.c0);
  }
  get Top(): number {
    hit(this.h, 'Range.Top');
    return rowTop(this.sheet, this.rect.r0);
  }
  get Width(): number {
    hit(this.h, 'Range.Width');
    return colLeft(this.sheet, this.rect.c1 + 1) - colLeft(this.sheet, this.rect.c0);
  }
  get Height(): number {
    hit(this.h, 'Range.Height');
    return rowTop(this.sheet, this.rect.r1 + 1) - rowTop(this.sheet, this.rect.r0);
  }
  Clear(): void {
    hit(this.h, 'Range.Clear');
    this.sheet.guardWrite('Range.Clear');
    each(this.rect, (r, c) => {
      this.sheet.setFormula(r, c, undefined);
      this.sheet.setRawValue(r, c, undefined);
      this.sheet.setNumFmt(r, c, 'General');
      this.sheet.updateStyle(r, c, (st) => {
        for (const k of Object.keys(st)) delete (st as Record<string, unknown>)[k];
      });
    });
  }
  get FormatConditions(): EtFormatConditions {
    hit(this.h, 'Range.FormatConditions');
    return new FakeFormatConditions(this.h, this.sheet, this.rect);
  }
  /**
   * With no argument, a toggle (the VBA model's documented behaviour): AutoFilter drop-downs over this range, or none
   * when the sheet has them already. Filtering by criteria is not modelled (it throws), nor a one-row range (Excel
   * would take the cell's current region, which the fake does not guess).
   */
  AutoFilter(field?: number, criteria1?: unknown): unknown {
    hit(this.h, 'Range.AutoFilter');
    if (field !== undefined || criteria1 !== undefined) throw new EtError('the fake models AutoFilter() without criteria only');
    if (this.sheet.autoFilter) {
      this.sheet.autoFilter = null;
      return true;
    }
    if (this.rect.r1 === this.rect.r0) throw new EtError('AutoFilter: the range needs a header row and data');
    this.sheet.autoFilter = { ...this.rect };
    return true;
  }
}

class FakeFont implements EtFont {
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
    private readonly rect: Rect,
  ) {}
  private get<K extends 'name' | 'size' | 'bold' | 'italic' | 'color'>(k: K, dflt: unknown): unknown {
    return uniform(this.rect, (r, c) => this.s.getStyle(r, c)?.font?.[k] ?? dflt);
  }
  private set(k: 'name' | 'size' | 'bold' | 'italic' | 'color', v: string | number | boolean): void {
    if (isWholeSheet(this.rect) && (k === 'name' || k === 'size')) {
      (this.s.defaultFont as Record<string, unknown>)[k] = v;
      for (const st of this.s.styles.values()) if (st.font) st.font[k] = undefined;
      return;
    }
    each(this.rect, (r, c) => this.s.updateStyle(r, c, (st) => void (st.font = { ...st.font, [k]: v })));
  }
  get Name(): string | null {
    hit(this.h, 'Font.Name');
    return this.get('name', this.s.defaultFont.name) as string | null;
  }
  set Name(v: string | null) {
    hit(this.h, 'Font.Name=');
    if (typeof v !== 'string' || !v) throw new EtError('Font.Name');
    this.set('name', v);
  }
  get Size(): number | null {
    hit(this.h, 'Font.Size');
    return this.get('size', this.s.defaultFont.size) as number | null;
  }
  set Size(v: number | null) {
    hit(this.h, 'Font.Size=');
    if (typeof v !== 'number' || v < 1 || v > 409) throw new EtError('Font.Size');
    this.set('size', v);
  }
  get Bold(): boolean | null {
    hit(this.h, 'Font.Bold');
    return this.get('bold', false) as boolean | null;
  }
  set Bold(v: boolean | null) {
    hit(this.h, 'Font.Bold=');
    if (typeof v !== 'boolean') throw new EtError('Font.Bold takes a boolean');
    this.set('bold', v);
  }
  get Italic(): boolean | null {
    hit(this.h, 'Font.Italic');
    return this.get('italic', false) as boolean | null;
  }
  set Italic(v: boolean | null) {
    hit(this.h, 'Font.Italic=');
    if (typeof v !== 'boolean') throw new EtError('Font.Italic takes a boolean');
    this.set('italic', v);
  }
  /** BGR, as every colour in ET (a `#RRGGBB` text throws); the state keeps `#RRGGBB`. */
  get Color(): number | null {
    hit(this.h, 'Font.Color');
    const v = this.get('color', '#000000') as string | null;
    return v === null ? null : hexToBgr(v);
  }
  set Color(v: number | null) {
    hit(this.h, 'Font.Color=');
    this.set('color', bgrToHex(v));
  }
}

/** XlFormatConditionOperator numbers → the names the shared state keeps (Office.js's). */
const CF_OPERATOR: Record<number, string> = {
  1: 'Between',
  2: 'NotBetween',
  3: 'EqualTo',
  4: 'NotEqualTo',
  5: 'GreaterThan',
  6: 'LessThan',
  7: 'GreaterThanOrEqual',
  8: 'LessThanOrEqual',
};
/** ET's documentation (FormatConditions.Add): no more than three conditional formats for one range. */
const MAX_CONDITIONS_PER_RANGE = 3;

class FakeFormatConditions implements EtFormatConditions {
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
    private readonly rect: Rect,
  ) {}
  private mine(): ConditionalFormatState[] {
    return this.s.conditionalFormats.filter((c) => intersects(c.rect, this.rect));
  }
  get Count(): number {
    hit(this.h, 'FormatConditions.Count');
    return this.mine().length;
  }
  Add(type: number, operator?: number, formula1?: string, formula2?: string): EtFormatCondition {
    hit(this.h, 'FormatConditions.Add');
    if (type !== 1) throw new EtError(`FormatConditions.Add: the fake models xlCellValue (1) conditions only, not ${String(type)}`);
    const op = typeof operator === 'number' ? CF_OPERATOR[operator] : undefined;
    if (!op) throw new EtError(`FormatConditions.Add: operator ${String(operator)}`);
    if (typeof formula1 !== 'string' || formula1 === '') throw new EtError('FormatConditions.Add: Formula1');
    // What ET makes of a bare word is not documented: the fake takes a formula (`="红灯"`) or a number only.
    if (!formula1.startsWith('=') && !Number.isFinite(Number(formula1))) throw new EtError(`FormatConditions.Add: Formula1 ${formula1}`);
    if ((op === 'Between' || op === 'NotBetween') && typeof formula2 !== 'string') throw new EtError('FormatConditions.Add: Formula2');
    if (this.mine().length >= MAX_CONDITIONS_PER_RANGE) throw new EtError('FormatConditions.Add: more than three conditional formats for one range');
    const cf: ConditionalFormatState = {
      rect: { ...this.rect },
      type: 'CellValue',
      priority: this.s.conditionalFormats.length,
      rule: { formula1, operator: op, ...(typeof formula2 === 'string' && (op === 'Between' || op === 'NotBetween') ? { formula2 } : {}) },
    };
    this.s.conditionalFormats.push(cf);
    const h = this.h;
    return {
      Interior: {
        get Color() {
          hit(h, 'FormatCondition.Interior.Color');
          return cf.fill ? hexToBgr(cf.fill) : null;
        },
        set Color(v: number | null) {
          hit(h, 'FormatCondition.Interior.Color=');
          cf.fill = bgrToHex(v);
        },
      },
      Font: {
        get Color() {
          hit(h, 'FormatCondition.Font.Color');
          return cf.font?.color ? hexToBgr(cf.font.color) : null;
        },
        set Color(v: number | null) {
          hit(h, 'FormatCondition.Font.Color=');
          cf.font = { ...cf.font, color: bgrToHex(v) };
        },
      },
    };
  }
}

class FakeInterior implements EtInterior {
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
    private readonly rect: Rect,
  ) {}
  private fill(f: (s: CellStyle) => void): void {
    each(this.rect, (r, c) => this.s.updateStyle(r, c, f));
  }
  /** No fill reads as white (16777215), as in Excel's object model. */
  get Color(): number | null {
    hit(this.h, 'Interior.Color');
    const v = uniform(this.rect, (r, c) => this.s.getStyle(r, c)?.fill?.color ?? '#FFFFFF');
    return v === null ? null : hexToBgr(v);
  }
  set Color(v: number | null) {
    hit(this.h, 'Interior.Color=');
    const color = bgrToHex(v);
    this.fill((st) => {
      const pattern = st.fill && st.fill.pattern !== 'None' ? st.fill.pattern : 'Solid';
      st.fill = { ...st.fill, color, pattern };
    });
  }
  get Pattern(): number | null {
    hit(this.h, 'Interior.Pattern');
    const p = uniform(this.rect, (r, c) => this.s.getStyle(r, c)?.fill?.pattern ?? 'None');
    return p === null ? null : NUMBER_BY_PATTERN[p];
  }
  set Pattern(v: number | null) {
    hit(this.h, 'Interior.Pattern=');
    const p = typeof v === 'number' ? PATTERN_BY_NUMBER[v] : undefined;
    if (!p) throw new EtError(`Interior.Pattern ${v}`);
    this.fill((st) => {
      if (p === 'None') st.fill = undefined;
      else st.fill = { color: st.fill?.color ?? '#FFFFFF', ...st.fill, pattern: p };
    });
  }
  get PatternColor(): number | null {
    hit(this.h, 'Interior.PatternColor');
    const v = uniform(this.rect, (r, c) => this.s.getStyle(r, c)?.fill?.patternColor ?? '#000000');
    return v === null ? null : hexToBgr(v);
  }
  set PatternColor(v: number | null) {
    hit(this.h, 'Interior.PatternColor=');
    const pc = bgrToHex(v);
    this.fill((st) => {
      if (st.fill) st.fill = { ...st.fill, patternColor: pc };
    });
  }
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/** The cell sides an XlBordersIndex stands for over a range (diagonals 5, 6 are not modelled). */
function borderSides(rect: Rect, index: number): Array<[number, number, Side]> {
  const out: Array<[number, number, Side]> = [];
  const { r0, c0, r1, c1 } = rect;
  if (index === 8) for (let c = c0; c <= c1; c++) out.push([r0, c, 'top']);
  if (index === 9) for (let c = c0; c <= c1; c++) out.push([r1, c, 'bottom']);
  if (index === 7) for (let r = r0; r <= r1; r++) out.push([r, c0, 'left']);
  if (index === 10) for (let r = r0; r <= r1; r++) out.push([r, c1, 'right']);
  if (index === 12)
    for (let r = r0; r < r1; r++)
      for (let c = c0; c <= c1; c++) out.push([r, c, 'bottom'], [r + 1, c, 'top']);
  if (index === 11)
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c < c1; c++) out.push([r, c, 'right'], [r, c + 1, 'left']);
  return out;
}

class FakeBorder implements EtBorder {
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
    private readonly rect: Rect,
    private readonly index: number,
  ) {}
  private read(k: 'style' | 'weight' | 'color'): string | null {
    let first: string | undefined;
    for (const [r, c, side] of borderSides(this.rect, this.index)) {
      const v = this.s.getStyle(r, c)?.borders?.[side]?.[k] ?? (k === 'style' ? 'None' : k === 'weight' ? 'Thin' : '#000000');
      if (first === undefined) first = v;
      else if (first !== v) return null;
    }
    return first ?? null;
  }
  private write(k: 'style' | 'weight' | 'color', v: string): void {
    for (const [r, c, side] of borderSides(this.rect, this.index))
      this.s.updateStyle(r, c, (st) => {
        const b = { ...(st.borders ?? {}) };
        if (k === 'style' && v === 'None') b[side] = undefined;
        else b[side] = { ...(b[side] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' }), [k]: v };
        st.borders = b;
      });
  }
  get LineStyle(): number | null {
    hit(this.h, 'Border.LineStyle');
    const v = this.read('style');
    if (v === null) return null;
    if (v === 'None') return -4142;
    return Number(Object.entries(LINE).find(([, n]) => n === v)?.[0] ?? 1);
  }
  set LineStyle(v: number | null) {
    hit(this.h, 'Border.LineStyle=');
    const name = v === -4142 ? 'None' : typeof v === 'number' ? LINE[v] : undefined;
    if (!name) throw new EtError(`Border.LineStyle ${v}`);
    this.write('style', name);
  }
  get Weight(): number | null {
    hit(this.h, 'Border.Weight');
    const v = this.read('weight');
    return v === null ? null : Number(Object.entries(WEIGHT).find(([, n]) => n === v)?.[0] ?? 2);
  }
  set Weight(v: number | null) {
    hit(this.h, 'Border.Weight=');
    const name = typeof v === 'number' ? WEIGHT[v] : undefined;
    if (!name) throw new EtError(`Border.Weight ${v}`);
    this.write('weight', name);
  }
  get Color(): number | null {
    hit(this.h, 'Border.Color');
    const v = this.read('color');
    return v === null ? null : hexToBgr(v);
  }
  set Color(v: number | null) {
    hit(this.h, 'Border.Color=');
    this.write('color', bgrToHex(v));
  }
}

class FakeComment implements EtComment {
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
    private readonly k: number,
  ) {}
  private note(): { content: string } {
    const n = this.s.notes.get(this.k);
    if (!n) throw new EtError('the comment was deleted');
    return n;
  }
  Text(text?: string): string {
    hit(this.h, 'Comment.Text');
    const n = this.note();
    if (text !== undefined) {
      this.s.guardWrite('Comment.Text');
      n.content = String(text);
    }
    return n.content;
  }
  Delete(): void {
    hit(this.h, 'Comment.Delete');
    this.note();
    this.s.guardWrite('Comment.Delete');
    this.s.notes.delete(this.k);
  }
}

class FakePageSetup implements EtPageSetup {
  private zoom: number | false = 100;
  private wide: number | false = 1;
  private tall: number | false = 1;
  constructor(
    private readonly h: Host,
    private readonly s: SheetState,
  ) {
    const z = s.page.zoom;
    if (z.scale === undefined) {
      this.zoom = false;
      this.wide = z.horizontalFitToPages ?? false;
      this.tall = z.verticalFitToPages ? z.verticalFitToPages : false;
    } else this.zoom = z.scale;
  }
  /** What the state keeps: a scale, or pages wide × tall once Zoom is false (0 = as many as needed). */
  private sync(): void {
    this.s.page.zoom =
      this.zoom === false
        ? { horizontalFitToPages: this.wide === false ? 0 : this.wide, verticalFitToPages: this.tall === false ? 0 : this.tall }
        : { scale: this.zoom };
  }
  private p(name: string): SheetState['page'] {
    hit(this.h, `PageSetup.${name}`);
    return liveSheet(this.s).page;
  }
  get PaperSize(): number {
    return PAPER_NUMBER[this.p('PaperSize').paperSize] ?? 1;
  }
  set PaperSize(v: number) {
    const page = this.p('PaperSize=');
    if (!PAPER[v]) throw new EtError(`PaperSize ${v}`);
    page.paperSize = PAPER[v];
  }
  get Orientation(): number {
    return this.p('Orientation').orientation === 'Landscape' ? 2 : 1;
  }
  set Orientation(v: number) {
    const page = this.p('Orientation=');
    if (v !== 1 && v !== 2) throw new EtError(`Orientation ${v}`);
    page.orientation = v === 2 ? 'Landscape' : 'Portrait';
  }
  get Zoom(): number | false {
    this.p('Zoom');
    return this.zoom;
  }
  set Zoom(v: number | false) {
    this.p('Zoom=');
    if (v !== false && !(typeof v === 'number' && v >= 10 && v <= 400)) throw new EtError(`Zoom ${v}`);
    this.zoom = v;
    this.sync();
  }
  private pages(v: unknown, what: string): number | false {
    if (v !== false && !(typeof v === 'number' && Number.isInteger(v) && v >= 1)) throw new EtError(`${what} ${String(v)}`);
    return v as number | false;
  }
  get FitToPagesWide(): number | false {
    this.p('FitToPagesWide');
    return this.wide;
  }
  set FitToPagesWide(v: number | false) {
    this.p('FitToPagesWide=');
    this.wide = this.pages(v, 'FitToPagesWide');
    this.sync();
  }
  get FitToPagesTall(): number | false {
    this.p('FitToPagesTall');
    return this.tall;
  }
  set FitToPagesTall(v: number | false) {
    this.p('FitToPagesTall=');
    this.tall = this.pages(v, 'FitToPagesTall');
    this.sync();
  }
  get CenterHorizontally(): boolean {
    return this.p('CenterHorizontally').centerHorizontally;
  }
  set CenterHorizontally(v: boolean) {
    const page = this.p('CenterHorizontally=');
    if (typeof v !== 'boolean') throw new EtError('CenterHorizontally takes a boolean');
    page.centerHorizontally = v;
  }
  private margin(k: 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin', v?: number): number {
    const page = this.p(v === undefined ? k : `${k}=`);
    if (v !== undefined) {
      if (typeof v !== 'number' || !(v >= 0 && v < 1000)) throw new EtError(`${k} ${v}`);
      page[k] = v;
    }
    return page[k];
  }
  get LeftMargin(): number {
    return this.margin('leftMargin');
  }
  set LeftMargin(v: number) {
    this.margin('leftMargin', v);
  }
  get RightMargin(): number {
    return this.margin('rightMargin');
  }
  set RightMargin(v: number) {
    this.margin('rightMargin', v);
  }
  get TopMargin(): number {
    return this.margin('topMargin');
  }
  set TopMargin(v: number) {
    this.margin('topMargin', v);
  }
  get BottomMargin(): number {
    return this.margin('bottomMargin');
  }
  set BottomMargin(v: number) {
    this.margin('bottomMargin', v);
  }
  get PrintArea(): string {
    this.p('PrintArea');
    const a = this.s.printArea;
    return a ? `$${colLetters(a.c0)}$${a.r0 + 1}:$${colLetters(a.c1)}$${a.r1 + 1}` : '';
  }
  set PrintArea(v: string) {
    this.p('PrintArea=');
    this.s.printArea = v === '' ? null : parseAddress(v, 'PrintArea');
  }
  get PrintTitleRows(): string {
    this.p('PrintTitleRows');
    const t = this.s.printTitleRows;
    return t ? `$${t.r0 + 1}:$${t.r1 + 1}` : '';
  }
  set PrintTitleRows(v: string) {
    this.p('PrintTitleRows=');
    if (v === '') {
      this.s.printTitleRows = null;
      return;
    }
    const r = parseAddress(v, 'PrintTitleRows');
    if (r.c0 !== 0 || r.c1 !== MAX_COLS - 1) throw new EtError('PrintTitleRows must be whole rows ($1:$3)');
    this.s.printTitleRows = { r0: r.r0, r1: r.r1 };
  }
  private footer(k: 'leftFooter' | 'centerFooter' | 'rightFooter', v?: string): string {
    this.p(v === undefined ? k : `${k}=`);
    if (v !== undefined) {
      // Excel's limit on a section's text, codes included (ET's is not documented: the fake keeps Excel's).
      if (typeof v !== 'string' || v.length > 255) throw new EtError(`${k}: text of at most 255 characters`);
      this.s.headerFooter[k] = v;
    }
    return this.s.headerFooter[k] ?? '';
  }
  get LeftFooter(): string {
    return this.footer('leftFooter');
  }
  set LeftFooter(v: string) {
    this.footer('leftFooter', v);
  }
  get CenterFooter(): string {
    return this.footer('centerFooter');
  }
  set CenterFooter(v: string) {
    this.footer('centerFooter', v);
  }
  get RightFooter(): string {
    return this.footer('rightFooter');
  }
  set RightFooter(v: string) {
    this.footer('rightFooter', v);
  }
}

function parseAddress(a: string, what: string): Rect {
  try {
    return parseLocal(String(a));
  } catch {
    throw new EtError(`${what}: bad address ${a}`);
  }
}

class FakeWorksheet implements EtWorksheet {
  constructor(
    private readonly h: Host,
    readonly s: SheetState,
  ) {}
  private get sheet(): SheetState {
    return liveSheet(this.s);
  }
  get Name(): string {
    hit(this.h, 'Worksheet.Name');
    return this.sheet.name;
  }
  set Name(v: string) {
    hit(this.h, 'Worksheet.Name=');
    if (typeof v !== 'string' || !validSheetName(v)) throw new EtError(`bad sheet name ${v}`);
    const other = this.h.wb.findSheet(v);
    if (other && other !== this.sheet) throw new EtError(`a sheet named ${v} exists`);
    if (v !== this.sheet.name) guardStructure(this.h, 'Worksheet.Name=');
    this.sheet.name = v;
  }
  /** True when the sheet's cells are protected (VBA Worksheet.ProtectContents; see SheetState.protected). */
  get ProtectContents(): boolean {
    hit(this.h, 'Worksheet.ProtectContents');
    return this.sheet.protected;
  }
  get Visible(): number {
    hit(this.h, 'Worksheet.Visible');
    return Number(Object.entries(VISIBLE).find(([, n]) => n === this.sheet.visibility)?.[0] ?? -1);
  }
  set Visible(v: number) {
    hit(this.h, 'Worksheet.Visible=');
    const name = VISIBLE[v];
    if (!name) throw new EtError(`Visible ${v}`);
    const wb = this.h.wb;
    const s = this.sheet;
    if (name !== s.visibility) guardStructure(this.h, 'Worksheet.Visible=');
    if (name !== 'Visible' && s.visibility === 'Visible') {
      if (wb.visibleSheets().length === 1) throw new EtError('a workbook must keep one visible sheet');
      s.visibility = name;
      if (wb.activeSheet === s) wb.activate(wb.visibleSheets()[0] ?? null);
    } else s.visibility = name;
  }
  get Index(): number {
    hit(this.h, 'Worksheet.Index');
    return this.h.wb.position(this.sheet) + 1;
  }
  get UsedRange(): EtRange {
    hit(this.h, 'Worksheet.UsedRange');
    // ET's UsedRange takes formatted empty cells too (design note §6); an empty sheet's is A1.
    return new FakeRange(this.h, this.sheet, this.sheet.usedRect(false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }
  get Cells(): EtRange {
    hit(this.h, 'Worksheet.Cells');
    return new FakeRange(this.h, this.sheet, { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 });
  }
  get PageSetup(): EtPageSetup {
    hit(this.h, 'Worksheet.PageSetup');
    return new FakePageSetup(this.h, this.sheet);
  }
  get Shapes(): EtShapes {
    hit(this.h, 'Worksheet.Shapes');
    return new FakeShapes(this.h, this.sheet);
  }
  get HPageBreaks(): EtPageBreaks {
    hit(this.h, 'Worksheet.HPageBreaks');
    const h = this.h;
    const sheet = this.sheet;
    return {
      get Count() {
        hit(h, 'HPageBreaks.Count');
        return sheet.rowBreaks.length;
      },
      Add(before: EtRange): unknown {
        hit(h, 'HPageBreaks.Add');
        if (!(before instanceof FakeRange) || before.sheetState !== sheet) throw new EtError('HPageBreaks.Add takes a range of this sheet');
        if (!sheet.rowBreaks.includes(before.rect.r0)) sheet.rowBreaks.push(before.rect.r0);
        return {};
      },
    };
  }
  Range(address: string): EtRange {
    hit(this.h, 'Worksheet.Range');
    if (typeof address !== 'string' || address.includes('!')) throw new EtError(`Range(${String(address)})`);
    return new FakeRange(this.h, this.sheet, parseAddress(address, 'Range'));
  }
  Activate(): void {
    hit(this.h, 'Worksheet.Activate');
    if (this.sheet.visibility !== 'Visible') throw new EtError('Activate: the sheet is hidden');
    this.h.wb.activate(this.sheet);
  }
  Delete(): void {
    hit(this.h, 'Worksheet.Delete');
    // With alerts on, ET asks the user to confirm: a modal the add-in must not open.
    if (this.h.app.DisplayAlerts) throw new EtError('Delete would ask for confirmation: set Application.DisplayAlerts = false first');
    const wb = this.h.wb;
    const s = this.sheet;
    guardStructure(this.h, 'Worksheet.Delete');
    if (s.visibility === 'Visible' && wb.visibleSheets().length === 1) throw new EtError('a workbook must keep one visible sheet');
    wb.sheets = wb.sheets.filter((x) => x !== s);
    s.deleted = true;
    if (wb.activeSheet === s) wb.activate(wb.visibleSheets()[0] ?? null);
  }
}

/**
 * COUNTA of ranges, as the worksheet function counts (VBA `WorksheetFunction.CountA`): the cells that are not empty —
 * a value of any kind ('' too, and errors) or a formula (the fake does not calculate: a formula counts whatever it
 * would return, "" too, as COUNTA counts it). It walks the cells the state holds, not the range's, so a whole column
 * costs what its data costs (ET counts its own cells in one call). Arguments other than ranges (values, arrays) are not
 * modelled: refused; 1 to 30 arguments, as declared (`Arg1`, `Arg2?` … `Arg30?`; trailing undefined ones are missing).
 */
function countA(args: readonly unknown[]): number {
  let given = args.length;
  while (given > 0 && args[given - 1] === undefined) given--;
  if (given < 1 || given > 30) throw new EtError(`CountA takes 1 to 30 arguments, not ${given}`);
  let n = 0;
  for (let i = 0; i < given; i++) {
    const a = args[i];
    if (!(a instanceof FakeRange)) throw new EtError(`CountA: the fake models ranges only, not ${JSON.stringify(a)}`);
    const s = liveSheet(a.sheetState);
    const { r0, c0, r1, c1 } = a.rect;
    const counted = new Set<number>();
    for (const [r, row] of s.values) {
      if (r < r0 || r > r1) continue;
      for (let c = c0; c <= Math.min(c1, row.length - 1); c++) if (row[c] !== undefined) counted.add(key(r, c));
    }
    for (const [r, row] of s.formulas) {
      if (r < r0 || r > r1) continue;
      for (const c of row.keys()) if (c >= c0 && c <= c1) counted.add(key(r, c));
    }
    n += counted.size;
  }
  return n;
}

/** A structure-protected workbook refuses any change of its sheets (WorkbookState.structureProtected). */
function guardStructure(h: Host, what: string): void {
  if (h.wb.structureProtected) throw new EtError(`${what}: the workbook's structure is protected`);
}

function makeSheets(h: Host, wrap: (s: SheetState) => FakeWorksheet): EtSheets {
  return {
    get Count() {
      hit(h, 'Worksheets.Count');
      return h.wb.sheets.length;
    },
    Item(index: number | string): EtWorksheet {
      hit(h, 'Worksheets.Item');
      if (typeof index === 'number') {
        const s = h.wb.sheets[index - 1];
        if (!Number.isInteger(index) || !s) throw new EtError(`Worksheets.Item(${index}): no such sheet (1-based)`);
        return wrap(s);
      }
      const s = h.wb.findSheet(String(index));
      if (!s) throw new EtError(`Worksheets.Item("${index}"): no such sheet`);
      return wrap(s);
    },
    Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet | null {
      hit(h, 'Worksheets.Add');
      guardStructure(h, 'Worksheets.Add');
      const wb = h.wb;
      let n = wb.sheets.length + 1;
      while (wb.findSheet(`Sheet${n}`)) n++;
      const s = new SheetState(`Sheet${n}`);
      const anchor = (x: EtWorksheet | undefined): SheetState | undefined => {
        if (x === undefined || x === null) return undefined;
        if (!(x instanceof FakeWorksheet)) throw new EtError('Worksheets.Add: Before/After must be a worksheet');
        return liveSheet(x.s);
      };
      const before = anchor(Before);
      const after = anchor(After);
      if (before && after) throw new EtError('Worksheets.Add: Before and After both given');
      const at = before ? wb.position(before) : after ? wb.position(after) + 1 : wb.activeSheet ? wb.position(wb.activeSheet) : wb.sheets.length;
      wb.sheets.splice(at, 0, s);
      wb.activate(s);
      return h.quirks.nullAdd ? null : wrap(s);
    },
  };
}

export function createFakeEt(options: { quirks?: Partial<EtQuirks>; workbook?: WorkbookState; workbookOpen?: boolean } = {}): FakeEt {
  const h: Host = {
    wb: options.workbook ?? new WorkbookState(),
    stats: { calls: 0, byMember: new Map(), valueCells: 0 },
    quirks: { ...DEFAULT_QUIRKS, ...options.quirks },
    app: { DisplayAlerts: true, ScreenUpdating: true },
    window: { splitRow: 0, splitColumn: 0 },
    open: options.workbookOpen ?? true,
  };
  const wrappers = new WeakMap<SheetState, FakeWorksheet>();
  const wrap = (s: SheetState): FakeWorksheet => {
    let w = wrappers.get(s);
    if (!w) {
      w = new FakeWorksheet(h, s);
      wrappers.set(s, w);
    }
    return w;
  };
  const sheets = makeSheets(h, wrap);
  const workbook: EtWorkbook = {
    get Worksheets() {
      hit(h, 'Workbook.Worksheets');
      return sheets;
    },
    /** VBA Workbook.Name: the file's name, or 工作簿1 for a workbook never saved (WorkbookState.name). */
    get Name() {
      hit(h, 'Workbook.Name');
      return h.wb.name;
    },
    /** VBA Workbook.ProtectStructure (see WorkbookState.structureProtected). */
    get ProtectStructure() {
      hit(h, 'Workbook.ProtectStructure');
      return h.wb.structureProtected;
    },
    /** VBA Workbook.Date1904: the workbook uses the 1904 date system (WorkbookState.date1904); undefined under the quirk noDate1904. */
    get Date1904() {
      hit(h, 'Workbook.Date1904');
      return h.quirks.noDate1904 ? undefined : h.wb.date1904;
    },
  };
  const window: EtWindow = {
    get SplitRow() {
      hit(h, 'Window.SplitRow');
      return h.window.splitRow;
    },
    set SplitRow(v: number) {
      hit(h, 'Window.SplitRow=');
      if (!Number.isInteger(v) || v < 0) throw new EtError(`SplitRow ${v}`);
      h.window.splitRow = v;
    },
    get SplitColumn() {
      hit(h, 'Window.SplitColumn');
      return h.window.splitColumn;
    },
    set SplitColumn(v: number) {
      hit(h, 'Window.SplitColumn=');
      if (!Number.isInteger(v) || v < 0) throw new EtError(`SplitColumn ${v}`);
      h.window.splitColumn = v;
    },
    get FreezePanes() {
      hit(h, 'Window.FreezePanes');
      return (h.wb.activeSheet?.frozenRows ?? 0) > 0;
    },
    /** Freezes the ACTIVE sheet's window at the split. */
    set FreezePanes(v: boolean) {
      hit(h, 'Window.FreezePanes=');
      const s = h.wb.activeSheet;
      if (!s) throw new EtError('no active sheet');
      s.frozenRows = v ? h.window.splitRow : 0;
    },
  };
  const worksheetFunction: EtWorksheetFunction = {
    CountA(...args: unknown[]): number {
      hit(h, 'WorksheetFunction.CountA');
      if (h.quirks.worksheetFunction === 'throwing') throw new EtError('CountA failed');
      return countA(args);
    },
  };
  const app: EtApplication = {
    get ActiveWorkbook() {
      hit(h, 'Application.ActiveWorkbook');
      return h.open ? workbook : null;
    },
    get ActiveSheet() {
      hit(h, 'Application.ActiveSheet');
      return h.open && h.wb.activeSheet ? wrap(h.wb.activeSheet) : null;
    },
    get ActiveWindow() {
      hit(h, 'Application.ActiveWindow');
      return h.open ? window : null;
    },
    get ScreenUpdating() {
      hit(h, 'Application.ScreenUpdating');
      return h.app.ScreenUpdating;
    },
    set ScreenUpdating(v: boolean) {
      hit(h, 'Application.ScreenUpdating=');
      h.app.ScreenUpdating = !!v;
    },
    get DisplayAlerts() {
      hit(h, 'Application.DisplayAlerts');
      return h.app.DisplayAlerts;
    },
    set DisplayAlerts(v: boolean) {
      hit(h, 'Application.DisplayAlerts=');
      h.app.DisplayAlerts = !!v;
    },
    /** VBA Application.WorksheetFunction; undefined under the quirk worksheetFunction 'absent'. */
    get WorksheetFunction() {
      hit(h, 'Application.WorksheetFunction');
      return h.quirks.worksheetFunction === 'absent' ? undefined : worksheetFunction;
    },
  };
  return {
    Application: app,
    workbook: h.wb,
    stats: h.stats,
    get quirks() {
      return h.quirks;
    },
    set quirks(q: EtQuirks) {
      h.quirks = q;
    },
    get workbookOpen() {
      return h.open;
    },
    set workbookOpen(v: boolean) {
      h.open = v;
    },
    resetStats() {
      h.stats.calls = 0;
      h.stats.byMember.clear();
      h.stats.valueCells = 0;
    },
    sheet(name) {
      const s = h.wb.findSheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
  };
}

/** Builds the sheets of `grid` in the fake (host side, no calls counted), as fakeWorkbookFromGrid does for Excel. */
export function fakeEtFromGrid(grid: Grid, et: FakeEt = createFakeEt()): FakeEt {
  addGridSheets(et.workbook, grid);
  return et;
}
