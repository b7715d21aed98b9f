/**
 * What a cell's number format shows: host-only reading. The grid of a workbook read from a host or a file carries its
 * cells' number formats (GridSheet.numberFormats); a custom function's arguments never do, so nothing here is
 * imported by what the functions bundle (functions.js, ≤ 60 KB gzipped): checkWorkbook gives the indicator reader
 * `shownNumber` (read/indicators.ts `ShownNumber`), as it gives the region reader the counties (read/counties.ts).
 */
import type { CellValue } from '../grid';
import { formatNumber } from './targetText';

/**
 * The text a number format writes around a number (`"≥"0"家"` → ≥ and 家, `"提升"0"%";"下降"0"%"`), for the section the
 * number is shown by (the second for a negative one, which shows it without its sign): the 自评表 prints a target's
 * comparison and unit so, around the number its formulas compute with. Undefined for a format with no text of its own,
 * a date's, or one this does not take apart (conditions, several numbers, a percent).
 *
 * `scale`: Excel's scaling comma — a comma right after the last digit placeholder shows the number in thousands, two in
 * millions (`#,##0,"千元"` shows 50000 as `50千元`, `0.0,,"百万"` 2500000 as `2.5百万`): the number shown is the value
 * divided by it. A format that only scales (`#,##0,`) is taken apart too: what it shows is not the value.
 */
export function formatAffixes(format: string, value: number): { prefix: string; suffix: string; unsigned: boolean; scale: number } | undefined {
  const sections = format.match(/(?:"[^"]*"|\\.|[^;"\\])+/g) ?? [];
  const second = value < 0 && sections.length > 1;
  const m = /^(?:\[[A-Za-z]+\])?((?:"[^"]*"|\\.)*)(?:\[[A-Za-z]+\])?([#0?,]*(?:\.[#0?]*)?,*)((?:"[^"]*"|\\.)*)$/.exec(sections[second ? 1 : 0] ?? '');
  if (!m || !/[0#?]/.test(m[2])) return undefined;
  const text = (x: string): string => x.replace(/"([^"]*)"|\\(.)/g, (_a, q: string | undefined, c: string | undefined) => q ?? c ?? '');
  const prefix = text(m[1]);
  const suffix = text(m[3]);
  // the commas after the last digit placeholder (`#,##0,`, `0,.0`, `0.0,,`), not the thousands separator between them
  const scale = 1000 ** (/,*$/.exec(m[2].replace(/\.[#0?]*/, ''))?.[0].length ?? 0);
  return prefix || suffix || scale !== 1 ? { prefix, suffix, unsigned: second, scale } : undefined;
}

/** A number format that shows a percent (`0%`, `0.00%`, `[Red]0.0%`), not a `%` written as text in quotes or escaped. */
export function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** A money unit alone (元, 万元, 亿元, 千元, 百万元): how a ledger shows its amounts, their unit its header's. */
const MONEY_UNIT_ONLY = /^(?:千|万|十万|百万|千万|亿)?元$/;

/**
 * Whether the text around a number is read: anything before it, or a unit after it that is not money's alone; and any
 * format that scales (`#,##0,"千元"`): the value is not the number shown, whatever the unit.
 */
function readsAffixes(a: { prefix: string; suffix: string; scale: number }): boolean {
  return a.prefix !== '' || a.scale !== 1 || !MONEY_UNIT_ONLY.test(a.suffix.trim());
}

/**
 * Whether a format shows a number in 万 by a point written as text (`0!.0000`, `0\.0000"万元"`, `0!.0,"万"`: 123456 shows
 * as 12.3456 or 12.3万), as offices show 元 in 万元 without dividing: the digits after that point and the scaling
 * commas come to 10,000. A real decimal point (`0.0000`) shifts nothing.
 */
export function showsWan(format: string): boolean {
  const m = /^[^"]*?[#0?](?:!\.|\\\.|"\.")([#0?]+)(,*)/.exec(format);
  return m !== null && 10 ** m[1].length * 1000 ** m[2].length === 10000;
}

/**
 * Which number formats the checks read — one decision for every face: jx check's reader keeps these alone
 * (adapters/xlsx/read.ts), and `shownNumber` reads no other, so that jx check and jx selfeval read a cell alike. A
 * percent, or text written around the number: a comparison before it (`"≥"0"家"`), a unit after it (`0"家"`, the 2020
 * form's actuals, and its ≥-range `0"%～100%"`, whose ceiling is that text). Not a money unit alone after the number
 * (`0.00"万元"`, `#,##0"元"`): a ledger shows its amounts so over every row, and keeping it there would keep a format
 * for every amount of a 100,000-project ledger (issue 16); a target in money has its comparison before it on the form.
 * And 元 shown in 万 (showsWan): the amount is not in the unit its header names.
 */
export function readsFormat(format: string): boolean {
  if (isPercentFormat(format) || showsWan(format)) return true;
  return [1, -1].some((v) => {
    const a = formatAffixes(format, v);
    return a !== undefined && readsAffixes(a);
  });
}

/**
 * A number in a target's or an actual's cell as its format shows it: 0.9 under `0%` is `90%`, 49 under `"≥"0"家"` is
 * `≥49家` (a 自评表 sent back as this year's targets); under any other format (readsFormat), the number.
 */
export function shownNumber(value: number, format: string): CellValue {
  if (isPercentFormat(format)) return `${formatNumber(Number((value * 100).toPrecision(12)))}%`;
  const a = formatAffixes(format, value);
  if (!a || !readsAffixes(a)) return value;
  const shown = Number(((a.unsigned ? Math.abs(value) : value) / a.scale).toPrecision(12));
  return a.prefix || a.suffix ? `${a.prefix}${formatNumber(shown)}${a.suffix}` : shown;
}

/**
 * The General format, as the host names it: `General`, or `G/通用格式` — what a Chinese WPS (and Excel's VBA-style
 * NumberFormat) returns for a General cell, whose `G` read as the 年号 code `g` made every number column a date column.
 */
export function isGeneralFormat(fmt: string): boolean {
  return fmt === 'General' || fmt === 'G/通用格式';
}

/**
 * Whether a number format shows a date, so that a number under it is a date serial — the one decision of every reader
 * (the file reader's styles, adapters/xlsx/parts.ts; the task pane's and WPS's formats, adapters/office/util.ts).
 * After dropping quoted text, escaped characters, `_x`/`*x`, bracketed sections ([Red], [$-804], [DBNum1]; an elapsed
 * [h]/[mm]/[ss] is kept as its code), AM/PM, General and an exponent's E+: a day (d), a year (y, and the locale codes
 * e, g, b: 年号, Buddhist year), or a month — an m that is not minutes.
 *
 * A time of day alone (`h:mm`, `h"时"mm"分"`, `mm:ss`, `[h]:mm:ss`, `上午/下午 h"时"mm"分"`) is no date: a ledger's
 * dates are days, and the day under a time-only format is not what the officer sees (10:20 typed is 0.43, and read as a
 * date it was no day at all: the file reader lost the cell). Its number stays the number. As Excel reads a format, an m
 * right after an h or right before an s (other characters between) is minutes.
 */
export function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt || isGeneralFormat(fmt) || fmt === '@') return false;
  const core = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '')
    .replace(/AM\/PM|A\/P/gi, '')
    .replace(/General|G\/通用格式/gi, '')
    .replace(/e[+-]/gi, ''); // scientific notation, 0.00E+00
  const codes = (core.match(/([dmyegbhs])\1*/gi) ?? []).map((c) => c[0].toLowerCase());
  return codes.some((c, i) => /[dyegb]/.test(c) || (c === 'm' && codes[i - 1] !== 'h' && codes[i + 1] !== 's'));
}
