/**
 * Property tests of header matching (headerKey + the column catalogues) and of the scoring
 * arithmetic (scoring.ts): monotonicity, ranges, grade bands, and decimal half-up rounding
 * checked against an oracle on the digits.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/model/grid';
import { LEDGER_COLUMNS, headerIndex, type ColumnDef } from '../../src/model/read/columns';
import { INDICATOR_COLUMNS } from '../../src/model/read/indicatorColumns';
import { readTable } from '../../src/model/read/table';
import { headerKey, stripSpaces } from '../../src/model/read/text';
import {
  BUDGET_POINTS, GRADE_BANDS, budgetScore, gradeOf, quantitativeScore, roundHalfUp, type QuantOp,
} from '../../src/model/scoring';
import { exactDecimal, gapList, halfUpDigits, runs, sprinkle } from './gen';

// ---------------------------------------------------------------------------------------------
// Headers

type AnyDef = ColumnDef<string>;
const CATALOGUES: ReadonlyArray<{ name: string; defs: ReadonlyArray<AnyDef> }> = [
  { name: '项目台账', defs: LEDGER_COLUMNS },
  { name: '绩效指标', defs: INDICATOR_COLUMNS },
];

/** Unit suffixes as people write them, and the unit each names. */
const SUFFIXES: ReadonlyArray<readonly [string, '万元' | '元' | undefined]> = [
  ['', undefined], ['（万元）', '万元'], ['(万元)', '万元'], ['（元）', '元'], ['(元)', '元'], ['/万元', '万元'], ['/元', '元'],
  ['（单位：万元）', '万元'], ['(单位:元)', '元'], ['（万元)', '万元'], ['(元）', '元'], ['（人民币 万元）', '万元'],
];

/** A header written by hand: any accepted name, spaces and line breaks inside, a unit suffix, a `*` marker. */
const writtenHeader = (defs: ReadonlyArray<AnyDef>) =>
  fc
    .record({
      def: fc.constantFrom(...defs),
      pick: fc.nat(),
      gaps: gapList,
      suffixGaps: gapList,
      suffix: fc.constantFrom(...SUFFIXES),
      star: fc.constantFrom('', '', '*', '＊'),
      before: fc.constantFrom('', ' ', '\n', '\u3000'),
      after: fc.constantFrom('', ' ', '\n', '\t'),
    })
    .map(({ def, pick, gaps, suffixGaps, suffix, star, before, after }) => {
      const names = [def.header, ...def.aliases];
      const name = names[pick % names.length];
      const text = before + star + sprinkle(name, gaps) + sprinkle(suffix[0], suffixGaps) + after;
      return { def, text, unit: suffix[1] };
    });

describe('header matching', () => {
  for (const { name, defs } of CATALOGUES) {
    const index = headerIndex(defs);
    it(`${name}: any canonical header or alias, spaced, broken over lines, with a unit suffix, maps to its column and unit`, () => {
      fc.assert(
        fc.property(writtenHeader(defs), ({ def, text, unit }) => {
          const k = headerKey(text);
          expect(index.get(k.key)?.key).toBe(def.key);
          expect(k.unit).toBe(unit);
        }),
        runs(5000),
      );
    });
  }

  it('headerKey finds the same unit suffix as the regex it replaced, on any mix of brackets, slashes and units', () => {
    // The reference: the original regex, fine on short text (it backtracks quadratically on long runs of `(`).
    const reference = (raw: string): { key: string; unit?: '万元' | '元' } => {
      let s = stripSpaces(raw).replace(/^\*+|\*+$/g, '');
      let unit: '万元' | '元' | undefined;
      for (let guard = 0; guard < 3; guard++) {
        const m = /(?:[(（][^)）]*[)）]|\/(?:万元|元))$/.exec(s);
        if (!m) break;
        if (/万元/.test(m[0])) unit = '万元';
        else if (/元/.test(m[0])) unit = '元';
        s = s.slice(0, m.index);
      }
      return { key: s, unit };
    };
    const text = fc.array(fc.constantFrom('(', '（', ')', '）', '/', '万元', '元', '万', '拨付', 'a', '*'), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (s) => expect(headerKey(s)).toEqual(reference(s))), runs(5000));
  });

  it('readTable finds a header row of written headers at any row ≤ 10, in any column order, with their units', () => {
    const distinctHeaders = fc
      .uniqueArray(writtenHeader(LEDGER_COLUMNS), { minLength: 3, maxLength: LEDGER_COLUMNS.length, selector: (h) => h.def.key })
      .chain((hs) => fc.tuple(fc.constant(hs), fc.shuffledSubarray(hs, { minLength: hs.length, maxLength: hs.length })));
    fc.assert(
      fc.property(distinctHeaders, fc.nat(9), fc.nat(3), ([, shuffled], headerAt, leftPad) => {
        const rows: CellValue[][] = [];
        for (let r = 0; r < headerAt; r++) rows.push([r === 0 ? '2018年度项目台账' : r === 1 ? '单位：万元' : null]);
        rows.push([...Array<CellValue>(leftPad).fill(null), ...shuffled.map((h) => h.text)]);
        rows.push([...Array<CellValue>(leftPad).fill(null), ...shuffled.map(() => 'x')]);
        const t = readTable({ name: '项目台账', values: rows }, LEDGER_COLUMNS);
        expect(t?.headerRow).toBe(headerAt);
        shuffled.forEach((h, i) => {
          expect((t!.columns as Record<string, unknown>)[h.def.key]).toMatchObject({ col: leftPad + i, unit: h.unit });
        });
        expect(t!.unknown).toEqual([]);
        expect(t!.bodyRows).toEqual([headerAt + 1]);
      }),
      runs(2000),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Scoring

/** A value with ≤ 2 decimals (points, targets as people set them). */
const twoPlaces = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const positiveTarget = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100), fc.integer({ min: 1, max: 100_000 }));
const actual = fc.oneof(twoPlaces(1_000_000), fc.double({ min: 0, max: 1e7, noNaN: true }));
const OPS: ReadonlyArray<QuantOp> = ['≥', '≤', '='];
const METHODS = ['线性', '比值'] as const;

describe('quantitativeScore', () => {
  it('a larger actual never lowers a ≥ score and never raises a ≤ score (either inverse method)', () => {
    fc.assert(
      fc.property(positiveTarget, actual, actual, twoPlaces(100), fc.constantFrom(...METHODS), (t, a1, a2, p, inverseMethod) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const ge = (a: number): number => quantitativeScore('≥', t, a, p, { inverseMethod }).score;
        const le = (a: number): number => quantitativeScore('≤', t, a, p, { inverseMethod }).score;
        expect(ge(hi)).toBeGreaterThanOrEqual(ge(lo));
        expect(le(hi)).toBeLessThanOrEqual(le(lo));
      }),
      runs(4000),
    );
  });

  it('every score stays within 0 … points, with or without 偏离扣分, for every comparison', () => {
    fc.assert(
      fc.property(
        // negative targets and actuals too: a ratio of two negatives must not score above the points
        fc.oneof(positiveTarget, fc.constant(0), positiveTarget.map((x) => -x)), fc.oneof(actual, fc.constant(0), actual.map((x) => -x)),
        twoPlaces(100), fc.constantFrom(...OPS), fc.constantFrom(...METHODS),
        fc.option(twoPlaces(20), { nil: undefined }),
        (t, a, p, op, inverseMethod, deviationPenalty) => {
          const { score, penalty } = quantitativeScore(op, t, a, p, { inverseMethod, deviationPenalty });
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(p);
          expect(roundHalfUp(score, 2)).toBe(score); // shown as computed: at most 2 decimals
          expect(penalty === 0 || penalty === deviationPenalty).toBe(true);
          if (op === '≥' && a >= t) expect(score).toBe(penalty ? Math.max(0, roundHalfUp(p - penalty, 2)) : p);
        },
      ),
      runs(4000),
    );
  });

  it('reaching the target exactly scores full points for every comparison', () => {
    fc.assert(
      fc.property(positiveTarget, twoPlaces(100), fc.constantFrom(...OPS), fc.constantFrom(...METHODS), (t, p, op, inverseMethod) => {
        expect(quantitativeScore(op, t, t, p, { inverseMethod }).score).toBe(p);
      }),
      runs(2000),
    );
  });
});

describe('budgetScore', () => {
  it('stays within 0 … 10 for any finite rate, grows with the rate, is 10 from 100 % on', () => {
    const rate = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -0.5, max: 2, noNaN: true }), fc.integer({ min: 0, max: 20000 }).map((x) => x / 10000));
    fc.assert(
      fc.property(rate, rate, (r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const s = budgetScore(hi)!;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(BUDGET_POINTS);
        expect(s).toBeGreaterThanOrEqual(budgetScore(lo)!);
        if (hi >= 1) expect(s).toBe(10);
      }),
      runs(10000),
    );
    expect(budgetScore(undefined)).toBeUndefined();
  });
});

/** A decimal text with ≤ 15 significant digits (what roundHalfUp promises to round exactly). */
const decimal15 = fc
  .tuple(fc.boolean(), fc.stringMatching(/^(0|[1-9][0-9]{0,8})$/), fc.stringMatching(/^[0-9]{0,6}$/))
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? '.' + frac : ''}`);

describe('roundHalfUp and gradeOf', () => {
  it('roundHalfUp(x, places) equals decimal half-up (away from zero) computed on the digits', () => {
    // Classic float traps, then random decimals.
    for (const s of ['1.005', '2.675', '89.995', '-1.005', '0.125', '1.0049999', '79.995', '59.995']) {
      expect(roundHalfUp(Number(s), 2)).toBe(Number(exactDecimal(halfUpDigits(s, 2), 2)));
    }
    fc.assert(
      fc.property(decimal15, fc.nat(4), (s, places) => {
        expect(roundHalfUp(Number(s), places)).toBe(Number(exactDecimal(halfUpDigits(s, places), places)));
      }),
      runs(10000),
    );
  });

  it('the grade of a total is the band of the total as shown (rounded half-up to 2 decimals), and never drops as the total grows', () => {
    // Totals with up to 4 decimals in −10 … 120, with the band edges (59.995, 89.995 …) favoured.
    const total = fc
      .oneof(fc.integer({ min: -100_000, max: 1_200_000 }), fc.constantFrom(599_950, 599_949, 799_950, 799_949, 899_950, 899_949, 900_000))
      .map((n) => exactDecimal(BigInt(n), 4));
    const bandOf = (cents: bigint): string => (GRADE_BANDS.find((b) => Number(cents) >= b.min * 100) ?? GRADE_BANDS[GRADE_BANDS.length - 1]).grade;
    const order = GRADE_BANDS.map((b) => b.grade);
    fc.assert(
      fc.property(total, total, (s1, s2) => {
        expect(gradeOf(Number(s1))).toBe(bandOf(halfUpDigits(s1, 2)));
        const [lo, hi] = Number(s1) <= Number(s2) ? [s1, s2] : [s2, s1];
        expect(order.indexOf(gradeOf(Number(hi)))).toBeLessThanOrEqual(order.indexOf(gradeOf(Number(lo))));
      }),
      runs(10000),
    );
    expect([gradeOf(89.995), gradeOf(89.994999), gradeOf(79.995), gradeOf(59.99)]).toEqual(['优', '良', '良', '差']);
  });
});
