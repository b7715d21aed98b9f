/**
 * How values read in the table: amounts and indicator values as numbers with a number format
 * that shows the unit (`49家`, `≥37000万元`), or as the form's text.
 */
import { fenTo, type Fen, type MoneyUnit } from '../money';
import { cleanText } from '../read/text';

/** Decimal places of a number as it prints (37590.1 → 1), at most 6. */
export function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 6;
  return Math.min(6, (s.split('.')[1] ?? '').length);
}

const quote = (s: string): string => (s ? `"${s.replace(/"/g, '')}"` : '');

/** An Excel number format showing `x` with its own decimals between a prefix and a suffix: `"≥"0.0"万元"`. */
export function numberFormat(x: number, prefix = '', suffix = ''): string {
  const d = decimals(x);
  return `${quote(prefix)}0${d ? '.' + '0'.repeat(d) : ''}${quote(suffix)}`;
}

/** An amount in the sheet's unit, as a number (no float noise). */
export function amount(fen: Fen | undefined, unit: MoneyUnit): number | null {
  return fen === undefined ? null : fenTo(fen, unit);
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
