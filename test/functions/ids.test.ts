// RMBUPPER, PATENTVALID, PATENTTYPE, USCCVALID (vectors of algorithms.md).
import { patentType, patentValid, rmbUpperOf, usccValid } from '../../src/model/functions';

describe('functions.md examples', () => {
  it('RMBUPPER(1200, "万元"), PATENTVALID, PATENTTYPE, USCCVALID', () => {
    expect(rmbUpperOf(1200, '万元', null)).toBe('人民币壹仟贰佰万元整');
    expect(patentValid('ZL200710308494.X')).toBe(true);
    expect(patentType('ZL200710308494.X')).toBe('发明');
    expect(usccValid('91110000710925462X')).toBe(true);
  });
});

describe('RMBUPPER', () => {
  it.each([
    [0, '人民币零元整'], [0.05, '人民币伍分'], [1.01, '人民币壹元零壹分'], [325.04, '人民币叁佰贰拾伍元零肆分'],
    [1680.32, '人民币壹仟陆佰捌拾元零叁角贰分'], [30500, '人民币叁万零伍佰元整'], [100000001, '人民币壹亿零壹元整'],
  ] as const)('%d 元 → %s (default unit 元)', (amount, words) => {
    expect(rmbUpperOf(amount, null, null)).toBe(words);
    expect(rmbUpperOf(amount, '元', true)).toBe(words);
  });

  it('万元, prefix FALSE, text amounts', () => {
    expect(rmbUpperOf(1200, '万元', false)).toBe('壹仟贰佰万元整');
    expect(rmbUpperOf(37590.1, '万元', null)).toBe('人民币叁亿柒仟伍佰玖拾万壹仟元整');
    expect(rmbUpperOf('1,680.32', null, false)).toBe('壹仟陆佰捌拾元零叁角贰分');
    expect(rmbUpperOf('1200万元', null, null)).toBe('人民币壹仟贰佰万元整');
    expect(rmbUpperOf(-100, null, null)).toBe('人民币负壹佰元整');
    expect(rmbUpperOf(0.1 + 0.2, null, null)).toBe('人民币叁角');
  });

  it('a bad unit or amount is #VALUE!; an amount too large is #NUM!', () => {
    expect(rmbUpperOf(1, '美元', null)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('美元') } });
    expect(rmbUpperOf('一百', null, null)).toMatchObject({ error: '#VALUE!' });
    expect(rmbUpperOf(null, null, null)).toMatchObject({ error: '#VALUE!' });
    expect(rmbUpperOf(1e12, null, null)).toEqual({ error: '#NUM!' });
  });
});

describe('PATENTVALID / PATENTTYPE', () => {
  it.each(['ZL200710308494.X', 'CN202111118032.8', '2017 1 0736136.2', '200510030457.8', 'ＺＬ２００７１０３０８４９４．Ｘ'])('%s is valid', (n) => {
    expect(patentValid(n)).toBe(true);
  });

  it.each(['201710736136.3', '20171073613.2', 'ZL2017107361362X', 'abc'])('%s is not', (n) => {
    expect(patentValid(n)).toBe(false);
    expect(patentType(n)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining(n) } });
  });

  it('types, and the expected check character in the message', () => {
    expect(patentType('ZL202220828888.8')).toBe('实用新型');
    expect(patentType('201710736136.3')).toMatchObject({ message: { 'zh-CN': expect.stringContaining('应为 2') } });
  });

  it('a number cell reads as its digits', () => {
    expect(patentValid(2005100304578)).toBe(true);
    expect(patentType(2005100304578)).toBe('发明');
  });
});

describe('USCCVALID', () => {
  it.each(['914403001922038216', '91440300708461136T', '91110108MA005BCA25', ' 91110102689248179k '])('%s is valid', (c) => {
    expect(usccValid(c)).toBe(true);
  });

  it.each(['91110000MA01ABCD2X', '91110108MA01ABCD2X', '9144030019220382I6', '12345'])('%s is not', (c) => {
    expect(usccValid(c)).toBe(false);
  });

  it('a code typed as a number has lost digits: FALSE; errors pass through; blank is #VALUE!', () => {
    // Excel keeps 15 significant digits: the 18-digit code typed as a number arrives rounded.
    expect(usccValid(Number('914403001922038216'))).toBe(false);
    expect(usccValid({ code: '#N/A' })).toEqual({ error: '#N/A' });
    expect(usccValid('')).toMatchObject({ error: '#VALUE!' });
  });
});
