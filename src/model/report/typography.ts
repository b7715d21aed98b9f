/**
 * The form of the report: the typography of Chinese official documents (GB/T 9704-2012, as
 * report.md states it). One place for every size, font and distance; the writer carries it out.
 *
 * - A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm).
 * - Title 二号 (22 pt) 方正小标宋简体, fallback 宋体 bold; body 三号 (16 pt) 仿宋_GB2312,
 *   fallback 仿宋; 一级标题 黑体, 二级标题 楷体_GB2312 (fallback 楷体), both 三号.
 * - Fixed line spacing 28.95 pt: 22 lines fill the 225 mm 版心 (22 × 28.95 = 636.9 pt ≤ 637.8 pt).
 * - First-line indent of two characters for body text and headings.
 * - Page numbers `— 1 —` in 四号 (14 pt) 宋体 below the 版心, outside (odd pages right, even
 *   pages left, one character in from the edge of the 版心).
 */
import type { CellAlign, FontSpec, PageSpec, ParagraphRole } from './types';

export const FONTS = {
  title: { name: '方正小标宋简体', fallbacks: ['宋体'] },
  body: { name: '仿宋_GB2312', fallbacks: ['仿宋'] },
  heading1: { name: '黑体', fallbacks: [] },
  heading2: { name: '楷体_GB2312', fallbacks: ['楷体'] },
  pageNumber: { name: '宋体', fallbacks: [] },
} as const satisfies Readonly<Record<string, FontSpec>>;

/** 二号, 三号, 四号 in points. */
export const SIZE = { erhao: 22, sanhao: 16, sihao: 14 } as const;

export const LINE_PT = 28.95;

export interface RoleStyle {
  readonly font: FontSpec;
  readonly sizePt: number;
  readonly bold: boolean;
  readonly align: CellAlign | 'justify';
  /** First-line indent in characters of the paragraph's own size. */
  readonly indentChars: number;
  /** Exact line spacing in points; undefined = single. */
  readonly linePt?: number;
  /** Space before and after, in points. */
  readonly beforePt: number;
  readonly afterPt: number;
}

const body = {
  font: FONTS.body,
  sizePt: SIZE.sanhao,
  bold: false,
  align: 'justify',
  indentChars: 2,
  linePt: LINE_PT,
  beforePt: 0,
  afterPt: 0,
} as const;

/** Characters of 二号 on one line of the 156 mm 版心 (22 pt ≈ 7.76 mm): a longer title is broken by the model. */
export const TITLE_CHARS_PER_LINE = 20;

export const ROLE_STYLES: Readonly<Record<ParagraphRole, RoleStyle>> = {
  // The title at the top of the 版心, then one blank line, the agency and the date, one blank line.
  title: {
    font: FONTS.title,
    sizePt: SIZE.erhao,
    bold: true,
    align: 'center',
    indentChars: 0,
    linePt: 35,
    beforePt: 0,
    afterPt: 0,
  },
  byline: { ...body, align: 'center', indentChars: 0, beforePt: LINE_PT },
  date: { ...body, align: 'center', indentChars: 0, afterPt: LINE_PT },
  heading1: { ...body, font: FONTS.heading1, align: 'left' },
  heading2: { ...body, font: FONTS.heading2, align: 'left' },
  guide: body,
  body,
  // The appendix table's own title lines take the sheet's font and sizes (see appendix.ts).
  tableTitle: { font: FONTS.title, sizePt: 16, bold: true, align: 'center', indentChars: 0, beforePt: 0, afterPt: 0 },
  tableSubtitle: {
    font: FONTS.body,
    sizePt: 11,
    bold: false,
    align: 'center',
    indentChars: 0,
    beforePt: 0,
    afterPt: 6,
  },
  tableNote: { font: FONTS.body, sizePt: 10.5, bold: false, align: 'left', indentChars: 0, beforePt: 6, afterPt: 0 },
};

/** The height of one line of a role's paragraph with the space around it, in points (a single line: its size × 1.3). */
export function lineHeightPt(role: ParagraphRole): number {
  const s = ROLE_STYLES[role];
  return (s.linePt ?? s.sizePt * 1.3) + s.beforePt + s.afterPt;
}

export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/** A4 in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/**
 * The page number's line sits 7 mm below the 版心 (GB/T 9704 7.5): the footer's distance from
 * the bottom edge is the bottom margin less 7 mm less the height of one 四号 line (≈ 5 mm).
 */
export const PAGE_PORTRAIT: PageSpec = {
  paper: 'A4',
  orientation: 'portrait',
  marginsMm: MARGINS_MM,
  footerMm: MARGINS_MM.bottom - 7 - 5,
  headerMm: 15,
};

export const PAGE_LANDSCAPE: PageSpec = { ...PAGE_PORTRAIT, orientation: 'landscape' };

/** Width of the text area (版心) in millimetres. */
export function textWidthMm(page: PageSpec): number {
  const w = page.orientation === 'portrait' ? A4_MM.width : A4_MM.height;
  return w - page.marginsMm.left - page.marginsMm.right;
}

export const PAGE_NUMBER = { before: '— ', after: ' —', font: FONTS.pageNumber, sizePt: SIZE.sihao } as const;

/** Height of the text area (版心) in millimetres. */
export function textHeightMm(page: PageSpec): number {
  const h = page.orientation === 'portrait' ? A4_MM.height : A4_MM.width;
  return h - page.marginsMm.top - page.marginsMm.bottom;
}
