/**
 * The pane's HostActions inside WPS 表格: the open workbook through ET's object model and the WPS adapter, the same
 * jobs and results as the Excel pane (taskpane/officeHost.ts). ET is synchronous: each job runs its host calls in
 * one go (the read yields between row blocks, so progress and 取消 work). The 问题清单 is downloaded (WPS has no
 * `Excel.createWorkbook`).
 */
import { clearMarks, markFindings, readWorkbookGrid, renderLayout, selectCell, sheetNames, type EtApplication } from '../adapters/wps';
import { findingCell, type Finding } from '../model/findings';
import { findingText, type Locale } from '../model/messages';
import { generatedAt } from '../model/selfeval';
import { downloadBytes } from '../ui/download';
import { analyse, selfEvalOf } from '../ui/engine';
import { asHostError } from '../ui/errors';
import {
  throwIfAborted,
  type CheckView,
  type DeliveredFile,
  type GenerateOptions,
  type GenerateResult,
  type HostActions,
  type SendBackOptions,
  type TaskOptions,
} from '../ui/host';
import { problemListFile } from '../ui/sendback';

export interface WpsHostOptions {
  readonly locale: Locale;
  /** ET's `Application` (the pane's `window.Application`). */
  readonly app: EtApplication;
  /** Default: a download link. */
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
}

const READ_FAILED = { 'zh-CN': '读取工作簿失败', 'en-US': 'Could not read the workbook' } as const;
const WORKBOOK_NAME = { 'zh-CN': '工作簿', 'en-US': 'workbook' } as const;

export function createWpsHost(options: WpsHostOptions): HostActions {
  const { app, locale } = options;

  async function readGrid(signal: AbortSignal, onProgress?: (f: number) => void) {
    throwIfAborted(signal);
    try {
      return await readWorkbookGrid(app, { signal, onProgress });
    } catch (e) {
      throw asHostError(e, 'readFailed', READ_FAILED);
    }
  }

  return {
    capabilities: { goTo: true, mark: true, templates: true, openFile: false, sample: false },

    async check({ signal, onProgress }: TaskOptions): Promise<CheckView> {
      onProgress?.(0);
      const grid = await readGrid(signal, (f) => onProgress?.(f * 0.8));
      throwIfAborted(signal);
      const { view } = analyse(grid);
      onProgress?.(1);
      return view;
    },

    async goTo(f: Finding): Promise<void> {
      if (!f.sheet) return;
      const cell = findingCell(f);
      try {
        selectCell(app, f.sheet, cell);
      } catch (e) {
        throw asHostError(e, 'goToFailed', { 'zh-CN': `无法定位到“${f.sheet}”!${cell}`, 'en-US': `Could not go to '${f.sheet}'!${cell}` });
      }
    },

    async mark(findings: ReadonlyArray<Finding>): Promise<void> {
      const marks = findings
        .filter((f) => f.sheet)
        .map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, message: findingText(f, locale) }));
      try {
        markFindings(app, marks, { locale });
      } catch (e) {
        throw asHostError(e, 'markFailed', { 'zh-CN': '标注失败', 'en-US': 'Marking failed' });
      }
    },

    async clearMarks(): Promise<void> {
      try {
        clearMarks(app);
      } catch (e) {
        throw asHostError(e, 'clearMarksFailed', { 'zh-CN': '清除标注失败', 'en-US': 'Clearing the marks failed' });
      }
    },

    async insertTemplates({ withSample, signal }): Promise<{ sheetNames: string[] }> {
      const { inputSheetLayouts } = await import(/* webpackChunkName: "templates" */ '../ui/templates');
      const layouts = inputSheetLayouts(withSample);
      const names: string[] = [];
      for (const [i, layout] of layouts.entries()) {
        throwIfAborted(signal);
        try {
          names.push(renderLayout(app, layout, { activate: i === layouts.length - 1 }).sheetName);
        } catch (e) {
          throw asHostError(e, 'templatesFailed', { 'zh-CN': '插入输入表失败', 'en-US': 'Inserting the input sheets failed' });
        }
      }
      return { sheetNames: names };
    },

    async downloadProblemList({ locale: listLocale, signal, onProgress }: SendBackOptions): Promise<DeliveredFile> {
      onProgress?.(undefined);
      const grid = await readGrid(signal);
      const analysis = analyse(grid);
      onProgress?.(0.5);
      const xlsx = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx');
      throwIfAborted(signal);
      const { bytes, fileName } = await problemListFile(analysis, WORKBOOK_NAME[listLocale], listLocale, xlsx);
      throwIfAborted(signal);
      (options.download ?? downloadBytes)(bytes, fileName);
      return { downloadName: fileName };
    },

    async generate({ layout, draft, signal, onProgress }: GenerateOptions): Promise<GenerateResult> {
      onProgress?.(0);
      const grid = await readGrid(signal, (f) => onProgress?.(f * 0.4));
      let taken: string[];
      try {
        taken = sheetNames(app);
      } catch (e) {
        throw asHostError(e, 'readFailed', READ_FAILED);
      }
      throwIfAborted(signal);
      const analysis = analyse(grid, { forSelfEval: true, draft, layout, existingSheets: taken, generatedAt: generatedAt() });
      const built = selfEvalOf(analysis);
      onProgress?.(0.5);
      try {
        const r = renderLayout(app, built.layout);
        onProgress?.(1);
        return { sheetName: r.sheetName };
      } catch (e) {
        throw asHostError(e, 'generateFailed', { 'zh-CN': '生成自评表失败', 'en-US': 'Generating the table failed' });
      }
    },
  };
}
