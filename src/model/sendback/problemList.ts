/**
 * 问题清单: the list of problems sent back to the prefecture that submitted a ledger, as two
 * sheet layouts (any adapter writes them):
 * - 汇总 (summary): the fund, the date, each file checked (sheets and projects read, counts),
 *   the counts by severity and by rule with each rule's title, and what to do with the list;
 * - 问题清单 (the list): one row per finding — 序号, [文件], 严重程度, 规则, 规则名称, 工作表,
 *   单元格 (a plain address, no hyperlink), 项目编号, 项目名称, 原值, 说明 and an empty 整改情况
 *   column for the prefecture — with the header frozen and filtered, A4 landscape, one page wide,
 *   the header repeated on every printed page. Several files give one list with a 文件 column.
 *
 * The texts are the one message map's (说明 is the finding's message), in either locale. User
 * text is shown with its control characters made visible and cut to Excel's cell limit.
 */
import type { WorkbookEvaluation } from '../evaluate';
import { type Finding, type Severity } from '../findings';
import { countBySeverity, findingCell } from '../findingsShown';
import { isDateValue, isErrorValue, isoDate, type CellValue, type Grid, type GridSheet, type Merge } from '../grid';
import { ownTableOf } from '../gridWhole';
import { PAGE_NUMBER_FOOTER, type CellStyle, type SheetLayout } from '../layout';
import { MARK_FILLS } from '../marks';
import { formatFinding, SEVERITY_TITLE, type Locale } from '../messages';
import { ledgerParts } from '../read/ledgerSheets';
import { ruleTitle } from '../rules';
import { sig15 } from '../scoring/rounding';
import { BODY, HEADER, LABEL, NOTE, SheetBuilder, TITLE, SUBTITLE } from '../selfeval/sheet';
import { writtenFileName } from '../text/fileNames';
import { cutText, visibleText } from '../text/visible';

/** One checked file. */
export interface CheckedFile {
  /** The file's name as the user knows it (no directory). */
  readonly name: string;
  /** The workbook read from it; absent when the file could not be read. */
  readonly grid?: Grid;
  readonly evaluation?: WorkbookEvaluation;
  /** Why the file could not be read, in the list's locale. */
  readonly error?: string;
  /**
   * The findings across files (X001–X006, `jx check --across`) that point into this file, listed after its own. A file
   * with these and no evaluation of its own is the province's 配置 given apart (--profile): listed for them alone.
   */
  readonly across?: ReadonlyArray<Finding>;
}

/** The sheet a file of one table (a CSV) was read as (CheckResult.ownTable), which the list names as no sheet. */
const ownSheetOf = (f: CheckedFile): string | undefined => f.evaluation?.check.ownTable?.sheet ?? (f.grid ? ownTableOf(f.grid)?.sheet : undefined);

/** A file's findings as the list gives them: its own, then those across files that point into it. */
const findingsOf = (f: CheckedFile): ReadonlyArray<Finding> =>
  f.across?.length ? [...(f.evaluation?.findings ?? []), ...f.across] : (f.evaluation?.findings ?? []);

export interface ProblemListOptions {
  readonly locale: Locale;
  /** The date of the check, as shown (`2019-03-01`). */
  readonly date: string;
}

/** One row of the list, as data (what the sheet shows; tests read it back). */
export interface ProblemRow {
  readonly no: number;
  readonly file: string;
  readonly severity: Severity;
  readonly rule: string;
  readonly title: string;
  readonly sheet: string;
  readonly cell: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly value: string;
  readonly message: string;
}

const T = {
  'zh-CN': {
    summarySheet: '汇总',
    listSheet: '问题清单',
    title: '台账检查问题清单',
    /** The line under the title: the fund(s) checked and the date. */
    subtitle: (fund: string, date: string) => `资金名称：${fund}\u3000\u3000检查日期：${date}`,
    listSeparator: '、',
    /** No fund named by any file read, and files that could not be read: what is known of them. */
    fundUnread: (files: string) => `未知（${files}无法读取）`,
    /** Files read, none naming its fund (another fund's ledger, a target table, without 配置's 项目名称): where to name it. */
    fundNotNamed: '未注明（“配置”中没有“项目名称”）',
    quoted: (name: string) => `“${name}”`,
    filesHeading: '一、检查的文件',
    fileCols: ['文件', '读取的工作表', '项目数', '错误', '警告', '提示', '合计'],
    unreadable: (why: string) => `无法读取：${why}`,
    noSheets: '（未找到可检查的工作表）',
    wholeFile: '（整个文件：CSV 或文本文件没有工作表）',
    severityHeading: '二、按严重程度',
    severityCols: ['严重程度', '数量'],
    total: '合计',
    rulesHeading: '三、按规则',
    ruleCols: ['规则', '规则名称', '严重程度', '数量'],
    none: '未发现问题。',
    /** No problem listed, and a file could not be read: it was not checked (not: no problem). */
    noneRead: '未能检查：文件无法读取（原因见上表），请修正后重新报送。',
    noneOfRead: '已读取的文件未发现问题；无法读取的文件未能检查（原因见上表）。',
    /** The list sheet and the note of a check that found nothing: said plainly, nothing to correct. */
    nothingToCorrect: '本次检查未发现问题，没有需要整改的内容。',
    instructions:
      '请逐条核对“问题清单”工作表中的问题，在“整改情况”列填写整改情况，修改台账后连同本清单一并报回。“单元格”指提交文件中的位置；“原值”为该单元格中的内容。',
    listCols: ['序号', '文件', '严重程度', '规则', '规则名称', '工作表', '单元格', '项目编号', '项目名称', '原值', '说明', '整改情况'],
    footer: PAGE_NUMBER_FOOTER,
    true: 'TRUE',
    false: 'FALSE',
  },
  'en-US': {
    summarySheet: 'Summary',
    listSheet: 'Problems',
    title: 'Ledger check: list of problems',
    subtitle: (fund: string, date: string) => `Fund: ${fund}    Checked on: ${date}`,
    listSeparator: ', ',
    fundUnread: (files: string) => `unknown (${files} could not be read)`,
    fundNotNamed: 'not named (no "项目名称" in the profile sheet "配置")',
    quoted: (name: string) => `"${name}"`,
    filesHeading: '1. Files checked',
    fileCols: ['File', 'Sheets read', 'Projects', 'Errors', 'Warnings', 'Info', 'Total'],
    unreadable: (why: string) => `Cannot read: ${why}`,
    noSheets: '(no sheet to check found)',
    wholeFile: '(the whole file: a CSV or text file has no sheets)',
    severityHeading: '2. By severity',
    severityCols: ['Severity', 'Count'],
    total: 'Total',
    rulesHeading: '3. By rule',
    ruleCols: ['Rule', 'Rule title', 'Severity', 'Count'],
    none: 'No problems found.',
    noneRead: 'Not checked: the file could not be read (see the reason above); correct it and send it again.',
    noneOfRead: 'No problems found in the files read; the files that could not be read were not checked (see the reasons above).',
    nothingToCorrect: 'No problems were found in this check: there is nothing to correct.',
    instructions:
      'Check each problem on the "Problems" sheet, write what was done in the "Correction" column, correct the ledger and send it back with this list. "Cell" is the position in the submitted file; "Value" is what that cell holds.',
    listCols: ['No.', 'File', 'Severity', 'Rule', 'Rule title', 'Sheet', 'Cell', 'Project id', 'Project name', 'Value', 'Message', 'Correction'],
    footer: '&CPage &P of &N',
    true: 'TRUE',
    false: 'FALSE',
  },
} as const;

const SEVERITIES: ReadonlyArray<Severity> = ['error', 'warning', 'info'];
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** User text as a cell shows it: control characters visible, at most Excel's 32,767 characters. */
export function cellText(s: string): string {
  return cutText(visibleText(s)).text;
}

/** Every sheet of a file's ledger (one per county or 地州市, or the one). */
const ledgerSheets = (ev: WorkbookEvaluation): string[] => (ev.check.ledger ? ledgerParts(ev.check.ledger).map((p) => p.table.sheet.name) : []);

function sheetOf(grid: Grid | undefined, name: string): GridSheet | undefined {
  return grid?.sheets.find((s) => s.name === name);
}

/** The value of a cell of a grid sheet, as text (`''` when empty or outside the sheet). */
export function cellValueText(sheet: GridSheet | undefined, row: number, col: number, locale: Locale): string {
  if (!sheet) return '';
  const r = row - (sheet.origin?.row ?? 0);
  const c = col - (sheet.origin?.col ?? 0);
  const v: CellValue | undefined = sheet.values[r]?.[c];
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cellText(v);
  // as Excel shows a number, to 15 significant digits: 34.019999999999996 (13.21 + 20.81 stored) is 34.02
  if (typeof v === 'number') return String(sig15(v));
  if (typeof v === 'boolean') return v ? T[locale].true : T[locale].false;
  if (isDateValue(v)) return isoDate(v);
  if (isErrorValue(v)) return v.code;
  return '';
}

/** The rows of the list, in file order then the findings' order. */
export function problemRows(files: ReadonlyArray<CheckedFile>, locale: Locale): ProblemRow[] {
  const rows: ProblemRow[] = [];
  for (const file of files) {
    const ev = file.evaluation;
    const findings = findingsOf(file);
    if (!findings.length) continue;
    // each ledger sheet's project names by row (a ledger of a sheet per county: rows of one number on each sheet)
    const names = new Map<string, Map<number, string>>();
    for (const part of ev?.check.ledger ? ledgerParts(ev.check.ledger) : []) {
      const byRow = new Map<number, string>();
      for (const p of part.projects) if (p.name !== undefined) byRow.set(p.row, p.name);
      names.set(part.table.sheet.name, byRow);
    }
    const sheets = new Map<string, GridSheet | undefined>();
    // a CSV (a file of one table) has no sheet: its cells are named without one
    const own = ownSheetOf(file);
    for (const f of findings) {
      if (!sheets.has(f.sheet)) sheets.set(f.sheet, sheetOf(file.grid, f.sheet));
      rows.push({
        no: rows.length + 1,
        file: cellText(file.name),
        severity: f.severity,
        rule: f.rule,
        title: ruleTitle(f.rule, locale, f.variant) ?? '',
        sheet: f.sheet === own ? '' : cellText(f.sheet),
        cell: f.sheet ? findingCell(f) : '',
        projectId: cellText(f.projectId ?? ''),
        projectName: cellText(names.get(f.sheet)?.get(f.row) ?? ''),
        value: f.sheet ? cellValueText(sheets.get(f.sheet), f.row, f.col, locale) : '',
        message: cellText(formatFinding(f, locale)),
      });
    }
  }
  return rows;
}

const FONT_NOTE: CellStyle = { ...NOTE, vAlign: 'middle' };
const NUMBER: CellStyle = { ...LABEL, numberFormat: '0' };
const severityStyle = (s: Severity): CellStyle => ({ ...LABEL, fill: MARK_FILLS[s] });

/** 汇总: fund, date, files, counts by severity and rule, instructions. */
function summaryLayout(files: ReadonlyArray<CheckedFile>, rows: ReadonlyArray<ProblemRow>, options: ProblemListOptions): SheetLayout {
  const t = T[options.locale];
  const s = new SheetBuilder([26, 34, 10, 8, 11, 8, 8]); // each header word on one line, in either language (Warnings: 11)
  const last = 6;
  s.row(0, t.title, TITLE);
  s.height(0, 30);
  // the fund a file's 配置 (or, without one, its title) names, never workbook.md's default (the patent fund's): a ledger
  // sent without 配置 (a CSV) named it though the submitter never did
  const funds = [...new Set(files.map((f) => (f.evaluation?.check.fundNamed ? f.evaluation.check.profile.projectName : '')).filter((x) => !!x))];
  // No fund named: a file that could not be read is said by its name (a bare '—' read as a blank left to fill)
  const unread = files.filter((f) => !f.evaluation && !f.across).map((f) => t.quoted(f.name));
  const read = files.some((f) => f.evaluation);
  const fund = funds.length ? funds.join(t.listSeparator) : unread.length ? t.fundUnread(unread.join(t.listSeparator)) : read ? t.fundNotNamed : '—';
  // wrapped, its row as tall as it needs: a long fund name (or several) ran past the page on both sides, cutting the
  // name's beginning and the date off the printed list
  s.row(1, t.subtitle(cellText(fund), options.date), { ...SUBTITLE, wrap: true });

  let r = 3;
  s.row(r++, t.filesHeading, { ...NOTE, bold: true });
  const fileHeader = r;
  t.fileCols.forEach((h, c) => s.set(r, c, h, HEADER));
  r++;
  for (const f of files) {
    s.set(r, 0, cellText(f.name));
    const ev = f.evaluation;
    if (!ev && !f.across) {
      s.block(r, 1, r, last, cellText(t.unreadable(f.error ?? '')));
      r++;
      continue;
    }
    // the sheets read, in workbook order (the province's 配置 given apart: its sheets the findings across point to)
    const read = new Set(ev ? [...Object.values(ev.check.sheets).filter((x): x is string => !!x), ...ledgerSheets(ev)] : (f.across ?? []).map((x) => x.sheet));
    const own = ownSheetOf(f);
    const names = (f.grid?.sheets.map((x) => x.name) ?? [...read]).filter((n) => read.has(n)).map((n) => (n === own ? t.wholeFile : cellText(n)));
    s.set(r, 1, names.length ? names.join(t.listSeparator) : t.noSheets);
    s.set(r, 2, ev?.check.ledger?.projects.length ?? 0, NUMBER);
    const all = findingsOf(f);
    const c = countBySeverity(all);
    SEVERITIES.forEach((sev, k) => s.set(r, 3 + k, c[sev], NUMBER));
    s.set(r, 6, all.length, NUMBER);
    r++;
  }
  const filesTable: Merge = { top: fileHeader, left: 0, bottom: r - 1, right: last };

  r++;
  s.row(r++, t.severityHeading, { ...NOTE, bold: true });
  s.set(r, 0, t.severityCols[0], HEADER);
  s.set(r, 1, t.severityCols[1], HEADER);
  r++;
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const row of rows) totals[row.severity]++;
  for (const sev of SEVERITIES) {
    s.set(r, 0, SEVERITY_TITLE[options.locale][sev], severityStyle(sev));
    s.set(r, 1, totals[sev], NUMBER);
    r++;
  }
  s.set(r, 0, t.total, LABEL);
  s.set(r, 1, rows.length, NUMBER);
  r += 2;

  s.row(r++, t.rulesHeading, { ...NOTE, bold: true });
  t.ruleCols.forEach((h, c) => s.set(r, c, h, HEADER));
  r++;
  const byRule = new Map<string, { rule: string; title: string; severity: Severity; count: number }>();
  for (const row of rows) {
    const k = `${row.rule}\u0000${row.severity}\u0000${row.title}`;
    const e = byRule.get(k);
    if (e) e.count++;
    else byRule.set(k, { rule: row.rule, title: row.title, severity: row.severity, count: 1 });
  }
  const ruleRows = [...byRule.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  if (ruleRows.length === 0) {
    s.block(r, 0, r, 3, noneText(files, options.locale, t.none), LABEL);
    r++;
  }
  for (const e of ruleRows) {
    s.set(r, 0, e.rule, LABEL);
    s.set(r, 1, e.title);
    s.set(r, 2, SEVERITY_TITLE[options.locale][e.severity], severityStyle(e.severity));
    s.set(r, 3, e.count, NUMBER);
    r++;
  }
  r++;
  // nothing found in files all read: no instructions to correct and send back what is not there
  const clean = rows.length === 0 && files.every((f) => f.evaluation || f.across);
  s.row(r, clean ? t.nothingToCorrect : t.instructions, FONT_NOTE);
  s.height(r, clean ? 24 : 48);
  const printArea = { top: 0, left: 0, bottom: r, right: last };
  // every table cell carries its own border (BODY, LABEL, HEADER); build() also borders the files table's gaps. On paper
  // as the forms go (fitToPaper): one page wide, and one page tall while that prints at 8 pt or more — fitted one page
  // wide only, a summary of 28 rules ran a few rows and its instructions onto a second page where the host draws
  // columns as Excel does (LibreOffice with Carlito, Calibri's metric twin), away from the rules they close
  const built = s.buildPaged(t.summarySheet, printArea, filesTable, portrait());
  // Paged with the files table running over a page start (40 files): the table's header repeats at the top of the
  // next pages (print titles), as the forms' does — the rows went on under no header. Only then: a summary paged below
  // its files table (many rules) would put the files' header over the rules.
  if (!(built.page?.rowBreaks ?? []).some((b) => b > fileHeader && b <= filesTable.bottom)) return built;
  return s.buildPaged(t.summarySheet, printArea, filesTable, { ...portrait(), printTitleRows: { first: fileHeader, last: fileHeader } });
}

function portrait(): Omit<NonNullable<SheetLayout['page']>, 'printArea'> {
  return {
    paperSize: 'A4',
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: 1.5, bottom: 1.5, left: 1.5, right: 1.5 },
  };
}

/** What a 问题清单 without a problem says: nothing found, or which files could not be checked. */
function noneText(files: ReadonlyArray<CheckedFile>, locale: ProblemListOptions['locale'], none: string): string {
  const t = T[locale];
  const unread = files.filter((f) => !f.evaluation && !f.across).length;
  return unread === 0 ? none : unread === files.length ? t.noneRead : t.noneOfRead;
}

/**
 * The list sheet: header in row 1, frozen and filtered; A4 landscape, header on every page. Without a problem, the
 * row under the header says so across the table (it printed a bare header over an empty row), and no filter.
 */
function listLayout(rows: ReadonlyArray<ProblemRow>, withFile: boolean, options: ProblemListOptions, files: ReadonlyArray<CheckedFile>): SheetLayout {
  const t = T[options.locale];
  type Col = { header: string; width: number; get: (r: ProblemRow) => string | number; style?: (r: ProblemRow) => CellStyle };
  const all: Col[] = [
    { header: t.listCols[0], width: 6, get: (r) => r.no, style: () => NUMBER },
    { header: t.listCols[1], width: 18, get: (r) => r.file },
    { header: t.listCols[2], width: 9, get: (r) => SEVERITY_TITLE[options.locale][r.severity], style: (r) => severityStyle(r.severity) },
    { header: t.listCols[3], width: 7, get: (r) => r.rule, style: () => LABEL },
    { header: t.listCols[4], width: 14, get: (r) => r.title },
    { header: t.listCols[5], width: 10, get: (r) => r.sheet },
    { header: t.listCols[6], width: 8, get: (r) => r.cell, style: () => LABEL },
    { header: t.listCols[7], width: 14, get: (r) => r.projectId },
    { header: t.listCols[8], width: 22, get: (r) => r.projectName },
    { header: t.listCols[9], width: 16, get: (r) => r.value },
    { header: t.listCols[10], width: 44, get: (r) => r.message },
    { header: t.listCols[11], width: 20, get: () => '' },
  ];
  const cols = withFile ? all : all.filter((_, i) => i !== 1);
  const s = new SheetBuilder(cols.map((c) => c.width));
  cols.forEach((c, k) => s.set(0, k, c.header, HEADER));
  rows.forEach((row, i) =>
    cols.forEach((c, k) => {
      const v = c.get(row);
      s.set(i + 1, k, v === '' ? null : v, c.style?.(row) ?? BODY);
    }),
  );
  const last = Math.max(1, rows.length);
  const right = cols.length - 1;
  if (rows.length === 0) s.block(1, 0, 1, right, noneText(files, options.locale, T[options.locale].nothingToCorrect), LABEL);
  const area: Merge = { top: 0, left: 0, bottom: last, right };
  const layout = s.build(t.listSheet, area, area, {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: 1.5, bottom: 1.5, left: 1.2, right: 1.2 },
    printTitleRows: { first: 0, last: 0 },
  });
  return {
    ...layout,
    frozenRows: 1,
    ...(rows.length ? { autoFilter: { top: 0, left: 0, bottom: last, right } } : {}),
    page: { ...layout.page!, footer: t.footer },
  };
}

/** The two sheets of the 问题清单: 汇总 then 问题清单. */
export function problemListLayouts(files: ReadonlyArray<CheckedFile>, options: ProblemListOptions): SheetLayout[] {
  const rows = problemRows(files, options.locale);
  return [summaryLayout(files, rows, options), listLayout(rows, files.length > 1, options, files)];
}

/** `台账.xlsx` → `台账-问题清单.xlsx` (en: `台账-problems.xlsx`). */
export function problemListFileName(inputName: string, locale: Locale = 'zh-CN'): string {
  return writtenFileName(inputName, 'problems', '.xlsx', locale);
}

/** `台账.xlsx` → `台账-标注.xlsx` (en: `台账-annotated.xlsx`). */
export function annotatedFileName(inputName: string, locale: Locale = 'zh-CN'): string {
  return writtenFileName(inputName, 'annotated', '.xlsx', locale);
}
