/**
 * The task pane's HostActions: the open workbook through Excel.run and the Office adapter.
 * The workbook is read afresh for every check / generate (the user edits between clicks).
 */
import {
  clearMarks,
  markFindings,
  readWorkbookGrid,
  renderLayout,
  selectCell,
  sheetNames,
  type Mark,
} from '../adapters/office';
import { findingCell, type Finding } from '../model/findings';
import { findingText, type Locale } from '../model/messages';
import { generatedAt } from '../model/selfeval';
import { downloadBytes, toBase64, DOCX_MIME, type Download } from '../ui/download';
import { analyse, selfEvalOf } from '../ui/engine';
import { reportDocx, reportOf, type DocxModule } from '../ui/report';
import { problemListFile } from '../ui/sendback';
import type { OfficeSupport } from './support';
import { asHostError } from '../ui/errors';
import {
  throwIfAborted,
  type CheckView,
  type DeliveredFile,
  type SendBackOptions,
  type GenerateOptions,
  type GenerateResult,
  type HostActions,
  type LocalizedText,
  type ReportOptions,
  type ReportResult,
  type TaskOptions,
} from '../ui/host';

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

const READ_FAILED = { 'zh-CN': '读取工作簿失败', 'en-US': 'Could not read the workbook' } as const;
/** The pane does not know the workbook's file name: the list is named after this. */
const WORKBOOK_NAME = { 'zh-CN': '工作簿', 'en-US': 'workbook' } as const;

export function createOfficeHost(options: OfficeHostOptions): HostActions {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const { locale } = options;
  const support = options.support ?? { mark: true, mergedAreas: true, createWorkbook: true, limits: [] };

  async function readGrid(signal: AbortSignal) {
    throwIfAborted(signal);
    try {
      return await run((ctx) => readWorkbookGrid(ctx, { mergedAreas: support.mergedAreas }));
    } catch (e) {
      throw asHostError(e, 'readFailed', READ_FAILED);
    }
  }

  return {
    capabilities: {
      goTo: true,
      mark: support.mark,
      templates: true,
      openFile: false,
      sample: false,
      limits: support.limits,
    },

    async check({ signal, onProgress }: TaskOptions): Promise<CheckView> {
      onProgress?.(undefined);
      const grid = await readGrid(signal);
      throwIfAborted(signal);
      onProgress?.(0.8);
      const { view } = analyse(grid);
      onProgress?.(1);
      return view;
    },

    async goTo(f: Finding): Promise<void> {
      if (!f.sheet) return;
      const cell = findingCell(f);
      try {
        await run((ctx) => selectCell(ctx, f.sheet, cell));
      } catch (e) {
        throw asHostError(e, 'goToFailed', {
          'zh-CN': `无法定位到“${f.sheet}”!${cell}`,
          'en-US': `Could not go to '${f.sheet}'!${cell}`,
        });
      }
    },

    async mark(findings: ReadonlyArray<Finding>): Promise<void> {
      const marks: Mark[] = findings
        .filter((f) => f.sheet)
        .map((f) => ({
          sheet: f.sheet,
          row: f.row,
          col: f.col,
          severity: f.severity,
          message: findingText(f, locale),
        }));
      try {
        await run((ctx) => markFindings(ctx, marks, { locale }));
      } catch (e) {
        throw asHostError(e, 'markFailed', { 'zh-CN': '标注失败', 'en-US': 'Marking failed' });
      }
    },

    async clearMarks(): Promise<void> {
      try {
        await run((ctx) => clearMarks(ctx));
      } catch (e) {
        throw asHostError(e, 'clearMarksFailed', { 'zh-CN': '清除标注失败', 'en-US': 'Clearing the marks failed' });
      }
    },

    async insertTemplates({ withSample, signal }): Promise<{ sheetNames: string[] }> {
      // the templates carry the sample data: loaded on first use, not with the pane
      const { inputSheetLayouts } = await import(/* webpackChunkName: "templates" */ '../ui/templates');
      const layouts = inputSheetLayouts(withSample);
      const names: string[] = [];
      for (const [i, layout] of layouts.entries()) {
        throwIfAborted(signal);
        try {
          const r = await run((ctx) => renderLayout(ctx, layout, { activate: i === layouts.length - 1 }));
          names.push(r.sheetName);
        } catch (e) {
          throw asHostError(e, 'templatesFailed', { 'zh-CN': '插入输入表失败', 'en-US': 'Inserting the input sheets failed' });
        }
      }
      return { sheetNames: names };
    },

    async report({ layout, draft, signal, onProgress }: ReportOptions): Promise<ReportResult> {
      onProgress?.(undefined);
      const grid = await readGrid(signal);
      onProgress?.(0.3);
      const { report, text } = reportOf(analyse(grid, { forSelfEval: true, draft, layout, existingSheets: [] }), draft);
      const placeholders = report.placeholders.length;
      if (!(options.canDownload ?? true)) {
        onProgress?.(1);
        return { noDownload: NO_DOWNLOAD, text, placeholders };
      }
      const bytes = await reportDocx(report, signal, options.loadDocx);
      const name = `${report.title}.docx`;
      (options.download ?? downloadBytes)(bytes, name, DOCX_MIME);
      onProgress?.(1);
      return { downloadName: name, text, placeholders };
    },

    async downloadProblemList({ locale: listLocale, signal, onProgress }: SendBackOptions): Promise<DeliveredFile> {
      onProgress?.(undefined);
      const grid = await readGrid(signal);
      throwIfAborted(signal);
      const analysis = analyse(grid);
      onProgress?.(0.5);
      // ExcelJS is loaded on first use, as the templates are: not with the pane
      const xlsx = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx');
      throwIfAborted(signal);
      const { bytes, fileName } = await problemListFile(analysis, WORKBOOK_NAME[listLocale], listLocale, xlsx);
      throwIfAborted(signal);
      const base64 = options.openWorkbook ? toBase64(bytes) : '';
      if (options.openWorkbook && base64.length <= MAX_CREATE_WORKBOOK_BASE64) {
        try {
          await options.openWorkbook(base64);
          return { openedInExcel: true };
        } catch {
          // a host that refuses a new workbook (a locked-down desktop): the download below
        }
      }
      (options.download ?? downloadBytes)(bytes, fileName);
      return { downloadName: fileName };
    },

    async generate({ layout, draft, signal, onProgress }: GenerateOptions): Promise<GenerateResult> {
      onProgress?.(undefined);
      const grid = await readGrid(signal);
      onProgress?.(0.3);
      let taken: string[];
      try {
        taken = await run((ctx) => sheetNames(ctx));
      } catch (e) {
        throw asHostError(e, 'readFailed', READ_FAILED);
      }
      throwIfAborted(signal);
      const analysis = analyse(grid, { forSelfEval: true, draft, layout, existingSheets: taken, generatedAt: generatedAt() });
      const built = selfEvalOf(analysis);
      onProgress?.(0.5);
      const cohorts = analysis.view.preview?.cohorts ?? [];
      const chart = cohorts.length
        ? {
            title: `本年拨付（按立项年度，${analysis.view.preview?.unit ?? '万元'}）`,
            categories: cohorts.map((c) => `${c.year}`),
            values: cohorts.map((c) => c.disbursed),
          }
        : undefined;
      try {
        const r = await run((ctx) => renderLayout(ctx, built.layout, { chart }));
        onProgress?.(1);
        return { sheetName: r.sheetName };
      } catch (e) {
        throw asHostError(e, 'generateFailed', { 'zh-CN': '生成自评表失败', 'en-US': 'Generating the table failed' });
      }
    },
  };
}
