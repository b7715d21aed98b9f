/**
 * plainDigits — the one-pass scan that L007, L008 (validPatentKind) and L015 (normalizePatentText)
 * ask of every 专利号 — must read exactly what its regular expression reads: a number written
 * plainly, /^(?:ZL|CN)?(\d+)\.?[\dX]$/, and the length of the digits before the check character.
 */
import fc from 'fast-check';
import { plainDigits } from '../../../src/model/algorithms/patent';

const PLAIN = /^(?:ZL|CN)?(\d+)\.?[\dX]$/;
const byRegex = (raw: string): number => {
  const m = PLAIN.exec(raw);
  return m ? m[1].length : -1;
};

/** The characters a number is written with, and the near misses: full-width digits and dots, lower case, other letters, spaces, lone surrogates. */
const piece = fc.constantFrom('ZL', 'CN', 'zl', 'Z', 'L', 'C', 'N', 'X', 'x', '.', '..', '．', '０', '９', '/', ':', ' ', '\u3000', '\ud800', '\udc00', '\ud83d\ude00', 'A', '-', '\n');
const text = fc.array(fc.oneof(fc.stringMatching(/^\d{1,13}$/), piece), { maxLength: 6 }).map((a) => a.join(''));
/** Numbers as ledgers write them, one character changed at most. */
const number = fc
  .tuple(fc.constantFrom('', 'ZL', 'CN'), fc.stringMatching(/^\d{0,13}$/), fc.constantFrom('', '.'), fc.constantFrom('', '0', '7', 'X'), fc.nat(16), fc.oneof(piece, fc.constant('')))
  .map(([prefix, digits, dot, check, at, swap]) => {
    const s = prefix + digits + dot + check;
    return s.slice(0, at) + swap + s.slice(at + (swap === '' ? 0 : 1));
  });

describe('plainDigits', () => {
  it('agrees with /^(?:ZL|CN)?(\\d+)\\.?[\\dX]$/ on any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, number, fc.string(), fc.string({ unit: 'binary' })), (raw) => expect(plainDigits(raw)).toBe(byRegex(raw))),
      { numRuns: 20_000 }
    );
  });

  it.each([
    ['', -1], ['X', -1], ['1', -1], ['.1', -1], ['1.', -1], ['12', 1], ['1X', 1], ['1.X', 1], ['1..2', -1],
    ['ZL', -1], ['ZL1', -1], ['ZL12', 1], ['ZL.12', -1], ['CN1.2', 1], ['ZLCN12', -1], ['zl12', -1], ['CNX', -1],
    ['201513860630.X', 12], ['ZL201710736136.2', 12], ['CN200710308494X', 12], ['98100001.5', 8],
    ['２０１５１０１２３４５６.７', -1], ['201510123456．7', -1], ['201510123456x', -1], ['2015101234567 ', -1],
    ['\ud8002015101234567', -1], ['201510123456.\udc00', -1],
  ])('%j → %d', (raw, want) => {
    expect(plainDigits(raw)).toBe(want);
    expect(byRegex(raw)).toBe(want);
  });
});
