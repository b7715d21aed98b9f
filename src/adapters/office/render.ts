/**
 * Renders a SheetLayout into a NEW worksheet (never touching an existing one) with batched range
 * operations: cells with the same style are grouped into rectangles, values and formulas go in one 2D
 * array over the layout's bounding box, number formats likewise.
 *
 * Syncs: 1 reads the existing sheet names (to pick `name`, `name (2)`, …); 2 adds the sheet (and the hidden
 * lists sheet when a drop-down list is not inline) and loads their ids (so that a failure can only ever delete
 * OUR sheets); 3 writes everything, activates the sheet and
 * reads back its name to verify. A layout whose writes exceed the byte budget (tens of thousands of
 * cells) spreads its writes over more syncs, each under the budget. On any failure after the sheet was
 * added, the partial sheet is deleted and an error with a Chinese message is thrown.
 */
import { structureProtected } from '../protection';
import { columnLetters, type Merge } from '../../model/grid';
import { uniqueSheetName } from '../../model/selfeval/sheet';
import { cellsBox, cellsToWrite, chartPlan, cmToPoints, columnWidthPoints as charsToPoints, equalRuns, fitScale, footerSections, LISTS_SHEET, type CellToWrite, type ChartSpec, type PaperSize, type SheetLayout, rangeA1 } from '../../model/layout';
import { errorDetail, JxError } from '../../model/errors';
import { DEFAULT_BUDGET_BYTES, type Rect, coverWithRectangles, jsonBytes } from './util';

export type { ChartSpec } from '../../model/layout';

export interface RenderOptions {
  /** A clustered column chart beside the table, outside its print area (its data too). */
  readonly chart?: ChartSpec;
  /** Activate the new sheet at the end (default true). */
  readonly activate?: boolean;
  /** Bytes of queued writes per sync (default 4 MiB). */
  readonly budgetBytes?: number;
}

/** A new sheet's name: the model's rule, which the WPS renderer and the files follow too. */
export { uniqueSheetName };

/** Column widths in characters → points, as the model measures them (model/layout.ts). */
export { columnWidthPoints as charsToPoints, cmToPoints } from '../../model/layout';

/** One batched write: its estimated request size, and what it queues on the new sheet (and the lists sheet). */
type Op = { bytes: number; apply: (t: Target) => void };

/** The sheets an op writes to: the new sheet, and the hidden lists sheet (added on first use, in the same sync). */
interface Target {
  readonly ws: Excel.Worksheet;
  readonly lists: () => Excel.Worksheet;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const ORIENTATION = { portrait: 'Portrait', landscape: 'Landscape' } as const;
const PAPER: Readonly<Record<PaperSize, Excel.PageLayout['paperSize']>> = { A4: 'A4', A3: 'A3' };
const OP_OVERHEAD = 120;

export async function renderLayout(
  context: Excel.RequestContext,
  layout: SheetLayout,
  options: RenderOptions = {},
): Promise<{ sheetName: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  // a structure-protected workbook refuses the new sheet (ExcelApi 1.7; every build that runs the add-in has it)
  const protection = context.workbook.protection;
  protection.load('protected');
  await context.sync();
  const existing = sheets.items.map((s) => s.name);
  const sheetName = uniqueSheetName(layout.name, existing);
  if (protection.protected) throw structureProtected('generate', sheetName);
  const needsLists = (layout.validations ?? []).some((v) => v.place === 'sheet');
  const listsName = needsLists ? uniqueSheetName(LISTS_SHEET.name, [...existing, sheetName]) : null;

  const ws = sheets.add(sheetName);
  ws.load('id,name');
  const lists = listsName ? sheets.add(listsName) : null;
  if (lists) {
    lists.visibility = LISTS_SHEET.visibility === 'hidden' ? 'Hidden' : 'VeryHidden';
    lists.load('id');
  }
  try {
    await context.sync();
  } catch (e) {
    const d = errorDetail(e);
    throw new JxError('sheetAddFailed', { 'zh-CN': `无法新建工作表“${sheetName}”：${d}`, 'en-US': `The sheet "${sheetName}" could not be added: ${d}` }, { cause: e });
  }
  const added = [ws.id, ...(lists ? [lists.id] : [])];

  try {
    const ops = buildOps(layout, { chart: options.chart, listsSheet: listsName ?? LISTS_SHEET.name });
    const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
    const batches: Op[][] = [[]];
    let used = 0;
    for (const op of ops) {
      if (used + op.bytes > budget && batches[batches.length - 1].length) {
        batches.push([]);
        used = 0;
      }
      batches[batches.length - 1].push(op);
      used += op.bytes;
    }
    const target: Target = {
      ws,
      lists: () => {
        if (!lists) throw new Error('no lists sheet');
        return lists;
      },
    };
    for (let i = 0; i < batches.length; i++) {
      for (const op of batches[i]) op.apply(target);
      if (i === batches.length - 1) {
        if (options.activate !== false) ws.activate();
        ws.load('name');
      }
      await context.sync();
    }
    if (ws.name !== sheetName) throw new Error(`sheet name is ${ws.name}`);
    return { sheetName };
  } catch (e) {
    let cleaned = true;
    try {
      for (const id of added) context.workbook.worksheets.getItemOrNullObject(id).delete();
      await context.sync();
    } catch {
      cleaned = false;
    }
    const d = errorDetail(e);
    throw new JxError('renderFailed', {
      'zh-CN': `生成工作表“${sheetName}”失败：${d}。${cleaned ? '未完成的工作表已删除，其他工作表未改动。' : `未能删除未完成的工作表“${sheetName}”，请手动删除。`}`,
      'en-US': `Building the sheet "${sheetName}" failed: ${d}. ${cleaned ? 'The unfinished sheet was deleted; no other sheet was changed.' : `The unfinished sheet "${sheetName}" could not be deleted; delete it by hand.`}`,
    }, { cause: e });
  }
}

function rangeOf(ws: Excel.Worksheet, r: Rect): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function fill2d<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
}

function op(bytes: number, apply: (t: Target) => void): Op {
  return { bytes: bytes + OP_OVERHEAD, apply };
}

/**
 * Every write of the layout, in order, with its estimated request size: one builder per concern, each
 * carrying out what the layout decided (model/layout.ts) in Office.js's calls and units.
 */
export function buildOps(layout: SheetLayout, opts: { chart?: ChartSpec; listsSheet?: string } = {}): Op[] {
  const cells = cellsToWrite(layout);
  const box = cellsBox(cells);
  return [
    ...fontOps(layout),
    ...sizeOps(layout),
    ...contentOps(cells, box),
    ...styleOps(cells, layout.font.size),
    ...layout.merges.map((m) => op(30, ({ ws }) => rangeOf(ws, toRect(m)).merge(false))),
    ...validationOps(layout, opts.listsSheet ?? LISTS_SHEET.name),
    ...conditionalFormatOps(layout),
    ...(layout.frozenRows ? [op(10, ({ ws }) => ws.freezePanes.freezeRows(layout.frozenRows!))] : []),
    ...(layout.autoFilter ? [op(40, ({ ws }) => ws.autoFilter.apply(rangeOf(ws, toRect(layout.autoFilter!))))] : []),
    ...pageOps(layout),
    ...(opts.chart ? chartOps(layout, opts.chart) : []),
  ];
}

/** The whole sheet's font (fallback fonts cannot be probed through Office.js: Excel substitutes a missing font itself). */
function fontOps(layout: SheetLayout): Op[] {
  return [
    op(jsonBytes(layout.font.name) + 10, ({ ws }) => {
      const f = ws.getRange().format.font;
      f.name = layout.font.name;
      f.size = layout.font.size;
    }),
  ];
}

/** Column widths (characters → points) and row heights, equal neighbours grouped. */
function sizeOps(layout: SheetLayout): Op[] {
  const widths = equalRuns(layout.columnWidths.map((w) => (w === undefined || w === null || w <= 0 ? undefined : charsToPoints(w))));
  return [
    ...widths.map(([c0, c1, w]) => op(20, ({ ws }) => void (ws.getRangeByIndexes(0, c0, 1, c1 - c0 + 1).format.columnWidth = w))),
    ...equalRuns(layout.rowHeights).map(([r0, r1, h]) => op(20, ({ ws }) => void (ws.getRangeByIndexes(r0, 0, r1 - r0 + 1, 1).format.rowHeight = h))),
  ];
}

/** Number formats, then values and formulas, each one 2D array over the bounding box of the written cells. */
function contentOps(cells: ReadonlyArray<CellToWrite>, box: Rect | null): Op[] {
  if (!box) return [];
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  const fmts = fill2d(rows, cols, 'General');
  const vals = fill2d<string | number | boolean>(rows, cols, '');
  let anyFmt = false;
  for (const c of cells) {
    const r = c.row - box.top;
    const k = c.col - box.left;
    if (c.numberFormat) {
      fmts[r][k] = c.numberFormat;
      anyFmt = true;
    }
    if (c.formula !== undefined) vals[r][k] = `=${c.formula}`;
    else if (c.value !== null) vals[r][k] = c.value;
  }
  return [
    ...(anyFmt ? [op(jsonBytes(fmts), ({ ws }) => void (rangeOf(ws, box).numberFormat = fmts))] : []),
    op(jsonBytes(vals), ({ ws }) => void (rangeOf(ws, box).formulas = vals)),
  ];
}

/** Styles, one property at a time, each value over as few rectangles as possible. */
function styleOps(cells: ReadonlyArray<CellToWrite>, sheetFontSize: number): Op[] {
  const groups = new Map<string, { apply: (r: Excel.Range, rect: Rect) => void; cells: Array<[number, number]>; bytes: number }>();
  const add = (k: string, bytes: number, apply: (r: Excel.Range, rect: Rect) => void, row: number, col: number): void => {
    let g = groups.get(k);
    if (!g) {
      g = { apply, cells: [], bytes };
      groups.set(k, g);
    }
    g.cells.push([row, col]);
  };
  for (const { row, col, style: s } of cells) {
    if (!s) continue;
    if (s.bold) add('bold', 20, (r) => void (r.format.font.bold = true), row, col);
    if (s.italic) add('italic', 20, (r) => void (r.format.font.italic = true), row, col);
    if (s.color) {
      const color = s.color.toUpperCase();
      add(`color:${color}`, 30, (r) => void (r.format.font.color = color), row, col);
    }
    if (s.fontSize !== undefined && s.fontSize !== sheetFontSize) {
      const size = s.fontSize;
      add(`size:${size}`, 20, (r) => void (r.format.font.size = size), row, col);
    }
    if (s.hAlign) {
      const h = H_ALIGN[s.hAlign];
      add(`h:${h}`, 30, (r) => void (r.format.horizontalAlignment = h), row, col);
    }
    if (s.vAlign) {
      const v = V_ALIGN[s.vAlign];
      add(`v:${v}`, 30, (r) => void (r.format.verticalAlignment = v), row, col);
    }
    if (s.wrap) add('wrap', 20, (r) => void (r.format.wrapText = true), row, col);
    if (s.indent) {
      const n = s.indent;
      add(`indent:${n}`, 20, (r) => void (r.format.indentLevel = n), row, col);
    }
    if (s.fill) {
      const color = s.fill.toUpperCase();
      add(`fill:${color}`, 30, (r) => void (r.format.fill.color = color), row, col);
    }
    if (s.border) add('border', 6 * 60, (r, rect) => setThinBorders(r, rect), row, col);
  }
  const ops: Op[] = [];
  for (const g of groups.values())
    for (const rect of coverWithRectangles(g.cells)) ops.push(op(g.bytes, ({ ws }) => g.apply(rangeOf(ws, rect), rect)));
  return ops;
}

/** Drop-down lists where the layout placed them: inline, or a column of the hidden lists sheet. */
function validationOps(layout: SheetLayout, listsSheet: string): Op[] {
  const ops: Op[] = [];
  let col = 0;
  for (const v of layout.validations ?? []) {
    const range = toRect(v.range);
    if (v.place === 'inline') {
      const source = v.source;
      ops.push(op(jsonBytes(source) + 40, ({ ws }) => void (rangeOf(ws, range).dataValidation.rule = { list: { inCellDropDown: true, source } })));
      continue;
    }
    const c = col++;
    const n = v.list.length;
    const items = v.list.map((x) => [x]);
    const letters = columnLetters(c);
    const source = `='${listsSheet.replace(/'/g, "''")}'!$${letters}$1:$${letters}$${Math.max(1, n)}`;
    ops.push(
      op(jsonBytes(items) * 2 + 60, ({ ws, lists }) => {
        const target = lists().getRangeByIndexes(0, c, n, 1);
        target.numberFormat = fill2d(n, 1, LISTS_SHEET.numberFormat);
        target.values = items;
        rangeOf(ws, range).dataValidation.rule = { list: { inCellDropDown: true, source } };
      }),
    );
  }
  return ops;
}

/**
 * Conditional formats (the monitoring table's lights): one CellValue rule per colour, equal to the
 * text written as a formula (`="红灯"`, as Excel wants text), with its fill and font colour.
 */
function conditionalFormatOps(layout: SheetLayout): Op[] {
  return (layout.conditionalFormats ?? []).flatMap((cf) =>
    cf.rules.map((rule) => op(jsonBytes(rule) + 200, ({ ws }) => {
      const f = rangeOf(ws, toRect(cf.range)).conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
      f.cellValue.format.fill.color = rule.fill.toUpperCase();
      if (rule.font) f.cellValue.format.font.color = rule.font.toUpperCase();
      f.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    })),
  );
}

/** Paper, orientation, centring, margins (cm → points), fit, print area, print titles, manual page breaks. */
function pageOps(layout: SheetLayout): Op[] {
  const page = layout.page;
  if (!page) return [];
  const ops = [
    op(300, ({ ws }) => {
      const pl = ws.pageLayout;
      pl.paperSize = PAPER[page.paperSize];
      pl.orientation = ORIENTATION[page.orientation];
      pl.centerHorizontally = page.horizontalCentered;
      pl.topMargin = cmToPoints(page.margins.top);
      pl.bottomMargin = cmToPoints(page.margins.bottom);
      pl.leftMargin = cmToPoints(page.margins.left);
      pl.rightMargin = cmToPoints(page.margins.right);
      // office-js#1860: Excel may ignore a fit to pages set through Office.js (it takes only while the ribbon's
      // Page Layout tab is selected); a scale always takes. So the scale the fit would give (the model's
      // fitScale) goes first, then the fit: where Excel applies the fit it replaces the scale, where it ignores
      // it the page still prints at the fitted size.
      // A form broken into pages prints at the model's scale alone (PageSetup.scale): Excel ignores manual breaks under a fit.
      const scale = fitScale(layout);
      if (scale !== undefined) pl.zoom = { scale };
      if (page.scale === undefined) pl.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
      pl.setPrintArea(rangeA1(page.printArea));
      if (page.printTitleRows) pl.setPrintTitleRows(`$${page.printTitleRows.first + 1}:$${page.printTitleRows.last + 1}`);
    }),
  ];
  if (page.footer) {
    const sections = footerSections(page.footer);
    ops.push(
      op(jsonBytes(sections) + 40, ({ ws }) => {
        const hf = ws.pageLayout.headersFooters.defaultForAllPages;
        if (sections.L) hf.leftFooter = sections.L;
        if (sections.C) hf.centerFooter = sections.C;
        if (sections.R) hf.rightFooter = sections.R;
      }),
    );
  }
  for (const r of page.rowBreaks ?? []) ops.push(op(60, ({ ws }) => void ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1))));
  return ops;
}

/** A clustered column chart and its data beside the table, where the model placed them (model/layout.ts chartPlan). */
function chartOps(layout: SheetLayout, chart: ChartSpec): Op[] {
  const plan = chartPlan(layout, chart);
  const data = plan.data.map((r) => [...r]);
  const cats = plan.categoryRange;
  return [
    op(jsonBytes(data) * 2 + 300, ({ ws }) => {
      ws.getRangeByIndexes(cats.top, cats.left, cats.bottom - cats.top + 1, 1).numberFormat = fill2d(cats.bottom - cats.top + 1, 1, '@');
      const dataRange = rangeOf(ws, plan.dataRange);
      dataRange.values = data;
      const ch = ws.charts.add('ColumnClustered', dataRange, 'Columns');
      ch.title.text = chart.title;
      ch.setPosition(ws.getCell(plan.from.row, plan.from.col), ws.getCell(plan.to.row, plan.to.col));
    }),
  ];
}

function setThinBorders(r: Excel.Range, rect: Rect): void {
  const edges: string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rect.bottom > rect.top) edges.push('InsideHorizontal');
  if (rect.right > rect.left) edges.push('InsideVertical');
  for (const e of edges) {
    const b = r.format.borders.getItem(e as Excel.BorderIndex);
    b.style = 'Continuous';
    b.weight = 'Thin';
    b.color = '#000000';
  }
}

function toRect(m: Merge): Rect {
  return { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
}
