/**
 * What the UI asks of its host. The Excel task pane (taskpane/officeHost.ts) and the standalone
 * page (standalone/fileHost.ts) both implement HostActions; the components never touch a host.
 * Everything here is plain data: findings stay data (text comes from the rule registry at render).
 */
import type { Finding, Severity } from '../model/findings';
import type { Locale } from '../model/messages';
import type { LocalizedText } from '../model/errors';
import type { LayoutId } from '../model/selfeval';
import type { Light } from '../model/monitor';
import type { ReadSummary } from '../model/messages/read';
import type { Grade } from '../model/scoring/grades';

/**
 * An expected failure with words for the user (no workbook open, sheet missing, file unreadable…):
 * the model's one error shape, a code and zh/en text (model/errors.ts).
 */
export { JxError as HostError, isJxError, type LocalizedText } from '../model/errors';

/** The error a cancelled operation rejects with (what `AbortSignal.reason` is by default). */
export function abortError(): Error {
  const e = new Error('The operation was aborted.');
  e.name = 'AbortError';
  return e;
}

export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** Throws the AbortError when the signal is aborted (call between steps of long work). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** One cohort (立项年度) of the preview chart; amounts in the sheet's unit, not 分. */
export interface CohortBar {
  readonly year: number;
  readonly count: number;
  readonly disbursed: number;
  /** true = 新上项目 (cohort = fiscal year). */
  readonly isNew: boolean;
}

/** Key figures of the 自评表 to come, shown before generating it. */
export interface PreviewView {
  readonly fiscalYear?: number;
  readonly unit: '万元' | '元';
  /** executed / budget (1 = 100 %); undefined when the budget is 0 or unknown. */
  readonly executionRate?: number;
  /** 带动比 of the new cohort (社会投入 / 财政支持资金). */
  readonly leverage?: number;
  readonly projectCount: number;
  readonly newCount: number;
  readonly carriedCount: number;
  /** Present only when the indicator sheet has 分值 (scoring.md). */
  readonly total?: number;
  readonly grade?: Grade;
  /** Newest first. */
  readonly cohorts: ReadonlyArray<CohortBar>;
  /** 资金使用情况 paragraph (selfeval.md), when it could be built. */
  readonly paragraph?: string;
  /** The mid-year monitoring (monitor.md), when the workbook is checked as of a cut-off month. */
  readonly monitor?: MonitorPreview;
}

/** The monitoring table to come: the cut-off, time progress, the budget's rate and light, and the indicators per light. */
export interface MonitorPreview {
  readonly month: number;
  readonly timeProgress: number;
  readonly executionRate?: number;
  readonly budgetLight?: Light;
  readonly counts: Readonly<Record<Light, number>>;
}

export interface CheckView {
  /** Sorted (sheet, row, column). */
  readonly findings: ReadonlyArray<Finding>;
  readonly counts: Readonly<Record<Severity, number>>;
  /** 分值方案 of the profile: the layout the generator uses unless the user picks another. */
  readonly scheme: LayoutId;
  readonly fiscalYear?: number;
  /** The cut-off month a monitoring table of this workbook is built for (its monitoring's, else 配置's, else 7): the pane names it (1—7月). */
  readonly monitorMonth?: number;
  /** Absent when the workbook has no readable ledger. */
  readonly preview?: PreviewView;
  /** What the check read: the ledger's sheets and its projects. */
  readonly read?: ReadSummary;
  /** The sheet a file of one table (a CSV: CheckResult.ownTable) was read as: its findings are placed by cell alone. */
  readonly ownSheet?: string;
}

/** One file of several opened together (issue 20): its own findings. */
export interface AcrossFileView {
  readonly name: string;
  readonly findings: ReadonlyArray<Finding>;
  readonly counts: Readonly<Record<Severity, number>>;
  /** Projects read from its ledger. */
  readonly projects: number;
  /** The sheet a file of one table (a CSV) was read as: its findings are placed by cell alone. */
  readonly ownSheet?: string;
}

/** Several files checked together: each file's findings and the findings across files (each in its file). */
export interface AcrossView {
  readonly files: ReadonlyArray<AcrossFileView>;
  readonly findings: ReadonlyArray<Finding & { readonly file: string }>;
  readonly counts: Readonly<Record<Severity, number>>;
  /** Projects of all files. */
  readonly projects: number;
  /** The file the province's 配置 comes from (the first that has one), and its 绩效指标 (that file's, else the first's that has one). */
  readonly profileFile?: string;
  readonly indicatorFile?: string;
  /** The 配置's 评价年度 (`from`) written as the merge's (`to`): no file of the year most files name has a 配置. */
  readonly yearWritten?: { readonly from: number; readonly to: number };
  /** Each file of one table (a CSV) by its name: the sheet it was read as, which names no sheet (the province's 配置 too). */
  readonly ownSheets?: Readonly<Record<string, string>>;
}

/** Progress of long work: 0..1, or undefined when unknown (an indeterminate bar). */
export type OnProgress = (fraction: number | undefined) => void;

export interface TaskOptions {
  readonly signal: AbortSignal;
  readonly onProgress?: OnProgress;
}

export interface GenerateOptions extends TaskOptions {
  readonly layout: LayoutId;
  /** Build the table even when the workbook's structure has errors, marked 草稿：数据存在错误. */
  readonly draft?: boolean;
}

export interface ReportOptions extends TaskOptions {
  /** The 自评表 layout of the appendix. */
  readonly layout: LayoutId;
  /** Draft even when the workbook has errors (草稿 on every page). */
  readonly draft: boolean;
}

/**
 * The 自评报告: downloaded as a .docx, or, where the host cannot save a download (Excel for Mac,
 * iPad), its text to copy with the reason why. `placeholders`: places still to be filled in (sections, the head).
 */
export type ReportResult =
  | { readonly downloadName: string; readonly text: string; readonly placeholders: number }
  | { readonly noDownload: LocalizedText; readonly text: string; readonly placeholders: number };

/** Where the generated table went: a new worksheet (Excel) or a downloaded file (the page). */
export type GenerateResult = { readonly sheetName: string } | { readonly downloadName: string };

export interface HostCapabilities {
  /** Select a finding's cell in the workbook. */
  readonly goTo: boolean;
  /** Colour the findings' cells, and clear those marks. */
  readonly mark: boolean;
  /** Insert the three input sheets into the open workbook. */
  readonly templates: boolean;
  /** The user opens a file first (picker / drop zone); the generated table is downloaded. */
  readonly openFile: boolean;
  /** Use the bundled sample workbook instead of a file (the page). */
  readonly sample: boolean;
  /** What this host cannot do that the user should know (an old Excel, an office.js without notes). */
  readonly limits?: ReadonlyArray<LocalizedText>;
}

/** A file the UI hands over: downloaded (the page), or opened in a new Excel workbook (the pane). */
export type DeliveredFile = ({ readonly downloadName: string } | { readonly openedInExcel: true }) & {
  /** Cells marked (the annotated copy). */
  readonly cells?: number;
};

export interface SendBackOptions extends TaskOptions {
  /** Language of the list and the notes (the UI's). */
  readonly locale: Locale;
}

/** What 标注 could not do: the protected sheets (审阅 → 保护工作表) whose findings were left unmarked. */
export interface MarkOutcome {
  readonly protectedSheets?: ReadonlyArray<string>;
}

export interface HostActions {
  readonly capabilities: HostCapabilities;
  /** Reads the workbook and checks it. Rejects with HostError for expected failures, AbortError when cancelled. */
  check(options: TaskOptions): Promise<CheckView>;
  /** Builds the 自评表 in the given layout. */
  generate(options: GenerateOptions): Promise<GenerateResult>;
  /** Drafts the 自评报告 (.docx) with the 自评表 of the given layout as its appendix. */
  report?(options: ReportOptions): Promise<ReportResult>;
  goTo?(finding: Finding): Promise<void>;
  /** Marks what it may; says which protected sheets' findings were left unmarked (none: all marked). */
  mark?(findings: ReadonlyArray<Finding>): Promise<MarkOutcome | void>;
  clearMarks?(): Promise<void>;
  insertTemplates?(options: {
    readonly withSample: boolean;
    readonly signal?: AbortSignal;
  }): Promise<{ readonly sheetNames: ReadonlyArray<string> }>;
  /** The page: take this file as the workbook to work on (it is only read, never written). */
  openFile?(file: File, options: TaskOptions): Promise<{ readonly name: string }>;
  /** The page: several files at once (issue 20), to check across and merge; each only read. */
  openFiles?(files: ReadonlyArray<File>, options: TaskOptions): Promise<{ readonly names: ReadonlyArray<string> }>;
  /** The page: each opened file checked, and the rules across them. */
  checkAcross?(options: TaskOptions): Promise<AcrossView>;
  /** The page: 下载汇总工作簿, the consolidated workbook of the opened files. */
  downloadMerged?(options: TaskOptions): Promise<DeliveredFile>;
  /** The page: work on the bundled sample workbook. */
  useSample?(): Promise<{ readonly name: string }>;
  /** 下载问题清单: the 问题清单 workbook of the current workbook's findings (issue 21). */
  downloadProblemList?(options: SendBackOptions): Promise<DeliveredFile>;
  /** 下载标注副本 (the page): a copy of the opened file with the findings' cells filled and noted. */
  downloadAnnotated?(options: SendBackOptions): Promise<DeliveredFile>;
}

export type { Locale };
