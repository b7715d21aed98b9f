/**
 * The 自评报告 as a .docx, through `docx` (dolanmiu/docx, MIT): the report model
 * (src/model/report) says what goes where and how it looks; this adapter only translates it into
 * WordprocessingML. Loaded lazily by the page and the pane (its own chunk).
 *
 * Fonts: each run names its font for every script (ascii, hAnsi, eastAsia, cs), so that digits
 * take the Chinese face too; the font table lists every font with its fallback as `w:altName`
 * (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体, 楷体_GB2312 → 楷体), which Word uses where the font is
 * not installed.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type FileChild,
  type IRunOptions,
} from 'docx';
import type {
  Block,
  FontSpec,
  PageSpec,
  Report,
  ReportCell,
  ReportParagraph,
  ReportRow,
  ReportTable,
  Run,
} from '../../model/report/types';
import { CELL_PADDING_MM } from '../../model/report/appendix';
import { A4_MM, ROLE_STYLES, type RoleStyle } from '../../model/report/typography';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number): number => Math.round(pt * 2);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const V_ALIGN = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

function font(f: FontSpec): IRunOptions['font'] {
  return { ascii: f.name, hAnsi: f.name, eastAsia: f.name, cs: f.name };
}

function textRun(run: Run, style: Pick<RoleStyle, 'font' | 'sizePt' | 'bold'>): TextRun {
  return new TextRun({
    text: run.text,
    font: font(style.font),
    size: halfPoints(style.sizePt),
    bold: run.bold ?? style.bold,
    ...(run.placeholder ? { highlight: HighlightColor.YELLOW } : {}),
  });
}

function paragraph(p: ReportParagraph): Paragraph {
  const style = ROLE_STYLES[p.role];
  return new Paragraph({
    alignment: ALIGN[style.align],
    indent: style.indentChars
      ? { firstLineChars: style.indentChars * 100, firstLine: Math.round(style.indentChars * style.sizePt * 20) }
      : undefined,
    spacing: {
      before: Math.round(style.beforePt * 20),
      after: Math.round(style.afterPt * 20),
      ...(style.linePt ? { line: Math.round(style.linePt * 20), lineRule: LineRuleType.EXACT } : {}),
    },
    outlineLevel: p.role === 'heading1' ? 0 : p.role === 'heading2' ? 1 : undefined,
    // headings stay with what follows them
    keepNext: p.role === 'heading1' || p.role === 'heading2' || p.role === 'title' || p.role === 'tableTitle',
    children: p.runs.map((r) => textRun(r, style)),
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function tableOf(t: ReportTable, body: ReadonlyArray<ReportRow>): Table {
  const grid = t.columnWidthsMm.map(twip);
  const span = (col: number, n: number): number => grid.slice(col, col + n).reduce((a, b) => a + b, 0);
  // A paragraph's mark in the cell's face and size: left to the document's 三号 (16 pt), it made every line it ends — an
  // empty cell's, a one-line cell's — 16 pt tall, each row 3 pt taller than the model counted its pages
  // (report/appendix.ts), so that a page ran short and the next held the header and one row.
  const para = (c: ReportCell, line: string): Paragraph =>
    new Paragraph({
      alignment: ALIGN[c.align],
      spacing: { before: 0, after: 0 },
      run: { font: font(t.font), size: halfPoints(c.fontSizePt) },
      children: line ? [textRun({ text: line }, { font: t.font, sizePt: c.fontSizePt, bold: c.bold })] : [],
    });
  const cell = (c: ReportCell, merge: 'restart' | 'continue' | undefined, lines: ReadonlyArray<string>): TableCell =>
    new TableCell({
      columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
      ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
      width: { size: span(c.col, c.colSpan), type: WidthType.DXA },
      verticalAlign: V_ALIGN[c.vAlign],
      margins: { left: twip(CELL_PADDING_MM), right: twip(CELL_PADDING_MM), top: 20, bottom: 20 },
      children: lines.map((line) => para(c, line)),
    });
  // A cell merged down rows is continued in each row below by a cell of its own, written here (docx would add them
  // with a paragraph mark of the document's size, its 三号 again: the rows under the 绩效指标 block each 23 pt tall).
  const continued: Array<{ cell: ReportCell; last: number }> = [];
  const rows = body.map((row, y) => {
    const cells = row.cells.map((c) => ({ col: c.col, made: cell(c, c.rowSpan > 1 ? 'restart' : undefined, c.text === '' ? [''] : c.text.split('\n')) }));
    for (const k of continued) if (k.last >= y) cells.push({ col: k.cell.col, made: cell(k.cell, 'continue', ['']) });
    for (const c of row.cells) if (c.rowSpan > 1) continued.push({ cell: c, last: y + c.rowSpan - 1 });
    return new TableRow({
      tableHeader: row.header,
      cantSplit: true,
      height: { value: Math.round(row.minHeightPt * 20), rule: HeightRule.ATLEAST },
      children: cells.sort((a, b) => a.col - b.col).map((c) => c.made),
    });
  });
  return new Table({
    width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows,
  });
}

/**
 * Between two bodies of one table: an empty paragraph one point high. Without it Word and
 * LibreOffice join adjacent tables into one, and a later body's header rows are then rows in the
 * middle of a table, which never repeat on the next page.
 */
function joint(pageBreakBefore = false): Paragraph {
  return new Paragraph({
    // the model's page break (ReportTable.pageBreaks): the next body starts a page
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function blocks(list: ReadonlyArray<Block>): FileChild[] {
  const out: FileChild[] = [];
  for (const b of list) {
    if (b.kind === 'paragraph') out.push(paragraph(b));
    else
      b.bodies.forEach((body, k) => {
        if (k > 0) out.push(joint(b.pageBreaks?.includes(k) ?? false));
        out.push(tableOf(b, body));
      });
  }
  return out;
}

/** `— 1 —`, outside: odd pages right, even pages left, one character in (GB/T 9704 7.5). */
function pageFooter(report: Report, side: 'right' | 'left'): Footer {
  const n = report.pageNumber;
  const run = (children: IRunOptions['children']): TextRun =>
    new TextRun({ children, font: font(n.font), size: halfPoints(n.sizePt) });
  const oneChar = Math.round(n.sizePt * 20);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneChar } : { left: oneChar },
        children: [run([n.before]), run([PageNumber.CURRENT]), run([n.after])],
      }),
    ],
  });
}

function draftHeader(): Header {
  const style = ROLE_STYLES.heading1;
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [textRun({ text: '草稿' }, { ...style, bold: true })],
      }),
    ],
  });
}

function pageProperties(page: PageSpec) {
  const landscape = page.orientation === 'landscape';
  return {
    page: {
      size: {
        // given upright: docx swaps w:w and w:h itself for a landscape page
        width: twip(A4_MM.width),
        height: twip(A4_MM.height),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: twip(page.marginsMm.top),
        bottom: twip(page.marginsMm.bottom),
        left: twip(page.marginsMm.left),
        right: twip(page.marginsMm.right),
        header: twip(page.headerMm),
        footer: twip(page.footerMm),
        gutter: 0,
      },
    },
  };
}

/**
 * The styles part: docDefaults in the body's font and size, no space before or after, and
 * Word's automatic spacing between Chinese and Latin letters or digits off (autoSpaceDE/DN), as
 * official documents are set (`2019年3月1日`, not `2019 年 3 月 1 日`). Written whole, because docx
 * writes autoSpaceDN after w:jc, out of the schema's order. Styles the parts refer to
 * (footnote and endnote references) are kept.
 */
function stylesXml(): string {
  const b = ROLE_STYLES.body;
  const f = esc(b.font.name);
  const sz = halfPoints(b.sizePt);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${f}" w:eastAsia="${f}" w:hAnsi="${f}" w:cs="${f}"/>` +
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '</w:styles>'
  );
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Every font the report names, with its fallbacks as alternate names (Word substitutes with them). */
function fontTable(report: Report): string {
  const fonts = new Map<string, FontSpec>();
  const add = (f: FontSpec): void => void (fonts.has(f.name) || fonts.set(f.name, f));
  for (const s of Object.values(ROLE_STYLES)) add(s.font);
  add(report.pageNumber.font);
  for (const part of report.parts) for (const b of part.blocks) if (b.kind === 'table') add(b.font);
  const entries = [...fonts.values()].map(
    (f) =>
      `<w:font w:name="${esc(f.name)}">${f.fallbacks.length ? `<w:altName w:val="${esc(f.fallbacks.join(','))}"/>` : ''}` +
      `<w:charset w:val="86"/><w:family w:val="${/黑体|SimHei/.test(f.name) ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}

export function reportDocument(report: Report): Document {
  const footers = { default: pageFooter(report, 'right'), even: pageFooter(report, 'left') };
  const headers = report.draft ? { default: draftHeader(), even: draftHeader() } : undefined;
  return new Document({
    title: report.title,
    creator: '绩效自评助手',
    evenAndOddHeaderAndFooters: true,
    sections: report.parts.map((part) => ({
      properties: pageProperties(part.page),
      headers,
      footers,
      children: blocks(part.blocks),
    })),
  });
}

/** The .docx bytes of a report. */
export async function writeDocx(report: Report): Promise<Uint8Array> {
  const doc = reportDocument(report);
  const buf = await Packer.toArrayBuffer(doc, false, [
    { path: 'word/fontTable.xml', data: fontTable(report) },
    { path: 'word/styles.xml', data: stylesXml() },
  ]);
  return new Uint8Array(buf);
}
