/**
 * Property-based tests of the patent parser (fast-check). The check character is recomputed here
 * in a different way: weight of position i is 2 + (i mod 8), remainders indexed into '0123456789X'.
 */
import fc from 'fast-check';
import { parsePatentNumber, patentCheckChar, patentKindOfDigit } from '../../../src/model/algorithms';

const CHECK_CHARS = '0123456789X';
function referenceCheck(body: string): string {
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (2 + (i % 8)), 0);
  return CHECK_CHARS[sum % 11];
}

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const typeDigit = fc.constantFrom('1', '2', '3', '8', '9');

/** A valid body of either era: year, type digit, serial. */
const validBody = fc.oneof(
  fc.tuple(digits(4), typeDigit, digits(7)).map((p) => p.join('')),
  fc.tuple(digits(2), typeDigit, digits(5)).map((p) => p.join('')),
);

const SPACES = [' ', '\u3000', '\u00a0', '\t'];
const fullWidth = (ch: string) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);

/** Noise around a number: prefix, spaces between characters, a dot, full-width characters, lower-case x. */
const noise = fc.record({
  prefix: fc.constantFrom('', 'ZL', 'zl', 'Zl', 'CN', 'cn', 'ＺＬ', 'ｃｎ', 'ZL '),
  dot: fc.constantFrom('', '.', '．', ' . '),
  // per character: 0 plain, 1 full-width; and a space (index into SPACES + 1) or none after it
  width: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 13, maxLength: 13 }),
  gap: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 13, maxLength: 13 }),
  lowerX: fc.boolean(),
  pad: fc.constantFrom('', ' ', '\u3000'),
});

type Noise = typeof noise extends fc.Arbitrary<infer T> ? T : never;

function dress(body: string, check: string, n: Noise): string {
  const piece = (ch: string, k: number) =>
    (n.width[k] ? fullWidth(ch) : ch) +
    (n.gap[k] > 0 && n.gap[k] <= SPACES.length ? SPACES[n.gap[k] - 1] : '');
  const bodyText = [...body].map(piece).join('');
  const checkText = piece(n.lowerX ? check.toLowerCase() : check, body.length);
  return n.pad + n.prefix + bodyText + n.dot + checkText + n.pad;
}

describe('patent numbers: properties', () => {
  it('a valid number survives any noise unchanged', () => {
    fc.assert(
      fc.property(validBody, noise, (body, n) => {
        const check = referenceCheck(body);
        const parsed = parsePatentNumber(dress(body, check, n));
        const era = body.length === 12 ? 'new' : 'old';
        expect(parsed).toEqual({
          ok: true,
          body,
          check,
          application: body + check,
          era,
          type: patentKindOfDigit(body[era === 'new' ? 4 : 2]),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('changing any single character of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(validBody, fc.nat(), fc.constantFrom(...CHECK_CHARS), (body, at, replacement) => {
        const number = body + referenceCheck(body);
        const i = at % number.length;
        const isCheck = i === number.length - 1;
        fc.pre(replacement !== number[i] && (isCheck || replacement !== 'X'));
        const changed = number.slice(0, i) + replacement + number.slice(i + 1);
        const parsed = parsePatentNumber(changed);
        expect(parsed.ok).toBe(false);
        // the body keeps its shape, so it is always the check that catches the change
        expect(parsed).toMatchObject({
          reason: 'check',
          expectedCheck: referenceCheck(changed.slice(0, -1)),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('patentCheckChar agrees with the independent re-computation on any 8- or 12-digit body', () => {
    fc.assert(
      fc.property(fc.oneof(digits(8), digits(12)), (body) => {
        expect(patentCheckChar(body)).toBe(referenceCheck(body));
      }),
      { numRuns: 2000 },
    );
  });
});
