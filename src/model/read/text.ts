/** Text normalisation shared by every reader: full-width forms, odd spaces, header keys. */

import { toHalfWidth as foldFullWidth } from '../algorithms/halfwidth';

/** Full-width ASCII (！…～) and the ideographic space → half-width; NBSP and other odd spaces → ' '. */
const ODD_SPACE = /[\u00a0\u2000-\u200b\u202f\ufeff]/;
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\ufeff]/g;

/**
 * Whether s holds a character toHalfWidth changes (U+FF01–U+FF5E, U+3000, NBSP, U+2000–U+200B,
 * U+202F, BOM): one pass lets the usual plain cell through untouched. A loop, not a regex test:
 * this runs on every text cell of a ledger, and most are a few characters long.
 */
function needsWork(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || (c >= 0xff01 && c <= 0xff5e)) return true;
  }
  return false;
}

export function toHalfWidth(s: string): string {
  if (!needsWork(s)) return s;
  const folded = foldFullWidth(s);
  return ODD_SPACE.test(folded) ? folded.replace(ODD_SPACES, ' ') : folded;
}

/** Half-width, trimmed. */
export function cleanText(s: string): string {
  return toHalfWidth(s).trim();
}

/** Removes every kind of white space (incl. line breaks). */
export function stripSpaces(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

const SLASH_UNIT = /\/(?:万元|元)$/;
// `【万元】`, `[万元]`, `〔元〕` too: budget systems write units in square brackets.
const isOpen = (ch: string): boolean => ch === '(' || ch === '（' || ch === '[' || ch === '【' || ch === '〔';
const isClose = (ch: string): boolean => ch === ')' || ch === '）' || ch === ']' || ch === '】' || ch === '〕';

/**
 * The trailing unit suffix `(…)`, `（…）`, `[…]`, `【…】` or `/万元`, `/元`: what the regex
 * `(?:[(（][^)）]*[)）]|\/(?:万元|元))$` finds, in linear time (that regex backtracks
 * quadratically on a long run of `(`, and a cell may hold megabytes).
 */
function unitSuffix(s: string): { index: number; inner: string } | null {
  if (s.length > 0 && isClose(s[s.length - 1])) {
    let k = s.length - 2;
    while (k >= 0 && !isClose(s[k])) k--;
    for (let j = k + 1; j < s.length - 1; j++) if (isOpen(s[j])) return { index: j, inner: s.slice(j) };
  }
  const m = SLASH_UNIT.exec(s);
  return m ? { index: m.index, inner: m[0] } : null;
}

/**
 * Header text → comparable key and the unit it names, if any:
 * `财政支持资金（万元）` → {key: '财政支持资金', unit: '万元'}; `本年拨付(元)` → unit 元;
 * `财政支持资金/万元`; line breaks and spaces removed; a leading `*` (required marker) dropped.
 */
export function headerKey(raw: string): { key: string; unit?: '万元' | '元' } {
  let s = stripSpaces(raw).replace(/^\*+|\*+$/g, '');
  let unit: '万元' | '元' | undefined;
  for (let guard = 0; guard < 3; guard++) {
    const m = unitSuffix(s);
    if (!m) break;
    const inner = m.inner;
    if (/万元/.test(inner)) unit = '万元';
    else if (/元/.test(inner)) unit = '元';
    s = s.slice(0, m.index);
  }
  return { key: s, unit };
}

/** One way to read a header: the comparable key and the money unit the text names. */
export interface HeaderReading {
  readonly key: string;
  readonly unit?: '万元' | '元';
}

const BRACKETS_AND_SEPARATORS = /[()（）[\]【】〔〕、,，/]/g;

/**
 * The keys a header may stand for, most literal first: the text as written (spaces and a leading
 * `其中：` dropped), the text with its unit suffix removed (`本年拨付（万元）` → 本年拨付), the text
 * with its brackets dissolved (`地（州、市）` → 地州市: a bracket that holds no unit is part of the
 * name), and a trailing bare `万元` (`项目总投资万元`). The catalogue takes the first key it knows.
 */
export function headerReadings(raw: string): ReadonlyArray<HeaderReading> {
  // The same header texts are read again and again (each sheet's first rows against each
  // catalogue, before and after the sheets are chosen): their readings are kept.
  // (Short texts only: a header is a few words, and a long cell must not be kept twice.)
  if (raw.length > MAX_KEPT_LENGTH) return readingsOfText(raw);
  let out = readingsOf.get(raw);
  if (!out) {
    if (readingsOf.size >= MAX_KEPT_READINGS) readingsOf.clear();
    out = readingsOfText(raw);
    readingsOf.set(raw, out);
  }
  return out;
}
const readingsOf = new Map<string, ReadonlyArray<HeaderReading>>();
const MAX_KEPT_READINGS = 4096;
const MAX_KEPT_LENGTH = 100;

function readingsOfText(raw: string): ReadonlyArray<HeaderReading> {
  const full = stripSpaces(raw).replace(/^\*+|\*+$/g, '').replace(/^其中[:：]/, '').replace(/[:：]$/, '');
  const stripped = headerKey(full);
  const out: HeaderReading[] = [{ key: full, unit: stripped.unit }];
  const push = (r: HeaderReading): void => {
    if (r.key && !out.some((o) => o.key === r.key)) out.push(r);
  };
  push(stripped);
  push({ key: full.replace(BRACKETS_AND_SEPARATORS, ''), unit: stripped.unit });
  const bare = /^(.+?)(万元|元)$/.exec(stripped.key);
  if (bare && bare[2] === '万元') push({ key: bare[1], unit: '万元' });
  return out;
}
