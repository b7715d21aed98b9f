/** File I/O of the CLI: the only place that reads and writes files. */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { CHECKED_SHEETS, readWorkbookFile, type ReadFileResult } from '../adapters/file';
import type { ReadLimits } from '../adapters/xlsx/budget';
import { nodeInflater } from '../adapters/xlsx/inflateNode';
import { MIN_THREAD_STRINGS, workerStrings, type NodeStringsThread } from '../adapters/xlsx/stringsNode';
import { failureMessage, mbOver } from '../adapters/xlsx/messages';
import type { SheetToWrite } from '../adapters/xlsx/write';
import type { Grid } from '../model/grid';
import type { Locale } from '../model/messages';
import { SCHEME_IDS, isLayoutId, type LayoutId } from '../model/selfeval/layouts';
import { visibleText } from '../model/text/visible';
import { defaultCliLimits } from './limits';
import { readThreads, spareCore } from './threads';
import { takeReadAhead } from './readAhead';

/** A read workbook keeps the file's bytes (the annotated copy is made from them). */
export type LoadResult = (Extract<ReadFileResult, { ok: true }> & { bytes: Uint8Array }) | Extract<ReadFileResult, { ok: false }> | { ok: false; reason: 'io'; message: Record<Locale, string> };

const MB = 1024 * 1024;

/** What a command needs of the workbook read. */
export interface LoadOptions {
  /** The cells' number formats (GridSheet.numberFormats): default kept; `jx check` keeps the percent ones alone (readXlsx numberFormats). */
  readonly numberFormats?: boolean;
}

/**
 * Reads a workbook file for the checks: through the one file entry point, with native zlib,
 * the CLI's budgets, and only the sheets the checks use read whole.
 */
export async function loadWorkbook(file: string, limits: ReadLimits = defaultCliLimits(), options: LoadOptions = {}): Promise<LoadResult> {
  let data: Buffer;
  let strings: NodeStringsThread | undefined;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return ioError(`“${file}”是文件夹，不是 .xlsx 文件。`, `"${file}" is a folder, not an .xlsx file.`);
    // A device or a pipe has no size to refuse it by, and /dev/zero never ends: only files are read.
    if (!st.isFile()) return ioError(`“${file}”不是文件（是设备或管道），无法检查。请先将台账保存为文件，再检查该文件。`, `"${file}" is not a file (it is a device or a pipe) and cannot be checked. Save the ledger as a file first, then check that file.`);
    // A file larger than the whole package may be is refused before it is read into memory.
    if (st.size > limits.maxSize)
      return { ok: false, reason: 'tooLarge', message: failureMessage('fileOverSize', mbOver(st.size, limits.maxSize)) };
    // a large file's strings worker starts while the file is read (its thread boots meanwhile)
    strings = stringsThread(st.size >= PRESTART_FILE_BYTES);
    // Read ahead by bin/jx.js while the bundle loaded, else in one read: the promise API reads 512 KB
    // at a time through the thread pool, and the main thread, with nothing else to do yet, sat idle
    // between the pieces (~10 ms of the 11 MB ledger).
    data = (await takeReadAhead(file, st)) ?? readFileSync(file);
  } catch (e) {
    void strings?.dispose();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return ioError(`找不到文件“${file}”。`, `File "${file}" not found.`);
    if (code === 'EACCES') return ioError(`没有权限读取文件“${file}”。`, `No permission to read "${file}".`);
    return ioError(`无法读取文件“${file}”：${(e as Error).message}`, `Cannot read "${file}": ${(e as Error).message}`);
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  try {
    const r = await readWorkbookFile(bytes, path.basename(file), { inflater: nodeInflater, limits, select: CHECKED_SHEETS, strings, ...options });
    return r.ok ? { ...r, bytes } : r;
  } finally {
    void strings?.dispose();
  }
}

/**
 * The shared strings of a large workbook are read in a worker while the sheets are read here: when
 * running from the bundle (build/strings-worker.cjs is built beside it; from the TypeScript
 * sources there is no worker to start), on the main thread (`jx merge`'s reading workers each use
 * the cores already), with a second core that is not busy (spareCore).
 */
function stringsThread(prestart: boolean): NodeStringsThread | undefined {
  if (!isMainThread || !/\.c?js$/.test(__filename) || readThreads(2) < 2 || !spareCore()) return undefined;
  return workerStrings(path.join(__dirname, 'strings-worker.cjs'), MIN_THREAD_STRINGS, prestart);
}

/** Files from this size on start their strings worker before they are read (the 100,000-project ledger is 11 MB, its strings 11 MB inflated). */
const PRESTART_FILE_BYTES = 4 * MB;

/** Whether `p` is an existing directory. */
export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

function ioError(zh: string, en: string): LoadResult {
  return { ok: false, reason: 'io', message: { 'zh-CN': zh, 'en-US': en } };
}

/**
 * Layouts and grids → .xlsx bytes, deflated by native zlib. The writer is loaded on first use: the commands that
 * write no workbook (`jx check`) start without it. `big`: a workbook of hundreds of thousands of rows (a
 * consolidation), deflated at level 1 — about a third larger, three times faster to make.
 */
export async function xlsxBytes(sheets: ReadonlyArray<SheetToWrite>, big = false): Promise<Uint8Array> {
  const [{ writeXlsx }, { nodeDeflater }] = await Promise.all([import('../adapters/xlsx/write'), import('../adapters/xlsx/deflateNode')]);
  return writeXlsx(sheets, { deflate: nodeDeflater, level: big ? 1 : 6 });
}

/** What jx writes: an Excel workbook or (jx report) a Word document, each under its own extension. */
export type OutputKind = '.xlsx' | '.docx';

/**
 * An output file that cannot be written, said in words (exit 2) instead of an internal error:
 * a wrong extension, a folder given as the file, a folder that does not exist, no permission.
 */
export class OutputRefused extends Error {
  constructor(readonly text: Readonly<Record<Locale, string>>) {
    super(text['en-US']);
    this.name = 'OutputRefused';
  }
}

const KIND_TEXT: Record<OutputKind, Record<Locale, string>> = {
  '.xlsx': { 'zh-CN': 'Excel 工作簿', 'en-US': 'an Excel workbook' },
  '.docx': { 'zh-CN': 'Word 文档', 'en-US': 'a Word document' },
};

/** errno → the reason in words; others give their code. */
const WRITE_REASON: Readonly<Record<string, Record<Locale, string>>> = {
  EACCES: { 'zh-CN': '没有写入该位置的权限', 'en-US': 'no permission to write there' },
  EPERM: { 'zh-CN': '没有写入该位置的权限', 'en-US': 'no permission to write there' },
  EROFS: { 'zh-CN': '该位置只读', 'en-US': 'the location is read-only' },
  ENOSPC: { 'zh-CN': '磁盘已满', 'en-US': 'the disk is full' },
  ENAMETOOLONG: { 'zh-CN': '文件名过长', 'en-US': 'the file name is too long' },
  EBUSY: { 'zh-CN': '文件正被其他程序占用（例如已在 Excel 或 WPS 中打开），请关闭后再试', 'en-US': 'the file is in use by another program (open in Excel or WPS?); close it and try again' },
};

/** Why `file` cannot take a new output of `kind` (checked before the work, and again when writing); undefined when it can. */
export async function outputProblem(file: string, kind: OutputKind): Promise<OutputRefused | undefined> {
  const shown = visibleText(file);
  if (await isDirectory(file)) {
    return new OutputRefused({
      'zh-CN': `“${shown}”是一个文件夹：请给出文件名，例如“${visibleText(path.join(file, `输出${kind}`))}”。`,
      'en-US': `"${shown}" is a folder: give a file name, e.g. "${visibleText(path.join(file, `output${kind}`))}".`,
    });
  }
  if (path.extname(file).toLowerCase() !== kind) {
    const suggestion = visibleText(path.join(path.dirname(file), `${path.parse(file).name || 'output'}${kind}`));
    return new OutputRefused({
      'zh-CN': `输出文件“${shown}”的扩展名应为 ${kind}（本工具写出的是 ${KIND_TEXT[kind]['zh-CN']}），例如“${suggestion}”。`,
      'en-US': `The output file "${shown}" must end in ${kind} (this tool writes ${KIND_TEXT[kind]['en-US']}), e.g. "${suggestion}".`,
    });
  }
  const dir = path.dirname(path.resolve(file));
  if (!(await isDirectory(dir))) {
    return new OutputRefused({
      'zh-CN': `无法写入“${shown}”：文件夹“${visibleText(dir)}”不存在。请先建立该文件夹，或换一个位置。`,
      'en-US': `Cannot write "${shown}": the folder "${visibleText(dir)}" does not exist. Create it first, or choose another place.`,
    });
  }
  return undefined;
}

/**
 * Writes a new file; refuses to replace an existing one unless `force`. A file that cannot be
 * written at all throws OutputRefused, which the CLI says in words (exit 2).
 */
export async function writeNewFile(file: string, data: Uint8Array, force: boolean, kind: OutputKind = '.xlsx'): Promise<'written' | 'exists'> {
  const problem = await outputProblem(file, kind);
  if (problem) throw problem;
  try {
    await fs.writeFile(file, data, { flag: force ? 'w' : 'wx' });
    return 'written';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return 'exists';
    const why = WRITE_REASON[code] ?? { 'zh-CN': `系统错误 ${code || String(e)}`, 'en-US': `system error ${code || String(e)}` };
    throw new OutputRefused({
      'zh-CN': `无法写入“${visibleText(file)}”：${why['zh-CN']}。`,
      'en-US': `Cannot write "${visibleText(file)}": ${why['en-US']}.`,
    });
  }
}

/**
 * Whether two paths name the same file: the same path, or (when both exist) the same device and
 * inode, so that a symbolic or hard link to the input is recognised as the input.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The 分值方案 layouts `--layout` takes, as the help lists them (ascending). */
export const LAYOUT_CHOICES: ReadonlyArray<string> = [...SCHEME_IDS].sort();

/** Whether `--layout v` names a 分值方案 layout of the registry. */
export function isLayoutChoice(v: string): v is LayoutId {
  return isLayoutId(v) && SCHEME_IDS.includes(v);
}

const PREPARE_TEXT = {
  'zh-CN': {
    badLayout: (v: string) => `--layout 只能是 ${LAYOUT_CHOICES.join(' 或 ')}，而不是“${v}”。`,
    sameFile: '输出文件不能是输入文件本身：本工具从不修改被检查的文件。',
  },
  'en-US': {
    badLayout: (v: string) => `--layout must be ${LAYOUT_CHOICES.join(' or ')}, not "${v}".`,
    sameFile: 'The output file cannot be the input file: this tool never modifies the file it checks.',
  },
} as const;

/**
 * The start every command that writes a new file from a workbook shares: the --layout is one of
 * the registered 自评表 layouts, the output is never the input, the workbook is read. Says what is
 * wrong on `err` and gives undefined (exit 2) when one of them fails.
 */
export async function prepareOutput(
  file: string,
  out: string,
  opts: { readonly layout?: string; readonly locale: Locale; readonly limits?: ReadLimits; readonly kind?: OutputKind },
  err: (line: string) => void
): Promise<{ grid: Grid; layout?: LayoutId } | undefined> {
  const t = PREPARE_TEXT[opts.locale];
  const layout = opts.layout;
  if (layout !== undefined && !isLayoutChoice(layout)) {
    err(visibleText(t.badLayout(layout)));
    return undefined;
  }
  if (await sameFile(out, file)) {
    err(t.sameFile);
    return undefined;
  }
  // said before the workbook is read, not after the work
  const problem = await outputProblem(out, opts.kind ?? '.xlsx');
  if (problem) {
    err(problem.text[opts.locale]);
    return undefined;
  }
  const loaded = await loadWorkbook(file, opts.limits);
  if (!loaded.ok) {
    err(visibleText(`${file}: ${loaded.message[opts.locale]}`));
    return undefined;
  }
  return { grid: loaded.grid, layout };
}
