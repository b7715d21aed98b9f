/**
 * Property-based tests of 人民币大写 (fast-check), with an independent reader that turns the words
 * back into 分 the way a person reads them: a digit waits for its unit, 万/亿 close a section.
 */
import fc from 'fast-check';
import { RMB_MAX_FEN, rmbUpper } from '../../../src/model/algorithms';
import { rmbFromWords } from '../../../src/model/algorithms/rmb';

const DIGIT = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNIT: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };

/** Words (with or without 人民币 / 负) → 分. Throws on anything it does not understand. */
function readWords(text: string): number {
  let rest = text.replace(/^人民币/, '');
  const sign = rest.startsWith('负') ? -1 : 1;
  if (sign < 0) rest = rest.slice(1);
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null; // a digit waiting for its unit
  let yuan = 0;
  let jiao = 0;
  let fen = 0;
  const take = () => {
    const d = digit ?? 0;
    digit = null;
    return d;
  };
  for (const ch of rest) {
    const d = DIGIT.indexOf(ch);
    if (d > 0) {
      if (digit !== null) throw new Error(`two digits in a row in ${text}`);
      digit = d;
    } else if (d === 0) {
      if (digit !== null) throw new Error(`零 after a digit in ${text}`);
    } else if (ch in SMALL_UNIT) section += take() * SMALL_UNIT[ch];
    else if (ch === '亿') {
      yi = (section + take()) * 100_000_000;
      section = 0;
    } else if (ch === '万') {
      wan = (section + take()) * 10_000;
      section = 0;
    } else if (ch === '元') yuan = yi + wan + section + take();
    else if (ch === '角') jiao = take();
    else if (ch === '分') fen = take();
    else if (ch !== '整') throw new Error(`unexpected ${ch} in ${text}`);
  }
  if (digit !== null) throw new Error(`dangling digit in ${text}`);
  return sign * (yuan * 100 + jiao * 10 + fen);
}

/**
 * How many 零 the words of `fen` must contain, from the positions of its non-zero digits: a gap
 * between two of them is read as one 零, except when the lower digit is the 仟 of the very next
 * four-digit section (the upper section's trailing zeros are not read: 壹拾万柒仟). Then the 零
 * before 角 (元 digit 0, optional) and before 分 (角 = 0, required), both only after some 元.
 */
function expectedZeros(fen: number, zeroBeforeJiao: boolean): number {
  const abs = Math.abs(fen);
  const yuanText = String(Math.floor(abs / 100));
  const [jiao, fenDigit] = [Math.floor(abs / 10) % 10, abs % 10];
  const nonZero = [...yuanText]
    .map((d, i) => ({ d, pos: yuanText.length - 1 - i }))
    .filter((x) => x.d !== '0')
    .map((x) => x.pos);
  let zeros = 0;
  for (let k = 1; k < nonZero.length; k++) {
    const [p, q] = [nonZero[k - 1], nonZero[k]];
    const sectionStart = q % 4 === 3 && Math.floor(p / 4) === Math.floor(q / 4) + 1;
    if (p - q > 1 && !sectionStart) zeros++;
  }
  if (nonZero.length > 0) {
    if (jiao > 0 && yuanText.endsWith('0') && zeroBeforeJiao) zeros++;
    if (jiao === 0 && fenDigit > 0) zeros++;
  }
  return zeros;
}

const signed = (a: fc.Arbitrary<number>) => fc.tuple(a, fc.boolean()).map(([n, neg]) => (neg ? -n : n));

/** Amounts in 分: uniform over the range, zero-heavy digit strings (runs of zeros), and small ones. */
const amount = fc.oneof(
  fc.bigInt({ min: BigInt(-RMB_MAX_FEN), max: BigInt(RMB_MAX_FEN) }).map(Number),
  signed(
    fc
      .array(
        fc.oneof(
          { arbitrary: fc.constant(0), weight: 3 },
          { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 2 },
        ),
        {
          minLength: 1,
          maxLength: 14,
        },
      )
      .map((ds) => Number(ds.join(''))),
  ),
  signed(fc.integer({ min: 0, max: 2_000_000 })),
);

const options = fc.record({ prefix: fc.boolean(), zeroBeforeJiao: fc.boolean() });

function words(fen: number, opts: { prefix: boolean; zeroBeforeJiao: boolean }): string {
  const r = rmbUpper(fen, opts);
  if (!r.ok) throw new Error(`rmbUpper(${fen}) failed: ${r.reason}`);
  return r.text;
}

describe('人民币大写: properties', () => {
  it('the independent reader gets the amount back', () => {
    fc.assert(
      fc.property(amount, options, (fen, opts) => {
        expect(readWords(words(fen, opts))).toBe(fen === 0 ? 0 : fen);
      }),
      { numRuns: 3000 },
    );
  });

  it('shape: no 零零, one 零 per zero run read, 整 exactly without 角/分, no leading or trailing 零, 负 exactly for negatives', () => {
    fc.assert(
      fc.property(amount, options, (fen, opts) => {
        const text = words(fen, opts);
        expect(text).not.toContain('零零');
        expect(text.endsWith('整')).toBe(fen % 100 === 0);
        expect(text.startsWith('人民币')).toBe(opts.prefix);
        const afterPrefix = opts.prefix ? text.slice(3) : text;
        expect(afterPrefix.startsWith('负')).toBe(fen < 0);
        expect(text.includes('负')).toBe(fen < 0);
        const core = fen < 0 ? afterPrefix.slice(1) : afterPrefix;
        if (core !== '零元整') {
          expect([...text].filter((ch) => ch === '零').length).toBe(expectedZeros(fen, opts.zeroBeforeJiao));
          expect(fen).not.toBe(0);
          expect(core.startsWith('零')).toBe(false);
          expect(core.endsWith('零')).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('leaving out the optional 零 only drops it between 元 and 角', () => {
    fc.assert(
      fc.property(amount, fc.boolean(), (fen, prefix) => {
        const withZero = words(fen, { prefix, zeroBeforeJiao: true });
        const without = words(fen, { prefix, zeroBeforeJiao: false });
        expect(without).toBe(withZero.replace(/元零(.)角/, '元$1角'));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the test reader itself', () => {
  it.each([
    ['人民币壹亿零壹万元整', 100_010_000_00],
    ['负壹拾万柒仟元零伍角叁分', -10_700_053],
    ['伍分', 5],
    ['零元整', 0],
  ])('%s → %d 分', (text, fen) => expect(readWords(text)).toBe(fen));
  it.each(['壹壹元', '壹零元', '壹元X'])('rejects %s', (text) => expect(() => readWords(text)).toThrow());
});

/**
 * read45: the words back to 分 (rmbFromWords, which the ledger's amount cells use): every amount as rmbUpper writes it,
 * either 零 before 角, with or without 人民币 and 整, reads as itself; a text one character off is never another amount
 * that would write differently.
 */
describe('rmbFromWords reads what rmbUpper writes', () => {
  it('every amount, either writing, with or without 人民币 and 整', () => {
    fc.assert(
      fc.property(fc.integer({ min: -RMB_MAX_FEN, max: RMB_MAX_FEN }), fc.boolean(), fc.boolean(), fc.boolean(), (fen, prefix, zeroBeforeJiao, dropZheng) => {
        const r = rmbUpper(fen, { prefix, zeroBeforeJiao });
        if (!r.ok) return;
        const text = dropZheng ? r.text.replace(/整$/, '') : r.text;
        expect([text, rmbFromWords(text)]).toEqual([text, fen]);
      }),
      { numRuns: 3000 },
    );
  });

  it('a text with a character dropped reads as nothing, or as the amount it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: RMB_MAX_FEN }), fc.nat(), (fen, k) => {
        const r = rmbUpper(fen, { prefix: false });
        if (!r.ok) return;
        const i = k % r.text.length;
        const text = r.text.slice(0, i) + r.text.slice(i + 1);
        const got = rmbFromWords(text);
        if (got !== undefined) expect(readWords(text)).toBe(got);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['壹佰万元整', 100_000_000], ['人民币伍拾万元', 50_000_000], ['壹拾万零柒仟元整', 10_700_000], ['壹佰元伍角整', 10_050],
    ['人民币：贰万元整', 2_000_000], ['壹佰万圆正', 100_000_000],
  ])('%s → %d 分', (text, fen) => expect(rmbFromWords(text)).toBe(fen));
  it.each(['拾万元', '壹佰万零元', '壹佰元整伍角', '壹仟伍元', '壹佰万', '100万元', '壹佰元伍角贰分整', '整'])('rejects %s', (text) => expect(rmbFromWords(text)).toBeUndefined());
});
