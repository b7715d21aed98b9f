/**
 * Chinese patent application numbers (专利申请号), see spec/algorithms.md.
 *
 * New era (since 2003-10): `YYYY T NNNNNNN . C` — 12 digits + check. Old era: `YY T NNNNN . C` —
 * 8 digits + check. Check = Σ digit × weight (2,3,4,5,6,7,8,9,2,3,4,5) mod 11, 10 written `X`.
 */
import { toHalfWidth } from './halfwidth';

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

const KIND_OF_DIGIT: Readonly<Record<string, PatentKind>> = {
  '1': '发明',
  '2': '实用新型',
  '3': '外观设计',
  '8': 'PCT发明',
  '9': 'PCT实用新型',
};

export function patentKindOfDigit(d: string): PatentKind | undefined {
  return Object.prototype.hasOwnProperty.call(KIND_OF_DIGIT, d) ? KIND_OF_DIGIT[d] : undefined;
}

/**
 * Check character of a 12- or 8-digit body ('0'–'9' or 'X').
 * Throws on any other input: callers pass bodies they have already matched against /^\d{8}$|^\d{12}$/.
 */
export function patentCheckChar(body: string): string {
  if (!/^(\d{8}|\d{12})$/.test(body)) throw new RangeError(`patent body must be 8 or 12 digits: ${body}`);
  return checkCharOfDigits(body);
}

/** The check character of a body already known to be 8 or 12 ASCII digits. */
function checkCharOfDigits(body: string): string {
  return CHECK_CHARS[checkIndexOf(body, 0, body.length)];
}

const CHECK_CHARS = '0123456789X';

/** Σ digit × weight mod 11 of the `count` ASCII digits of `s` from `from`: the check character's index in CHECK_CHARS. */
function checkIndexOf(s: string, from: number, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (s.charCodeAt(from + i) - 48) * WEIGHTS[i];
  return sum % 11;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A number written plainly (half-width, upper case, no spaces) — what `^(?:ZL|CN)?(\d+)\.?([\dX])$`
 * matches — without its ZL/CN prefix and its dot; null for any other text. Read by hand: this is
 * every patent cell of a ledger (L015's key).
 */
function plainPatent(raw: string): string | null {
  const digits = plainDigits(raw);
  if (digits < 0) return null;
  const i = plainStart(raw);
  const n = raw.length;
  // the check character is the last; a dot may stand between it and the digits
  return i + digits + 1 === n ? (i === 0 ? raw : raw.slice(i)) : raw.slice(i, i + digits) + raw[n - 1];
}

/**
 * How many digits come before the check character of a number written plainly (what plainPatent
 * takes, with no string made): the digits start after a ZL/CN prefix and the check character is
 * the last; -1 for any other text.
 */
function plainDigits(raw: string): number {
  const n = raw.length;
  const i = plainStart(raw);
  let k = i;
  while (k < n && isDigit(raw.charCodeAt(k))) k++;
  const digits = k - i;
  if (k === n) return digits >= 2 ? digits - 1 : -1; // the last digit is the check
  const c = raw.charCodeAt(k);
  if (c === 88 /* X */) return k + 1 === n && digits >= 1 ? digits : -1;
  if (c === 46 /* . */ && k + 2 === n && digits >= 1) {
    const check = raw.charCodeAt(k + 1);
    if (isDigit(check) || check === 88) return digits;
  }
  return -1;
}

/** Where the digits of a number written plainly start: after its ZL or CN. */
function plainStart(raw: string): number {
  return raw.length > 2 && ((raw.charCodeAt(0) === 90 && raw.charCodeAt(1) === 76) || (raw.charCodeAt(0) === 67 && raw.charCodeAt(1) === 78)) ? 2 : 0;
}

/**
 * The type of a valid number (parsePatentNumber's `type` when it is `ok`), else undefined. A
 * number written plainly — nearly every 专利号 of a ledger, which L007 and L008 ask of every row —
 * is checked where it stands, with no string made; any other goes through parsePatentNumber.
 */
export function validPatentKind(raw: string): PatentKind | undefined {
  const digits = plainDigits(raw);
  if (digits < 0) {
    const r = parsePatentNumber(raw);
    return r.ok ? r.type : undefined;
  }
  if (digits !== 12 && digits !== 8) return undefined;
  const from = plainStart(raw);
  if (raw.charCodeAt(raw.length - 1) !== CHECK_CHARS.charCodeAt(checkIndexOf(raw, from, digits))) return undefined;
  return patentKindOfDigit(raw[from + (digits === 12 ? 4 : 2)]);
}

/**
 * Removes the noise around an application number: full-width characters become half-width,
 * letters are upper-cased, whitespace (incl. NBSP and the ideographic space) and dots go, and a
 * leading ZL / CN (any case) is dropped. `ＺＬ２０１５ １ ０１２３４５６．７` → `2015101234567`.
 */
export function normalizePatentText(raw: string): string {
  const plain = plainPatent(raw);
  if (plain !== null) return plain;
  return toHalfWidth(raw)
    .toUpperCase()
    .replace(/[\s.]/g, '')
    .replace(/^(ZL|CN)/, '');
}

/** 12 or 8 digits and a check digit or X: `^(\d{12}|\d{8})([\dX])$`. */
function isApplicationNumber(s: string): boolean {
  const n = s.length;
  if (n !== 13 && n !== 9) return false;
  for (let i = 0; i < n - 1; i++) if (!isDigit(s.charCodeAt(i))) return false;
  const c = s.charCodeAt(n - 1);
  return isDigit(c) || c === 88;
}

export function parsePatentNumber(raw: string): PatentParse {
  const normalized = normalizePatentText(raw);
  if (!isApplicationNumber(normalized)) return { ok: false, reason: 'format', normalized };
  const body = normalized.slice(0, normalized.length - 1);
  const check = normalized[normalized.length - 1];
  const expectedCheck = checkCharOfDigits(body);
  // A wrong check character is reported first: it is the usual typo and the expected digit helps fix it.
  if (check !== expectedCheck) return { ok: false, reason: 'check', normalized, expectedCheck };
  const era = body.length === 12 ? 'new' : 'old';
  const type = patentKindOfDigit(body[era === 'new' ? 4 : 2]);
  if (!type) return { ok: false, reason: 'type', normalized };
  return { ok: true, body, check, application: normalized, type, era };
}
