/**
 * The UI's own words (the findings' words live in src/model/messages). ONE table per locale,
 * both with the same keys (a parity test holds them together). zh-CN first.
 */
import { paidWhen } from '../model/selfeval/paragraph';
import { SEVERITY_TITLE, type Locale } from '../model/messages';
import { ruleTitle } from '../model/rules';
import type { Severity } from '../model/findings';
import type { Light } from '../model/monitor';
import { LIGHT_TEXT } from '../model/rules/monitor';

/** Where the province's 配置 and 绩效指标 come from (AcrossView's). */
export interface AcrossSource {
  readonly profileFile?: string;
  readonly indicatorFile?: string;
  readonly yearWritten?: { readonly from: number; readonly to: number };
}

export interface UiStrings {
  appTitle: string;
  tabCheck: string;
  tabGenerate: string;
  tabTemplates: string;
  tabsLabel: string;
  // check
  checkButton: string;
  checkIntro: string;
  checking: string;
  cancel: string;
  cancelled: string;
  countsLabel: string;
  noFindings: string;
  findingsTotal: (shown: number, total: number) => string;
  filterLabel: string;
  filterAll: string;
  findingsListLabel: string;
  findingsHint: string;
  findingsHintBrowse: string;
  /** A group's heading: the rule and its title, or the title of the rule's message `variant` where it has its own. */
  ruleGroup: (rule: string, count: number, variant?: string) => string;
  markButton: string;
  clearMarksButton: string;
  marked: (n: number) => string;
  /** 标注 with findings on protected sheets: `n` marked elsewhere, `sheets` to unprotect. */
  markedExceptProtected: (n: number, sheets: ReadonlyArray<string> | string) => string;
  marksCleared: string;
  goToFailed: string;
  // generate
  layoutLabel: string;
  yearLabel: string;
  yearUnknown: string;
  previewTitle: string;
  previewEmpty: string;
  previewButton: string;
  executionRate: string;
  leverage: string;
  newProjects: string;
  carriedProjects: string;
  totalScore: string;
  grade: string;
  noScore: string;
  /** The mid-year monitoring preview (monitor.md). */
  monitorRate: (month: number) => string;
  timeProgress: string;
  indicatorLights: string;
  budgetLight: (light: Light) => string;
  lightCount: (light: Light, n: number) => string;
  notAvailable: string;
  /** `month`: a mid-year workbook's cut-off month, its payments 1—M月's (paidWhen). */
  chartTitle: (unit: string, month?: number) => string;
  chartSummary: (parts: string, month?: number) => string;
  chartBar: (year: number, amount: string, unit: string, isNew: boolean) => string;
  cohortHeader: string;
  countHeader: string;
  disbursedHeader: (unit: string, month?: number) => string;
  newCohort: string;
  legendNew: string;
  legendCarried: string;
  paragraphTitle: string;
  copy: string;
  copied: string;
  copyFailed: string;
  generateButton: string;
  draftCheckbox: string;
  generating: string;
  generatedSheet: (name: string) => string;
  generatedDownload: (name: string) => string;
  // 自评报告 (ReportAction)
  reportButton: string;
  reporting: string;
  reportHint: string;
  reportDownloaded: (name: string, placeholders: number) => string;
  reportTextTitle: string;
  reportCopy: string;
  // send back (问题清单, 标注副本)
  sendBackTitle: string;
  sendBackIntro: string;
  sendBackIntroPane: string;
  problemListButton: string;
  annotatedButton: string;
  sendBackWorking: string;
  openedInExcel: string;
  annotatedDone: (name: string, cells: number) => string;
  // templates
  templatesIntro: string;
  insertTemplates: string;
  loadSample: string;
  templatesInserted: (names: string) => string;
  // errors and status
  errorTitle: string;
  unexpected: (detail: string) => string;
  /** A part of the pane loaded on first use did not load (errors.ts isChunkLoadError). */
  partNotLoaded: string;
  /** The same on the standalone page (or in its worker). */
  partNotLoadedPage: string;
  /** The button in place of a part of the pane that did not load (the 生成自评表 tab): loads it again. */
  loadAgain: string;
  dismiss: string;
  working: string;
  done: string;
  // the page
  fileTitle: string;
  dropZone: string;
  chooseFile: string;
  useSample: string;
  fileLoaded: (name: string) => string;
  noFile: string;
  // several files (issue 20)
  /** Several files open: the file bar's 当前文件 names the first and counts the rest. */
  filesLoaded: (first: string, count: number) => string;
  acrossTitle: string;
  /** The files, projects, and where the province's 配置 and 绩效指标 come from (AcrossView), its 评价年度 written over if it was. */
  acrossSummary: (files: number, projects: number, source: AcrossSource) => string;
  acrossFileCol: string;
  acrossProjectsCol: string;
  acrossFindingsTitle: string;
  acrossNone: string;
  acrossFileFindings: (name: string) => string;
  mergedButton: string;
  mergedIntro: string;
  mergedDone: (name: string) => string;
  dropZoneMany: string;
  neverAltered: string;
  // outside Office
  openInExcel: string;
  openInExcelDetail: string;
  openStandalone: string;
}

const zhCN: UiStrings = {
  appTitle: '绩效自评助手',
  tabCheck: '检查',
  tabGenerate: '生成自评表',
  tabTemplates: '模板',
  tabsLabel: '功能',
  checkButton: '检查',
  checkIntro: '检查当前工作簿的“配置”“项目台账”“绩效指标”三张表。',
  checking: '正在检查…',
  cancel: '取消',
  cancelled: '已取消。',
  countsLabel: '检查结果统计',
  noFindings: '未发现问题。',
  findingsTotal: (shown, total) => (shown === total ? `共 ${total} 条` : `显示 ${shown} 条，共 ${total} 条`),
  filterLabel: '按严重程度筛选',
  filterAll: '全部',
  findingsListLabel: '检查结果列表',
  findingsHint: '用上下方向键选择，按 Enter 或单击定位到单元格。',
  findingsHintBrowse: '用上下方向键浏览；单元格位置形如“工作表!B7”。',
  ruleGroup: (rule, count, variant) => `${rule} ${ruleTitle(rule, 'zh-CN', variant) ?? ''}（${count} 条）`,
  markButton: '标注',
  clearMarksButton: '清除标注',
  marked: (n) => `已在工作表中标注 ${n} 处。`,
  markedExceptProtected: (n, sheets) =>
    `${n > 0 ? `已在其他工作表中标注 ${n} 处；` : ''}工作表${[sheets].flat().map((s) => `“${s}”`).join('、')}受保护，其上的问题未标注。请先撤销工作表保护（审阅 → 撤销工作表保护），再点击“标注”。`,
  marksCleared: '已清除标注。',
  goToFailed: '无法定位到该单元格。',
  layoutLabel: '表式',
  yearLabel: '评价年度',
  yearUnknown: '未设置（请在“配置”表填写评价年度）',
  previewTitle: '关键数据预览',
  previewEmpty: '读取工作簿后在此预览关键数据。',
  previewButton: '读取预览',
  executionRate: '预算执行率',
  leverage: '带动比',
  newProjects: '新上项目',
  carriedProjects: '结转项目',
  totalScore: '总分',
  grade: '自评等级',
  noScore: '—（指标表无分值）',
  monitorRate: (m) => `1—${m}月预算执行率`,
  timeProgress: '时间进度',
  indicatorLights: '指标预警',
  budgetLight: (l) => `预警：${LIGHT_TEXT[l]?.['zh-CN'] ?? '—'}`,
  lightCount: (l, n) => `${LIGHT_TEXT[l]?.['zh-CN'] ?? '预警'} ${n} 个`,
  notAvailable: '—',
  chartTitle: (unit, month) => `${paidWhen(month)}拨付（按立项年度，${unit}）`,
  chartSummary: (parts, month) => `${paidWhen(month)}拨付按立项年度：${parts}`,
  chartBar: (year, amount, unit, isNew) => `${year}年${isNew ? '新上' : '结转'}项目 ${amount}${unit}`,
  cohortHeader: '立项年度',
  countHeader: '项目数',
  disbursedHeader: (unit, month) => `${paidWhen(month)}拨付（${unit}）`,
  newCohort: '新上',
  legendNew: '新上项目',
  legendCarried: '结转项目',
  paragraphTitle: '资金使用情况',
  copy: '复制',
  copied: '已复制到剪贴板。',
  copyFailed: '无法访问剪贴板，请手动选中文字复制。',
  generateButton: '生成',
  draftCheckbox: '数据有错误时仍生成草稿（自评表标明“草稿：数据存在错误”，报告每页页眉标“草稿”）',
  generating: '正在生成自评表…',
  generatedSheet: (name) => `已生成新工作表“${name}”。`,
  generatedDownload: (name) => `已下载“${name}”。`,
  reportButton: '下载自评报告 (.docx)',
  reporting: '正在生成自评报告…',
  reportHint: '自评报告的各章节文字取自“报告素材”工作表，数字取自台账和绩效指标；未填写的章节在报告中以黄色标出。',
  reportDownloaded: (name, n) => (n ? `已下载“${name}”。有 ${n} 处待填写，已在报告中以黄色标出。` : `已下载“${name}”。`),
  reportTextTitle: '报告文字',
  reportCopy: '复制报告文字',
  sendBackTitle: '退回问题',
  sendBackIntro: '把检查出的问题发回提交单位：问题清单逐条列出问题，标注副本是原文件的副本，问题单元格已填色并附批注，原文件保持不变。',
  sendBackIntroPane: '把检查出的问题整理成问题清单（新工作簿），发回提交单位。',
  problemListButton: '下载问题清单',
  annotatedButton: '下载标注副本',
  sendBackWorking: '正在生成…',
  openedInExcel: '问题清单已在新的 Excel 工作簿中打开，请另存。',
  annotatedDone: (name, cells) => `已下载“${name}”（标注 ${cells} 个单元格）。`,
  templatesIntro: '在当前工作簿中插入“配置”“项目台账”“绩效指标”“报告素材”四张输入表；已有同名工作表时另起新名，不覆盖。',
  insertTemplates: '插入输入表',
  loadSample: '载入示例数据',
  templatesInserted: (names) => `已插入工作表：${names}。`,
  errorTitle: '出错了',
  unexpected: (detail) => `操作未完成：${detail}`,
  partNotLoaded: '加载项的部分程序文件未能加载（网络中断，或加载项刚刚更新）。请关闭任务窗格后重新打开，再试一次；仍然不行时，请检查网络连接。',
  partNotLoadedPage: '网页的部分程序文件未能加载（网络中断，或网页刚刚更新）。请刷新页面后再试；仍然不行时，请检查网络连接。',
  loadAgain: '重新加载',
  dismiss: '关闭',
  working: '正在处理…',
  done: '完成',
  fileTitle: '打开工作簿',
  dropZone: '将 .xlsx、.xls 或 .csv 文件拖到此处',
  chooseFile: '选择文件…',
  useSample: '使用示例数据试用',
  fileLoaded: (name) => `当前文件：${name}`,
  noFile: '请先打开一个 .xlsx、.xls 或 .csv 文件。',
  filesLoaded: (first, count) => `${first} 等 ${count} 个文件`,
  acrossTitle: '多个文件：逐个检查与跨文件检查',
  acrossSummary: (files, projects, { profileFile: p, indicatorFile: i, yearWritten: y }) =>
    `${files} 个文件，共 ${projects} 个项目。` +
    (p && i
      ? p === i ? `配置与绩效指标取自“${p}”。` : `配置取自“${p}”，绩效指标取自“${i}”（前一文件中没有“绩效指标”工作表）。`
      : p ? `配置取自“${p}”；没有文件含“绩效指标”工作表，汇总中没有绩效指标。`
      : i ? `绩效指标取自“${i}”；没有文件含“配置”工作表：按默认配置检查，汇总中没有配置。`
      : '没有文件含“配置”工作表：按默认配置检查，汇总中没有配置与绩效指标。') +
    (y ? `该“配置”的评价年度为 ${y.from} 年，而多数文件为 ${y.to} 年度，且没有 ${y.to} 年度的文件含“配置”：检查与汇总按 ${y.to} 年度计，汇总中的“配置”评价年度写为 ${y.to}，其预算数仍为该文件所填，请核对。` : ''),
  acrossFileCol: '文件',
  acrossProjectsCol: '项目数',
  acrossFindingsTitle: '跨文件问题',
  acrossNone: '未发现跨文件问题。',
  acrossFileFindings: (name) => `“${name}”的问题`,
  mergedButton: '下载汇总工作簿',
  mergedIntro: '汇总工作簿另存为新的 .xlsx：“汇总”表按地州市以公式汇总，“项目台账”含全部项目及其来源文件、工作表和行，另附配置与绩效指标。',
  mergedDone: (name) => `已下载汇总工作簿“${name}”。`,
  dropZoneMany: '可一次选择或拖入多个文件（各地州市的台账），逐个检查并做跨文件检查、合并汇总。',
  neverAltered: '您的文件不会被修改：自评表另存为新的 .xlsx 文件、自评报告另存为 .docx 文件下载；全部处理在本机浏览器中完成，不上传任何数据。',
  openInExcel: '请在 Excel 中打开此加载项',
  openInExcelDetail: '此页面是 Excel 加载项的任务窗格，需要在 Excel 中运行。',
  openStandalone: '没有 Excel？使用网页版检查文件并生成自评表',
};

const enUS: UiStrings = {
  appTitle: 'Performance Self-Evaluation',
  tabCheck: 'Check',
  tabGenerate: 'Self-evaluation table',
  tabTemplates: 'Templates',
  tabsLabel: 'Features',
  checkButton: 'Check',
  checkIntro: 'Checks the sheets 配置 (profile), 项目台账 (ledger) and 绩效指标 (indicators) of this workbook.',
  checking: 'Checking…',
  cancel: 'Cancel',
  cancelled: 'Cancelled.',
  countsLabel: 'Findings by severity',
  noFindings: 'No problems found.',
  findingsTotal: (shown, total) => (shown === total ? `${total} in all` : `${shown} shown of ${total}`),
  filterLabel: 'Filter by severity',
  filterAll: 'All',
  findingsListLabel: 'Findings',
  findingsHint: 'Use the arrow keys to move; press Enter or click to go to the cell.',
  findingsHintBrowse: 'Use the arrow keys to browse; cells are shown as Sheet!B7.',
  ruleGroup: (rule, count, variant) => `${rule} ${ruleTitle(rule, 'en-US', variant) ?? ''} (${count})`,
  markButton: 'Mark',
  clearMarksButton: 'Clear marks',
  marked: (n) => `Marked ${n} cells in the workbook.`,
  markedExceptProtected: (n, sheets) =>
    `${n > 0 ? `Marked ${n} elsewhere; ` : ''}${n > 0 ? 'the' : 'The'} sheet ${[sheets].flat().map((s) => `"${s}"`).join(', ')} is protected, so the findings on it were not marked. Unprotect it (Review → Unprotect Sheet) and click Mark again.`,
  marksCleared: 'Marks cleared.',
  goToFailed: 'Could not go to that cell.',
  layoutLabel: 'Layout',
  yearLabel: 'Fiscal year',
  yearUnknown: 'Not set (fill in 评价年度 on the 配置 sheet)',
  previewTitle: 'Key figures',
  previewEmpty: 'Read the workbook to preview the key figures here.',
  previewButton: 'Read preview',
  executionRate: 'Budget execution rate',
  leverage: 'Leverage',
  newProjects: 'New projects',
  carriedProjects: 'Carried-over projects',
  totalScore: 'Total score',
  grade: 'Grade',
  noScore: '— (no points in the indicator sheet)',
  monitorRate: (m) => `Budget execution to month ${m}`,
  timeProgress: 'Time progress',
  indicatorLights: 'Indicator lights',
  budgetLight: (l) => `light: ${LIGHT_TEXT[l]?.['en-US'] ?? '—'}`,
  lightCount: (l, n) => `${n} ${LIGHT_TEXT[l]?.['en-US'] ?? 'light'}`,
  notAvailable: '—',
  chartTitle: (unit, month) => `Paid out ${month === undefined ? 'this year' : `to month ${month}`} by cohort (${unit})`,
  chartSummary: (parts, month) => `Paid out ${month === undefined ? 'this year' : `to month ${month}`} by cohort: ${parts}`,
  chartBar: (year, amount, unit, isNew) => `${year} ${isNew ? 'new' : 'carried-over'} projects ${amount} ${unit}`,
  cohortHeader: 'Cohort',
  countHeader: 'Projects',
  disbursedHeader: (unit, month) => `Paid out${month === undefined ? '' : ` to month ${month}`} (${unit})`,
  newCohort: 'new',
  legendNew: 'new projects',
  legendCarried: 'carried over',
  paragraphTitle: 'Use of funds',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'The clipboard is not available; select the text and copy it by hand.',
  generateButton: 'Generate',
  draftCheckbox: 'Build a draft despite errors (the table and every page of the report are marked as drafts)',
  generating: 'Generating the table…',
  generatedSheet: (name) => `Created the new worksheet "${name}".`,
  generatedDownload: (name) => `Downloaded "${name}".`,
  reportButton: 'Download the report (.docx)',
  reporting: 'Drafting the report…',
  reportHint:
    'The report’s sections take their text from the 报告素材 sheet and their figures from the ledger and the indicators; sections left empty are highlighted in yellow.',
  reportDownloaded: (name, n) =>
    n ? `Downloaded "${name}". ${n} place(s) still to be filled in are highlighted in yellow.` : `Downloaded "${name}".`,
  reportTextTitle: 'The report’s text',
  reportCopy: 'Copy the text',
  sendBackTitle: 'Send back',
  sendBackIntro:
    'Send the problems back to whoever submitted the file: the list of problems names each one; the annotated copy is a copy of the file with the problem cells coloured and noted. Your file is not changed.',
  sendBackIntroPane: 'Put the problems into a list of problems (a new workbook) to send back to whoever submitted the file.',
  problemListButton: 'Download list of problems',
  annotatedButton: 'Download annotated copy',
  sendBackWorking: 'Preparing…',
  openedInExcel: 'The list of problems opened in a new Excel workbook; save it.',
  annotatedDone: (name, cells) => `Downloaded "${name}" (${cells} cells marked).`,
  templatesIntro:
    'Inserts the input sheets 配置, 项目台账, 绩效指标 and 报告素材 into this workbook; an existing sheet of the same name is never overwritten.',
  insertTemplates: 'Insert input sheets',
  loadSample: 'Load sample data',
  templatesInserted: (names) => `Inserted the sheets: ${names}.`,
  errorTitle: 'Something went wrong',
  unexpected: (detail) => `The operation did not complete: ${detail}`,
  partNotLoaded: 'Part of the add-in could not be loaded (the network dropped, or the add-in has just been updated). Close the task pane, open it again and retry; if it still fails, check the network connection.',
  partNotLoadedPage: 'Part of the page could not be loaded (the network dropped, or the page has just been updated). Reload the page and retry; if it still fails, check the network connection.',
  loadAgain: 'Load again',
  dismiss: 'Dismiss',
  working: 'Working…',
  done: 'Done',
  fileTitle: 'Open a workbook',
  dropZone: 'Drop an .xlsx, .xls or .csv file here',
  chooseFile: 'Choose a file…',
  filesLoaded: (first, count) => `${first} and ${count - 1} more`,
  acrossTitle: 'Several files: each checked, and checked across',
  acrossSummary: (files, projects, { profileFile: p, indicatorFile: i, yearWritten: y }) =>
    `${files} files, ${projects} projects in all. ` +
    (p && i
      ? p === i ? `Profile and indicators from "${p}".` : `Profile from "${p}", indicators from "${i}" (the first has no indicator sheet).`
      : p ? `Profile from "${p}"; no file has an indicator sheet: the consolidated workbook has no indicators.`
      : i ? `Indicators from "${i}"; no file has a profile sheet: checked with the default profile; the consolidated workbook has no profile.`
      : 'No file has a profile sheet: checked with the default profile; the consolidated workbook has no profile or indicators.') +
    (y ? ` That profile evaluates ${y.from}, but most files are of ${y.to} and none of them has a profile: the files are checked and consolidated as of ${y.to}, the consolidated profile says ${y.to}, and its budget figures are still that file's: check them.` : ''),
  acrossFileCol: 'File',
  acrossProjectsCol: 'Projects',
  acrossFindingsTitle: 'Findings across files',
  acrossNone: 'No finding across files.',
  acrossFileFindings: (name) => `Findings of "${name}"`,
  mergedButton: 'Download the consolidated workbook',
  mergedIntro: 'The consolidated workbook is saved as a new .xlsx: a summary per prefecture in formulas, the ledger of all projects with their source file, sheet and row, and the profile and indicators.',
  mergedDone: (name) => `Downloaded the consolidated workbook "${name}".`,
  dropZoneMany: 'You can choose or drop several files at once (the prefectures\' ledgers) to check each, check across them and merge them.',
  useSample: 'Try it with the sample data',
  fileLoaded: (name) => `Current file: ${name}`,
  noFile: 'Open an .xlsx, .xls or .csv file first.',
  neverAltered:
    'Your file is never altered: the table is downloaded as a new .xlsx file and the report as a .docx, and everything runs in this browser; nothing is uploaded.',
  openInExcel: 'Open this add-in in Excel',
  openInExcelDetail: 'This page is the task pane of an Excel add-in and runs inside Excel.',
  openStandalone: 'No Excel? Use the web page to check a file and build the table',
};

export const STRINGS: Readonly<Record<Locale, UiStrings>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function strings(locale: Locale): UiStrings {
  return STRINGS[locale];
}

export function severityLabel(severity: Severity, locale: Locale): string {
  return SEVERITY_TITLE[locale][severity];
}

/** A number as the pane shows it: up to `digits` decimals, no float noise, no trailing zeros. */
export function formatNumber(x: number, locale: Locale, digits = 2): string {
  return x.toLocaleString(locale, { maximumFractionDigits: digits, useGrouping: false });
}

export function formatPercent(rate: number, locale: Locale): string {
  return `${(Math.round(rate * 10000) / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false })}%`;
}
