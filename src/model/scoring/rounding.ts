/** Rounding as Excel's ROUND does, and exact sums of decimal values (scoring.md). */

/** Decimal half-up (away from zero) at `places` decimals, after taking `x` to 15 significant digits. */
export function roundHalfUp(x: number, places = 2): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const [mant, expText] = Math.abs(x).toPrecision(15).split('e');
  const [intPart, fracPart = ''] = mant.split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + (expText ? Number(expText) : 0);
  const keep = point + places;
  if (keep < 0) return 0;
  if (keep >= digits.length) return x;
  let n = Number(digits.slice(0, keep) || '0');
  if (digits.charCodeAt(keep) - 48 >= 5) n += 1;
  const r = Number(`${n}e-${places}`);
  return x < 0 && r !== 0 ? -r : r;
}

/**
 * `x` to 15 significant digits, as Excel compares numbers: 1.3 × 3 is 3.9000000000000004 in
 * binary, and 3.9 must count as 130 % of 3 here as it does in the table's formulas.
 */
export const sig15 = (x: number): number => Number(x.toPrecision(15));
