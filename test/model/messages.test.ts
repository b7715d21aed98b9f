import { RULE_IDS } from '../../src/model/findings';
import { findingText, formatFinding, LOCALES, messageTable, RULE_TITLES } from '../../src/model/messages';

describe('message maps', () => {
  const zh = messageTable('zh-CN');
  const en = messageTable('en-US');
  it('zh-CN and en-US have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it('every rule id has at least one message', () => {
    for (const id of RULE_IDS) expect(Object.keys(zh).some((k) => k === id || k.startsWith(id + '.'))).toBe(true);
  });
  it('no message leaves a placeholder unfilled when its params are given', () => {
    const params = new Proxy({}, { get: (_t, k) => (typeof k === 'string' ? `<${k}>` : undefined) }) as Record<string, string>;
    for (const locale of LOCALES)
      for (const key of Object.keys(messageTable(locale))) {
        const [rule, variant] = key.split('.');
        const text = formatFinding({ rule: rule as never, variant, params }, locale);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        expect(text.length).toBeGreaterThan(5);
      }
  });
  it('zh-CN text is Chinese and names the project', () => {
    const f = { rule: 'L011' as const, projectId: 'XJZL2017-012', params: { prior: '20', disbursed: '15', sum: '35', approved: '30', excess: '5', unit: '万元' } };
    expect(findingText(f)).toBe('项目 XJZL2017-012：以前年度累计拨付 20 + 本年拨付 15 = 35 万元，超过财政支持资金 30 万元（超出 5 万元）。');
    expect(findingText(f, 'en-US')).toMatch(/^Project XJZL2017-012: /);
  });
});

describe('rule titles', () => {
  it('every rule has a short title in both locales', () => {
    for (const locale of LOCALES) for (const id of RULE_IDS) expect(RULE_TITLES[locale][id]).toMatch(/\S/);
  });
});
