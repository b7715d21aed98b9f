/**
 * What Excel makes of a string written into a cell through `range.values` or `range.formulas` when the cell is not
 * formatted as text (`@`): it is parsed as if typed in. Sources, and where the fake chooses the stricter reading:
 *
 * - `=…` is a formula; so is text starting with `+` or `-` that is no number (Range.values reference: a value
 *   starting with a plus, minus or equal sign is interpreted as a formula; `+`/`-` alone stay text, as typed);
 * - a leading apostrophe marks text and is not part of the value (Excel's quote prefix; office-js#6687 shows it
 *   dropped from what the API reads back);
 * - `#N/A`, `#DIV/0!`, `#VALUE!`, `#REF!`, `#NAME?`, `#NUM!`, `#NULL!` (and the newer codes) become error values;
 * - TRUE / FALSE (any case) become booleans;
 * - numbers as Excel reads them typed: leading zeros dropped (`001` → 1), thousands separators (`1,000`), a currency
 *   sign (`$`, `¥`, `￥`), a percent (`12%` → 0.12), a negative in parentheses (`(100)` → -100), an exponent, full-width
 *   digits (what a Chinese IME types), mixed fractions (`1 1/2`) — kept to 15 significant digits, as Excel keeps
 *   numbers (an 18-digit code loses its last 3);
 * - dates and times (`2023-01-01`, `2023/1/1`, `1/2/2023`, `1-Jan`, `Jan-23`, `2023年1月1日`, `1月2日`, `1-2`, `1/2`,
 *   `10:20`, `10:20 AM`) become serial numbers. A date or time, a percent, thousands and currency also get a number
 *   format when the cell's is General (the Range.Formula reference: "if you set the value or formula of a cell to a
 *   date, Excel … changes the number format to the default short date number format"). Which strings are dates
 *   depends on the user's locale; the fake takes the union of zh-CN's and en-US's (month first, as en-US), so it
 *   converts at least what either would. In a workbook of the 1904 date system (WorkbookState.date1904) a date is the
 *   serial of that day in it, 1,462 less ("Date systems in Excel", support.microsoft.com: the 1904 system's first day is
 *   January 1, 1904, serial 0); a day before it is no date there and stays text, as Excel keeps what it cannot store.
 *
 * Anything else stays the text written (untrimmed).
 */

export type Typed =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly format?: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'formula'; readonly formula: string };

export const ERROR_LITERALS = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!',
  '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
] as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Full-width digits and signs (what a Chinese IME types) as their ASCII forms. */
function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Excel keeps 15 significant digits. */
const excelNumber = (x: number): number => Number(x.toPrecision(15));

/** Days from a day's serial in the 1900 date system to its serial in the 1904 one. */
export const DAYS_1904 = 1462;

/** Days since 1899-12-30 (Excel's 1900 system, the 1900-02-29 that never was aside); null for no such day. */
function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

const year2 = (y: string): number => (y.length <= 2 ? (Number(y) < 30 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y));
const month = (name: string): number => {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 || (name.length > 3 && !/^(january|february|march|april|may|june|july|august|september|october|november|december|sept)$/i.test(name)) ? 0 : i + 1;
};

/** A time of day (`10:20`, `10:20:30`, `10:20 AM`) as a fraction of a day; null when it is none. */
function timeOf(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*(am|pm|a|p)?$/i.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] ? Number(m[3]) : 0;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  }
  if (h > 23 || min > 59 || sec >= 60) return null;
  return (h * 3600 + min * 60 + sec) / 86400;
}

/**
 * A date (with an optional time after a space) as a serial in the workbook's date system, with the format Excel gives
 * it; null when it is none (in the 1904 system, a day before 1904-01-01 too).
 */
function dateOf(s: string, thisYear: number, date1904: boolean): { value: number; format: string } | null {
  let datePart = s;
  let time = 0;
  const sp = /^(.*\S)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|a|p))?)$/i.exec(s);
  if (sp) {
    const t = timeOf(sp[2]);
    if (t === null) return null;
    datePart = sp[1];
    time = t;
  }
  let ymd: [number, number, number] | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(datePart))) ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(datePart))) ymd = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  else if ((m = /^(\d{1,2})月(\d{1,2})日$/.exec(datePart))) ymd = [thisYear, Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(datePart))) ymd = [year2(m[3]), Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{1,2})[-/](\d{1,2})$/.exec(datePart))) {
    // month-day of this year (`1/2`, `1-2`), else month-year (`1/23` would be no day: Excel reads `1-99` as January 1999)
    ymd = serial(thisYear, Number(m[1]), Number(m[2])) !== null ? [thisYear, Number(m[1]), Number(m[2])] : [year2(m[2]), Number(m[1]), 1];
  } else if ((m = /^(\d{1,2})[-/ ]([a-z]+)(?:[-/ ,]+(\d{2}|\d{4}))?$/i.exec(datePart)) && month(m[2]))
    ymd = [m[3] ? year2(m[3]) : thisYear, month(m[2]), Number(m[1])];
  else if ((m = /^([a-z]+)[-/ ](\d{1,2})(?:,?\s*(\d{4}))?$/i.exec(datePart)) && month(m[1])) {
    // `Jan-23`: month and year (a day only up to the month's length with a year after it: `Jan 5, 2023`)
    ymd = m[3] ? [Number(m[3]), month(m[1]), Number(m[2])] : [year2(m[2]), month(m[1]), 1];
  } else if ((m = /^([a-z]+)[-/ ](\d{4})$/i.exec(datePart)) && month(m[1])) ymd = [Number(m[2]), month(m[1]), 1];
  if (!ymd) return null;
  const d1900 = serial(ymd[0], ymd[1], ymd[2]);
  if (d1900 === null) return null;
  const d = date1904 ? d1900 - DAYS_1904 : d1900;
  if (d < 0) return null;
  return { value: d + time, format: sp ? 'yyyy/m/d h:mm' : 'yyyy/m/d' };
}

/** A number as Excel reads it typed, with the format it then gives a General cell; null when it is none. */
function numberOf(t: string): { value: number; format?: string } | null {
  const m = /^([+-])?(\()?([$¥￥])?([+-])?(\d[\d,]*(?:\.\d*)?|\.\d+)(e[+-]?\d+)?(\))?(%)?$/i.exec(t);
  if (m) {
    if ((m[2] === '(') !== (m[7] === ')')) return null;
    if (m[1] && m[4]) return null;
    const digits = m[5];
    // Excel's own grouping is by three; the fake takes a comma between any digits (`1,0000`, as 万 are grouped) as
    // a thousands separator too, the stricter reading: text like it must be written under `@`.
    if (/,,|,\./.test(digits) || digits.endsWith(',')) return null;
    let v = Number(digits.replace(/,/g, '') + (m[6] ?? ''));
    if (!Number.isFinite(v)) return null;
    if (m[1] === '-' || m[4] === '-' || m[2]) v = -v;
    const decimals = (/\.(\d+)/.exec(digits)?.[1].length ?? 0);
    const fixed = decimals > 0 ? `0.${'0'.repeat(Math.min(decimals, 2))}` : '0';
    if (m[8]) return { value: excelNumber(v / 100), format: `${fixed}%` };
    if (m[3]) return { value: excelNumber(v), format: `"${m[3] === '$' ? '$' : '¥'}"#,##${fixed}` };
    if (digits.includes(',')) return { value: excelNumber(v), format: `#,##${fixed}` };
    return { value: excelNumber(v) };
  }
  const f = /^([+-])?(\d+) (\d+)\/(\d+)$/.exec(t);
  if (f && Number(f[4]) > 0) {
    const v = Number(f[2]) + Number(f[3]) / Number(f[4]);
    return { value: excelNumber(f[1] === '-' ? -v : v), format: '# ?/?' };
  }
  return null;
}

/** What a cell not formatted as text holds after `s` is written into it, in a workbook of the 1900 or the 1904 date system. */
export function typeIn(s: string, thisYear = new Date().getFullYear(), date1904 = false): Typed {
  if (s.startsWith("'")) return { kind: 'text', text: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { kind: 'formula', formula: s };
  const t = halfWidth(s).trim();
  const upper = t.toUpperCase();
  const error = ERROR_LITERALS.find((e) => e === upper);
  if (error) return { kind: 'error', code: error };
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  const n = numberOf(t);
  if (n) return { kind: 'number', ...n };
  const tm = timeOf(t);
  if (tm !== null) return { kind: 'number', value: tm, format: 'h:mm' };
  const d = dateOf(t, thisYear, date1904);
  if (d) return { kind: 'number', ...d };
  if (s.length > 1 && (s.startsWith('+') || s.startsWith('-'))) return { kind: 'formula', formula: `=${s}` };
  return { kind: 'text', text: s };
}
