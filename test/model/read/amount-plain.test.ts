// amountValue reads a plainly written text amount in one pass (plainAmountText); whenever that
// fast path answers, its answer is the general path's (normalising + normalizeNumberText + decimalToFen).
import fc from 'fast-check';
import { amountTextValue, amountValue, plainAmountText } from '../../../src/model/read/values';
import type { MoneyUnit } from '../../../src/model/money';

/** The characters a plain amount is made of, their full-width forms, and the neighbours that must send a text to the general path. */
const CHARS = ['0', '1', '5', '9', ',', '.', '-', '+', '０', '４', '９', '，', '．', '－', ' ', '\u3000', 'e', '万', '元', '(', '¥', 'x'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((a) => a.join(''));
/** Amounts as people type them: digits grouped by commas or not, decimals, a sign; some with too many digits. */
const typed = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.boolean(), fc.string({ unit: fc.constantFrom('0', '1', '4', '5', '9'), maxLength: 9 }), fc.boolean())
  .map(([sign, int, grouped, frac, fullWidth]) => {
    const digits = grouped ? int.toString().replace(/\B(?=(\d{3})+$)/g, ',') : int.toString();
    const s = sign + digits + (frac ? '.' + frac : '');
    return fullWidth ? s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : s;
  });
const unit = fc.constantFrom<MoneyUnit>('万元', '元');

describe('plainAmountText', () => {
  it('answers as the general path does, whenever it answers', () => {
    fc.assert(
      fc.property(fc.oneof(text, typed), unit, (s, u) => {
        const fast = plainAmountText(s, u);
        if (fast !== undefined) expect(fast).toBe(amountTextValue(s, u));
        expect(amountValue(s, u)).toEqual(amountTextValue(s, u));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes the plain forms a ledger holds, to the 分, rounding half up past the unit\'s 分', () => {
    expect(plainAmountText('1,234.56', '万元')).toBe(1_234_560_000);
    expect(plainAmountText('２１４.３', '万元')).toBe(214_300_000);
    expect(plainAmountText('-12.5', '元')).toBe(-1250);
    expect(plainAmountText('+.5', '万元')).toBe(500_000);
    expect(plainAmountText('0.0000005', '万元')).toBe(1);
    expect(plainAmountText('0.0000004999', '万元')).toBe(0);
    expect(plainAmountText('-0.001', '元')).toBe(0);
    expect(plainAmountText('999,999,999.9999995', '万元')).toBe(1e15);
  });

  it('leaves every other text to the general path', () => {
    for (const s of ['', '-', '12.', '1,23', '1234,567', ',123', '1,234,5', '1e3', '(100)', '¥100', '20万', ' 12', '１２－', '1234567890'])
      expect(plainAmountText(s, '万元')).toBeUndefined();
  });
});
