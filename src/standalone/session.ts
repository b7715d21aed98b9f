/**
 * The page's workbook work — read a file, check it, build the 自评表 as .xlsx bytes — behind one
 * interface, so that it runs in a Web Worker in the page (workerSession.ts; the UI thread never
 * reads or checks) and in-process where there is no worker (tests, old browsers). The state (the
 * open workbook's grid) lives where the work runs.
 */
import type { Grid } from '../model/grid';
import type { LayoutId } from '../model/selfeval';
import type { Locale } from '../model/messages';
import { analyse, selfEvalOf } from '../ui/engine';
import { annotatedFile, problemListFile } from '../ui/sendback';
import { asHostError } from '../ui/errors';
import { HostError, throwIfAborted, type AcrossView, type LocalizedText, type CheckView, type TaskOptions } from '../ui/host';
import { checkAcross, type AcrossInput, type AcrossResult } from '../model/across';
import { consolidate, mergeRefusal, structuralRefusal } from '../model/across/consolidate';
import { countBySeverity } from '../model/findingsShown';
import { loadDocxModule, reportDocx, reportOf, type DocxModule, type ReportDate } from '../ui/report';

/** The 自评报告 as the session builds it: the .docx, its text, how many sections still hold a placeholder. */
export interface SessionReport {
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly placeholders: number;
}

/** What the page asks the 自评表 of: the layout, the time it is made, and whether a draft is wanted over structural errors. */
export interface GenerateRequest {
  readonly layout: LayoutId;
  readonly generatedAt: string;
  readonly draft?: boolean;
}

export interface WorkbookSession {
  /**
   * Reads the file (its bytes, or the File itself: the page hands the worker the File, which reads it there, not on the UI
   * thread); rejects with HostError (unreadable, over a budget) or AbortError.
   */
  open(file: Uint8Array | Blob, name: string, options: TaskOptions): Promise<void>;
  useSample(): Promise<void>;
  check(options: TaskOptions): Promise<CheckView>;
  /** The 自评表 as a new .xlsx (refused over structural errors unless `draft`: then marked 草稿). */
  generate(request: GenerateRequest, options: TaskOptions): Promise<Uint8Array>;
  /** The 自评报告 as a .docx (a HostError when the workbook has errors and no draft is asked for). */
  report(layout: LayoutId, draft: boolean, date: ReportDate, options: TaskOptions): Promise<SessionReport>;
  /** The 问题清单 of the open workbook (issue 21), the file named `name`. */
  problemList(name: string, locale: Locale, options: TaskOptions): Promise<Uint8Array>;
  /** The annotated copy of the opened file (of the sample: of the workbook the page would write). */
  annotated(locale: Locale, options: TaskOptions): Promise<{ bytes: Uint8Array; cells: number }>;
  /** Several files (issue 20): reads each; rejects naming the first that cannot be read. */
  openMany(files: ReadonlyArray<{ readonly bytes: Uint8Array | Blob; readonly name: string }>, options: TaskOptions): Promise<void>;
  /** Each of the files checked, and the rules across them. */
  across(options: TaskOptions): Promise<AcrossView>;
  /** The consolidated workbook (汇总, 项目台账, 配置, 绩效指标) of the files, as .xlsx bytes. */
  merged(options: TaskOptions): Promise<Uint8Array>;
}

export const NO_FILES = new HostError('noFiles', { 'zh-CN': '请先同时打开两个或更多文件。', 'en-US': 'Open two or more files together first.' });

/** A file the reader refused, named: one file opened or several, the page says which one it could not read. */
function unreadable(reason: string | undefined, name: string, message: LocalizedText): HostError {
  return new HostError(reason ?? 'readFailed', { 'zh-CN': `文件“${name}”：${message['zh-CN']}`, 'en-US': `File "${name}": ${message['en-US']}` });
}

/** What the page shows of several files checked together. */
export function acrossViewOf(r: AcrossResult): AcrossView {
  const files = r.files.map(({ file, evaluation }) => ({
    name: file,
    findings: evaluation.findings,
    counts: countBySeverity(evaluation.findings),
    projects: evaluation.check.ledger?.projects.length ?? 0,
    ...(evaluation.check.ownTable ? { ownSheet: evaluation.check.ownTable.sheet } : {}),
  }));
  const ownSheets: Record<string, string> = {};
  for (const f of files) if (f.ownSheet !== undefined) ownSheets[f.name] = f.ownSheet;
  // a 配置.csv given apart: X004 points into it
  const profileSheet = r.province?.profileSheet;
  if (r.province && profileSheet?.namedAfterFile !== undefined) ownSheets[r.province.file] = profileSheet.name;
  return {
    ...(Object.keys(ownSheets).length ? { ownSheets } : {}),
    files,
    findings: r.findings,
    counts: countBySeverity(r.findings),
    projects: files.reduce((n, f) => n + f.projects, 0),
    ...(r.province?.profileSheet ? { profileFile: r.province.file } : {}),
    ...(r.province?.indicatorFile ? { indicatorFile: r.province.indicatorFile } : {}),
    ...(r.province?.yearWritten ? { yearWritten: r.province.yearWritten } : {}),
  };
}

type ReadModule = Pick<typeof import('../adapters/file'), 'readWorkbookFile' | 'CHECKED_SHEETS'>;
type XlsxModule = Pick<typeof import('../adapters/xlsx'), 'readXlsx' | 'writeXlsx' | 'annotateXlsx'>;

export interface SessionDeps {
  /** Reads a file (default: the one file entry point, choosing the sheets the checks use). */
  readonly read?: (bytes: Uint8Array, name: string, options: TaskOptions) => Promise<{ ok: true; grid: Grid; format?: string } | { ok: false; reason?: string; message: { 'zh-CN': string; 'en-US': string } }>;
  /** Default: `import('../adapters/xlsx')` (a chunk of its own). */
  readonly loadXlsx?: () => Promise<XlsxModule>;
  readonly loadSample?: () => Promise<Grid>;
  /** Default: `import('../adapters/docx')` (a chunk of its own). */
  readonly loadDocx?: () => Promise<DocxModule>;
  /** Budgets of the reader (default: the page's). */
  readonly limits?: import('../adapters/xlsx/budget').ReadLimits;
  /** How the default read inflates an .xlsx's parts (the page's worker: on a thread of its own). Default: the reader's. */
  readonly inflater?: import('../adapters/xlsx/zip').Inflater;
  /** The most projects a merge puts in one 项目台账 (default MAX_CONSOLIDATED_PROJECTS; smaller only in tests). */
  readonly maxProjects?: number;
}

/** A Blob's bytes (FileReader where Blob.arrayBuffer is missing: browsers before 2019). */
function blobBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error ?? new Error('FileReader failed'));
    r.readAsArrayBuffer(file);
  });
}

/** A chosen file's bytes (as given, or read from its File); one that can no longer be read (moved or deleted since it was chosen) is named. */
async function fileBytes(file: Uint8Array | Blob, name: string): Promise<Uint8Array> {
  if (ArrayBuffer.isView(file)) return file;
  try {
    return await blobBytes(file);
  } catch (e) {
    throw asHostError(e, 'fileReadFailed', { 'zh-CN': `无法读取文件“${name}”`, 'en-US': `Could not read the file "${name}"` });
  }
}

export const NO_FILE = new HostError('noFile', { 'zh-CN': '请先打开一个 .xlsx、.xls 或 .csv 文件。', 'en-US': 'Open an .xlsx, .xls or .csv file first.' });

export function inProcessSession(deps: SessionDeps = {}): WorkbookSession {
  const loadXlsx = deps.loadXlsx ?? (() => import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx'));
  const loadSample =
    deps.loadSample ?? (() => import(/* webpackChunkName: "sample" */ '../model/sample').then((m) => m.sampleWorkbookGrid()));
  const read =
    deps.read ??
    (async (bytes: Uint8Array, name: string, o: TaskOptions) => {
      const m: ReadModule = await import(/* webpackChunkName: "reader" */ '../adapters/file');
      return m.readWorkbookFile(bytes, name, { select: m.CHECKED_SHEETS, limits: deps.limits, inflater: deps.inflater, signal: o.signal, onProgress: o.onProgress });
    });
  let grid: Grid | null = null;
  /** The opened file's name (it may name the 地州市 of a ledger that says it nowhere else); none for the sample. */
  let fileName: string | undefined;
  /** Several files opened together, and their check (made once). */
  let many: AcrossInput[] | null = null;
  let manyResult: AcrossResult | null = null;
  const acrossResult = (): AcrossResult => {
    if (!many) throw NO_FILES;
    return (manyResult ??= checkAcross(many));
  };
  /** The opened file's bytes: the annotated copy is made from them (none for the sample). */
  let source: Uint8Array | null = null;

  return {
    async openMany(files, o) {
      grid = null;
      source = null;
      many = null;
      manyResult = null;
      const inputs: AcrossInput[] = [];
      for (let i = 0; i < files.length; i++) {
        const f = files[i];
        throwIfAborted(o.signal);
        // a File is read here, one at a time (the page's worker: not the UI thread), each dropped once its grid is made
        const bytes = await fileBytes(f.bytes, f.name);
        throwIfAborted(o.signal);
        const r = await read(bytes, f.name, { signal: o.signal, onProgress: (x) => o.onProgress?.((i + (x ?? 0)) / files.length) });
        if (!r.ok) throw unreadable(r.reason, f.name, r.message);
        inputs.push({ file: f.name, grid: r.grid });
      }
      many = inputs;
    },

    async across(o) {
      throwIfAborted(o.signal);
      return acrossViewOf(acrossResult());
    },

    async merged(o) {
      const result = acrossResult();
      // before anything is built: one 项目台账 cannot hold them, and Excel would refuse the file
      const refusal = mergeRefusal(result, deps.maxProjects);
      if (refusal) throw new HostError('tooManyToMerge', refusal);
      // nor from files whose read is in doubt (a column not found, a CSV quote never closed), as `jx merge` without --draft
      const structural = structuralRefusal(result);
      if (structural) throw new HostError('refused', structural.text);
      const merged = consolidate(result);
      throwIfAborted(o.signal);
      const xlsx = await loadXlsx();
      try {
        return await xlsx.writeXlsx(merged.sheets);
      } catch (e) {
        throw asHostError(e, 'writeFailed', { 'zh-CN': '生成 .xlsx 文件失败', 'en-US': 'Writing the .xlsx file failed' });
      }
    },

    async open(file, name, o) {
      grid = null;
      source = null;
      many = null;
      manyResult = null;
      throwIfAborted(o.signal);
      const bytes = await fileBytes(file, name);
      throwIfAborted(o.signal);
      const r = await read(bytes, name, o);
      throwIfAborted(o.signal);
      // named as openMany names it: the page's file line goes back to 请先打开… once a read fails, so the notice is
      // the one place that still says which file could not be read
      if (!r.ok) throw unreadable(r.reason, name, r.message);
      grid = r.grid;
      fileName = name;
      // the annotated copy of a CSV or an .xls is made from the grid written as .xlsx
      source = r.format === undefined || r.format === 'xlsx' ? bytes : null;
    },

    async useSample() {
      many = null;
      manyResult = null;
      grid = await loadSample();
      fileName = undefined;
      source = null;
    },

    async problemList(name, locale, o) {
      if (!grid) throw NO_FILE;
      const analysis = analyse(grid, { fileName });
      const xlsx = await loadXlsx();
      throwIfAborted(o.signal);
      return (await problemListFile(analysis, name, locale, xlsx)).bytes;
    },

    async annotated(locale, o) {
      if (!grid) throw NO_FILE;
      const analysis = analyse(grid, { fileName });
      const xlsx = await loadXlsx();
      throwIfAborted(o.signal);
      const input = source ?? (await xlsx.writeXlsx(grid.sheets.map((g) => ({ grid: g }))));
      const { bytes, cells } = await annotatedFile(input, analysis, '', locale, xlsx);
      return { bytes, cells };
    },

    async check(o) {
      if (!grid) throw NO_FILE;
      throwIfAborted(o.signal);
      return analyse(grid, { fileName }).view;
    },

    async generate({ layout, generatedAt, draft }, o) {
      if (!grid) throw NO_FILE;
      // the new file holds the table alone: no name to avoid
      const built = selfEvalOf(analyse(grid, { fileName, forSelfEval: true, draft, layout, existingSheets: [], generatedAt }));
      throwIfAborted(o.signal);
      o.onProgress?.(0.3);
      const xlsx = await loadXlsx();
      throwIfAborted(o.signal);
      try {
        return await xlsx.writeXlsx([{ layout: built.layout }]);
      } catch (e) {
        throw asHostError(e, 'writeFailed', { 'zh-CN': '生成 .xlsx 文件失败', 'en-US': 'Writing the .xlsx file failed' });
      }
    },

    async report(layout, draft, date, o) {
      if (!grid) throw NO_FILE;
      const { report, text } = reportOf(analyse(grid, { fileName, forSelfEval: true, draft, layout, existingSheets: [] }), draft, date);
      throwIfAborted(o.signal);
      o.onProgress?.(0.3);
      const bytes = await reportDocx(report, o.signal, deps.loadDocx ?? loadDocxModule);
      return { bytes, text, placeholders: report.placeholders.length };
    },
  };
}
