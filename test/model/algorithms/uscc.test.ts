import { checkUscc, orgCodeCheckChar, usccCheckChar } from '../../../src/model/algorithms';

describe('checkUscc: spec/algorithms.md vectors', () => {
  it.each([
    '914403001922038216',
    '91440300708461136T',
    '91330100716105852F',
    '91110000710925462X',
    '91110108MA005BCA25',
    '91110102689248179K',
  ])('%s is valid', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, code });
  });

  it.each([
    ['91110000MA01ABCD2X', 'Q'],
    ['91110108MA01ABCD2X', 'H'],
  ])('%s fails the check: should be %s', (code, expected) => {
    expect(checkUscc(code)).toEqual({ ok: false, reason: 'check', code, expected, position: 18 });
  });

  it('9144030019220382I6: I is not in the alphabet', () => {
    expect(checkUscc('9144030019220382I6')).toEqual({
      ok: false,
      reason: 'charset',
      code: '9144030019220382I6',
      badChar: 'I',
      position: 17,
    });
  });
});

describe('checkUscc: input handling', () => {
  it('trims, upper-cases and folds full-width characters first', () => {
    expect(checkUscc('  91440300708461136t\u3000')).toEqual({ ok: true, code: '91440300708461136T' });
    expect(checkUscc('９１１１０１０８ＭＡ００５ＢＣＡ２５')).toEqual({
      ok: true,
      code: '91110108MA005BCA25',
    });
  });

  it('takes spaces anywhere out, as in a patent number: people group a code in fours', () => {
    expect(checkUscc('9144 0300 7084 6113 6T')).toEqual({ ok: true, code: '91440300708461136T' });
    expect(checkUscc('9144 0300 7084 6113 6')).toMatchObject({ ok: false, reason: 'length', code: '91440300708461136' });
  });

  it.each(['', '91440300708461136', '91440300708461136TT', '9144 0300 7084 6113 6TT'])(
    '%j has the wrong length',
    (raw) => {
      expect(checkUscc(raw)).toMatchObject({ ok: false, reason: 'length' });
    },
  );

  it.each([
    ['O14403001922038216', 'O', 1],
    ['91440300192203821Z', 'Z', 18],
    ['9144030019220382-6', '-', 17],
    ['9144030019220382😀6', '😀', 17],
  ])('%s: bad character %s at %d', (raw, badChar, position) => {
    expect(checkUscc(raw)).toMatchObject({ ok: false, reason: 'charset', badChar, position });
  });

  it("reports 'orgCheck' (a warning) when only the embedded organization code fails GB 11714", () => {
    // 19220382-1 is the org code of 914403001922038216; change its check 1 → 3 and recompute the 18th.
    const first17 = '91440300192203823';
    const code = first17 + usccCheckChar(first17);
    expect(checkUscc(code)).toEqual({ ok: false, reason: 'orgCheck', code, expected: '1', position: 17 });
  });
});

describe('orgCodeCheckChar (GB 11714)', () => {
  it.each([
    // worked by hand: Σ = 1·3+9·7+2·9+2·10+0·5+3·8+8·4+2·2 = 164; 11 − 164 mod 11 = 1
    ['19220382', '1'],
    // M=22,A=10,0,0,5,B=11,C=12,A=10: 66+70+0+0+25+88+48+20 = 317; 11 − 317 mod 11 = 2
    ['MA005BCA', '2'],
    ['70846113', '6'],
    ['71610585', '2'],
    ['71092546', '2'],
    ['68924817', '9'],
  ])('%s → %s', (first8, check) => expect(orgCodeCheckChar(first8)).toBe(check));

  // one non-zero digit at a time, so Σ is a single weight: check = 11 − Σ mod 11, 10 → X, 11 → 0
  it.each([
    ['00000000', 0, '0'],
    ['00000006', 12, 'X'],
    ['00000005', 10, '1'],
    ['00000001', 2, '9'],
    ['10000000', 3, '8'],
    ['00000010', 4, '7'],
    ['00001000', 5, '6'],
    ['00100000', 9, '2'],
  ])('%s (Σ = %d) → %s', (first8, _sum, check) => expect(orgCodeCheckChar(first8)).toBe(check));
});
