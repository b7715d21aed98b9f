/**
 * validPatentKind — L007/L008's question of every 专利号, answered for a number written plainly
 * without making a string — must agree with parsePatentNumber on any text: a kind exactly when the
 * parse is ok, and the parse's type.
 */
import fc from 'fast-check';
import { parsePatentNumber, patentCheckChar, validPatentKind } from '../../../src/model/algorithms/patent';

const byParse = (raw: string): string | undefined => {
  const r = parsePatentNumber(raw);
  return r.ok ? r.type : undefined;
};

/** Bodies of 7, 8, 9, 11, 12 and 13 digits with any type digit, and their right check or a wrong one. */
const numberText = fc
  .tuple(
    fc.constantFrom(7, 8, 9, 11, 12, 13).chain((n) => fc.stringMatching(new RegExp(`^\\d{${n}}$`))),
    fc.boolean(),
    fc.constantFrom('', 'ZL', 'CN', 'zl', 'ZL ', 'ＺＬ', 'CNZL'),
    fc.constantFrom('', '.', '．', ' ', '..'),
    fc.constantFrom('', ' '),
  )
  .map(([body, right, prefix, dot, pad]) => {
    const check = body.length === 8 || body.length === 12 ? patentCheckChar(body) : '7';
    const c = right ? check : check === '3' ? 'X' : '3';
    return prefix + body + dot + c + pad;
  });
/** Texts of the characters a number is written with, and a few it is not. */
const anyText = fc.array(fc.constantFrom('Z', 'L', 'C', 'N', '.', 'X', 'x', '0', '1', '2', '3', '8', '9', '5', ' ', '２', '．', 'A', '-'), { maxLength: 18 }).map((a) => a.join(''));

describe('validPatentKind', () => {
  it('gives the kind exactly when parsePatentNumber reads a valid number, and the same kind', () => {
    fc.assert(fc.property(fc.oneof(numberText, anyText), (raw) => expect(validPatentKind(raw)).toBe(byParse(raw))), { numRuns: 3000 });
  });

  it('knows every type of either era written plainly, and refuses a wrong check character', () => {
    for (const body of ['201710736136', '200710308494', '202220828888', '202130008888', '201880001234', '201990001234', '98100001', '93200001', '85300001', '201740001234', '93600001']) {
      const check = patentCheckChar(body);
      for (const raw of [body + check, `${body}.${check}`, `ZL${body}.${check}`, `CN${body}${check}`]) expect(validPatentKind(raw)).toBe(byParse(raw));
      const wrong = check === '1' ? '2' : '1';
      expect(validPatentKind(body + wrong)).toBeUndefined();
    }
    expect(validPatentKind('ZL201710736136.2')).toBe('发明');
    expect(validPatentKind('202220828888.8')).toBe('实用新型');
  });
});
