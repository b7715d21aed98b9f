/**
 * Why a file could not be read, in words a finance officer acts on (zh-CN first, en-US second).
 * These are not findings (there is no sheet or cell to point at): the adapter returns them as
 * the failure of `readXlsx` and every front end (CLI, task pane, page) shows them as they are.
 */

export type ReadFailureReason = 'notZip' | 'notXlsx' | 'encrypted' | 'oldXls' | 'corrupt' | 'tooLarge' | 'empty';

import type { LocalizedText } from '../../model/errors';
import type { OverBudget } from './budget';

export type { LocalizedText };

export type FailureVariant =
  | ReadFailureReason
  | 'emptyFile'
  | 'xlsb'
  | 'ods'
  | 'docx'
  | 'pptx'
  | 'otherOffice'
  | 'truncated'
  | 'tooMuchData'
  | 'overSize'
  /** The file itself (its bytes on disk, before anything is inflated) over --max-size. */
  | 'fileOverSize'
  | 'partOverLimit'
  | 'partOverDeclared'
  | 'overMemory'
  | 'overTime'
  | 'outOfRange'
  /** Neither a workbook nor text (readWorkbookFile). */
  | 'notText'
  /** A web page or an XML spreadsheet saved under a spreadsheet's name. */
  | 'html'
  /** A web page without a table (a system's login, notice or error page fetched instead of the export). */
  | 'htmlNoTable'
  | 'xmlSpreadsheet'
  /** A LibreOffice flat XML spreadsheet (.fods) that did not read. */
  | 'fods'
  /** A WPS 表格 workbook (.et, .ett). */
  | 'et'
  /** An .xls the reader could not read. */
  | 'xlsCorrupt'
  /** A part of the package that is no XML of its kind (a worksheet part of other bytes): Excel calls the file damaged. */
  | 'damagedPart'
  /** A cell whose type (`t`) is none of the spec's: Excel calls the file damaged. */
  | 'badCellType';

export interface FailureParams {
  readonly limit?: number;
  /** Megabytes of sheet data (tooMuchData). */
  readonly mb?: number;
  readonly limitMb?: number;
  /** The zip entry concerned (partOverLimit, partOverDeclared). */
  readonly part?: string;
  /** Kilobytes the zip directory declares for it (partOverDeclared). */
  readonly kb?: number;
  /** The estimate was projected from the part already read (overMemory, overTime). */
  readonly projected?: boolean;
  /** Seconds (overTime). */
  readonly seconds?: number;
  readonly limitSeconds?: number;
  /** outOfRange: the sheet, and the row or column number found. */
  readonly sheet?: string;
  readonly what?: 'row' | 'col';
  readonly value?: number;
  /** badCellType: the cell (A1) and the type written. */
  readonly cell?: string;
  readonly type?: string;
  /** docx, pptx: the file's name says what it is (报告.docx), so it was chosen by mistake, not renamed. */
  readonly namedSo?: boolean;
}

/** The failure of a reading budget exceeded (or projected to be): which budget, what it used, its limit. */
/**
 * What is needed over a limit, in MB as the messages say it: both rounded up to whole MB, as always, unless that makes
 * them equal — a read refused at a few bytes over its budget said 需要约 3 MB 内存，超过 3 MB 的内存预算 — then to
 * a tenth (a hundredth … for a budget under 0.1 MB), the need rounded up and the limit down (2.5 over 2.4). A
 * read exactly at its budget is accepted (Budget.check: a budget is what may be used).
 */
export function mbOver(used: number, limit: number): { mb: number; limitMb: number } {
  const MB = 1024 * 1024;
  const whole = { mb: Math.ceil(used / MB), limitMb: Math.ceil(limit / MB) };
  if (whole.mb > whole.limitMb) return whole;
  // any decimal place tells them apart (ceil(used) ≥ used > limit ≥ floor(limit)): tenths, or as many as a budget
  // under a tenth of a MB needs not to read 0 (--max-memory 0.01)
  let k = 10;
  while (k < 1e6 && Math.floor((limit / MB) * k) === 0) k *= 10;
  return { mb: Math.ceil((used / MB) * k) / k, limitMb: Math.floor((limit / MB) * k) / k };
}

/**
 * Seconds used over a time budget (ms in): the budget as it was given (to the ms), the time used rounded up to as many
 * decimals, so always more than the budget. Whole seconds alone said jx check --max-time 0.5 as 读取已需要 1 秒以上，
 * 超过 1 秒的时间预算 (the budget given was half a second).
 */
export function secondsOver(usedMs: number, limitMs: number): { seconds: number; limitSeconds: number } {
  const given = Math.round(limitMs) / 1000;
  let k = 1;
  while (k < 1000 && Math.round(given * k) !== given * k) k *= 10;
  const limitSeconds = Math.round(given * k) / k;
  const seconds = Math.max(Math.ceil((usedMs / 1000) * k) / k, limitSeconds + 1 / k);
  return { seconds: Math.round(seconds * k) / k, limitSeconds };
}

export function overBudgetFailure(e: OverBudget): { variant: 'overMemory' | 'overTime'; params: FailureParams } {
  return e.kind === 'memory'
    ? { variant: 'overMemory', params: { ...mbOver(e.used, e.limit), projected: e.projected } }
    : { variant: 'overTime', params: { ...secondsOver(e.used, e.limit), projected: e.projected } };
}

const fmt = (n: number | undefined, locale: string): string =>
  n === undefined ? '?' : n.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-US');

export function failureMessage(variant: FailureVariant, p: FailureParams = {}): LocalizedText {
  switch (variant) {
    case 'encrypted':
      return {
        'zh-CN': '文件已加密（设置了打开密码），请在 Excel 中另存为无密码的副本后再检查。',
        'en-US': 'The file is encrypted (it has an open password). Save an unprotected copy in Excel and check that copy.',
      };
    case 'oldXls':
      return {
        'zh-CN': '这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx。',
        'en-US': 'This is an old-format .xls file. Open it in Excel or WPS and save it as .xlsx.',
      };
    case 'notText':
      return {
        'zh-CN': '无法识别的文件格式：既不是 Excel 工作簿（.xlsx、.xls），也不是 CSV 文本。请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查。',
        'en-US': 'Unknown file format: neither an Excel workbook (.xlsx, .xls) nor CSV text. Open it in Excel or WPS, save it as .xlsx and check that copy.',
      };
    case 'html':
      return {
        'zh-CN': '这是网页（HTML）格式的表格，只是扩展名像 Excel 文件（一些业务系统这样导出）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查。',
        'en-US': 'This is a web page (HTML) table with a spreadsheet\'s file name (some systems export so). Open it in Excel or WPS, save it as .xlsx and check that copy.',
      };
    case 'htmlNoTable':
      return {
        'zh-CN': '这是一个网页（HTML），其中没有表格，不是导出的台账（可能下载时得到的是系统的登录页、提示页或错误页）。请在业务系统中重新导出台账后再检查。',
        'en-US': "This is a web page (HTML) with no table in it, not an exported ledger (the download may have fetched a system's login, notice or error page). Export the ledger from the system again and check that file.",
      };
    case 'xmlSpreadsheet':
      return {
        'zh-CN': '这是 XML 电子表格（Excel 2003 XML）格式，请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查。',
        'en-US': 'This is an XML spreadsheet (Excel 2003 XML). Open it in Excel or WPS, save it as .xlsx and check that copy.',
      };
    case 'fods':
      return {
        'zh-CN': '这是 LibreOffice 平面 XML 表格（.fods），但无法读取（文件可能已损坏）。请在 LibreOffice 或 WPS 中打开，另存为 .xlsx 后再检查。',
        'en-US': 'This is a LibreOffice flat XML spreadsheet (.fods) that cannot be read (it may be damaged). Open it in LibreOffice or WPS, save it as .xlsx and check that copy.',
      };
    case 'et':
      return {
        'zh-CN': '这是 WPS 表格文件（.et），本工具不读取该格式。请在 WPS 中点“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”，保存后再检查。',
        'en-US': 'This is a WPS Spreadsheets file (.et), a format this tool does not read. In WPS choose File > Save As, type "Excel Workbook (*.xlsx)", and check the saved copy.',
      };
    case 'xlsCorrupt':
      return {
        'zh-CN': '无法读取这个 .xls 文件（文件已损坏，或是本工具不支持的旧版本）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查。',
        'en-US': 'This .xls file cannot be read (it is damaged, or of an old version this tool does not support). Open it in Excel or WPS, save it as .xlsx and check that copy.',
      };
    case 'otherOffice':
      return {
        'zh-CN': '这不是 Excel 工作簿（可能是 Word 等其他旧版 Office 文件），请选择 .xlsx 文件。',
        'en-US': 'This is not an Excel workbook (it looks like another old Office file, e.g. Word). Choose an .xlsx file.',
      };
    case 'xlsb':
      return {
        'zh-CN': '这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx。',
        'en-US': 'This is an Excel binary workbook (.xlsb). Save it as .xlsx in Excel.',
      };
    case 'docx':
      return p.namedSo
        ? {
            'zh-CN': '这是 Word 文档（.docx），不是 Excel 工作簿。请选择台账所在的 .xlsx 文件。',
            'en-US': 'This is a Word document (.docx), not an Excel workbook. Choose the .xlsx file that holds the ledger.',
          }
        : {
            'zh-CN': '这是 Word 文档（.docx），不是 Excel 工作簿，可能是改了扩展名。请选择台账所在的 .xlsx 文件。',
            'en-US': 'This is a Word document (.docx), not an Excel workbook; it may have been renamed. Choose the .xlsx file that holds the ledger.',
          };
    case 'pptx':
      return p.namedSo
        ? {
            'zh-CN': '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿。请选择台账所在的 .xlsx 文件。',
            'en-US': 'This is a PowerPoint presentation (.pptx), not an Excel workbook. Choose the .xlsx file that holds the ledger.',
          }
        : {
            'zh-CN': '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿，可能是改了扩展名。请选择台账所在的 .xlsx 文件。',
            'en-US': 'This is a PowerPoint presentation (.pptx), not an Excel workbook; it may have been renamed. Choose the .xlsx file that holds the ledger.',
          };
    case 'ods':
      return {
        'zh-CN': '这是 OpenDocument 表格（.ods），请在 WPS 或 LibreOffice 中另存为 .xlsx。',
        'en-US': 'This is an OpenDocument spreadsheet (.ods). Save it as .xlsx in WPS or LibreOffice.',
      };
    case 'notXlsx':
      return {
        'zh-CN': '这是压缩文件，但不是 Excel 工作簿（.xlsx），请选择正确的文件。',
        'en-US': 'This is a zip archive but not an Excel workbook (.xlsx). Choose the right file.',
      };
    case 'notZip':
      return {
        'zh-CN': '这不是 Excel 工作簿（.xlsx），可能是改了扩展名的其他文件（如文本或 CSV）。请在 Excel 中打开后另存为 .xlsx。',
        'en-US':
          'This is not an Excel workbook (.xlsx); it may be another kind of file renamed (e.g. text or CSV). Open it in Excel and save it as .xlsx.',
      };
    case 'truncated':
      return {
        'zh-CN': '文件不完整（可能下载或复制时中断），无法打开。请重新获取文件。',
        'en-US': 'The file is incomplete (the download or copy was probably interrupted) and cannot be opened. Get the file again.',
      };
    case 'damagedPart':
      return p.sheet
        ? {
            'zh-CN': `文件已损坏：工作表“${p.sheet}”的内容（文件中的“${p.part ?? ''}”）不是有效的工作表 XML，Excel 打开时也会提示文件已损坏。请在 Excel 中打开并修复，另存为新的 .xlsx 后再检查。`,
            'en-US': `The file is damaged: the content of sheet "${p.sheet}" (its part "${p.part ?? ''}") is not valid worksheet XML, and Excel reports the file as damaged too. Open it in Excel, let it repair the file, save it as a new .xlsx and check that copy.`,
          }
        : {
            'zh-CN': `文件已损坏：其中的“${p.part ?? ''}”不是有效的 XML，Excel 打开时也会提示文件已损坏。请在 Excel 中打开并修复，另存为新的 .xlsx 后再检查。`,
            'en-US': `The file is damaged: its part "${p.part ?? ''}" is not valid XML, and Excel reports the file as damaged too. Open it in Excel, let it repair the file, save it as a new .xlsx and check that copy.`,
          };
    case 'badCellType':
      return {
        'zh-CN': `文件已损坏：工作表“${p.sheet ?? ''}”的单元格 ${p.cell ?? ''}（文件中的“${p.part ?? ''}”）标注的类型 t="${p.type ?? ''}" 不是 Excel 的单元格类型，Excel 打开时也会提示文件已损坏。请在 Excel 中打开并修复，核对此单元格，另存为新的 .xlsx 后再检查。`,
        'en-US': `The file is damaged: cell ${p.cell ?? ''} of sheet "${p.sheet ?? ''}" (part "${p.part ?? ''}") has the type t="${p.type ?? ''}", which is no Excel cell type, and Excel reports the file as damaged too. Open it in Excel, let it repair the file, check that cell, save it as a new .xlsx and check that copy.`,
      };
    case 'corrupt':
      return {
        'zh-CN': '文件已损坏，无法读取。请在 Excel 中打开并另存为新的 .xlsx 后再检查。',
        'en-US': 'The file is damaged and cannot be read. Open it in Excel, save it as a new .xlsx and check that copy.',
      };
    case 'tooLarge':
      return {
        'zh-CN': `工作簿过大（超过 ${fmt(p.limit, 'zh-CN')} 个非空单元格），无法检查。请删除无关的工作表或远处的零散内容（按 Ctrl+End 查看最后一个单元格）后再检查。`,
        'en-US': `The workbook is too large (more than ${fmt(p.limit, 'en-US')} non-empty cells) to check. Delete unrelated sheets or stray far-away content (Ctrl+End shows the last cell) and check again.`,
      };
    case 'tooMuchData':
      return {
        'zh-CN': `工作簿过大（工作表数据约 ${fmt(p.mb, 'zh-CN')} MB，超过 ${fmt(p.limitMb, 'zh-CN')} MB），无法检查。请删除无关的工作表、远处的零散内容或超长的单元格文本后再检查。`,
        'en-US': `The workbook is too large (about ${fmt(p.mb, 'en-US')} MB of sheet data, over ${fmt(p.limitMb, 'en-US')} MB) to check. Delete unrelated sheets, stray far-away content or very long cell texts and check again.`,
      };
    case 'overSize':
      return {
        'zh-CN': `工作簿过大（解压后共约 ${fmt(p.mb, 'zh-CN')} MB，超过 ${fmt(p.limitMb, 'zh-CN')} MB 的上限），无法检查。请删除无关的工作表、图片或附件后再检查。`,
        'en-US': `The workbook is too large (about ${fmt(p.mb, 'en-US')} MB uncompressed, over the ${fmt(p.limitMb, 'en-US')} MB limit) to check. Delete unrelated sheets, pictures or attachments and check again.`,
      };
    case 'fileOverSize':
      return {
        'zh-CN': `文件过大（文件大小约 ${fmt(p.mb, 'zh-CN')} MB，超过 ${fmt(p.limitMb, 'zh-CN')} MB 的上限），无法检查。请删除无关的内容，或把台账拆成几个文件后再检查。`,
        'en-US': `The file is too large (about ${fmt(p.mb, 'en-US')} MB, over the ${fmt(p.limitMb, 'en-US')} MB limit) to check. Delete unrelated content, or split the ledger into several files, and check again.`,
      };
    case 'partOverLimit':
      return {
        'zh-CN': `工作簿过大（其中的“${p.part ?? ''}”解压后超过 ${fmt(p.limitMb, 'zh-CN')} MB 的上限），无法检查。请删除无关的内容，或在 Excel 中打开并另存为新的 .xlsx 后再检查。`,
        'en-US': `The workbook is too large (its part "${p.part ?? ''}" inflates past the ${fmt(p.limitMb, 'en-US')} MB limit) to check. Delete unrelated content, or open it in Excel, save it as a new .xlsx and check that copy.`,
      };
    case 'partOverDeclared':
      return {
        'zh-CN': `工作簿过大（其中的“${p.part ?? ''}”解压后超过了文件目录所记载的 ${fmt(p.kb, 'zh-CN')} KB），无法检查。文件可能已被改动，请在 Excel 中打开并另存为新的 .xlsx 后再检查。`,
        'en-US': `The workbook is too large (its part "${p.part ?? ''}" inflates past the ${fmt(p.kb, 'en-US')} KB its zip directory states) to check. The file may have been tampered with: open it in Excel, save it as a new .xlsx and check that copy.`,
      };
    case 'overMemory':
      return {
        'zh-CN': `工作簿过大（读取${p.projected ? '预计' : ''}需要约 ${fmt(p.mb, 'zh-CN')} MB 内存，超过 ${fmt(p.limitMb, 'zh-CN')} MB 的内存预算），无法检查。请删除无关的工作表或远处的零散内容，或把台账拆成几个文件后再检查。`,
        'en-US': `The workbook is too large (reading it ${p.projected ? 'would need' : 'needs'} about ${fmt(p.mb, 'en-US')} MB of memory, over the ${fmt(p.limitMb, 'en-US')} MB memory budget) to check. Delete unrelated sheets or stray far-away content, or split the ledger into several files, and check again.`,
      };
    case 'overTime':
      return {
        'zh-CN': `工作簿过大（读取${p.projected ? '预计' : '已'}需要 ${fmt(p.seconds, 'zh-CN')} 秒以上，超过 ${fmt(p.limitSeconds, 'zh-CN')} 秒的时间预算），无法检查。请删除无关的工作表或把台账拆成几个文件后再检查。`,
        'en-US': `The workbook is too large (reading it ${p.projected ? 'would take' : 'took'} over ${fmt(p.seconds, 'en-US')} s, beyond the ${fmt(p.limitSeconds, 'en-US')} s time budget) to check. Delete unrelated sheets or split the ledger into several files and check again.`,
      };
    case 'outOfRange':
      return p.what === 'col'
        ? {
            'zh-CN': `文件已损坏：工作表“${p.sheet ?? ''}”中有第 ${fmt(p.value, 'zh-CN')} 列，超出了 Excel 的上限 16,384 列（XFD）。请在 Excel 中打开并另存为新的 .xlsx 后再检查。`,
            'en-US': `The file is damaged: sheet "${p.sheet ?? ''}" has a column ${fmt(p.value, 'en-US')}, beyond Excel's limit of 16,384 columns (XFD). Open it in Excel, save it as a new .xlsx and check that copy.`,
          }
        : {
            'zh-CN': `文件已损坏：工作表“${p.sheet ?? ''}”中有第 ${fmt(p.value, 'zh-CN')} 行，超出了 Excel 的上限 1,048,576 行。请在 Excel 中打开并另存为新的 .xlsx 后再检查。`,
            'en-US': `The file is damaged: sheet "${p.sheet ?? ''}" has a row ${fmt(p.value, 'en-US')}, beyond Excel's limit of 1,048,576 rows. Open it in Excel, save it as a new .xlsx and check that copy.`,
          };
    case 'emptyFile':
      return {
        'zh-CN': '文件是空的（0 字节），请重新获取文件。',
        'en-US': 'The file is empty (0 bytes). Get the file again.',
      };
    case 'empty':
      return {
        'zh-CN': '工作簿中没有任何数据。',
        'en-US': 'The workbook contains no data.',
      };
  }
}
