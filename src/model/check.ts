/**
 * Checking a workbook: find the sheets, read them, run every rule. One computation used by the
 * CLI, the task pane, the browser page and FINDINGS. Never throws on user data.
 */
import { a1, type Grid, type GridSheet, type Merge, type OwnTable } from './grid';
import { ownTableOf } from './gridWhole';
import { capPerRule, sortFindings, type Finding } from './findings';
import type { Fen } from './money';
import type { Profile, Project, ProjectKey } from './records';
import { acceptedNamesOf, headerIndex, LEDGER_COLUMNS, type IndicatorKey } from './read/columns';
import { INDICATOR_COLUMNS, readIndicatorTable } from './read/indicatorColumns';
import { readIndicators, type IndicatorReading, type IndicatorsRead } from './read/indicators';
import { readLedger, type LedgerRead } from './read/ledger';
import { combineLedger, leaveOutRepeats, ledgerParts, yearsOfSheets } from './read/ledgerSheets';
import { mergeRef } from './gridWhole';
import { regionFromSheetName, regionNamedIn } from './read/regionNames';
import { XINJIANG_COUNTIES } from './read/counties';
import { shownNumber, showsWan } from './read/formats';
import { monitorColumns } from './monitor/columns';
import { categoryOf } from './selfeval/categories';
import { locateMaterialSheet, readMaterialSheet, type MaterialRead } from './read/material';
import { withSheetGoals } from './read/goals';
import { fundNamedIn, profileShape, readProfile, type ProfileRead } from './read/profile';
import { matchColumn, MAX_HEADER_ROWS } from './read/header';
import { findHeader, HEADER_SCAN_ROWS, MIN_KNOWN_HEADERS, rawFormat, readTable, type ColumnInfo, type Table } from './read/table';
import { findHeaderRow, headerKeys, locateSheet } from './read/locate';
import { HEADER_EXAMPLES, inferYear, isPatentLedger, SHEET_NAMES } from './ledgerCheck';
import { ledgerFindings } from './ledgerFindings';
import { stripSpaces, toHalfWidth } from './read/text';
import { spanMonth } from './read/months';
import { isBlank } from './read/values';
import { columnFindings, S002 } from './rules/sheets';
import { skippedRowFindings } from './rules/skippedRows';
import { hiddenRowsFinding, S001, S005, S006, S010, S011, S014, S015, S017, S019, spotCheckedFindings, type FormKind, type FundNameGap } from './rules/sheetsWorkbook';
import { reviewIndicators } from './rules/targets';
import { scoringKind } from './scoring/evaluate';
import { budgetRules, indicatorRules } from './rules/workbook';
import { pushAll } from './arrays';
import { uncalculatedFindings } from './uncalculated';

export { HEADER_EXAMPLES, inferYear, ledgerColumnFindings, ledgerContext, SHEET_NAMES } from './ledgerCheck';
export { ledgerFindings } from './ledgerFindings';

export interface CheckOptions {
  /** Also require the 绩效指标 sheet (S001 when missing), as generating the 自评表 does. */
  readonly forSelfEval?: boolean;
  /** Check as of a cut-off month (the mid-year monitoring), whatever the sheets look like. */
  readonly monitor?: boolean;
  /** The workbook's file name, which may name its 地州市 (`伊犁州项目台账.xlsx`) for a ledger that says it nowhere else. */
  readonly fileName?: string;
}

/**
 * Which of the fund's forms a workbook is: `request` (申报: a 绩效指标 sheet without 实际完成值 and
 * no 项目台账 — a budget request's targets, reviewed as targets only), `midYear` (监控: asked for,
 * or a 绩效指标 sheet with 监控期完成值 and without 实际完成值 — checked as of the cut-off month,
 * monitor.md) or `yearEnd` (自评).
 */
export type Stage = 'request' | 'midYear' | 'yearEnd';

export interface CheckResult {
  readonly findings: Finding[];
  /** The stage the workbook was judged as. */
  readonly stage: Stage;
  readonly profile: Profile;
  readonly profileRead: ProfileRead;
  /** Where the fund's name (profile.projectName) was written: 配置, or the title lines (fundNamedIn); absent: nowhere (a default or blank). */
  readonly fundNamed?: 'profile' | 'title';
  /** 评价年度 from 配置, else inferred from a title; undefined → S005. */
  readonly fiscalYear?: number;
  readonly ledger?: LedgerRead;
  readonly indicators?: IndicatorsRead;
  /** The 报告素材 sheet (report text), when the workbook has one. */
  readonly material?: MaterialRead;
  readonly sheets: { readonly profile?: string; readonly ledger?: string; readonly indicators?: string; readonly material?: string };
  /** Every sheet read as part of the ledger, in sheet order (one per 地州市, or the one ledger sheet). */
  readonly ledgerSheets: ReadonlyArray<string>;
  /** Every sheet read as part of the indicator table, in sheet order (绩效指标（产出） and 绩效指标（效益）), when more than one. */
  readonly indicatorSheets?: ReadonlyArray<string>;
  /**
   * The file is one table, not a workbook (a CSV, a text file, a web page's one table: GridSheet.namedAfterFile): the
   * name of the sheet it was read as and the file's own name. Its findings are placed by cell alone (findingPlace), the
   * file being named beside them: the file has no sheet for a reader to look for.
   */
  readonly ownTable?: OwnTable;
}


/**
 * A sheet found (by name or headers) that is hidden yields to a visible one the same search finds among the visible
 * sheets and `fits` it: a hidden 项目台账 or 绩效指标 beside a visible 项目台账（12月修订） is an old copy the sender keeps
 * out of sight, not the table sent (both were read: the same projects twice, L004 on each). A hidden sheet is still
 * read when no visible one fits (a table hidden to keep the book tidy). The hidden one passed over goes to `passed`
 * (S017 says so).
 */
function visibleFirst(grid: Grid, exclude: ReadonlySet<string>, find: (exclude: ReadonlySet<string>) => GridSheet | undefined, fits: (s: GridSheet, hidden: GridSheet) => boolean, passed?: GridSheet[]): GridSheet | undefined {
  const found = find(exclude);
  if (!found?.hidden) return found;
  const shown = find(new Set([...exclude, ...grid.sheets.filter((s) => s.hidden).map((s) => s.name)]));
  if (!shown || !fits(shown, found)) return found;
  passed?.push(found);
  return shown;
}

const namesOf = (sheets: ReadonlyArray<GridSheet | undefined>): Set<string> => new Set(sheets.flatMap((x) => (x ? [x.name] : [])));

/** Body rows of a sheet found by its headers in which a 绩效指标 must show an indicator level. */
const LEVEL_PROBE_ROWS = 6;

/** Share of a ledger's known columns (地州市 aside) another sheet must name to be part of that ledger. */
const PART_MATCH = 0.6;

/** Whether a sheet's ledger header names the columns of `main` (地州市 aside): ≥ 60 % of them, with 项目编号 or 项目名称. */
function sharesLedger(s: GridSheet, main: ReadonlySet<ProjectKey>): boolean {
  const keys = headerKeys(s, LEDGER_COLUMNS);
  if (keys.size < 3 || !(keys.has('id') || keys.has('name'))) return false;
  let shared = 0;
  for (const k of main) if (keys.has(k)) shared++;
  return shared >= PART_MATCH * main.size;
}

const ledgerKeys = (s: GridSheet): Set<ProjectKey> => {
  const keys = headerKeys(s, LEDGER_COLUMNS);
  keys.delete('region');
  return keys;
};

/**
 * The sheets of the ledger: the one found by name (else by its headers), and every other visible
 * sheet whose header names the same columns (≥ 60 % of them, 地州市 aside, with 项目编号 or
 * 项目名称) — a ledger sent as one sheet per 地州市 — in sheet order. A hidden ledger yields only to a
 * visible sheet that names its columns the same way (a revised copy), not to any list of projects
 * (抽查项目: 项目编号 | 项目名称 | 承担单位 | 抽查结果); the hidden one passed over goes to `passed`.
 */
export function locateLedgerSheets(grid: Grid, exclude: ReadonlySet<string>, passed?: GridSheet[]): GridSheet[] {
  // a 自评表 or 监控表 (this tool's or the form by hand) is never the ledger: its 1—7月执行数 | 全年预计执行数 | 备注 are the
  // fund's figures, not a project's columns
  const forms = grid.sheets.filter((s) => isFormSheet(s) && !(SHEET_NAMES.ledger as ReadonlyArray<string>).includes(stripSpaces(s.name))).map((s) => s.name);
  const notForms = (ex: ReadonlySet<string>): ReadonlySet<string> => (forms.length ? new Set([...ex, ...forms]) : ex);
  const primary = visibleFirst(grid, exclude, (ex) => locateSheet(grid, SHEET_NAMES.ledger, LEDGER_COLUMNS, notForms(ex)), (s, hidden) => sharesLedger(s, ledgerKeys(hidden)), passed);
  if (!primary) return [];
  const main = ledgerKeys(primary);
  if (main.size < 2) return [primary];
  return grid.sheets.filter((s) => s === primary || (!exclude.has(s.name) && !s.hidden && sharesLedger(s, main)));
}

/**
 * Known parameters a 配置 found by its content must head: two (a ledger's header row may start with
 * 项目名称, a parameter's name too, but only one of its rows does); one under both a name that says 配置
 * and a `参数 | 值` header.
 */
const PROFILE_MIN_PARAMS = 2;
/** What a visible sheet counts over a hidden one: more than any sheet's number of parameters and its 值 header. */
const HIDDEN_PENALTY = 1000;
/**
 * What a `参数 | 值` header counts over its absence: more than any sheet's number of parameters, so the sheet that
 * gives the parameters' values wins over one that only names them (参数说明: 参数 | 说明, a template's notes).
 */
const VALUE_HEADER_BONUS = 100;

/**
 * The 配置 sheet: found by its name (or alias); else the sheet, among those whose name holds one
 * (`配置（2018）`, `配置表`, `项目基本信息`) or whose first rows have a `参数 | 值` header (`Sheet1`),
 * whose first rows name the most known parameters (评价年度, 预算单位, …), a visible one before a
 * hidden one and one with a `值` header before one without. A sheet that only explains the parameters
 * (参数说明: `参数 | 说明`, no `值` column) is never one: without a 配置 the check says so (S005). A generated 自评表 (项目名称 | …, no 值 header, another name) is never taken for one.
 */
export function locateProfileSheet(grid: Grid): GridSheet | undefined {
  const byName = locateSheet(grid, SHEET_NAMES.profile, null);
  if (byName) return byName;
  let best: GridSheet | undefined;
  let bestScore = 0;
  for (const s of grid.sheets) {
    const name = stripSpaces(s.name);
    const named = SHEET_NAMES.profile.some((n) => name.includes(n));
    const shape = profileShape(s, HEADER_SCAN_ROWS);
    // A 参数说明 (参数 | 说明, no 值 column) explains the parameters: read as 配置, its notes were values (L003 on 如 2018).
    const enough = !shape.notesOnly && (named || shape.valueHeader) && (shape.params >= PROFILE_MIN_PARAMS || (named && shape.valueHeader && shape.params >= 1));
    // a visible sheet before any hidden one (an old copy); a hidden one when it is the only one (a 配置 hidden to keep the book tidy)
    const score = enough ? shape.params + (shape.valueHeader ? VALUE_HEADER_BONUS : 0) + (s.hidden ? 0 : HIDDEN_PENALTY) : 0;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The 绩效指标 sheet: found by its name (or alias); else a sheet is taken for one only when its
 * 一级指标 column holds indicator levels (产出/效益/满意度 in any wording of the categories), or when, without levels, it
 * names indicators in words (三级指标, 指标名称, 绩效指标, 具体指标) with both a 年度指标值 and a 实际完成值 column — a
 * sheet of budget codes with 指标名称 | 指标值 | 单位 (no 实际完成值) is not one, nor a list of payments.
 */
export function locateIndicatorSheet(grid: Grid, exclude: ReadonlySet<string>, passed?: GridSheet[]): GridSheet | undefined {
  return visibleFirst(grid, exclude, (ex) => indicatorSheetOf(grid, ex), (s) => headerKeys(s, INDICATOR_COLUMNS).has('level3'), passed);
}

function indicatorSheetOf(grid: Grid, exclude: ReadonlySet<string>): GridSheet | undefined {
  const byName = locateSheet(grid, SHEET_NAMES.indicators, null, exclude);
  if (byName) return byName;
  let best: GridSheet | undefined;
  let bestScore = 2;
  for (const s of grid.sheets) {
    if (exclude.has(s.name)) continue;
    const keys = headerKeys(s, INDICATOR_COLUMNS);
    const named = keys.has('level3') && keys.has('target') && keys.has('actual');
    if (keys.size <= bestScore || !(keys.has('level1') || named)) continue;
    const t = readTable<IndicatorKey>(s, INDICATOR_COLUMNS);
    if (!t) continue;
    const probe = t.bodyRows.slice(0, LEVEL_PROBE_ROWS);
    const text = (col: number | undefined, test: (v: string) => boolean): boolean => col !== undefined && probe.some((r) => {
      const v = t.value(r, col);
      return typeof v === 'string' && test(v);
    });
    // its 一级指标 holds levels; or, without levels, it names indicators (a 三级指标 of words) with their 年度指标值 and 实际完成值
    const levels = text(t.columns.level1?.col, (v) => categoryOf(v) !== undefined);
    const indicators = named && t.columns.target !== undefined && t.columns.actual !== undefined && text(t.columns.level3?.col, (v) => /[\u4e00-\u9fff]/.test(v));
    if (!levels && !indicators) continue;
    best = s;
    bestScore = keys.size;
  }
  return best;
}

/**
 * Sheets besides the one read that hold indicators too (S014): named as an indicator sheet (绩效指标（效益）, 绩效指标（续）,
 * 指标表2 — a generated 自评表 or 监控表 is named otherwise) with a header naming 三级指标 and 年度指标值 or 实际完成值.
 * Those whose header is the read sheet's, column for column, are candidates to be read as parts of its table
 * (indicatorParts); the others are only reported.
 */
function otherIndicatorSheets(grid: Grid, read: GridSheet, taken: ReadonlySet<string>): Array<{ sheet: GridSheet; row: number }> {
  const out: Array<{ sheet: GridSheet; row: number }> = [];
  for (const s of grid.sheets) {
    if (s === read || taken.has(s.name) || s.hidden || !/指标/.test(stripSpaces(s.name)) || /自评表|监控表|申报表/.test(s.name)) continue;
    const keys = headerKeys(s, INDICATOR_COLUMNS);
    if (!keys.has('level3') || !(keys.has('target') || keys.has('actual'))) continue;
    const row = (s.origin?.row ?? 0) + Math.max(0, findHeaderRow(s, INDICATOR_COLUMNS));
    out.push({ sheet: s, row });
  }
  return out;
}

/** A header block as compared between sheets: each column's place and its texts, spaces and widths aside. */
function headerSignature(sheet: GridSheet): string | undefined {
  const block = findHeader(sheet, INDICATOR_COLUMNS);
  return block ? JSON.stringify(block.columns.map((c) => [c.col, c.path.map((t) => stripSpaces(toHalfWidth(t)))])) : undefined;
}

/**
 * Sheets that go on with the indicator table in another sheet: other indicator sheets (otherIndicatorSheets) whose header
 * is the read sheet's, column for column (绩效指标（产出） beside 绩效指标（效益）, the same form split by level 1). Whether
 * their rows are read is the check's to say (partsOf: they must not repeat the read sheet's indicators).
 */
function indicatorPartCandidates(grid: Grid, read: GridSheet, taken: ReadonlySet<string>): GridSheet[] {
  const own = headerSignature(read);
  if (own === undefined) return [];
  return otherIndicatorSheets(grid, read, taken).flatMap((o) => (headerSignature(o.sheet) === own ? [o.sheet] : []));
}

/** The year a sheet's name gives (2017年绩效指标, 绩效指标（2017）), if any. */
/**
 * A workbook's indicators are read as its cells show them (number formats) and with the mid-year form's answers: the
 * reading only a workbook needs, kept out of the indicator reader's own imports for INDICATORSCORE's bundle.
 */
export const INDICATOR_READING: IndicatorReading = { shown: shownNumber, monitor: monitorColumns };

const sheetNameYear = (name: string): number | undefined => {
  const m = /(?<!\d)(19|20)\d{2}(?!\d)/.exec(name);
  return m ? Number(m[0]) : undefined;
};

/**
 * The year another indicator sheet's name names when it is not the evaluation's (or, with none known, the read sheet's
 * name's): 2017年绩效指标 beside 2018's is last year's table (partsOf leaves it; S014 says older or newer).
 */
function otherYearOf(sheet: string, readSheet: string, fiscalYear: number | undefined): { year: number; fiscalYear: number } | undefined {
  const year = fiscalYear ?? sheetNameYear(readSheet);
  const y = sheetNameYear(sheet);
  return y !== undefined && year !== undefined && y !== year ? { year: y, fiscalYear: year } : undefined;
}

/**
 * The parts of an indicator table read whole: a candidate is a part when none of its 三级指标 is one of the indicators
 * already read (a sheet that repeats them is an old copy or a draft, reported by S014 as before), and its name names no
 * other year than the evaluation's (or, with none known, the first sheet's): 2017年绩效指标 beside this year's is last
 * year's table, however its indicators were worded then, not a part of this one.
 */
function partsOf(first: IndicatorsRead, candidates: ReadonlyArray<IndicatorsRead>, fiscalYear: number | undefined): { parts: IndicatorsRead[]; left: IndicatorsRead[] } {
  const names = new Set(first.indicators.map((i) => i.level3));
  const parts: IndicatorsRead[] = [];
  const left: IndicatorsRead[] = [];
  for (const c of candidates) {
    if (c.indicators.length === 0 || otherYearOf(c.table.sheet.name, first.table.sheet.name, fiscalYear) || c.indicators.some((i) => names.has(i.level3))) {
      left.push(c);
      continue;
    }
    for (const i of c.indicators) names.add(i.level3);
    parts.push(c);
  }
  return { parts, left };
}

/** One indicator table of its parts, in sheet order: each indicator of a part other than the first names its sheet. */
function combineIndicators(first: IndicatorsRead, parts: ReadonlyArray<IndicatorsRead>, order: ReadonlyArray<string>): IndicatorsRead {
  if (!parts.length) return first;
  const all = [first, ...parts].sort((a, b) => order.indexOf(a.table.sheet.name) - order.indexOf(b.table.sheet.name));
  return {
    ...first,
    indicators: all.flatMap((r) => (r === first ? r.indicators : r.indicators.map((i) => ({ ...i, sheet: r.table.sheet.name })))),
    findings: all.flatMap((r) => r.findings),
  };
}

/** S006: the overlapping merged ranges of a sheet read, once per sheet. */
function overlapFinding(table: Table<string>, emit: (f: Finding) => void): void {
  if (!table.overlaps.length) return;
  const first = table.overlaps[0].dropped;
  const list = (ms: ReadonlyArray<Merge>): string[] => [...new Set(ms.map(mergeRef))];
  emit(S006.finding.main({ sheet: table.sheet.name, row: first.top, col: first.left }, {
    sheet: table.sheet.name, kept: list(table.overlaps.map((o) => o.kept)), ranges: list(table.overlaps.map((o) => o.dropped)),
  }));
}

/** S001 without a ledger: the sheet that came closest (most known ledger headers) and the headers recognised there. */
/** The sheets S001.oneTable asks a CSV's two tables be put on. */
const ONE_TABLE_SHEETS = [SHEET_NAMES.ledger[0], SHEET_NAMES.indicators[0]];

/**
 * The title of a 自评表 or a 监控表 (项目支出绩效自评表, 项目支出绩效目标执行监控表, 绩效运行监控表) or the sheet name the
 * product gives them (2018年度绩效自评表, 2018年度绩效监控表).
 */
const FORM_TITLE = /绩效(?:目标)?(?:执行|运行)?(自评|监控)表/;

/** Whether a sheet is a 自评表 or a 监控表: FORM_TITLE in its name or in a text of its first two rows. */
function isFormSheet(s: GridSheet): boolean {
  if (FORM_TITLE.test(stripSpaces(s.name))) return true;
  return s.values.slice(0, 2).some((row) => row.some((v) => typeof v === 'string' && FORM_TITLE.test(stripSpaces(v))));
}

/** The form (S001.form) an indicator table without a ledger stands in: its title lines', else its sheet's name. */
function formOf(table: Table<IndicatorKey>): FormKind | undefined {
  for (const t of [...table.titleTexts, table.sheet.name]) {
    const m = FORM_TITLE.exec(stripSpaces(t));
    if (m) return m[1] === '自评' ? 'selfEval' : 'monitor';
  }
  return undefined;
}

function noLedgerFinding(grid: Grid, exclude: ReadonlySet<string>, indicators: Table<IndicatorKey> | null): Finding {
  // a file without sheets (a CSV): there is no sheet to name or rename. Its one table read as the indicators: the
  // ledger cannot be in that file; else the table has no header.
  const own = ownTableOf(grid);
  if (own && own.sheet === indicators?.sheet.name) return S001.finding.oneTable({ sheet: own.sheet, row: 0, col: 0 }, { file: own.file, read: 'indicators', missing: 'ledger', sheets: ONE_TABLE_SHEETS });
  // our own 自评表 or 监控表 (or the same form by hand): say what it is and what the check needs, not which sheet came closest
  const form = indicators && formOf(indicators);
  if (form) return S001.finding.form({ sheet: indicators.sheet.name, row: 0, col: 0 }, { sheet: indicators.sheet.name, form });
  if (own && !exclude.has(own.sheet)) return S001.finding.noHeader({ sheet: own.sheet, row: 0, col: 0 }, { table: own.file, examples: HEADER_EXAMPLES });
  let closest: { sheet: string; keys: Set<ProjectKey> } | undefined;
  for (const sh of grid.sheets) {
    if (exclude.has(sh.name)) continue;
    const keys = headerKeys(sh, LEDGER_COLUMNS);
    if (keys.size && (!closest || keys.size > closest.keys.size)) closest = { sheet: sh.name, keys };
  }
  for (const sh of grid.sheets) {
    const down = exclude.has(sh.name) ? undefined : headersDown(sh);
    if (down) return S001.finding.across({ sheet: sh.name, row: down.top, col: down.col }, { sheet: sh.name, range: `${a1(down.top, down.col)}:${a1(down.bottom, down.col)}`, headers: down.headers });
  }
  if (!closest) return S001.finding.main({ sheet: '', row: 0, col: 0 }, { kind: 'ledger', names: SHEET_NAMES.ledger });
  const headers = LEDGER_COLUMNS.filter((d) => closest!.keys.has(d.key)).map((d) => d.header);
  return S001.finding.closest({ sheet: closest.sheet, row: 0, col: 0 }, { kind: 'ledger', names: SHEET_NAMES.ledger, closest: closest.sheet, headers, count: headers.length, examples: HEADER_EXAMPLES });
}

/** Columns (from the left) of a sheet where ledger headers written down a column are looked for. */
const ACROSS_COLUMNS = 3;

/**
 * A ledger laid out across (one project a column): at least 3 of the ledger's headers down one of a sheet's first
 * columns, in its first rows — their cells (sheet coordinates) and texts as written; else undefined.
 */
function headersDown(sheet: GridSheet): { col: number; top: number; bottom: number; headers: string[] } | undefined {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const index = headerIndex(LEDGER_COLUMNS);
  const rows = Math.min(HEADER_SCAN_ROWS, sheet.values.length);
  for (let c = 0; c < ACROSS_COLUMNS; c++) {
    const keys = new Set<ProjectKey>();
    const headers: string[] = [];
    let top = -1;
    let bottom = -1;
    for (let r = 0; r < rows; r++) {
      const v = sheet.values[r]?.[c];
      const m = typeof v === 'string' && v.trim() ? matchColumn([v.trim()], index, () => undefined) : undefined;
      if (!m || keys.has(m.def.key)) continue;
      keys.add(m.def.key);
      headers.push((v as string).trim());
      if (top < 0) top = r;
      bottom = r;
    }
    if (keys.size >= MIN_KNOWN_HEADERS) return { col: o.col + c, top: o.row + top, bottom: o.row + bottom, headers };
  }
  return undefined;
}

/** S005: no 配置 sheet, no 评价年度 row in it, or the row blank — with where else the year was looked for. */
function noYearFinding(grid: Grid, profileSheet: GridSheet | undefined, profileRead: ProfileRead, ledgerTable: Table<ProjectKey> | null): Finding {
  const clip = (t: string): string => (t.length > 30 ? t.slice(0, 30) + '…' : t);
  const titles = (ledgerTable?.titleTexts ?? []).slice(0, 2).map(clip);
  const sheets = grid.sheets.slice(0, 6).map((x) => clip(x.name));
  if (grid.sheets.length > 6) sheets.push('…');
  const field = '评价年度';
  const lone = grid.sheets.length === 1 && grid.sheets[0].namedAfterFile ? grid.sheets[0] : undefined;
  if (!profileSheet && lone) return S005.finding.noProfileFile({ sheet: lone.name, row: 0, col: 0 }, { sheet: SHEET_NAMES.profile[0], field, titles, file: clip(lone.namedAfterFile ?? lone.name), example: '2018年度项目台账' });
  if (!profileSheet) return S005.finding.noProfile({ sheet: ledgerTable?.sheet.name ?? '', row: 0, col: 0 }, { sheet: SHEET_NAMES.profile[0], field, titles, sheets });
  const cell = profileRead.cells.fiscalYear;
  if (cell) return S005.finding.blank({ sheet: profileSheet.name, ...cell }, { sheet: profileSheet.name, field, cell: a1(cell.row, cell.col), titles, sheets });
  return S005.finding.main({ sheet: profileSheet.name, row: 0, col: 0 }, { sheet: profileSheet.name, field, titles, sheets });
}

/**
 * Rows of each sheet the sheet choice looks at: the header is searched in the first
 * HEADER_SCAN_ROWS rows, may take MAX_HEADER_ROWS rows, and a 绩效指标 found by its headers is
 * told from other tables by its first body rows. A file reader that reads the first
 * SELECT_HEAD_ROWS rows of every sheet and then only the sheets `sheetsToRead` names gives
 * `checkWorkbook` the same sheets as reading everything.
 */
export const SELECT_HEAD_ROWS = HEADER_SCAN_ROWS + MAX_HEADER_ROWS + LEVEL_PROBE_ROWS;

/**
 * Which sheets the checks take as 配置, 项目台账 (one sheet, or one per 地州市), 绩效指标 and 报告素材:
 * by name, else (配置, ledger, indicators) by the content of their first rows; a visible sheet before
 * a hidden one. The one place every face (CLI, page, task pane, WPS, jx merge) learns which sheet is
 * which. Looks no further than SELECT_HEAD_ROWS rows into any sheet, so a file reader can choose from
 * the sheets' first rows which sheets to read whole.
 */
export function locateWorkbookSheets(grid: Grid): {
  profile?: GridSheet;
  ledgerSheets: GridSheet[];
  indicators?: GridSheet;
  /** Sheets whose header is the indicator sheet's (indicatorPartCandidates): read as parts of its table when they add indicators. */
  indicatorParts: GridSheet[];
  material?: GridSheet;
  /** A hidden 项目台账 passed over for the visible ledger (visibleFirst): read whole only to say how many rows it holds (S017). */
  hiddenLedger?: GridSheet;
  /** The same of a hidden 绩效指标. */
  hiddenIndicators?: GridSheet;
} {
  const profile = locateProfileSheet(grid);
  const taken = namesOf([profile]);
  const passed: GridSheet[] = [];
  const ledgerSheets = locateLedgerSheets(grid, taken, passed);
  const hiddenLedger = passed.pop();
  for (const s of [...ledgerSheets, ...(hiddenLedger ? [hiddenLedger] : [])]) taken.add(s.name);
  const indicators = locateIndicatorSheet(grid, taken, passed);
  const hiddenIndicators = passed.pop();
  if (indicators) taken.add(indicators.name);
  const indicatorParts = indicators ? indicatorPartCandidates(grid, indicators, taken) : [];
  for (const s of indicatorParts) taken.add(s.name);
  const material = locateMaterialSheet(grid, taken);
  return { profile, ledgerSheets, indicators, indicatorParts, ...(material ? { material } : {}), ...(hiddenLedger ? { hiddenLedger } : {}), ...(hiddenIndicators ? { hiddenIndicators } : {}) };
}

/**
 * The sheets `checkWorkbook` reads (配置, the ledger's sheets, 绩效指标 and 报告素材), chosen from a grid
 * of the sheets' first SELECT_HEAD_ROWS rows.
 */
export function sheetsToRead(heads: Grid): Set<string> {
  const s = locateWorkbookSheets(heads);
  return namesOf([s.profile, ...s.ledgerSheets, s.indicators, ...s.indicatorParts, s.material, s.hiddenLedger, s.hiddenIndicators]);
}

/**
 * S017: the hidden sheet `hidden` passed over for `read` (visibleFirst), at the header of the sheet read; `readRows`,
 * the rows read as records there (every sheet of a ledger sent in parts).
 */
function hiddenPassed(hidden: GridSheet | undefined, read: Table<string> | null, readRows: number, kind: 'ledger' | 'indicators', emit: (f: Finding) => void): void {
  if (!hidden || !read) return;
  const rows = readTable<string>(hidden, kind === 'ledger' ? LEDGER_COLUMNS : INDICATOR_COLUMNS)?.bodyRows.length ?? 0;
  const at = { sheet: read.sheet.name, row: read.headerRow, col: read.sheet.origin?.col ?? 0 };
  const p = { kind, sheet: hidden.name, rows, read: read.sheet.name, readRows };
  emit(rows > readRows ? S017.finding.more(at, p) : S017.finding.main(at, p));
}

/** A 绩效指标 whose target column is not found: one S002 for the sheet, never a W005 per row. */
function targetsColumn(read: IndicatorsRead, emit: (f: Finding) => void): void {
  const table = read.table;
  if (table.columns.target || read.indicators.length === 0) return;
  const def = INDICATOR_COLUMNS.find((d) => d.key === 'target')!;
  emit(S002.finding.targets({ sheet: table.sheet.name, row: table.headerRow, col: table.sheet.origin?.col ?? 0 }, { field: def.header, aliases: acceptedNamesOf(def), count: read.indicators.length }));
}

/**
 * A year-end 绩效指标 without 实际完成值: one S002 for the sheet when some indicator has nothing else to be scored by; at
 * the forecast's column when a forecast is all it has (`2021年实际完成（预计）`: never scored as the actual).
 */
function actualsColumn(read: IndicatorsRead, emit: (f: Finding) => void): void {
  const table = read.table;
  if (table.columns.actual) return;
  const count = read.indicators.filter((i) => i.source === undefined && scoringKind(i) !== 'na').length;
  if (count === 0) return;
  const def = INDICATOR_COLUMNS.find((d) => d.key === 'actual')!;
  const forecast = table.columns.forecast;
  if (forecast) {
    const row = forecast.row ?? table.headerRow;
    emit(S019.finding.main({ sheet: table.sheet.name, row, col: forecast.col }, { field: def.header, header: forecast.header, cell: a1(row, forecast.col), count }));
    return;
  }
  emit(S002.finding.actuals({ sheet: table.sheet.name, row: table.headerRow, col: table.sheet.origin?.col ?? 0 }, { field: def.header, aliases: acceptedNamesOf(def), count }));
}

/** 本年拨付 of all the projects (blank: 0), in ledger order: one loop, no array of 100,000 amounts made first. */
function disbursedTotal(projects: ReadonlyArray<Project>): Fen {
  let s = 0;
  for (let i = 0; i < projects.length; i++) s += projects[i].disbursed ?? 0;
  return s;
}

/**
 * The profile's names for a ledger of another fund (no patent column, no 专利 in its titles: isPatentLedger): those
 * 配置 does not give (项目名称, 预算单位, and 实施单位 unless 预算单位 stands for it, as workbook.md has it) are blank,
 * not the patent fund's defaults (自治区专利实施计划项目, 自治区知识产权局) — the 自评表 of a 科技 or 就业 ledger printed
 * them, to be stamped and sent — and S015 says which, at the ledger's header. A patent fund's ledger keeps the defaults.
 */
function namesOfAnotherFund(profile: Profile, read: ProfileRead, ledger: LedgerRead, titled: string | undefined, emit: (f: Finding) => void, file: string | undefined): Profile {
  if (ledgerParts(ledger).some((p) => isPatentLedger(p.table))) return profile;
  if (!read.cells.projectName && titled !== undefined) profile = { ...profile, projectName: titled };
  const name = !read.cells.projectName && titled === undefined;
  const agency = !read.cells.agency;
  const implementer = agency && !read.cells.implementer;
  if (!name && !agency) return profile;
  const gap: FundNameGap = name ? (agency ? (implementer ? 'all' : 'nameAgency') : 'name') : implementer ? 'agency' : 'agencyOnly';
  const t = ledger.table;
  const at = { sheet: t.sheet.name, row: t.headerRow, col: t.sheet.origin?.col ?? 0 };
  const first = name ? 'name' : 'agency';
  // a CSV has no 配置 to fill in: what to do instead (S015.file)
  emit(file !== undefined ? S015.finding.file(at, { file, gap, first, advice: first }) : S015.finding.main(at, { gap, first }));
  return { ...profile, ...(name ? { projectName: '' } : {}), ...(agency ? { agency: '' } : {}), ...(implementer ? { implementer: '' } : {}) };
}

/** A table's sheet and the lines above its header (readTable's titleTexts). */
type Titled = Pick<Table<string>, 'sheet' | 'titleTexts' | 'headerRow' | 'headerBottom'>;

/**
 * A heading that writes this year's figures with its year (`2020年拨付`, `2020年度资金`, a `2020年` group over the amounts);
 * not one of the years before it (`截至2019年底`, `2019年底累计`, `2019年及以前`, `2019年度以前`).
 */
const HEADING_YEAR = /^((?:19|20)\d{2})年(?!度?(?:底|末|[以之]?前|及|累计))/;

/** A heading of what a year is planned to bring (`2021年计划拨付`, `2021年预计`, `2021年预算数`, `2021年拟安排`): the year after, beside. */
const PLANNED = /计划|预计|预算(?!执行)|拟/;

/**
 * The latest year a table's headings write (HEADING_YEAR: the year before stands beside to compare), or undefined; a
 * year only a plan's heading writes (PLANNED) counts where no other heading writes one: `2020年拨付 | 2021年计划拨付` is
 * 2020's ledger, with next year's plan beside it.
 */
function headingYear(t: Titled): number | undefined {
  let latest: number | undefined;
  let planned: number | undefined;
  const o = t.sheet.origin ?? { row: 0, col: 0 };
  for (let r = t.headerRow; r <= t.headerBottom; r++)
    for (const v of t.sheet.values[r - o.row] ?? []) {
      const text = typeof v === 'string' ? stripSpaces(v) : '';
      const m = HEADING_YEAR.exec(text);
      if (!m) continue;
      if (PLANNED.test(text.slice(m[0].length))) planned = Math.max(planned ?? 0, Number(m[1]));
      else latest = Math.max(latest ?? 0, Number(m[1]));
    }
  return latest ?? planned;
}

/**
 * The fiscal year a workbook names without a 评价年度 in 配置, and the sheet that names it: the first year in the ledger's
 * title lines, the indicator sheet's, the ledger's sheet name, then 配置's sheet name (inferYear: a date of filling names
 * none); else the year the ledger's headings write, then the indicators' (headingYear: a CSV has no sheet name nor
 * 配置, and its headings may be all that names it: `2020年拨付`), `headings` then. One decision for the check's fiscal
 * year and for the year a prefecture's file names for itself (X005).
 */
export function titleYear(ledger: Titled | null | undefined, indicators: Titled | null | undefined, profileSheetName: string | undefined): { year: number; sheet: string; headings?: true } | undefined {
  // each sheet's lines read together: a label in one cell labels the date in the next (填报时间： | 2019年1月1日至…)
  const sources: Array<readonly [ReadonlyArray<string>, string]> = [
    ...(ledger ? [[ledger.titleTexts, ledger.sheet.name] as const] : []),
    ...(indicators ? [[indicators.titleTexts, indicators.sheet.name] as const] : []),
    ...(ledger ? [[[ledger.sheet.name], ledger.sheet.name] as const] : []),
    ...(profileSheetName !== undefined ? [[[profileSheetName], profileSheetName] as const] : []),
  ];
  for (const [texts, sheet] of sources) {
    const year = inferYear(texts);
    if (year !== undefined) return { year, sheet };
  }
  for (const t of [ledger, indicators]) {
    const year = t ? headingYear(t) : undefined;
    if (year !== undefined) return { year, sheet: t!.sheet.name, headings: true };
  }
  return undefined;
}

/** Body rows whose formats say a ledger's amount column's unit. */
const WAN_SHOWN_ROWS = 50;

/**
 * A ledger table whose amount columns' numbers a format shows in 万 (`0!.0000"万元"`: showsWan) on most of their first
 * rows: those are kept in 元, whatever the header says (what the officer sees, 12.3456万元, is 123456 in the cell).
 */
function withWanShown(t: Table<ProjectKey> | null): Table<ProjectKey> | null {
  if (!t?.sheet.numberFormats) return t;
  let columns: Partial<Record<ProjectKey, ColumnInfo>> | undefined;
  for (const def of LEDGER_COLUMNS) {
    const info = t.columns[def.key];
    if (def.type !== 'amount' || !info) continue;
    let numbers = 0;
    let shown = 0;
    for (const row of t.bodyRows.slice(0, WAN_SHOWN_ROWS)) {
      if (typeof t.value(row, info.col) !== 'number') continue;
      numbers++;
      if (showsWan(rawFormat(t.sheet, row, info.col) ?? '')) shown++;
    }
    if (shown * 2 > numbers) (columns ??= { ...t.columns })[def.key] = { ...info, unit: '元' };
  }
  return columns ? { ...t, columns } : t;
}

/** Checks a whole workbook. */
export function checkWorkbook(grid: Grid, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const emit = (f: Finding): void => void findings.push(f);
  for (const s of grid.sheets) if (s.readFindings) pushAll(findings, s.readFindings);
  const located = locateWorkbookSheets(grid);
  const profileSheet: GridSheet | undefined = located.profile;
  const profileRead = readProfile(profileSheet);
  pushAll(findings, profileRead.findings);
  let { profile } = profileRead;

  const { ledgerSheets, indicators: indicatorSheet } = located;
  const ledgerSheet = ledgerSheets[0];
  const taken = namesOf([profileSheet, ...ledgerSheets]);

  const readLedgerTables = (year: number | undefined): Array<Table<ProjectKey> | null> => ledgerSheets.map((s) => withWanShown(readTable<ProjectKey>(s, LEDGER_COLUMNS, year)));
  let ledgerTables = readLedgerTables(profile.fiscalYear);
  /** The tables read (the ledger's sheets, the indicators'): where formulas saved without results matter (S016). */
  const readTables: Table<string>[] = [];
  let indicatorTable = indicatorSheet ? readIndicatorTable(indicatorSheet, profile.fiscalYear) : null;
  const named = profile.fiscalYear === undefined ? titleYear(ledgerTables[0], indicatorTable, profileSheet?.name) : undefined;
  // a sheet per cohort year (2019年 | 2020年): without 配置, the year is the latest sheet's (its first title names the first)
  const sheetYears = yearsOfSheets(ledgerSheets.map((s) => s.name));
  const fiscalYear = profile.fiscalYear ?? (sheetYears && named ? sheetYears.reduce((a, b) => Math.max(a, b), named.year) : named?.year);
  // A year only the headings write is the year of the heading that writes it (2020年拨付 is 本年拨付): read again with it.
  if (named?.headings) ledgerTables = readLedgerTables(fiscalYear);
  const ledgerTable = ledgerTables[0] ?? null;
  // A year the workbook names elsewhere (the ledger's title) is the year of the indicator sheet's year columns (2017年度 |
  // 2018年度) too: read again with it (a sheet of tens of rows), as with 配置's 评价年度.
  if (indicatorSheet && profile.fiscalYear === undefined && fiscalYear !== undefined) indicatorTable = readIndicatorTable(indicatorSheet, fiscalYear);
  // 年度总体目标 / 实际完成情况 written above the indicators, as the forms carry them, where 配置 gives none (report.md)
  profile = withSheetGoals(profile, indicatorTable);
  // Mid-year: asked for, or the indicators give 监控期完成值 and no 实际完成值; a ledger alone, when its paid column is as
  // of a cut-off (1-6月执行数, 1-7月拨付, 截至监控日拨付), as the 监控表 workbook's ledger is (monitor.md)
  const paid = ledgerTables[0]?.columns.disbursed?.header;
  const midYear = options.monitor || (indicatorTable ? !indicatorTable.columns.actual && indicatorTable.columns.monitored !== undefined : paid !== undefined && (spanMonth(paid) !== undefined || paid.includes('监控')));
  const stage: Stage = midYear ? 'midYear' : indicatorTable && !indicatorTable.columns.actual && !ledgerSheet ? 'request' : 'yearEnd';
  // A budget request needs no 评价年度 (its deadlines print as written) and has no ledger.
  if (fiscalYear === undefined && stage !== 'request') emit(noYearFinding(grid, profileSheet, profileRead, ledgerTable));

  let ledger: LedgerRead | undefined;
  if (!ledgerTable && stage === 'request') {
    // targets only: no ledger is expected — unless a year-end form is asked for
    if (options.forSelfEval && indicatorSheet) emit(S001.finding.request({ sheet: indicatorSheet.name, row: 0, col: 0 }, {}));
  } else if (!ledgerTable) {
    emit(ledgerSheet
      ? S001.finding.noHeader({ sheet: ledgerSheet.name, row: 0, col: 0 }, { table: ledgerSheet.name, examples: HEADER_EXAMPLES })
      : noLedgerFinding(grid, taken, indicatorTable));
  } else {
    const allowed = new Set(profile.regions);
    const parts: LedgerRead[] = [];
    // a ledger without a 地州市 column is one prefecture's when its sheet's name, else its title lines, else (one sheet) the file's name names it
    const fileRegion = options.fileName !== undefined && ledgerSheets.length === 1 ? regionNamedIn([options.fileName.replace(/^.*[\\/]/, '')], allowed, XINJIANG_COUNTIES) : undefined;
    // a sheet per cohort year without a 立项年度 column: each project's is its sheet's
    ledgerTables.forEach((t, i) => {
      if (!t) return;
      const part = readLedger(t, profile.unit, { region: regionFromSheetName(ledgerSheets[i].name, allowed, XINJIANG_COUNTIES), titleRegion: regionNamedIn(t.titleTexts, allowed, XINJIANG_COUNTIES) ?? fileRegion });
      const year = t.columns.cohortYear ? undefined : sheetYears?.[i];
      parts.push(year === undefined ? part : { ...part, projects: part.projects.map((p) => ({ ...p, cohortYear: year })), yearFromSheet: year });
    });
    const { kept, left } = leaveOutRepeats(parts);
    for (const l of left) {
      const t = l.part.table;
      emit(S010.finding.main({ sheet: t.sheet.name, row: t.headerRow, col: t.sheet.origin?.col ?? 0 }, { sheet: t.sheet.name, count: l.count, others: l.others }));
    }
    ledger = combineLedger(kept);
    for (const p of kept) readTables.push(p.table);
    if (!ledger.projects.length && stage !== 'request') {
      const t = ledger.table;
      emit(S011.finding.main({ sheet: t.sheet.name, row: t.headerBottom, col: t.sheet.origin?.col ?? 0 }, { sheets: kept.map((p) => p.table.sheet.name), cell: a1(t.headerBottom, t.sheet.origin?.col ?? 0) }));
    }
    // 配置's own words for the fund (not the defaults, which name the patent fund): a patent fund's ledger is asked for 专利号
    const fundNames = (['projectName', 'reportSubject'] as const).flatMap((k) => (profileRead.cells[k] && profile[k] !== undefined ? [profile[k]] : []));
    pushAll(findings, ledgerFindings(ledger, profile, fiscalYear, fundNames, XINJIANG_COUNTIES));
    for (const p of kept) {
      overlapFinding(p.table, emit);
      hiddenRowsFinding(p.table, p.projects, emit);
    }
    hiddenPassed(located.hiddenLedger, ledgerTable, ledgerTables.reduce((n, t) => n + (t?.bodyRows.length ?? 0), 0), 'ledger', emit);
  }
  // No 配置 naming the fund: the fund the title lines name (the ledger's, then the indicator sheet's), if any
  const titled = fundNamedIn([...(ledger ? ledgerParts(ledger).flatMap((p) => p.table.titleTexts) : []), ...(indicatorTable?.titleTexts ?? [])]);
  if (ledger) profile = namesOfAnotherFund(profile, profileRead, ledger, titled, emit, ownTableOf(grid)?.file);
  // No ledger to tell whose fund this is (a target table alone, a ledger not found): the fund 配置 names, else none —
  // not workbook.md's default, the patent fund's, which the 问题清单's 资金名称 gave a 公厕 target table.
  else if (!profileRead.cells.projectName) profile = { ...profile, projectName: titled ?? '' };
  const disbursedSum = ledger?.table.columns.disbursed ? disbursedTotal(ledger.projects) : undefined;
  budgetRules(profileRead, profileSheet?.name, disbursedSum, emit, stage === 'midYear');

  let indicators: IndicatorsRead | undefined;
  let indicatorSheets: string[] | undefined;
  if (indicatorTable) {
    const first = readIndicators(indicatorTable, INDICATOR_READING);
    const candidates = located.indicatorParts.flatMap((s) => {
      const t = readIndicatorTable(s, fiscalYear);
      return t ? [readIndicators(t, INDICATOR_READING)] : [];
    });
    const { parts } = partsOf(first, candidates, fiscalYear);
    indicators = combineIndicators(first, parts, grid.sheets.map((s) => s.name));
    const readParts = [first, ...parts];
    for (const r of readParts) readTables.push(r.table);
    if (parts.length) indicatorSheets = grid.sheets.map((s) => s.name).filter((n) => readParts.some((r) => r.table.sheet.name === n));
    pushAll(findings, indicators.findings);
    for (const r of readParts) {
      overlapFinding(r.table, emit);
      columnFindings(withoutLabels(r.table), INDICATOR_COLUMNS, emit, undefined, new Set([...r.causeColumns.keys(), ...r.likelihoodColumns.keys(), ...r.computedColumns]));
      skippedRowFindings(r.table, emit);
      spotCheckedFindings(r.table, emit);
    }
    const read = new Set(readParts.map((r) => r.table.sheet.name));
    for (const other of otherIndicatorSheets(grid, indicatorTable.sheet, namesOf([profileSheet, ...ledgerSheets])))
      if (!read.has(other.sheet.name)) {
        const at = { sheet: other.sheet.name, row: other.row, col: other.sheet.origin?.col ?? 0 };
        const names = { sheet: other.sheet.name, read: indicatorTable.sheet.name };
        // another year's table is not to be merged into this one: say which year, and what to do about it
        const years = otherYearOf(other.sheet.name, indicatorTable.sheet.name, fiscalYear);
        emit(!years ? S014.finding.main(at, names) : years.year < years.fiscalYear ? S014.finding.older(at, { ...names, ...years }) : S014.finding.newer(at, { ...names, ...years }));
      }
    hiddenPassed(located.hiddenIndicators, indicatorTable, indicatorTable.bodyRows.length, 'indicators', emit);
    indicatorRules(indicators, emit, stage);
    reviewIndicators(indicators, emit);
    targetsColumn(indicators, emit);
    if (stage === 'yearEnd') actualsColumn(indicators, emit);
  } else if (options.forSelfEval) {
    // a file of one table (a CSV) read as the ledger: the indicators cannot be in it, and it has no sheet to name
    const own = ownTableOf(grid);
    if (own && ledgerSheet?.name === own.sheet) emit(S001.finding.oneTable({ sheet: own.sheet, row: 0, col: 0 }, { file: own.file, read: 'ledger', missing: 'indicators', sheets: ONE_TABLE_SHEETS }));
    else emit(S001.finding.indicators({ sheet: indicatorSheet?.name ?? '', row: 0, col: 0 }, { kind: 'indicators', names: SHEET_NAMES.indicators, examples: INDICATOR_COLUMNS.slice(0, 3).map((d) => d.header) }));
  }

  const material = located.material && readMaterialSheet(located.material);
  if (material) pushAll(findings, material.findings);

  const ownTable = ownTableOf(grid);
  return {
    findings: capPerRule(sortFindings(uncalculatedFindings(grid, findings, readTables, profileSheet ? [profileSheet.name] : []), grid.sheets.map((s) => s.name))),
    stage,
    profile,
    profileRead,
    ...(profileRead.cells.projectName ? { fundNamed: 'profile' as const } : titled !== undefined && profile.projectName === titled ? { fundNamed: 'title' as const } : {}),
    fiscalYear,
    ledger,
    indicators,
    material,
    sheets: { profile: profileSheet?.name, ledger: ledger?.table.sheet.name ?? ledgerSheet?.name, indicators: indicatorSheet?.name, material: material?.sheet },
    ledgerSheets: ledger ? ledgerParts(ledger).map((p) => p.table.sheet.name) : [],
    ...(indicatorSheets ? { indicatorSheets } : {}),
    ...(ownTable ? { ownTable } : {}),
  };
}

/**
 * A second column of an indicator table that holds nothing but its own header (the 2020 form's 绩效指标, a label down the left
 * of the indicator block) is a label, not a column read twice: no S003 asking to rename what the form prints. Nothing is
 * lost: each of its body cells is blank, the label, or what the kept column says (a note merged across the table). Here,
 * not in read/table.ts, so that the custom functions' bundle does not carry it (INDICATORSCORE reads no form).
 */
/** A page's continuation mark after a label, as stripSpaces leaves it (half-width brackets): (续) (CONTINUED), (续表), (续2), 续表, (续上表). */
const CONTINUED_MARK = /\(?续(?:上?表)?\d*\)?$/;

function withoutLabels<K extends string>(table: Table<K>): Table<K> {
  if (!table.duplicates.length || !table.bodyRows.length) return table;
  const label = (d: Table<K>['duplicates'][number]): boolean => {
    // the label, or the label again below a page break of a form of several pages: 绩效指标\n（续） as selfeval/sheet.ts
    // writes it (CONTINUED), or as retyped by hand — 绩效指标(续), 绩效指标（续表）, 绩效指标（续2）, 绩效指标 续表, （续上表）
    const label = stripSpaces(d.header);
    return table.bodyRows.every((r) => {
      const v = table.value(r, d.col);
      return isBlank(v) || v === table.value(r, d.firstCol) || (typeof v === 'string' && stripSpaces(v).replace(CONTINUED_MARK, '') === label);
    });
  };
  const kept = table.duplicates.filter((d) => !label(d));
  return kept.length === table.duplicates.length ? table : { ...table, duplicates: kept };
}
