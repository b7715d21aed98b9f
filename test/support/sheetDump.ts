/**
 * A host-neutral snapshot of rendered sheets — what a user sees and prints: values, formulas, number
 * formats, fonts, alignment, borders, fills, merges, widths (characters), heights (points), drop-down
 * lists (resolved to their items), frozen rows, page setup (paper, orientation, fit, margins in cm,
 * print area, print titles, page breaks) — read from the fake Excel (after renderLayout) or from an
 * .xlsx through ExcelJS (after writeXlsx), and written out as text (the golden files).
 *
 * Two writers that carry out the same layout description give the same snapshot (parity.test.ts).
 */
import ExcelJSLib from 'exceljs';
import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { coverWithRectangles } from '../../src/adapters/office/util';
import { a1, columnLetters } from '../../src/model/grid';
import type { SheetSnapshot, WorkbookSnapshot } from '../fakes/excel';

export interface NeutralCell {
  value?: string | number | boolean;
  /** The value is an error value (its code), not text spelled the same. */
  error?: true;
  /** With its leading `=`. */
  formula?: string;
  format?: string;
  font?: string;
  size?: number;
  bold?: true;
  italic?: true;
  /** Font colour `#RRGGBB` (other than black). */
  color?: string;
  h?: string;
  v?: string;
  wrap?: true;
  indent?: number;
  fill?: string;
  /** The sides with a thin border: some of `t`, `b`, `l`, `r`. */
  border?: string;
}

export interface NeutralValidation {
  range: string;
  place: 'inline' | 'sheet';
  items: string[];
}

/** A conditional format: the cells equal to a text get a fill and a font colour. */
export interface NeutralConditionalFormat {
  range: string;
  equals: string;
  fill: string;
  font: string | null;
}

export interface NeutralPage {
  paper: string;
  orientation: 'portrait' | 'landscape';
  /** Pages wide × tall (0 = as many as needed). */
  fit: string;
  centred: boolean;
  /** Top, bottom, left, right in cm. */
  margins: [number, number, number, number];
  area: string;
  titles: string | null;
  /** 1-based rows that start a new page: the manual breaks the host prints with (none under a fit to pages: Excel ignores them). */
  breaks: number[];
  /** The footer in Excel's codes (`&C第 &P 页`). */
  footer: string;
}

export interface NeutralSheet {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryhidden';
  font: { name: string; size: number };
  widths: Record<string, number>;
  heights: Record<string, number>;
  cells: Record<string, NeutralCell>;
  merges: string[];
  validations: NeutralValidation[];
  conditionalFormats: NeutralConditionalFormat[];
  frozenRows: number;
  /** The AutoFilter range. */
  filter: string | null;
  page: NeutralPage | null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const ALIGN: Record<string, string> = { left: 'left', center: 'center', right: 'right', top: 'top', middle: 'middle', bottom: 'bottom' };
const norm = (a: string | undefined): string | undefined => (a === undefined ? undefined : (ALIGN[a.toLowerCase()] ?? (a === 'Center' ? 'center' : a.toLowerCase())));
const vNorm = (a: string | undefined): string | undefined => (a === undefined ? undefined : a.toLowerCase() === 'center' ? 'middle' : a.toLowerCase());
const cmOfPoints = (pt: number): number => round2((pt / 72) * 2.54);
const cmOfInches = (inch: number): number => round2(inch * 2.54);
/** Inverse of the Office adapter's charsToPoints (7 px a character + 5 px padding at 96 dpi). */
const charsOfPoints = (pt: number): number => round2((pt / 0.75 - 5) / 7);

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// From the fake Excel

function listItemsFromFake(source: string, sheets: ReadonlyArray<SheetSnapshot>): NeutralValidation['items'] {
  const m = /^='?(.*?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
  if (!m) return source.split(',');
  const sheet = sheets.find((s) => s.name === m[1].replace(/''/g, "'"));
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(String(sheet?.cells[`${m[2]}${r}`]?.value ?? ''));
  return out;
}

/** The sheets of a fake-Excel snapshot, except those named in `skip` (the workbook's own before rendering). */
export function neutralFromFake(snap: WorkbookSnapshot, skip: ReadonlyArray<string> = []): NeutralSheet[] {
  return snap.sheets.filter((s) => !skip.includes(s.name)).map((s) => neutralSheetFromFake(s, snap.sheets));
}

function neutralSheetFromFake(s: SheetSnapshot, all: ReadonlyArray<SheetSnapshot>): NeutralSheet {
  const cells: Record<string, NeutralCell> = {};
  for (const [addr, c] of Object.entries(s.cells)) {
    const st = c.style;
    const b = st?.borders;
    const sides = b ? (['top', 'bottom', 'left', 'right'] as const).filter((k) => b[k]?.weight === 'Thin' && b[k]?.style === 'Continuous').map((k) => k[0]).join('') : '';
    const n = clean<NeutralCell>({
      value: c.formula !== undefined ? undefined : c.value,
      error: c.formula === undefined && c.error ? true : undefined,
      formula: c.formula,
      format: c.numberFormat,
      font: st?.font?.name !== undefined && st.font.name !== s.defaultFont.name ? st.font.name : undefined,
      size: st?.font?.size !== undefined && st.font.size !== s.defaultFont.size ? st.font.size : undefined,
      bold: st?.font?.bold ? true : undefined,
      italic: st?.font?.italic ? true : undefined,
      color: st?.font?.color && st.font.color.toUpperCase() !== '#000000' ? st.font.color.toUpperCase() : undefined,
      h: norm(st?.hAlign),
      v: vNorm(st?.vAlign),
      wrap: st?.wrap ? true : undefined,
      indent: st?.indent || undefined,
      fill: st?.fill?.color?.toUpperCase(),
      border: sides || undefined,
    });
    if (Object.keys(n).length) cells[addr] = n;
  }
  const hasPage = s.printArea !== null;
  const p = s.page;
  return {
    name: s.name,
    visibility: s.visibility.toLowerCase() as NeutralSheet['visibility'],
    font: { ...s.defaultFont },
    widths: Object.fromEntries(Object.entries(s.columnWidths).map(([c, w]) => [c, charsOfPoints(w)])),
    heights: { ...s.rowHeights },
    cells,
    merges: [...s.merges].sort(compareA1),
    validations: s.validations
      .map((v) => {
        const source = String((v.rule.list as { source: string }).source);
        return { range: v.range, place: source.startsWith('=') ? ('sheet' as const) : ('inline' as const), items: listItemsFromFake(source, all) };
      })
      .sort((a, b) => compareA1(a.range, b.range)),
    conditionalFormats: s.conditionalFormats.map((c) => ({
      range: c.range,
      // `="红灯"` → 红灯: the text the cells are compared with.
      equals: c.type === 'CellValue' && c.rule?.operator === 'EqualTo' ? JSON.parse(c.rule.formula1.replace(/^=/, '').replace(/""/g, '\\"')) : `${c.type} ${JSON.stringify(c.rule)}`,
      fill: (c.fill ?? '').toUpperCase(),
      font: c.font ? c.font.toUpperCase() : null,
    })),
    frozenRows: s.frozenRows,
    filter: s.autoFilter,
    page: hasPage
      ? {
          paper: p.paperSize,
          orientation: p.orientation.toLowerCase() as NeutralPage['orientation'],
          fit: p.zoom.scale !== undefined && p.zoom.horizontalFitToPages === undefined ? `${p.zoom.scale}%` : `${p.zoom.horizontalFitToPages ?? 0}×${p.zoom.verticalFitToPages ?? 0}`,
          centred: p.centerHorizontally,
          margins: [cmOfPoints(p.topMargin), cmOfPoints(p.bottomMargin), cmOfPoints(p.leftMargin), cmOfPoints(p.rightMargin)],
          area: s.printArea!,
          titles: s.printTitleRows,
          breaks: s.printedRowBreaks,
          footer: (['left', 'center', 'right'] as const).map((k) => (s.headerFooter[`${k}Footer`] ? `&${k[0].toUpperCase()}${s.headerFooter[`${k}Footer`]}` : '')).join(''),
        }
      : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// From ExcelJS (an .xlsx the file writer wrote, loaded back)

const PAPER_NAME: Record<number, string> = { 9: 'A4', 8: 'A3' };
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function excelJsValue(v: ExcelJS.CellValue): { value?: string | number | boolean; error?: true; formula?: string } {
  if (v === null || v === undefined || v === '') return {};
  if (v instanceof Date) return { value: round2((v.getTime() - EXCEL_EPOCH_MS) / 86400000) };
  if (typeof v === 'object') {
    if ('formula' in v && v.formula) return { formula: `=${v.formula}` };
    if ('sharedFormula' in v) return { formula: `=${String((v as { sharedFormula: string }).sharedFormula)}` };
    if ('richText' in v) return { value: v.richText.map((t) => t.text).join('') };
    if ('error' in v) return { value: v.error, error: true };
    return { value: JSON.stringify(v) };
  }
  return { value: v };
}

function mode<T>(xs: T[], key: (x: T) => string): T | undefined {
  const count = new Map<string, { x: T; n: number }>();
  for (const x of xs) {
    const k = key(x);
    const e = count.get(k);
    if (e) e.n++;
    else count.set(k, { x, n: 1 });
  }
  return [...count.values()].sort((a, b) => b.n - a.n)[0]?.x;
}

/** Each cell range of a workbook's data validations with the same rule, gathered back into rectangles. */
function excelJsValidations(ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook): NeutralValidation[] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const byRule = new Map<string, { dv: ExcelJS.DataValidation; cells: Array<[number, number]> }>();
  for (const [addr, dv] of Object.entries(model)) {
    if (!dv) continue;
    const key = JSON.stringify(dv.formulae);
    let g = byRule.get(key);
    if (!g) byRule.set(key, (g = { dv, cells: [] }));
    for (const cell of expandRange(addr.replace(/^range:/, ''))) g.cells.push(cell);
  }
  const out: NeutralValidation[] = [];
  for (const { dv, cells } of byRule.values()) {
    const f = String(dv.formulae?.[0] ?? '');
    const place = f.startsWith('"') ? ('inline' as const) : ('sheet' as const);
    let items: string[];
    if (place === 'inline') items = f.slice(1, -1).split(',');
    else {
      const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(f);
      const lists = m ? wb.getWorksheet(m[1].replace(/''/g, "'")) : undefined;
      items = [];
      if (m && lists) for (let r = Number(m[3]); r <= Number(m[5]); r++) items.push(String(lists.getCell(`${m[2]}${r}`).value ?? ''));
    }
    for (const rect of coverWithRectangles(cells)) out.push({ range: `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`, place, items });
  }
  return out.sort((a, b) => compareA1(a.range, b.range));
}

function expandRange(addr: string): Array<[number, number]> {
  const parts = addr.split(/\s+/).filter(Boolean);
  const out: Array<[number, number]> = [];
  for (const p of parts) {
    const [from, to = from] = p.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    for (let r = a.r; r <= b.r; r++) for (let c = a.c; c <= b.c; c++) out.push([r, c]);
  }
  return out;
}

function parseA1(s: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(s);
  if (!m) throw new Error(`bad address ${s}`);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

function compareA1(x: string, y: string): number {
  const a = parseA1(x.split(':')[0]);
  const b = parseA1(y.split(':')[0]);
  return a.r - b.r || a.c - b.c || x.localeCompare(y);
}

/**
 * The sheets of an .xlsx as ExcelJS reads them, with the manual row breaks read from the sheet XML (ExcelJS
 * writes `<rowBreaks>` but does not read it back).
 */
export async function neutralFromXlsx(bytes: Uint8Array): Promise<NeutralSheet[]> {
  const wb = new ExcelJSLib.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const breaks = rowBreaksBySheet(bytes);
  return wb.worksheets.map((ws) => neutralSheetFromExcelJs(ws, wb, breaks.get(ws.name) ?? []));
}

/** `<brk id="n">` of each sheet: a page break after 1-based row n, so a page starts at row n + 1. */
function rowBreaksBySheet(bytes: Uint8Array): Map<string, number[]> {
  const files = unzipSync(bytes);
  const text = (name: string): string => (files[name] ? strFromU8(files[name]) : '');
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, number[]>();
  for (const m of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const xml = rid ? text(targets.get(rid) ?? '') : '';
    const block = /<rowBreaks\b[^>]*>([\s\S]*?)<\/rowBreaks>/.exec(xml)?.[1] ?? '';
    const rows = [...block.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((b) => Number(b[1]) + 1);
    if (name) out.set(unescapeXml(name), rows);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function neutralSheetFromExcelJs(ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook, rowBreaks: number[]): NeutralSheet {
  const all: ExcelJS.Cell[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void all.push(cell)));
  const fonts = all.filter((c) => c.font?.name).map((c) => ({ name: c.font.name!, size: c.font.size ?? 11 }));
  const font = mode(fonts, (f) => `${f.name}/${f.size}`) ?? { name: 'Calibri', size: 11 };
  const cells: Record<string, NeutralCell> = {};
  for (const c of all) {
    // A merged cell's value lives in its master; ExcelJS reports the master's value on every cell of the area.
    const val = c.isMerged && c.master !== c ? {} : excelJsValue(c.value);
    const b = c.border;
    const sides = b ? (['top', 'bottom', 'left', 'right'] as const).filter((k) => b[k]?.style === 'thin').map((k) => k[0]).join('') : '';
    const al = c.alignment ?? {};
    const fill = c.fill?.type === 'pattern' && c.fill.pattern === 'solid' ? `#${String(c.fill.fgColor?.argb ?? '').slice(-6).toUpperCase()}` : undefined;
    const fmt = c.numFmt && c.numFmt !== 'General' ? c.numFmt : undefined;
    const n = clean<NeutralCell>({
      ...val,
      format: fmt,
      font: c.font?.name && c.font.name !== font.name ? c.font.name : undefined,
      size: c.font?.size !== undefined && c.font.size !== font.size ? c.font.size : undefined,
      bold: c.font?.bold ? true : undefined,
      italic: c.font?.italic ? true : undefined,
      color: c.font?.color?.argb && c.font.color.argb.slice(-6).toUpperCase() !== '000000' ? `#${c.font.color.argb.slice(-6).toUpperCase()}` : undefined,
      h: norm(al.horizontal),
      v: vNorm(al.vertical),
      wrap: al.wrapText ? true : undefined,
      indent: al.indent || undefined,
      fill,
      border: sides || undefined,
    });
    if (Object.keys(n).length) cells[c.address] = n;
  }
  const widths: Record<string, number> = {};
  for (let i = 1; i <= ws.columnCount; i++) {
    const w = ws.getColumn(i).width;
    if (w !== undefined) widths[columnLetters(i - 1)] = round2(w);
  }
  const heights: Record<string, number> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    const h = ws.getRow(r).height;
    if (h !== undefined) heights[String(r)] = h;
  }
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
  const p = ws.pageSetup;
  const view = ws.views?.[0];
  const area = p.printArea?.replace(/\$/g, '').replace(/^.*!/, '');
  const breaks = [...rowBreaks];
  return {
    name: ws.name,
    visibility: (ws.state ?? 'visible').toLowerCase() as NeutralSheet['visibility'],
    font,
    widths,
    heights,
    cells,
    merges: merges.sort(compareA1),
    validations: excelJsValidations(ws, wb),
    conditionalFormats: excelJsConditionalFormats(ws),
    frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    filter: typeof ws.autoFilter === 'string' ? ws.autoFilter.replace(/\$/g, '') : null,
    page: area
      ? {
          paper: PAPER_NAME[p.paperSize ?? 0] ?? String(p.paperSize),
          orientation: p.orientation === 'landscape' ? 'landscape' : 'portrait',
          fit: p.fitToPage ? `${p.fitToWidth ?? 1}×${p.fitToHeight ?? 1}` : `${p.scale ?? 100}%`,
          centred: !!p.horizontalCentered,
          margins: [cmOfInches(p.margins?.top ?? 0.75), cmOfInches(p.margins?.bottom ?? 0.75), cmOfInches(p.margins?.left ?? 0.7), cmOfInches(p.margins?.right ?? 0.7)],
          area,
          titles: p.printTitlesRow ? p.printTitlesRow.replace(/\$/g, '') : null,
          // a fit to pages prints none of them (SheetState.printedRowBreaks)
          breaks: p.fitToPage ? [] : breaks.sort((a, b) => a - b),
          footer: ws.headerFooter?.oddFooter ?? '',
        }
      : null,
  };
}

interface ExcelJsCfRule { type: string; operator?: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }

function excelJsConditionalFormats(ws: ExcelJS.Worksheet): NeutralConditionalFormat[] {
  const all = (ws as unknown as { conditionalFormattings?: Array<{ ref: string; rules: ExcelJsCfRule[] }> }).conditionalFormattings ?? [];
  const hex = (argb: string | undefined): string | null => (argb ? `#${argb.slice(-6).toUpperCase()}` : null);
  return all.flatMap((cf) =>
    cf.rules.map((r) => ({
      range: cf.ref,
      equals: r.type === 'cellIs' && r.operator === 'equal' && r.formulae?.[0] ? JSON.parse(r.formulae[0].replace(/""/g, '\\"')) : `${r.type} ${JSON.stringify(r.formulae)}`,
      fill: hex(r.style?.fill?.bgColor?.argb) ?? '',
      font: hex(r.style?.font?.color?.argb),
    })),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// As text (the golden files)

function q(v: string | number | boolean): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function cellLine(addr: string, c: NeutralCell): string {
  const parts: string[] = [addr.padEnd(6)];
  if (c.formula !== undefined) parts.push(c.formula);
  else if (c.value !== undefined) parts.push(c.error ? `error ${String(c.value)}` : q(c.value));
  else parts.push('·');
  const style: string[] = [];
  if (c.format) style.push(`fmt=${JSON.stringify(c.format)}`);
  if (c.font) style.push(`font=${c.font}`);
  if (c.size) style.push(`size=${c.size}`);
  if (c.bold) style.push('bold');
  if (c.italic) style.push('italic');
  if (c.color) style.push(`color=${c.color}`);
  if (c.h) style.push(`h=${c.h}`);
  if (c.v) style.push(`v=${c.v}`);
  if (c.wrap) style.push('wrap');
  if (c.indent) style.push(`indent=${c.indent}`);
  if (c.fill) style.push(`fill=${c.fill}`);
  if (c.border) style.push(`border=${c.border}`);
  return style.length ? `${parts.join('  ')}  | ${style.join(' ')}` : parts.join('  ');
}

/** The sheets as a text a reviewer reads in a diff: one header block per sheet, then one line per cell. */
export function dumpText(sheets: ReadonlyArray<NeutralSheet>): string {
  const out: string[] = [];
  for (const s of sheets) {
    out.push(`=== sheet ${JSON.stringify(s.name)} (${s.visibility})`);
    out.push(`font     ${s.font.name} ${s.font.size}`);
    out.push(`widths   ${Object.entries(s.widths).map(([c, w]) => `${c}=${w}`).join(' ') || '—'}`);
    out.push(`heights  ${Object.entries(s.heights).map(([r, h]) => `${r}=${h}`).join(' ') || '—'}`);
    out.push(`frozen   ${s.frozenRows}${s.filter ? `, filter ${s.filter}` : ''}`);
    const p = s.page;
    out.push(
      p
        ? `page     ${p.paper} ${p.orientation}, fit ${p.fit} (wide×tall), ${p.centred ? 'centred' : 'not centred'}, margins t/b/l/r ${p.margins.join('/')} cm, area ${p.area}, titles ${p.titles ?? '—'}, breaks ${p.breaks.join(',') || '—'}${p.footer ? `, footer ${JSON.stringify(p.footer)}` : ''}`
        : 'page     —',
    );
    out.push(`merges   ${s.merges.join(' ') || '—'}`);
    for (const v of s.validations) out.push(`list     ${v.range} ${v.place} [${v.items.map((x) => JSON.stringify(x)).join(', ')}]`);
    for (const c of s.conditionalFormats) out.push(`colour   ${c.range} = ${JSON.stringify(c.equals)} fill=${c.fill}${c.font ? ` font=${c.font}` : ''}`);
    for (const [addr, c] of Object.entries(s.cells).sort((a, b) => compareA1(a[0], b[0]))) out.push(cellLine(addr, c));
    out.push('');
  }
  return out.join('\n');
}
