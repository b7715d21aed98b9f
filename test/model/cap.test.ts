// Findings capped per rule (issue 14): at most MAX_FINDINGS_PER_RULE of a rule are listed, the rest are one S007 per
// rule and severity at the first of them, and every count by severity stays the true total.
import { evaluateWorkbook } from '../../src/model/evaluate';
import { capPerRule, MAX_FINDINGS_PER_RULE, sortFindings, type Finding } from '../../src/model/findings';
import { countBySeverity } from '../../src/model/findingsShown';
import { createLedgerFindings } from '../../src/model/functions';
import { formatFinding } from '../../src/model/messages';
import { L006 } from '../../src/model/rules/ledgerRow';
import { S003 } from '../../src/model/rules/sheets';
import { book, scoredBook, validRow } from './support/ledger';

const l006 = (row: number): Finding => L006.finding.main({ sheet: '台账', row, col: 4 }, { region: '火星市' });
const s003 = (row: number): Finding => S003.finding.main({ sheet: '台账', row, col: 1 }, { header: '编号', kept: '项目编号', firstCell: 'A1', field: '项目编号' });

describe('capPerRule', () => {
  it('keeps the first `max` of each rule in order; one S007 stands for the rest, where the first of them was', () => {
    const list = sortFindings([...[1, 2, 3, 4, 5].map(l006), s003(3), s003(9)], ['台账']);
    const capped = capPerRule(list, 2);
    expect(capped.map((f) => `${f.rule}@${f.row}`)).toEqual(['L006@1', 'L006@2', 'S003@3', 'S007@3', 'S003@9']);
    const more = capped.find((f) => f.rule === 'S007')!;
    expect(more).toMatchObject({ severity: l006(0).severity, params: { rule: 'L006', count: 3, shown: 2 } });
    expect(countBySeverity(capped)).toEqual(countBySeverity(list));
    expect(capPerRule(capped, 2)).toEqual(capped);
  });

  it('leaves a list within the cap as it is', () => {
    const list = [1, 2].map(l006);
    expect(capPerRule(list, 2)).toBe(list);
  });

  it('says it in both languages, the rule and the numbers as data', () => {
    const [, , more] = capPerRule([1, 2, 3].map(l006), 2);
    expect(formatFinding(more, 'zh-CN')).toContain('规则 L006 另有 1 处问题未逐条列出（每条规则最多列出 2 处）');
    expect(formatFinding(more, 'en-US')).toContain('1 more finding(s) of rule L006 are not listed (at most 2 per rule are)');
  });
});

describe('the cap where the findings are listed', () => {
  const rows = Array.from({ length: MAX_FINDINGS_PER_RULE + 5 }, (_, i) => ({ ...validRow(i), 地州市: '火星市' }));

  it('evaluateWorkbook lists at most the cap of a rule; the counts are the true totals', () => {
    const ev = evaluateWorkbook(book({ rows }));
    expect(ev.findings.filter((f) => f.rule === 'L006')).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(ev.findings.filter((f) => f.rule === 'S007')).toEqual([expect.objectContaining({ params: { rule: 'L006', count: 5, shown: MAX_FINDINGS_PER_RULE } })]);
    expect(countBySeverity(ev.findings).error).toBe(MAX_FINDINGS_PER_RULE + 5);
  });

  it('an S007 standing for errors of a row rule does not stop the 自评表 (it is no structural error)', () => {
    const ev = evaluateWorkbook(scoredBook({ rows }), { forSelfEval: true });
    expect(ev.findings.some((f) => f.rule === 'S007' && f.severity === 'error')).toBe(true);
    expect(ev.refused).toBeUndefined();
    expect(ev.selfEval).toBeDefined();
  });

  it('FINDINGS spills at most the cap of a rule, and the S007 row', () => {
    const grid = book({ rows }).sheets[1];
    const out = createLedgerFindings().spill(grid.values, '项目台账!A1:V1006') as string[][];
    expect(out.filter((r) => r[0] === 'L006')).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(out.filter((r) => r[0] === 'S007')).toEqual([['S007', '错误', '项目台账!E1002', expect.stringContaining('另有 5 处')]]);
  });
});
