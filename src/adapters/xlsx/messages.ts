/**
 * Why a file could not be read, in words a finance officer acts on (zh-CN first, en-US second).
 * These are not findings (there is no sheet or cell to point at): the adapter returns them as
 * the failure of `readXlsx` and every front end (CLI, task pane, page) shows them as they are.
 */

export type ReadFailureReason = 'notZip' | 'notXlsx' | 'encrypted' | 'oldXls' | 'corrupt' | 'tooLarge' | 'empty';

import type { LocalizedText } from '../../model/errors';

export type { LocalizedText };

export type FailureVariant =
  | ReadFailureReason
  | 'emptyFile'
  | 'xlsb'
  | 'ods'
  | 'otherOffice'
  | 'truncated'
  | 'tooMuchData';

export interface FailureParams {
  readonly limit?: number;
  /** Megabytes of sheet data (tooMuchData). */
  readonly mb?: number;
  readonly limitMb?: number;
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
