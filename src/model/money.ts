/**
 * Exact money. Inside the model every amount is an integer number of 分 (0.01 元), so sums over
 * any number of rows are exact; conversion to and from 万元 / 元 happens only at the edges.
 * 1 万元 = 10,000 元 = 1,000,000 分. Integers stay exact up to 2^53 分 ≈ 9 × 10^9 万元.
 */

export type MoneyUnit = '万元' | '元';

/** 分 per unit. */
export const FEN_PER: Readonly<Record<MoneyUnit, number>> = { 万元: 1_000_000, 元: 100 };
/** Decimal places of 分 in each unit (FEN_PER as a power of ten). */
export const FEN_DECIMALS: Readonly<Record<MoneyUnit, number>> = { 万元: 6, 元: 2 };

/** An amount as integer 分. */
export type Fen = number;

/**
 * Parses a plain decimal string (`-123.456`, `1e3`) into integer 分 for the given unit,
 * rounding half away from zero at the 分 digit. Exact: works on the digits, not on a float.
 */
export function decimalToFen(text: string, unit: MoneyUnit): Fen | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const intDigits = (m[2] || '').replace(/^0+/, '');
  let digits = intDigits + (m[3] || '');
  // position of the decimal point within `digits`
  let point = intDigits.length + (m[4] ? Number(m[4]) : 0);
  const scale = FEN_DECIMALS[unit];
  point += scale;
  // Leading zeros carry no value: drop them so that the exponent alone says how big it is.
  const lead = /^0*/.exec(digits)![0].length;
  digits = digits.slice(lead);
  point -= lead;
  if (digits === '') return 0;
  // Beyond 17 integer digits of 分 no value is a safe integer; below the rounding digit it is 0.
  // (Checked before padding: `1e999999999` must not build a billion-character string.)
  if (point > 17) return null;
  if (point < 0) return 0;
  if (digits.length < point) digits = digits + '0'.repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const roundDigit = digits.charCodeAt(point) - 48; // NaN when no more digits
  let value = Number(intPart);
  if (roundDigit >= 5) value += 1;
  if (!Number.isSafeInteger(value)) return null;
  return sign * value || 0;
}

/**
 * A JS number in the given unit → integer 分 (through its shortest decimal representation).
 *
 * Fast path (no string): n = round(x × 分 per unit) is the answer when n / 分-per-unit gives x back
 * and |n| < 10^15. Then the decimal n × 10^-scale rounds to x, and below 10^15 分 the spacing of
 * doubles around x is finer than 1 分, so no other decimal with at most `scale` places rounds to
 * x: the shortest representation of x (String(x)) has at most `scale` places and equals
 * n × 10^-scale, which is what decimalToFen would read. Anything else (more decimals than 分,
 * huge values) takes the exact digit-by-digit path.
 */
export function numberToFen(x: number, unit: MoneyUnit): Fen | null {
  if (!Number.isFinite(x)) return null;
  const per = FEN_PER[unit];
  const n = Math.round(x * per);
  if (n / per === x && Math.abs(n) < 1e15) return n || 0;
  return decimalToFen(String(x), unit);
}

/** 分 → a number in the unit (the nearest double; prints without float noise). */
export function fenTo(fen: Fen, unit: MoneyUnit): number {
  return Number(fenToDecimal(fen, unit));
}

/** 分 → exact decimal text in the unit, without trailing zeros: 37590100000 → "37590.1" (万元). */
export function fenToDecimal(fen: Fen, unit: MoneyUnit): string {
  const scale = FEN_DECIMALS[unit];
  const whole = Math.round(fen); // a derived figure (a mean, a median) may fall between two 分
  const neg = whole < 0;
  const s = String(Math.abs(whole)).padStart(scale + 1, '0');
  const int = s.slice(0, s.length - scale);
  const frac = s.slice(s.length - scale).replace(/0+$/, '');
  return (neg ? '-' : '') + int + (frac ? '.' + frac : '');
}

/**
 * 分 → the number in the unit a cell holds: the same double as Number(fenToDecimal(fen, unit)) (a division of two
 * exact integers is rounded once, to the double nearest the exact decimal), without the text.
 */
export function fenToNumber(fen: Fen, unit: MoneyUnit): number {
  return Math.round(fen) / FEN_PER[unit] || 0;
}
