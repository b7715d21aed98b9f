/**
 * Credit codes, patent numbers and project ids as people write them (sweep C7): spaces in a credit
 * code are no characters of it, as in a patent number; a message quotes the cell as written, not
 * the half-width text the rule compared; two numbers in one 专利号 cell are named as such.
 */
import { checkWorkbook } from '../../../src/model/check';
import { findingText } from '../../../src/model/messages';
import { book, validRow, type Row } from '../support/ledger';

const found = (second: Row): Array<[string, string | undefined, string]> =>
  checkWorkbook(book({ rows: [validRow(0), { ...validRow(1), ...second }, validRow(3)] })).findings.map((f) => [f.rule, f.variant, findingText(f, 'zh-CN')]);

describe('统一社会信用代码 with spaces and full-width characters (L010)', () => {
  it.each(['9144 0300 7084 6113 6T', '91440300 708461136T', ' 91440300708461136T ', '９１４４０３００７０８４６１１３６Ｔ', '9144\u00a00300\u30007084611 36t'])('%p is the valid code it spells', (code) => {
    expect(found({ 统一社会信用代码: code })).toEqual([]);
  });
  it('a code with spaces and a wrong character is judged on its 18 characters, and quoted as written', () => {
    expect(found({ 统一社会信用代码: '9144 0300 7084 6113 6X' })).toEqual([['L010', 'check', expect.stringContaining('统一社会信用代码“9144 0300 7084 6113 6X”校验位错误，应为 T')]]);
    expect(found({ 统一社会信用代码: '9165 0104 6146 8457' })).toEqual([['L010', 'length', expect.stringContaining('“9165 0104 6146 8457”应为 18 位，实为 16 位')]]);
  });
  it('a full-width code is quoted full-width', () => {
    expect(found({ 统一社会信用代码: '９１４４０３００７０８４６１１３６Ｘ' })).toEqual([['L010', 'check', expect.stringContaining('“９１４４０３００７０８４６１１３６Ｘ”')]]);
  });
});

describe('a 统一社会信用代码 typed as a number (Excel keeps 15 digits) or saved as 9.16501E+17 (L010.number)', () => {
  it.each([
    [916501046146845000, '916501046146845000'],
    ['9.16501E+17', '9.16501E+17'],
  ] as const)('%p: says the digits are lost, never a check character to append to a wrong code', (cell, shown) => {
    expect(found({ 统一社会信用代码: cell })).toEqual([['L010', 'number', expect.stringContaining(`统一社会信用代码“${shown}”是以数字录入的`)]]);
  });
  it('a code of digits only, written as text, is still checked as a code', () => {
    expect(found({ 统一社会信用代码: '916501046146845000' })).toEqual([['L010', 'check', expect.stringContaining('校验位错误')]]);
  });
});

describe('专利号 saved in scientific notation (a CSV from Excel of numbers typed without ZL): L007.number, no L015', () => {
  it('two projects whose numbers both print 2.01511E+12: each said to have lost its digits, neither a repeat of the other', () => {
    const f = checkWorkbook(book({ rows: [validRow(0), { ...validRow(1), 专利号: '2.01511E+12' }, { ...validRow(3), 专利号: '2.01511E+12' }] })).findings;
    expect(f.map((x) => [x.rule, x.variant])).toEqual([['L007', 'number'], ['L007', 'number']]);
    expect(findingText(f[0], 'zh-CN')).toContain('专利号“2.01511E+12”是以数字录入、显示为科学计数法的');
  });
});

describe('专利号 as written (L007)', () => {
  it.each([
    ['201710736136.2、202220828888.8', 2], ['201710736136.2；202220828888.8', 2], ['ZL201710736136.2, ZL202220828888.8', 2],
    ['201710736136.2 202220828888.8', 2], ['201710736136.2/202220828888.8/200710308494.X', 3], ['201710736136.3；202220828888.8', 2],
  ])('%p: one cell holds %p numbers', (text, count) => {
    const f = found({ 专利号: text });
    expect(f).toEqual([['L007', 'several', `项目 XJZL2017-002：专利号“${text}”：一格中有 ${count} 个专利号，每格只填一个。`]]);
  });
  it.each(['专利号：ZL201710736136.2', '专利号:201710736136.2', '申请号：201710736136.2', 'ZL201710736136·2', 'ＺＬ２０１７１０７３６１３６・２'])('%p is the number it names', (text) => {
    expect(found({ 专利号: text, 专利类型: '发明' })).toEqual([]);
  });
  it('a malformed number is quoted as the cell holds it (full-width punctuation kept)', () => {
    expect(found({ 专利号: '专利号：ZL2017107361' })).toEqual([['L007', undefined, expect.stringContaining('专利号“专利号：ZL2017107361”格式不正确')]]);
    expect(found({ 专利号: 'ＺＬ２０１７１０７３６１３６．３' })).toEqual([['L007', 'check', expect.stringContaining('专利号“ＺＬ２０１７１０７３６１３６．３”校验位错误')]]);
  });
  it('a malformed text with separators but not two numbers stays 格式不正确', () => {
    expect(found({ 专利号: '201710736136.2、待补' })).toEqual([['L007', undefined, expect.stringContaining('格式不正确')]]);
  });
});

describe('L004 quotes the duplicate as its cell holds it', () => {
  it('a full-width repeat of an id', () => {
    const r = checkWorkbook(book({ rows: [validRow(0), { ...validRow(1), 项目编号: 'ＸＪＺＬ２０１７－００１' }] }));
    expect(r.findings.map((f) => [f.rule, f.params])).toEqual([['L004', { id: 'ＸＪＺＬ２０１７－００１', firstCell: 'A2' }]]);
  });
});
