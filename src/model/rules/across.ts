/**
 * Rules across files (issue 20): what only shows when the prefectures' ledgers are put side by side —
 * the same project in two files, the same patent supporting two projects, the same project with
 * other amounts or cohort, a 地州市 whose 本年拨付 misses its allocation. Each finding is made on
 * BOTH sides: one in each file, at its own cell, naming the other file and cell.
 *
 * The rules take already-read workbooks (model/across/index.ts builds their context): no file I/O.
 * Within one file the same questions are L004 and L015's; these look only across files.
 */
import { a1 } from '../grid';
import { fenToDecimal, type Fen, type MoneyUnit } from '../money';
import type { Project, ProjectKey } from '../records';
import type { AllocationsRead } from '../read/allocations';
import type { ColumnInfo } from '../read/table';
import { matchRegion, REGION_SHORT_FORMS, XINJIANG_PREFECTURES } from '../read/regions';
import { XINJIANG_COUNTIES } from '../read/counties';
import { fieldName } from './context';
import { idKey, patentKeyOf } from './ledgerCross';

/** The project-id key L004 uses (blanks removed, upper case): the one in ledgerCross. */
export { idKey };
import { defineRule, msg, P, type AnyFinding, type Messages, type ParamsOf, type Rule, type RuleSpec, type Where } from './define';

/** A project of one file's ledger, with where it is. */
export interface PlacedProject {
  readonly file: string;
  readonly sheet: string;
  readonly project: Project;
  /** The columns of the sheet it is on. */
  readonly columns: Partial<Record<ProjectKey, ColumnInfo>>;
  /** The sheet's first column (a field without a column points there). */
  readonly firstCol: number;
  /** The sheet's header row. */
  readonly headerRow: number;
  /**
   * The sheet is the file's own one table (a CSV, a text file, a web page's one table: GridSheet.namedAfterFile), which
   * has no sheets: the other side's messages name the file and cell, no 工作表 (as the read summary says 文件).
   */
  readonly inFile?: boolean;
}

/** What every cross-file rule sees. */
export interface AcrossContext {
  /** Every project of every file, in file order, then sheet and row order. */
  readonly projects: ReadonlyArray<PlacedProject>;
  /** The province's money unit (of 配置), for messages. */
  readonly unit: MoneyUnit;
  /** The official 地州市 of a project (regionNamer over the province's 地区范围). */
  readonly regionOf: (p: Project) => string | undefined;
  /** 配置's 地州市 | 分配金额 table, and the file it is in. */
  readonly allocations?: AllocationsRead & { readonly file: string };
  /**
   * The province's 评价年度 (none when no 配置 gives one: the files' years are then held against each other), and the
   * year each prefecture's file names for itself (its own 配置, else its title or sheet name).
   */
  readonly years?: AcrossYears;
  /**
   * The fund each file names for itself (X006), and the province's: the 项目名称 of `jx merge --profile`'s 配置, else of the
   * first file with a 配置 (`province`, its file), when it names one.
   */
  readonly funds?: { readonly province?: { readonly name: string; readonly file: string; readonly given: boolean }; readonly files: ReadonlyArray<FileFund> };
}

/**
 * Where a file names its fund: its own 配置's 项目名称, the line above its ledger that names one
 * (`2018年度自治区专利实施资金项目台账`), or — only a hint — its file name (`阿克苏地区科技成果转化资金台账.xlsx`).
 */
export type FundSource = 'profile' | 'title' | 'file';

/** A fund a file names, where and how. */
export interface FileFund {
  readonly file: string;
  readonly name: string;
  readonly source: FundSource;
  readonly where: Where;
}

/**
 * The years of a merge: the 评价年度 of the province's 配置 (`given`: of `jx merge --profile`, else of the first file with a
 * 配置), and the year each file names for itself — the first 配置's file among them unless given.
 */
export interface AcrossYears {
  readonly fiscalYear?: number;
  readonly given?: boolean;
  readonly files: ReadonlyArray<FileYear>;
}

/**
 * The year the files are of (X005, the 汇总's title and 新上项目): the 评价年度 of `--profile`'s 配置; else the year most
 * files name — the first 配置's file one vote among them (five of 2020 and the first of 2019 are of 2020: it took the
 * first 配置's 2019 and told the five they were the odd ones). A tie (`tie`) goes to the first 配置's year where it is one
 * of the most named, else to the year the first file names. `files`: the files of that year.
 */
export function yearOfFiles(y: AcrossYears | undefined): { year: number; basis: 'profile' | 'files' | 'tie'; files: string[] } | undefined {
  if (!y) return undefined;
  if (y.fiscalYear !== undefined && y.given) return { year: y.fiscalYear, basis: 'profile', files: [] };
  const byYear = new Map<number, string[]>();
  for (const f of y.files) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f.file]);
  const most = [...byYear.values()].reduce((m, fs) => Math.max(m, fs.length), 0);
  const top = [...byYear.keys()].filter((k) => byYear.get(k)!.length === most);
  if (!top.length) return y.fiscalYear !== undefined ? { year: y.fiscalYear, basis: 'profile', files: [] } : undefined;
  const year = y.fiscalYear !== undefined && top.includes(y.fiscalYear) ? y.fiscalYear : top[0];
  return { year, basis: top.length > 1 ? 'tie' : year === y.fiscalYear ? 'profile' : 'files', files: byYear.get(year)! };
}

/** The year a file names for itself, and where. */
export interface FileYear {
  readonly file: string;
  readonly year: number;
  readonly source: 'profile' | 'title';
  readonly where: Where;
}

/** A finding of a cross-file rule: a finding of one file. */
export type FileFinding<F extends AnyFinding = AnyFinding> = F & { readonly file: string };

type KindsOf<M, V extends keyof M> = M[V] extends { readonly params: infer PS } ? PS : never;
/** How cross-file rule code reports: one function per message, the file first. */
type AcrossReport<M extends Messages> = {
  readonly [V in keyof M & string]: (file: string, where: Where, params: ParamsOf<KindsOf<M, V>>) => void;
};
type AcrossCheck<M extends Messages> = (ctx: AcrossContext, report: AcrossReport<M>) => void;
export type AcrossRule<Id extends string = string, M extends Messages = Messages> = Rule<Id, M> & { readonly files: AcrossCheck<M> };

function acrossRule<const Id extends string, const M extends Messages>(spec: RuleSpec<Id, M> & { readonly files: AcrossCheck<M> }): AcrossRule<Id, M> {
  return defineRule(spec);
}

/** The cell of a field of a project. */
function cellOf(p: PlacedProject, key: ProjectKey): Where {
  return { sheet: p.sheet, row: p.project.row, col: p.columns[key]?.col ?? p.firstCol, ...(p.project.id !== undefined ? { projectId: p.project.id } : {}) };
}

/** The other side of a finding: its file, sheet (none for a file's own table: a CSV) and cell. */
function otherOf(p: PlacedProject, key: ProjectKey): { otherFile: string; otherSheet?: string; otherCell: string } {
  const w = cellOf(p, key);
  return { otherFile: p.file, ...(p.inFile ? {} : { otherSheet: w.sheet }), otherCell: a1(w.row, w.col) };
}

/** The other side as the messages name it: 文件“…”工作表“…”, or only 文件“…” when it has no sheets (a CSV: left out, shown empty). */
const zhPlace = (p: { readonly otherFile: string; readonly otherSheet?: string }): string =>
  `文件“${p.otherFile}”${p.otherSheet ? `工作表“${p.otherSheet}”` : ''}`;
const enPlace = (p: { readonly otherFile: string; readonly otherSheet?: string }): string =>
  `file "${p.otherFile}"${p.otherSheet ? `, sheet "${p.otherSheet}"` : ''}`;
/** The sheet the other side is on (a CSV has none). */
const OTHER_SHEET = P.optional(P.text);


/**
 * Groups of projects sharing a key (in order met) that span more than one file, and for each
 * member the first member of ANOTHER file (the other side it names).
 */
function acrossGroups(projects: ReadonlyArray<PlacedProject>, keyOf: (p: PlacedProject) => string | undefined): Array<Array<{ p: PlacedProject; other: PlacedProject }>> {
  const groups = new Map<string, PlacedProject[]>();
  for (const p of projects) {
    const k = keyOf(p);
    if (!k) continue;
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const out: Array<Array<{ p: PlacedProject; other: PlacedProject }>> = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const pairs: Array<{ p: PlacedProject; other: PlacedProject }> = [];
    for (const p of g) {
      const other = g.find((q) => q.file !== p.file);
      if (other) pairs.push({ p, other });
    }
    if (pairs.length) out.push(pairs);
  }
  return out;
}

/** X001: the same 项目编号 in two files, on both sides. */
export const X001 = acrossRule({
  id: 'X001', category: 'across', severity: 'error',
  title: { 'zh-CN': '项目跨文件重复', 'en-US': 'Project in two files' },
  messages: {
    main: msg({
      params: { id: P.text, otherFile: P.text, otherSheet: OTHER_SHEET, otherCell: P.cell },
      'zh-CN': (p) => `项目编号“${p.id}”也出现在${zhPlace(p)}的 ${p.otherCell}：同一项目由两个文件报送，汇总时会重复计算。`,
      'en-US': (p) => `Project id "${p.id}" also appears in ${enPlace(p)}, cell ${p.otherCell}: the same project is sent in two files and would be counted twice.`,
    }),
    /**
     * Once per file and other file sharing two or more projects, at the ledger's 项目编号 header: the cause, which
     * one line per project hid (a ledger sent again gave 169 X001 and no word that the file was sent twice).
     */
    file: msg({
      params: { count: P.number, total: P.number, otherFile: P.text },
      'zh-CN': (p) =>
        p.count === p.total
          ? `本文件的全部 ${p.count} 个项目都在文件“${p.otherFile}”中：同一台账报送了两次（或其中一个是重新报送的版本），汇总时请只保留一个文件。各重复项目另行列出。`
          : `本文件有 ${p.count} 个项目（共 ${p.total} 个）也在文件“${p.otherFile}”中报送，汇总时会重复计算：请核实是否重复报送。各重复项目另行列出。`,
      'en-US': (p) =>
        p.count === p.total
          ? `All ${p.count} projects of this file are in file "${p.otherFile}" too: the same ledger was sent twice (or one is a resubmitted version); keep only one of the files in the consolidation. Each repeated project is listed separately.`
          : `${p.count} projects of this file (of ${p.total}) are also sent in file "${p.otherFile}" and would be counted twice: check whether the ledger was sent twice. Each repeated project is listed separately.`,
    }),
  },
  files: (ctx, report) => {
    const groups = acrossGroups(ctx.projects, (p) => (p.project.id === undefined ? undefined : idKey(p.project.id)));
    // the projects each file shares with each other file, in order met
    const shared = new Map<string, Map<string, PlacedProject[]>>();
    for (const g of groups)
      for (const { p, other } of g) {
        const byOther = shared.get(p.file) ?? new Map<string, PlacedProject[]>();
        shared.set(p.file, byOther);
        byOther.set(other.file, [...(byOther.get(other.file) ?? []), p]);
      }
    const totals = new Map<string, number>();
    for (const p of ctx.projects) totals.set(p.file, (totals.get(p.file) ?? 0) + 1);
    for (const [file, byOther] of shared)
      for (const [otherFile, ps] of byOther) {
        if (ps.length < 2) continue; // one project: its own line says it all
        const first = ps[0];
        report.file(file, { sheet: first.sheet, row: first.headerRow, col: first.columns.id?.col ?? first.firstCol }, { count: ps.length, total: totals.get(file) ?? ps.length, otherFile });
      }
    for (const g of groups)
      for (const { p, other } of g) report.main(p.file, cellOf(p, 'id'), { id: p.project.id!, ...otherOf(other, 'id') });
  },
});

/** X002: the same patent supporting two projects (other 项目编号) in two files, whatever their cohorts. */
export const X002 = acrossRule({
  id: 'X002', category: 'across', severity: 'warning',
  title: { 'zh-CN': '同一专利跨文件重复支持', 'en-US': 'Patent funded in two files' },
  messages: {
    main: msg({
      params: { patent: P.text, otherId: P.text, otherFile: P.text, otherSheet: OTHER_SHEET, otherCell: P.cell },
      'zh-CN': (p) => `专利“${p.patent}”也支持了文件“${p.otherFile}”中的项目 ${p.otherId}（${p.otherSheet ? `工作表“${p.otherSheet}”` : ''}${p.otherCell}）：同一专利重复支持。`,
      'en-US': (p) =>
        `Patent "${p.patent}" also supports project ${p.otherId} in file "${p.otherFile}" (${p.otherSheet ? `sheet "${p.otherSheet}", ` : ''}cell ${p.otherCell}): the same patent is funded twice.`,
    }),
  },
  files: (ctx, report) => {
    // the same patent as L015 finds it within one file (patentKeyOf)
    const patentKey = (p: PlacedProject): string | undefined => patentKeyOf(p.project);
    const sameProject = (a: PlacedProject, b: PlacedProject): boolean => a.project.id !== undefined && b.project.id !== undefined && idKey(a.project.id) === idKey(b.project.id);
    for (const g of acrossGroups(ctx.projects, patentKey))
      for (const { p } of g) {
        // the same project sent twice is X001's; here, another project of another file
        const other = g.find(({ p: q }) => q.file !== p.file && !sameProject(p, q))?.p;
        if (other) report.main(p.file, cellOf(p, 'patentNo'), { patent: p.project.patentNo!, otherId: other.project.id ?? '', ...otherOf(other, 'patentNo') });
      }
  },
});

/** The amounts X003 compares, in column order. */
const COMPARED_AMOUNTS: ReadonlyArray<ProjectKey> = ['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment'];

/** X003: the same project (same 项目编号) in two files with another amount or cohort: each field that differs, on both sides. */
export const X003 = acrossRule({
  id: 'X003', category: 'across', severity: 'error',
  title: { 'zh-CN': '同一项目数据不一致', 'en-US': 'Same project, other figures' },
  messages: {
    main: msg({
      params: { id: P.text, field: P.text, value: P.decimal, otherValue: P.decimal, unit: P.moneyUnit, otherFile: P.text, otherSheet: OTHER_SHEET, otherCell: P.cell },
      'zh-CN': (p) => `项目 ${p.id} 的“${p.field}”为 ${p.value} ${p.unit}，而${zhPlace(p)}的 ${p.otherCell} 为 ${p.otherValue} ${p.unit}。`,
      'en-US': (p) => `Project ${p.id}'s "${p.field}" is ${p.value} ${p.unit}, but ${p.otherValue} ${p.unit} in ${enPlace(p)}, cell ${p.otherCell}.`,
    }),
    cohort: msg({
      params: { id: P.text, field: P.text, value: P.number, otherValue: P.number, otherFile: P.text, otherSheet: OTHER_SHEET, otherCell: P.cell },
      'zh-CN': (p) => `项目 ${p.id} 的“${p.field}”为 ${p.value}，而${zhPlace(p)}的 ${p.otherCell} 为 ${p.otherValue}。`,
      'en-US': (p) => `Project ${p.id}'s "${p.field}" is ${p.value}, but ${p.otherValue} in ${enPlace(p)}, cell ${p.otherCell}.`,
    }),
  },
  files: (ctx, report) => {
    for (const g of acrossGroups(ctx.projects, (p) => (p.project.id === undefined ? undefined : idKey(p.project.id))))
      for (const { p, other } of g) {
        const id = p.project.id!;
        const a = p.project;
        const b = other.project;
        if (a.cohortYear !== undefined && b.cohortYear !== undefined && a.cohortYear !== b.cohortYear)
          report.cohort(p.file, cellOf(p, 'cohortYear'), { id, field: fieldName('cohortYear'), value: a.cohortYear, otherValue: b.cohortYear, ...otherOf(other, 'cohortYear') });
        for (const key of COMPARED_AMOUNTS) {
          const x = a[key] as Fen | undefined;
          const y = b[key] as Fen | undefined;
          if (x === undefined || y === undefined || x === y) continue;
          report.main(p.file, cellOf(p, key), {
            id, field: fieldName(key), value: fenToDecimal(x, ctx.unit), otherValue: fenToDecimal(y, ctx.unit), unit: ctx.unit, ...otherOf(other, key),
          });
        }
      }
  },
});

/**
 * The official 地州市 of each project, as L006 reads it against `allowed` (the province's 地区范围): a name the list holds
 * as written, a short form as the official name it stands for (伊犁州 → 伊犁哈萨克自治州), anything else as written.
 * On the name as written, a prefecture that writes 伊犁州 had a 汇总 row of its own beside none for 伊犁哈萨克自治州,
 * its payments missed its allocation (X004) and the province's budget was never checked (not every 地州市 had projects).
 */
export function regionNamer(allowed: ReadonlySet<string>): (p: Project) => string | undefined {
  const memo = new Map<string, string>();
  return (p) => {
    const written = p.region;
    if (written === undefined) return undefined;
    let official = memo.get(written);
    if (official === undefined) {
      const m = matchRegion(written, allowed, XINJIANG_COUNTIES);
      official = m.kind === 'unknown' ? written : m.official;
      memo.set(written, official);
    }
    return official;
  };
}

/**
 * X004: with 配置's 地州市 | 分配金额 table, each 地州市 whose total 本年拨付 over all files differs
 * from its allocation: at the allocation (naming the files), and in each file with projects of that
 * 地州市 at its 本年拨付 header (naming the allocation). A 地州市 with payments the table does not
 * list: `unlisted`, in each of its files.
 */
export const X004 = acrossRule({
  id: 'X004', category: 'across', severity: 'error',
  title: { 'zh-CN': '地州市拨付与分配不符', 'en-US': 'Prefecture paid ≠ allocated' },
  messages: {
    main: msg({
      params: { region: P.text, allocated: P.decimal, disbursed: P.decimal, diff: P.decimal, unit: P.moneyUnit, files: P.list },
      'zh-CN': (p) => `${p.region}分配金额为 ${p.allocated} ${p.unit}，各文件本年拨付合计 ${p.disbursed} ${p.unit}（相差 ${p.diff} ${p.unit}；所在文件：${p.files || '无'}）。`,
      'en-US': (p) => `${p.region} is allocated ${p.allocated} ${p.unit}, but its projects' payments this year total ${p.disbursed} ${p.unit} over all files (difference ${p.diff} ${p.unit}; files: ${p.files || 'none'}).`,
    }),
    ledger: msg({
      params: { region: P.text, allocated: P.decimal, disbursed: P.decimal, unit: P.moneyUnit, otherFile: P.text, otherSheet: OTHER_SHEET, otherCell: P.cell },
      'zh-CN': (p) => `${p.region}各文件本年拨付合计 ${p.disbursed} ${p.unit}，与${zhPlace(p)}${p.otherCell} 的分配金额 ${p.allocated} ${p.unit} 不符。`,
      'en-US': (p) => `${p.region}'s projects' payments this year total ${p.disbursed} ${p.unit} over all files, but its allocation in ${enPlace(p)}, cell ${p.otherCell} is ${p.allocated} ${p.unit}.`,
    }),
    unlisted: msg({
      params: { region: P.text, disbursed: P.decimal, unit: P.moneyUnit, otherFile: P.text, otherSheet: OTHER_SHEET, otherCell: P.cell },
      'zh-CN': (p) => `${p.region}各文件本年拨付合计 ${p.disbursed} ${p.unit}，但${zhPlace(p)}${p.otherCell} 起的分配表未列出该地州市。`,
      'en-US': (p) => `${p.region}'s projects' payments this year total ${p.disbursed} ${p.unit}, but the allocation table of ${enPlace(p)}, cell ${p.otherCell} does not list it.`,
    }),
  },
  files: (ctx, report) => {
    const table = ctx.allocations;
    if (!table) return;
    const paid = new Map<string, Fen>();
    /** Per 地州市, the first project in each file (whose sheet's 本年拨付 header the finding points at). */
    const firstIn = new Map<string, Map<string, PlacedProject>>();
    for (const p of ctx.projects) {
      const r = ctx.regionOf(p.project);
      if (!r) continue;
      paid.set(r, (paid.get(r) ?? 0) + (p.project.disbursed ?? 0));
      const byFile = firstIn.get(r) ?? new Map<string, PlacedProject>();
      if (!byFile.has(p.file)) byFile.set(p.file, p);
      firstIn.set(r, byFile);
    }
    const money = (f: Fen): string => fenToDecimal(f, ctx.unit);
    const header = (p: PlacedProject): Where => {
      const c = p.columns.disbursed;
      return c ? { sheet: p.sheet, row: c.row ?? p.headerRow, col: c.col } : { sheet: p.sheet, row: p.project.row, col: p.firstCol };
    };
    // a 配置 read from a CSV has no sheet to name
    const tableSheet = table.inFile ? {} : { otherSheet: table.sheet };
    const listed = new Set<string>();
    for (const a of table.allocations) {
      listed.add(a.region);
      const sum = paid.get(a.region) ?? 0;
      if (sum === a.amount) continue;
      const files = [...(firstIn.get(a.region)?.keys() ?? [])];
      report.main(table.file, { sheet: table.sheet, row: a.row, col: a.col }, { region: a.region, allocated: money(a.amount), disbursed: money(sum), diff: money(sum - a.amount), unit: ctx.unit, files });
      const allocation = { otherFile: table.file, ...tableSheet, otherCell: a1(a.row, a.col) };
      for (const p of firstIn.get(a.region)?.values() ?? [])
        report.ledger(p.file, header(p), { region: a.region, allocated: money(a.amount), disbursed: money(sum), unit: ctx.unit, ...allocation });
    }
    const tableAt = { otherFile: table.file, ...tableSheet, otherCell: a1(table.header.row, table.header.col) };
    for (const [region, byFile] of firstIn) {
      if (listed.has(region) || !(paid.get(region) ?? 0)) continue;
      for (const p of byFile.values()) report.unlisted(p.file, header(p), { region, disbursed: money(paid.get(region)!), unit: ctx.unit, ...tableAt });
    }
  },
});

const YEAR_SOURCE = {
  profile: { 'zh-CN': '其“配置”的评价年度', 'en-US': 'its profile\'s evaluation year' },
  title: { 'zh-CN': '其台账标题或工作表名称', 'en-US': 'its ledger title or sheet name' },
} as const;

/**
 * X005: a prefecture's file that names another year than the province's 评价年度 (its own 配置, else the year in its
 * ledger's title or sheet name): last year's ledger sent by mistake is merged, and counted, as this year's. With no
 * 评价年度 of the province (no 配置), a file of another year than most files name (`files`). A warning, not a refusal
 * as X006's other fund is: a year read from a title may be a cohort or a date (2017—2018年度), and a province may merge
 * two years on purpose; the officer confirms.
 */
export const X005 = acrossRule({
  id: 'X005', category: 'across', severity: 'warning',
  title: { 'zh-CN': '文件年度与评价年度不符', 'en-US': 'File of another year' },
  messages: {
    main: msg({
      params: { year: P.number, source: P.code(YEAR_SOURCE), fiscalYear: P.number },
      'zh-CN': (p) => `本文件为 ${p.year} 年度（${p.source}），而全区评价年度为 ${p.fiscalYear} 年：请确认报送的是本年度的台账。`,
      'en-US': (p) => `This file is of ${p.year} (${p.source}), but the province evaluates ${p.fiscalYear}: check that this year's ledger was sent.`,
    }),
    /** No 配置 gives the province's 评价年度: the year most files name instead. */
    files: msg({
      params: { year: P.number, source: P.code(YEAR_SOURCE), otherYear: P.number, count: P.number, files: P.some },
      'zh-CN': (p) => `本文件为 ${p.year} 年度（${p.source}），而其他 ${p.count} 个文件（${p.files}）为 ${p.otherYear} 年度：不同年度的台账汇总在一起，全区数字会重复或错年，请确认各文件报送的是同一年度的台账。`,
      'en-US': (p) => `This file is of ${p.year} (${p.source}), but ${p.count} other file(s) (${p.files}) are of ${p.otherYear}: ledgers of two years summed together give wrong province-wide figures; check that every file is of the same year.`,
    }),
    /** As many files name one year as another: which is the province's cannot be told by the most. */
    tie: msg({
      params: { year: P.number, source: P.code(YEAR_SOURCE), otherYear: P.number, count: P.number, files: P.some },
      'zh-CN': (p) => `本文件为 ${p.year} 年度（${p.source}），而其他 ${p.count} 个文件（${p.files}）为 ${p.otherYear} 年度，两个年度的文件一样多，无法判断哪个是本年度：汇总暂按 ${p.otherYear} 年度计。不同年度的台账汇总在一起，全区数字会重复或错年，请确认各文件报送的是同一年度的台账。`,
      'en-US': (p) => `This file is of ${p.year} (${p.source}), but ${p.count} other file(s) (${p.files}) are of ${p.otherYear}, as many files of each year, so which is this year's cannot be told: the consolidation takes ${p.otherYear} for now. Ledgers of two years summed together give wrong province-wide figures; check that every file is of the same year.`,
    }),
  },
  files: (ctx, report) => {
    const y = ctx.years;
    const d = yearOfFiles(y);
    if (!y || !d) return;
    for (const f of y.files) {
      if (f.year === d.year) continue;
      const at = { year: f.year, source: f.source };
      if (d.basis === 'profile') report.main(f.file, f.where, { ...at, fiscalYear: d.year });
      else report[d.basis](f.file, f.where, { ...at, otherYear: d.year, count: d.files.length, files: d.files });
    }
  },
});

/** The words of a title that name what it is, not whose or when: a fund (专项资金), the kind of sheet (台账, 明细表). */
const FUND_WORD = /专项|资金|基金|经费|计划|项目|台账|明细/u;
/** A label line (填报单位：…, 单位：万元) names no fund. */
const LABEL = /^[^：:]{1,8}[：:]/u;
/**
 * Words every fund's title may hold, removed to leave what tells one fund from another; the longest first. Besides the
 * fund words, what the table is of (拨付, 下达, 分配, 使用, 执行, 安排 … 情况表, 统计, 登记, 台帐): a prefecture's
 * 项目资金拨付情况表 names no fund, as 项目台账 names none; and what funds are for (发展, 引导, 扶持, 奖补 …).
 */
const GENERIC = [
  '新疆维吾尔自治区', '专项资金', '专项', '资金', '项目', '台账', '台帐', '明细表', '明细', '汇总表', '汇总', '一览表', '一览', '情况表', '情况', '清单',
  '计划', '支出', '绩效', '自评', '报送稿', '更正', '财政', '自治区', '新疆', '年度', '本级', '表',
  '拨付', '下达', '分配', '使用', '执行', '安排', '落实', '进度', '统计', '登记', '报表', '监控', '跟踪',
  // what many funds are for, not which fund: 旅游发展 and 文化产业发展 shared only 发展 and were taken for one fund
  '发展', '引导', '支持', '扶持', '补助', '补贴', '奖励', '奖补',
  // which copy of the file it is (附件2 2018年度项目台账（最终版）, …定稿, …修改稿), not which fund
  '附件', '附表', '最终版', '最终稿', '终稿', '定稿', '修改稿', '修订稿', '修改版', '修订版', '修改', '修订', '报送', '上报', '新版', '副本', '更新',
  // the projects' stage (2018年度立项项目台账, 验收项目明细表), and the 兵团 (新疆生产建设兵团第七师, its cities)
  '申报', '立项', '验收', '入库', '储备', '在建', '续建', '结转',
  '新疆生产建设兵团', '生产建设兵团', '兵团', '石河子市', '五家渠市', '阿拉尔市', '图木舒克市', '北屯市', '铁门关市', '双河市', '可克达拉市', '昆玉市', '胡杨河市', '新星市', '白杨市',
];
/** Every place and generic word fundCore removes, the longest first (a county's ledger, 伊宁县2018年度项目台账, names no fund). */
let removed: ReadonlyArray<string> | undefined;
const removedWords = (): ReadonlyArray<string> =>
  (removed ??= [...XINJIANG_PREFECTURES, ...REGION_SHORT_FORMS.keys(), ...XINJIANG_COUNTIES.keys(), ...GENERIC].sort((a, b) => b.length - a.length));
/** A batch or round (第二批, 第3期), or a 兵团 division (第七师): which part or whose, not which fund. */
const BATCH = /第[一二三四五六七八九十\d]+[批次期师]/gu;
/**
 * The name of a government body that sends or keeps a ledger (知识产权局, 市场监督管理局, 科学技术厅, 发改委, 财政局, 行政公署,
 * 人民政府): whose table it is, not which fund — a department's name, then 局/厅/委员会/委/办公室, or a government.
 */
const AGENCY = new RegExp(
  '(?:知识产权|市场监督管理|市场监管|财政|科学技术|科技|工业和信息化|工业信息化|工信|发展和改革|发展改革|发改|商务|农业农村|农业|畜牧兽医|教育|' +
    '人力资源和社会保障|人社|文化体育广电和旅游|文化和旅游|文旅|卫生健康|卫健|自然资源|生态环境|住房和城乡建设|住建|交通运输|水利|林业和草原|林草|' +
    '民政|应急管理|审计|统计|乡村振兴|粮食和物资储备|国有资产监督管理|国资|地方金融监督管理|金融)(?:委员会|局|厅|委|办公室|办)|行政公署|行署|人民政府|政府',
  'gu',
);
/**
 * What funds are for (GENERIC's 发展, 引导 …): fundCore removes them, and an abbreviation keeps one of their characters
 * (旅发 for 旅游发展, 农发 for 农业综合开发's 开发 is no such word) — kept in the long name an abbreviation is read against.
 */
const PURPOSE: ReadonlySet<string> = new Set(['发展', '引导', '支持', '扶持', '补助', '补贴', '奖励', '奖补']);
/**
 * What tells a fund's name from another's: no year, no 地州市 or county, no agency, no generic word, no bracketed note, no
 * punctuation; with `keep`, those generic words stay.
 */
export function fundCore(text: string, keep?: ReadonlySet<string>): string {
  let s = text.replace(/[（(][^）)]*[）)]/gu, '').replace(/科学技术/gu, '科技').replace(/\d{4}\s*年度?|[〇零一二三四五六七八九]{4}年度?/gu, '').replace(AGENCY, '').replace(BATCH, '');
  for (const n of removedWords()) if (!keep?.has(n)) s = s.split(n).join('');
  // Latin letters are a copy's mark (v2, final, copy), never a fund's name
  return s.replace(/[\s\p{P}\p{S}\dA-Za-z]/gu, '');
}
/**
 * The names of the fields a government department keeps (科技, 农业, 林业, 旅游 …), as fundCore leaves them (科学技术 is
 * read as 科技), each to the one name of its field (旅游业 is 旅游). Each field has many funds: a core of the field alone
 * (科技计划专项资金, 科技专项资金: 科技) names the field, the same fund only as another of that field alone, and two funds of
 * one field (科技成果转化, 科技创新) share its name and no more.
 */
const SECTOR: ReadonlyMap<string, string> = new Map([
  ...['科技', '农业', '林业', '畜牧', '渔业', '水利', '工业', '商务', '文化', '旅游', '教育', '卫生', '体育', '交通', '环保', '能源', '民政', '就业'].map((w) => [w, w] as const),
  // one field written two ways: its name with 业 (旅游业), or another word for it
  ['畜牧业', '畜牧'], ['牧业', '畜牧'], ['旅游业', '旅游'], ['商贸', '商务'], ['交通运输', '交通'], ['卫生健康', '卫生'],
]);
/** Words many funds' names hold besides a field's (文化产业 and 旅游产业 share only 产业): not counted as shared. */
const COMMON: ReadonlySet<string> = new Set(['产业', '企业', '建设', '工程']);
/** A kind named before what a fund is for (科技型中小企业, 创新型企业): 型 and a word after it. */
const KIND = /型./u;
/** The bigrams of a text. */
const bigrams = (s: string): Set<string> => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
/** The longest core an abbreviation has (旅发, 科转, 农综开, 中小企业 are two to four characters). */
const ABBREVIATION_MAX = 4;
/**
 * Whether `short` (a core, fundCore) is an abbreviation of the fund `long` names: two to four characters, shorter than
 * its long name, the first the same and each met in order in it (旅发 of 旅游发展, 科转 of 科技成果转化, 农发 of 农业综合开发,
 * 文产 of 文化产业); the long name keeps the words of what funds are for (PURPOSE), whose characters abbreviations keep.
 * 文旅 is not 旅游发展's (the first differs), nor 旅发 农发's; a field's name (SECTOR) is a word of its own, no
 * abbreviation (林业 is not 林果业's).
 */
function abbreviates(short: string, long: string): boolean {
  const l = fundCore(long, PURPOSE);
  if (SECTOR.has(short) || short.length < 2 || short.length > ABBREVIATION_MAX || short.length >= l.length || short[0] !== l[0]) return false;
  let at = 0;
  for (const ch of short) {
    at = l.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
/**
 * Whether a ledger title names the province's fund, or none: its core (fundCore) is the fund's, or an abbreviation of it
 * or it of the title (abbreviates: 旅发 for 旅游发展); else, neither being a field's name alone (SECTOR: 科技计划专项资金's
 * 科技 is not 科技成果转化), it holds the fund's or is held by it, or shares half the fund's word pairs, rounded down, at
 * least one, a field's name or a word many funds hold (COMMON) not counted (专利实施计划 / 专利实施资金 / 专利资助: 专利 of
 * 专利 利实 实施; 科技创新 and 科技成果转化 share only 科技). A kind of what the fund is for (科技型中小企业) is not the fund of
 * them all (中小企业). A title of only generic words names none.
 */
export function namesFund(title: string, fund: string): boolean {
  const t = fundCore(title);
  const f = fundCore(fund);
  if (!t || !f || t === f || abbreviates(t, fund) || abbreviates(f, title)) return true;
  // a kind of it (科技型中小企业 of 中小企业) is a fund of its own, narrower than the fund of them all
  if (KIND.test(t) !== KIND.test(f)) return false;
  // a field alone (科技计划专项资金's 科技) is none of its funds (科技成果转化, 科技创新)
  if (SECTOR.has(t) || SECTOR.has(f)) return SECTOR.get(t) === SECTOR.get(f);
  if (t.includes(f) || f.includes(t)) return true;
  const fb = bigrams(f);
  const tb = bigrams(t);
  let shared = 0;
  for (const b of fb) if (tb.has(b) && !SECTOR.has(b) && !COMMON.has(b)) shared++;
  return shared >= Math.max(1, Math.floor(fb.size / 2));
}
/** The first line of `texts` that may name a fund (FUND_WORD, no label). */
export function fundLine(texts: ReadonlyArray<string>): string | undefined {
  return texts.find((t) => FUND_WORD.test(t) && !LABEL.test(t));
}

/** Two written names of one fund, either way round (namesFund: 专利实施资金 and 自治区专利实施计划项目). */
export function sameFund(a: string, b: string): boolean {
  return namesFund(a, b) || namesFund(b, a);
}
/** Whether a text names a fund at all: something is left of it once the years, places, agencies and generic words go. */
export const namesAnyFund = (text: string): boolean => fundCore(text) !== '';

const FUND_SOURCE = {
  profile: { 'zh-CN': '“配置”的项目名称', 'en-US': 'its profile\'s project name' },
  title: { 'zh-CN': '台账标题', 'en-US': 'its ledger title' },
  file: { 'zh-CN': '文件名', 'en-US': 'its file name' },
} as const;

/** Where only a hint names a fund (X006's warnings). */
type HintSource = 'title' | 'file';
const HINT_SOURCE = {
  title: { 'zh-CN': '台账标题', 'en-US': 'ledger title' },
  file: { 'zh-CN': '文件名', 'en-US': 'file name' },
} as const;
const HINT_WHY = {
  title: { 'zh-CN': '标题中没有“资金”“专项”等字样，据此判断未必可靠', 'en-US': 'the title does not say it is a fund, so this is only a guess' },
  file: { 'zh-CN': '台账和“配置”中都没有写明资金名称，只能据文件名判断', 'en-US': 'neither the ledger nor a profile names the fund; only the file name hints at it' },
} as const;
/**
 * A title names its fund for certain when it says so (资金, 专项, 基金, 经费: 2018年度科技成果转化专项资金台账); without the
 * word (2018年支持专利实施项目台账, or 2018年度立项项目台账 whose 立项 is no fund) it is a hint, as a file name is.
 */
const CERTAIN_TITLE = /资金|专项|基金|经费/u;
const hint = (n: FileFund): boolean => n.source === 'file' || (n.source === 'title' && !CERTAIN_TITLE.test(n.name));

/**
 * The fund the files are of (X006): the province's 配置 (`--profile`) when it names one; else the fund most files name,
 * each file by its first of 配置, title and file name (a tie goes to the first 配置's fund, as the 汇总 carries that
 * 配置, else to the first file's). `basis` says which: the province's 配置, or the other files.
 */
function fundOfFiles(f: NonNullable<AcrossContext['funds']>): { name: string; basis: 'profile' | 'files'; files: string[] } | undefined {
  if (f.province?.given) return { name: f.province.name, basis: 'profile', files: [] };
  const votes: FileFund[] = [];
  const voted = new Set<string>();
  for (const n of f.files)
    if (!voted.has(n.file)) {
      voted.add(n.file);
      votes.push(n);
    }
  const groups: FileFund[][] = [];
  for (const v of votes) {
    const g = groups.find((g) => sameFund(v.name, g[0].name));
    if (g) g.push(v);
    else groups.push([v]);
  }
  const province = f.province;
  const size = groups.reduce((m, g) => Math.max(m, g.length), 0);
  const top = groups.filter((g) => g.length === size);
  const won = top.find((g) => province && g.some((v) => v.file === province.file && v.source === 'profile')) ?? top[0];
  if (province && (!won || won.some((v) => v.file === province.file && v.source === 'profile'))) return { name: province.name, basis: 'profile', files: [] };
  if (!won || groups.length < 2) return undefined;
  // the fund as a 配置 writes it where one of them does, else as the first file names it
  return { name: (won.find((v) => v.source === 'profile') ?? won[0]).name, basis: 'files', files: won.map((v) => v.file) };
}

/**
 * X006: a file of another fund than the others: another fund's ledger sent by mistake (科技成果转化专项资金 for 专利实施资金) is
 * merged, and counted, as this fund's. Against the province's 配置 (项目名称) when one names the fund, else against the fund
 * most files name. A 配置 or a title is the file's own word for its fund, and two funds so written are two funds: an
 * error, which stops the 汇总 (consolidate.ts structuralRefusal; `--draft` still builds one) — a title only when it says
 * 资金/专项/基金/经费 (CERTAIN_TITLE). A title without the word, or a file name, is only a hint (a prefecture may name
 * its file after anything; 2018年度立项项目台账 names a stage, not a fund): a warning. One finding a file: its 配置, else its title, else its name.
 */
export const X006 = acrossRule({
  id: 'X006', category: 'across', severity: 'error',
  title: { 'zh-CN': '文件所报资金与全区不符', 'en-US': 'Ledger of another fund' },
  messages: {
    main: msg({
      params: { title: P.text, fund: P.text },
      'zh-CN': (p) => `本文件台账标题为“${p.title}”，与全区“配置”的项目名称“${p.fund}”不是同一项资金：请确认报送的是本资金的台账，其他资金的项目不应汇总在内。`,
      'en-US': (p) => `This file's ledger is titled "${p.title}", which is not the fund the province's profile names ("${p.fund}"): check that this fund's ledger was sent; another fund's projects do not belong in the consolidation.`,
    }),
    profile: msg({
      params: { name: P.text, fund: P.text, otherFile: P.text },
      'zh-CN': (p) => `本文件“配置”的项目名称为“${p.name}”，与全区“配置”（文件“${p.otherFile}”）的项目名称“${p.fund}”不是同一项资金：请确认报送的是本资金的台账，其他资金的项目不应汇总在内。`,
      'en-US': (p) => `This file's profile names the project "${p.name}", which is not the fund of the province's profile (file "${p.otherFile}"): "${p.fund}". Check that this fund's ledger was sent; another fund's projects do not belong in the consolidation.`,
    }),
    /** Only a hint names another fund: a title that does not say 资金/专项/基金/经费, or the file name. */
    name: msg({
      severity: 'warning',
      params: { name: P.text, source: P.code(HINT_SOURCE), why: P.code(HINT_WHY), fund: P.text },
      'zh-CN': (p) => `本文件的${p.source}“${p.name}”像是另一项资金的台账，与全区“配置”的项目名称“${p.fund}”不符：请确认报送的是本资金的台账（${p.why}）。`,
      'en-US': (p) => `This file's ${p.source} "${p.name}" looks like another fund's ledger, not the fund of the province's profile ("${p.fund}"): check that this fund's ledger was sent (${p.why}).`,
    }),
    files: msg({
      params: { name: P.text, source: P.code(FUND_SOURCE), fund: P.text, count: P.number, files: P.some },
      'zh-CN': (p) => `本文件${p.source}为“${p.name}”，而其他 ${p.count} 个文件（${p.files}）报送的是“${p.fund}”，不是同一项资金：两项资金的项目不应汇总在一起，请确认各文件报送的是同一资金的台账，去掉另一资金的文件后再合并。`,
      'en-US': (p) => `This file's fund (${p.source}) is "${p.name}", but ${p.count} other file(s) (${p.files}) send "${p.fund}", another fund: two funds' projects do not belong in one consolidation. Check that every file is a ledger of the same fund, and leave out the other fund's files.`,
    }),
    /** The file name alone hints at another fund than the other files': a warning. */
    filesName: msg({
      severity: 'warning',
      params: { name: P.text, source: P.code(HINT_SOURCE), why: P.code(HINT_WHY), fund: P.text, count: P.number, files: P.some },
      'zh-CN': (p) => `本文件的${p.source}“${p.name}”像是另一项资金的台账，而其他 ${p.count} 个文件（${p.files}）报送的是“${p.fund}”：请确认报送的是同一资金的台账（${p.why}）。`,
      'en-US': (p) => `This file's ${p.source} "${p.name}" looks like another fund's ledger, but ${p.count} other file(s) (${p.files}) send "${p.fund}": check that it is a ledger of the same fund (${p.why}).`,
    }),
  },
  files: (ctx, report) => {
    const f = ctx.funds;
    if (!f) return;
    const fund = fundOfFiles(f);
    if (!fund) return;
    const flagged = new Set<string>();
    for (const n of f.files) {
      if (flagged.has(n.file) || sameFund(n.name, fund.name)) continue;
      // a file name is read only where neither its 配置 nor its title names a fund (fileFunds)
      flagged.add(n.file);
      if (fund.basis === 'files') {
        const files = fund.files.filter((x) => x !== n.file);
        if (hint(n)) report.filesName(n.file, n.where, { name: n.name, source: n.source as HintSource, why: n.source as HintSource, fund: fund.name, count: files.length, files });
        else report.files(n.file, n.where, { name: n.name, source: n.source, fund: fund.name, count: files.length, files });
      } else if (hint(n)) report.name(n.file, n.where, { name: n.name, source: n.source as HintSource, why: n.source as HintSource, fund: fund.name });
      else if (n.source === 'title') report.main(n.file, n.where, { title: n.name, fund: fund.name });
      else if (n.source === 'profile') report.profile(n.file, n.where, { name: n.name, fund: fund.name, otherFile: f.province!.file });
      else report.name(n.file, n.where, { name: n.name, source: n.source as HintSource, why: n.source as HintSource, fund: fund.name });
    }
  },
});

export const ACROSS_RULES = [X001, X002, X003, X004, X005, X006] as const;

/** Runs every cross-file rule; each finding goes to `emit` with its file. */
export function runAcrossRules(ctx: AcrossContext, emit: (f: FileFinding) => void): void {
  for (const r of ACROSS_RULES as unknown as ReadonlyArray<AcrossRule>) {
    const report: Record<string, (file: string, where: Where, params: unknown) => void> = {};
    for (const [v, make] of Object.entries(r.finding)) report[v] = (file, where, params) => emit({ ...(make(where, params as never) as AnyFinding), file });
    r.files(ctx, report as AcrossReport<Messages>);
  }
}
