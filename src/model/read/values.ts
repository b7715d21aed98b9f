/**
 * The one coercion layer: how a cell (or a custom function argument) is read as an amount, a
 * count, a year, a date, a boolean or text. Every reader and every custom function uses these,
 * so `1,200` means the same everywhere. Results are values, never exceptions.
 */
import { dateToSerial, isDateValue, isErrorValue, serialToDate, dateValue, type CellValue, type DateValue } from '../grid';
import { decimalToFen, FEN_DECIMALS, FEN_PER, numberToFen, type Fen, type MoneyUnit } from '../money';
import { rmbFromWords } from '../algorithms/rmb';
import { chineseYearDigits, cleanText, toHalfWidth } from './text';

// RMBUPPER's writer, from here: functions.js holds algorithms/rmb.ts in the one scope of the modules
// src/functions/shared.ts lists only if every module that imports it reaches it in every runtime that holds them
// (the functions and pane, the standalone page, its worker). This module does (rmbFromWords, for every ledger
// amount); a door of its own in shared.ts would be used by the functions only, and webpack would wrap rmb.ts
// ("runtime-dependent referenced by src/functions/shared.ts").
export { rmbUpper } from '../algorithms/rmb';

export type Read<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'empty' }
  | { readonly kind: 'bad'; readonly raw: string };

const EMPTY = { kind: 'empty' } as const;
const ok = <T>(value: T): Read<T> => ({ kind: 'ok', value });
const bad = (raw: string): Read<never> => ({ kind: 'bad', raw });

/**
 * What a reader found when it is not a value: the cell's raw text. The `…Value` readers return
 * the value, `undefined` for a blank cell, or an Unreadable, without building a Read object per
 * cell (the ledger reader reads millions of cells); the `read…` functions wrap them.
 */
export class Unreadable {
  constructor(readonly raw: string) {}
}

/** A value, blank (undefined) or Unreadable. */
export type Raw<T> = T | undefined | Unreadable;

/** The Read of a Raw. */
export function toRead<T>(r: Raw<T>): Read<T> {
  if (r === undefined) return EMPTY;
  return r instanceof Unreadable ? bad(r.raw) : ok(r);
}

/** Raw text of a cell for messages. */
export function rawText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isErrorValue(v)) return v.code;
  return `${v.year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
}

/**
 * Texts that say "nothing" where a value would go: a careful officer writes `-`, `—`, `/`, `无`
 * for "none" rather than leave the cell empty. After full-width folding and trimming (`－`, `／`,
 * ` 无 `), the readers of years, dates, booleans, codes and texts read a cell holding one of them
 * exactly as an empty cell (a required field is still "为空", L002; an optional one passes); the
 * readers of amounts and counts read it as 0, the "none paid" it means there. `0` is a value, not
 * one of these; the target reader's "not applicable" words (targets.ts NA_WORDS) are these and more.
 */
export const PLACEHOLDERS: ReadonlyArray<string> = ['-', '--', '—', '——', '–', '―', '/', '无', '暂无', '空', 'N/A', 'n/a'];
const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS);

/** Cleaned (half-width, trimmed) text that is one of PLACEHOLDERS; the length is asked first (most cells are longer). */
export const isPlaceholder = (t: string): boolean => t.length < 4 && PLACEHOLDER_SET.has(t);

/** A blank cell, or text that is a placeholder: blank to every reader but those of amounts and counts (0). */
export function isNone(v: CellValue): boolean {
  return isBlank(v) || (typeof v === 'string' && v.length < 16 && isPlaceholder(cleanText(v)));
}

export function isBlank(v: CellValue): boolean {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  // Fast answer for the usual cell: it starts with a visible ASCII character or a CJK ideograph.
  const c = v.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return cleanText(v) === '';
}

/** Text: strings trimmed (half-width), numbers as written; errors unreadable. */
export function readText(v: CellValue): Read<string> {
  return toRead(textValue(v));
}

/** readText without the Read. */
export function textValue(v: CellValue): Raw<string> {
  if (v === null) return undefined;
  if (typeof v === 'string') {
    const t = cleanText(v);
    return t === '' || isPlaceholder(t) ? undefined : t;
  }
  if (isErrorValue(v)) return new Unreadable(v.code);
  return rawText(v);
}

/** Characters trimmed off free text: white space (incl. NBSP, the ideographic space, BOM) and zero-width spaces. */
const isEdgeSpace = (ch: string): boolean => ch === '\u200b' || ch.trim() === '';

/**
 * Free text as written (names, goals, targets, explanations: what the 自评表 prints): trimmed,
 * nothing else changed, so Chinese punctuation (，；：（）) stays as typed. Numbers as written;
 * errors unreadable. Use readText for values that are matched (regions, statuses, codes).
 */
export function readProse(v: CellValue): Read<string> {
  if (typeof v !== 'string') return readText(v);
  let start = 0;
  let end = v.length;
  while (start < end && isEdgeSpace(v[start])) start++;
  while (end > start && isEdgeSpace(v[end - 1])) end--;
  return start === end ? EMPTY : ok(v.slice(start, end));
}

/**
 * A decimal number written the ways people write it: `1,200`, `1，200`, `１２００`, ` 1200 `,
 * `(100)` (negative), `-1200`, `1.2e3`. Returns the canonical decimal string or null.
 */
export function normalizeNumberText(s: string): { text: string; negativeByParens: boolean } | null {
  // U+2212 MINUS SIGN (`−5`, typed by Word and by 输入法 symbol tables) is a minus like `-` and `－`.
  let t = toHalfWidth(s).replace(/\s/g, '').replace(/，/g, ',').replace(/\u2212/g, '-');
  let negativeByParens = false;
  const paren = /^[(（](.*)[)）]$/.exec(t);
  if (paren) {
    t = paren[1];
    negativeByParens = true;
  }
  t = t.replace(/^[¥￥]/, '');
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/.test(t) && /\d/.test(t)) {
    t = t.replace(/,/g, '');
    if (negativeByParens) t = t.startsWith('-') ? t.slice(1) : '-' + t;
    return { text: t, negativeByParens };
  }
  return null;
}

/**
 * An amount in `unit` (the column's unit) → integer 分. Text may carry its own unit suffix
 * (`1200万元`, `20万`, `12000000元`, `1.2亿元`, `35（万元）`, `￥1,234.50`: the yuan sign is 元), which wins over the column's; a bare
 * `万` is 万元 (people write `20万`).
 */
export function readAmount(v: CellValue, unit: MoneyUnit): Read<Fen> {
  return toRead(amountValue(v, unit));
}

/** readAmount without the Read. */
export function amountValue(v: CellValue, unit: MoneyUnit): Raw<Fen> {
  if (typeof v === 'number') {
    const f = numberToFen(v, unit);
    return f === null ? new Unreadable(String(v)) : f;
  }
  if (typeof v === 'string') {
    const f = plainAmountText(v, unit);
    if (f !== undefined) return f;
  }
  return amountTextValue(v, unit);
}

/** Value of a digit, half-width or full-width (０–９); -1 for any other character. */
function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/**
 * An amount written plainly, as most text amounts are (`1,234.56`, `-12.5`, `２１４.３`): an optional
 * sign, digits (half- or full-width) in groups of three after the first when commas separate them,
 * and decimals after a dot; up to nine integer digits, so the 分 stay exact. Read in one pass over
 * the characters, to what amountValue's general path (normalising, then the regular expressions
 * of normalizeNumberText and decimalToFen) reads it; undefined for any other text, which takes
 * that path.
 */
export function plainAmountText(s: string, unit: MoneyUnit): Fen | undefined {
  const n = s.length;
  let i = 0;
  let sign = 1;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 /* - */ || c0 === 43 /* + */ || c0 === 0x2212 /* − */ || c0 === 0xff0d /* － */) {
    if (c0 !== 43) sign = -1;
    i = 1;
  }
  let int = 0;
  let intDigits = 0; // after leading zeros
  let group = -1; // digits since the last comma; -1 before any comma
  let first = 0; // digits before the first comma
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const d = digitOf(c);
    if (d >= 0) {
      if (int > 0 || d > 0) intDigits++;
      int = int * 10 + d;
      if (group >= 0) group++;
      else first++;
      continue;
    }
    if (c !== 44 /* , */ && c !== 0xff0c /* ， */) break;
    // A comma ends a group: the first of one to three digits, every later one of three.
    if (group >= 0 ? group !== 3 : first < 1 || first > 3) return undefined;
    group = 0;
  }
  if (group >= 0 && group !== 3) return undefined;
  const scale = FEN_DECIMALS[unit];
  let frac = 0;
  let fracDigits = 0;
  let round = 0;
  if (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 46 /* . */ && c !== 0xff0e /* ． */) return undefined;
    i++;
    if (i === n) return undefined; // `12.` is not a number
    for (; i < n; i++) {
      const d = digitOf(s.charCodeAt(i));
      if (d < 0) return undefined;
      if (fracDigits < scale) frac = frac * 10 + d;
      else if (fracDigits === scale) round = d >= 5 ? 1 : 0;
      fracDigits++;
    }
  }
  if (intDigits > 9 || (first === 0 && fracDigits === 0)) return undefined; // long numbers and no digits: the general path
  for (let k = Math.min(fracDigits, scale); k < scale; k++) frac *= 10;
  return sign * (int * FEN_PER[unit] + frac + round) || 0;
}

/** amountValue of anything but a number: blanks, text in every form people write, other cells. */
export function amountTextValue(v: CellValue, unit: MoneyUnit): Raw<Fen> {
  if (isBlank(v)) return undefined;
  // a dash or 无 in a money column is the usual way to write "nothing paid": 0, not a blank cell
  if (isNone(v)) return 0 as Fen;
  if (typeof v !== 'string') return new Unreadable(rawText(v));
  let s = cleanText(v).replace(/\s+/g, '');
  // an amount in words (壹佰万元整, 人民币伍拾万元), as on a voucher: the amount it says, in 元 whatever the column's unit;
  // unreadable unless well-formed (rmbFromWords)
  if (UPPER_DIGITS.test(s)) return rmbFromWords(s) ?? new Unreadable(v);
  let u = unit;
  let shift = 0;
  // before the number, the currency: ¥/￥ or 人民币 is the yuan, 元 whatever the column says (￥12.5万 is 万元 by its
  // suffix); or the unit in brackets ((万元)12.5), which says it as a suffix does
  const before = /^([(（]?)(?:[¥￥]|人民币|[(（](万元|元)[)）])/.exec(s);
  if (before) {
    u = before[2] === '万元' ? '万元' : '元';
    s = before[1] + s.slice(before[0].length);
  }
  // the unit as people write it after the number: 万元, 万, 元, 亿元/亿 (10,000 万元: a big project's 总投资), in brackets
  // too, and 整 after it (12.5万元整)
  const suffix = /[(（]?(亿元|亿|万元|万|元)[)）]?整?$/.exec(s);
  if (suffix) {
    u = suffix[1] === '元' ? '元' : '万元';
    if (suffix[1].startsWith('亿')) shift = 4;
    s = s.slice(0, suffix.index);
  }
  const n = normalizeNumberText(s);
  if (!n) return new Unreadable(v);
  const f = decimalToFen(shift ? shiftDecimal(n.text, shift) : n.text, u);
  return f === null ? new Unreadable(v) : f;
}

/** A 大写 digit: the text is an amount in words or nothing readable. */
const UPPER_DIGITS = /[壹贰叁肆伍陆柒捌玖]/;

/** A decimal's text times 10^k, exactly (`1.2` × 10^4 → `12000`). */
function shiftDecimal(text: string, k: number): string {
  if (/e/i.test(text)) return String(Number(text) * 10 ** k);
  const neg = text.startsWith('-');
  const [int, frac = ''] = (neg || text.startsWith('+') ? text.slice(1) : text).split('.');
  const digits = int + frac.padEnd(k, '0');
  const at = int.length + k;
  const out = `${digits.slice(0, at)}${at < digits.length ? '.' + digits.slice(at) : ''}`.replace(/^0+(?=\d)/, '');
  return neg ? '-' + out : out;
}

/** A plain number (scores, points, targets); text as in normalizeNumberText, `%` kept out (see readNumberWithUnit). */
export function readNumber(v: CellValue): Read<number> {
  if (isNone(v)) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : bad(String(v));
  if (typeof v !== 'string') return bad(rawText(v));
  const n = normalizeNumberText(v);
  const x = n ? Number(n.text) : NaN;
  return Number.isFinite(x) ? ok(x) : bad(v);
}

/** 分值 and 得分: a number as readNumber reads it, optionally followed by 分 (`20分`, `20 分`, `20.5分`). */
export function readPoints(v: CellValue): Read<number> {
  const m = typeof v === 'string' ? /^(.*?)\s*分$/.exec(cleanText(v)) : null;
  if (!m) return readNumber(v);
  const r = readNumber(m[1]);
  return r.kind === 'ok' ? r : bad(v as string);
}

const COUNT_UNITS = /[(（]?(人次|件|家|个|项|人|名|次|户|项目)[)）]?$/;

/** A count: a number, optionally followed by a unit word (`1100人次`). Fractions are unreadable. */
export function readCount(v: CellValue): Read<number> {
  return toRead(countValue(v));
}

/** readCount without the Read. */
export function countValue(v: CellValue): Raw<number> {
  if (typeof v === 'number') return Number.isInteger(v) ? v : new Unreadable(String(v));
  if (isBlank(v)) return undefined;
  if (isNone(v)) return 0; // as in an amount: a dash or 无 is none of them
  if (typeof v !== 'string') return new Unreadable(rawText(v));
  const n = normalizeNumberText(cleanText(v).replace(COUNT_UNITS, ''));
  if (!n) return new Unreadable(v);
  const x = Number(n.text);
  return Number.isInteger(x) ? x : new Unreadable(v);
}

/** A year and the batch or half of it a 立项批次 names: `2018年第一批`, `2018年度（第2批）`, `2018年下半年`. */
const YEAR_BATCH = /^(\d{4})年度?(?:[(（]?第?[一二三四五六七八九十\d]{1,2}批次?[)）]?|[上下]半年)$/;

/**
 * A year as officers also write one: its digits in Chinese (`二〇一九年`, `二零一九年度`, ○ for 〇), two digits with
 * 年 (`19年`, `19年度`: 00–29 are 2000–2029, 30–99 1930–1999, as looseDate reads `19-3-5`; two digits without 年 stay
 * unreadable), and the year of an approval said with its verb (`2019年立项`, `2019年批复`, `2019年下达`).
 */
const YEAR_TWO = /^(\d{2})年度?$/;
const YEAR_VERB = /^(\d{4})年度?(?:立项|批复|下达|安排|审定)$/;
function spokenYear(t: string): number | undefined {
  let m = /^(\d{4})年度?$/.exec(chineseYearDigits(t));
  if (m) return Number(m[1]);
  m = YEAR_TWO.exec(t);
  if (m) return Number(m[1]) < 30 ? 2000 + Number(m[1]) : 1900 + Number(m[1]);
  m = YEAR_VERB.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** A year: `2018`, `2018年`, `2018年度`, `２０１８`, `2018.0` (a system's export of a number), `2018年第一批` (a batch of it), a date or a date's text (its year), and spokenYear's forms. */
export function readYear(v: CellValue): Read<number> {
  return toRead(yearValue(v));
}

/** readYear without the Read. */
export function yearValue(v: CellValue): Raw<number> {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2200 ? v : new Unreadable(String(v));
  if (isNone(v)) return undefined;
  if (isDateValue(v)) return realDateCell(v) ? v.year : new Unreadable(rawText(v));
  if (typeof v !== 'string') return new Unreadable(rawText(v));
  const t = cleanText(v).replace(/\s/g, '');
  const m = /^(\d{4})(?:年度?|\.0+)?$/.exec(t) ?? YEAR_BATCH.exec(t);
  if (!m) {
    const spoken = spokenYear(t);
    if (spoken !== undefined) return spoken >= 1900 && spoken <= 2200 ? spoken : new Unreadable(v);
    // a date written as text gives its year, as a date cell does (立项时间 holding 2018-05-12, 2018年5月); digits
    // alone are no date here (10000 is no year, not the serial of a day in 1927)
    const d = /^\d*$/.test(t) ? undefined : dateValueOf(v);
    return d instanceof Unreadable || d === undefined ? new Unreadable(v) : d.year;
  }
  const y = Number(m[1]);
  return y >= 1900 && y <= 2200 ? y : new Unreadable(v);
}

/**
 * The year of a cell of a date-named year column (立项日期, 立项时间, 下达日期): as yearValue reads it, and besides an Excel
 * serial of five digits, as a number or text (43771: a CSV saved from Excel, or a date cell whose format was lost), the
 * year of its day (2019), a day written yyyymmdd (20190305, a system's export) and a month typed 2019.3 (the number
 * Excel keeps of it). Five digits are the serial of any day from 1927 to 2173 (looseDate's reading); under a 立项年度
 * header they, eight digits and 2019.3 stay unreadable, no year.
 */
export function dateYearValue(v: CellValue): Raw<number> {
  const y = yearValue(v);
  if (!(y instanceof Unreadable)) return y;
  const t = typeof v === 'number' ? String(v) : typeof v === 'string' ? cleanText(v).replace(/\s/g, '') : '';
  // 20180305, a system's day as yyyymmdd (a number or text), and 2018.3 typed into a cell (Excel keeps the number
  // 2018.3; 2018.10 is 2018.1): its year when dateValueOf reads it as a calendar day or month
  if (/^\d{8}$|^\d{4}\.\d\d?$/.test(t)) {
    const d = dateValueOf(t);
    return d instanceof Unreadable || d === undefined ? y : d.year;
  }
  if (!/^\d{5}(?:\.\d+)?$/.test(t)) return y;
  const d = serialToDate(Math.floor(Number(t)));
  return d ? d.year : y;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A calendar date of 1900 … 2200 (Gregorian leap years), without building a Date. */
function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

function validDate(y: number, m: number, d: number): DateValue | null {
  return isCalendarDate(y, m, d) ? dateValue(y, m, d) : null;
}

/**
 * A host's date cell is a real date in 1900 … 2200 (Excel's phantom 1900-02-29, serial 60,
 * included); anything else (month 13, day 0, NaN) is not a date, whatever the host says.
 */
function realDateCell(v: DateValue): boolean {
  return (v.year === 1900 && v.month === 2 && v.day === 29) || isCalendarDate(v.year, v.month, v.day);
}

/** A date: a date cell, an Excel serial (not a year typed alone: 2018 is unreadable, no day of 1905), `2018-06-30`, `2018/6/30`, `2018.06.30`, `2018年6月30日`, `20180630` (as text or as a number), and looseDate's forms. */
export function readDate(v: CellValue, date1904 = false): Read<DateValue> {
  return toRead(dateValueOf(v, date1904));
}

/** The whole numbers a date cell holds that are a year typed alone, not a day's serial (those are days of 1905 … 1910). */
const YEAR_ALONE = { from: 1900, to: 2100 } as const;
const yearAlone = (serial: number): boolean => Number.isInteger(serial) && serial >= YEAR_ALONE.from && serial <= YEAR_ALONE.to;
/** A year and its month typed as a number (2019.03, 2019.1): 1900–2100 with one or two decimals, not a serial with a time of day. */
const yearMonthNumber = (v: number): boolean => v > YEAR_ALONE.from && v < YEAR_ALONE.to + 1 && !Number.isInteger(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
/** Days from the 1900 date system's serials to the 1904 system's. */
const DAYS_1904 = 1462;
/**
 * A date cell that is a year typed alone (its serial 1900 … 2100: a day of 1905 in the 1900 date
 * system, of 1909 in the 1904 one). Any other year is none without its serial: a ledger's date
 * columns are hundreds of thousands of cells, and the serial (Date.UTC) was most of their reading.
 */
const yearAloneDay = (v: DateValue, date1904: boolean): boolean => v.year >= 1905 && v.year <= 1909 && yearAlone(dateToSerial(v) - (date1904 ? DAYS_1904 : 0));

/** readDate without the Read. */
export function dateValueOf(v: CellValue, date1904 = false): Raw<DateValue> {
  if (isNone(v)) return undefined;
  // A date cell is the host's reading of a number under a date format: 2018 typed into a yyyy/m/d column is handed
  // over (and shown) as 1905/7/10, a year typed alone as the number 2018 below is; named as the cell shows it.
  if (isDateValue(v)) return realDateCell(v) && !yearAloneDay(v, date1904) ? v : new Unreadable(rawText(v));
  if (typeof v === 'number') {
    // A year typed alone (2018 in 合同开始日期) is a year, no day: not the serial 2018 (1905-07-10), as the text 2018 is none;
    // nor is a year and its month typed as a number (2019.03, 2019.1: March, or January or October?) a day of 1905
    if (yearAlone(v) || yearMonthNumber(v)) return new Unreadable(String(v));
    // Serials of plausible dates only (1900-01-01 … 2200-12-31).
    if (v >= 1 && v < 110000) {
      const d = serialToDate(v, date1904);
      if (d) return d;
    }
    // 20180826 typed as a number (yyyymmdd): far above any serial, read when it is a calendar date.
    if (v >= 19000101 && v <= 22001231 && v % 1 === 0) {
      const d = validDate(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
      if (d) return d;
    }
    return new Unreadable(String(v));
  }
  if (typeof v !== 'string') return new Unreadable(rawText(v));
  const s = chineseDateDigits(cleanText(v).replace(/\s/g, ''));
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? new Unreadable(v);
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), 1) ?? new Unreadable(v);
  return looseDate(cleanText(v), date1904) ?? new Unreadable(v);
}

/** Chinese numerals 1–31 (`五`, `十二`, `二十五`, `三十一`) as digits; anything else as -1, no number of a date. */
function smallNumeral(w: string): number {
  const d = (c: string): number => '〇一二三四五六七八九'.indexOf(c);
  const k = w.indexOf('十');
  return k < 0 ? (w.length === 1 ? d(w) : -1) : w.length > k + 2 || k > 1 ? -1 : (k ? d(w[0]) : 1) * 10 + (w[k + 1] ? d(w[k + 1]) : 0);
}

/**
 * A date written in Chinese numerals (`二〇二〇年三月五日`, `二零二零年3月`, `2020年三月`) in digits: the year's four
 * (chineseYearDigits), then a month's and a day's before 月, 日 or 号.
 */
function chineseDateDigits(s: string): string {
  return s.includes('年') ? chineseYearDigits(s).replace(/[一二三四五六七八九十]{1,3}(?=[月日号])/g, (w) => String(smallNumeral(w))) : s;
}

/**
 * Dates as systems and people also write them, tried when the usual forms fail: with a time of day
 * (`2018-08-26 00:00:00`, `2018/8/26 0:00`, `2018-08-26T00:00:00`: a budget system's export), ISO 8601 with its
 * zone (`2018-08-26T00:00:00+00:00`, `2018-08-26T00:00:00.000Z`: what ExcelJS and JavaScript write into a CSV; the day
 * as written, its zone not applied: the day a reader of the cell sees), `号` for
 * 日 (`2018年8月26号`), a two-digit year (`18-8-26`, `18/8/26`: 00–29 are 2000–2029, 30–99 1930–1999, as
 * Excel reads them typed), and an Excel serial kept as text (`43338`: a date column pasted as values
 * into text cells) — five digits, as the serial of any date from 1927 to 2173 is —, and the year last (`3/25/2020`,
 * `25/3/2020`: month first unless the first number is no month).
 */
function looseDate(t: string, date1904: boolean): DateValue | undefined {
  const s = t.replace(/(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/, '').replace(/\s/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  m = /^(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const yy = Number(m[1]);
    return validDate(yy < 30 ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[3])) ?? undefined;
  }
  if (/^\d{5}$/.test(s)) return serialToDate(Number(s), date1904) ?? undefined;
  // the year last, as en-US Excel shows and exports a date (3/25/2020, 3/5/2020: month first), the day first where the
  // first is no month (25/3/2020)
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const [mo, d] = Number(m[1]) > 12 ? [m[2], m[1]] : [m[1], m[2]];
    return validDate(Number(m[3]), Number(mo), Number(d)) ?? undefined;
  }
  return undefined;
}

const TRUE_WORDS = new Set(['是', 'Y', 'YES', '√', '✓', '✔', 'TRUE', '1', '通过', '已通过']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', '×', '✗', '✘', 'X', 'FALSE', '0', '未通过']);

/** 是/否, Y/N, √/×, TRUE/FALSE. */
export function readBool(v: CellValue): Read<boolean> {
  return toRead(boolValue(v));
}

/** readBool without the Read. */
export function boolValue(v: CellValue): Raw<boolean> {
  if (isNone(v)) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : new Unreadable(String(v));
  if (typeof v !== 'string') return new Unreadable(rawText(v));
  const s = cleanText(v).toUpperCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return new Unreadable(v);
}
