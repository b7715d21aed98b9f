/**
 * normalizePatentText's shortcut for plainly written numbers (`ZL201510123456.7`) must agree with
 * the documented normalisation: half-width, upper case, whitespace and dots removed, one leading
 * ZL / CN dropped.
 */
import fc from 'fast-check';
import { normalizePatentText } from '../../../src/model/algorithms/patent';
import { toHalfWidth } from '../../../src/model/algorithms/halfwidth';

const documented = (raw: string): string =>
  toHalfWidth(raw)
    .toUpperCase()
    .replace(/[\s.]/g, '')
    .replace(/^(ZL|CN)/, '');

const piece = fc.constantFrom('ZL', 'CN', 'zl', 'Cn', 'ZLCN', '.', ' ', 'X', 'x', '２', '．', '\u3000', '', 'A');
const digits = fc.stringMatching(/^\d{0,14}$/);
const written = fc
  .tuple(
    fc.array(piece, { maxLength: 2 }),
    digits,
    fc.array(piece, { maxLength: 2 }),
    fc.constantFrom('', '.', '..'),
    fc.constantFrom('', '7', 'X', 'x', '0')
  )
  .map(([pre, d, mid, dot, check]) => pre.join('') + d.slice(0, 6) + mid.join('') + d.slice(6) + dot + check);

describe('normalizePatentText', () => {
  it('agrees with the documented normalisation on any way of writing a number', () => {
    fc.assert(
      fc.property(written, (raw) => normalizePatentText(raw) === documented(raw)),
      { numRuns: 20_000 }
    );
  });

  it.each([
    ['ZL201510123456.7', '2015101234567'],
    ['CN200710308494X', '200710308494X'],
    ['201510123456.7', '2015101234567'],
    ['ZLCN201510123456.7', 'CN2015101234567'],
    ['2015.101234567', '2015101234567'],
    ['zl201510123456.x', '201510123456X'],
    ['ＺＬ２０１５ １ ０１２３４５６．７', '2015101234567'],
  ])('%s → %s', (raw, want) => {
    expect(normalizePatentText(raw)).toBe(want);
    expect(documented(raw)).toBe(want);
  });
});
