import { formatFinding, LOCALES } from '../../../src/model/messages';
import { SCORING_RULES } from '../../../src/model/rules/scoring';

describe('scoring messages', () => {
  it('have the same keys in zh-CN and en-US, covering every scoring rule', () => {
    const keys = SCORING_RULES.flatMap((r) => Object.keys(r.messages).map((v) => (v === 'main' ? r.id : `${r.id}.${v}`))).sort();
    expect(keys).toEqual(['W003', 'W004', 'W006', 'W007', 'W007.missing', 'W009', 'W010', 'W011']);
  });

  it('are reachable through formatFinding in both locales and name the values', () => {
    for (const locale of LOCALES) {
      const text = formatFinding({ rule: 'W007', params: { name: '满意度', grade: '达成', score: 7, lower: 8, upper: 10, points: 10 } }, locale);
      expect(text).toContain('7');
      expect(text).toContain('8–10');
    }
    expect(formatFinding({ rule: 'W009', params: { executed: '0', unit: '万元' } })).toContain('全年预算数为 空');
  });
});
