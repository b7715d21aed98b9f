/**
 * Property-based tests of the USCC check (fast-check). The reference checks are written differently
 * from the implementation: the GB 32100 weights are 3^i mod 31 and the GB 11714 weights 2^(8−i) mod 11,
 * both computed here rather than listed; letters are valued by their char code.
 */
import fc from 'fast-check';
import { checkUscc } from '../../../src/model/algorithms';
import { validAsWritten } from '../../../src/model/algorithms/uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const FORBIDDEN = 'IOZSV';

const powMod = (b: number, e: number, m: number) => {
  let r = 1;
  for (let k = 0; k < e; k++) r = (r * b) % m;
  return r;
};

function referenceUsccCheck(first17: string): string {
  const s = [...first17].reduce((acc, ch, i) => acc + ALPHABET.indexOf(ch) * powMod(3, i, 31), 0);
  return ALPHABET[((-s % 31) + 31) % 31];
}

/** GB 11714: digits are their value, letters A=10 … Z=35. */
function referenceOrgCheck(first8: string): string {
  const value = (ch: string) => (ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55);
  const s = [...first8].reduce((acc, ch, i) => acc + value(ch) * powMod(2, 8 - i, 11), 0);
  const c = (11 - (s % 11)) % 11; // 11 → 0
  return c === 10 ? 'X' : String(c);
}

const chars = (n: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: n, maxLength: n }).map((a) => a.join(''));

/** A fully valid code: registration part, organization code with its GB 11714 check, overall check. */
const validCode = fc.tuple(chars(8), chars(8)).map(([head, org8]) => {
  const first17 = head + org8 + referenceOrgCheck(org8);
  return first17 + referenceUsccCheck(first17);
});

describe('USCC: properties', () => {
  it('codes built from the alphabet with both checks right pass, also lower-case or full-width', () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom('plain', 'lower', 'full'), (code, form) => {
        const raw =
          form === 'lower'
            ? code.toLowerCase()
            : form === 'full'
              ? code.replace(/./g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
              : code;
        expect(checkUscc(raw)).toEqual({ ok: true, code });
      }),
      { numRuns: 2000 },
    );
  });

  it('any single substitution from the alphabet fails the check and names the right 18th character', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...ALPHABET), (code, i, ch) => {
        fc.pre(code[i] !== ch);
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        expect(checkUscc(changed)).toEqual({
          ok: false,
          reason: 'check',
          code: changed,
          expected: referenceUsccCheck(changed.slice(0, 17)),
          position: 18,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('a substitution outside the alphabet is a charset failure at that position', () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...FORBIDDEN, '-', '*', '中'),
        (code, i, ch) => {
          const changed = code.slice(0, i) + ch + code.slice(i + 1);
          expect(checkUscc(changed)).toMatchObject({
            ok: false,
            reason: 'charset',
            badChar: ch,
            position: i + 1,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('with the overall check right, only the org check decides between ok and orgCheck', () => {
    fc.assert(
      fc.property(chars(17), (first17) => {
        const code = first17 + referenceUsccCheck(first17);
        const orgOk = referenceOrgCheck(code.slice(8, 16)) === code[16];
        expect(checkUscc(code)).toEqual(
          orgOk
            ? { ok: true, code }
            : {
                ok: false,
                reason: 'orgCheck',
                code,
                expected: referenceOrgCheck(code.slice(8, 16)),
                position: 17,
              },
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('validAsWritten — L010\'s question of every row before checkUscc — holds exactly the codes checkUscc passes as written', () => {
    /** A valid code, one of its characters changed (or not): to any character of the alphabet, a lower-case or full-width one, a space. */
    const nearValid = fc.tuple(validCode, fc.nat(18), fc.constantFrom(...ALPHABET, ...FORBIDDEN, 'a', 'y', '０', 'Ａ', ' ', '')).map(([code, at, ch]) => code.slice(0, at) + ch + code.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(validCode, nearValid, chars(18), fc.string({ maxLength: 20 })), (raw) => {
        const r = checkUscc(raw);
        expect(validAsWritten(raw)).toBe(r.ok && r.code === raw);
      }),
      { numRuns: 5000 },
    );
  });
});
