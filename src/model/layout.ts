/**
 * A host-neutral description of a worksheet to create (the 自评表, the input templates).
 * Adapters (ExcelJS, Office.js) render it; the model never touches a host.
 * Coordinates are 0-based; ranges are inclusive.
 */
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

export interface PageSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly fitToWidth: number;
  readonly fitToHeight: number; // 0 = as many pages as needed
  readonly horizontalCentered: boolean;
  /** Margins in centimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  readonly printArea: Merge;
  /** Page footer in Excel's header/footer codes (`&C第 &P 页，共 &N 页`). */
  readonly footer?: string;
}

export interface SheetLayout {
  readonly name: string;
  /** Column widths in Excel character units. */
  readonly columnWidths: ReadonlyArray<number>;
  /** Row heights in points, indexed by row; missing = default. */
  readonly rowHeights: ReadonlyArray<number | undefined>;
  readonly cells: ReadonlyArray<LayoutCell>;
  readonly merges: ReadonlyArray<Merge>;
  /** Font family for the whole sheet, with fallbacks the renderer may try in order. */
  readonly font: { readonly name: string; readonly fallbacks: ReadonlyArray<string>; readonly size: number };
  readonly page?: PageSetup;
  /** Data-validation lists (templates): a column range and the allowed values. */
  readonly validations?: ReadonlyArray<{ readonly range: Merge; readonly list: ReadonlyArray<string> }>;
  /** Rows frozen at the top (templates, lists). */
  readonly frozenRows?: number;
  /** An AutoFilter over this range (its first row holds the headers with the filter buttons). */
  readonly autoFilter?: Merge;
}

export function rangeA1(m: Merge): string {
  return `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`;
}
