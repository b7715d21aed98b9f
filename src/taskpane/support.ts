/**
 * What this Excel can do for the pane, decided once at start from what Office says the host supports AND what the
 * loaded office.js can call: the two differ when the add-in is served with the npm copy of office.js
 * (`JX_OFFICEJS=local`), which lacks APIs the host has (it has no notes: NoteCollection, ExcelApi 1.18).
 *
 * - 标注 / 清除标注 write notes: ExcelApi 1.18 (Microsoft 365 Windows 2501+, Mac 16.93+, Excel on the web; no
 *   volume-licensed Excel) and an office.js with `Excel.NoteCollection`.
 * - The 问题清单 opens in a new window with `Excel.createWorkbook`: ExcelApi 1.8; without it, it is downloaded.
 * - Merged cells are read with `Range.getMergedAreasOrNullObject`: ExcelApi 1.13 (Windows 2102+, Mac 16.50+,
 *   Excel 2021). Older builds that run the add-in at all (shared runtime: Windows 2002+, Mac 16.35+) check the
 *   workbook without merged areas, and the pane says so.
 * - Whether the workbook counts its dates in the 1904 date system is asked of Excel's DATE through `workbook.functions`:
 *   ExcelApi 1.2, and an office.js with `Excel.Functions` (adapters/office/read.ts). Without them the dates are read in the
 *   1900 system — a workbook saved in the 1904 one would show every date four years early — and the pane says so.
 *
 * Requirement sets and builds: Microsoft's "Excel JavaScript API requirement sets" table.
 */
import type { LocalizedText } from '../ui/host';

export interface OfficeSupport {
  /** 标注 / 清除标注 can run. */
  readonly mark: boolean;
  /** Merged areas can be read. */
  readonly mergedAreas: boolean;
  /** Whether a workbook uses the 1904 date system can be asked (else its dates are read in the 1900 system). */
  readonly dateSystem: boolean;
  /** Excel.createWorkbook (ExcelApi 1.8) can open the 问题清单 in a new window (otherwise it is downloaded). */
  readonly createWorkbook: boolean;
  /** What the user should know about what this Excel cannot do (shown in the pane). */
  readonly limits: ReadonlyArray<LocalizedText>;
}

/** `Office.context.requirements`, as much as this needs. */
export interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

/** Whether the loaded office.js defines `member` on `Excel[cls]` (a class's prototype) or `Excel[cls]` itself. */
function libraryHas(excel: unknown, cls: string, member?: string): boolean {
  const c = (excel as Record<string, { prototype?: object } | undefined> | undefined)?.[cls];
  if (!c) return false;
  return member === undefined || (c.prototype !== undefined && member in c.prototype);
}

export const LIMITS = {
  marksHost: {
    'zh-CN':
      '此 Excel 版本不能标注单元格（需要 Excel 网页版、Windows 版 Microsoft 365 2501 或更高、Mac 版 16.93 或更高；批量许可版 Excel 不支持）。检查与生成不受影响。',
    'en-US':
      'This Excel cannot mark cells (it takes Excel on the web, Microsoft 365 for Windows 2501 or later, or Mac 16.93 or later; volume-licensed Excel has no notes). Checking and generating work.',
  },
  marksLibrary: {
    'zh-CN':
      '加载项所用的 office.js 没有批注（Notes）接口，标注功能不可用。请管理员改用微软的 office.js（构建时 JX_OFFICEJS=cdn 或 china，见 docs/deploy.md）。',
    'en-US':
      "The office.js this add-in is served with has no Notes API, so marking is not available. Ask your administrator to serve Microsoft's office.js (build with JX_OFFICEJS=cdn or china, see docs/deploy.md).",
  },
  mergedAreas: {
    'zh-CN':
      '此 Excel 版本不能读取合并单元格（需要 Windows 版 2102 或更高、Mac 版 16.50 或更高）：检查时不考虑合并单元格，多行表头可能识别不准。建议升级 Excel。',
    'en-US':
      'This Excel cannot read merged cells (it takes Windows 2102 or later, Mac 16.50 or later): the check ignores merged cells and may misread headers of several rows. Updating Excel is advised.',
  },
  dateSystem: {
    'zh-CN':
      '此 Excel 版本不能告知工作簿是否使用 1904 日期系统：日期按 1900 日期系统读取。若工作簿在 Excel 选项中勾选了“使用 1904 日期系统”（旧版 Mac Excel 保存的文件），读出的日期会比单元格显示的早 4 年，请用本工具的网页版或命令行（jx check）检查该文件。',
    'en-US':
      "This Excel cannot say whether the workbook uses the 1904 date system, so dates are read in the 1900 system. In a workbook set to use the 1904 date system (a file saved by an old Excel for Mac), dates would read four years earlier than their cells show: check that file with this tool's web page or command line (jx check).",
  },
} as const satisfies Record<string, LocalizedText>;

export function officeSupport(requirements: Requirements | undefined, excel: unknown): OfficeSupport {
  const supports = (v: string): boolean => requirements?.isSetSupported('ExcelApi', v) ?? false;
  const limits: LocalizedText[] = [];
  const hostNotes = supports('1.18');
  const libraryNotes = libraryHas(excel, 'NoteCollection') && libraryHas(excel, 'Worksheet', 'notes');
  if (!hostNotes) limits.push(LIMITS.marksHost);
  else if (!libraryNotes) limits.push(LIMITS.marksLibrary);
  const mergedAreas = supports('1.13') && libraryHas(excel, 'Range', 'getMergedAreasOrNullObject');
  if (!mergedAreas) limits.push(LIMITS.mergedAreas);
  const dateSystem = supports('1.2') && libraryHas(excel, 'Workbook', 'functions') && libraryHas(excel, 'Functions', 'date');
  if (!dateSystem) limits.push(LIMITS.dateSystem);
  const createWorkbook = supports('1.8') && typeof (excel as { createWorkbook?: unknown } | undefined)?.createWorkbook === 'function';
  return { mark: hostNotes && libraryNotes, mergedAreas, dateSystem, createWorkbook, limits };
}
