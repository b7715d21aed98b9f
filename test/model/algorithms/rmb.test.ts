import { RMB_MAX_FEN, rmbUpper, rmbUpperOfDecimal } from '../../../src/model/algorithms';

// spec/algorithms.md: amount in 元 (as text, so no float is involved) → words with the 人民币 prefix
const VECTORS: [string, string][] = [
  ['0', '人民币零元整'],
  ['0.05', '人民币伍分'],
  ['0.5', '人民币伍角'],
  ['1.01', '人民币壹元零壹分'],
  ['1.10', '人民币壹元壹角'],
  ['10', '人民币壹拾元整'],
  ['325.04', '人民币叁佰贰拾伍元零肆分'],
  ['1409.50', '人民币壹仟肆佰零玖元伍角'],
  ['1680.32', '人民币壹仟陆佰捌拾元零叁角贰分'],
  ['6007.14', '人民币陆仟零柒元壹角肆分'],
  ['16409.02', '人民币壹万陆仟肆佰零玖元零贰分'],
  ['30500', '人民币叁万零伍佰元整'],
  ['107000.53', '人民币壹拾万柒仟元零伍角叁分'],
  ['200000.4', '人民币贰拾万元零肆角'],
  ['1000100', '人民币壹佰万零壹佰元整'],
  ['12000000', '人民币壹仟贰佰万元整'],
  ['100000001', '人民币壹亿零壹元整'],
  ['100010000', '人民币壹亿零壹万元整'],
  ['999999999999.99', '人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
];

/** '1409.50' → 140950 分, by string surgery (independent of decimalToFen). */
function fenOf(yuan: string): number {
  const [int, frac = ''] = yuan.split('.');
  return Number(int + frac.padEnd(2, '0'));
}

describe('rmbUpper: spec vectors', () => {
  it.each(VECTORS)('%s 元 → %s', (yuan, words) => {
    expect(rmbUpper(fenOf(yuan))).toEqual({ ok: true, text: words });
  });
  it.each(VECTORS)('%s 元 without the prefix', (yuan, words) => {
    expect(rmbUpper(fenOf(yuan), { prefix: false })).toEqual({
      ok: true,
      text: words.replace(/^人民币/, ''),
    });
  });
  it.each(VECTORS)('%s 元 through rmbUpperOfDecimal', (yuan, words) => {
    expect(rmbUpperOfDecimal(yuan, '元')).toEqual({ ok: true, text: words });
  });
});

describe('rmbUpper: further rules', () => {
  it.each([
    [-10000, '人民币负壹佰元整'],
    [-5, '人民币负伍分'],
    [-0, '人民币零元整'],
    [1_000_000_000_00, '人民币壹拾亿元整'],
    [1_000_100_000_000, '人民币壹佰亿零壹佰万元整'], // 100|0100|0000
    [1_001_000_000_000, '人民币壹佰亿壹仟万元整'], // 100|1000|0000: trailing zeros of the 亿 group unread
    [1_000_000_000_100, '人民币壹佰亿零壹元整'],
    [1_000_010_000, '人民币壹仟万零壹佰元整'],
    [1_000_010_001, '人民币壹仟万零壹佰元零壹分'],
    [1_000_100_000, '人民币壹仟万壹仟元整'], // 1000|1000: the 万 group ends in zeros, not read
    [1_500, '人民币壹拾伍元整'],
    [11_00, '人民币壹拾壹元整'],
    [101_00, '人民币壹佰零壹元整'],
    [110_00, '人民币壹佰壹拾元整'],
  ])('%d 分 → %s', (fen, words) => {
    expect(rmbUpper(fen)).toEqual({ ok: true, text: words });
  });

  it('puts 负 after the prefix and first without it', () => {
    expect(rmbUpper(-1_680_32, { prefix: false })).toEqual({ ok: true, text: '负壹仟陆佰捌拾元零叁角贰分' });
  });

  it('can leave out the optional 零 between 元 and 角', () => {
    expect(rmbUpper(1_680_32, { zeroBeforeJiao: false })).toEqual({
      ok: true,
      text: '人民币壹仟陆佰捌拾元叁角贰分',
    });
    // the 零 before 分 (角 = 0) is required and stays
    expect(rmbUpper(325_04, { zeroBeforeJiao: false })).toEqual({
      ok: true,
      text: '人民币叁佰贰拾伍元零肆分',
    });
  });

  it.each([RMB_MAX_FEN + 1, -RMB_MAX_FEN - 1, 1e20])('%d is out of range', (fen) => {
    expect(rmbUpper(fen)).toEqual({ ok: false, reason: 'range' });
  });
  it('accepts both ends of the range', () => {
    expect(rmbUpper(RMB_MAX_FEN).ok).toBe(true);
    expect(rmbUpper(-RMB_MAX_FEN).ok).toBe(true);
  });
  it.each([0.5, 37590.100000000006, NaN, Infinity])('%d is not an integer number of 分', (fen) => {
    expect(rmbUpper(fen)).toEqual({ ok: false, reason: 'notInteger' });
  });
});

describe('rmbUpperOfDecimal', () => {
  it('reads 万元: 1200 万元 → 人民币壹仟贰佰万元整', () => {
    expect(rmbUpperOfDecimal('1200', '万元')).toEqual({ ok: true, text: '人民币壹仟贰佰万元整' });
    expect(rmbUpperOfDecimal('37590.1', '万元', { prefix: false })).toEqual({
      ok: true,
      text: '叁亿柒仟伍佰玖拾万壹仟元整',
    });
    expect(rmbUpperOfDecimal('0.000123', '万元')).toEqual({ ok: true, text: '人民币壹元贰角叁分' });
  });
  it('rounds half away from zero to 分', () => {
    expect(rmbUpperOfDecimal('0.005', '元')).toEqual({ ok: true, text: '人民币壹分' });
    expect(rmbUpperOfDecimal('0.0049', '元')).toEqual({ ok: true, text: '人民币零元整' });
    expect(rmbUpperOfDecimal('-2.675', '元')).toEqual({ ok: true, text: '人民币负贰元陆角捌分' });
    expect(rmbUpperOfDecimal('999999999999.994', '元').ok).toBe(true);
  });
  it.each([
    ['999999999999.995', '元'],
    ['100000000', '万元'],
    ['1e30', '元'],
  ] as const)('%s %s is out of range', (text, unit) => {
    expect(rmbUpperOfDecimal(text, unit)).toEqual({ ok: false, reason: 'range' });
  });
  it.each(['', 'abc', '1,200', '12元', '--1', '.'])('%j is not a number', (text) => {
    expect(rmbUpperOfDecimal(text, '元')).toEqual({ ok: false, reason: 'notNumber' });
  });
});
