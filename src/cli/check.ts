/** `jx check FILE... [--json] [--lang zh|en] [--report LIST.xlsx] [--annotate OUT.xlsx|DIR] [--force]` */
import path from 'node:path';
import { evaluateWorkbook, readSummaryOf, type WorkbookEvaluation } from '../model/evaluate';
import { readSummaryText } from '../model/messages/read';
import { countBySeverity } from '../model/findingsShown';
import type { Grid } from '../model/grid';
import type { Locale } from '../model/messages';
import type { ReadLimits } from '../adapters/xlsx/budget';
import type { CheckedFile } from '../model/sendback/problemList';
import { jsonSafe, visibleText } from '../model/text/visible';
import { loadWorkbook, xlsxBytes } from './io';
import { countsLine, findingLine, jsonFinding, stageLine } from './report';
import { annotatedOutput, fileNames, problemListTargets, writeAnnotated, writeProblemList, type SendBackTexts } from './sendback';

export interface CheckCliOptions {
  readonly json: boolean;
  readonly locale: Locale;
  /** Reading budgets (default: the CLI's, docs/limits.md). */
  readonly limits?: ReadLimits;
  /** Write the 问题清单 of all files here. */
  readonly report?: string;
  /** Write the annotated copy here (one file), or into this directory (several files). */
  readonly annotate?: string;
  readonly force?: boolean;
  /** Print stack traces of internal errors (JX_DEBUG=1). */
  readonly debug?: boolean;
}

export interface Console {
  out(line: string): void;
  err(line: string): void;
}

const T = {
  'zh-CN': {
    progress: (i: number, n: number, f: string) => `[${i}/${n}] 正在检查 ${f}`,
    cannotRead: '无法读取：',
    internal: (f: string, why: string) =>
      `检查“${f}”时发生内部错误，此文件未能检查完（${why}）。其他文件不受影响。请将此文件和本信息反馈给维护人员；设置环境变量 JX_DEBUG=1 可显示详细信息。`,
  },
  'en-US': {
    progress: (i: number, n: number, f: string) => `[${i}/${n}] checking ${f}`,
    cannotRead: 'Cannot read: ',
    internal: (f: string, why: string) =>
      `An internal error stopped the check of "${f}" (${why}). The other files are not affected. Please report this file and this message to the maintainers; set JX_DEBUG=1 to see the details.`,
  },
} as const;

/** What an unexpected exception says in one line (its class and message, control characters visible). */
export function errorSummary(e: unknown): string {
  if (e instanceof Error) return visibleText(`${e.name}: ${e.message}`.slice(0, 300));
  return visibleText(String(e).slice(0, 300));
}

/** A checked file in the JSON of `jx check`: its stage, what was read, its findings and their counts. */
export function fileJson(file: string, evaluation: WorkbookEvaluation, locale: Locale): Record<string, unknown> {
  const read = readSummaryOf(evaluation);
  const { findings } = evaluation;
  const own = evaluation.check.ownTable;
  // a file of one table (a CSV) was read as no sheet: `read.file` names it, `read.sheets` is empty
  const sheets = own ? read?.sheets.filter((s) => s !== own.sheet) : read?.sheets;
  return {
    file,
    stage: evaluation.check.stage,
    ...(read ? { read: { sheets, ...(own ? { file: own.file } : {}), projects: read.projects } } : {}),
    findings: findings.map((f) => jsonFinding(f, locale, own?.sheet)),
    counts: countBySeverity(findings),
  };
}

/** A checked file as `jx check` prints it: its name, stage, what was read, each finding, the counts. */
export function fileLines(file: string, evaluation: WorkbookEvaluation, locale: Locale): string[] {
  const read = readSummaryOf(evaluation);
  const { findings } = evaluation;
  return [file, '  ' + stageLine(evaluation.check.stage, locale), ...(read ? ['  ' + readSummaryText(read, locale)] : []), ...findings.map((f) => '  ' + findingLine(f, locale, evaluation.check.ownTable?.sheet)), '  ' + countsLine(findings, locale)];
}

/**
 * Returns the exit code: 0 no errors, 1 an error finding in some file, 2 a file could not be read
 * or checked, or an output could not be written. One file's failure never stops the others.
 */
/**
 * The bytes an annotated copy is made from: the .xlsx itself, else (a CSV, an .xls) the grid read
 * from it written as a new .xlsx — the marks go onto a copy, never onto the file checked.
 */
async function annotatable(loaded: { grid: Grid; bytes: Uint8Array; format: string }): Promise<Uint8Array> {
  if (loaded.format === 'xlsx') return loaded.bytes;
  return xlsxBytes(loaded.grid.sheets.map((g) => ({ grid: g })));
}

export async function runCheck(files: ReadonlyArray<string>, opts: CheckCliOptions, io: Console): Promise<number> {
  const t = T[opts.locale];
  // every line a person reads goes out with control and bidi characters made visible
  const out = (l: string): void => io.out(visibleText(l));
  const err = (l: string): void => io.err(visibleText(l));
  const targets = await problemListTargets(files, opts, err);
  if (targets === null) return 2;
  let code = 0;
  const json: unknown[] = [];
  const checked: Array<CheckedFile & { path: string; bytes?: Uint8Array }> = [];
  // Each file's name in the 问题清单: its base name, with as much of its folders as tells two of one name apart
  // (a/x.xlsx and b/x.xlsx were both x.xlsx in one list), as jx merge names them; a path given twice is one name.
  const distinct = [...new Set(files.map((f) => path.resolve(f)))];
  const named = new Map(fileNames(distinct).map((n, i) => [distinct[i], n] as const));
  const nameOf = (file: string): string => named.get(path.resolve(file))!;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (files.length > 1) err(t.progress(i + 1, files.length, file));
    try {
      // (number formats: the percent ones alone, which the indicator reader reads; nothing else of the check reads one)
      const loaded = await loadWorkbook(file, opts.limits, { numberFormats: false });
      if (!loaded.ok) {
        code = 2;
        const message = loaded.message[opts.locale];
        checked.push({ path: file, name: nameOf(file), error: message });
        if (opts.json) json.push({ file, error: message, findings: [], counts: { error: 0, warning: 0, info: 0 } });
        else {
          out(file);
          out(`  ${t.cannotRead}${message}`);
        }
        err(`${file}: ${message}`);
        continue;
      }
      // The task pane's pipeline, so that the scoring findings (W003, W004, W006, W007, W009–W011) are reported too.
      const evaluation = evaluateWorkbook(loaded.grid, { fileName: path.basename(file) });
      const { findings } = evaluation;
      const counts = countBySeverity(findings);
      if (counts.error > 0 && code === 0) code = 1;
      checked.push({ path: file, name: nameOf(file), grid: loaded.grid, evaluation, bytes: targets.annotate ? await annotatable(loaded) : undefined });
      if (opts.json) json.push(fileJson(file, evaluation, opts.locale));
      else for (const l of fileLines(file, evaluation, opts.locale)) out(l);
    } catch (e) {
      // A bug met on this file: said in words, the file counted as not checked, the others go on.
      code = 2;
      const message = t.internal(file, errorSummary(e));
      checked.push({ path: file, name: nameOf(file), error: message });
      if (opts.json) json.push({ file, error: message, findings: [], counts: { error: 0, warning: 0, info: 0 } });
      else {
        out(file);
        out(`  ${message}`);
      }
      err(message);
      if (opts.debug && e instanceof Error && e.stack) io.err(e.stack);
    }
  }
  if (opts.json) io.out(jsonSafe(JSON.stringify(json, null, 2)));

  const texts: SendBackTexts = { locale: opts.locale, force: opts.force ?? false, err };
  if (targets.report && !(await writeProblemList(targets.report, checked, texts))) code = 2;
  if (targets.annotate) {
    for (const c of checked) {
      if (!c.evaluation || !c.bytes) continue;
      const target = annotatedOutput(targets.annotate, c.path, targets.annotateDir, opts.locale);
      if (!(await writeAnnotated(target, { path: c.path, bytes: c.bytes }, c.evaluation.findings, files, texts))) code = 2;
    }
  }
  return code;
}
