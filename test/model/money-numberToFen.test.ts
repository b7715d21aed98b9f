/**
 * numberToFen's fast path (no string) must give exactly what reading the number's shortest decimal
 * text gives (decimalToFen(String(x))), for every double: amounts as people type them, amounts
 * with float noise (0.1 + 0.2), more decimals than 分, negatives, -0, huge values.
 */
import fc from 'fast-check';
import { decimalToFen, fenToDecimal, fenToNumber, numberToFen, type MoneyUnit } from '../../src/model/money';

const UNITS: MoneyUnit[] = ['万元', '元'];
const slow = (x: number, unit: MoneyUnit): number | null => decimalToFen(String(x), unit);

describe('numberToFen', () => {
  it.each(UNITS)('equals decimalToFen(String(x)) on edge cases (%s)', (unit) => {
    const xs = [
      0,
      -0,
      1,
      -1,
      0.1 + 0.2,
      37590.100000000006,
      1514.9,
      0.005,
      0.015,
      0.0000005,
      0.0000015,
      1e-7,
      -1e-7,
      123456789.123456,
      999999999.999999,
      1e9,
      1e12,
      1e13,
      4.5e15,
      9e15,
      1e20,
      1.0000005,
      2.675,
      1.005,
      Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      0.1,
      0.7,
      12.34,
      -12.345,
    ];
    for (const x of xs) expect([x, numberToFen(x, unit)]).toEqual([x, slow(x, unit)]);
    expect(Object.is(numberToFen(-0, unit), 0)).toBe(true);
  });

  it.each(UNITS)('equals decimalToFen(String(x)) for any double (%s)', (unit) => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => numberToFen(x, unit) === slow(x, unit)),
      { numRuns: 20_000 }
    );
  });

  it.each(UNITS)('equals decimalToFen(String(x)) for amounts with up to 8 decimals (%s)', (unit) => {
    const amount = fc
      .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 8 }))
      .map(([n, places]) => n / 10 ** places);
    fc.assert(
      fc.property(amount, (x) => numberToFen(x, unit) === slow(x, unit)),
      { numRuns: 50_000 }
    );
  });
});

describe('fenToDecimal', () => {
  it('writes whole 分 even for a derived half 分, never a garbled decimal', () => {
    expect(fenToDecimal(120250.5, '元')).toBe('1202.51');
    expect(fenToDecimal(-5.5, '元')).toBe('-0.05');
    expect(fenToDecimal(37590100000, '万元')).toBe('37590.1');
  });
});

describe('fenToNumber', () => {
  test('is the number of the exact decimal text, in 万元 and 元 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom<MoneyUnit>('万元', '元'), (fen, unit) => {
        expect(fenToNumber(fen, unit)).toBe(Number(fenToDecimal(fen, unit)));
      }),
      { numRuns: 2000 },
    );
    expect(fenToNumber(37590100000, '万元')).toBe(37590.1);
    expect(Object.is(fenToNumber(-0, '元'), 0)).toBe(true);
  });
});
