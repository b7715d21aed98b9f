/**
 * The task pane's HostActions inside Excel: the shared workbook host (ui/workbookHost.ts) over Excel.run and the
 * Office adapter, with what this Excel and its office.js can do.
 */
import { clearMarks, markFindings, readWorkbookGrid, readWorkbookName, renderLayout, selectCell, sheetNames } from '../adapters/office';
import type { Locale } from '../model/messages';
import type { Download } from '../ui/download';
import type { HostActions, LocalizedText } from '../ui/host';
import type { DocxModule } from '../ui/report';
import { createWorkbookHost, type WorkbookOps } from '../ui/workbookHost';
import type { OfficeSupport } from './support';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** Locale of the notes written by 标注. */
  readonly locale: Locale;
  /** Default: the global `Excel.run`. */
  readonly run?: ExcelRun;
  /** What this Excel and its office.js can do (support.ts). Default: everything. */
  readonly support?: OfficeSupport;
  /**
   * Opens a workbook from base64 .xlsx in a new Excel window (Excel.createWorkbook, ExcelApi 1.8),
   * how the pane hands over the 问题清单: a task pane cannot download on every platform (Excel on
   * Mac's WKWebView ignores download links). Absent (older Excel): the file is downloaded.
   */
  readonly openWorkbook?: (base64: string) => Promise<void>;
  /** Default: a download link (the fallback when openWorkbook is absent or the file too big for it). */
  readonly download?: Download;
  /**
   * Whether the pane's web view can save a download. Excel for Mac (WKWebView) and on iPad cannot
   * (office-js issue 4681, open): there the report's text is offered to copy. Default: true.
   */
  readonly canDownload?: boolean;
  /** Default: `import('../adapters/docx')`. */
  readonly loadDocx?: () => Promise<DocxModule>;
}

/** Why the pane offers the report's text instead of a file. */
export const NO_DOWNLOAD: LocalizedText = {
  'zh-CN': '此版本的 Excel（Mac 或 iPad）不能保存加载项下载的文件。请复制下面的报告文字粘贴到 Word 中，或在浏览器中打开本工具的网页版下载 .docx。',
  'en-US':
    'This Excel (Mac or iPad) cannot save a file an add-in downloads. Copy the report’s text below into Word, or open the web page of this tool in a browser to download the .docx.',
};

/** Platforms whose add-in web view saves no downloads (`Office.context.platform`). */
export function platformCanDownload(platform: string | undefined | null): boolean {
  return platform !== 'Mac' && platform !== 'iOS';
}

/**
 * Largest base64 handed to Excel.createWorkbook: Excel on the web refuses requests over 5 MB;
 * a bigger list is downloaded instead.
 */
export const MAX_CREATE_WORKBOOK_BASE64 = 4 * 1024 * 1024;

/** The Office adapter's calls, each in its own Excel.run. */
export function officeOps(run: ExcelRun, support: Pick<OfficeSupport, 'mergedAreas' | 'dateSystem'>): WorkbookOps {
  return {
    readProgress: false,
    readGrid: () => run((ctx) => readWorkbookGrid(ctx, { mergedAreas: support.mergedAreas, dateSystem: support.dateSystem })),
    workbookName: () => run((ctx) => readWorkbookName(ctx)),
    selectCell: (sheet, cell) => run((ctx) => selectCell(ctx, sheet, cell)),
    mark: (marks, locale) => run((ctx) => markFindings(ctx, marks, { locale })),
    clearMarks: () => run((ctx) => clearMarks(ctx)),
    sheetNames: () => run((ctx) => sheetNames(ctx)),
    render: (layout, options) => run((ctx) => renderLayout(ctx, layout, options)),
  };
}

export function createOfficeHost(options: OfficeHostOptions): HostActions {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const support = options.support ?? { mark: true, mergedAreas: true, dateSystem: true, createWorkbook: true, limits: [] };
  return createWorkbookHost({
    locale: options.locale,
    ops: officeOps(run, support),
    mark: support.mark,
    limits: support.limits,
    openWorkbook: options.openWorkbook,
    openWorkbookMaxBase64: MAX_CREATE_WORKBOOK_BASE64,
    download: options.download,
    canDownload: options.canDownload,
    noDownload: NO_DOWNLOAD,
    loadDocx: options.loadDocx,
  });
}
