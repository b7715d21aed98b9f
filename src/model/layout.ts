/**
 * A host-neutral description of a worksheet to create (the 自评表, the input templates, the 问题清单).
 * Adapters (the SpreadsheetML writer `adapters/xlsx/write.ts`, Office.js `adapters/office/render.ts`, and a WPS
 * adapter) carry it out; the model never touches a host. Coordinates are 0-based; ranges inclusive.
 *
 * Every decision about how the sheet looks is made HERE, once, so that every host gives the same
 * workbook (test/adapters/parity.test.ts renders each layout through two writers and compares):
 *
 * - what a cell holds and shows: `cellsToWrite(layout)` — the value or formula, the number format
 *   (`cellNumberFormat`: text a host would turn into a number, date or formula is written under `@`),
 *   and the style (every cell of a merged area takes its top-left cell's style, so borders and fills
 *   cover the whole area); a `''` value is an empty cell;
 * - where a drop-down list's items go: `listValidation(range, items)` decides `inline` (the host's
 *   literal list: items joined by `,`, at most 255 characters, no item holding `,` or `"`) or `sheet`
 *   (the items in a column of the hidden sheet `LISTS_SHEET`, referenced by address);
 * - paper, orientation, margins, fit (pages wide × tall), print area, print titles and manual page
 *   breaks: `PageSetup`, filled in by the layout's builder (`selfeval/sheet.ts` decides the fit);
 * - the font of the whole sheet, column widths in characters, row heights in points; frozen rows, an
 *   AutoFilter range, a page footer in Excel's codes (`&C第 &P 页`).
 *
 * A writer only translates these into its host's calls and units (points, inches, enum names).
 */
import { foldFullWidth as toHalfWidth } from './algorithms/halfwidth';
import { columnLetters, type Merge } from './grid';

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  readonly wrap?: boolean;
  /** Excel number format, e.g. `0.00`, `0.00%`, `#,##0.00`. */
  readonly numberFormat?: string;
  /** Thin border on all four sides. */
  readonly border?: boolean;
  /** Fill colour as `#RRGGBB`. */
  readonly fill?: string;
  readonly indent?: number;
  readonly italic?: boolean;
  /** Font colour as `#RRGGBB`. */
  readonly color?: string;
}

/**
 * Colours a range by its cells' own values (a conditional format), so that a value a formula
 * recomputes after the user's edit is coloured anew: each rule gives a fill and a font colour to
 * the cells whose value equals its text.
 */
export interface ConditionalFormat {
  readonly range: Merge;
  readonly rules: ReadonlyArray<{ readonly equals: string; readonly fill: string; readonly font?: string }>;
}

export type LayoutValue = string | number | boolean | null;

export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  /** The value; for a formula cell, the value the model computed (the cached result). */
  readonly value: LayoutValue;
  /** A native Excel formula without the leading `=`, in A1 notation over the same sheet. */
  readonly formula?: string;
  readonly style?: CellStyle;
}

/** Paper sizes a layout may ask for, with their size in millimetres (portrait). */
export const PAPER_SIZES = { A4: { widthMm: 210, heightMm: 297 }, A3: { widthMm: 297, heightMm: 420 } } as const;
export type PaperSize = keyof typeof PAPER_SIZES;

export interface PageSetup {
  readonly paperSize: PaperSize;
  readonly orientation: 'portrait' | 'landscape';
  /** Pages wide the print area is fitted to (0 = as many as needed); with `fitToHeight`, no fit when both are 0. */
  readonly fitToWidth: number;
  readonly fitToHeight: number; // 0 = as many pages as needed
  /**
   * The print scale, a whole percent, where the page setup prints at a scale instead of a fit (fitToWidth and
   * fitToHeight then 0): a form broken into pages by `rowBreaks`. Excel ignores manual page breaks under a fit to pages,
   * even 1 wide × any tall (the XlsxWriter family documents it of fit_to_pages: "will override any manual page breaks"),
   * so a form whose pages the model breaks prints at the scale the fit would give (fitScale), which every host honours
   * with the breaks.
   */
  readonly scale?: number;
  readonly horizontalCentered: boolean;
  /** Margins in centimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  readonly printArea: Merge;
  /** Manual page breaks: a new printed page starts at each of these rows (0-based). */
  readonly rowBreaks?: ReadonlyArray<number>;
  /** Page footer in Excel's header/footer codes (`&C第 &P 页，共 &N 页`). */
  readonly footer?: string;
}

/**
 * How a grid copied as it was prints (the consolidation's 配置, 绩效指标, 报告素材): paper, orientation, margins and fit
 * over its used range, and its texts wrapped in their columns, top-aligned, so that a long 年度总体目标 prints whole in
 * its column instead of running on over the columns beside it onto pages of their own.
 */
export type GridPrint = Pick<PageSetup, 'paperSize' | 'orientation' | 'fitToWidth' | 'fitToHeight' | 'margins'> & {
  /** Row heights in points, by the grid's row (from its first): what its wrapped texts need (hosts do not fit rows on opening a file). */
  readonly rowHeights?: ReadonlyArray<number | undefined>;
};

/**
 * Excel's column width in points for a width in characters of the default font: 7 px a character + 5 px
 * padding at 96 dpi. The model measures a printed table with it; the Office adapter sets widths with it.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function cmToPoints(cm: number): number {
  return Math.round((cm / 2.54) * 72 * 100) / 100;
}

/** The printable width and height of a page in points: the paper in its orientation less the margins. */
export function printableSize(page: Pick<PageSetup, 'paperSize' | 'orientation' | 'margins'>): { width: number; height: number } {
  const paper = PAPER_SIZES[page.paperSize];
  const mm = (x: number): number => (x / 25.4) * 72;
  const [w, h] = page.orientation === 'portrait' ? [paper.widthMm, paper.heightMm] : [paper.heightMm, paper.widthMm];
  const m = page.margins;
  return { width: mm(w) - cmToPoints(m.left) - cmToPoints(m.right), height: mm(h) - cmToPoints(m.top) - cmToPoints(m.bottom) };
}

/** Excel's width of a column that has none set, in characters (64 px), and height of a row that has none set, in points. */
export const DEFAULT_COLUMN_CHARS = 8.43;
export const DEFAULT_ROW_POINTS = 15;
/** The page number of a printed Chinese form, centred in its footer (Excel's codes): 第 1 页，共 3 页. */
export const PAGE_NUMBER_FOOTER = '&C第 &P 页，共 &N 页';
/**
 * The tallest row Excel and WPS allow, in points: Office.js and the ET API refuse a taller `rowHeight`
 * (InvalidArgument), and a file's taller `ht` is cut to it.
 */
export const MAX_ROW_POINTS = 409;

/**
 * Calibri 11 pt's digit advance at 96 dpi, unrounded (1038/2048 of its 14.67 px em), in px: what LibreOffice takes a
 * character of a column width for, with no padding (measured through soffice with Carlito, Calibri's metric twin: 8,
 * 10 and 12 characters are 59.2, 74.0 and 88.8 px), where Excel rounds it to 7 px and adds 5 (columnWidthPoints).
 */
const DIGIT_ADVANCE_PX = 7.43;

/**
 * A column's printed width in points as the model counts it for paper: the wider of Excel's (columnWidthPoints) and
 * LibreOffice's measure (DIGIT_ADVANCE_PX; wider from 13 characters on), so that a page printed at a scale (a form
 * broken into pages, PageSetup.scale) holds the table's width in either.
 */
export function printedColumnPoints(chars: number): number {
  return Math.max(columnWidthPoints(chars), chars * DIGIT_ADVANCE_PX * 0.75);
}

/** The print area at 100 %, in points: the sum of its columns' printed widths (printedColumnPoints) and each of its rows' heights (unset ones at Excel's defaults). */
export function printAreaSize(layout: Pick<SheetLayout, 'columnWidths' | 'rowHeights'>, area: Merge): { width: number; heights: number[] } {
  let width = 0;
  for (let c = area.left; c <= area.right; c++) {
    const w = layout.columnWidths[c];
    width += printedColumnPoints(w === undefined || w === null || w <= 0 ? DEFAULT_COLUMN_CHARS : w);
  }
  const heights: number[] = [];
  for (let r = area.top; r <= area.bottom; r++) heights.push(layout.rowHeights[r] ?? DEFAULT_ROW_POINTS);
  return { width, heights };
}

/**
 * The print scale, a whole percent from 10 to 100, at which the print area goes onto the pages wide × tall
 * the page setup asks for (`fitToWidth` × `fitToHeight`, 0 = as many as needed): what Excel computes for
 * 调整为 N 页宽 M 页高, from the layout's column widths (exact: every writer sets them in these points) and
 * row heights (estimates where a row has none). A host that may ignore the fit (Excel through Office.js,
 * office-js#1860) is given this scale first, so the page prints the same either way. Undefined when the
 * layout has no page setup.
 */
export function fitScale(layout: SheetLayout): number | undefined {
  const page = layout.page;
  if (!page) return undefined;
  if (page.scale !== undefined) return page.scale;
  const { width, heights } = printAreaSize(layout, page.printArea);
  const height = heights.reduce((a, b) => a + b, 0);
  const paper = printableSize(page);
  let s = 1;
  if (page.fitToWidth > 0 && width > 0) s = Math.min(s, (paper.width * page.fitToWidth) / width);
  if (page.fitToHeight > 0 && height > 0) s = Math.min(s, (paper.height * page.fitToHeight) / height);
  // A hair under the exact quotient: 0.77 × 100 is 77.00000000000001 in binary, and a scale 1 % too large spills a column.
  return Math.max(10, Math.min(100, Math.floor(s * 100 + 1e-9)));
}

/** The hidden sheet that holds drop-down lists which cannot be inline: one column per list, in the order met. */
export const LISTS_SHEET = {
  /** `_jx_`: the add-in's own sheets, skipped by the readers; a second one in a workbook gets ` (2)`. */
  name: '_jx_lists',
  /** Hidden, not very hidden: a user can unhide it from the sheet tabs and see where the lists come from. */
  visibility: 'hidden',
  /** Its items are text (`001` stays `001`). */
  numberFormat: '@',
} as const;

/** Excel's limit on a literal list's source (the text of the 来源 box). */
export const INLINE_LIST_MAX = 255;

/**
 * A drop-down list over `range`. `place: 'inline'` — `source` is the literal list (`是,否`);
 * `place: 'sheet'` — the items go into a column of LISTS_SHEET and the list refers to them.
 */
export type ListValidation =
  | { readonly range: Merge; readonly list: ReadonlyArray<string>; readonly place: 'inline'; readonly source: string }
  | { readonly range: Merge; readonly list: ReadonlyArray<string>; readonly place: 'sheet' };

/** The one decision of where a list goes: inline when the host's literal list can hold it exactly, else the lists sheet. */
export function listValidation(range: Merge, list: ReadonlyArray<string>): ListValidation {
  const source = list.join(',');
  const inline = list.length > 0 && source.length <= INLINE_LIST_MAX && !list.some((x) => x.includes(',') || x.includes('"'));
  return inline ? { range, list, place: 'inline', source } : { range, list, place: 'sheet' };
}

/** A table cell with a style of its own (a date in a ledger whose column holds text too). */
export interface StyledValue {
  readonly value: LayoutValue;
  readonly style: CellStyle;
}

/**
 * A long table given row by row rather than cell by cell (the consolidated 项目台账: millions of cells, where an
 * object per cell is most of the time and memory): row `first + i`, column `j` holds `rows[i][j]` — a value (null:
 * no cell) in the style `styles[j]`, or a value with a style of its own. Every host sees its cells as if they were
 * in `cells` (cellsToWrite); where `cells` overlap it, theirs are written.
 */
export interface LayoutTable {
  readonly first: number;
  readonly rows: ReadonlyArray<ReadonlyArray<LayoutValue | StyledValue>>;
  readonly styles?: ReadonlyArray<CellStyle | undefined>;
}

export interface SheetLayout {
  readonly name: string;
  /** Column widths in Excel character units. */
  readonly columnWidths: ReadonlyArray<number>;
  /** Row heights in points, indexed by row; missing = default. */
  readonly rowHeights: ReadonlyArray<number | undefined>;
  readonly cells: ReadonlyArray<LayoutCell>;
  /** Cells given row by row, below those of `cells` (a long table). */
  readonly table?: LayoutTable;
  readonly merges: ReadonlyArray<Merge>;
  /** Font family for the whole sheet, with fallbacks the renderer may try in order. */
  readonly font: { readonly name: string; readonly fallbacks: ReadonlyArray<string>; readonly size: number };
  readonly page?: PageSetup;
  /** Data-validation lists (templates): a column range and the allowed values. */
  readonly validations?: ReadonlyArray<ListValidation>;
  /** Rows frozen at the top (templates, lists). */
  readonly frozenRows?: number;
  /** An AutoFilter over this range (its first row holds the headers with the filter buttons). */
  readonly autoFilter?: Merge;
  /** Colours by value (the monitoring table's lights), in order. */
  readonly conditionalFormats?: ReadonlyArray<ConditionalFormat>;
}

/** A clustered column chart a host draws beside a table, outside its print area (its data too). */
export interface ChartSpec {
  readonly title: string;
  readonly categories: ReadonlyArray<string>;
  readonly values: ReadonlyArray<number>;
}

/**
 * Where the chart beside a table goes, the one decision every host carries out: its data (categories as text, so a
 * year is not taken for a series) two columns right of the table and its print area, leaving one empty column; the
 * chart from three columns right of the data, over at least 16 rows, to the 11th column after the data.
 */
export interface ChartPlan {
  /** The data's header row and one row per category: `['', title]`, `[category, value]`. */
  readonly data: ReadonlyArray<ReadonlyArray<string | number>>;
  readonly dataRange: Merge;
  /** The categories' column (written under `@`). */
  readonly categoryRange: Merge;
  /** The cells the chart covers, the first and the last (inclusive). */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export function chartPlan(layout: SheetLayout, chart: ChartSpec): ChartPlan {
  const box = cellsBox(layout.cells);
  const right = Math.max(box?.right ?? 0, layout.page?.printArea.right ?? 0, layout.columnWidths.length - 1);
  const top = layout.page?.printArea.top ?? box?.top ?? 0;
  const dataCol = right + 2;
  const n = chart.categories.length;
  return {
    data: [['', chart.title], ...chart.categories.map((c, i) => [c, chart.values[i] ?? 0])],
    dataRange: { top, left: dataCol, bottom: top + n, right: dataCol + 1 },
    categoryRange: { top, left: dataCol, bottom: top + n, right: dataCol },
    from: { row: top, col: dataCol + 3 },
    to: { row: top + Math.max(15, n + 2), col: dataCol + 10 },
  };
}

/** The smallest rectangle holding every cell given; null for none. */
export function cellsBox(cells: ReadonlyArray<{ readonly row: number; readonly col: number }>): Merge | null {
  if (!cells.length) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top, left, bottom, right };
}

/** Runs of equal defined values (column widths, row heights): `[first, last, value]`, so a host sets each run once. */
export function equalRuns(xs: ReadonlyArray<number | undefined | null>): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  xs.forEach((x, i) => {
    if (x === undefined || x === null) return;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === x) last[1] = i;
    else out.push([i, i, x]);
  });
  return out;
}

/**
 * A footer in Excel's codes (`&L…&C第 &P 页&R…`) as its three sections, what Office.js and ET set one by one; text
 * before any section code is centred.
 */
export function footerSections(footer: string): { L?: string; C?: string; R?: string } {
  const out: { L?: string; C?: string; R?: string } = {};
  let section: 'L' | 'C' | 'R' = 'C';
  let text = '';
  const flush = (): void => {
    if (text) out[section] = (out[section] ?? '') + text;
    text = '';
  };
  for (let i = 0; i < footer.length; i++) {
    const next = footer[i + 1];
    if (footer[i] === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      flush();
      section = next;
      i++;
    } else if (footer[i] === '&' && next === '&') {
      text += '&&';
      i++;
    } else text += footer[i];
  }
  flush();
  return out;
}

export function rangeA1(m: Merge): string {
  return `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`;
}

/** Excel's error values, which text spelled the same becomes when written in. */
const ERROR_TEXTS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
/** A date or time with an English month name or AM/PM, as en-US Excel reads one typed (`1-Jan`, `Jan-23`, `10:20 AM`). */
const ENGLISH_DATE = new RegExp(`^(\\d[\\d\\s./,:-]*${MONTH}|${MONTH}[\\d\\s./,:-]*\\d)[\\d\\s./,:-]*$|^\\d{1,2}(:\\d{2}){0,2}\\s*(am|pm|a|p)$`, 'i');

const MAY_REINTERPRET = /[0-9=+\-@'#tTfF\uFF10-\uFF19\uFF1D\uFF0B\uFF0D\uFF20\uFF07\uFF03\uFF54\uFF34\uFF46\uFF26]/;

/**
 * Text that a host would turn into something else when it is written in as typed (test/fakes/excel/typeIn.ts does
 * what Excel does): numbers, dates, times, percents, booleans, error values, formulas; a leading apostrophe, which
 * Excel takes for the text prefix and drops. Full-width characters count as their ASCII forms (an IME types them).
 */
export function hostWouldReinterpret(s: string): boolean {
  // Every case below needs a digit, a leading = + - @ ' or #, or the t/f of TRUE/FALSE (as typed, or full-width):
  // text with none of them (most names and places) is text to any host.
  if (!MAY_REINTERPRET.test(s)) return false;
  const t = toHalfWidth(s).trim();
  if (t === '') return false;
  if (/^[=+\-@']/.test(t)) return true;
  if (/^(true|false)$/i.test(t) || ERROR_TEXTS.test(t)) return true;
  if (/\d/.test(t) && ENGLISH_DATE.test(t)) return true;
  return /\d/.test(t) && /^[\d\s.,:/%$¥￥()+\-eE年月日时分秒]+$/.test(t);
}

/**
 * The number format a cell is written with: `@` for text a host would reinterpret (even where the style gives a
 * number format: a number format does not keep `12%` or `1,000` text in Excel), else its style's, else none (General).
 */
export function cellNumberFormat(c: LayoutCell): string | undefined {
  return numberFormatOf(c.value, c.formula, c.style);
}

function numberFormatOf(value: LayoutValue, formula: string | undefined, style: CellStyle | undefined): string | undefined {
  if (formula === undefined && typeof value === 'string' && hostWouldReinterpret(value)) return '@';
  return style?.numberFormat;
}

/** The table's cells as layout cells (where a table cannot be visited row by row). */
export function tableCells(t: LayoutTable): LayoutCell[] {
  const out: LayoutCell[] = [];
  t.rows.forEach((values, i) =>
    values.forEach((v, col) => {
      if (v === null) return;
      const row = t.first + i;
      if (typeof v === 'object') out.push({ row, col, value: v.value, style: v.style });
      else {
        const style = t.styles?.[col];
        out.push(style ? { row, col, value: v, style } : { row, col, value: v });
      }
    }),
  );
  return out;
}

/** A cell as every writer writes it: the value (null = empty), the formula, the number format and the style. */
export interface CellToWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | boolean | null;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

const byPosition = (a: { row: number; col: number }, b: { row: number; col: number }): number => a.row - b.row || a.col - b.col;

/** The index of the cell at (row, col) in cells sorted by position, or -1. */
function findSorted(cells: ReadonlyArray<LayoutCell>, row: number, col: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = cells[mid].row - row || cells[mid].col - col;
    if (d === 0) return mid;
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The layout's cells sorted by position, of a cell given twice the later one: the cells themselves when they come so. */
function sortedCells(cells: ReadonlyArray<LayoutCell>): ReadonlyArray<LayoutCell> {
  let sorted = true;
  for (let i = 1; i < cells.length && sorted; i++) if (byPosition(cells[i - 1], cells[i]) >= 0) sorted = false;
  if (sorted) return cells;
  // stable: of cells at one position, the one given last comes last and is kept
  const order = cells.map((_, i) => i).sort((a, b) => byPosition(cells[a], cells[b]) || a - b);
  const kept: LayoutCell[] = [];
  for (let k = 0; k < order.length; k++) {
    const c = cells[order[k]];
    const next = cells[order[k + 1]];
    if (!next || byPosition(c, next) !== 0) kept.push(c);
  }
  return kept;
}

/** A cell to write, given field by field (no object made per cell: a consolidated ledger has millions). */
export type CellVisitor = (row: number, col: number, value: LayoutValue, formula: string | undefined, numberFormat: string | undefined, style: CellStyle | undefined) => void;

/**
 * Visits the cells to write, sorted by row then column: the layout's cells with their number format decided (a cell
 * given twice: the later one), and every cell of a merged area with the style of the area's top-left cell (the
 * area's border and fill are whole). Linear in the cells when they come sorted, as the builders make them.
 */
export function forEachCellToWrite(layout: SheetLayout, visit: CellVisitor): void {
  const t = layout.table;
  if (t) {
    let below = true;
    for (const c of layout.cells) if (c.row >= t.first) below = false;
    for (const m of layout.merges) if (m.bottom >= t.first) below = false;
    // the table's cells in rows of their own, under the other cells and any merge: visited row by row after them
    if (below) {
      forEachCellToWrite({ ...layout, table: undefined }, visit);
      return visitTable(t, visit);
    }
    // else (a misuse, but written faithfully) as if all were cells, those of `cells` over the table's
    return forEachCellToWrite({ ...layout, cells: [...tableCells(t), ...layout.cells], table: undefined }, visit);
  }
  const cells = sortedCells(layout.cells);
  const own = (c: LayoutCell): void => {
    const formula = c.formula === undefined ? undefined : c.formula.charCodeAt(0) === 61 /* = */ ? c.formula.slice(1) : c.formula;
    visit(c.row, c.col, c.value === '' ? null : c.value, formula, cellNumberFormat(c), c.style);
  };
  // Under a merge: every host drops its value; it shows the top-left cell's look.
  const covered = new Map<string, { row: number; col: number; style: CellStyle }>();
  for (const m of layout.merges) {
    const fill = covered.get(`${m.top},${m.left}`);
    const i = fill ? -1 : findSorted(cells, m.top, m.left);
    const style = fill?.style ?? (i >= 0 ? cells[i].style : undefined);
    if (!style) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.set(`${r},${c}`, { row: r, col: c, style });
  }
  if (!covered.size) {
    for (const c of cells) own(c);
    return;
  }
  const fills = [...covered.values()].sort(byPosition);
  const visitFill = (f: { row: number; col: number; style: CellStyle }): void => visit(f.row, f.col, null, undefined, f.style.numberFormat || undefined, f.style);
  let j = 0;
  for (const c of cells) {
    while (j < fills.length && byPosition(fills[j], c) < 0) visitFill(fills[j++]);
    if (j < fills.length && byPosition(fills[j], c) === 0) visitFill(fills[j++]);
    else own(c);
  }
  while (j < fills.length) visitFill(fills[j++]);
}

function visitTable(t: LayoutTable, visit: CellVisitor): void {
  const styles = t.styles ?? [];
  for (let i = 0; i < t.rows.length; i++) {
    const values = t.rows[i];
    const row = t.first + i;
    for (let col = 0; col < values.length; col++) {
      const v = values[col];
      if (v === null) continue;
      if (typeof v === 'object') visit(row, col, v.value === '' ? null : v.value, undefined, numberFormatOf(v.value, undefined, v.style), v.style);
      else visit(row, col, v === '' ? null : v, undefined, numberFormatOf(v, undefined, styles[col]), styles[col]);
    }
  }
}

/** The cells to write, as forEachCellToWrite visits them. */
export function cellsToWrite(layout: SheetLayout): CellToWrite[] {
  const out: CellToWrite[] = [];
  forEachCellToWrite(layout, (row, col, value, formula, numberFormat, style) =>
    out.push({ row, col, value, ...(formula !== undefined ? { formula } : {}), ...(numberFormat !== undefined ? { numberFormat } : {}), ...(style ? { style } : {}) }),
  );
  return out;
}
