/**
 * What `jx check` writes to send the problems back: the 问题清单 (`--report`) and the annotated
 * copy of each submitted file (`--annotate`). Both are NEW files: never one of the inputs, never
 * an existing file unless `--force`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../model/findings';
import type { Locale } from '../model/messages';
import { annotatedFileName, problemListFileName, problemListLayouts, type CheckedFile } from '../model/sendback/problemList';
import { isDirectory, OutputRefused, outputProblem, sameFile, writeNewFile, xlsxBytes } from './io';

export interface SendBackTexts {
  readonly locale: Locale;
  readonly force: boolean;
  readonly err: (line: string) => void;
}

const T = {
  'zh-CN': {
    sameFile: (f: string) => `输出文件“${f}”不能是被检查的文件：本工具从不修改被检查的文件。`,
    annotateMany: '检查多个文件时，--annotate 须给出一个已存在的文件夹（每个文件的标注副本写入其中）。',
    exists: (f: string) => `文件“${f}”已存在，未覆盖。如需覆盖请加 --force。`,
    report: (f: string, n: number) => `已生成问题清单“${f}”（${n} 条）。`,
    annotated: (f: string, cells: number) => `已生成标注副本“${f}”（标注 ${cells} 个单元格）。`,
    annotateFailed: (input: string, why: string) => `${input}：${why}`,
    writeFailed: (f: string, why: string) => `无法写入“${f}”：${why}`,
  },
  'en-US': {
    sameFile: (f: string) => `The output "${f}" cannot be a file being checked: this tool never modifies the files it checks.`,
    annotateMany: 'With several files, --annotate must name an existing folder (each file’s annotated copy is written into it).',
    exists: (f: string) => `"${f}" exists and was not overwritten. Use --force to overwrite it.`,
    report: (f: string, n: number) => `Wrote the list of problems "${f}" (${n} rows).`,
    annotated: (f: string, cells: number) => `Wrote the annotated copy "${f}" (${cells} cells marked).`,
    annotateFailed: (input: string, why: string) => `${input}: ${why}`,
    writeFailed: (f: string, why: string) => `Cannot write "${f}": ${why}`,
  },
} as const;

/** Checks the output paths before any work: null (after saying why) when they cannot be used. */
export async function problemListTargets(
  inputs: ReadonlyArray<string>,
  opts: { report?: string; annotate?: string; locale: Locale },
  err: (line: string) => void,
): Promise<{ report?: string; annotate?: string; annotateDir: boolean } | null> {
  const t = T[opts.locale];
  for (const out of [opts.report, opts.annotate]) {
    if (out === undefined) continue;
    for (const input of inputs) {
      if (await sameFile(out, input)) {
        err(t.sameFile(out));
        return null;
      }
    }
  }
  const annotateDir = opts.annotate !== undefined && (await isDirectory(opts.annotate));
  if (opts.annotate !== undefined && inputs.length > 1 && !annotateDir) {
    err(t.annotateMany);
    return null;
  }
  // --report naming a folder: one 问题清单 per file, each to send back to the one who sent it (writeProblemList)
  const reportDir = opts.report !== undefined && (await isDirectory(opts.report));
  // an output that cannot be written is said before the files are read and checked
  for (const out of [reportDir ? undefined : opts.report, annotateDir ? undefined : opts.annotate]) {
    const problem = out === undefined ? undefined : await outputProblem(out, '.xlsx');
    if (problem) {
      err(problem.text[opts.locale]);
      return null;
    }
  }
  return { report: opts.report, annotate: opts.annotate, annotateDir };
}

/**
 * The name each file is known by in the findings, the 问题清单's 文件 column and the 汇总's 来源文件: its base name, or,
 * when files given together share it (a prefecture's 阿克苏地区项目台账.xlsx resubmitted under the same name and kept in
 * another folder), as much of its folder path as tells them apart (`1130/阿克苏地区项目台账.xlsx`). On the base name
 * alone the two were one file: its findings, evaluation and 地州市 taken for the other's, and no X001 between them
 * (their projects counted twice, silently). Paths that are one file are the caller's to drop first (sameFiles).
 */
export function fileNames(files: ReadonlyArray<string>): string[] {
  const parts = files.map((f) => path.resolve(f).split(path.sep).filter((s) => s !== ''));
  const tail = (i: number, n: number): string => parts[i].slice(-n).join(path.sep);
  return files.map((_, i) => {
    const twins = files.map((__, j) => j).filter((j) => j !== i && tail(j, 1) === tail(i, 1));
    let n = 1;
    while (n < parts[i].length && twins.some((j) => tail(j, n) === tail(i, n))) n++;
    return tail(i, n);
  });
}

/**
 * The files given more than once (the same path twice, or a link to one file: `*.xlsx 阿克苏/*.xlsx` over one folder),
 * each with the first path it repeats: read once, and said, or its projects would be counted twice.
 */
export async function sameFiles(files: ReadonlyArray<string>): Promise<Map<number, string>> {
  const first = new Map<string, string>();
  const repeats = new Map<number, string>();
  for (let i = 0; i < files.length; i++) {
    let key = `p:${path.resolve(files[i])}`;
    try {
      const s = await fs.stat(files[i]);
      // (a file system without inode numbers gives 0 to every file)
      if (s.ino) key = `i:${s.dev}:${s.ino}`;
    } catch {
      // not there: the read says so; the same path given twice is still one file
    }
    const seen = first.get(key);
    if (seen === undefined) first.set(key, files[i]);
    else repeats.set(i, seen);
  }
  return repeats;
}

/** The annotated copy's path: the given file, or `<dir>/<name>-标注.xlsx` when a folder is given (one file or several). */
export function annotatedOutput(target: string, input: string, intoDir: boolean, locale: Locale): string {
  return intoDir ? path.join(target, annotatedFileName(path.basename(input), locale)) : target;
}

async function writeOut(file: string, bytes: Uint8Array, inputs: ReadonlyArray<string>, x: SendBackTexts): Promise<boolean> {
  const t = T[x.locale];
  for (const input of inputs) {
    if (await sameFile(file, input)) {
      x.err(t.sameFile(file));
      return false;
    }
  }
  try {
    if ((await writeNewFile(file, bytes, x.force)) === 'exists') {
      x.err(t.exists(file));
      return false;
    }
  } catch (e) {
    x.err(e instanceof OutputRefused ? e.text[x.locale] : t.writeFailed(file, (e as Error).message));
    return false;
  }
  return true;
}

/**
 * Writes the 问题清单 of the checked files; false (after saying why) when it could not. Given a folder, one 问题清单 per
 * file in it (`<name>-问题清单.xlsx`, its folders in the name when two files share one): each prefecture gets back its
 * own problems, those across files that point into its file among them (naming the other file), and an unreadable
 * file its reason. Every list is written that can be; false when one could not.
 */
export async function writeProblemList(file: string, checked: ReadonlyArray<CheckedFile & { path: string }>, x: SendBackTexts): Promise<boolean> {
  if (!(await isDirectory(file))) return writeOneList(file, checked, x);
  const taken = new Set<string>();
  let ok = true;
  for (const c of checked) {
    const base = problemListFileName(c.name.replace(/[\\/]/g, '_'), x.locale);
    let name = base;
    for (let k = 2; taken.has(name); k++) name = base.replace(/\.xlsx$/, `（${k}）.xlsx`);
    taken.add(name);
    if (!(await writeOneList(path.join(file, name), [c], x))) ok = false;
  }
  return ok;
}

async function writeOneList(file: string, checked: ReadonlyArray<CheckedFile & { path: string }>, x: SendBackTexts): Promise<boolean> {
  const layouts = problemListLayouts(checked, { locale: x.locale, date: today() });
  const bytes = await xlsxBytes(layouts.map((layout) => ({ layout })));
  if (!(await writeOut(file, bytes, checked.map((c) => c.path), x))) return false;
  const rows = checked.reduce((n, c) => n + (c.evaluation?.findings.length ?? 0) + (c.across?.length ?? 0), 0);
  x.err(T[x.locale].report(file, rows));
  return true;
}

/** Writes the annotated copy of one submitted file; false (after saying why) when it could not. */
export async function writeAnnotated(
  file: string,
  input: { readonly path: string; readonly bytes: Uint8Array },
  findings: ReadonlyArray<Finding>,
  inputs: ReadonlyArray<string>,
  x: SendBackTexts,
): Promise<boolean> {
  const { annotateXlsx } = await import('../adapters/xlsx/annotate');
  const { nodeInflater } = await import('../adapters/xlsx/inflateNode');
  const r = await annotateXlsx(input.bytes, findings, { locale: x.locale, inflater: nodeInflater });
  if (!r.ok) {
    x.err(T[x.locale].annotateFailed(input.path, r.message[x.locale]));
    return false;
  }
  if (!(await writeOut(file, r.bytes, inputs, x))) return false;
  x.err(T[x.locale].annotated(file, r.cells));
  return true;
}

/** Today as `2019-03-01` (local time). */
export function today(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
