/**
 * The pane's HostActions over an open workbook, the same for every host that holds one (Excel through Office.js,
 * WPS 表格 through ET): what each button reads, decides and writes, in one place. A host gives only its adapter's
 * calls (`WorkbookOps`) and what it can and cannot do; the jobs — the check, the findings' notes, the draft, the
 * chart beside the 自评表, the 自评报告, the 问题清单 — are decided here, so the two panes cannot drift apart.
 * The workbook is read afresh for every job (the user edits between clicks).
 */
import { paidWhen } from '../model/selfeval/paragraph';
import type { Grid } from '../model/grid';
import { type Finding, type Severity } from '../model/findings';
import { findingCell } from '../model/findingsShown';
import type { ChartSpec, SheetLayout } from '../model/layout';
import { findingText, type Locale } from '../model/messages';
import { writtenFileName } from '../model/text/fileNames';
import { downloadBytes, toBase64, DOCX_MIME, type Download } from './download';
import type { Analysis } from './engine';
import { asHostError } from './errors';
import {
  throwIfAborted,
  type CheckView,
  type DeliveredFile,
  type GenerateOptions,
  type MarkOutcome,
  type GenerateResult,
  type HostActions,
  type LocalizedText,
  type ReportOptions,
  type ReportResult,
  type SendBackOptions,
  type TaskOptions,
} from './host';
import type { DocxModule } from './report';

/** One finding's mark: its cell, severity and the note's text (in the pane's language). */
export interface WorkbookMark {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly severity: Severity;
  readonly message: string;
}

/** The adapter's calls on the open workbook (each may throw; the host wraps the error for the user). */
export interface WorkbookOps {
  /** The whole workbook as a grid; `onProgress` (0..1) when the host reads in blocks, else never called. */
  readGrid(signal: AbortSignal, onProgress?: (fraction: number) => void): Promise<Grid>;
  /** Whether readGrid reports progress (else the bar is indeterminate while reading). */
  readonly readProgress: boolean;
  /**
   * The workbook's name (its file's name once saved), read with the grid: the check takes a ledger's prefecture from it
   * as `jx check` and the page do from the file's name. Undefined when the host gives none.
   */
  workbookName(): Promise<string | undefined>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks what it may; names the protected sheets it left alone. */
  mark(marks: ReadonlyArray<WorkbookMark>, locale: Locale): Promise<MarkOutcome>;
  clearMarks(): Promise<unknown>;
  sheetNames(): Promise<string[]>;
  /** A layout in a new sheet (`activate` false: the active sheet stays), with a chart beside it when given. */
  render(layout: SheetLayout, options: { readonly activate?: boolean; readonly chart?: ChartSpec }): Promise<{ sheetName: string }>;
}

export interface WorkbookHostOptions {
  /** Locale of the notes written by 标注. */
  readonly locale: Locale;
  readonly ops: WorkbookOps;
  /** 标注 possible (an old Excel cannot write notes); default true. */
  readonly mark?: boolean;
  /** What this host cannot do that the user should know. */
  readonly limits?: ReadonlyArray<LocalizedText>;
  /** Opens the 问题清单 in a new workbook window (base64 .xlsx); absent or refused: the file is downloaded. */
  readonly openWorkbook?: (base64: string) => Promise<void>;
  /** Largest base64 handed to openWorkbook (bigger: downloaded). */
  readonly openWorkbookMaxBase64?: number;
  /** Default: a download link. */
  readonly download?: Download;
  /** Whether the pane can save a download; when not, the report's text is offered with `noDownload`'s reason. */
  readonly canDownload?: boolean;
  readonly noDownload?: LocalizedText;
  /** Default: `import('../adapters/docx')`. */
  readonly loadDocx?: () => Promise<DocxModule>;
}

/**
 * What the jobs compute is loaded at the first job that needs it, each a chunk of its own beside the pane's (in WPS,
 * from the add-in's folder), not with the pane, which opens with its buttons only (the WPS pages' 300 KB of script,
 * test/e2e/wps.e2e.ts): the model's pipeline (check → metrics → scores → 自评表, ui/engine.ts) at the first 检查, the
 * 自评报告's text at the first report, the 问题清单 at the first list.
 */
const loadEngine = () => import(/* webpackChunkName: "engine" */ './engine');
const loadReport = () => import(/* webpackChunkName: "report" */ './report');
const loadSendBack = () => import(/* webpackChunkName: "sendback" */ './sendback');

const READ_FAILED = { 'zh-CN': '读取工作簿失败', 'en-US': 'Could not read the workbook' } as const;
/** A workbook whose host gives no name (Excel below ExcelApi 1.7): the 问题清单 and the 自评报告 are named after this. */
const WORKBOOK_NAME = { 'zh-CN': '工作簿', 'en-US': 'workbook' } as const;
const NO_DOWNLOAD_DEFAULT: LocalizedText = {
  'zh-CN': '此环境不能保存加载项下载的文件。请复制下面的报告文字粘贴到 Word 中。',
  'en-US': 'This host cannot save a file an add-in downloads. Copy the report’s text below into Word.',
};

/** The chart beside the 自评表: this year's disbursements (mid-year: to the cut-off month) by the year each project started (none without cohorts). */
export function selfEvalChart(analysis: Analysis): ChartSpec | undefined {
  const preview = analysis.view.preview;
  const cohorts = preview?.cohorts ?? [];
  if (!cohorts.length) return undefined;
  return {
    title: `${paidWhen(preview?.monitor?.month)}拨付（按立项年度，${preview?.unit ?? '万元'}）`,
    categories: cohorts.map((c) => `${c.year}`),
    values: cohorts.map((c) => c.disbursed),
  };
}

export function createWorkbookHost(options: WorkbookHostOptions): HostActions {
  const { ops, locale } = options;

  /**
   * Reads the workbook and its name; progress (when the host gives it) scaled to [0, upTo]. A name the host cannot
   * give is no failure: the check goes on without it, as for a workbook never saved.
   */
  async function readGrid(signal: AbortSignal, onProgress: TaskOptions['onProgress'], upTo: number): Promise<{ grid: Grid; fileName: string | undefined }> {
    throwIfAborted(signal);
    onProgress?.(ops.readProgress ? 0 : undefined);
    let grid: Grid;
    try {
      grid = await ops.readGrid(signal, ops.readProgress ? (f) => onProgress?.(f * upTo) : undefined);
    } catch (e) {
      throw asHostError(e, 'readFailed', READ_FAILED);
    }
    let fileName: string | undefined;
    try {
      fileName = await ops.workbookName();
    } catch {
      fileName = undefined;
    }
    return { grid, fileName };
  }

  return {
    capabilities: { goTo: true, mark: options.mark ?? true, templates: true, openFile: false, sample: false, limits: options.limits },

    async check({ signal, onProgress }: TaskOptions): Promise<CheckView> {
      const { grid, fileName } = await readGrid(signal, onProgress, 0.8);
      const { analyse } = await loadEngine();
      throwIfAborted(signal);
      onProgress?.(0.8);
      const { view } = analyse(grid, { fileName });
      onProgress?.(1);
      return view;
    },

    async goTo(f: Finding): Promise<void> {
      if (!f.sheet) return;
      const cell = findingCell(f);
      try {
        await ops.selectCell(f.sheet, cell);
      } catch (e) {
        throw asHostError(e, 'goToFailed', { 'zh-CN': `无法定位到“${f.sheet}”!${cell}`, 'en-US': `Could not go to '${f.sheet}'!${cell}` });
      }
    },

    async mark(findings: ReadonlyArray<Finding>): Promise<MarkOutcome> {
      const marks = findings
        .filter((f) => f.sheet)
        .map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, message: findingText(f, locale) }));
      try {
        const r = await ops.mark(marks, locale);
        return { protectedSheets: r.protectedSheets ?? [] };
      } catch (e) {
        throw asHostError(e, 'markFailed', { 'zh-CN': '标注失败', 'en-US': 'Marking failed' });
      }
    },

    async clearMarks(): Promise<void> {
      try {
        await ops.clearMarks();
      } catch (e) {
        throw asHostError(e, 'clearMarksFailed', { 'zh-CN': '清除标注失败', 'en-US': 'Clearing the marks failed' });
      }
    },

    async insertTemplates({ withSample, signal }): Promise<{ sheetNames: string[] }> {
      // the templates carry the sample data: loaded on first use, not with the pane
      const { inputSheetLayouts } = await import(/* webpackChunkName: "templates" */ './templates');
      const layouts = inputSheetLayouts(withSample);
      const names: string[] = [];
      for (const [i, layout] of layouts.entries()) {
        throwIfAborted(signal);
        try {
          names.push((await ops.render(layout, { activate: i === layouts.length - 1 })).sheetName);
        } catch (e) {
          throw asHostError(e, 'templatesFailed', { 'zh-CN': '插入输入表失败', 'en-US': 'Inserting the input sheets failed' });
        }
      }
      return { sheetNames: names };
    },

    async report({ layout, draft, signal, onProgress }: ReportOptions): Promise<ReportResult> {
      const { grid, fileName } = await readGrid(signal, onProgress, 0.3);
      const [{ analyse }, { reportDocx, reportOf }] = await Promise.all([loadEngine(), loadReport()]);
      throwIfAborted(signal);
      onProgress?.(0.3);
      const { report, text } = reportOf(analyse(grid, { fileName, forSelfEval: true, draft, layout, existingSheets: [] }), draft);
      const placeholders = report.placeholders.length;
      if (!(options.canDownload ?? true)) {
        onProgress?.(1);
        return { noDownload: options.noDownload ?? NO_DOWNLOAD_DEFAULT, text, placeholders };
      }
      const bytes = await reportDocx(report, signal, options.loadDocx);
      // named after the workbook, as the 问题清单 is and the page names it (伊犁州项目台账-自评报告.docx; in English
      // 伊犁州项目台账-self-evaluation-report.docx): not by the report's title, Chinese in both languages
      const name = writtenFileName(fileName?.trim() || WORKBOOK_NAME[locale], 'report', '.docx', locale);
      (options.download ?? downloadBytes)(bytes, name, DOCX_MIME);
      onProgress?.(1);
      return { downloadName: name, text, placeholders };
    },

    async downloadProblemList({ locale: listLocale, signal, onProgress }: SendBackOptions): Promise<DeliveredFile> {
      const { grid, fileName: bookName } = await readGrid(signal, onProgress, 0.5);
      const { analyse } = await loadEngine();
      throwIfAborted(signal);
      const analysis = analyse(grid, { fileName: bookName });
      onProgress?.(0.5);
      // the xlsx writer is loaded on first use, as the templates are: not with the pane
      const [xlsx, { problemListFile }] = await Promise.all([import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx'), loadSendBack()]);
      throwIfAborted(signal);
      // named after the workbook as the host names it (伊犁州项目台账.xlsx → 伊犁州项目台账-问题清单.xlsx; 工作簿1 never saved),
      // as the page names it after the file: the submitter's file, in the list's 文件 column too
      const { bytes, fileName } = await problemListFile(analysis, bookName?.trim() || WORKBOOK_NAME[listLocale], listLocale, xlsx);
      throwIfAborted(signal);
      if (options.openWorkbook) {
        const base64 = toBase64(bytes);
        if (base64.length <= (options.openWorkbookMaxBase64 ?? Infinity)) {
          try {
            await options.openWorkbook(base64);
            return { openedInExcel: true };
          } catch {
            // a host that refuses a new workbook (a locked-down desktop): the download below
          }
        }
      }
      (options.download ?? downloadBytes)(bytes, fileName);
      return { downloadName: fileName };
    },

    async generate({ layout, draft, signal, onProgress }: GenerateOptions): Promise<GenerateResult> {
      const { grid, fileName } = await readGrid(signal, onProgress, 0.3);
      const { analyse, generatedAt, selfEvalOf } = await loadEngine();
      onProgress?.(0.3);
      let taken: string[];
      try {
        taken = await ops.sheetNames();
      } catch (e) {
        throw asHostError(e, 'readFailed', READ_FAILED);
      }
      throwIfAborted(signal);
      const analysis = analyse(grid, { fileName, forSelfEval: true, draft, layout, existingSheets: taken, generatedAt: generatedAt() });
      const built = selfEvalOf(analysis);
      onProgress?.(0.5);
      try {
        const r = await ops.render(built.layout, { chart: selfEvalChart(analysis) });
        onProgress?.(1);
        return { sheetName: r.sheetName };
      } catch (e) {
        throw asHostError(e, 'generateFailed', { 'zh-CN': '生成自评表失败', 'en-US': 'Generating the table failed' });
      }
    },
  };
}
