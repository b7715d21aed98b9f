/**
 * Chinese patent application numbers (专利申请号), see spec/algorithms.md.
 *
 * New era (since 2003-10): `YYYY T NNNNNNN . C` — 12 digits + check. Old era: `YY T NNNNN . C` —
 * 8 digits + check. Check = Σ digit × weight (2,3,4,5,6,7,8,9,2,3,4,5) mod 11, 10 written `X`.
 */
import { foldFullWidth as toHalfWidth } from './halfwidth';

export type PatentKind = '发明' | '实用新型' | '外观设计' | 'PCT发明' | 'PCT实用新型';

export type PatentParse =
  | {
      ok: true;
      /** 12 (new era) or 8 (old era) digits. */
      body: string;
      /** A digit or 'X'. */
      check: string;
      /** body + check, e.g. '200710308494X'. */
      application: string;
      type: PatentKind;
      era: 'new' | 'old';
    }
  | {
      ok: false;
      /** format: not 8/12 digits + check; check: wrong check character; type: type digit not 1,2,3,8,9. */
      reason: 'format' | 'check' | 'type';
      normalized: string;
      /** Only for reason 'check': the check character the body calls for. */
      expectedCheck?: string;
    };

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

/** The kind of each type digit by its value. */
const KINDS: Readonly<Record<number, PatentKind | undefined>> = { 1: '发明', 2: '实用新型', 3: '外观设计', 8: 'PCT发明', 9: 'PCT实用新型' };

export function patentKindOfDigit(d: string): PatentKind | undefined {
  return d.length === 1 ? KINDS[d.charCodeAt(0) - 48] : undefined;
}

/**
 * Check character of a 12- or 8-digit body ('0'–'9' or 'X').
 * Throws on any other input: callers pass bodies they have already matched against /^\d{8}$|^\d{12}$/.
 */
export function patentCheckChar(body: string): string {
  if (!/^(\d{8}|\d{12})$/.test(body)) throw new RangeError(`patent body: ${body}`);
  return CHECK_CHARS[checkIndexOf(body, 0, body.length)];
}

const CHECK_CHARS = '0123456789X';

/** Σ digit × weight mod 11 of the `count` ASCII digits of `s` from `from`: the check character's index in CHECK_CHARS. */
function checkIndexOf(s: string, from: number, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (s.charCodeAt(from + i) - 48) * WEIGHTS[i];
  return sum % 11;
}

/**
 * A number written plainly (half-width, upper case, no spaces: /^(?:ZL|CN)?(\d+)\.?[\dX]$/): how
 * many digits come before its check character, the last (they start after the ZL/CN); -1 for any
 * other text. One pass over the characters, without the match array and capture string the
 * regular expression made at every row (L007, L008 and L015 ask it of every 专利号).
 */
export function plainDigits(raw: string): number {
  const from = plainStart(raw);
  let end = raw.length - 1; // the check character
  const check = raw.charCodeAt(end);
  if (!isAsciiDigit(check) && check !== 88 /* X */) return -1;
  if (raw.charCodeAt(end - 1) === 46 /* . */) end--;
  if (end <= from) return -1;
  for (let i = from; i < end; i++) if (!isAsciiDigit(raw.charCodeAt(i))) return -1;
  return end - from;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Where the digits of a number written plainly start: after its ZL or CN. */
function plainStart(raw: string): number {
  return raw.length > 2 && ((raw.charCodeAt(0) === 90 && raw.charCodeAt(1) === 76) || (raw.charCodeAt(0) === 67 && raw.charCodeAt(1) === 78)) ? 2 : 0;
}

/**
 * The type of a valid number (parsePatentNumber's `type` when it is `ok`), else undefined. A
 * number written plainly — nearly every 专利号 of a ledger, which L007 and L008 ask of every row —
 * is checked where it stands, with no normalized text, body or parse made; any other goes through
 * parsePatentNumber.
 */
export function validPatentKind(raw: string): PatentKind | undefined {
  const digits = plainDigits(raw);
  if (digits < 0) {
    const r = parsePatentNumber(raw);
    return r.ok ? r.type : undefined;
  }
  const from = plainStart(raw);
  return (digits === 12 || digits === 8) && raw.charCodeAt(raw.length - 1) === CHECK_CHARS.charCodeAt(checkIndexOf(raw, from, digits)) ? kindAt(raw, from, digits) : undefined;
}

/** The kind of the type digit of the 12 (new era) or 8 (old era) ASCII digits of `s` from `from`: the 5th or the 3rd. */
function kindAt(s: string, from: number, digits: number): PatentKind | undefined {
  return KINDS[s.charCodeAt(from + (digits === 12 ? 4 : 2)) - 48];
}

/**
 * Removes the noise around an application number: full-width characters become half-width,
 * letters are upper-cased, whitespace (incl. NBSP and the ideographic space) and dots (`.`, `·`)
 * go, and a leading `专利号：` / `申请号：` and ZL / CN (any case) are dropped.
 * `ＺＬ２０１５ １ ０１２３４５６．７` → `2015101234567`.
 */
export function normalizePatentText(raw: string): string {
  const digits = plainDigits(raw);
  if (digits >= 0) {
    // Written plainly: the digits after ZL/CN and the check character, the last, with no dot between them.
    const from = plainStart(raw);
    return raw.slice(from, from + digits) + raw[raw.length - 1];
  }
  return toHalfWidth(raw)
    .toUpperCase()
    .replace(/[\s.·・]/g, '')
    .replace(/^(?:专利号|专利申请号|申请号):?/, '')
    .replace(/^(ZL|CN)/, '');
}

/**
 * A key for comparing numbers (L015's duplicates): normalizePatentText's text with a dot before its
 * last character; '' for an empty text. Two numbers have the same key exactly when they have the
 * same normalized text. The dot is where numbers are mostly written with one, so such a number
 * written plainly is its own key (after its ZL/CN), with no string made for each row.
 */
export function patentKey(raw: string): string {
  // (A normalized text holds no line break, which `.` would not match.)
  return plainPatentKey(raw) ?? normalizePatentText(raw).replace(/.$/, '.$&');
}

/** patentKey of a number written plainly with its dot (after its ZL/CN): the text itself; undefined for any other text. */
export function plainPatentKey(raw: string): string | undefined {
  return plainDigits(raw) >= 0 && raw.charCodeAt(raw.length - 2) === 46 /* . */ ? raw.slice(plainStart(raw)) : undefined;
}

/** 12 or 8 digits and a check digit or X. */
const APPLICATION_NUMBER = /^(?:\d{12}|\d{8})[\dX]$/;

export function parsePatentNumber(raw: string): PatentParse {
  const normalized = normalizePatentText(raw);
  if (!APPLICATION_NUMBER.test(normalized)) return { ok: false, reason: 'format', normalized };
  const digits = normalized.length - 1;
  const check = normalized[digits];
  const expectedCheck = CHECK_CHARS[checkIndexOf(normalized, 0, digits)];
  // A wrong check character is reported first: it is the usual typo and the expected digit helps fix it.
  if (check !== expectedCheck) return { ok: false, reason: 'check', normalized, expectedCheck };
  const type = kindAt(normalized, 0, digits);
  if (!type) return { ok: false, reason: 'type', normalized };
  return { ok: true, body: normalized.slice(0, digits), check, application: normalized, type, era: digits === 12 ? 'new' : 'old' };
}
