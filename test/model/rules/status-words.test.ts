/**
 * 法律状态 and 项目状态 words by class (sweep A9): the words people write for "in force", "in
 * progress", "accepted", "terminated" count as such in every rule that asks; a 项目状态 word of no
 * class gets a finding naming the cell and the word.
 */
import { checkWorkbook } from '../../../src/model/check';
import { findingText } from '../../../src/model/messages';
import { ruleTitle } from '../../../src/model/rules';
import { projectStatusOf, unknownStatuses } from '../../../src/model/read/status';
import type { Project } from '../../../src/model/records';
import { book, colOf, validRow, type Row } from '../support/ledger';

const rulesOf = (rows: Row[]): string[][] =>
  checkWorkbook(book({ rows })).findings.map((f) => [f.rule, f.variant ?? '', `${String.fromCharCode(65 + f.col)}${f.row + 1}`]);

describe('法律状态: in force, lapsed, pending', () => {
  it.each(['有效', '授权', '已授权', '有效（已授权）', '有效(已授权)', '专利权维持', '维持', ' 授权 ', '专利权有效', '有效 （已授权）'])('%p is in force: no L009', (status) => {
    expect(rulesOf([{ ...validRow(0), 法律状态: status }, validRow(1)])).toEqual([]);
  });
  it.each(['失效', '专利权终止', '未缴年费终止', '视为放弃', '审中', '实质审查', '驳回', '待定', '有效期届满'])('%p is not in force: L009 quoting the cell', (status) => {
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 法律状态: status }, validRow(1)] }));
    expect(r.findings.map((f) => [f.rule, f.params])).toEqual([['L009', { status }]]);
  });
});

describe('项目状态: the words of each state count as that state', () => {
  // A contract that ended in 2017 (the fiscal year is 2018): acceptance is overdue while the project is in progress.
  const ended = (status: string | null): Row => ({ ...validRow(0), 合同开始日期: '2015-06-30', 合同结束日期: '2017-06-30', 项目状态: status });

  it.each(['实施中', '在研', '在建', '执行中', '进行中', null])('%p is in progress: L016 overdue, quoting the word', (status) => {
    const r = checkWorkbook(book({ rows: [ended(status), validRow(1)] }));
    expect(r.findings.map((f) => [f.rule, f.variant, (f.params as Record<string, unknown>).status])).toEqual([['L016', 'overdue', status ?? '实施中']]);
    expect(findingText(r.findings[0], 'zh-CN')).toContain(`项目状态仍为“${status ?? '实施中'}”`);
  });
  it.each(['已验收', '已结题', '结题', '结项', '通过验收', '完成', '已完成', '调整', '终止', '中止', '撤销'])('%p is not in progress: no L016, no other finding', (status) => {
    expect(rulesOf([{ ...ended(status), 本年拨付: 0 }, validRow(1)])).toEqual([]);
  });
  it.each(['终止', '已终止', '撤销', '已撤销'])('%p is terminated: L017 when paid this year, quoting the word', (status) => {
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 项目状态: status, 本年拨付: 5 }, validRow(1)] }));
    expect(r.findings.map((f) => [f.rule, (f.params as Record<string, unknown>).status])).toEqual([['L017', status]]);
  });
  it.each(['中止', '已中止', '暂停'])('%p is suspended, not terminated: paid this year is a warning to verify (L017 suspended), not the error', (status) => {
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 项目状态: status, 本年拨付: 5 }, validRow(1)] }));
    expect(r.findings.map((f) => [f.rule, f.variant, f.severity, (f.params as Record<string, unknown>).status])).toEqual([['L017', 'suspended', 'warning', status]]);
    expect(findingText(r.findings[0], 'zh-CN')).toContain('中止');
    expect(findingText(r.findings[0], 'en-US')).toContain('suspended');
    // the rule's title, beside the message in the 问题清单 and the page, does not call the project terminated alone
    expect(ruleTitle('L017', 'zh-CN')).toContain('中止');
    expect(ruleTitle('L017', 'en-US')).toContain('suspended');
  });
  it.each(['待验收', '正常', '良好', '2018'])('%p is a word of no class: a warning naming the cell and the word', (status) => {
    const r = checkWorkbook(book({ rows: [validRow(0), { ...validRow(1), 项目状态: status }] }));
    expect(r.findings.map((f) => [f.rule, f.variant, f.severity, f.row, f.col, (f.params as Record<string, unknown>).raw])).toEqual([['L003', 'status', 'warning', 2, 17, status]]);
    expect(colOf('项目状态')).toBe('R');
    const zh = findingText(r.findings[0], 'zh-CN');
    expect(zh).toContain(`“项目状态”的值“${status}”`);
    expect(zh).toContain('实施中 或 已验收 或 调整 或 终止');
  });
  it('the class of a word is asked once, in one table', () => {
    expect(['在研', '已结题', '结项', '已完成', '中止', '撤销', '实施中'].map(projectStatusOf)).toEqual(['实施中', '已验收', '已验收', '已验收', '中止', '终止', '实施中']);
  });
});

describe('unknownStatuses over rows that repeat a status', () => {
  it('reports every row whose word is of no class, repeated in the rows after or not, and no other', () => {
    const words = ['实施中', '坏词', '坏词', '实施中', '实施中', ' 已验收', '其他', '坏词', '终止', '终止', '其他'];
    const projects = words.map((status, i) => ({ row: 10 + i, status, id: `P${i}` })) as unknown as Project[];
    const got = unknownStatuses(projects, '项目台账', 17, '项目状态').map((f) => f.row - 10);
    expect(got).toEqual(words.flatMap((w, i) => (projectStatusOf(w) === undefined ? [i] : [])));
    expect(got).toEqual([1, 2, 6, 7, 10]);
  });
});
