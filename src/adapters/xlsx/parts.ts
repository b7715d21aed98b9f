/**
 * The small parts of an .xlsx that say where everything is and what the cells mean: the package
 * relationships, the workbook (sheets in tab order, their state, the 1904 date system) and the
 * styles (which number format each cell style has, and whether it shows a date). Defined names,
 * column definitions, themes, drawings and the rest are never read.
 */
import { isDateFormat } from '../../model/read/formats';
import { XmlScanner, attrs } from './xmlScan';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Zip entry name the relationship points to (resolved against the source part). */
  readonly target: string;
}

export interface SheetRef {
  readonly name: string;
  readonly hidden: boolean;
  readonly rid: string;
}

export interface WorkbookInfo {
  /** null when the part has no `<sheets>` element (no workbook Excel would open). */
  readonly sheets: ReadonlyArray<SheetRef> | null;
  readonly date1904: boolean;
}

export interface Styles {
  /** Number format code of each cell style (cellXfs index); null = General. */
  readonly format: ReadonlyArray<string | null>;
  /** Whether that format shows a date (ExcelJS's rule: y m d h M s b outside quotes and brackets). */
  readonly isDate: ReadonlyArray<boolean>;
}

function scanAll(text: string, names: string[], open: (id: number, a: () => Record<string, string>) => void, close: (id: number) => void = () => undefined): void {
  const sc = new XmlScanner(names, {
    open: (id, s, from, to) => {
      if (id >= 0) open(id, () => attrs(s, from, to));
    },
    close,
    text: () => undefined,
  });
  sc.pushText(text);
  sc.end();
}

/** `xl/worksheets/../x.xml` style paths → a zip entry name (no leading slash, dot segments resolved). */
export function resolvePath(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** The relationships part of `partName` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPathOf(partName: string): string {
  const i = partName.lastIndexOf('/');
  return `${partName.slice(0, i + 1)}_rels/${partName.slice(i + 1)}.rels`;
}

export function parseRels(text: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  scanAll(text, ['Relationship'], (_id, a) => {
    const r = a();
    if (!r.Id || !r.Target || r.TargetMode === 'External') return;
    out.push({ id: r.Id, type: r.Type ?? '', target: resolvePath(sourcePart, r.Target) });
  });
  return out;
}

export function parseWorkbook(text: string): WorkbookInfo {
  const sheets: SheetRef[] = [];
  let date1904 = false;
  let listed = false;
  scanAll(text, ['sheet', 'workbookPr', 'sheets'], (id, a) => {
    if (id === 2) {
      listed = true;
      return;
    }
    const r = a();
    if (id === 1) date1904 = r.date1904 === '1' || r.date1904 === 'true';
    // `r:id` (any prefix bound to the relationships namespace): attrs() keys by local name.
    else if (r.name !== undefined && r.id) sheets.push({ name: r.name, hidden: r.state === 'hidden' || r.state === 'veryHidden', rid: r.id });
  });
  return { sheets: listed ? sheets : null, date1904 };
}

/** Built-in number formats (ECMA-376 §18.8.30 as ExcelJS knows them, and the zh-CN codes of the East Asian ids). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"', 35: '上午/下午 h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

export function parseStyles(text: string): Styles {
  const custom = new Map<number, string>();
  const dated = new Map<number, boolean>(); // by the code as written: `0\d` shows a d, no day
  const xfIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  scanAll(
    text,
    ['numFmts', 'numFmt', 'cellXfs', 'xf'],
    (id, a) => {
      if (id === 0) inNumFmts = true;
      else if (id === 2) inCellXfs = true;
      else if (id === 1 && inNumFmts) {
        const r = a();
        const n = Number(r.numFmtId);
        // The code as stored, backslash escapes kept (`0\.0000"万元"`, `yyyy\-mm\-dd` as LibreOffice writes it): what the
        // hosts give (Range.numberFormat), and what read/formats.ts reads; without its `\` that point is a real one.
        if (Number.isInteger(n) && r.formatCode !== undefined) {
          custom.set(n, r.formatCode);
          dated.set(n, isDateFormat(r.formatCode));
        }
      } else if (id === 3 && inCellXfs) {
        const n = Number(a().numFmtId ?? 0);
        xfIds.push(Number.isInteger(n) ? n : 0);
      }
    },
    (id) => {
      if (id === 0) inNumFmts = false;
      else if (id === 2) inCellXfs = false;
    },
  );
  const format = xfIds.map((n) => {
    if (!n) return null; // 0 = General (ExcelJS gives no format for it either)
    const code = custom.get(n) ?? BUILT_IN[n];
    return code && code !== 'General' ? code : null;
  });
  return { format, isDate: xfIds.map((n, i) => dated.get(n) ?? isDateFormat(format[i])) };
}
