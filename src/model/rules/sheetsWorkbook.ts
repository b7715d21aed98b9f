/**
 * Sheet rules (S…) only a whole workbook meets: the year (S005), merges (S006), the forms' cell texts (S008), a
 * table's rows that are not records (S009), and the sheets found or left (S010–S014). Kept apart from sheets.ts so that FINDINGS (functions/ledger.ts), which
 * meets none of them, does not bundle their texts into functions.js (≤ 60 KB gzipped, issue 4).
 */
import type { Finding } from '../findings';
import { a1, type GridSheet } from '../grid';
import { rawText } from '../read/values';
import type { IndicatorKey } from '../read/columns';
import { FORMATTED_KEYS } from '../read/indicators';
import type { SkippedKind, Table } from '../read/table';
import { defineRule, msg, P, type CodeTable } from './define';
import { S001_RANGE } from './sheets';
import type { SheetKind } from './vocab';

/** The sheets' names in S001 (here, not in vocab.ts: the functions import vocab.ts and never say S001). */
const SHEET_KIND_TEXT: CodeTable<SheetKind> = {
  profile: { 'zh-CN': '配置', 'en-US': 'profile' },
  ledger: { 'zh-CN': '项目台账', 'en-US': 'ledger' },
  indicators: { 'zh-CN': '绩效指标', 'en-US': 'indicator' },
};
const kind = P.code(SHEET_KIND_TEXT);

/** The forms the product makes (S001.form): the 自评表 (both layouts) and the 绩效监控表. */
export type FormKind = 'selfEval' | 'monitor';
const FORM_TEXT: CodeTable<FormKind> = {
  selfEval: { 'zh-CN': '绩效自评表', 'en-US': 'performance self-evaluation table' },
  monitor: { 'zh-CN': '绩效监控表', 'en-US': 'performance monitoring table' },
};

/**
 * S001, the rule whole (the registry's): a sheet not found. Its title and its no-header message are S001_RANGE's
 * (sheets.ts), the one FINDINGS meets; the rest only a workbook's check meets (check.ts).
 */
export const S001 = defineRule({
  id: 'S001', category: 'sheet', severity: S001_RANGE.severity,
  title: S001_RANGE.title,
  messages: {
    main: msg({
      params: { kind, names: P.list },
      'zh-CN': (p) => `找不到“${p.kind}”工作表：请将工作表命名为 ${p.names} 之一，或在前 30 行内放入至少 3 个可识别的列标题。`,
      'en-US': (p) => `No ${p.kind} sheet found: name a sheet ${p.names}, or put at least 3 known column headers in its first 30 rows.`,
    }),
    /** No sheet has 3 known headers: the one that came closest, and the headers recognised there. */
    closest: msg({
      params: { kind, names: P.list, closest: P.text, headers: P.list, count: P.number, examples: P.list },
      'zh-CN': (p) => `找不到“${p.kind}”工作表：最接近的是工作表“${p.closest}”，但其中只识别出 ${p.count} 个列标题（${p.headers}），至少需要 3 个。请将工作表命名为 ${p.names} 之一，或使用 ${p.examples} 等列标题。`,
      'en-US': (p) => `No ${p.kind} sheet found: the closest is sheet "${p.closest}", where only ${p.count} known header(s) were recognised (${p.headers}); at least 3 are needed. Name a sheet ${p.names}, or use headers such as ${p.examples}.`,
    }),
    noHeader: S001_RANGE.messages.noHeader,
    /**
     * No ledger sheet, but a sheet with the ledger's headers down one of its first columns: the projects laid out across
     * (one a column), which cannot be read row by row. `headers`: the header cells as written, `range`: where they are.
     */
    across: msg({
      params: { sheet: P.text, range: P.text, headers: P.list },
      'zh-CN': (p) => `工作表“${p.sheet}”的 ${p.range} 自上而下是项目台账的列标题（${p.headers}）：项目按列排列（一列一个项目），无法逐行读取。请把表格转置为每个项目一行、列标题在第一行（复制后在新工作表中“选择性粘贴 → 转置”），再检查。`,
      'en-US': (p) => `Sheet "${p.sheet}" has the ledger's column headers down ${p.range} (${p.headers}): its projects are laid out across, one per column, and cannot be read row by row. Transpose the table so that each project is a row under one header row (copy it, then Paste Special → Transpose on a new sheet) and check again.`,
    }),
    /**
     * A 自评表 or 自评报告 asked of a budget request (a 绩效指标 without 实际完成值, and no ledger): `jx check` reviews its
     * targets without an error; a year-end form cannot be built from it, and the faces said nothing of why.
     */
    request: msg({
      params: {},
      'zh-CN': () => '这是预算申报阶段的绩效目标表（没有“实际完成值”列，也没有项目台账），无法生成自评表或自评报告：二者在年终依据项目台账和实际完成值生成。请加入“项目台账”工作表和“实际完成值”列；仅审核绩效目标请使用“检查”。',
      'en-US': () => 'This is a budget request\'s target table (no actuals column and no ledger): the self-evaluation table and report are made at year end from the ledger and the actuals. Add the ledger sheet and an actuals column; to review the targets only, run the check.',
    }),
    /** No 绩效指标 for a form: which form (自评表, 绩效监控表) is said by the face that refuses it, not here. */
    indicators: msg({
      params: { kind, names: P.list, examples: P.list },
      'zh-CN': (p) => `找不到“${p.kind}”工作表：请将工作表命名为 ${p.names} 之一，或放入 ${p.examples} 等列标题。`,
      'en-US': (p) => `No ${p.kind} sheet found: name a sheet ${p.names}, or give it the headers ${p.examples}.`,
    }),
    /**
     * The workbook is a 自评表 or a 监控表 (its title or sheet name says so: the form jx selfeval / jx monitor writes, or the
     * same form filled by hand) and holds no ledger: its indicators are read, but the check is of the workbook it was made from.
     */
    form: msg({
      params: { sheet: P.text, form: P.code(FORM_TEXT) },
      'zh-CN': (p) => `工作表“${p.sheet}”是一张${p.form}（由项目台账和绩效指标生成的表），不是检查的对象：已读取其中的绩效指标，但其中没有项目台账，无法检查项目、核对金额。请检查生成此表所依据的工作簿（含“项目台账”和“绩效指标”工作表），或在本工作簿中加入“项目台账”工作表。`,
      'en-US': (p) => `Sheet "${p.sheet}" is a ${p.form} (a form made from a ledger and an indicator table), not what the check is for: its indicators were read, but it holds no ledger, so no project or amount could be checked. Check the workbook the form was made from (with a ledger sheet and an indicator sheet), or add a ledger sheet to this workbook.`,
    }),
    /**
     * A file of one table (CSV, text: ownTableOf) read as one of the two tables a year-end check needs, the other one
     * missing: there is no sheet to name or rename, and no other table can be in that file.
     */
    oneTable: msg({
      params: { file: P.text, read: kind, missing: kind, sheets: P.list },
      'zh-CN': (p) => `“${p.file}”只有一张表，已读作${p.read}，其中没有${p.missing}：CSV 等文本文件只能放一张表。请在 Excel 中把项目台账和绩效指标放进同一个工作簿的两个工作表（如 ${p.sheets}），另存为 .xlsx 后再检查。`,
      'en-US': (p) => `"${p.file}" holds one table, read as the ${p.read} table; there is no ${p.missing} table in it: a CSV or text file holds one table only. In Excel, put the ledger and the indicators on two sheets of one workbook (such as ${p.sheets}), save it as .xlsx and check that.`,
    }),
  },
});

/**
 * S005 says where the year was looked for: `where` lists the ledger's title lines and the sheet
 * names searched (the user's text); the variant says what the profile lacked.
 */
export const S005 = defineRule({
  id: 'S005', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '缺少评价年度', 'en-US': 'No fiscal year' },
  messages: {
    /** 配置 has no 评价年度 row. */
    main: msg({
      params: { sheet: P.text, field: P.text, titles: P.list, sheets: P.list },
      'zh-CN': (p) => `“${p.sheet}”中没有“${p.field}”一行，${searched(p, 'zh-CN')}：请在“${p.sheet}”中添加一行“${p.field} | 2018”。`,
      'en-US': (p) => `The profile sheet "${p.sheet}" has no "${p.field}" row (the fiscal year), ${searched(p, 'en-US')}: add a row "${p.field} | 2018" to it.`,
    }),
    /** The row is there, its value blank. */
    blank: msg({
      params: { sheet: P.text, field: P.text, cell: P.cell, titles: P.list, sheets: P.list },
      'zh-CN': (p) => `“${p.sheet}”中的“${p.field}”（${p.cell}）为空，${searched(p, 'zh-CN')}：请填写评价年度（如 2018）。`,
      'en-US': (p) => `The fiscal year "${p.field}" (${p.cell}) of the profile sheet "${p.sheet}" is empty, ${searched(p, 'en-US')}: enter the fiscal year (e.g. 2018).`,
    }),
    /** No 配置 sheet at all. */
    noProfile: msg({
      /** `sheet`: the name the profile sheet is looked for by (配置). */
      params: { sheet: P.text, field: P.text, titles: P.list, sheets: P.list },
      'zh-CN': (p) => `工作簿中没有“${p.sheet}”工作表，${searched(p, 'zh-CN')}：请添加“${p.sheet}”工作表并填写“${p.field} | 2018”，或在台账标题中写明年度（如“2018年度项目台账”）。`,
      'en-US': (p) => `The workbook has no profile sheet ("${p.sheet}"), ${searched(p, 'en-US')}: add one with a row "${p.field} | 2018", or put the year in the ledger's title.`,
    }),
    /** A file without sheets (a CSV or text table, a web page's table): its one table is named after the file, and there can be no 配置 in it. */
    noProfileFile: msg({
      /** `file`: the file's name, with its extension (2018年度项目台账.csv); `example`: a title that names a year, to write as it is. */
      params: { sheet: P.text, field: P.text, titles: P.list, file: P.text, example: P.text },
      'zh-CN': (p) =>
        `这个文件不是工作簿（是 CSV、文本或网页表格），只有一张表，没有“${p.sheet}”可读，台账标题（${p.titles || '标题行之上无文字'}）和文件名（${p.file}）中也没有年度（如“2018年”）：请在文件名或表头上方的标题行中写明年度（如“${p.example}”），或在 Excel 中另存为 .xlsx 并添加“${p.sheet}”工作表，填写“${p.field} | 2018”。`,
      'en-US': (p) =>
        `This file is no workbook (a CSV, text or web-page table): it holds one table and no profile ("${p.sheet}"), and no year was found in the ledger's title (${p.titles || 'no text above its header'}) or the file name (${p.file}): put the year in the file name or in a title line above the header, written as in "${p.example}", or save the file as .xlsx in Excel and add a profile sheet with a row "${p.field} | 2018".`,
    }),
  },
});

/** Where S005 looked for a year besides the profile: the ledger's title lines, the sheet names. */
function searched(p: { readonly titles: string; readonly sheets: string }, l: 'zh-CN' | 'en-US'): string {
  if (l === 'zh-CN') return `台账标题（${p.titles || '标题行之上无文字'}）和工作表名称（${p.sheets}）中也没有年度（如“2018年”）`;
  return `and no year was found in the ledger's title (${p.titles || 'no text above its header'}) or the sheet names (${p.sheets})`;
}

/** Overlapping merged ranges: the outer ones kept, the others ignored (read/merges.ts), once per sheet read. */
export const S006 = defineRule({
  id: 'S006', category: 'sheet', severity: 'info',
  title: { 'zh-CN': '合并单元格重叠', 'en-US': 'Overlapping merges' },
  messages: {
    main: msg({
      params: { sheet: P.text, kept: P.list, ranges: P.list },
      'zh-CN': (p) => `工作表“${p.sheet}”中有相互重叠的合并单元格：保留 ${p.kept}，忽略 ${p.ranges}（Excel 不会这样合并，文件可能由其他程序生成；请在 Excel 中检查这些区域）。`,
      'en-US': (p) => `Sheet "${p.sheet}" has overlapping merged ranges: ${p.kept} kept, ${p.ranges} ignored (Excel never merges so; the file was probably written by another program — check these ranges in Excel).`,
    }),
  },
});

/**
 * A text too long for one Excel cell, cut where the product writes it (the 自评表: fitCellTexts in
 * selfeval/cellText.ts). Points at the written cell.
 */
export const S008 = defineRule({
  id: 'S008', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': '文字超过单元格上限', 'en-US': 'Text over the cell limit' },
  messages: {
    main: msg({
      params: { sheet: P.text, cell: P.cell, length: P.number, max: P.number },
      'zh-CN': (p) => `“${p.sheet}”的 ${p.cell} 单元格文字有 ${p.length} 个字符，超过 Excel 单元格上限 ${p.max}，已截断。请在原表中缩短这段文字。`,
      'en-US': (p) => `The text for cell ${p.cell} of "${p.sheet}" has ${p.length} characters, over Excel's limit of ${p.max} per cell, and was cut. Shorten it in the source sheet.`,
    }),
    /**
     * A text of a built form (自评表, 监控表) that does not print whole in its cell even set at the smallest size, its rows
     * at the tallest a host allows (selfeval/sheet.ts): the cell holds it all, the paper shows its beginning.
     */
    print: msg({
      params: { sheet: P.text, cell: P.cell, length: P.number, cut: P.number, size: P.number, max: P.number },
      'zh-CN': (p) => `“${p.sheet}”的 ${p.cell} 单元格文字有 ${p.length} 个字，已缩小到 ${p.size} 磅、行高已到上限 ${p.max} 磅，打印时仍约有最后 ${p.cut} 个字印不出（单元格中仍是全文）。请在原表中精简这段文字（详细说明可写入自评报告），或打印后另附说明。`,
      'en-US': (p) => `The text of cell ${p.cell} of "${p.sheet}" has ${p.length} characters; even at ${p.size} pt with its rows at the ${p.max} pt maximum, about the last ${p.cut} do not print (the cell still holds the whole text). Shorten it in the source sheet (details can go into the self-evaluation report), or attach the rest to the printed form.`,
    }),
  },
});

/**
 * A ledger sheet whose projects are all in the other ledger sheets (the whole ledger beside its
 * per-地州市 sheets, a visible copy): left out, so that no project counts twice (read/ledger.ts,
 * leaveOutRepeats). At the sheet's header.
 */
export const S010 = defineRule({
  id: 'S010', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': '重复的台账工作表未读取', 'en-US': 'Repeated ledger sheet left out' },
  messages: {
    main: msg({
      params: { sheet: P.text, count: P.number, others: P.list },
      'zh-CN': (p) => `工作表“${p.sheet}”的 ${p.count} 个项目都已在工作表 ${p.others} 中（全表汇总或副本），为免重复计算，未读取此表；如此表不是重复，请核对项目编号。`,
      'en-US': (p) => `All ${p.count} projects of sheet "${p.sheet}" are also in sheet(s) ${p.others} (a whole-ledger summary or a copy): this sheet was not read, so that no project counts twice. If it is not a copy, check the project IDs.`,
    }),
  },
});

/** A ledger with a header and no project row: nothing to check or to score (at its header). */
export const S011 = defineRule({
  id: 'S011', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '台账没有项目', 'en-US': 'Ledger has no projects' },
  messages: {
    main: msg({
      params: { sheets: P.list, cell: P.cell },
      'zh-CN': (p) => `项目台账工作表“${p.sheets}”在标题行（${p.cell}）之下没有任何项目行，无法检查，也无法据此生成自评表。请在标题行下逐行填写项目。`,
      'en-US': (p) => `The ledger sheet(s) "${p.sheets}" have no project row under the header (${p.cell}): nothing can be checked or scored. Enter the projects under the header, one per row.`,
    }),
  },
});

/**
 * A CSV quote that never closes (adapters/file/csv.ts): the rest of the file was read into one cell, as Excel reads it
 * too, so every later row is lost — structural, like a column not found: no 自评表, report or 汇总 from it unless a draft
 * is asked for. At the cell the quote opens; `value`: its first line as written (cut), `lines`: the lines taken.
 */
export const S012 = defineRule({
  id: 'S012', category: 'sheet', severity: 'error',
  title: { 'zh-CN': 'CSV 引号未闭合', 'en-US': 'CSV quote never closed' },
  messages: {
    main: msg({
      params: { value: P.text, lines: P.number },
      'zh-CN': (p) => `此单元格以引号（"）开头的值“${p.value}”没有闭合引号，文件其余 ${p.lines} 行都读进了这一格，未读作项目。请在 CSV 中补上闭合的引号（或删去这个引号）后重新检查。`,
      'en-US': (p) => `The value "${p.value}" of this cell opens a quote (") that is never closed: the file's remaining ${p.lines} lines were read into this cell, not as projects. Close the quote in the CSV (or remove it) and check again.`,
    }),
  },
});

/**
 * Ledger rows hidden in the sheet (by hand, by a filter, in a collapsed outline group) that hold
 * projects: they are read and counted as every other row — a filter hides real projects, and a
 * check that left them out would score a different ledger from the one filed — and said once per
 * sheet, at the first of them, so that an officer who sees fewer rows than projects knows why.
 * `rows`: 1-based row numbers, runs joined (12–15), the first HIDDEN_RUNS_SHOWN runs.
 */
export const S013 = defineRule({
  id: 'S013', category: 'sheet', severity: 'info',
  title: { 'zh-CN': '隐藏行已计入', 'en-US': 'Hidden rows counted' },
  messages: {
    main: msg({
      params: { sheet: P.text, rows: P.list, count: P.number },
      'zh-CN': (p) => `工作表“${p.sheet}”第 ${p.rows} 行被隐藏（筛选、分组折叠或手动隐藏），其中的 ${p.count} 个项目已照常计入检查和评分。如这些项目不应计入，请删除这些行。`,
      'en-US': (p) => `Rows ${p.rows} of sheet "${p.sheet}" are hidden (filtered, in a collapsed group, or hidden by hand); the ${p.count} projects on them are checked and scored as usual. If they should not count, delete those rows.`,
    }),
    /** One hidden row (so one project): the English in the singular. */
    one: msg({
      params: { sheet: P.text, row: P.number },
      'zh-CN': (p) => `工作表“${p.sheet}”第 ${p.row} 行被隐藏（筛选、分组折叠或手动隐藏），其中的项目已照常计入检查和评分。如此项目不应计入，请删除此行。`,
      'en-US': (p) => `Row ${p.row} of sheet "${p.sheet}" is hidden (filtered, in a collapsed group, or hidden by hand); the project on it is checked and scored as usual. If it should not count, delete that row.`,
    }),
    many: msg({
      params: { sheet: P.text, rows: P.list, count: P.number, runs: P.number },
      'zh-CN': (p) => `工作表“${p.sheet}”有 ${p.runs} 处行被隐藏（筛选、分组折叠或手动隐藏），如第 ${p.rows} 行，其中共 ${p.count} 个项目已照常计入检查和评分。如这些项目不应计入，请删除这些行。`,
      'en-US': (p) => `Sheet "${p.sheet}" has hidden rows in ${p.runs} places (filtered, in a collapsed group, or hidden by hand), such as rows ${p.rows}; the ${p.count} projects on them are checked and scored as usual. If they should not count, delete those rows.`,
    }),
  },
});

/** Runs of hidden rows S013 names before it says how many there are. */
export const HIDDEN_RUNS_SHOWN = 10;

/**
 * S013 for one ledger sheet: `records`, its projects (their 0-based sheet rows); nothing when none is
 * hidden. (The projects, not a list of their rows: a sheet with no hidden row, the usual one, costs
 * nothing, where the list made for it cost a pass over 100,000 projects.)
 */
export function hiddenRowsFinding(table: Table<string>, records: ReadonlyArray<{ readonly row: number }>, emit: (f: Finding) => void): void {
  const hidden = table.sheet.hiddenRows;
  if (!hidden?.length) return;
  const isHidden = new Set(hidden);
  const rows: number[] = [];
  for (const x of records) if (isHidden.has(x.row)) rows.push(x.row);
  const found = [...new Set(rows)].sort((a, b) => a - b);
  if (!found.length) return;
  // runs of consecutive hidden rows holding projects, shown 1-based: 12–15
  const runs: string[] = [];
  for (let i = 0; i < found.length; ) {
    let j = i;
    while (j + 1 < found.length && found[j + 1] === found[j] + 1) j++;
    runs.push(j === i ? `${found[i] + 1}` : `${found[i] + 1}–${found[j] + 1}`);
    i = j + 1;
  }
  const sheet = table.sheet.name;
  const at = { sheet, row: found[0], col: table.sheet.origin?.col ?? 0 };
  if (found.length === 1) emit(S013.finding.one(at, { sheet, row: found[0] + 1 }));
  else emit(runs.length <= HIDDEN_RUNS_SHOWN
    ? S013.finding.main(at, { sheet, rows: runs, count: found.length })
    : S013.finding.many(at, { sheet, rows: runs.slice(0, HIDDEN_RUNS_SHOWN), count: found.length, runs: runs.length }));
}

/**
 * A second indicator sheet (`绩效指标（产出）` beside `绩效指标（效益）`, `绩效指标（续）`): the checks and the 自评表 read one
 * 绩效指标 sheet, so the indicators of the other are in neither — said at its header, naming the sheet read, so that the
 * officer puts them in one sheet (otherwise the 自评表 leaves them out with no word but W003's points sum).
 */
export const S014 = defineRule({
  id: 'S014', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': '另一张绩效指标表未读取', 'en-US': 'Another indicator sheet not read' },
  messages: {
    main: msg({
      params: { sheet: P.text, read: P.text },
      'zh-CN': (p) => `工作表“${p.sheet}”也是绩效指标表，但只读取了“${p.read}”：此表的指标未检查，也不在自评表中。请把各表的指标合并到“${p.read}”一张表中。`,
      'en-US': (p) => `Sheet "${p.sheet}" is an indicator sheet too, but only "${p.read}" was read: its indicators are not checked and not in the self-evaluation table. Put the indicators of all sheets in "${p.read}".`,
    }),
    /** The sheet's name names an earlier year than the evaluation's (2017年绩效指标 in 2018): last year's table, nothing to merge. */
    older: msg({
      params: { sheet: P.text, read: P.text, year: P.number, fiscalYear: P.number },
      'zh-CN': (p) =>
        `工作表“${p.sheet}”是 ${p.year} 年的绩效指标表，早于评价年度 ${p.fiscalYear} 年，未读取：本次只检查并评分“${p.read}”。往年的指标不必合并到本年表中；如已不需要，可将此表移出本工作簿。`,
      'en-US': (p) =>
        `Sheet "${p.sheet}" is the indicator table of ${p.year}, before the fiscal year ${p.fiscalYear}, and was not read: only "${p.read}" is checked and scored. An earlier year's indicators need not be merged into this year's; if no longer needed, move the sheet out of this workbook.`,
    }),
    /** The sheet's name names a later year than the evaluation's (2019年绩效指标 in 2018): next year's targets, or the year is wrong. */
    newer: msg({
      params: { sheet: P.text, read: P.text, year: P.number, fiscalYear: P.number },
      'zh-CN': (p) =>
        `工作表“${p.sheet}”是 ${p.year} 年的绩效指标表，晚于评价年度 ${p.fiscalYear} 年，未读取：本次只检查并评分“${p.read}”。如本次应评价 ${p.year} 年，请将评价年度改为 ${p.year}；如是下一年度申报的绩效目标，请另存为单独的工作簿再审核。`,
      'en-US': (p) =>
        `Sheet "${p.sheet}" is the indicator table of ${p.year}, after the fiscal year ${p.fiscalYear}, and was not read: only "${p.read}" is checked and scored. If ${p.year} is the year to evaluate, set the fiscal year to ${p.year}; if these are next year's requested targets, save them as a workbook of their own and review that.`,
    }),
  },
});

/**
 * A hidden 项目台账 or 绩效指标 passed over for a visible sheet with the same table (check.ts visibleFirst: a revised copy
 * in sight, the old one hidden). Said at the header of the sheet read, naming the hidden one and the rows of each, so
 * that an officer whose full table is the hidden one learns it was not checked: information when the hidden one holds
 * no more rows than the sheet read (an old copy kept out of sight), a warning when it holds more (`more`: it may be the
 * full table, the visible one an extract). `rows`, `readRows`: the rows read as records in each.
 */
const rowsEn = (n: string): string => (n === '1' ? '1 row' : `${n} rows`);

export const S017 = defineRule({
  id: 'S017', category: 'sheet', severity: 'info',
  title: { 'zh-CN': '隐藏的工作表未读取', 'en-US': 'Hidden sheet not read' },
  messages: {
    main: msg({
      params: { kind, sheet: P.text, rows: P.number, read: P.text, readRows: P.number },
      'zh-CN': (p) => `隐藏的工作表“${p.sheet}”（${p.rows} 行）也是${p.kind}表，未读取：本次检查的是可见的“${p.read}”（${p.readRows} 行），视为修订后的版本。如“${p.sheet}”才是要报送的表，请取消隐藏，并删除或移出“${p.read}”后重新检查。`,
      'en-US': (p) => `The hidden sheet "${p.sheet}" (${rowsEn(p.rows)}) is another ${p.kind} table and was not read: the visible "${p.read}" (${rowsEn(p.readRows)}) is checked, taken as the revised version. If "${p.sheet}" is the table to submit, unhide it and delete or move out "${p.read}", then check again.`,
    }),
    more: msg({
      severity: 'warning',
      params: { kind, sheet: P.text, rows: P.number, read: P.text, readRows: P.number },
      'zh-CN': (p) => `隐藏的工作表“${p.sheet}”也是${p.kind}表，有 ${p.rows} 行，多于本次检查的可见工作表“${p.read}”（${p.readRows} 行），未读取。请核对：如隐藏的表才是完整的${p.kind}表，请取消隐藏，并删除或移出“${p.read}”后重新检查；如它是旧版，可将其移出本工作簿。`,
      'en-US': (p) => `The hidden sheet "${p.sheet}" is another ${p.kind} table, with ${rowsEn(p.rows)} — more than the visible "${p.read}" checked (${rowsEn(p.readRows)}) — and was not read. If the hidden sheet is the full table, unhide it and delete or move out "${p.read}", then check again; if it is an old version, move it out of this workbook.`,
    }),
  },
});

/** The encoding a text file was read in (S020): its name, the same in both languages. */
export type TextEncodingCode = 'utf8' | 'gb18030' | 'utf16';
const TEXT_ENCODING: CodeTable<TextEncodingCode> = {
  utf8: { 'zh-CN': 'UTF-8', 'en-US': 'UTF-8' },
  gb18030: { 'zh-CN': 'GBK（GB18030）', 'en-US': 'GBK (GB18030)' },
  utf16: { 'zh-CN': 'UTF-16', 'en-US': 'UTF-16' },
};

/**
 * Bytes of a CSV that are no text in the encoding it was read in (a damaged byte, a GBK word pasted into a UTF-8
 * file, a NUL): the file is read, as Excel opens it, each such byte sequence read as U+FFFD (�), and said here at
 * the cell that holds it, so that nothing is misread silently. At most CSV_DAMAGED_CELLS cells are named; the
 * cell after them says how many more there are (`more`).
 */
export const S020 = defineRule({
  id: 'S020', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': 'CSV 中有无法识别的字节', 'en-US': 'Unreadable bytes in a CSV' },
  messages: {
    main: msg({
      params: { value: P.text, count: P.number, encoding: P.code(TEXT_ENCODING) },
      'zh-CN': (p) => `此单元格有 ${p.count} 处字节不是 ${p.encoding} 编码的文字（也可能是空字符 NUL），文件在此处可能已损坏或混入了其他编码的文字，已替换为“�”读入：“${p.value}”。请核对此单元格，在原文件中改正或重新导出后再检查。`,
      'en-US': (p) => `This cell holds bytes that are no ${p.encoding} text (or NUL characters), ${p.count} in all: the file may be damaged here or hold text of another encoding. They were read as "�": "${p.value}". Check this cell, correct it in the file or export it again, and check again.`,
    }),
    more: msg({
      params: { cells: P.number, count: P.number, encoding: P.code(TEXT_ENCODING) },
      'zh-CN': (p) => `从此单元格起，另有 ${p.cells} 个单元格共 ${p.count} 处字节不是 ${p.encoding} 编码的文字，均已替换为“�”读入。文件可能已大面积损坏或编码有误，请在原系统中重新导出后再检查。`,
      'en-US': (p) => `From this cell on, ${p.cells} more cells hold ${p.count} byte sequences that are no ${p.encoding} text, all read as "�". The file may be badly damaged or in the wrong encoding: export it again and check again.`,
    }),
  },
});

/** Cells S020 names one by one; past them one finding says how many more. */
export const CSV_DAMAGED_CELLS = 20;

/**
 * A cell of an .xlsx the reader met damaged (adapters/xlsx/sheetScan.ts): `string`, a shared-string cell (`t="s"`) whose
 * index names no string of the workbook's table (`text`: the index as written) — read as empty; `reference`, a cell whose
 * address (`r`) is no cell reference (`text`: as written: `4B$$`, `B`, `$A$1`, `A0`) — placed by its order in its row, as
 * LibreOffice reads it (Excel drops it while repairing the file). `row`, `col`: where it is (0-based).
 */
export interface DamagedCell {
  readonly kind: 'string' | 'reference';
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * Damaged cells of an .xlsx (DamagedCell): Excel opens such a file only by repairing it ("We found a problem with some
 * content"), which drops or empties them. Said at each cell, so that nothing is read blank or moved unsaid: a lost text
 * (its index, and the table's size), a value placed by order (its address as written, the value read). A warning: the
 * checks that need the cell say what its blank means for them. At most DAMAGED_CELLS_NAMED cells named; `more` says the rest.
 */
export const S021 = defineRule({
  id: 'S021', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': '文件中单元格已损坏', 'en-US': 'Damaged cell in the file' },
  messages: {
    string: msg({
      params: { index: P.text, count: P.number },
      'zh-CN': (p) => `此单元格在文件中引用编号为 ${p.index} 的共享字符串，但文件的共享字符串表只有 ${p.count} 项，没有这一项：文件已损坏，此单元格的文字已丢失，按空白读取（Excel 打开此文件时也会提示内容有问题并修复）。请在原系统中重新导出，或对照原件补填此单元格后另存，再检查。`,
      'en-US': (p) => `This cell refers to shared string number ${p.index}, but the file's shared-string table has only ${p.count} items: the file is damaged, the cell's text is lost and it is read as blank (Excel also reports a problem with the content and repairs the file). Export the file again, or fill in this cell from the original and save, then check again.`,
    }),
    /** The workbook's shared-string table is missing or empty. */
    noStrings: msg({
      params: { index: P.text },
      'zh-CN': (p) => `此单元格在文件中引用编号为 ${p.index} 的共享字符串，但文件中没有任何共享字符串（共享字符串表缺失或为空）：文件已损坏或不完整，此单元格的文字已丢失，按空白读取（Excel 打开此文件时也会提示内容有问题并修复）。请在原系统中重新导出后再检查。`,
      'en-US': (p) => `This cell refers to shared string number ${p.index}, but the file has no shared strings at all (the table is missing or empty): the file is damaged or incomplete, the cell's text is lost and it is read as blank (Excel also reports a problem with the content and repairs the file). Export the file again and check again.`,
    }),
    reference: msg({
      params: { ref: P.text, row: P.number, value: P.text },
      'zh-CN': (p) => `此单元格在文件中的地址写作“${p.ref}”，不是有效的单元格地址（文件已损坏），已按它在第 ${p.row} 行中的先后顺序放在此处读取，值为“${p.value}”（Excel 打开此文件时会提示修复，并可能删去此单元格）。请核对此值是否在正确的列，在原系统中重新导出或在 Excel 中修复后另存，再检查。`,
      'en-US': (p) => `This cell's address is written "${p.ref}" in the file, which is no cell reference (the file is damaged); it was placed here by its order in row ${p.row} and read as "${p.value}" (Excel reports the file as needing repair and may drop the cell). Check that the value is in the right column, export the file again or repair it in Excel and save, then check again.`,
    }),
    more: msg({
      params: { cells: P.number },
      'zh-CN': (p) => `此工作表从此单元格起另有 ${p.cells} 个单元格在文件中已损坏（引用的共享字符串不存在，或地址无效），未逐一列出：文件已大面积损坏，请在原系统中重新导出后再检查。`,
      'en-US': (p) => `From this cell on, ${p.cells} more cells of this sheet are damaged in the file (a shared string that does not exist, or an invalid address) and are not listed one by one: the file is badly damaged. Export it again and check again.`,
    }),
  },
});

/** Cells S021 names one by one in a sheet; past them one finding says how many more. */
export const DAMAGED_CELLS_NAMED = 20;

/**
 * S021 of one sheet as read: `cells`, the first damaged cells met (in order), `count` how many in all, `strings` the size
 * of the workbook's shared-string table (0: none). A cell placed by order is named only when a value was read there.
 */
export function damagedCellFindings(sheet: GridSheet, cells: ReadonlyArray<DamagedCell>, count: number, strings: number): Finding[] {
  const out: Finding[] = [];
  const r0 = sheet.origin?.row ?? 0;
  const c0 = sheet.origin?.col ?? 0;
  let seen = 0;
  for (const x of cells) {
    const at = { sheet: sheet.name, row: x.row, col: x.col };
    if (out.length === DAMAGED_CELLS_NAMED) {
      out.push(S021.finding.more(at, { cells: count - seen }));
      return out;
    }
    seen++;
    if (x.kind === 'string') out.push(strings > 0 ? S021.finding.string(at, { index: x.text, count: strings }) : S021.finding.noStrings(at, { index: x.text }));
    else {
      const v = sheet.values[x.row - r0]?.[x.col - c0] ?? null;
      if (v !== null) out.push(S021.finding.reference(at, { ref: x.text, row: x.row + 1, value: rawText(v) }));
    }
  }
  return out;
}

/** Which of the fund's names 配置 leaves out (S015): 项目名称, 预算单位, and 实施单位 unless 预算单位 stands for it. */
export type FundNameGap = 'all' | 'nameAgency' | 'name' | 'agency' | 'agencyOnly';
const FUND_NAME_GAP: CodeTable<FundNameGap> = {
  all: { 'zh-CN': '项目名称、预算单位和实施单位', 'en-US': 'the fund\'s name, its budget agency and its implementing agency' },
  nameAgency: { 'zh-CN': '项目名称和预算单位', 'en-US': 'the fund\'s name and its budget agency' },
  name: { 'zh-CN': '项目名称', 'en-US': 'the fund\'s name' },
  agency: { 'zh-CN': '预算单位和实施单位', 'en-US': 'the budget agency and the implementing agency' },
  agencyOnly: { 'zh-CN': '预算单位', 'en-US': 'the budget agency' },
};

/** The first row S015 asks 配置 for, as its example: the fund's name when that is missing, else its budget agency. */
export type FundNameRow = 'name' | 'agency';
const FUND_NAME_ROW: CodeTable<FundNameRow> = {
  name: { 'zh-CN': '项目名称 | 本资金的名称', 'en-US': '项目名称 | the fund\'s name' },
  agency: { 'zh-CN': '预算单位 | 主管本资金的单位', 'en-US': '预算单位 | the agency in charge of the fund' },
};

/** What S015.file says can be done in the file itself: name the fund in a title line (when its name is missing), the agencies not. */
const FUND_NAME_FILE: CodeTable<FundNameRow> = {
  name: { 'zh-CN': '资金名称可写在表头上方的标题行中（如“2018年度自治区××专项资金项目台账”）；单位名称只能写在“配置”中：请', 'en-US': 'The fund\'s name can be given in a title line above the header; the agencies only in a profile sheet:' },
  agency: { 'zh-CN': '单位名称只能写在“配置”中：请', 'en-US': 'The agencies can be given only in a profile sheet:' },
};

/**
 * A ledger of another fund than the patent fund (no patent column, no 专利 in its header, title or sheet name:
 * ledgerCheck.ts isPatentLedger) with no 配置 naming the fund: the profile's defaults are the patent fund's names
 * (自治区专利实施计划项目, 自治区知识产权局), which the 自评表 would print on another fund's form, to be stamped and sent.
 * They are left blank instead (check.ts), and this says which, at the ledger's header.
 */
export const S015 = defineRule({
  id: 'S015', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': '未填写资金名称', 'en-US': 'Fund not named' },
  messages: {
    main: msg({
      params: { gap: P.code(FUND_NAME_GAP), first: P.code(FUND_NAME_ROW) },
      'zh-CN': (p) => `台账不是专利实施资金的台账（没有专利号、法律状态等列，标题中也没有“专利”），“配置”中也没有填写${p.gap}：自评表和自评报告中的这些栏目留空，不填专利实施资金的默认名称。请在“配置”工作表中逐行填写（如“${p.first}”）。`,
      'en-US': (p) => `This ledger is not the patent fund's (no patent number or legal status column, no patents named in its title), and the profile sheet does not give ${p.gap}: these are left blank in the self-evaluation table and report rather than filled with the patent fund's default names. Enter them in the profile sheet, one row each.`,
    }),
    /**
     * The same of a file of one table (a CSV, a text file: ownTableOf), which has no 配置 to fill in: the fund's name
     * can go in a title line above the header (fundNamedIn reads it); the agencies only in a 配置 of an .xlsx, or in the
     * province's 配置 a merge takes.
     */
    file: msg({
      params: { file: P.text, gap: P.code(FUND_NAME_GAP), first: P.code(FUND_NAME_ROW), advice: P.code(FUND_NAME_FILE) },
      'zh-CN': (p) => `“${p.file}”不是专利实施资金的台账（没有专利号、法律状态等列，标题中也没有“专利”），也没有写明${p.gap}：CSV 等文本文件只有一张表，没有“配置”工作表可填，这些栏目留空，不填专利实施资金的默认名称。${p.advice}在 Excel 中另存为 .xlsx 并添加“配置”工作表逐行填写（如“${p.first}”，格式同示例工作簿的“配置”），或汇总多个文件时指定含“配置”的工作簿作全区配置（jx merge --profile 配置.xlsx）。`,
      'en-US': (p) => `"${p.file}" is not the patent fund's ledger (no patent number or legal status column, no patents named in its title) and does not give ${p.gap}: a CSV or text file holds one table and has no profile sheet to fill in, so these are left blank rather than filled with the patent fund's default names. ${p.advice} save the file as .xlsx in Excel and add a profile sheet with a row each (as in the sample workbook's), or, merging several files, take a workbook with a profile as the province's (jx merge --profile).`,
    }),
  },
});

/**
 * Formula cells saved without their results (`<c><f>G3+H3</f></c>`, no `<v>`): a file written by a program (openpyxl,
 * ExcelJS, a budget system's export) and never opened in Excel or WPS, which calculate formulas and save the results.
 * The file reader notes them by column (GridSheet.uncalculated); the check reads them as blank — their values are never
 * guessed (a formula may refer to other sheets, names, functions we do not evaluate, and a stamped table must not rest on
 * a guess) — and says so once per column, at its first such cell, with one formula as example and what to do. In a
 * column the check reads (a known column of the ledger or the indicator table, or 配置) it is an error: the money or
 * targets read from it are not there, so no 自评表 is built on them (selfeval/draft.ts structuralErrors), and it stands
 * instead of S002's 整列为空 and L002's blanks for the same cells (uncalculated.ts). Elsewhere, a warning.
 * `cells`: the first cell, or first:last; `example`/`formula`: a cell whose formula text was read and that text.
 */
export const S016 = defineRule({
  id: 'S016', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '公式未计算', 'en-US': 'Formulas not calculated' },
  messages: {
    main: msg({
      params: { header: P.optional(P.text), cells: P.cell, count: P.number, example: P.optional(P.cell), formula: P.optional(P.text) },
      'zh-CN': (p) =>
        `${p.header ? `“${p.header}”列` : '此处'}（${p.cells}）有 ${p.count} 个公式单元格没有保存计算结果${p.formula ? `（如 ${p.example}：=${p.formula}）` : ''}，已按空白读取，其值未推算，依据这些单元格的检查和评分都不可靠。文件应是由程序生成、未经 Excel 或 WPS 计算过的：请用 Excel 或 WPS 打开后保存一次（会重新计算公式），再检查。`,
      'en-US': (p) =>
        `${p.count} formula cell(s) ${p.header ? `in column "${p.header}" ` : ''}(${p.cells}) were saved without their results${p.formula ? ` (e.g. ${p.example}: =${p.formula})` : ''}; they are read as blank and their values are not guessed, so the checks and scores that use them cannot be relied on. The file was written by a program and never calculated by Excel or WPS: open it in Excel or WPS, save it once (this calculates the formulas), and check again.`,
    }),
    /** Cells the check does not read (another sheet, a column it does not know). */
    unread: msg({
      severity: 'warning',
      params: { cells: P.cell, count: P.number, example: P.optional(P.cell), formula: P.optional(P.text) },
      'zh-CN': (p) =>
        `此处（${p.cells}）有 ${p.count} 个公式单元格没有保存计算结果${p.formula ? `（如 ${p.example}：=${p.formula}）` : ''}，已按空白读取。检查不读取这些单元格，但文件应是由程序生成、未经 Excel 或 WPS 计算过的，其他公式也可能未计算：请用 Excel 或 WPS 打开后保存一次（会重新计算公式），再检查。`,
      'en-US': (p) =>
        `${p.count} formula cell(s) here (${p.cells}) were saved without their results${p.formula ? ` (e.g. ${p.example}: =${p.formula})` : ''} and are read as blank. The check does not read these cells, but the file was written by a program and never calculated by Excel or WPS, and other formulas may not be either: open it in Excel or WPS, save it once (this calculates the formulas), and check again.`,
    }),
  },
});

/**
 * A value column of the indicator table (年度指标值, 实际完成值…) whose numbers' formats the task pane or WPS read only in
 * part below the sheet's first rows (GridSheet.formatsSpotChecked: a large sheet, where every cell's format costs
 * megabytes): evenly spaced rows were read, none showing a percent, a date or text around the number, and the rest were
 * read as plain numbers. A number shown as 85% in a row not read would be read as 0.85, so this says which cells and how
 * to have them all read. Said once per column, at its first such cell; formats elsewhere are not read by the checks.
 */
export const S018 = defineRule({
  id: 'S018', category: 'sheet', severity: 'info',
  title: { 'zh-CN': '数字格式为抽查读取', 'en-US': 'Number formats spot-checked' },
  messages: {
    main: msg({
      params: { header: P.text, cells: P.cell, checked: P.number },
      'zh-CN': (p) =>
        `“${p.header}”列（${p.cells}）的数字格式，加载项因工作表较大只抽查了其中 ${p.checked} 行，均未见百分比、日期或带文字的格式，其余按普通数字读取；如有显示为 85% 的数字，会读作 0.85。要逐格读取格式，请将工作簿另存为 .xlsx，用本工具的网页版或命令行（jx check）检查。`,
      'en-US': (p) =>
        `The number formats of column "${p.header}" (${p.cells}) were spot-checked on ${p.checked} rows, the sheet being large; none showed a percent, a date or text around the number, and the other cells are read as plain numbers, so a number shown as 85% there would be read as 0.85. To have every cell's format read, save the workbook as .xlsx and check it with this tool's web page or command line (jx check).`,
    }),
  },
});

/**
 * S018 for an indicator table: once per value column whose numbers' formats were spot-checked (GridSheet.formatsSpotChecked),
 * at its first such cell — only those columns' formats are read (read/indicators.ts FORMATTED_KEYS).
 */
export function spotCheckedFindings(table: Table<IndicatorKey>, emit: (f: Finding) => void): void {
  const spots = table.sheet.formatsSpotChecked;
  if (!spots?.length) return;
  const said = new Set<number>();
  for (const key of FORMATTED_KEYS) {
    const info = table.columns[key];
    const x = info && !said.has(info.col) ? spots.find((s) => s.col === info.col) : undefined;
    if (!info || !x) continue;
    said.add(x.col);
    const cells = x.last > x.first ? `${a1(x.first, x.col)}:${a1(x.last, x.col)}` : a1(x.first, x.col);
    emit(S018.finding.main({ sheet: table.sheet.name, row: x.first, col: x.col }, { header: info.header, cells, checked: x.checked }));
  }
}

/**
 * A year-end 绩效指标 whose only column of actuals is a forecast: marked 预计/预测/估计/预估 (`2021年实际完成（预计）`,
 * `实际完成值（预测）`: text.ts NOT_YET, header.ts asForecast) or the mid-year 全年预计完成值. A forecast is never scored as what was done;
 * the sheet's one finding, at the forecast's header, in place of S002.actuals (check.ts actualsColumn).
 */
export const S019 = defineRule({
  id: 'S019', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '实际完成值只有预计数', 'en-US': 'Actuals are a forecast' },
  messages: {
    main: msg({
      params: { field: P.text, header: P.text, cell: P.cell, count: P.number },
      'zh-CN': (p) => `年终自评缺少“${p.field}”列：${p.cell}“${p.header}”是预计数，不是实际完成值，未用于评分，${p.count} 个指标无法评分。请增加一列“${p.field}”，填写年度实际完成的数值。`,
      'en-US': (p) => `The year-end evaluation has no "${p.field}" column: "${p.header}" at ${p.cell} is a forecast, not the actual, and is not scored; ${p.count} indicator(s) cannot be scored. Add a column "${p.field}" with what was done in the year.`,
    }),
  },
});

/**
 * An indicator table longer than a form is laid out for (selfeval/cap.ts MAX_FORM_INDICATORS): no 自评表 or 监控表 is
 * built from it (a form of thousands of pages nobody prints or stamps, and whose layout alone would take most of the
 * check's time), while the checks and the scores run as usual. Not structural (draft.ts): the read is not in doubt,
 * and a draft would be the same form. At the first indicator past the cap (its 三级指标 cell).
 */
export const S022 = defineRule({
  id: 'S022', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '指标过多，未排版', 'en-US': 'Too many indicators for the form' },
  messages: {
    main: msg({
      params: { sheet: P.text, count: P.number, max: P.number, first: P.number, form: P.code(FORM_TEXT) },
      'zh-CN': (p) =>
        `“${p.sheet}”有 ${p.count} 个指标，超过一张${p.form}可排版的上限 ${p.max} 个，无法生成${p.form}（检查和评分照常进行）。一张${p.form}通常只有几十个指标：请核对“${p.sheet}”中是否混入了误粘贴、下拉填充或其他表格的多余行（本条指向第 ${p.first} 个指标）；如确有这么多指标，请按项目或地州市拆成几个工作簿，分别生成${p.form}。`,
      'en-US': (p) =>
        `"${p.sheet}" has ${p.count} indicators, more than the ${p.max} a ${p.form} is laid out for: no ${p.form} can be built (the checks and the scores run as usual). Such a table usually has a few dozen indicators: check "${p.sheet}" for rows pasted by mistake, filled down, or from another table (this finding points at indicator ${p.first}); if there really are that many, split them by project or prefecture into several workbooks and build a table from each.`,
    }),
  },
});

/** Rows of a table that are not records (S009; table.ts, SkippedKind). */
const SKIPPED_ROW_TEXT: CodeTable<SkippedKind> = {
  columnNumbers: { 'zh-CN': '栏次行', 'en-US': 'column-number row' },
  units: { 'zh-CN': '单位行', 'en-US': 'unit row' },
  header: { 'zh-CN': '重复的标题行', 'en-US': 'repeated header row' },
  title: { 'zh-CN': '分组标题行', 'en-US': 'block title row' },
  note: { 'zh-CN': '说明或签字行', 'en-US': 'note or signature line' },
  breakdown: { 'zh-CN': '“其中”分项行', 'en-US': 'breakdown row ("of which")' },
  continuation: { 'zh-CN': '同一项目的续行', 'en-US': 'continuation row' },
  subItem: { 'zh-CN': '上一项目的分项行', 'en-US': 'part of the project above' },
};

/**
 * A row in a table's body that holds numbers but is not a record (a 栏次 row, a `其中：` line, a
 * note): it is skipped (table.ts, bodyOf), and its numbers counted nowhere — said once per row, at
 * its first cell, with the numbers and their columns, so that an officer can check nothing was lost.
 * Only a workbook's check says it (skippedRows.ts); FINDINGS, which reads one range, never does.
 */
export const S009 = defineRule({
  id: 'S009', category: 'sheet', severity: 'info',
  title: { 'zh-CN': '非项目行未读取', 'en-US': 'Row not read as a record' },
  messages: {
    main: msg({
      params: { kind: P.code(SKIPPED_ROW_TEXT), label: P.text, values: P.list },
      'zh-CN': (p) => `此行是${p.kind}（“${p.label}”），不作为项目或指标读取，行中的数字未计入：${p.values}。`,
      'en-US': (p) => `This row is a ${p.kind} ("${p.label}") and is not read as a record; its numbers are not counted: ${p.values}.`,
    }),
    continuation: msg({
      params: { label: P.text, values: P.list },
      'zh-CN': (p) => `此行的项目编号与上一行合并（“${p.label}”），作为该项目的续行读取，不另计为项目（合并的金额只计一次）；此行自填的内容未读取：${p.values}。`,
      'en-US': (p) => `This row's project id is merged with the row above ("${p.label}"): it is read as a continuation of that project, not as a project of its own (merged amounts count once); what the row fills itself is not read: ${p.values}.`,
    }),
  },
});

/** The rules of this file, by id. */
export const WORKBOOK_SHEET_RULES = [S005, S006, S008, S009, S010, S011, S012, S013, S014, S015, S016, S017, S018, S019, S020, S021, S022] as const;
