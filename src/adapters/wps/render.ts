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
import { structureProtected } from '../protection';
import { columnLetters, type Merge } from '../../model/grid';
import { errorDetail, JxError } from '../../model/errors';
import { type CellToWrite, type ChartSpec, LISTS_SHEET, type PaperSize, type SheetLayout, cellsBox, cellsToWrite, chartPlan, cmToPoints, equalRuns, footerSections } from '../../model/layout';
import { uniqueSheetName } from '../../model/selfeval/sheet';
import { coverWithRectangles, type Rect } from '../office/util';
import { ET, type EtApplication, type EtRange, type EtShape, type EtWorksheet, hexToBgr } from './et';
import { activeBook, etSheets } from './read';

export interface WpsRenderOptions {
  /** Activate the new sheet at the end (default true); otherwise the sheet active before stays active. */
  readonly activate?: boolean;
  /** A clustered column chart beside the table, where the model places it (chartPlan). */
  readonly chart?: ChartSpec;
}

export interface WpsRenderResult {
  readonly sheetName: string;
  /** `.Borders` failed on this build: the table has no borders. */
  readonly bordersSkipped?: boolean;
  /** The chart could not be made on this build: the table has none (nor its data). */
  readonly chartSkipped?: boolean;
}

/** XlPaperSize numbers of the layout's paper sizes. */
const PAPER: Readonly<Record<PaperSize, number>> = { A4: ET.paperA4, A3: ET.paperA3 };

const abs = (r: Rect): string =>
  `$${columnLetters(r.left)}$${r.top + 1}:$${columnLetters(r.right)}$${r.bottom + 1}`;
const a1 = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right
    ? `${columnLetters(r.left)}${r.top + 1}`
    : `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;

/** Adds a sheet after the last one and names it; throws when ET gives no NEW sheet. */
export function addSheet(app: EtApplication, name: string, existing: ReadonlyArray<string>): EtWorksheet {
  const sheets = activeBook(app).Worksheets;
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
  if (activeBook(app).ProtectStructure) throw structureProtected('generate', sheetName);
  const needsLists = (layout.validations ?? []).some((v) => v.place === 'sheet');
  const listsName = uniqueSheetName(LISTS_SHEET.name, [...names, sheetName]);
  const added: EtWorksheet[] = [];
  let ws: EtWorksheet;
  try {
    ws = addSheet(app, sheetName, names);
    added.push(ws);
  } catch (e) {
    const d = errorDetail(e);
    throw new JxError('sheetAddFailed', { 'zh-CN': `无法新建工作表“${sheetName}”：${d}`, 'en-US': `The sheet "${sheetName}" could not be added: ${d}` }, { cause: e });
  }
  // The hidden lists sheet, after the new sheet, when a list cannot be inline (made on first use).
  let listsSheet: EtWorksheet | null = null;
  const lists = (): EtWorksheet => {
    if (!listsSheet) {
      listsSheet = addSheet(app, listsName, [...names, sheetName]);
      added.push(listsSheet);
      listsSheet.Visible = LISTS_SHEET.visibility === 'hidden' ? ET.sheetHidden : ET.sheetVeryHidden;
    }
    return listsSheet;
  };
  const updating = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    if (needsLists) lists();
    const bordersSkipped = write(app, ws, layout, lists, listsName);
    const chartSkipped = options.chart ? !addChart(ws, layout, options.chart) : false;
    if (options.activate === false && before) before.Activate();
    else ws.Activate();
    return { sheetName, ...(bordersSkipped ? { bordersSkipped } : {}), ...(chartSkipped ? { chartSkipped } : {}) };
  } catch (e) {
    let cleaned = true;
    for (const s of added.reverse())
      try {
        deleteSheet(app, s);
      } catch {
        cleaned = false;
      }
    if (before) {
      try {
        before.Activate();
      } catch {
        // the sheet active before cannot be activated again (hidden meanwhile): ET chose another
      }
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

/** Every write of the layout, as model/layout.ts decided it, in ET's calls and units; true when borders were skipped. */
function write(app: EtApplication, ws: EtWorksheet, layout: SheetLayout, lists: () => EtWorksheet, listsName: string): boolean {
  const font = ws.Cells.Font;
  font.Name = layout.font.name;
  font.Size = layout.font.size;

  // Column widths: characters, ET's own unit (no conversion); row heights in points.
  for (const [c0, c1, w] of equalRuns(layout.columnWidths.map((w) => (w === undefined || w === null || w <= 0 ? undefined : w))))
    ws.Range(`${columnLetters(c0)}:${columnLetters(c1)}`).ColumnWidth = w;
  for (const [r0, r1, h] of equalRuns(layout.rowHeights)) ws.Range(`${r0 + 1}:${r1 + 1}`).RowHeight = h;

  const cells = cellsToWrite(layout);
  const box = cellsBox(cells);
  if (box) {
    // Number formats first (so `@` cells keep their text), one per rectangle of equal formats.
    const formats = new Map<string, Array<[number, number]>>();
    for (const c of cells)
      if (c.numberFormat) {
        const list = formats.get(c.numberFormat);
        if (list) list.push([c.row, c.col]);
        else formats.set(c.numberFormat, [[c.row, c.col]]);
      }
    for (const [f, at] of formats) for (const rect of coverWithRectangles(at)) ws.Range(a1(rect)).NumberFormat = f;

    // Every value and formula in one 2-D write over the bounding box ('' = empty).
    const vals = Array.from({ length: box.bottom - box.top + 1 }, () => new Array<string | number | boolean>(box.right - box.left + 1).fill(''));
    let anyFormula = false;
    for (const c of cells) {
      if (c.formula !== undefined) {
        vals[c.row - box.top][c.col - box.left] = `=${c.formula}`;
        anyFormula = true;
      } else if (c.value !== null) vals[c.row - box.top][c.col - box.left] = c.value;
    }
    const target = ws.Range(a1(box));
    if (anyFormula) target.Formula = vals;
    else target.Value2 = vals;
  }

  const bordersSkipped = styles(ws, cells, layout.font.size);

  for (const m of layout.merges) ws.Range(a1(toRect(m))).Merge();

  // Drop-down lists where the layout placed them: inline, or a column of the hidden lists sheet.
  let listCol = 0;
  for (const v of layout.validations ?? []) {
    let formula: string;
    if (v.place === 'inline') formula = v.source;
    else {
      const letters = columnLetters(listCol++);
      const n = Math.max(1, v.list.length);
      const items = lists().Range(`${letters}1:${letters}${n}`);
      items.NumberFormat = LISTS_SHEET.numberFormat;
      items.Value2 = v.list.length ? v.list.map((x) => [x]) : [['']];
      formula = `='${listsName.replace(/'/g, "''")}'!$${letters}$1:$${letters}$${n}`;
    }
    ws.Range(a1(toRect(v.range))).Validation.Add(ET.validateList, ET.alertStop, ET.operatorBetween, formula);
  }

  // Conditional formats (the monitoring table's lights): one xlCellValue = text rule per colour, the text written as a
  // formula (`="红灯"`) as in Excel, with its fill and font colour.
  for (const cf of layout.conditionalFormats ?? []) {
    const range = ws.Range(a1(toRect(cf.range)));
    for (const rule of cf.rules) {
      const fc = range.FormatConditions.Add(ET.conditionCellValue, ET.conditionEqual, `="${rule.equals.replace(/"/g, '""')}"`);
      fc.Interior.Color = hexToBgr(rule.fill);
      if (rule.font) fc.Font.Color = hexToBgr(rule.font);
    }
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

  // AutoFilter() with no argument toggles the drop-downs: on, in a new sheet that has none.
  if (layout.autoFilter) ws.Range(a1(toRect(layout.autoFilter))).AutoFilter();

  const page = layout.page;
  if (page) {
    const ps = ws.PageSetup;
    ps.PaperSize = PAPER[page.paperSize];
    ps.Orientation = page.orientation === 'landscape' ? ET.landscape : ET.portrait;
    ps.CenterHorizontally = page.horizontalCentered;
    ps.TopMargin = cmToPoints(page.margins.top);
    ps.BottomMargin = cmToPoints(page.margins.bottom);
    ps.LeftMargin = cmToPoints(page.margins.left);
    ps.RightMargin = cmToPoints(page.margins.right);
    // a form broken into pages prints at the model's scale (PageSetup.scale: manual breaks are ignored under a fit)
    if (page.scale !== undefined) ps.Zoom = page.scale;
    else {
      ps.Zoom = false;
      ps.FitToPagesWide = page.fitToWidth || false;
      ps.FitToPagesTall = page.fitToHeight || false;
    }
    ps.PrintArea = abs(toRect(page.printArea));
    if (page.printTitleRows) ps.PrintTitleRows = `$${page.printTitleRows.first + 1}:$${page.printTitleRows.last + 1}`;
    if (page.footer) {
      const sections = footerSections(page.footer);
      if (sections.L) ps.LeftFooter = sections.L;
      if (sections.C) ps.CenterFooter = sections.C;
      if (sections.R) ps.RightFooter = sections.R;
    }
    for (const r of page.rowBreaks ?? []) ws.HPageBreaks.Add(ws.Range(`A${r + 1}`));
  }
  return bordersSkipped;
}

/**
 * The chart and its data where the model placed them (model/layout.ts chartPlan), best-effort: whether charts work
 * through ET's JS API differs by source (spec/wps.md §2), so a chart that fails leaves the table without it (its data
 * and any half-made shape removed) rather than failing the table. False when it failed.
 */
function addChart(ws: EtWorksheet, layout: SheetLayout, chart: ChartSpec): boolean {
  const plan = chartPlan(layout, chart);
  const data = ws.Range(a1(plan.dataRange));
  let shape: EtShape | null = null;
  try {
    // Categories are text even when they look like numbers (years), so they are not taken for a series.
    ws.Range(a1(plan.categoryRange)).NumberFormat = '@';
    data.Value2 = plan.data.map((r) => [...r]);
    const from = ws.Range(a1({ top: plan.from.row, left: plan.from.col, bottom: plan.from.row, right: plan.from.col }));
    const to = ws.Range(a1({ top: plan.to.row, left: plan.to.col, bottom: plan.to.row, right: plan.to.col }));
    const left = from.Left;
    const top = from.Top;
    shape = ws.Shapes.AddChart2(ET.chartStyleDefault, ET.chartColumnClustered, left, top, to.Left + to.Width - left, to.Top + to.Height - top);
    const ch = shape.Chart;
    ch.SetSourceData(data, ET.plotByColumns);
    ch.HasTitle = true;
    ch.ChartTitle.Text = chart.title;
    return true;
  } catch {
    try {
      shape?.Delete();
      data.Clear();
    } catch {
      // the sheet keeps the chart's data beside the table: harmless, outside the print area
    }
    return false;
  }
}

/** Styles, one property at a time, each value over as few rectangles as possible; true when `.Borders` failed. */
function styles(ws: EtWorksheet, cells: ReadonlyArray<CellToWrite>, sheetFontSize: number): boolean {
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
  for (const { row, col, style: s } of cells) {
    if (!s) continue;
    if (s.bold) add('bold', (r) => void (r.Font.Bold = true), row, col);
    if (s.italic) add('italic', (r) => void (r.Font.Italic = true), row, col);
    if (s.color) {
      const bgr = hexToBgr(s.color);
      add(`color:${bgr}`, (r) => void (r.Font.Color = bgr), row, col);
    }
    if (s.fontSize !== undefined && s.fontSize !== sheetFontSize) {
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


function toRect(m: Merge): Rect {
  return { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
}
