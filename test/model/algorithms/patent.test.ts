import {
  normalizePatentText,
  parsePatentNumber,
  patentCheckChar,
  patentKindOfDigit,
} from '../../../src/model/algorithms';

describe('patentCheckChar: spec/algorithms.md vectors', () => {
  // [body, weighted sum, check]
  const vectors: [string, number, string][] = [
    ['200710308494', 153, 'X'],
    ['202111118032', 85, '8'],
    ['201710736136', 189, '2'],
    ['202110408724', 120, 'X'],
    ['202210217055', 112, '2'],
    ['202220828888', 228, '8'],
    ['01105715', 139, '7'],
    ['00125301', 74, '8'],
  ];
  it.each(vectors)('%s (sum %d) → %s', (body, sum, check) => {
    // the weighted sum of the table agrees with the check character it implies
    expect(sum % 11 === 10 ? 'X' : String(sum % 11)).toBe(check);
    expect(patentCheckChar(body)).toBe(check);
  });

  it('rejects bodies that are not 8 or 12 digits (a programming error, not user data)', () => {
    expect(() => patentCheckChar('20171073613')).toThrow(RangeError);
    expect(() => patentCheckChar('2017107361X6')).toThrow(RangeError);
  });
});

describe('parsePatentNumber', () => {
  it.each([
    ['ZL200710308494.X', '200710308494', 'X', '发明', 'new'],
    ['CN202111118032.8', '202111118032', '8', '发明', 'new'],
    ['2017 1 0736136.2', '201710736136', '2', '发明', 'new'],
    ['200510030457.8', '200510030457', '8', '发明', 'new'],
    ['202220828888.8', '202220828888', '8', '实用新型', 'new'],
    ['01105715.7', '01105715', '7', '发明', 'old'],
    ['00125301.8', '00125301', '8', '发明', 'old'],
    ['zl200710308494.x', '200710308494', 'X', '发明', 'new'],
  ])('valid: %s', (raw, body, check, type, era) => {
    expect(parsePatentNumber(raw)).toEqual({ ok: true, body, check, application: body + check, type, era });
  });

  it.each([
    ['201710736136.3', { ok: false, reason: 'check', normalized: '2017107361363', expectedCheck: '2' }],
    ['20171073613.2', { ok: false, reason: 'format', normalized: '201710736132' }],
    ['ZL2017107361362X', { ok: false, reason: 'format', normalized: '2017107361362X' }],
    ['', { ok: false, reason: 'format', normalized: '' }],
    ['专利 201710736136.2', { ok: false, reason: 'format', normalized: '专利2017107361362' }],
  ])('invalid: %s', (raw, expected) => {
    expect(parsePatentNumber(raw)).toEqual(expected);
  });

  it("reports 'type' for a correct check digit on an unknown type digit", () => {
    // type digit 4 (5th of 12) and 5 (3rd of 8); check characters computed by patentCheckChar
    const newEra = '201740736136';
    const oldEra = '01505715';
    expect(parsePatentNumber(newEra + patentCheckChar(newEra))).toMatchObject({ ok: false, reason: 'type' });
    expect(parsePatentNumber(oldEra + patentCheckChar(oldEra))).toMatchObject({ ok: false, reason: 'type' });
  });

  describe('workbook.md forms all read as 201510123456 + check', () => {
    // Σ = 2·2+0·3+1·4+5·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 133; 133 mod 11 = 1, so '.7' is a wrong check.
    const forms = [
      'ZL201510123456.7',
      'CN201510123456.7',
      '201510123456.7',
      '2015 1 0123456.7',
      '２０１５１０１２３４５６．７',
      'ＺＬ２０１５\u3000１\u00a0０１２３４５６．７',
      ' cn 2015 1 0123456 . 7 ',
    ];
    it.each(forms)('%s normalises to 2015101234567', (raw) => {
      expect(normalizePatentText(raw)).toBe('2015101234567');
    });
    it.each(forms)("%s is a 'check' failure expecting 1", (raw) => {
      expect(parsePatentNumber(raw)).toEqual({
        ok: false,
        reason: 'check',
        normalized: '2015101234567',
        expectedCheck: '1',
      });
    });
    it.each(forms.map((f) => f.replace(/[7７]([\s]*)$/, '1$1')))('%s with check 1 is valid', (raw) => {
      expect(parsePatentNumber(raw)).toEqual({
        ok: true,
        body: '201510123456',
        check: '1',
        application: '2015101234561',
        type: '发明',
        era: 'new',
      });
    });
  });
});

describe('patentKindOfDigit', () => {
  it.each([
    ['1', '发明'],
    ['2', '实用新型'],
    ['3', '外观设计'],
    ['8', 'PCT发明'],
    ['9', 'PCT实用新型'],
  ])('%s → %s', (d, kind) => expect(patentKindOfDigit(d)).toBe(kind));
  it.each(['0', '4', '5', '6', '7', 'X', '', 'toString', '12'])('%j → undefined', (d) =>
    expect(patentKindOfDigit(d)).toBeUndefined(),
  );
});
