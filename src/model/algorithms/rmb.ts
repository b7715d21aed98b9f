/**
 * 人民币大写: an amount in words as on bills and vouchers (《正确填写票据和结算凭证的基本规定》),
 * see spec/algorithms.md.
 *
 * - 整 only when there is neither 角 nor 分 (the spec's vectors never write it after 角).
 * - One 零 for a run of zeros inside the number; zeros at the end of a four-digit group are not
 *   read when the next group starts with a non-zero digit (107000 → 壹拾万柒仟, as in the spec).
 * - 零 between 元 and 角 when the 元 digit is 0 and 角 is not (optional by the rules, on by default);
 *   零 between 元 and 分 when 角 is 0 (required). 10–19 start with 壹 (壹拾).
 * - Negatives: 负 goes right before the digits, after the optional 人民币 prefix
 *   (人民币负壹佰元整): 人民币 names the currency and 负 qualifies the amount, the way financial
 *   software prints red-ink (negative) amounts.
 */
import { decimalToFen, type Fen, type MoneyUnit } from '../money';

export interface RmbOptions {
  /** Start with 人民币 (default true). */
  prefix?: boolean;
  /** Write 零 between 元 and 角 when the 元 digit is 0 (default true): 壹仟陆佰捌拾元零叁角贰分. */
  zeroBeforeJiao?: boolean;
}

export type RmbUpper = { ok: true; text: string } | { ok: false; reason: 'range' | 'notInteger' };
export type RmbUpperOfDecimal = RmbUpper | { ok: false; reason: 'notNumber' };

/** The largest amount written: 999,999,999,999.99 元, in 分. */
export const RMB_MAX_FEN = 99_999_999_999_999;

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
/** Units of the positions inside a group of four, most significant first. */
const POSITION_UNITS = ['仟', '佰', '拾', ''] as const;
/** Units after the groups, least significant first: ones, 万, 亿. */
const GROUP_UNITS = ['', '万', '亿'] as const;

/** One group 1–9999 without leading zeros; one 零 for inner zeros, nothing for trailing ones. */
function groupWords(group: number): string {
  const digits = String(group).padStart(4, '0');
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d] + POSITION_UNITS[i];
  }
  return out;
}

/** Whole 元 (1 … 999,999,999,999) in words, without 元. */
function integerWords(yuan: number): string {
  const groups = [yuan % 10_000, Math.floor(yuan / 10_000) % 10_000, Math.floor(yuan / 100_000_000)];
  let out = '';
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      pendingZero = out !== '';
      continue;
    }
    // A group after a non-empty one that lacks its 仟 digit starts with a zero: 叁万零伍佰.
    if (pendingZero || (out !== '' && group < 1000)) out += '零';
    pendingZero = false;
    out += groupWords(group) + GROUP_UNITS[g];
  }
  return out;
}

/** `fen` (an integer number of 分, |fen| ≤ RMB_MAX_FEN) in words. */
export function rmbUpper(fen: Fen, options: RmbOptions = {}): RmbUpper {
  if (!Number.isInteger(fen)) return { ok: false, reason: 'notInteger' };
  if (Math.abs(fen) > RMB_MAX_FEN) return { ok: false, reason: 'range' };
  const { prefix = true, zeroBeforeJiao = true } = options;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const fenDigit = abs % 10;

  let words: string;
  if (abs === 0) words = '零元整';
  else {
    words = yuan > 0 ? integerWords(yuan) + '元' : '';
    if (jiao === 0 && fenDigit === 0) words += '整';
    if (jiao > 0) words += (yuan > 0 && yuan % 10 === 0 && zeroBeforeJiao ? '零' : '') + DIGITS[jiao] + '角';
    if (fenDigit > 0) words += (yuan > 0 && jiao === 0 ? '零' : '') + DIGITS[fenDigit] + '分';
  }
  return { ok: true, text: (prefix ? '人民币' : '') + (fen < 0 ? '负' : '') + words };
}

const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * A decimal text in 元 or 万元 in words; rounds to 分 half away from zero (`decimalToFen`).
 * `rmbUpperOfDecimal('1200', '万元')` → 人民币壹仟贰佰万元整.
 */
export function rmbUpperOfDecimal(text: string, unit: MoneyUnit, options?: RmbOptions): RmbUpperOfDecimal {
  if (!DECIMAL.test(text)) return { ok: false, reason: 'notNumber' };
  const fen = decimalToFen(text, unit);
  // decimalToFen only gives up on a well-formed number when it is beyond 2^53 分.
  if (fen === null) return { ok: false, reason: 'range' };
  return rmbUpper(fen, options);
}

const UPPER_DIGIT: Readonly<Record<string, number>> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const UPPER_UNIT: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };
/** The shape of an amount in words: 元 (or 圆) and its digits, then 角, then 分, then 整 (or 正). */
const UPPER_SHAPE = /^(?:([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)[元圆])?(零?[壹贰叁肆伍陆柒捌玖]角)?(零?[壹贰叁肆伍陆柒捌玖]分)?[整正]?$/;

/** Whole 元 of words (壹仟贰佰万零伍佰): the number the digits and units say, or undefined. */
function integerOfWords(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in UPPER_DIGIT) digit = UPPER_DIGIT[c];
    else if (c in UPPER_UNIT) {
      section += digit * UPPER_UNIT[c];
      digit = 0;
    } else if (c === '万') {
      total += (section + digit) * 10_000;
      section = digit = 0;
    } else {
      total = (total + section + digit) * 100_000_000;
      section = digit = 0;
    }
  }
  const n = total + section + digit;
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * An amount in words (`壹佰万元整`, `人民币伍拾万元`, `人民币壹仟陆佰捌拾元零叁角贰分`, `负叁佰元整`), in 分: only a
 * well-formed one, as rmbUpper writes it (with or without 零 before 角) up to 人民币 before it, 圆 for 元, 正 for 整, and 整
 * left out or written after 元 or 角, and 零 after 万/亿 before a 仟 digit as the rules allow it either way (壹拾万零柒仟).
 * Undefined for anything else (`拾万元`, `壹佰万零元`, `壹佰元整伍角`, `壹仟伍元`, digits).
 */
export function rmbFromWords(text: string): Fen | undefined {
  let s = text.replace(/\s+/g, '').replace(/^人民币[:：]?/, '');
  const negative = s.startsWith('负');
  if (negative) s = s.slice(1);
  s = s.replace(/圆/g, '元').replace(/正$/, '整');
  const m = UPPER_SHAPE.exec(s);
  if (!m || s === '' || s === '整' || (s.endsWith('分整'))) return undefined;
  const yuan = m[1] === undefined ? 0 : integerOfWords(m[1]);
  if (yuan === undefined) return undefined;
  const tenth = (part: string | undefined): number => (part === undefined ? 0 : UPPER_DIGIT[part.replace(/^零/, '')[0]]);
  const fen = yuan * 100 + tenth(m[2]) * 10 + tenth(m[3]);
  if (fen > RMB_MAX_FEN) return undefined;
  // 零 after 万 or 亿 before a 仟 digit is optional by the rules (壹拾万零柒仟 and 壹拾万柒仟 are both 107000), as before 角
  const plain = (w: string): string => w.replace(/整$/, '').replace(/([万亿])零(?=[壹贰叁肆伍陆柒捌玖]仟)/g, '$1');
  const body = plain(s);
  const written = [true, false].some((zeroBeforeJiao) => {
    const w = rmbUpper(fen, { prefix: false, zeroBeforeJiao });
    return w.ok && plain(w.text) === body;
  });
  return written ? ((negative ? -fen : fen) as Fen) : undefined;
}
