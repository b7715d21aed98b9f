/**
 * 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015), see spec/algorithms.md.
 *
 * 18 characters from USCC_ALPHABET (values 0–30). Positions 1–17 carry the weights below; the
 * 18th is alphabet[(31 − S mod 31) mod 31]. Positions 9–17 are the organization code (GB 11714),
 * whose own check is only a soft signal ('orgCheck': warn, do not reject).
 *
 * Letters in the organization code (e.g. the `MA…` codes issued to entities registered since
 * 2015) are checked too: GB 11714 values letters A=10 … Z=35, and the MA codes we know, such as
 * the spec's valid `91110108MA005BCA25` (org code MA005BCA-2), satisfy it. Since a failure is a
 * warning only, a rare issuer that does not follow GB 11714 costs a warning, never a rejection.
 */
import { foldFullWidth as toHalfWidth } from './halfwidth';

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const ORG_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export type UsccCheck =
  | { ok: true; code: string }
  | {
      ok: false;
      /**
       * length: not 18 characters; charset: a character outside the alphabet (badChar, position);
       * check: wrong 18th character (expected); orgCheck: the code is valid but its embedded
       * organization code fails GB 11714 (expected = the org check character, position 17).
       */
      reason: 'length' | 'charset' | 'check' | 'orgCheck';
      /** The code without spaces, full-width → half-width and upper-cased. */
      code: string;
      expected?: string;
      badChar?: string;
      /** 1-based position of the offending character. */
      position?: number;
    };

/** Value of each ASCII character in an alphabet (indexOf's answer), −1 when it is not in it. */
function valuesOf(alphabet: string): Int8Array {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  return t;
}
const USCC_VALUE = valuesOf(USCC_ALPHABET);
const ORG_VALUE = valuesOf(ORG_ALPHABET);
/** Value of the character at `i` of `code` in an alphabet's table, −1 when it is not in it (or `i` is past the end). */
const valueAt = (table: Int8Array, code: string, i: number): number => {
  const c = code.charCodeAt(i); // NaN past the end
  return c < 128 ? table[c] : -1;
};

/** Index in USCC_ALPHABET of the 18th character for the 17 from `from` (which must all be in the alphabet). */
function usccCheckIndex(code: string, from: number): number {
  let s = 0;
  for (let i = 0; i < 17; i++) s += valueAt(USCC_VALUE, code, from + i) * USCC_WEIGHTS[i];
  return (31 - (s % 31)) % 31;
}

/** The 18th character for the first 17 (which must all be in USCC_ALPHABET). */
export function usccCheckChar(first17: string): string {
  return USCC_ALPHABET[usccCheckIndex(first17, 0)];
}

/** Character code of the GB 11714 check character ('0'–'9' or 'X') for the 8 characters of an organization code from `from`. */
function orgCheckCode(code: string, from: number): number {
  let s = 0;
  for (let i = 0; i < 8; i++) s += valueAt(ORG_VALUE, code, from + i) * ORG_WEIGHTS[i];
  const c = 11 - (s % 11);
  return c === 10 ? 88 /* X */ : c === 11 ? 48 /* 0 */ : 48 + c;
}

/** GB 11714 check character ('0'–'9' or 'X') for the 8 leading characters of an organization code. */
export function orgCodeCheckChar(first8: string): string {
  return String.fromCharCode(orgCheckCode(first8, 0));
}

/** 18 characters of the alphabet: a code whose characters need no second look. */
const WELL_FORMED = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * A code written as it should be and valid, both checks right: the usual cell of a ledger (L010
 * asks it of every row before checkUscc). One pass over its character codes, no text or result
 * made; anything else takes checkUscc's general path, which gives the same answer for such a code.
 */
export function validAsWritten(raw: string): boolean {
  if (raw.length !== 18) return false;
  for (let i = 0; i < 17; i++) if (valueAt(USCC_VALUE, raw, i) < 0) return false;
  if (raw.charCodeAt(17) !== USCC_ALPHABET.charCodeAt(usccCheckIndex(raw, 0))) return false;
  // The organization code: characters 9–16 (all of USCC_ALPHABET, which ORG_ALPHABET holds) and its check, the 17th.
  return raw.charCodeAt(16) === orgCheckCode(raw, 8);
}

export function checkUscc(raw: string): UsccCheck {
  if (validAsWritten(raw)) return { ok: true, code: raw };
  // Spaces anywhere (`9165 0104 6146 8457 4Q`, as people group it) go, as in a patent number.
  const code = toHalfWidth(raw).replace(/\s/g, '').toUpperCase();
  if (!WELL_FORMED.test(code)) {
    const chars = Array.from(code); // by code point, so a stray emoji counts as one bad character
    if (chars.length !== 18) return { ok: false, reason: 'length', code };
    const bad = chars.findIndex((ch) => !USCC_ALPHABET.includes(ch));
    if (bad >= 0) return { ok: false, reason: 'charset', code, badChar: chars[bad], position: bad + 1 };
  }
  const expected = usccCheckChar(code);
  if (code[17] !== expected) return { ok: false, reason: 'check', code, expected, position: 18 };
  const orgExpected = orgCodeCheckChar(code.slice(8, 16));
  if (code[16] !== orgExpected) {
    return { ok: false, reason: 'orgCheck', code, expected: orgExpected, position: 17 };
  }
  return { ok: true, code };
}
