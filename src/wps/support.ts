/**
 * What this WPS cannot do that the user should know (shown in the pane as the Excel pane shows taskpane/support.ts's
 * limits), decided once at start from the workbook the pane opens over:
 *
 * - Whether the workbook counts its dates in the 1904 date system is read from `Workbook.Date1904`
 *   (adapters/wps/read.ts etDate1904: declared by `et-jsapi-declare` 2.5.0, not yet seen answered by a WPS build). A build
 *   that gives no boolean has the dates read in the 1900 system — a workbook saved in the 1904 one would show every date
 *   four years early — and the pane says so. With no workbook open at start nothing can be asked, and nothing is said.
 */
import { etDate1904, type EtApplication } from '../adapters/wps';
import type { LocalizedText } from '../ui/host';

export const WPS_LIMITS = {
  dateSystem: {
    'zh-CN':
      '此 WPS 版本不能告知工作簿是否使用 1904 日期系统：日期按 1900 日期系统读取。若工作簿使用 1904 日期系统（旧版 Mac Excel 保存的文件），读出的日期会比单元格显示的早 4 年，请用本工具的网页版或命令行（jx check）检查该文件。',
    'en-US':
      "This WPS cannot say whether the workbook uses the 1904 date system, so dates are read in the 1900 system. In a workbook that uses the 1904 date system (a file saved by an old Excel for Mac), dates would read four years earlier than their cells show: check that file with this tool's web page or command line (jx check).",
  },
} as const satisfies Record<string, LocalizedText>;

export function wpsLimits(app: EtApplication): LocalizedText[] {
  const book = app.ActiveWorkbook;
  return book && etDate1904(book) === null ? [WPS_LIMITS.dateSystem] : [];
}
