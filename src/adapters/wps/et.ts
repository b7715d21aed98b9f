/**
 * The part of WPS 表格's (ET's) JS object model the adapter uses, typed by hand from the design note
 * (spec/wps.md §2) and the member names of `et-jsapi-declare` (which we do not ship: its licence forbids
 * modification). The API is the Excel VBA object model called synchronously from JS: collections with
 * `.Item()`, 1-based indices, methods called with `()`, colours as BGR numbers.
 *
 * The numeric constants are ours (`ET`): the typings' enums are ambient (`declare namespace Et`) and do
 * not exist at run time.
 */

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  /** The workbook's name: the file's name with its extension once saved, 工作簿1 (or the like) before. */
  readonly Name: string;
  /** True when the workbook's structure is protected (审阅 → 保护工作簿): no sheet may be added, deleted, renamed, hidden or moved. */
  readonly ProtectStructure: boolean;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtWorksheet;
  /** A new sheet, before `Before` or after `After` (else before the active sheet); activated. May return null (§2). */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet | null;
}

export interface EtWorksheet {
  Name: string;
  /** -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  /** True when the sheet's cells are protected (审阅 → 保护工作表): every write to them is refused. */
  readonly ProtectContents: boolean;
  readonly Index: number;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly PageSetup: EtPageSetup;
  readonly HPageBreaks: EtPageBreaks;
  /** Shapes on the sheet; `AddChart2` makes an embedded chart (ET's documentation; untested on real builds, §2). */
  readonly Shapes: EtShapes;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtShapes {
  /** A chart of `XlChartType` at `Left`/`Top`, `Width` × `Height` points; `Style` -1 is the type's default. */
  AddChart2(Style?: number, XlChartType?: number, Left?: number, Top?: number, Width?: number, Height?: number): EtShape;
}

export interface EtShape {
  readonly Chart: EtChart;
  Delete(): void;
}

export interface EtChart {
  /** `PlotBy`: xlColumns (2) or xlRows (1). */
  SetSourceData(Source: EtRange, PlotBy?: number): void;
  HasTitle: boolean;
  /** Only once `HasTitle` is true. */
  readonly ChartTitle: { Text: string };
}

export interface EtPageBreaks {
  readonly Count: number;
  /** A manual break above the row of `Before`. */
  Add(Before: EtRange): unknown;
}

export interface EtCount {
  readonly Count: number;
}

export interface EtRange {
  /** 1-based. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  /** A scalar for one cell, a 2-D array otherwise (possibly 1-D for one row, §2). */
  Value2: unknown;
  Formula: unknown;
  /** One format for the range; null when its cells differ. */
  NumberFormat: string | null;
  readonly Text: unknown;
  /** true: every cell merged; false: none; null: some. */
  readonly MergeCells: boolean | null;
  /**
   * Of whole rows (`Range("12:15")`): true when every row is hidden (by hand, by a filter, in a collapsed group), false
   * when none is, null when some are (VBA's Variant for a mixed range, as MergeCells and NumberFormat). A range of
   * part of a row has no Hidden to read (VBA: run-time error 1004).
   */
  readonly Hidden: boolean | null;
  readonly MergeArea: EtRange;
  Merge(): void;
  Select(): void;
  ColumnWidth: number | null;
  RowHeight: number | null;
  HorizontalAlignment: number | null;
  VerticalAlignment: number | null;
  WrapText: boolean | null;
  IndentLevel: number | null;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  /** The cell's note (a "comment" in the VBA model); null when it has none. */
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  readonly Validation: EtValidation;
  /** Position and size in points (from the sheet's top-left corner). */
  readonly Left: number;
  readonly Top: number;
  readonly Width: number;
  readonly Height: number;
  /** Clears values, formulas, formats. */
  Clear(): void;
  /** The range's conditional formats (at most three per range in ET's documentation). */
  readonly FormatConditions: EtFormatConditions;
  /** With no argument: turns the AutoFilter drop-downs on over this range, or off when the sheet has them (a toggle). */
  AutoFilter(Field?: number, Criteria1?: unknown): unknown;
}

export interface EtFormatConditions {
  readonly Count: number;
  /** `Add(xlCellValue, xlEqual, '="红灯"')`: a new condition, whose Interior and Font are what it applies. */
  Add(Type: number, Operator?: number, Formula1?: string, Formula2?: string): EtFormatCondition;
}

export interface EtFormatCondition {
  readonly Interior: { Color: number | null };
  readonly Font: { Color: number | null };
}

export interface EtFont {
  Name: string | null;
  Size: number | null;
  Bold: boolean | null;
  Italic: boolean | null;
  /** BGR. */
  Color: number | null;
}

export interface EtInterior {
  /** BGR. */
  Color: number | null;
  Pattern: number | null;
  PatternColor: number | null;
}

export interface EtBorders {
  Item(index: number): EtBorder;
}

export interface EtBorder {
  LineStyle: number | null;
  Weight: number | null;
  Color: number | null;
}

export interface EtComment {
  /** With no argument, the text; with one, sets it. */
  Text(text?: string): string;
  Delete(): void;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  CenterHorizontally: boolean;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  PrintArea: string;
  PrintTitleRows: string;
  /** Footer sections in Excel's codes (`第 &P 页`), the section code itself left out. */
  LeftFooter: string;
  CenterFooter: string;
  RightFooter: string;
}

/** The VBA constants the adapter needs (their values in Excel's and ET's object model). */
export const ET = {
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  hAlign: { left: -4131, center: -4108, right: -4152 },
  vAlign: { top: -4160, middle: -4108, bottom: -4107 },
  /** XlBordersIndex. */
  border: { left: 7, top: 8, bottom: 9, right: 10, insideVertical: 11, insideHorizontal: 12 },
  lineContinuous: 1,
  weightThin: 2,
  /** xlNone: no fill, no line. */
  none: -4142,
  patternSolid: 1,
  validateList: 3,
  alertStop: 1,
  operatorBetween: 1,
  paperA4: 9,
  paperA3: 8,
  portrait: 1,
  landscape: 2,
  /** XlFormatConditionType.xlCellValue and XlFormatConditionOperator.xlEqual. */
  conditionCellValue: 1,
  conditionEqual: 3,
  /** XlChartType.xlColumnClustered, XlRowCol.xlColumns, the chart type's default style. */
  chartColumnClustered: 51,
  plotByColumns: 2,
  chartStyleDefault: -1,
} as const;

/**
 * Fill patterns by the names the `_jx_marks` record uses (Office.js's `Excel.FillPattern`) and their XlPattern
 * numbers: the record stays the same in both hosts, so a mark made in Excel clears in WPS and back.
 */
export const PATTERNS: Readonly<Record<string, number>> = {
  None: -4142,
  Solid: 1,
  Gray50: -4125,
  Gray75: -4126,
  Gray25: -4124,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
  Gray16: 17,
  Gray8: 18,
  LinearGradient: 4000,
  RectangularGradient: 4001,
};

const PATTERN_NAMES = new Map(Object.entries(PATTERNS).map(([k, v]) => [v, k] as const));

export function patternName(n: number | null): string | null {
  if (n === null) return null;
  return PATTERN_NAMES.get(n) ?? 'Solid';
}

/** `#RRGGBB` → the BGR number ET takes (red in the low byte). */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** A BGR number → `#RRGGBB` (upper case, as Excel reports colours). */
export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${((r << 16) | (g << 8) | b).toString(16).toUpperCase().padStart(6, '0')}`;
}
