import { formatFinding, LOCALES } from '../../../src/model/messages';
import { RULES, SCORING_RULES } from '../../../src/model/rules';
import { INDICATOR_SCORING_RULES } from '../../../src/model/rules/scoring';
import { TABLE_SCORING_RULES } from '../../../src/model/rules/scoringWorkbook';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { indicators, scoredBook } from '../support/ledger';

describe('scoring messages', () => {
  it('have the same keys in zh-CN and en-US, covering every scoring rule', () => {
    const keys = SCORING_RULES.flatMap((r) => Object.keys(r.messages).map((v) => (v === 'main' ? r.id : `${r.id}.${v}`))).sort();
    expect(keys).toEqual(['W003', 'W003.capped', 'W003.total', 'W004', 'W006', 'W007', 'W007.missing', 'W009', 'W009.noProfile', 'W010', 'W011', 'W012']);
  });

  it('each is one indicator\'s (scoring.ts, the ones INDICATORSCORE words) or the whole table\'s (scoringWorkbook.ts, kept out of functions.js)', () => {
    expect([...INDICATOR_SCORING_RULES, ...TABLE_SCORING_RULES].map((r) => r.id).sort()).toEqual(RULES.filter((r) => r.category === 'scoring').map((r) => r.id).sort());
    expect(INDICATOR_SCORING_RULES.map((r) => r.id)).toEqual(['W007', 'W011']);
  });

  it('W003 on a typed 总分 that is the scores added up where 执行率封顶 caps the total: says the sum and the cap, not that the sum is the cap', () => {
    // rate 22.5 / 30 = 75 % → capped at 80; 10 × 0.75 + 50 + 30 + 10 = 97.5
    const grid = scoredBook({ profile: [['全年执行数', 22.5], ['执行率封顶', '0.7-0.8:80']], indicatorRows: [...indicators({ 0: { 得分: 50 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 97.5 }] });
    const w003 = evaluateWorkbook(grid).findings.filter((f) => f.rule === 'W003');
    expect(w003.map((f) => formatFinding(f))).toEqual(['所填总分 97.5 分，与总分 80 分不符：预算执行得分和各指标得分之和为 97.5 分，按执行率封顶为 80 分，请核实。']);
    expect(formatFinding(w003[0], 'en-US')).toBe('The total entered is 97.5, but the total is 80: the budget score and the indicator scores add up to 97.5, capped at 80 by the execution rate: check it.');
  });

  it('are reachable through formatFinding in both locales and name the values', () => {
    for (const locale of LOCALES) {
      const text = formatFinding({ rule: 'W007', params: { name: '满意度', grade: '达成', score: 7, lower: 8, upper: 10, upperBound: 'included', points: 10 } }, locale);
      expect(text).toContain('7');
      expect(text).toMatch(/8 ≤ (得分|score) ≤ 10/);
    }
    expect(formatFinding({ rule: 'W009', params: { executed: '0', unit: '万元' } })).toMatch(/^全年预算数为空，无法计算预算执行率（执行数 0 万元）/);
    expect(formatFinding({ rule: 'W009', params: { budget: '0', executed: '5', unit: '万元' } })).toMatch(/^全年预算数为 0 万元，无法计算/);
    // an empty 全年预算数 in 配置: where to enter it
    expect(formatFinding({ rule: 'W009', params: { executed: '5', unit: '万元', sheet: '配置', field: '全年预算数' } })).toMatch(/请在“配置”工作表的“全年预算数”一行填写金额。$/);
    expect(formatFinding({ rule: 'W009', params: { budget: '0', executed: '5', unit: '万元' } })).not.toMatch(/请在/);
    expect(formatFinding({ rule: 'W010', params: { rate: '85.00', executed: '85', budget: '100', unit: '万元', field: '实际完成情况' } }, 'en-US')).toBe(
      'Budget execution rate 85.00% (executed 85 ×10,000 yuan of 100 ×10,000 yuan) is below 90%; give the reason in the profile parameter "实际完成情况".',
    );
  });
});
