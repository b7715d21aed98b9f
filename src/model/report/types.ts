/**
 * The 自评报告 as data: what a writer (the .docx adapter, the plain-text copy) carries out.
 * Every decision of content and form (order, wording, paper, fonts, spacing, the appendix's
 * merges and widths) is made in the model; the writer only translates.
 */
import type { Finding } from '../findings';
import type { LayoutId } from '../selfeval';
import type { DataParagraph } from './outline';

/** A stretch of text with one look. */
export interface Run {
  readonly text: string;
  /** A hole the user must fill (`【请填写：…】`): highlighted. */
  readonly placeholder?: boolean;
  readonly bold?: boolean;
}

export type ParagraphRole =
  | 'title'
  | 'byline'
  | 'date'
  | 'heading1'
  | 'heading2'
  | 'guide'
  | 'body'
  | 'tableTitle'
  | 'tableSubtitle'
  | 'tableNote';

export interface ReportParagraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly runs: ReadonlyArray<Run>;
  /** The section (`二（一）`) it belongs to, when in one. */
  readonly section?: string;
  /** Set on the paragraphs of a data paragraph (A–E). */
  readonly data?: DataParagraph;
}

export type CellAlign = 'left' | 'center' | 'right';

/** One cell of the appendix table: where it starts and how far it spans. Covered positions have no cell. */
export interface ReportCell {
  /** 0-based grid column where the cell starts. */
  readonly col: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** As displayed (numbers through their number format). */
  readonly text: string;
  readonly bold: boolean;
  readonly align: CellAlign;
  readonly vAlign: 'top' | 'middle' | 'bottom';
  readonly fontSizePt: number;
}

export interface ReportRow {
  readonly cells: ReadonlyArray<ReportCell>;
  /** Repeated at the top of every page the table runs onto. */
  readonly header: boolean;
  /** Lowest height, in points. */
  readonly minHeightPt: number;
  /** The header rows again at the top of a later page's body (the plain text leaves them out: said once). */
  readonly repeated?: boolean;
}

/**
 * A bordered table. `rows` are split into `bodies`: consecutive tables laid out on the same grid,
 * so that the header rows of a later body (the indicator header of the 自评表) can repeat on
 * every page, which a Word table only does for its own first rows.
 */
export interface ReportTable {
  readonly kind: 'table';
  /** Column widths in millimetres; they add up to the text width of the page. */
  readonly columnWidthsMm: ReadonlyArray<number>;
  readonly bodies: ReadonlyArray<ReadonlyArray<ReportRow>>;
  /**
   * Bodies (by index) that begin a new page: the model cuts a long table into pages (appendix.ts) so that a label
   * merged down the rows (一级/二级指标) is written again on the page it continues onto, which Word would leave blank.
   */
  readonly pageBreaks?: ReadonlyArray<number>;
  readonly font: FontSpec;
}

export type Block = ReportParagraph | ReportTable;

export interface FontSpec {
  /** The font the document names (Word uses it where installed). */
  readonly name: string;
  /** What to use where it is not installed, in order (written into the font table as alternates). */
  readonly fallbacks: ReadonlyArray<string>;
}

export interface PageSpec {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly marginsMm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Distance from the page's bottom edge to the baseline area of the footer (page number). */
  readonly footerMm: number;
  readonly headerMm: number;
}

/** One part of the document with its own page setup (a Word section). */
export interface ReportPart {
  readonly page: PageSpec;
  readonly blocks: ReadonlyArray<Block>;
}

/** The five data paragraphs, as plain text (one string per paragraph), for `--json` and the tests. */
export type DataTexts = Readonly<Record<DataParagraph, ReadonlyArray<string>>>;

export interface Report {
  /** `自治区专利实施计划项目2018年度绩效自评报告` */
  readonly title: string;
  readonly parts: ReadonlyArray<ReportPart>;
  /** `草稿` in the header of every page. */
  readonly draft: boolean;
  readonly layout: LayoutId;
  readonly data: DataTexts;
  /** Sections (ids) that still hold a placeholder. */
  readonly placeholders: ReadonlyArray<string>;
  /** `— 1 —`: the page number with its dashes, from which the writer builds the footer. */
  readonly pageNumber: {
    readonly before: string;
    readonly after: string;
    readonly font: FontSpec;
    readonly sizePt: number;
  };
}

export type ReportOutcome =
  | { readonly ok: true; readonly report: Report }
  /** The workbook has structural errors (selfeval/draft.ts: the table's refusal) and no draft was asked for. */
  | { readonly ok: false; readonly reason: 'errors'; readonly errors: ReadonlyArray<Finding> }
  /** More indicators than a form is laid out for (S022, selfeval/cap.ts): no appendix, so no report, draft or not. */
  | { readonly ok: false; readonly reason: 'overCap'; readonly finding: Finding }
  /**
   * The workbook is read as of a cut-off month (stage midYear): its indicators give 监控期完成值, not the year's
   * 实际完成值, so a year-end report would judge the year by July. `actuals`: the indicator sheet has a 实际完成值
   * column after all (the monitoring layout was chosen for a year-end workbook).
   */
  | { readonly ok: false; readonly reason: 'midYear'; readonly actuals: boolean };
