/**
 * The web page's HostActions: a workbook the user opens (picker or drop) is read in the browser,
 * checked by the model, and the 自评表 is downloaded as a NEW .xlsx, the 自评报告 as a .docx. The
 * user's file is only read.
 * The work runs in a WorkbookSession: in the page, a Web Worker (workerSession.ts, so that the UI
 * stays responsive and 取消 works while a file is read); in-process where none is given.
 * Nothing goes over the network.
 */
import { sheetsToRead } from '../model/check';
import type { Grid } from '../model/grid';
import type { Locale } from '../model/messages';
import { generatedAt } from '../model/selfeval';
import { fileLabelOf } from '../model/selfeval/layouts';
import { downloadBytes, DOCX_MIME, type Download } from '../ui/download';
import {
  throwIfAborted,
  type AcrossView,
  type CheckView,
  type DeliveredFile,
  type GenerateOptions,
  type GenerateResult,
  type HostActions,
  type ReportOptions,
  type ReportResult,
  type SendBackOptions,
  type TaskOptions,
} from '../ui/host';
import { todayDate, type DocxModule } from '../ui/report';
import { annotatedFileName, problemListFileName } from '../model/sendback/problemList';
import { MERGED_FILE_NAME, writtenFileName } from '../model/text/fileNames';
import { inProcessSession, type SessionDeps, type WorkbookSession } from './session';

type XlsxModule = Pick<typeof import('../adapters/xlsx'), 'readXlsx' | 'writeXlsx' | 'annotateXlsx'>;

export interface FileHostOptions {
  /** The page's language: what the files it writes are called (default zh-CN). */
  readonly locale?: Locale;
  /** Where the work runs (the page passes a worker session). Default: in-process. */
  readonly session?: WorkbookSession;
  /** In-process only. Default: `import('../adapters/xlsx')` (a lazy chunk). */
  readonly loadXlsx?: () => Promise<XlsxModule>;
  /** In-process only. Default: `import('../model/sample')`. */
  readonly loadSample?: () => Promise<Grid>;
  /** In-process only. Default: `import('../adapters/docx')` (a lazy chunk with docx). */
  readonly loadDocx?: () => Promise<DocxModule>;
  /** Default: a link to an object URL, clicked. */
  readonly download?: Download;
}

export { downloadBytes } from '../ui/download';

/** What the page calls the sample it opens, in its language. */
const SAMPLE_NAME: Readonly<Record<Locale, string>> = { 'zh-CN': '示例数据.xlsx', 'en-US': 'sample.xlsx' };

function defaultSession(options: FileHostOptions): WorkbookSession {
  const { loadXlsx, loadSample, loadDocx } = options;
  const deps: SessionDeps = {
    loadXlsx,
    loadSample,
    loadDocx,
    // A given xlsx module also reads (tests hand one in); otherwise the one file entry point.
    read: loadXlsx
      ? async (bytes, _name, o) => (await loadXlsx()).readXlsx(bytes, { select: sheetsToRead, signal: o.signal, onProgress: o.onProgress })
      : undefined,
  };
  return inProcessSession(deps);
}

export function createFileHost(options: FileHostOptions = {}): HostActions {
  const session = options.session ?? defaultSession(options);
  const download = options.download ?? downloadBytes;
  const locale = options.locale ?? 'zh-CN';
  let current: string | null = null;

  return {
    capabilities: { goTo: false, mark: false, templates: false, openFile: true, sample: true },

    async openFile(file: File, { signal, onProgress }: TaskOptions): Promise<{ name: string }> {
      onProgress?.(undefined);
      current = null;
      // the File itself: the session reads it where it runs (the page's worker), not on this thread
      await session.open(file, file.name, { signal, onProgress });
      current = file.name;
      onProgress?.(1);
      return { name: file.name };
    },

    async openFiles(files: ReadonlyArray<File>, { signal, onProgress }: TaskOptions): Promise<{ names: ReadonlyArray<string> }> {
      onProgress?.(undefined);
      current = null;
      // the Files themselves: the session reads each where it runs (the page's worker), one at a time, not all here first
      await session.openMany(
        files.map((file) => ({ bytes: file, name: file.name })),
        { signal, onProgress },
      );
      onProgress?.(1);
      return { names: files.map((f) => f.name) };
    },

    async checkAcross(options: TaskOptions): Promise<AcrossView> {
      return session.across(options);
    },

    async downloadMerged({ signal, onProgress }: TaskOptions): Promise<DeliveredFile> {
      onProgress?.(undefined);
      const bytes = await session.merged({ signal, onProgress });
      throwIfAborted(signal);
      download(bytes, MERGED_FILE_NAME[locale]);
      onProgress?.(1);
      return { downloadName: MERGED_FILE_NAME[locale] };
    },

    async useSample(): Promise<{ name: string }> {
      await session.useSample();
      current = SAMPLE_NAME[locale];
      return { name: current };
    },

    async check(options: TaskOptions): Promise<CheckView> {
      return session.check(options);
    },

    async downloadProblemList({ locale, signal, onProgress }: SendBackOptions): Promise<DeliveredFile> {
      onProgress?.(undefined);
      const name = current ?? '';
      const bytes = await session.problemList(name, locale, { signal, onProgress });
      throwIfAborted(signal);
      const fileName = problemListFileName(name, locale);
      download(bytes, fileName);
      return { downloadName: fileName };
    },

    async downloadAnnotated({ locale, signal, onProgress }: SendBackOptions): Promise<DeliveredFile> {
      onProgress?.(undefined);
      const { bytes, cells } = await session.annotated(locale, { signal, onProgress });
      throwIfAborted(signal);
      const fileName = annotatedFileName(current ?? '', locale);
      download(bytes, fileName);
      return { downloadName: fileName, cells };
    },

    async generate({ layout, draft, signal, onProgress }: GenerateOptions): Promise<GenerateResult> {
      onProgress?.(undefined);
      const bytes = await session.generate({ layout, generatedAt: generatedAt(), draft }, { signal, onProgress });
      throwIfAborted(signal);
      const name = writtenFileName(current ?? '', { label: fileLabelOf(layout, locale) }, '.xlsx', locale);
      download(bytes, name);
      onProgress?.(1);
      return { downloadName: name };
    },

    async report({ layout, draft, signal, onProgress }: ReportOptions): Promise<ReportResult> {
      onProgress?.(undefined);
      const r = await session.report(layout, draft, todayDate(), { signal, onProgress });
      throwIfAborted(signal);
      const name = writtenFileName(current ?? '', 'report', '.docx', locale);
      download(r.bytes, name, DOCX_MIME);
      onProgress?.(1);
      return { downloadName: name, text: r.text, placeholders: r.placeholders };
    },
  };
}
