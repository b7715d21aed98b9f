/**
 * normalizePatentText's shortcut for plainly written numbers (`ZL201510123456.7`) must agree with
 * the documented normalisation: half-width, upper case, whitespace and dots removed, one leading
 * ZL / CN dropped.
 */
import fc from 'fast-check';
import { normalizePatentText, patentKey } from '../../../src/model/algorithms/patent';
import { foldFullWidth as toHalfWidth } from '../../../src/model/algorithms/halfwidth';

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

describe('patentKey', () => {
  /** The key as documented: the normalized text with a dot before its last character. */
  const dotted = (raw: string): string => {
    const n = normalizePatentText(raw);
    return n === '' ? '' : n.slice(0, -1) + '.' + n.slice(-1);
  };
  const anyText = fc.oneof(written, fc.string(), fc.string({ unit: 'binary' }));

  it('is the normalized text with a dot before its last character, on any way of writing a number', () => {
    fc.assert(fc.property(anyText, (raw) => patentKey(raw) === dotted(raw)), { numRuns: 20_000 });
  });

  it('is the same for two texts exactly when their normalized texts are', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => (patentKey(a) === patentKey(b)) === (normalizePatentText(a) === normalizePatentText(b))),
      { numRuns: 5_000 }
    );
    const same = ['ZL201510123456.7', 'CN2015101234567', '201510123456.7', '2015101234567', ' ２０１５１０１２３４５６．７ ', 'zl 2015 1 01234567'];
    for (const a of same) for (const b of same) expect(patentKey(a)).toBe(patentKey(b));
    expect(patentKey('201510123456.7')).not.toBe(patentKey('201510123456.8'));
    expect(patentKey('20151012345.67')).toBe(patentKey('2015101234567'));
    expect(patentKey('')).toBe('');
    expect(patentKey(' . ')).toBe('');
  });
});
