/**
 * Property tests of the coercion layer (src/model/read/values.ts): every way workbook.md says a
 * value may be written reads back exactly; impossible values are 'bad', never another value;
 * nothing throws. Oracles work on decimal digits (BigInt), independent of the reader.
 */
import fc from 'fast-check';
import { dateToSerial, dateValue, errorValue, isoDate, type CellValue } from '../../src/model/grid';
import { fenToDecimal, type MoneyUnit } from '../../src/model/money';
import { PLACEHOLDERS, readAmount, readBool, readCount, readDate, readNumber, readYear, type Read } from '../../src/model/read/values';
import {
  bigDigits, dateForms, decimalText, exactDecimal, groupThousands, invalidDate, mixWidth, padding, runs, separators,
  validDate, widthMask,
} from './gen';

const okOf = <T>(r: Read<T>): T => {
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};

// ---------------------------------------------------------------------------------------------
// Amounts

/** How one amount is written: grouping, width, padding, parentheses, unit suffix. */
const amountStyle = fc.record({
  group: fc.boolean(),
  seps: separators,
  mask: widthMask,
  fullWidth: fc.boolean(),
  before: padding,
  after: padding,
  parens: fc.constantFrom('', '()', '（）'),
  suffixSpace: fc.constantFrom('', ' '),
  trailingZeros: fc.boolean(),
});
type AmountStyle = typeof amountStyle extends fc.Arbitrary<infer T> ? T : never;

/**
 * Writes `scaled` (units of 10^-places) as a person would. Negative values are written with `-`
 * or, when style.parens is set, in parentheses.
 */
function writeAmount(scaled: bigint, places: number, style: AmountStyle, suffix: '' | '万元' | '元'): string {
  const neg = scaled < 0n;
  const { int, frac } = decimalText(neg ? -scaled : scaled, places, !style.trailingZeros);
  let body = (style.group ? groupThousands(int, style.seps) : int) + (frac ? '.' + frac : '');
  if (neg) body = style.parens ? style.parens[0] + body + style.parens[1] : '-' + body;
  if (style.fullWidth) body = mixWidth(body, style.mask);
  return style.before + body + (suffix ? style.suffixSpace + suffix : '') + style.after;
}

/** 万元 with ≤ 2 decimals, as cents of 万元 (fits 2^53 分 with room): up to 10^11 − 1. */
const wanCents = fc.tuple(bigDigits(11), fc.boolean()).map(([v, neg]) => (neg ? -v : v));

describe('readAmount', () => {
  it('any decimal in 万元 with ≤ 2 places, written in any accepted way, reads back the same integer 分', () => {
    fc.assert(
      fc.property(wanCents, amountStyle, fc.constantFrom<['' | '万元', MoneyUnit]>(['', '万元'], ['万元', '万元'], ['万元', '元']), (cents, style, [suffix, column]) => {
        const text = writeAmount(cents, 2, style, suffix);
        const fen = okOf(readAmount(text, column));
        expect(fen).toBe(Number(cents * 10_000n));
        expect(fenToDecimal(fen, '万元')).toBe(exactDecimal(cents, 2));
      }),
      runs(4000),
    );
  });

  it('the same amount written in 元 (×10000, with a 元 suffix or in a 元 column) reads back the same 分', () => {
    fc.assert(
      fc.property(wanCents, amountStyle, fc.constantFrom<['' | '元', MoneyUnit]>(['', '元'], ['元', '元'], ['元', '万元']), (cents, style, [suffix, column]) => {
        const yuan = cents * 100n; // whole 元
        const text = writeAmount(yuan * 100n, 2, style, suffix); // written with 0–2 decimals of 元
        expect(okOf(readAmount(text, column))).toBe(Number(cents * 10_000n));
      }),
      runs(2000),
    );
  });

  it('any amount in 元 with 分 (≤ 2 places) reads back exactly', () => {
    fc.assert(
      fc.property(fc.tuple(bigDigits(15), fc.boolean()), amountStyle, fc.boolean(), ([v, neg], style, asSuffix) => {
        const fen = neg ? -v : v;
        const text = writeAmount(fen, 2, style, asSuffix ? '元' : '');
        expect(okOf(readAmount(text, asSuffix ? '万元' : '元'))).toBe(Number(fen));
      }),
      runs(1500),
    );
  });

  it('(x) and （x） read as −x', () => {
    fc.assert(
      fc.property(wanCents.filter((c) => c > 0n), amountStyle, (cents, style) => {
        const plain = writeAmount(cents, 2, { ...style, parens: '' }, '');
        for (const [l, r] of [['(', ')'], ['（', '）']]) {
          expect(okOf(readAmount(`${l}${plain.trim()}${r}`, '万元'))).toBe(-Number(cents * 10_000n));
        }
      }),
      runs(1000),
    );
  });

  it('a number cell reads as its decimal value, in the column unit', () => {
    fc.assert(
      fc.property(wanCents, (cents) => {
        const x = Number(exactDecimal(cents, 2));
        expect(okOf(readAmount(x, '万元'))).toBe(Number(cents * 10_000n));
        expect(okOf(readAmount(Number(cents * 100n), '元'))).toBe(Number(cents * 10_000n));
      }),
      runs(1500),
    );
  });

  it('the sum of many amounts read from text is the exact decimal sum (no float noise)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(wanCents, amountStyle), { minLength: 1, maxLength: 200 }), (items) => {
        let fen = 0;
        let exact = 0n;
        for (const [cents, style] of items) {
          fen += okOf(readAmount(writeAmount(cents, 2, style, ''), '万元'));
          exact += cents;
        }
        expect(fenToDecimal(fen, '万元')).toBe(exactDecimal(exact, 2));
      }),
      runs(500),
    );
  });

  it('never throws on hostile text (huge exponents, stray symbols, any Unicode); ok values are safe integers', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.tuple(fc.stringMatching(/^[0-9]{1,30}(\.[0-9]{0,30})?$/), fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,12}$/))
        .map(([m, e, s, x]) => `${m}${e}${s}${x}`),
      fc.constantFrom('1e999999999', '1e-999999999', '0e999999999', '9'.repeat(400), '-0', '(0)', '¥1,000', '1,00', '1..2', '.', '-', '()', '（）', '1e', 'e5', '١٢٣', 'Infinity', 'NaN'),
    );
    fc.assert(
      fc.property(hostile, fc.constantFrom<MoneyUnit>('万元', '元'), (text, unit) => {
        const r = readAmount(text, unit);
        expect(['ok', 'bad', 'empty']).toContain(r.kind);
        if (r.kind === 'ok') expect(Number.isSafeInteger(r.value)).toBe(true);
        if (r.kind === 'bad') expect(r.raw).toBe(text);
      }),
      runs(2000),
    );
  });

  it('non-finite and out-of-range number cells are bad, never a wrong amount', () => {
    for (const x of [NaN, Infinity, -Infinity, 1e300, -1e300, Number.MAX_VALUE]) expect(readAmount(x, '万元').kind).toBe('bad');
    expect(okOf(readAmount(-0, '万元'))).toBe(0);
    expect(Object.is(okOf(readAmount(-0, '万元')), -0)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Counts, years

const COUNT_WORDS = ['', '', '人次', '件', '家', '个', '项', '人', '次', '户', '项目'];

describe('readCount', () => {
  it('an integer with separators, full-width digits, spaces and a unit word reads back', () => {
    fc.assert(
      fc.property(bigDigits(12), amountStyle, fc.constantFrom(...COUNT_WORDS), (n, style, word) => {
        const body = writeAmount(n, 0, { ...style, parens: '' }, '');
        expect(okOf(readCount(body.trimEnd() + word + style.after))).toBe(Number(n));
        expect(okOf(readCount(Number(n)))).toBe(Number(n));
      }),
      runs(6000),
    );
  });

  it('a fraction is bad, as text or as a number', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 99 }), fc.constantFrom(...COUNT_WORDS), (n, f, word) => {
        const frac = String(f).padStart(2, '0').replace(/0$/, '') || '5';
        expect(readCount(`${n}.${frac}${word}`).kind).toBe('bad');
        expect(readCount(n + f / 100).kind).toBe('bad');
      }),
      runs(3000),
    );
  });

  it('never throws; ok values are integers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.double()), (v) => {
        const r = readCount(v);
        if (r.kind === 'ok') expect(Number.isInteger(r.value)).toBe(true);
      }),
      runs(2000),
    );
  });
});

describe('readYear', () => {
  it('2018, 2018年, 2018年度, full-width, padded, numbers and dates give the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom('', '年', '年度', ' 年', '年 度'), widthMask, padding, padding, (y, tail, mask, before, after) => {
        expect(okOf(readYear(before + mixWidth(String(y), mask) + tail + after))).toBe(y);
        expect(okOf(readYear(y))).toBe(y);
        expect(okOf(readYear(dateValue(y, 6, 30)))).toBe(y);
      }),
      runs(6000),
    );
  });

  it('years out of 1900 … 2200, fractions and other text are bad', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 1899 }), fc.integer({ min: 2201, max: 99999 })),
        fc.constantFrom('', '年', '年度'),
        (y, tail) => {
          // two digits with 年 are a year of 1930–2029 (19年: unseen36), as looseDate reads 19-3-5
          if (!(tail && y >= 10 && y <= 99)) expect(readYear(`${y}${tail}`).kind).toBe('bad');
          expect(readYear(y).kind).toBe('bad');
          expect(readYear(y + 0.5).kind).toBe('bad');
        },
      ),
      runs(3000),
    );
    for (const s of ['8年', '二〇一八', '一八年', '2018-19', 'FY2018', '10000', '20180512']) expect(readYear(s).kind).toBe('bad');
    // a year as officers write it (unseen36): two digits with 年, Chinese digits with 年
    expect(['18年', '二〇一八年'].map((s) => readYear(s))).toEqual([{ kind: 'ok', value: 2018 }, { kind: 'ok', value: 2018 }]);
    // a date's text gives its year, as a date cell does (sweep 31: 立项时间 holding 2018年6月)
    expect(readYear('2018年6月')).toEqual({ kind: 'ok', value: 2018 });
  });

  it('never throws on any value', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.double()), (v) => void readYear(v)), runs(1000));
  });
});

// ---------------------------------------------------------------------------------------------
// Dates

describe('readDate', () => {
  it('every written form of a valid date (leap days included), full-width or padded, reads as that date', () => {
    fc.assert(
      fc.property(validDate, widthMask, padding, padding, fc.boolean(), ({ y, m, d }, mask, before, after, wide) => {
        for (const form of dateForms(y, m, d)) {
          const text = before + (wide ? mixWidth(form, mask) : form) + after;
          expect(okOf(readDate(text))).toEqual(dateValue(y, m, d));
        }
      }),
      runs(5000),
    );
  });

  it('an impossible date (2019-02-29, 04-31, month 13, day 0) is bad in every form, never another date', () => {
    fc.assert(
      fc.property(invalidDate, ({ y, m, d }) => {
        for (const form of dateForms(y, m, d)) {
          const r = readDate(form);
          expect(r).toEqual({ kind: 'bad', raw: form });
        }
      }),
      runs(3000),
    );
  });

  it('an Excel serial (with a time of day) and a date cell read as the date; a whole number 1900–2100 is a year typed alone, with two decimals a year and month', () => {
    fc.assert(
      fc.property(validDate, fc.double({ min: 0, max: 0.999, noNaN: true }), ({ y, m, d }, time) => {
        const date = dateValue(y, m, d);
        const serial = dateToSerial(date) + time;
        const twoDecimals = Math.abs(serial * 100 - Math.round(serial * 100)) < 1e-6;
        if ((Number.isInteger(serial) && serial >= 1900 && serial <= 2100) || (twoDecimals && serial > 1900 && serial < 2101)) expect(readDate(serial)).toEqual({ kind: 'bad', raw: String(serial) });
        else expect(okOf(readDate(serial))).toEqual(date);
        // a date cell is the host's reading of the same number: the days of a year typed alone are none either
        const typedYear = dateToSerial(date) >= 1900 && dateToSerial(date) <= 2100;
        if (typedYear) expect(readDate(date)).toEqual({ kind: 'bad', raw: isoDate(date) });
        else expect(okOf(readDate(date))).toEqual(date);
      }),
      runs(2000),
    );
  });

  it('never throws; ok values are real calendar dates', () => {
    const anyValue = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 16 }),
      fc.double(),
      fc.stringMatching(/^[0-9]{4}[-/.年][0-9]{1,3}[-/.月][0-9]{1,3}日?$/),
    );
    fc.assert(
      fc.property(anyValue, (v) => {
        const r = readDate(v as CellValue);
        if (r.kind === 'ok') {
          const { year, month, day } = r.value;
          expect(month >= 1 && month <= 12).toBe(true);
          const max = new Date(Date.UTC(year, month, 0)).getUTCDate();
          // serial 60 is Excel's phantom 1900-02-29, the one date JavaScript does not know
          expect(day >= 1 && (day <= max || (year === 1900 && month === 2 && day === 29))).toBe(true);
        }
      }),
      runs(2000),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Booleans

const TRUE_FORMS = ['是', 'Y', 'YES', '√', 'TRUE', '1'];
const FALSE_FORMS = ['否', 'N', 'NO', '×', 'FALSE', '0'];

const caseMix = (s: string, mask: ReadonlyArray<boolean>): string =>
  [...s].map((ch, i) => (mask[i % mask.length] ? ch.toLowerCase() : ch)).join('');

describe('readBool', () => {
  it('是/否, Y/N, YES/NO, √/×, TRUE/FALSE, 1/0 in any case, full-width or padded', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(5), widthMask, widthMask, padding, padding, fc.boolean(), (want, i, caseMask, mask, before, after, wide) => {
        const word = (want ? TRUE_FORMS : FALSE_FORMS)[i];
        let text = caseMix(word, caseMask);
        if (wide) text = [...text].map((ch, k) => (mask[k % mask.length] && /[A-Za-z0-9]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
        expect(okOf(readBool(before + text + after))).toBe(want);
        expect(okOf(readBool(want))).toBe(want);
        expect(okOf(readBool(want ? 1 : 0))).toBe(want);
      }),
      runs(6000),
    );
  });

  it('other words and numbers are bad, never a boolean', () => {
    const other = fc.oneof(
      fc.stringMatching(/^[a-mo-xzA-MO-XZ]{2,6}$/).filter((s) => !/^(yes|no|true|false)$/i.test(s)),
      // (not `无`: a placeholder for "nothing", read as a blank cell, see the test below)
      fc.constantFrom('是的', '否决', '不是', '2', '-1', '0.5', '有', '无效', '待定', 'T', 'F', '对', '错'),
      fc.integer({ min: 2, max: 1e6 }).map(String),
    );
    fc.assert(fc.property(other, (s) => expect(readBool(s)).toEqual({ kind: 'bad', raw: s })), runs(3000));
    fc.assert(fc.property(fc.double().filter((x) => x !== 0 && x !== 1), (x) => expect(readBool(x).kind).toBe('bad')), runs(1000));
  });

  it('a placeholder for "nothing" (`无`, `-`, `/` …) is a blank cell, never 否', () => {
    for (const t of PLACEHOLDERS) expect(readBool(t)).toEqual({ kind: 'empty' });
  });
});

// ---------------------------------------------------------------------------------------------
// Plain numbers (分值, 得分, profile options)

describe('readNumber', () => {
  it('ok values are finite; the error and blank values are not numbers', () => {
    const anyValue = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.double(),
      fc.tuple(fc.stringMatching(/^[0-9]{1,5}$/), fc.integer({ min: -9999, max: 9999 })).map(([m, e]) => `${m}e${e}`),
      fc.constant('9'.repeat(400)),
    );
    fc.assert(
      fc.property(anyValue, (v) => {
        const r = readNumber(v);
        if (r.kind === 'ok') expect(Number.isFinite(r.value)).toBe(true);
      }),
      runs(10000),
    );
    expect(readNumber(errorValue('#N/A'))).toEqual({ kind: 'bad', raw: '#N/A' });
  });
});
