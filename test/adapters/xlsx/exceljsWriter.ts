/**
 * The ExcelJS writer the product used before its own SpreadsheetML writer (src/adapters/xlsx/write.ts), kept
 * as the oracle that writer is compared with (writeDifferential.test.ts), as exceljsReader.ts is for the reader.
 *
 * The model's sheets → .xlsx bytes, through ExcelJS. A GridSheet is written as plain values
 * (test workbooks, the bundled sample); a SheetLayout (the 自评表, the input templates) is
 * rendered faithfully: values, native formulas with their cached results, styles, merges,
 * sizes, page setup, print area and titles, frozen rows, drop-down lists.
 * Node and browser alike: returns bytes, never touches a file system.
 */
import ExcelJS from 'exceljs';
import { a1, columnLetters, dateToSerial, isDateValue, isErrorValue, type DateValue, type GridSheet, type Merge } from '../../../src/model/grid';
import { cellsToWrite, LISTS_SHEET as LISTS, rangeA1, type CellStyle, type CellToWrite, type PaperSize, type SheetLayout } from '../../../src/model/layout';
// What the two writers are given and the names they share are the product's decisions: the oracle takes them from the
// writer it checks, and writes them its own way.
import { GRID_DATE_FORMAT, LISTS_SHEET, type SheetToWrite } from '../../../src/adapters/xlsx/write';

export { GRID_DATE_FORMAT, LISTS_SHEET, type SheetToWrite };

/** ECMA-376's paperSize codes. */
const PAPER_CODE: Readonly<Record<PaperSize, number>> = { A4: 9, A3: 8 };

const CM_PER_INCH = 2.54;
const THIN = { style: 'thin' as const };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function mergeCells(ws: ExcelJS.Worksheet, m: Merge): void {
  if (m.top === m.bottom && m.left === m.right) return;
  ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/** The model's dateToSerial, plus Excel's phantom 1900-02-29 (serial 60), which it normalises to 03-01. */
function serialOf(d: DateValue): number {
  return d.year === 1900 && d.month === 2 && d.day === 29 ? 60 : dateToSerial(d);
}

function writeGrid(wb: ExcelJS.Workbook, g: GridSheet): void {
  const ws = wb.addWorksheet(g.name, g.hidden ? { state: 'hidden' } : {});
  const r0 = g.origin?.row ?? 0;
  const c0 = g.origin?.col ?? 0;
  g.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r0 + r + 1, c0 + c + 1);
      const fmt = g.numberFormats?.[r]?.[c] ?? null;
      if (isDateValue(v)) {
        // Written as the serial with a date format rather than a JS Date: ExcelJS's Date
        // conversion ignores Excel's phantom 1900-02-29 and would shift early-1900 dates.
        cell.value = serialOf(v);
        cell.numFmt = fmt ?? GRID_DATE_FORMAT;
        return;
      }
      cell.value = isErrorValue(v) ? { error: v.code as ExcelJS.CellErrorValue['error'] } : v;
      if (fmt) cell.numFmt = fmt;
    });
  });
  for (const m of g.merges ?? []) mergeCells(ws, m);
}

/** Chinese fonts carry the GB2312 charset (134), as Chinese Excel writes them; it steers font mapping elsewhere. */
function charsetOf(fontName: string): { charset?: number } {
  return /[\u4e00-\u9fff]|^(N?SimSun|SimHei|FangSong|KaiTi|Microsoft YaHei|DengXian)/i.test(fontName) ? { charset: 134 } : {};
}

/** `#RRGGBB` → ExcelJS's opaque `FFRRGGBB`. */
function argbOf(colour: string): string {
  return 'FF' + colour.replace(/^#/, '').toUpperCase();
}

/**
 * Conditional formats: one `cellIs equal "text"` rule per colour, in order. The fill is the
 * differential format's background colour (`bgColor`), as Excel writes a solid dxf fill.
 */
function addConditionalFormats(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  let priority = 1;
  for (const cf of layout.conditionalFormats ?? []) {
    const m = cf.range;
    ws.addConditionalFormatting({
      // One cell as `O5`, as Excel writes it (and Office.js reports it).
      ref: m.top === m.bottom && m.left === m.right ? a1(m.top, m.left) : rangeA1(m),
      rules: cf.rules.map((r) => ({
        type: 'cellIs' as const,
        operator: 'equal' as const,
        formulae: [`"${r.equals.replace(/"/g, '""')}"`],
        priority: priority++,
        style: {
          fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: argbOf(r.fill) } },
          ...(r.font ? { font: { color: { argb: argbOf(r.font) } } } : {}),
        },
      })),
    });
  }
}

function styleCell(cell: ExcelJS.Cell, style: CellStyle | undefined, numberFormat: string | undefined, font: SheetLayout['font']): void {
  if (numberFormat) cell.numFmt = numberFormat;
  cell.font = {
    name: font.name,
    ...charsetOf(font.name),
    size: style?.fontSize ?? font.size,
    ...(style?.bold ? { bold: true } : {}),
    ...(style?.italic ? { italic: true } : {}),
    ...(style?.color ? { color: { argb: argbOf(style.color) } } : {}),
  };
  if (!style) return;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (style.indent) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
  if (style.border) cell.border = THIN_BORDER;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(style.fill) } };
}

function layoutValue(c: CellToWrite): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    // The model's value is the cached result, so viewers that don't recalculate show numbers.
    return c.value === null ? ({ formula: c.formula } as ExcelJS.CellFormulaValue) : ({ formula: c.formula, result: c.value } as ExcelJS.CellFormulaValue);
  }
  return c.value;
}

/** Lists that go to the lists sheet, one column each, written after all other sheets. */
type PendingLists = string[][];

function addValidations(ws: ExcelJS.Worksheet, layout: SheetLayout, lists: PendingLists): void {
  for (const v of layout.validations ?? []) {
    let formula: string;
    if (v.place === 'inline') formula = `"${v.source}"`;
    else {
      const letters = columnLetters(lists.length);
      lists.push([...v.list]);
      formula = `'${LISTS_SHEET}'!$${letters}$1:$${letters}$${Math.max(1, v.list.length)}`;
    }
    (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(
      rangeA1(v.range),
      { type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'stop', formulae: [formula] },
    );
  }
}

/**
 * ExcelJS writes the print area as `'Sheet'!$` + each corner, so `A1:H5` would become the
 * row-relative `$A1:$H5`; handing it `A$1:H$5` yields the absolute `$A$1:$H$5` Excel writes.
 */
function absolutePrintArea(m: Merge): string {
  return `${columnLetters(m.left)}$${m.top + 1}:${columnLetters(m.right)}$${m.bottom + 1}`;
}

function pageSetupOf(layout: SheetLayout): Partial<ExcelJS.PageSetup> {
  const p = layout.page;
  if (!p) return {};
  const inch = (cm: number) => Math.round((cm / CM_PER_INCH) * 1000) / 1000;
  const margins = {
    top: inch(p.margins.top),
    bottom: inch(p.margins.bottom),
    left: inch(p.margins.left),
    right: inch(p.margins.right),
    // Header/footer bands must fit inside the top/bottom margins.
    header: Math.min(0.3, inch(p.margins.top) / 2),
    footer: Math.min(0.3, inch(p.margins.bottom) / 2),
  };
  return {
    paperSize: PAPER_CODE[p.paperSize],
    orientation: p.orientation,
    ...(p.scale !== undefined ? { fitToPage: false, scale: p.scale } : { fitToPage: true, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight }),
    horizontalCentered: p.horizontalCentered,
    margins,
    printArea: absolutePrintArea(p.printArea),
    ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows.first + 1}:${p.printTitleRows.last + 1}` } : {}),
  };
}

function writeLayout(wb: ExcelJS.Workbook, layout: SheetLayout, lists: PendingLists): void {
  const frozen = layout.frozenRows ?? 0;
  const ws = wb.addWorksheet(layout.name, {
    pageSetup: pageSetupOf(layout),
    views: frozen > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: a1(frozen, 0), activeCell: 'A1' }] : [],
  });
  layout.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  layout.rowHeights.forEach((h, i) => {
    if (h !== undefined && h > 0) ws.getRow(i + 1).height = h;
  });
  for (const c of cellsToWrite(layout)) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = layoutValue(c);
    styleCell(cell, c.style, c.numberFormat, layout.font);
  }
  for (const m of layout.merges) mergeCells(ws, m);
  for (const r of layout.page?.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  addValidations(ws, layout, lists);
  addConditionalFormats(ws, layout);
  if (layout.autoFilter) ws.autoFilter = rangeA1(layout.autoFilter);
  if (layout.page?.footer) ws.headerFooter = { oddFooter: layout.page.footer };
}

/**
 * Writes a workbook with one worksheet per entry, in order. Each entry holds exactly one of
 * `grid` (plain values) or `layout` (a rendered sheet); anything else is a programming error.
 */
export async function writeXlsx(sheets: ReadonlyArray<SheetToWrite>): Promise<Uint8Array> {
  if (sheets.length === 0) throw new Error('writeXlsx: a workbook needs at least one sheet');
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效自评助手';
  const lists: PendingLists = [];
  for (const s of sheets) {
    if ((s.grid === undefined) === (s.layout === undefined)) {
      throw new Error('writeXlsx: each sheet needs exactly one of grid or layout');
    }
    if (s.grid) writeGrid(wb, s.grid);
    else writeLayout(wb, s.layout!, lists);
  }
  if (lists.length > 0) {
    const ws = wb.addWorksheet(LISTS_SHEET, { state: LISTS.visibility });
    lists.forEach((list, col) =>
      list.forEach((item, row) => {
        const cell = ws.getCell(row + 1, col + 1);
        cell.value = item;
        cell.numFmt = LISTS.numberFormat;
      }),
    );
  }
  // A Node Buffer in Node, a Uint8Array or ArrayBuffer in the browser bundle: hand back a plain view.
  const buf: unknown = await wb.xlsx.writeBuffer();
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return new Uint8Array(buf as ArrayBuffer);
}
