/**
 * How values read in the table: amounts and indicator values as numbers with a number format
 * that shows the unit (`49家`, `≥37000万元`), or as the form's text.
 */
import { fenTo, type Fen, type MoneyUnit } from '../money';
import { cleanText } from '../read/text';
import { cutText, visibleText } from '../text/visible';
import type { SelfEvalIndicator } from './types';

/** Decimal places of a number as it prints (37590.1 → 1), at most 6. */
export function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 6;
  return Math.min(6, (s.split('.')[1] ?? '').length);
}

/** Excel refuses a number format longer than this (a custom format code is at most 255 characters). */
export const MAX_NUMBER_FORMAT = 255;

/** Text as a quoted literal of a number format: quotes dropped, control characters made visible. */
const literal = (s: string): string => visibleText(s.replace(/"/g, ''));
const quote = (s: string): string => (s ? `"${s}"` : '');

/** `s` cut to `max` characters, ending with `…` when cut (never splitting a surrogate pair). */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  return cutText(s, max - 1).text + '…';
}

/**
 * An Excel number format showing `x` with its own decimals between a prefix and a suffix:
 * `"≥"0.0"万元"`. The texts come from the user's indicator sheet (a comparison, a unit): a unit
 * too long for Excel's 255 characters is shortened with `…` (then the prefix), never the number.
 */
export function numberFormat(x: number, prefix = '', suffix = ''): string {
  const d = decimals(x);
  const digits = `0${d ? '.' + '0'.repeat(d) : ''}`;
  let pre = literal(prefix);
  let suf = literal(suffix);
  const room = MAX_NUMBER_FORMAT - digits.length - (pre ? 2 : 0) - (suf ? 2 : 0);
  if (pre.length + suf.length > room) {
    suf = shorten(suf, Math.max(0, room - Math.min(pre.length, 8)));
    pre = shorten(pre, room - suf.length);
  }
  const f = `${quote(pre)}${digits}${quote(suf)}`;
  // A negative number after a prefix has a section of its own, its minus after the prefix (≥-3.5%): under one section
  // Excel, WPS and LibreOffice put the minus before the whole format, and a target of ≥-3.5% printed -≥3.5%.
  const negative = x < 0 && pre ? `${f};${quote(`${pre}-`)}${digits}${quote(suf)}` : f;
  return negative.length <= MAX_NUMBER_FORMAT ? negative : f.length <= MAX_NUMBER_FORMAT ? f : digits;
}

/**
 * A 分值's number format: its own places up to two, as the form writes points (20, 2.5, 0.33): 100 points shared by
 * 300 indicators showed 0.333333 in the 2020 form's 8-character 分值 column, printed as ###. The cell keeps the exact
 * value, so the points' SUM stays 100.
 */
export function pointsFormat(x: number): string {
  return numberFormat(Math.round(x * 100) / 100);
}

/** An amount in the sheet's unit, as a number (no float noise). */
export function amount(fen: Fen | undefined, unit: MoneyUnit): number | null {
  return fen === undefined ? null : fenTo(fen, unit);
}

/**
 * The comparison a printed form writes before a target's number — one decision for the 2018 and 2020 forms: the one
 * the officer wrote (in the 指标性质 column or in words: `≥90%`, `90%以上` → `≥`), and a ceiling's `≤` even where the
 * reading supplied it (a bare `100万元` under 成本指标, printed bare, would read as the value to reach). A floor the
 * reading supplied is not the officer's: '' — a plain `100%` or `49家` is what is to be reached, and `≥100%` put an
 * operator on the form that no one wrote. (Each form then writes it its own way: the 2018 appendix writes a count's
 * floor and `=` bare, layout2018.ts; the 2020 form keeps a money floor's `≥` to read back, layout2020.ts.)
 */
export function comparisonWritten(op: '≥' | '≤' | '=', opFrom: 'column' | 'word' | 'default' | undefined): '≥' | '≤' | '=' | '' {
  return op === '≥' && opFrom === 'default' ? '' : op;
}

const BARE_NUMBER = /^([≥≤=<>＞＜]?=?)\s*(-?\d+(?:\.\d+)?)$/;

/**
 * A value as the 2018 form shows it: text as written; a bare number (optionally with its
 * comparison) gets the unit, using the normalised number when there is one (`0.92` with unit %
 * → `92%`); a number without text is number + unit.
 */
export function formValue(text: string | undefined, num: number | undefined, unit: string | undefined): string {
  const u = unit?.trim() ?? '';
  const t = text?.trim();
  if (t) {
    const m = BARE_NUMBER.exec(cleanText(t)); // `９０` is a bare number too
    if (!m) return t;
    return `${m[1]}${num !== undefined ? String(num) : m[2]}${u}`;
  }
  return num === undefined ? '' : `${String(num)}${u}`;
}

/** A number and nothing but its unit, as formValue writes a bare target (`30天`, `1,000万元`, `90%`). */
const NUMBER_FIRST = /^\d[\d,，]*(?:\.\d+)?/;

/** A bare number with its unit (`60家`, `95%`) with the sign a form writes before it (`≥95%`); anything else as written. */
export function withSign(written: string, sign: string, unit: string | undefined): string {
  const n = NUMBER_FIRST.exec(written);
  return sign && n && written.slice(n[0].length) === (unit?.trim() ?? '') ? `${sign}${written}` : written;
}

/**
 * A target adjusted in the year (a 调整后目标值 column): the target it replaced (Indicator.adjustedFrom) as the form
 * prints a target — the same comparison before a bare number (`sign`: what the form writes before the adjusted one, so
 * `≥95%` is not printed beside `≥90%` as 95%) — and the adjusted target as printed. Undefined when not adjusted.
 */
export function adjustment(ind: { readonly adjustedFrom?: string; readonly unit?: string }, to: string, sign: string): SelfEvalIndicator['adjusted'] {
  return ind.adjustedFrom === undefined ? undefined : { from: withSign(formValue(ind.adjustedFrom, undefined, ind.unit), sign, ind.unit), to };
}

/**
 * What the forms say of a target adjusted in the year: the adjusted target is printed and scored; beside it, what it
 * was, so that the reviewer who approved the 年度指标值 sees both — the 2018 form in the target's cell
 * (`≥90%（调整后，调整前为≥95%）`), the 2020 form (whose target cell is the number its formula scores) in 偏差原因分析, the
 * 监控表 in 备注, and the report's 四（一） (`年度指标值由≥95%调整为≥90%。`). Undefined when the row was not adjusted.
 */
export function adjustedNote(a: SelfEvalIndicator['adjusted'], layout: '2018' | 'note'): string | undefined {
  if (!a) return undefined;
  if (layout === '2018') return a.from ? `${a.to}（调整后，调整前为${a.from}）` : `${a.to}（调整后）`;
  return a.from ? `年度指标值由${a.from}调整为${a.to}。` : `年度指标值为调整后的${a.to}。`;
}
