/**
 * Several workbooks at once (issue 20): each file checked on its own (against the province's 配置
 * when it has none of its own), then the cross-file rules (rules/across.ts) over all of them.
 * Pure: the workbooks come in already read, each with its file name; file I/O and worker threads
 * are the CLI's and the page's.
 */
import { locateWorkbookSheets, titleYear } from '../check';
import { ownTableOf } from '../gridWhole';
import { evaluateWorkbook, type WorkbookEvaluation } from '../evaluate';
import { capPerRule, sortFindings, type Finding, type Severity } from '../findings';
import { countBySeverity } from '../findingsShown';
import type { Grid, GridSheet } from '../grid';
import { ledgerParts } from '../read/ledgerSheets';
import { readAllocations, type AllocationsRead } from '../read/allocations';
import { readProfile, type ProfileRead } from '../read/profile';
import { DEFAULT_REGIONS, XINJIANG_PREFECTURES } from '../read/regions';
import { budgetRules, W001, W002 } from '../rules/workbook';
import { sumFen } from '../aggregates';
import type { Profile, Project } from '../records';
import { fundLine, namesAnyFund, regionNamer, runAcrossRules, yearOfFiles, type FileFinding, type FileFund, type FileYear, type PlacedProject } from '../rules/across';

export { idKey, regionNamer, type FileFinding, type PlacedProject } from '../rules/across';

/** A workbook already read, with the name of its file. */
export interface AcrossInput {
  readonly file: string;
  readonly grid: Grid;
}

export interface AcrossOptions {
  /** The province's 配置 and 绩效指标 (`--profile`); else the first file that has them. */
  readonly profile?: AcrossInput;
}

/** A finding of a cross-file rule, in the file it is about. */
export type AcrossFinding = FileFinding<Finding>;

/** Two files that share findings: how many, by rule and by severity. */
export interface FilePair {
  readonly files: readonly [string, string];
  readonly rules: Readonly<Record<string, number>>;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Where the province's 配置 and 绩效指标 come from. */
export interface ProvinceSource {
  readonly file: string;
  readonly profileSheet?: GridSheet;
  readonly indicatorSheet?: GridSheet;
  /** The file indicatorSheet is of: `file`, or another when the first file with a 配置 has no 绩效指标 and a later one has. */
  readonly indicatorFile?: string;
  /** 报告素材 of the same file as the 配置 (the province's report text), copied into the consolidation for `jx report`. */
  readonly materialSheet?: GridSheet;
  readonly profile: Profile;
  /** The 配置 as read, with its cells (where the budget rules point). */
  readonly profileRead: ProfileRead;
  readonly allocations?: AllocationsRead;
  /** The 评价年度 its 配置 gives (`from`), written as the merge's (`to`): no file of that year has a 配置 (provinceSource). */
  readonly yearWritten?: { readonly from: number; readonly to: number };
}

export interface AcrossResult {
  /** Each file's own evaluation, in the order given. */
  readonly files: ReadonlyArray<{ readonly file: string; readonly evaluation: WorkbookEvaluation }>;
  /** Every cross-file finding, by file (in the order given), then sheet, row and column; at most 1,000 of a rule in a file (capAcross). */
  readonly findings: ReadonlyArray<AcrossFinding>;
  readonly pairs: ReadonlyArray<FilePair>;
  readonly province?: ProvinceSource;
  /** The year the files are of (yearOfFiles: `--profile`'s 评价年度, else the year most files name), when any is named. */
  readonly fiscalYear?: number;
}

/**
 * The province's 配置 and 绩效指标: of `profile`, else of the first file that has each, both of that file where the 配置's
 * has a 绩效指标 (a file of 绩效指标 alone before it does not part them; `indicatorFile` names where they part) — once the merge's year is known
 * (`year`, yearOfFiles), the first of the files not of another year (`year.other`: a 配置 of 2019 among files of 2020 under a
 * 汇总 of 2020 gave `jx selfeval` of that 汇总 a 2019年度 自评表). Where only a file of another year has a 配置, its 评价年度
 * is written as the merge's (ofYear): the files without one are checked as of that year, and the 汇总's 配置 says it.
 */
export function provinceSource(
  inputs: ReadonlyArray<AcrossInput>,
  profile?: AcrossInput,
  year?: { readonly year: number; readonly other: ReadonlySet<string> },
): ProvinceSource | undefined {
  const ordered = year ? [...inputs.filter((i) => !year.other.has(i.file)), ...inputs.filter((i) => year.other.has(i.file))] : inputs;
  const located = (profile ? [profile] : ordered).map((i) => ({ file: i.file, ...locateWorkbookSheets(i.grid) }));
  const withProfile = located.find((l) => l.profile);
  // the 绩效指标 of the 配置's own file where it has one, of the merge's year: the two are the province's pair
  const paired = withProfile?.indicators && !year?.other.has(withProfile.file);
  const withIndicators = profile ? located[0] : paired ? withProfile : located.find((l) => l.indicators);
  if (!withProfile && !withIndicators) return undefined;
  let read = readProfile(withProfile?.profile);
  let profileSheet = withProfile?.profile;
  let yearWritten: ProvinceSource['yearWritten'];
  if (year && profileSheet && read.profile.fiscalYear !== undefined && read.profile.fiscalYear !== year.year) {
    yearWritten = { from: read.profile.fiscalYear, to: year.year };
    profileSheet = ofYear(profileSheet, read, year.year);
    read = readProfile(profileSheet);
  }
  const p = read.profile;
  const source = withProfile ?? withIndicators!;
  const materialSheet = source.material;
  return {
    file: source.file,
    profileSheet,
    indicatorSheet: withIndicators?.indicators,
    ...(withIndicators?.indicators ? { indicatorFile: withIndicators.file } : {}),
    ...(materialSheet ? { materialSheet } : {}),
    profile: p,
    profileRead: read,
    allocations: readAllocations(profileSheet, p.unit, new Set(p.regions)),
    ...(yearWritten ? { yearWritten } : {}),
  };
}

/** A 配置 with `year` in its 评价年度 cell (read.cells.fiscalYear), the rest as it is. */
function ofYear(sheet: GridSheet, read: ProfileRead, year: number): GridSheet {
  const at = read.cells.fiscalYear!;
  const o = sheet.origin ?? { row: 0, col: 0 };
  const values = sheet.values.map((r, i) => (i === at.row - o.row ? Object.assign([...r], { [at.col - o.col]: year }) : r));
  return { ...sheet, values };
}

/** The official 地州市 of a project across files: as read against the province's 地区范围 (else the default list). */
export function provinceRegionOf(province: ProvinceSource | undefined): (p: Project) => string | undefined {
  return regionNamer(new Set(province?.profile.regions ?? DEFAULT_REGIONS));
}

/** A file's grid as it is checked: with the province's 配置 when it has none (findings on that borrowed sheet are the province file's, not this one's). */
function withProvinceProfile(grid: Grid, province: ProvinceSource | undefined): { grid: Grid; borrowed?: string } {
  const sheet = province?.profileSheet;
  if (!sheet || locateWorkbookSheets(grid).profile || grid.sheets.some((s) => s.name === sheet.name)) return { grid };
  return { grid: { sheets: [sheet, ...grid.sheets] }, borrowed: sheet.name };
}

/** The province's own level in the list of 地州市 (自治区本级): not a prefecture that sends a ledger. */
const PROVINCE_LEVEL: ReadonlySet<string> = new Set(DEFAULT_REGIONS.filter((r) => !XINJIANG_PREFECTURES.includes(r)));

/** The rules of the 配置's budget against the ledger's payments (rules/workbook.ts budgetRules). */
const BUDGET_RULES: ReadonlySet<string> = new Set([W001.id, W002.id]);

/** Whether a 配置 gives the province's budget (年初预算数, 全年预算数, 全年执行数 all as the province's, one at least given). */
function sameBudget(own: Profile, province: Profile): boolean {
  const keys = ['budgetInitial', 'budget', 'executed'] as const;
  return keys.some((k) => province[k] !== undefined) && keys.every((k) => own[k] === province[k]);
}

/**
 * Each file's evaluation, against the province's 配置 where the file has none. A file of 配置 and
 * 绩效指标 without a ledger is the province's own (what `--profile` names): no ledger is missing there.
 */
export function evaluateFile(input: AcrossInput, province: ProvinceSource | undefined): WorkbookEvaluation {
  const { grid, borrowed } = withProvinceProfile(input.grid, province);
  const evaluated = evaluateWorkbook(grid, { fileName: input.file });
  // a CSV given the province's 配置 is still a file of one table: its own findings name no sheet
  const ownTable = borrowed !== undefined ? ownTableOf(input.grid) : undefined;
  const e = ownTable ? { ...evaluated, check: { ...evaluated.check, ownTable } } : evaluated;
  const located = locateWorkbookSheets(input.grid);
  const provinceOnly = !located.ledgerSheets.length && (located.profile !== undefined || located.indicators !== undefined);
  // the province's 配置 in this file: its budget is the province's, checked on the consolidated totals (acrossFindings)
  // or a copy of it: a prefecture's file made from the province's template, 配置 and all, carries the province's budget
  // (全年执行数 1200 against the 34 万元 of 吐鲁番's projects was a W001 sent back to 吐鲁番)
  const provinceProfile =
    province?.profileSheet !== undefined && located.profile !== undefined && (located.profile === province.profileSheet || sameBudget(e.check.profile, province.profile))
      ? located.profile.name
      : undefined;
  if (borrowed === undefined && !provinceOnly && provinceProfile === undefined) return e;
  const findings = e.findings.filter(
    (f) =>
      f.sheet !== borrowed &&
      !(provinceOnly && f.rule === 'S001' && (f.params as { kind?: string }).kind === 'ledger') &&
      !(f.sheet === provinceProfile && BUDGET_RULES.has(f.rule)),
  );
  return { ...e, findings };
}

/** Every project of every file, with its file, sheet and columns. */
export function placedProjects(files: AcrossResult['files']): PlacedProject[] {
  const out: PlacedProject[] = [];
  for (const { file, evaluation } of files) {
    const ledger = evaluation.check.ledger;
    if (!ledger) continue;
    for (const part of ledgerParts(ledger)) {
      const t = part.table;
      const base = { file, sheet: t.sheet.name, columns: t.columns, firstCol: t.sheet.origin?.col ?? 0, headerRow: t.headerRow, ...(t.sheet.namedAfterFile !== undefined ? { inFile: true } : {}) };
      for (const project of part.projects) out.push({ ...base, project });
    }
  }
  return out;
}

/** The pairs of files the findings name (a finding and the other file it names). */
export function filePairs(findings: ReadonlyArray<AcrossFinding>): FilePair[] {
  const pairs = new Map<string, { files: [string, string]; rules: Record<string, number>; findings: Finding[] }>();
  for (const f of findings) {
    const other = (f.params as { otherFile?: string }).otherFile;
    if (other === undefined) continue;
    const files: [string, string] = f.file <= other ? [f.file, other] : [other, f.file];
    const key = files.join('\u0000');
    const p = pairs.get(key) ?? { files, rules: {}, findings: [] };
    p.rules[f.rule] = (p.rules[f.rule] ?? 0) + 1;
    p.findings.push(f);
    pairs.set(key, p);
  }
  return [...pairs.values()].map((p) => ({ files: p.files, rules: p.rules, counts: countBySeverity(p.findings) }));
}

/** Runs the cross-file rules over already evaluated files. */
export function acrossFindings(
  files: AcrossResult['files'],
  province: ProvinceSource | undefined,
  years: ReadonlyArray<FileYear> = [],
  funds: ReadonlyArray<FileFund> = [],
  profileGiven = false,
  /** The first 配置's 评价年度 where the province's 配置 was then taken from a file of the year most files name (checkAcross). */
  firstYear: number | undefined = province?.profile.fiscalYear,
): AcrossFinding[] {
  const found: AcrossFinding[] = [];
  const allocations = province?.allocations;
  const regionOf = provinceRegionOf(province);
  if (allocations) for (const f of allocations.findings) found.push({ ...f, file: province.file });
  // The province's budget against the payments of all files (a prefecture's file pays part of it), when the files are
  // the whole province: every 地州市 its 配置 lists has projects in them, the province's own level aside (a check of 2
  // of 14 files is not short of 12).
  if (province?.profileSheet) {
    const ledgers = files.map((f) => f.evaluation.check.ledger).filter((l) => l?.table.columns.disbursed !== undefined);
    const regions = new Set<string>();
    for (const l of ledgers) for (const p of l!.projects) regions.add(regionOf(p) ?? '');
    if (province.profile.regions.every((r) => regions.has(r) || PROVINCE_LEVEL.has(r))) {
      const paid = ledgers.length ? sumFen(ledgers.flatMap((l) => l!.projects.map((p) => p.disbursed ?? 0))) : undefined;
      budgetRules(province.profileRead, province.profileSheet.name, paid, (f) => void found.push({ ...f, file: province.file }));
    }
  }
  const fiscalYear = firstYear;
  runAcrossRules(
    {
      projects: placedProjects(files),
      unit: province?.profile.unit ?? '万元',
      regionOf,
      ...(allocations && province ? { allocations: { ...allocations, file: province.file } } : {}),
      years: { ...(fiscalYear !== undefined ? { fiscalYear, given: profileGiven } : {}), files: years },
      // the fund the province's 配置 names; its default name (no 项目名称 row) names none
      funds: {
        ...(province?.profileRead.cells.projectName && namesAnyFund(province.profile.projectName)
          ? { province: { name: province.profile.projectName, file: province.file, given: profileGiven } }
          : {}),
        files: funds,
      },
    },
    (f) => void found.push(f as AcrossFinding),
  );
  const order = new Map(files.map((f, i) => [f.file, i] as const));
  const byFile = new Map<string, AcrossFinding[]>();
  for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const sorted = [...byFile.entries()].sort(([a], [b]) => (order.get(a) ?? files.length) - (order.get(b) ?? files.length) || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.flatMap(([, fs]) => sortFindings(fs) as AcrossFinding[]);
}

/**
 * The year each prefecture's file names for itself (X005): its own 配置's 评价年度, else the year its titles or sheet
 * names give (titleYear, as the file's own check reads its fiscal year). The province's file when it gives the 评价年度,
 * and a file that names no year, are left out.
 */
function fileYears(inputs: ReadonlyArray<AcrossInput>, files: AcrossResult['files'], province: ProvinceSource | undefined, profileGiven: boolean): FileYear[] {
  const out: FileYear[] = [];
  inputs.forEach((input, i) => {
    // `--profile`'s file is of its 评价年度; the first file with a 配置 (none given) is one of the files, its year a vote
    // (yearOfFiles); without a 评价年度 (its 绩效指标 taken from a prefecture's file) it is one of the files too
    if (profileGiven && province?.profile.fiscalYear !== undefined && input.file === province.file) return;
    const own = locateWorkbookSheets(input.grid).profile;
    if (own && (own !== province?.profileSheet || !profileGiven)) {
      const read = readProfile(own);
      const at = read.cells.fiscalYear;
      if (read.profile.fiscalYear !== undefined && at) {
        out.push({ file: input.file, year: read.profile.fiscalYear, source: 'profile', where: { sheet: own.name, row: at.row, col: at.col } });
        return;
      }
    }
    const { check } = files[i].evaluation;
    // a date above the ledger (填报日期：2019年1月10日, written after the year it reports on) names no fiscal year (inferYear)
    const named = titleYear(check.ledger?.table, check.indicators?.table, own?.name);
    if (!named) return;
    const sheet = input.grid.sheets.find((s) => s.name === named.sheet);
    out.push({ file: input.file, year: named.year, source: 'title', where: { sheet: named.sheet, row: 0, col: sheet?.origin?.col ?? 0 } });
  });
  return out;
}

/** A file name that may name a fund: it says 资金 (or 专项, 基金, 经费); 附件2项目台账 or 新源县台账 says nothing of one. */
const FILE_FUND = /资金|专项|基金|经费/u;

/** A file's name without its folder and extension (`阿克苏地区科技成果转化资金台账`), and without the （2） distinctNames adds. */
function baseName(file: string): string {
  return file.replace(/^.*[/\\]/u, '').replace(/（\d+）$/u, '').replace(/\.[A-Za-z0-9]{1,5}$/u, '');
}

/**
 * The funds each file names for itself (X006), in file order, each file's in this order: its own 配置's 项目名称 (a row
 * written, not the default), the line above its ledger that names a fund (fundLine; 项目台账 or 单位：万元 name none),
 * and only where neither names one, its file name (a hint, and only one that says 资金/专项/基金/经费:
 * `阿克苏地区科技成果转化资金台账.xlsx`; `阿克苏地区项目台账.xlsx` names none). A 配置 borrowed from the province (a file without its own) is not the file's word.
 */
function fileFunds(inputs: ReadonlyArray<AcrossInput>, files: AcrossResult['files']): FileFund[] {
  const out: FileFund[] = [];
  inputs.forEach((input, i) => {
    const file = files[i].file;
    let named = false;
    const own = locateWorkbookSheets(input.grid).profile;
    if (own) {
      const read = readProfile(own);
      const at = read.cells.projectName;
      if (at && namesAnyFund(read.profile.projectName)) {
        out.push({ file, name: read.profile.projectName, source: 'profile', where: { sheet: own.name, row: at.row, col: at.col } });
        named = true;
      }
    }
    const table = files[i].evaluation.check.ledger?.table;
    const title = table && fundLine(table.titleTexts);
    if (table && title !== undefined && namesAnyFund(title)) {
      const { sheet } = table;
      const at = sheet.values.findIndex((row, r) => r < table.headerRow - (sheet.origin?.row ?? 0) && row.some((v) => typeof v === 'string' && v.trim() === title));
      const col = at < 0 ? 0 : sheet.values[at].findIndex((v) => typeof v === 'string' && v.trim() === title);
      out.push({ file, name: title, source: 'title', where: { sheet: sheet.name, row: Math.max(at, 0) + (sheet.origin?.row ?? 0), col: col + (sheet.origin?.col ?? 0) } });
      named = true;
    }
    const base = baseName(file);
    if (!named && table && FILE_FUND.test(base) && namesAnyFund(base))
      out.push({ file, name: base, source: 'file', where: { sheet: table.sheet.name, row: table.sheet.origin?.row ?? 0, col: table.sheet.origin?.col ?? 0 } });
  });
  return out;
}

/**
 * Each file's cross-file findings capped per rule as its own findings are (capPerRule): past 1,000 of one rule in a
 * file, one S007 there counts the rest (a file sent twice gives a finding per project, and 10,000 of them help nobody).
 * Counts by severity stay true.
 */
export function capAcross(sorted: ReadonlyArray<AcrossFinding>): AcrossFinding[] {
  const out: AcrossFinding[] = [];
  for (let i = 0; i < sorted.length; ) {
    const file = sorted[i].file;
    let j = i;
    while (j < sorted.length && sorted[j].file === file) j++;
    for (const f of capPerRule(sorted.slice(i, j))) out.push('file' in f ? (f as AcrossFinding) : { ...f, file });
    i = j;
  }
  return out;
}

/**
 * The inputs under distinct names: a name met before gets （2）, （3）… (`阿克苏地区项目台账.xlsx（2）`). Every result is
 * keyed by file name: two files of one name (a resubmission from another folder, dropped into the page together) were one
 * file — the second's projects counted again with no X001 between them, and its findings listed under the first.
 */
export function distinctNames(inputs: ReadonlyArray<AcrossInput>): AcrossInput[] {
  const taken = new Set(inputs.map((i) => i.file));
  const seen = new Set<string>();
  return inputs.map((input) => {
    if (!seen.has(input.file)) {
      seen.add(input.file);
      return input;
    }
    let k = 2;
    while (taken.has(`${input.file}（${k}）`)) k++;
    const file = `${input.file}（${k}）`;
    taken.add(file);
    return { ...input, file };
  });
}

/** Checks several workbooks (distinctNames): each on its own, then across. */
export function checkAcross(given: ReadonlyArray<AcrossInput>, options: AcrossOptions = {}): AcrossResult {
  const inputs = distinctNames(given);
  const province = provinceSource(inputs, options.profile);
  const files = inputs.map((i) => ({ file: i.file, evaluation: evaluateFile(i, province) }));
  const profileGiven = options.profile !== undefined;
  const years = fileYears(inputs, files, province, profileGiven);
  const fiscalYear = province?.profile.fiscalYear;
  const year = yearOfFiles({ ...(fiscalYear !== undefined ? { fiscalYear, given: profileGiven } : {}), files: years })?.year;
  // the first 配置 is of another year than most files': the province's 配置 is one of that year (provinceSource), and the
  // files are checked against it again (a file without a 配置 borrows it, its 评价年度 and budget)
  if (!profileGiven && year !== undefined && fiscalYear !== undefined && fiscalYear !== year) {
    const other = new Set(years.filter((y) => y.year !== year).map((y) => y.file));
    const chosen = provinceSource(inputs, undefined, { year, other });
    const again = inputs.map((i) => ({ file: i.file, evaluation: evaluateFile(i, chosen) }));
    // X005 as before: the first 配置's year one vote, the files of the other year named
    return across(again, chosen, fileYears(inputs, again, chosen, false), fileFunds(inputs, again), false, year, fiscalYear);
  }
  return across(files, province, years, fileFunds(inputs, files), profileGiven, year, fiscalYear);
}

function across(
  files: AcrossResult['files'],
  province: ProvinceSource | undefined,
  years: ReadonlyArray<FileYear>,
  funds: ReadonlyArray<FileFund>,
  profileGiven: boolean,
  year: number | undefined,
  firstYear: number | undefined,
): AcrossResult {
  const findings = acrossFindings(files, province, years, funds, profileGiven, firstYear);
  // the pairs count every finding; the list shows at most 1,000 of a rule per file
  return { files, findings: capAcross(findings), pairs: filePairs(findings), ...(province ? { province } : {}), ...(year !== undefined ? { fiscalYear: year } : {}) };
}
