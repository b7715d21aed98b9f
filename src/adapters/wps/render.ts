/**
 * Carries out a SheetLayout in a NEW worksheet through ET (never touching an existing one), the same description the
 * Office adapter and the xlsx writer carry out, with the same result in the workbook (the parity tests compare them):
 * the whole-sheet font, column widths in characters (ET's unit, as the layout's), row heights, number formats per
 * rectangle then every value and formula in one 2-D write, styles per rectangle of equal cells, thin borders, merges,
 * list validations, frozen rows, page setup (A4, orientation, fit to width, margins, print area, title rows).
 *
 * ET's `Worksheets.Add()` may return null (spec/wps.md §2): the active sheet is then the new one, which is checked
 * (it must not be a sheet that was there before). On any failure after the sheet was added, it is deleted (with
 * `DisplayAlerts` off, or ET would ask) and an error with both texts is thrown. `.Borders` failing (a claim about
 * some builds) leaves the table without borders rather than failing it.
 */
import { columnLetters } from '../../model/grid';
import { errorDetail, JxError } from '../../model/errors';
import type { SheetLayout } from '../../model/layout';
import { cmToPoints, uniqueSheetName } from '../office/render';
import { boundingBox, inBox, runs, styledCells, toRect } from '../layoutCells';
import { coverWithRectangles, excelWouldReinterpret, type Rect } from '../office/util';
import { ET, type EtApplication, type EtRange, type EtWorksheet, hexToBgr } from './et';
import { etSheets } from './read';

export interface WpsRenderOptions {
  /** Activate the new sheet at the end (default true); otherwise the sheet active before stays active. */
  readonly activate?: boolean;
}

export interface WpsRenderResult {
  readonly sheetName: string;
  /** `.Borders` failed on this build: the table has no borders. */
  readonly bordersSkipped?: boolean;
}

const abs = (r: Rect): string =>
  `$${columnLetters(r.left)}$${r.top + 1}:$${columnLetters(r.right)}$${r.bottom + 1}`;
const a1 = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right
    ? `${columnLetters(r.left)}${r.top + 1}`
    : `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;

/** Adds a sheet after the last one and names it; throws when ET gives no NEW sheet. */
export function addSheet(app: EtApplication, name: string, existing: ReadonlyArray<string>): EtWorksheet {
  const sheets = app.ActiveWorkbook!.Worksheets;
  const added = sheets.Add(undefined, sheets.Item(sheets.Count)) ?? app.ActiveSheet;
  if (!added) throw new Error('Worksheets.Add() gave no sheet');
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (taken.has(added.Name.toLowerCase())) throw new Error('Worksheets.Add() gave no new sheet');
  added.Name = name;
  return added;
}

/** Deletes a sheet the add-in made, without ET's confirmation dialog. */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    if (ws.Visible !== ET.sheetVisible) ws.Visible = ET.sheetHidden;
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

export function renderLayout(app: EtApplication, layout: SheetLayout, options: WpsRenderOptions = {}): WpsRenderResult {
  const before = app.ActiveSheet;
  const names = etSheets(app).map((s) => s.name);
  const sheetName = uniqueSheetName(layout.name, names);
  let ws: EtWorksheet;
  try {
    ws = addSheet(app, sheetName, names);
  } catch (e) {
    const d = errorDetail(e);
    throw new JxError('sheetAddFailed', { 'zh-CN': `无法新建工作表“${sheetName}”：${d}`, 'en-US': `The sheet "${sheetName}" could not be added: ${d}` }, { cause: e });
  }
  const updating = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    const bordersSkipped = write(app, ws, layout);
    if (options.activate === false && before) before.Activate();
    else ws.Activate();
    return bordersSkipped ? { sheetName, bordersSkipped } : { sheetName };
  } catch (e) {
    let cleaned = true;
    try {
      deleteSheet(app, ws);
    } catch {
      cleaned = false;
    }
    const d = errorDetail(e);
    throw new JxError('renderFailed', {
      'zh-CN': `生成工作表“${sheetName}”失败：${d}。${cleaned ? '未完成的工作表已删除，其他工作表未改动。' : `未能删除未完成的工作表“${sheetName}”，请手动删除。`}`,
      'en-US': `Building the sheet "${sheetName}" failed: ${d}. ${cleaned ? 'The unfinished sheet was deleted; no other sheet was changed.' : `The unfinished sheet "${sheetName}" could not be deleted; delete it by hand.`}`,
    }, { cause: e });
  } finally {
    app.ScreenUpdating = updating;
  }
}

/** Every write of the layout; true when borders were skipped. */
function write(app: EtApplication, ws: EtWorksheet, layout: SheetLayout): boolean {
  const font = ws.Cells.Font;
  font.Name = layout.font.name;
  font.Size = layout.font.size;

  for (const [c0, c1, w] of runs(layout.columnWidths))
    ws.Range(`${columnLetters(c0)}:${columnLetters(c1)}`).ColumnWidth = w;
  for (const [r0, r1, h] of runs(layout.rowHeights)) ws.Range(`${r0 + 1}:${r1 + 1}`).RowHeight = h;

  const styled = styledCells(layout);
  const box = boundingBox(layout.cells);
  if (box) {
    // Number formats first (text ET would reinterpret gets `@`), per rectangle of equal formats.
    const formats = new Map<string, Array<[number, number]>>();
    const format = (f: string, r: number, c: number): void => {
      const list = formats.get(f);
      if (list) list.push([r, c]);
      else formats.set(f, [[r, c]]);
    };
    const textCells = new Set<string>();
    for (const c of layout.cells)
      if (!c.formula && typeof c.value === 'string' && excelWouldReinterpret(c.value)) {
        textCells.add(`${c.row},${c.col}`);
        format('@', c.row, c.col);
      }
    for (const s of styled)
      if (s.style.numberFormat && !textCells.has(`${s.row},${s.col}`) && inBox(box, s.row, s.col)) format(s.style.numberFormat, s.row, s.col);
    for (const [f, cells] of formats) for (const rect of coverWithRectangles(cells)) ws.Range(a1(rect)).NumberFormat = f;

    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    const vals = Array.from({ length: rows }, () => new Array<string | number | boolean>(cols).fill(''));
    let anyFormula = false;
    for (const c of layout.cells) {
      if (c.formula) {
        vals[c.row - box.top][c.col - box.left] = `=${c.formula}`;
        anyFormula = true;
      } else if (c.value !== null) vals[c.row - box.top][c.col - box.left] = c.value;
    }
    const target = ws.Range(a1(box));
    if (anyFormula) target.Formula = vals;
    else target.Value2 = vals;
  }

  const groups = new Map<string, { apply: (r: EtRange, rect: Rect) => void; cells: Array<[number, number]> }>();
  const add = (k: string, apply: (r: EtRange, rect: Rect) => void, row: number, col: number): void => {
    let g = groups.get(k);
    if (!g) {
      g = { apply, cells: [] };
      groups.set(k, g);
    }
    g.cells.push([row, col]);
  };
  let bordersSkipped = false;
  for (const { row, col, style: s } of styled) {
    if (s.bold) add('bold', (r) => void (r.Font.Bold = true), row, col);
    if (s.fontSize !== undefined && s.fontSize !== layout.font.size) {
      const size = s.fontSize;
      add(`size:${size}`, (r) => void (r.Font.Size = size), row, col);
    }
    if (s.hAlign) {
      const h = ET.hAlign[s.hAlign];
      add(`h:${h}`, (r) => void (r.HorizontalAlignment = h), row, col);
    }
    if (s.vAlign) {
      const v = ET.vAlign[s.vAlign];
      add(`v:${v}`, (r) => void (r.VerticalAlignment = v), row, col);
    }
    if (s.wrap) add('wrap', (r) => void (r.WrapText = true), row, col);
    if (s.indent) {
      const n = s.indent;
      add(`indent:${n}`, (r) => void (r.IndentLevel = n), row, col);
    }
    if (s.fill) {
      const bgr = hexToBgr(s.fill);
      add(`fill:${bgr}`, (r) => void (r.Interior.Color = bgr), row, col);
    }
    if (s.border)
      add('border', (r, rect) => {
        if (bordersSkipped) return;
        try {
          thinBorders(r, rect);
        } catch {
          bordersSkipped = true;
        }
      }, row, col);
  }
  for (const g of groups.values()) for (const rect of coverWithRectangles(g.cells)) g.apply(ws.Range(a1(rect)), rect);

  for (const m of layout.merges) ws.Range(a1(toRect(m))).Merge();

  // List validations: a literal list up to 255 characters, longer ones (or with commas) from cells beside the table.
  let helperCol = Math.max(box?.right ?? 0, layout.page?.printArea.right ?? 0) + 2;
  for (const v of layout.validations ?? []) {
    const source = v.list.join(',');
    let formula = source;
    if (source.length > 255 || v.list.some((x) => x.includes(','))) {
      const col = helperCol++;
      const letters = columnLetters(col);
      const items = ws.Range(`${letters}1:${letters}${v.list.length}`);
      items.NumberFormat = '@';
      items.Value2 = v.list.map((x) => [x]);
      formula = `=$${letters}$1:$${letters}$${v.list.length}`;
    }
    ws.Range(a1(toRect(v.range))).Validation.Add(ET.validateList, ET.alertStop, ET.operatorBetween, formula);
  }

  if (layout.frozenRows) {
    // The window freezes the ACTIVE sheet.
    ws.Activate();
    const win = app.ActiveWindow;
    if (win) {
      win.SplitColumn = 0;
      win.SplitRow = layout.frozenRows;
      win.FreezePanes = true;
    }
  }

  const page = layout.page;
  if (page) {
    const ps = ws.PageSetup;
    ps.PaperSize = ET.paperA4;
    ps.Orientation = page.orientation === 'landscape' ? ET.landscape : ET.portrait;
    ps.CenterHorizontally = page.horizontalCentered;
    ps.TopMargin = cmToPoints(page.margins.top);
    ps.BottomMargin = cmToPoints(page.margins.bottom);
    ps.LeftMargin = cmToPoints(page.margins.left);
    ps.RightMargin = cmToPoints(page.margins.right);
    ps.Zoom = false;
    ps.FitToPagesWide = page.fitToWidth || false;
    ps.FitToPagesTall = page.fitToHeight || false;
    ps.PrintArea = abs(toRect(page.printArea));
    if (page.printTitleRows) ps.PrintTitleRows = `$${page.printTitleRows.first + 1}:$${page.printTitleRows.last + 1}`;
  }
  return bordersSkipped;
}

function thinBorders(r: EtRange, rect: Rect): void {
  const edges: number[] = [ET.border.top, ET.border.bottom, ET.border.left, ET.border.right];
  if (rect.bottom > rect.top) edges.push(ET.border.insideHorizontal);
  if (rect.right > rect.left) edges.push(ET.border.insideVertical);
  const borders = r.Borders;
  for (const e of edges) {
    const b = borders.Item(e);
    b.LineStyle = ET.lineContinuous;
    b.Weight = ET.weightThin;
    b.Color = 0;
  }
}

