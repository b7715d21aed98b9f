import { findingText, formatFinding, LOCALES } from '../../src/model/messages';
import { RULE_IDS, RULES, ruleTitle } from '../../src/model/rules';
import type { AnyParamKind, ParamKinds } from '../../src/model/rules/define';

/** A value of each declared parameter (codes: the first of the kind's table, found by trying). */
function sampleParams(params: ParamKinds): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, kind] of Object.entries(params) as [string, AnyParamKind][]) {
    out[k] = kind.kind === 'list' ? [`<${k}1>`, `<${k}2>`] : kind.kind === 'number' ? 7 : kind.kind === 'code' ? undefined : `<${k}>`;
  }
  return out;
}

describe('message maps', () => {
  it('every message of every rule has its text in both locales', () => {
    for (const r of RULES)
      for (const m of Object.values(r.messages)) for (const locale of LOCALES) expect(typeof m[locale]).toBe('function');
  });
  it('every rule id has at least one message', () => {
    for (const id of RULE_IDS) expect(Object.keys(RULES.find((r) => r.id === id)!.messages).length).toBeGreaterThan(0);
  });
  it('no message leaves a placeholder unfilled when its declared params are given', () => {
    for (const r of RULES)
      for (const [variant, m] of Object.entries(r.messages)) {
        const params = sampleParams(m.params);
        const texts = LOCALES.map((locale) => formatFinding({ rule: r.id, variant: variant === 'main' ? undefined : variant, params } as never, locale));
        for (const text of texts) {
          expect(text).not.toMatch(/undefined|NaN|\[object/);
          expect(text.length).toBeGreaterThan(5);
        }
        // every text param given appears in the text of one locale at least
        for (const [k, v] of Object.entries(params)) if (typeof v === 'string') expect(texts.join('\n')).toContain(`<${k}>`);
      }
  });
  it('zh-CN text is Chinese and names the project', () => {
    const f = { rule: 'L011' as const, projectId: 'XJZL2017-012', params: { prior: '20', disbursed: '15', sum: '35', approved: '30', excess: '5', unit: '万元' as const } };
    expect(findingText(f)).toBe('项目 XJZL2017-012：以前年度累计拨付 20 + 本年拨付 15 = 35 万元，超过财政支持资金 30 万元（超出 5 万元）。');
    expect(findingText(f, 'en-US')).toMatch(/^Project XJZL2017-012: /);
  });
});

describe('rule titles', () => {
  it('every rule has a short title in both locales', () => {
    for (const locale of LOCALES) for (const id of RULE_IDS) expect(ruleTitle(id, locale)).toMatch(/\S/);
  });
});
