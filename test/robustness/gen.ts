/**
 * fast-check generators for the robustness suite: numbers written the ways people write them,
 * dates in every form of workbook.md, and oracles computed on decimal digits (BigInt), never on
 * floats, so that a passing property means the reader is exact.
 */
import fc from 'fast-check';

/** Runs per property; every parser gets ≥ 10,000 cases over its properties in total. */
export const RUNS = Number(process.env.JX_PROPERTY_RUNS ?? 0) || undefined;
export const runs = (n: number): { numRuns: number } => ({ numRuns: RUNS ?? n });

const FULL_WIDTH_OFFSET = 0xfee0;

/** Each ASCII digit (and `.`/`,`) independently full-width or not, per the boolean mask. */
export function mixWidth(s: string, mask: ReadonlyArray<boolean>): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const fold = mask[i % Math.max(1, mask.length)] && /[0-9.,()%]/.test(ch);
    out += fold ? String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET) : ch;
  }
  return out;
}

export const widthMask = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 });

/** White space people leave around a value: spaces, tabs, the ideographic space, NBSP. */
export const padding = fc
  .array(fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0'), { maxLength: 2 })
  .map((a) => a.join(''));

/** Groups digits by three with `,` or `，` (chosen per group). */
export function groupThousands(int: string, seps: ReadonlyArray<string>): string {
  const groups: string[] = [];
  for (let end = int.length; end > 0; end -= 3) groups.unshift(int.slice(Math.max(0, end - 3), end));
  let out = groups[0];
  for (let i = 1; i < groups.length; i++) out += seps[i % seps.length] + groups[i];
  return out;
}

export const separators = fc.array(fc.constantFrom(',', '，'), { minLength: 1, maxLength: 4 });

/** A non-negative integer (BigInt) with up to `maxDigits` digits, biased to small and boundary values. */
export const bigDigits = (maxDigits: number): fc.Arbitrary<bigint> =>
  fc.oneof(
    fc.bigInt({ min: 0n, max: 9999n }),
    fc.bigInt({ min: 0n, max: 10n ** BigInt(maxDigits) - 1n }),
    fc.constantFrom(0n, 1n, 999n, 1000n, 10n ** BigInt(maxDigits) - 1n),
  );

/** `intPart.frac` of a scaled integer: 123456n with 2 places → `1234.56`; trailing zeros optional. */
export function decimalText(scaled: bigint, places: number, trimZeros: boolean): { int: string; frac: string } {
  const neg = scaled < 0n;
  const abs = neg ? -scaled : scaled;
  const s = abs.toString().padStart(places + 1, '0');
  const int = s.slice(0, s.length - places);
  let frac = s.slice(s.length - places);
  if (trimZeros) frac = frac.replace(/0+$/, '');
  return { int: (neg ? '-' : '') + int, frac };
}

/** Exact decimal text of a BigInt count of 10^-places, without trailing zeros ("37590.1", "-0.5", "0"). */
export function exactDecimal(scaled: bigint, places: number): string {
  const { int, frac } = decimalText(scaled, places, true);
  return frac ? `${int}.${frac}` : int === '-0' ? '0' : int;
}

/**
 * Decimal half-up (away from zero) of a decimal text at `places`, on its digits: the oracle for
 * roundHalfUp. Returns the rounded value as a scaled BigInt (units of 10^-places).
 */
export function halfUpDigits(text: string, places: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a plain decimal: ${text}`);
  const frac = (m[3] ?? '').padEnd(places + 1, '0');
  const kept = BigInt(m[2] + frac.slice(0, places));
  const rounded = frac.charCodeAt(places) - 48 >= 5 ? kept + 1n : kept;
  return m[1] === '-' ? -rounded : rounded;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysIn(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** A valid date in 1900 … 2200 (what readDate accepts), with leap days and month ends favoured. */
export const validDate = fc
  .tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.nat(9))
  .map(([y, m, d, bias]) => {
    if (bias === 0) {
      // a leap day: the nearest leap year at or after y (within range), else its Feb 28
      let ly = y;
      while (ly <= 2200 && !isLeap(ly)) ly++;
      return ly <= 2200 ? { y: ly, m: 2, d: 29 } : { y, m: 2, d: 28 };
    }
    if (bias === 1) return { y, m, d: daysIn(y, m) };
    return { y, m, d: Math.min(d, daysIn(y, m)) };
  });

/** An impossible calendar date: day past the month's end (2019-02-29, 2018-04-31), month 0/13+, day 0. */
export const invalidDate = fc.oneof(
  fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 })).map(([y, m, k]) => {
    const d = daysIn(y, m) + k;
    return { y, m, d: Math.min(d, 31 + k) }; // past the end (up to 32–34 when the month has 31)
  }),
  fc.integer({ min: 1900, max: 2200 }).filter((y) => !isLeap(y)).map((y) => ({ y, m: 2, d: 29 })),
  fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom(0, 13, 14, 19, 99), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => ({ y, m, d })),
  fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => ({ y, m, d: 0 })),
);

const p2 = (n: number): string => String(n).padStart(2, '0');

/** Every written form of a date in workbook.md's table (and the compact `20180630`). */
export function dateForms(y: number, m: number, d: number): string[] {
  const forms = [
    `${y}-${p2(m)}-${p2(d)}`, `${y}-${m}-${d}`, `${y}/${m}/${d}`, `${y}/${p2(m)}/${p2(d)}`,
    `${y}.${p2(m)}.${p2(d)}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}年${p2(m)}月${p2(d)}日`,
  ];
  // The compact form only exists with two-digit month and day.
  if (m >= 0 && m <= 99 && d >= 0 && d <= 99) forms.push(`${y}${p2(m)}${p2(d)}`);
  return forms;
}

/** Inserts random white space (spaces, line breaks, tabs, ideographic space) between characters. */
export function sprinkle(s: string, gaps: ReadonlyArray<string>): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) out += chars[i] + (i < chars.length - 1 ? gaps[i % gaps.length] : '');
  return out;
}

export const gapList = fc.array(fc.constantFrom('', '', '', ' ', '\n', '\r\n', '\t', '\u3000', '\u00a0', ' \n '), {
  minLength: 1, maxLength: 8,
});
