/**
 * The appendix (七、附表): the 自评表 of any layout, from the SAME layout description the sheet is
 * rendered from (selfeval/), as a Word table: the rows of the print area above the bordered
 * table are its title lines; the bordered rows are the table, with every merge, its column
 * widths scaled to the page's text width, and the numbers shown as their number format shows
 * them in Excel (`≥49家`, `100.00%`). Below-the-table notes (outside the print area) are left out.
 */
import { maxOf } from '../aggregates';
import type { Merge } from '../grid';
import type { LayoutCell, SheetLayout } from '../layout';
import { isPercentFormat } from '../read/formats';
import { roundHalfUp } from '../scoring';
import { joinPageCuts, textWidth } from '../selfeval/sheet';
import type { ReportCell, ReportParagraph, ReportRow, ReportTable } from './types';

/** Lowest row height in the Word table (the sheet's heights fit Excel's column widths, not the page's). */
const MIN_ROW_PT = 20;
/** The table's body text in 五号 (10.5 pt), the size official forms are filled in; the sheet's other sizes in proportion. */
export const APPENDIX_BODY_PT = 10.5;
/** No column narrower than two characters of 五号 and the cell's padding (the form writes its labels two characters a line). */
export const MIN_COLUMN_MM = 10;
/** Cell padding left and right, in millimetres. */
export const CELL_PADDING_MM = 1;
/**
 * No text column reads fewer than four characters a line (项目名称, 一级指标, 经济效益 / 指标): proportional widths
 * gave the 2018 form's label column 10 mm, two characters a line (项目 / 名称, 预算 / 执行 / 情况), and its 一级
 * column 一级指 / 标. A column whose texts are shorter needs only their width.
 */
export const LABEL_MIN_CHARS = 4;
/** A cell's text line in Word and LibreOffice, in ems (single spacing of 宋体 / Noto CJK, rounded up: pages are estimated short rather than long). */
const TABLE_LINE_EM = 1.5;
/** A cell's top and bottom margins (20 twips each), in points. */
const CELL_MARGINS_PT = 2;
/** Said after a label merged down the rows where it continues onto a new page. */
export const CONTINUED = '（续）';

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
  // one section for a negative number: the minus goes before the whole format, its literals too ("≥"0 shows -≥3, as
  // Excel, WPS and LibreOffice show it; "$"0 shows -$3)
  const sign = x < 0 && !negative && roundHalfUp(value, decimals.length) !== 0 ? '-' : '';
  return `${sign}${literalBefore}${int}${frac ? '.' + frac : ''}${literalAfter}`;
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

/** Lines a text takes in a cell `innerMm` wide at `sizePt`, broken character by character as Word breaks Chinese. */
export function wrappedLines(text: string, innerMm: number, sizePt: number): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    let n = 1;
    let used = 0;
    for (const ch of line) {
      const w = oneLineMm(ch, sizePt);
      if (used > 0 && used + w > innerMm + 1e-9) {
        n++;
        used = 0;
      }
      used += w;
    }
    lines += n;
  }
  return lines;
}

/**
 * Lays the print area of a sheet layout out as a table `textWidthMm` wide. Given the page's text height, a table
 * whose header repeats is cut into pages here (see paginate), `abovePt` of the first page taken by the report's lines
 * above the table's title (七、附表 and the table's name).
 */
export function appendixFromLayout(form: SheetLayout, textWidthMm: number, textHeightMm?: number, abovePt = 0): Appendix {
  // the sheet's labels cut at its own printed pages joined again: the appendix cuts them at the report's (paginate)
  const layout = joinPageCuts(form);
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
      const text = cellText(cell);
      if (typeof cell?.value === 'string' && text !== '' && (!m || m.right === m.left)) {
        // a label's longest line, up to LABEL_MIN_CHARS characters (and half a millimetre of slack)
        const k = c - area.left;
        const widest = maxOf(text.split('\n').map((l) => Math.min(oneLineMm(l, size), oneLineMm('一'.repeat(LABEL_MIN_CHARS), size)))) ?? 0;
        minima[k] = Math.max(minima[k] ?? 0, widest + 2 * CELL_PADDING_MM + 0.5);
      }
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

  const paged = repeat && repeatable && textHeightMm !== undefined ? paginate(bodies, columnWidthsMm, textHeightMm, titles, abovePt) : { bodies, pageBreaks: [] };

  return {
    titles,
    table: {
      kind: 'table',
      columnWidthsMm,
      bodies: paged.bodies,
      ...(paged.pageBreaks.length ? { pageBreaks: paged.pageBreaks } : {}),
      font: { name: layout.font.name, fallbacks: layout.font.fallbacks },
    },
    name: titles[0]?.runs[0]?.text ?? layout.name,
  };
}

/** Points in a millimetre. */
const PT_PER_MM = 72 / 25.4;

/** Estimated heights of a body's rows in Word, in points: each row its tallest one-row cell, a merged cell's lack on its last row. */
function rowHeightsPt(rows: ReadonlyArray<ReportRow>, widthsMm: ReadonlyArray<number>): number[] {
  const cellPt = (c: ReportCell): number => {
    const inner = widthsMm.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0) - 2 * CELL_PADDING_MM;
    return wrappedLines(c.text, Math.max(1, inner), c.fontSizePt) * c.fontSizePt * TABLE_LINE_EM + CELL_MARGINS_PT;
  };
  const h = rows.map((r) => r.cells.reduce((a, c) => (c.rowSpan === 1 ? Math.max(a, cellPt(c)) : a), r.minHeightPt));
  rows.forEach((r, i) =>
    r.cells.forEach((c) => {
      if (c.rowSpan === 1) return;
      const last = Math.min(rows.length - 1, i + c.rowSpan - 1);
      const have = h.slice(i, last + 1).reduce((a, b) => a + b, 0);
      h[last] += Math.max(0, cellPt(c) - have);
    })
  );
  return h;
}

/**
 * Cuts the table into pages, as the host would, from estimated row heights (rows never split: cantSplit): the
 * part above the header and the first indicator rows on the first page, then a new page whenever the next row would
 * not fit, each new page a body of its own that starts with the header rows again (marked `repeated`). A label
 * merged down the rows (the 一级 / 二级 指标) that runs onto the new page is cut there and written again in its lower
 * part with （续）: Word and LibreOffice leave a merged cell blank on the pages it continues onto, so that a page of
 * 数量指标 rows read as if they had no category. An empty merged block (column A below the header) stays empty.
 * The pages are estimated a little short (TABLE_LINE_EM); a page the host fills fuller than estimated only leaves
 * more room at its foot.
 */
function paginate(
  bodies: ReadonlyArray<ReadonlyArray<ReportRow>>,
  widthsMm: ReadonlyArray<number>,
  textHeightMm: number,
  titles: ReadonlyArray<ReportParagraph>,
  abovePt: number
): { bodies: ReportRow[][]; pageBreaks: number[] } {
  const last = bodies[bodies.length - 1];
  const headerCount = last.findIndex((r) => !r.header);
  if (headerCount <= 0) return { bodies: bodies.map((b) => [...b]), pageBreaks: [] };
  const page = textHeightMm * PT_PER_MM;
  // the title lines (二号-ish title, its subtitle and the 6 pt after it), the bodies before the header, the joints
  const titlesPt = titles.reduce((a, t) => a + (t.role === 'tableTitle' ? 16 : 11) * TABLE_LINE_EM + (t.role === 'tableSubtitle' ? 6 : 0), 0);
  const before = bodies.slice(0, -1);
  const beforePt = before.reduce((a, b) => a + rowHeightsPt(b, widthsMm).reduce((x, y) => x + y, 0) + 1, 0);
  const heights = rowHeightsPt(last, widthsMm);
  const headerPt = heights.slice(0, headerCount).reduce((a, b) => a + b, 0);
  // the rows (indexes into `last`) that begin a page; the header goes over with the first row after it
  const starts: number[] = [];
  let used = abovePt + titlesPt + beforePt + headerPt;
  let onPage = 0;
  if (used + (heights[headerCount] ?? 0) > page && beforePt > 0) {
    starts.push(0);
    used = headerPt;
  }
  for (let i = headerCount; i < last.length; i++) {
    if (used + heights[i] > page && onPage > 0) {
      starts.push(i);
      used = headerPt;
      onPage = 0;
    }
    used += heights[i];
    onPage++;
  }
  if (!starts.length || (starts.length === 1 && starts[0] === 0)) {
    const out = bodies.map((b) => [...b]);
    return { bodies: out, pageBreaks: starts.length ? [out.length - 1] : [] };
  }
  // cut every merge running over a page's first row, its label again below
  const rows = last.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) }));
  for (const s of starts) {
    if (s === 0) continue;
    for (let t = headerCount; t < s; t++)
      for (const c of rows[t].cells) {
        if (t + c.rowSpan - 1 < s) continue;
        const below = { ...c, rowSpan: t + c.rowSpan - s, text: c.text === '' ? '' : `${c.text.replace(/（续）$/, '')}${CONTINUED}` };
        c.rowSpan = s - t;
        rows[s].cells = [...rows[s].cells, below].sort((a, b) => a.col - b.col);
      }
  }
  const header = rows.slice(0, headerCount);
  const pages: ReportRow[][] = [];
  const cuts = [...starts.filter((s) => s > 0), rows.length];
  let from = 0;
  for (const to of cuts) {
    pages.push(from === 0 ? rows.slice(0, to) : [...header.map((r) => ({ ...r, repeated: true })), ...rows.slice(from, to)]);
    from = to;
  }
  const out = [...before.map((b) => [...b]), ...pages];
  const pageBreaks = pages.map((_, k) => before.length + k).filter((k, j) => j > 0 || starts[0] === 0);
  return { bodies: out, pageBreaks };
}
