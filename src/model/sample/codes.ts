/**
 * Check characters the sample generator needs to produce VALID codes. These are the generator's
 * own small implementations (the validators of the rule engine live elsewhere; the sample's
 * tests recompute every check independently).
 */

const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** Check digit of a 12-digit (or 8-digit) Chinese patent application number; 10 → `X`. */
export function patentCheckDigit(digits: string): string {
  let s = 0;
  for (let i = 0; i < digits.length; i++) s += Number(digits[i]) * PATENT_WEIGHTS[i];
  const r = s % 11;
  return r === 10 ? 'X' : String(r);
}

/** GB 32100 alphabet: values 0–30 in this order (no I, O, Z, S, V). */
export const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character (18th) of a 统一社会信用代码 from its first 17 characters. */
export function creditCheckChar(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += CREDIT_ALPHABET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_ALPHABET[(31 - (s % 31)) % 31];
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character organization code (digits 0–9, letters A=10 … Z=35). */
export function orgCodeCheckChar(body8: string): string {
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i];
    const v = ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55;
    s += v * ORG_WEIGHTS[i];
  }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
