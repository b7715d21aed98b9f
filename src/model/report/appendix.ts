/**
 * The appendix (七、附表): the 自评表 of any layout, from the SAME layout description the sheet is
 * rendered from (selfeval/), as a Word table: the rows of the print area above the bordered
 * table are its title lines; the bordered rows are the table, with every merge, its column
 * widths scaled to the page's text width, and the numbers shown as their number format shows
 * them in Excel (`≥49家`, `100.00%`). Below-the-table notes (outside the print area) are left out.
 */
import { maxOf } from '../arrays';
import type { Merge } from '../grid';
import type { LayoutCell, SheetLayout } from '../layout';
import { isPercentFormat } from '../read/text';
import { roundHalfUp } from '../scoring';
import { textWidth } from '../selfeval/sheet';
import type { ReportCell, ReportParagraph, ReportRow, ReportTable } from './types';

/** Lowest row height in the Word table (the sheet's heights fit Excel's column widths, not the page's). */
const MIN_ROW_PT = 20;
/** The table's body text in 五号 (10.5 pt), the size official forms are filled in; the sheet's other sizes in proportion. */
export const APPENDIX_BODY_PT = 10.5;
/** No column narrower than two characters of 五号 and the cell's padding (the form writes its labels two characters a line). */
export const MIN_COLUMN_MM = 10;
/** Cell padding left and right, in millimetres. */
export const CELL_PADDING_MM = 1;

/** One section of an Excel number format: quoted literals, `0`/`#` digits with `,` grouping and `.` decimals, `%`. */
export function formatNumber(x: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') return String(x);
  const sections = splitSections(format);
  const negative = x < 0 && sections.length > 1;
  const section = negative ? sections[1] : sections[0];
  let literalBefore = '';
  let literalAfter = '';
  let digits = '';
  let seenDigits = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const lit = section.slice(i + 1, end < 0 ? undefined : end);
      if (seenDigits) literalAfter += lit;
      else literalBefore += lit;
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' && i + 1 < section.length) {
      if (seenDigits) literalAfter += section[i + 1];
      else literalBefore += section[i + 1];
      i++;
    } else if ('0#.,'.includes(ch)) {
      seenDigits = true;
      digits += ch;
    } else if (ch === '%') {
      if (seenDigits) literalAfter += '%';
      else literalBefore += '%';
    } else if (ch !== '_' && ch !== '*') {
      if (seenDigits) literalAfter += ch;
      else literalBefore += ch;
    }
  }
  if (!seenDigits) return `${literalBefore}${literalAfter}`;
  const percent = isPercentFormat(section);
  const value = Math.abs(percent ? x * 100 : x);
  const decimals = (digits.split('.')[1] ?? '').replace(/[^0#]/g, '');
  const fixed = roundHalfUp(value, decimals.length).toFixed(decimals.length);
  let [int, frac = ''] = fixed.split('.');
  if (digits.split('.')[0].includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // `#` decimals drop trailing zeros, `0` decimals keep them
  const keep = decimals.replace(/#+$/, '').length;
  while (frac.length > keep && frac.endsWith('0')) frac = frac.slice(0, -1);
  const sign = x < 0 && !negative && roundHalfUp(value, decimals.length) !== 0 ? '-' : '';
  return `${literalBefore}${sign}${int}${frac ? '.' + frac : ''}${literalAfter}`;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Widths in proportion to the sheet's, filling `totalMm`, none below MIN_COLUMN_MM (taken from the widest). */
export function scaleWidths(
  widths: ReadonlyArray<number>,
  totalMm: number,
  minimaMm: ReadonlyArray<number> = []
): number[] {
  const sum = widths.reduce((a, b) => a + b, 0) || 1;
  const mm = widths.map((w) => (w / sum) * totalMm);
  const min = widths.map((_, i) => Math.max(MIN_COLUMN_MM, minimaMm[i] ?? 0));
  for (let guard = 0; guard < widths.length; guard++) {
    const short = mm.reduce((n, w, i) => n + Math.max(0, min[i] - w), 0);
    if (short < 1e-9) break;
    const spare = mm.reduce((n, w, i) => n + Math.max(0, w - min[i]), 0);
    if (spare <= short) break;
    for (let i = 0; i < mm.length; i++) mm[i] = mm[i] < min[i] ? min[i] : mm[i] - ((mm[i] - min[i]) / spare) * short;
  }
  return mm.map((w) => Math.round(w * 10) / 10);
}

/** Millimetres a text takes on one line at `sizePt` (a CJK character is one em, anything else half). */
export function oneLineMm(text: string, sizePt: number): number {
  return (textWidth(text) * sizePt * 25.4) / 72 / 2;
}

/** The text a cell shows. */
export function cellText(cell: LayoutCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, cell?.style?.numberFormat);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export interface Appendix {
  /** The title lines above the table (`自治区财政项目支出绩效自评表`, `（2018年度）`). */
  readonly titles: ReadonlyArray<ReportParagraph>;
  readonly table: ReportTable;
  /** The sheet's title, for the `《…》` line under 七、附表. */
  readonly name: string;
}

/** Lays the print area of a sheet layout out as a table `textWidthMm` wide. */
export function appendixFromLayout(layout: SheetLayout, textWidthMm: number): Appendix {
  const area: Merge = layout.page?.printArea ?? {
    top: 0,
    left: 0,
    bottom: maxOf(layout.cells.map((c) => c.row)) ?? 0,
    right: layout.columnWidths.length - 1,
  };
  const at = new Map<string, LayoutCell>(layout.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const inArea = (r: number, c: number): boolean =>
    r >= area.top && r <= area.bottom && c >= area.left && c <= area.right;
  const bordered = (r: number): boolean => {
    for (let c = area.left; c <= area.right; c++) if (at.get(`${r}:${c}`)?.style?.border) return true;
    return false;
  };
  let first = area.top;
  while (first <= area.bottom && !bordered(first)) first++;

  const titles: ReportParagraph[] = [];
  for (let r = area.top; r < first; r++) {
    const cell = layout.cells.find((c) => c.row === r && inArea(r, c.col) && cellText(c) !== '');
    if (!cell) continue;
    titles.push({
      kind: 'paragraph',
      role: titles.length === 0 ? 'tableTitle' : 'tableSubtitle',
      runs: [{ text: cellText(cell), bold: cell.style?.bold ?? false }],
    });
  }

  // The sheet's repeated rows (the indicator header) repeat in Word only as the first rows of a
  // table, and only when no merge runs across their edges. Both forms merge their first column
  // (绩效指标 / 年度绩效指标完成情况) from the header row down over every indicator: in Word that
  // merge is cut at the header's lower edge, its label kept in the header row and the rest an
  // empty merged block, so that the header, label included, repeats on every page of a long table
  // (Excel repeats the rows whatever their merges). A merge running into the header from above
  // still forbids the repeat.
  const repeat = layout.page?.printTitleRows;
  const clipped = layout.merges
    .filter((m) => m.bottom >= first && m.top <= area.bottom && m.right >= area.left && m.left <= area.right)
    .map((m) => ({
      top: Math.max(m.top, first),
      left: Math.max(m.left, area.left),
      bottom: Math.min(m.bottom, area.bottom),
      right: Math.min(m.right, area.right),
    }));
  const repeatable =
    !!repeat &&
    repeat.first >= first &&
    repeat.last <= area.bottom &&
    !clipped.some((m) => m.top < repeat.first && m.bottom >= repeat.first);
  // Merges clipped to the table; a position covered by a merge (not its top-left) has no cell.
  const merges: Merge[] = [];
  const emptied = new Set<string>();
  for (const m of clipped) {
    if (!repeat || !repeatable || m.top < repeat.first || m.top > repeat.last || m.bottom <= repeat.last) {
      merges.push(m);
      continue;
    }
    merges.push({ ...m, bottom: repeat.last }, { ...m, top: repeat.last + 1 });
    emptied.add(`${repeat.last + 1}:${m.left}`);
  }
  const mergeAt = new Map<string, Merge>(merges.map((m) => [`${m.top}:${m.left}`, m]));
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);

  const fontSize = layout.font.size;
  const rows: ReportRow[] = [];
  // A number (an amount, a rate, a score) is read on one line: its column is made wide enough.
  const minima: number[] = [];
  for (let r = first; r <= area.bottom; r++) {
    const cells: ReportCell[] = [];
    for (let c = area.left; c <= area.right; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const m = mergeAt.get(`${r}:${c}`);
      const held = at.get(`${r}:${c}`);
      // the lower part of a merge cut at the repeated header: its label stays above
      const cell = held && emptied.has(`${r}:${c}`) ? { ...held, value: null } : held;
      const style = cell?.style;
      const size = Math.round(((style?.fontSize ?? fontSize) * APPENDIX_BODY_PT * 2) / fontSize) / 2;
      if (typeof cell?.value === 'number' && (!m || m.right === m.left)) {
        const k = c - area.left;
        // one em of slack: digits wider than half an em in some faces, spacing a renderer adds before 万元
        minima[k] = Math.max(
          minima[k] ?? 0,
          oneLineMm(cellText(cell), size) + oneLineMm('一', size) + 2 * CELL_PADDING_MM
        );
      }
      cells.push({
        col: c - area.left,
        colSpan: m ? m.right - m.left + 1 : 1,
        rowSpan: m ? m.bottom - m.top + 1 : 1,
        text: cellText(cell),
        bold: style?.bold ?? false,
        align: style?.hAlign ?? (typeof cell?.value === 'number' ? 'right' : 'left'),
        vAlign: style?.vAlign ?? 'middle',
        fontSizePt: size,
      });
    }
    rows.push({ cells, header: false, minHeightPt: MIN_ROW_PT });
  }

  // The table is split before the repeated rows so that they are a table's first rows.
  let bodies: ReportRow[][] = [rows];
  if (repeat && repeatable) {
    const mark = (rs: ReportRow[], from: number): ReportRow[] =>
      rs.map((row, k) => ({ ...row, header: from + k >= repeat.first && from + k <= repeat.last }));
    const split = repeat.first - first;
    bodies = split > 0 ? [rows.slice(0, split), mark(rows.slice(split), repeat.first)] : [mark(rows, first)];
  }

  const columnWidthsMm = scaleWidths(
    layout.columnWidths.slice(area.left, area.right + 1).map((w) => w ?? 8.43),
    textWidthMm,
    minima
  );

  return {
    titles,
    table: {
      kind: 'table',
      columnWidthsMm,
      bodies,
      font: { name: layout.font.name, fallbacks: layout.font.fallbacks },
    },
    name: titles[0]?.runs[0]?.text ?? layout.name,
  };
}
