/**
 * `jx check --across FILE... [--profile P]` and `jx merge FILE... -o 汇总.xlsx [--profile P] [--draft] [--force]`
 * (issue 20): the files read in parallel (readPool.ts), each checked on its own against the
 * province's 配置, then the cross-file rules; `merge` also writes the consolidated workbook
 * (model/across/consolidate.ts) — never over an existing file without --force, never over an input, never from files
 * with structural errors (structuralRefusal) without --draft.
 */
import { promises as fs } from 'node:fs';
import { checkAcross, type AcrossFinding, type AcrossInput, type AcrossResult } from '../model/across';
import { consolidate, mergeRefusal, structuralRefusal } from '../model/across/consolidate';
import { countBySeverity } from '../model/findingsShown';
import { ownTableOf } from '../model/gridWhole';
import type { Locale } from '../model/messages';
import { fenToDecimal } from '../model/money';
import { MONEY_UNIT_TEXT } from '../model/rules/define';
import { MERGED_FILE_NAME } from '../model/text/fileNames';
import { jsonSafe, visibleText } from '../model/text/visible';
import type { ReadLimits } from '../adapters/xlsx/budget';
import { fileJson, fileLines, type Console } from './check';
import { outputProblem, sameFile, writeNewFile, xlsxBytes } from './io';
import { readAll } from './readPool';
import { countsLine, failureSink, findingLine, jsonFinding } from './report';
import { fileNames, problemListTargets, sameFiles, writeProblemList } from './sendback';
import type { CheckedFile } from '../model/sendback/problemList';

export interface AcrossCliOptions {
  readonly json: boolean;
  readonly locale: Locale;
  readonly limits?: ReadLimits;
  /** The province's 配置 and 绩效指标 (else the first file that has them). */
  readonly profile?: string;
  readonly output?: string;
  readonly force?: boolean;
  /** Merge even files with structural errors (structuralRefusal), saying so. */
  readonly draft?: boolean;
  /** The most projects `jx merge` puts in one 项目台账 (MAX_CONSOLIDATED_PROJECTS; smaller only in tests). */
  readonly maxProjects?: number;
}

const T = {
  'zh-CN': {
    cannotRead: (f: string, why: string) => `${f}：无法读取：${why}`,
    givenTwice: (f: string, first: string) => `“${f}”与“${first}”是同一个文件，只读取一次（重复给出的文件不会重复计入）。`,
    across: '跨文件检查',
    pairs: '涉及的文件对',
    pair: (a: string, b: string, n: number) => `  ${a} ↔ ${b}：${n} 个问题`,
    none: '  未发现跨文件问题。',
    profileFrom: (f: string) => `配置与绩效指标取自：${f}`,
    /** 配置 of one file, 绩效指标 of another: the first file with a 配置 has none. */
    profileAndIndicatorsFrom: (p: string, i: string) => `配置取自：${p}；绩效指标取自：${i}（${p} 中没有“绩效指标”工作表）`,
    /** The 配置 taken is of another year than most files, and no file of their year has one. */
    yearWritten: (from: number, to: number) => `该文件“配置”的评价年度为 ${from} 年，而多数文件为 ${to} 年度，且没有 ${to} 年度的文件含“配置”：检查与汇总按 ${to} 年度计，汇总中的“配置”评价年度写为 ${to}，其预算数仍为该文件所填，请核对。`,
    /** The chosen (or first) file has one of the two sheets, or (`--profile`) neither. */
    profileOnly: (f: string) => `配置取自：${f}。注意：该文件中没有“绩效指标”工作表，汇总中没有绩效指标，无法据此生成自评表。`,
    indicatorsOnly: (f: string) => `绩效指标取自：${f}。注意：该文件中没有“配置”工作表，各文件按各自的配置（没有的按默认配置）检查，汇总中没有配置。`,
    neither: (f: string) => `注意：--profile 指定的“${f}”中既没有“配置”也没有“绩效指标”工作表，未能用作全区的配置：各文件按各自的配置（没有的按默认配置）检查，汇总中没有配置与绩效指标，无法据此生成自评表。`,
    noProfile: '所有文件都没有“配置”工作表：各地州市按默认配置检查，汇总中没有配置与绩效指标，无法据此生成自评表。',
    notMerged: (n: number) => `未生成汇总：有 ${n} 个文件无法读取。汇总缺少文件会得出错误的全区数字；请修正或去掉这些文件后再合并。`,
    exists: (f: string) => `文件“${f}”已存在，未覆盖。如需覆盖请加 --force。`,
    draftHint: '如确需先看一份汇总，请加 --draft（汇总的数字将不完整或不可靠）。',
    draftWritten: '注意：这是草稿：被合并的文件有结构错误、金额单位存疑或不是同一项资金，汇总的数字不完整或不可靠。',
    isInput: (f: string) => `输出文件“${f}”是要合并的文件之一：本工具从不修改被合并的文件。`,
    written: (f: string, files: number, projects: number, sheets: ReadonlyArray<string>) => `已生成“${f}”：${files} 个文件，${projects} 个项目（工作表：${sheets.join('、')}）。`,
    total: (n: number, approved: string, disbursed: string, unit: string) => `合计：${n} 个项目，财政支持资金 ${approved} ${unit}，本年拨付 ${disbursed} ${unit}。`,
    internal: (why: string) => `内部错误（${why}）。设置环境变量 JX_DEBUG=1 可显示详细信息。`,
  },
  'en-US': {
    cannotRead: (f: string, why: string) => `${f}: cannot read: ${why}`,
    givenTwice: (f: string, first: string) => `"${f}" is the same file as "${first}": read once (a file given twice is not counted twice).`,
    across: 'Across files',
    pairs: 'File pairs',
    pair: (a: string, b: string, n: number) => `  ${a} ↔ ${b}: ${n} finding(s)`,
    none: '  No finding across files.',
    profileFrom: (f: string) => `Profile and indicators taken from: ${f}`,
    profileAndIndicatorsFrom: (p: string, i: string) => `Profile taken from: ${p}; indicators taken from: ${i}, as ${p} has no indicator sheet (绩效指标)`,
    yearWritten: (from: number, to: number) => `Its profile evaluates ${from}, but most files are of ${to} and none of them has a profile: the files are checked and consolidated as of ${to}, the consolidated profile says ${to}, and its budget figures are still that file's: check them.`,
    profileOnly: (f: string) => `Profile taken from: ${f}. Note: it has no indicator sheet (绩效指标), so the consolidated workbook has no indicators and no self-evaluation table can be built from it.`,
    indicatorsOnly: (f: string) => `Indicators taken from: ${f}. Note: it has no profile sheet (配置), so each file is checked with its own profile (or the default one), and the consolidated workbook has no profile.`,
    neither: (f: string) => `Note: "${f}", given as --profile, has neither a profile sheet (配置) nor an indicator sheet (绩效指标) and could not serve as the province's profile: each file is checked with its own profile (or the default one), and the consolidated workbook has no profile or indicators to build the self-evaluation table from.`,
    noProfile: 'No file has a profile sheet (配置): each file is checked with the default profile, and the consolidated workbook has no profile or indicators to build the self-evaluation table from.',
    notMerged: (n: number) => `Nothing was merged: ${n} file(s) could not be read. A consolidation without them would give wrong province-wide figures; fix or leave out those files and merge again.`,
    exists: (f: string) => `"${f}" exists and was not overwritten. Use --force to overwrite it.`,
    draftHint: 'To see a consolidation anyway, add --draft (its figures will be incomplete or unreliable).',
    draftWritten: 'Note: this is a draft: files merged have structural errors, a doubtful money unit or are not all of one fund, and the figures are incomplete or unreliable.',
    isInput: (f: string) => `The output "${f}" is one of the files to merge: this tool never modifies the files it merges.`,
    written: (f: string, files: number, projects: number, sheets: ReadonlyArray<string>) => `Wrote "${f}": ${files} file(s), ${projects} project(s) (sheets: ${sheets.join(', ')}).`,
    total: (n: number, approved: string, disbursed: string, unit: string) => `Total: ${n} project(s), fiscal support ${approved} ${unit}, paid this year ${disbursed} ${unit}.`,
    internal: (why: string) => `Internal error (${why}). Set JX_DEBUG=1 to see the details.`,
  },
} as const;

/** Each file read that is one table (a CSV: CheckResult.ownTable), by its name: the sheet it was read as, which names no sheet. */
type OwnSheets = ReadonlyMap<string, string>;

function ownSheetsOf(loaded: Loaded): OwnSheets {
  const own = new Map<string, string>();
  for (const i of [...loaded.inputs, ...(loaded.profile ? [loaded.profile] : [])]) {
    const t = ownTableOf(i.grid);
    if (t) own.set(i.file, t.sheet);
  }
  return own;
}

/** A cross-file finding as one line: its file, then the line `jx check` prints. */
function acrossLine(f: AcrossFinding, locale: Locale, own: OwnSheets): string {
  return `${f.file}: ${findingLine(f, locale, own.get(f.file))}`;
}

interface Loaded {
  /** The files given, less those given twice (sameFiles), in order. */
  readonly files: ReadonlyArray<string>;
  /** The name of each path read (fileNames): its base name, with its folders when two files share it. */
  readonly names: ReadonlyMap<string, string>;
  readonly inputs: AcrossInput[];
  readonly profile?: AcrossInput;
  /** Files that could not be read, with why. */
  readonly failed: Array<{ file: string; message: string }>;
}

/** Reads the files and the profile (in parallel threads); a file given twice is read once, and said on stderr. */
async function loadAll(given: ReadonlyArray<string>, opts: AcrossCliOptions, err: (line: string) => void): Promise<Loaded> {
  const repeats = await sameFiles(given);
  for (const [i, first] of repeats) err(T[opts.locale].givenTwice(given[i], first));
  const files = given.filter((_, i) => !repeats.has(i));
  // the 配置 file may be one of the files (the province's own ledger among them): one file, one name
  let profileAt = -1;
  if (opts.profile !== undefined)
    for (let i = 0; i < files.length && profileAt < 0; i++) if (await sameFile(opts.profile, files[i])) profileAt = i;
  const named = fileNames(opts.profile !== undefined && profileAt < 0 ? [...files, opts.profile] : files);
  const names = new Map(files.map((f, i) => [f, named[i]] as const));
  if (opts.profile !== undefined) names.set(opts.profile, named[profileAt < 0 ? files.length : profileAt]);
  const all = opts.profile !== undefined ? [...files, opts.profile] : [...files];
  const read = await readAll(all, opts.limits);
  const inputs: AcrossInput[] = [];
  const failed: Loaded['failed'] = [];
  let profile: AcrossInput | undefined;
  read.forEach((r, i) => {
    const file = all[i];
    if (r.result?.ok) {
      const input = { file: names.get(file)!, grid: r.result.grid };
      if (opts.profile !== undefined && i === all.length - 1) profile = input;
      else inputs.push(input);
    } else failed.push({ file, message: r.result && !r.result.ok ? r.result.message[opts.locale] : T[opts.locale].internal(visibleText(r.error ?? '')) });
  });
  return { files, names, inputs, ...(profile ? { profile } : {}), failed };
}

/** The JSON of the cross-file part: the findings (each with its file) and the file pairs. */
function acrossJson(r: AcrossResult, locale: Locale, own: OwnSheets): Record<string, unknown> {
  return {
    profile: r.province?.file ?? null,
    // the file 绩效指标 came from when it is another than `profile`'s
    indicatorFile: r.province?.indicatorFile ?? null,
    // the sheets that file gave (a --profile file may have neither)
    profileSheets: { profile: r.province?.profileSheet?.name ?? null, indicators: r.province?.indicatorSheet?.name ?? null },
    findings: r.findings.map((f) => ({ file: f.file, ...jsonFinding(f, locale, own.get(f.file)) })),
    pairs: r.pairs.map((p) => ({ files: p.files, rules: p.rules, counts: p.counts })),
    counts: countBySeverity(r.findings),
  };
}

/** Where the province's 配置 and 绩效指标 came from, and what the chosen file lacks of them. */
function provinceLine(p: AcrossResult['province'], locale: Locale): string {
  const t = T[locale];
  if (!p) return t.noProfile;
  if (p.profileSheet && p.indicatorSheet) return p.indicatorFile === p.file ? t.profileFrom(p.file) : t.profileAndIndicatorsFrom(p.file, p.indicatorFile!);
  if (p.profileSheet) return t.profileOnly(p.file);
  return p.indicatorSheet ? t.indicatorsOnly(p.file) : t.neither(p.file);
}

/** The lines of the cross-file part. */
function acrossLines(r: AcrossResult, locale: Locale, own: OwnSheets): string[] {
  const t = T[locale];
  const lines = [t.across, '  ' + provinceLine(r.province, locale)];
  const written = r.province?.yearWritten;
  if (written) lines.push('  ' + t.yearWritten(written.from, written.to));
  if (!r.findings.length) lines.push(t.none);
  for (const f of r.findings) lines.push('  ' + acrossLine(f, locale, own));
  if (r.pairs.length) {
    lines.push(t.pairs);
    for (const p of r.pairs) lines.push(t.pair(p.files[0], p.files[1], p.counts.error + p.counts.warning + p.counts.info));
  }
  lines.push('  ' + countsLine(r.findings, locale));
  return lines;
}

const hasErrors = (r: AcrossResult): boolean =>
  countBySeverity(r.findings).error > 0 || r.files.some((f) => countBySeverity(f.evaluation.findings).error > 0);

/**
 * `jx check --across`: exit 0 no errors, 1 an error in a file or across, 2 a file could not be read (or the 问题清单
 * not written). With `--report`, one 问题清单 of every file: its own findings, then those across files that point into
 * it (X001–X006: a project sent by two prefectures is to be corrected in both), each under its file.
 */
export async function runCheckAcross(files: ReadonlyArray<string>, opts: AcrossCliOptions & { readonly report?: string }, io: Console): Promise<number> {
  const out = (l: string): void => io.out(visibleText(l));
  const err = (l: string): void => io.err(visibleText(l));
  const inputs = [...files, ...(opts.profile !== undefined ? [opts.profile] : [])];
  // an output that cannot be written is said before the files are read
  if (opts.report !== undefined && (await problemListTargets(inputs, { report: opts.report, locale: opts.locale }, err)) === null) return 2;
  const loaded = await loadAll(files, opts, err);
  for (const f of loaded.failed) io.err(visibleText(T[opts.locale].cannotRead(f.file, f.message)));
  const r = checkAcross(loaded.inputs, loaded.profile ? { profile: loaded.profile } : {});
  if (opts.json) {
    const perFile = [...r.files.map((f) => fileJson(f.file, f.evaluation, opts.locale)), ...loaded.failed.map((f) => ({ file: f.file, error: f.message, findings: [], counts: { error: 0, warning: 0, info: 0 } }))];
    io.out(jsonSafe(JSON.stringify({ files: perFile, across: acrossJson(r, opts.locale, ownSheetsOf(loaded)) }, null, 2)));
  } else {
    for (const f of r.files) for (const l of fileLines(f.file, f.evaluation, opts.locale)) out(l);
    for (const l of acrossLines(r, opts.locale, ownSheetsOf(loaded))) out(l);
  }
  if (opts.report !== undefined && !(await writeProblemList(opts.report, acrossChecked(opts.profile, loaded, r), { locale: opts.locale, force: opts.force ?? false, err }))) return 2;
  if (loaded.failed.length) return 2;
  return hasErrors(r) ? 1 : 0;
}

/**
 * The files of a check across as the 问题清单 lists them, in the order given: each read file with its evaluation and
 * the findings across files that point into it, each unreadable one with its reason, and the province's 配置 given
 * apart (--profile) when findings across point into it (X004 at its allocation table).
 */
function acrossChecked(profile: string | undefined, loaded: Loaded, r: AcrossResult): Array<CheckedFile & { path: string }> {
  const failed = new Map(loaded.failed.map((f) => [f.file, f.message]));
  const evaluations = new Map(r.files.map((f) => [f.file, f.evaluation]));
  const grids = new Map([...loaded.inputs, ...(loaded.profile ? [loaded.profile] : [])].map((i) => [i.file, i.grid]));
  const acrossIn = (name: string): AcrossFinding[] => r.findings.filter((f) => f.file === name);
  const out: Array<CheckedFile & { path: string }> = loaded.files.map((file) => {
    const name = loaded.names.get(file)!;
    const error = failed.get(file);
    if (error !== undefined) return { path: file, name, error };
    const across = acrossIn(name);
    return { path: file, name, grid: grids.get(name), evaluation: evaluations.get(name), ...(across.length ? { across } : {}) };
  });
  if (profile !== undefined && loaded.profile && !loaded.files.some((f) => loaded.names.get(f) === loaded.profile!.file)) {
    const across = acrossIn(loaded.profile.file);
    if (across.length) out.push({ path: profile, name: loaded.profile.file, grid: loaded.profile.grid, across });
  }
  return out;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}

/** `jx merge`: exit 0 written and clean, 1 written with errors found, 2 nothing written. */
export async function runMerge(files: ReadonlyArray<string>, opts: AcrossCliOptions, io: Console): Promise<number> {
  const t = T[opts.locale];
  const err = (l: string): void => io.err(visibleText(l));
  // every refusal before the file is written: its line on stderr, and with --json the error object on stdout
  const fail = failureSink(files, opts.json, { out: (l) => io.out(l), err });
  const output = opts.output ?? MERGED_FILE_NAME[opts.locale];
  for (const f of [...files, ...(opts.profile !== undefined ? [opts.profile] : [])])
    if (await sameFile(output, f)) {
      fail(t.isInput(output));
      return 2;
    }
  // said before minutes of reading, and again (atomically) when writing
  const problem = await outputProblem(output, '.xlsx');
  if (problem) {
    fail(problem.text[opts.locale]);
    return 2;
  }
  if (!opts.force && (await exists(output))) {
    fail(t.exists(output));
    return 2;
  }
  const loaded = await loadAll(files, opts, err);
  if (loaded.failed.length) {
    for (const f of loaded.failed) err(t.cannotRead(f.file, f.message));
    // each unreadable file with its reason, as jx check --json gives a file it cannot read
    fail(t.notMerged(loaded.failed.length), { files: loaded.failed.map((f) => ({ file: f.file, error: f.message })) });
    return 2;
  }
  const r = checkAcross(loaded.inputs, loaded.profile ? { profile: loaded.profile } : {});
  // before the consolidation is built: one sheet cannot hold them, and Excel would refuse the file
  const refusal = mergeRefusal(r, opts.maxProjects);
  if (refusal) {
    fail(refusal[opts.locale]);
    return 2;
  }
  // a file read in doubt (a column not found, a CSV quote never closed) gives wrong province-wide figures
  const structural = structuralRefusal(r);
  if (structural && !opts.draft) {
    if (opts.json) io.out(jsonSafe(JSON.stringify({ input: loaded.inputs.map((i) => i.file), file: null, refused: true, errors: structural.errors.map((f) => ({ file: f.file, ...jsonFinding(f, opts.locale, ownSheetsOf(loaded).get(f.file)) })) }, null, 2)));
    err(structural.text[opts.locale]);
    for (const f of structural.errors) err('  ' + acrossLine(f, opts.locale, ownSheetsOf(loaded)));
    err(t.draftHint);
    return 2;
  }
  const merged = consolidate(r);
  const bytes = await xlsxBytes(merged.sheets, true);
  if ((await writeNewFile(output, bytes, opts.force ?? false)) === 'exists') {
    fail(t.exists(output));
    return 2;
  }
  const unit = r.province?.profile.unit ?? '万元';
  const money = (f: number): string => fenToDecimal(f, unit);
  if (opts.json) {
    io.out(jsonSafe(JSON.stringify({
      file: output,
      draft: structural !== null,
      projects: merged.projects,
      files: r.files.map((f) => ({ file: f.file, projects: f.evaluation.check.ledger?.projects.length ?? 0, counts: countBySeverity(f.evaluation.findings) })),
      regions: merged.regions.map((x) => ({ region: x.region, projects: x.projects, newProjects: x.newProjects, carried: x.carried, approved: money(x.approved), disbursed: money(x.disbursed), socialInvestment: money(x.social), ...(x.allocated !== undefined ? { allocated: money(x.allocated) } : {}), errors: x.errors, warnings: x.warnings, files: x.files })),
      total: { projects: merged.total.projects, approved: money(merged.total.approved), disbursed: money(merged.total.disbursed), socialInvestment: money(merged.total.social) },
      across: acrossJson(r, opts.locale, ownSheetsOf(loaded)),
    }, null, 2)));
  } else {
    const out = (l: string): void => io.out(visibleText(l));
    // the names as written: without a 配置 there is no 配置 or 绩效指标, and a name taken already was given a suffix
    out(t.written(output, r.files.length, merged.projects, merged.sheets.map((x) => (x.grid ?? x.layout).name)));
    if (structural) out(t.draftWritten);
    out(t.total(merged.total.projects, money(merged.total.approved), money(merged.total.disbursed), MONEY_UNIT_TEXT[unit][opts.locale]));
    for (const f of r.files) out(`  ${f.file}: ${countsLine(f.evaluation.findings, opts.locale)}`);
    for (const l of acrossLines(r, opts.locale, ownSheetsOf(loaded))) out(l);
  }
  return hasErrors(r) ? 1 : 0;
}

