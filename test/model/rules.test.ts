import { checkWorkbook } from '../../src/model/check';
import { a1, type CellValue } from '../../src/model/grid';
import type { Finding } from '../../src/model/findings';
import { formatFinding } from '../../src/model/messages';
import { book, colOf, HEADERS, validRow, type Book, type Row } from './support/ledger';

const at = (f: Finding): string => `${f.sheet}!${a1(f.row, f.col)}`;
const run = (b: Book): Finding[] => checkWorkbook(book(b)).findings;
const second = (over: Row): Row[] => [validRow(0), { ...validRow(1), ...over }];
/** Cell of a header on the second project (sheet row 3). */
const cell = (h: Parameters<typeof colOf>[0]): string => `项目台账!${colOf(h)}3`;

interface Case {
  name: string;
  book: Book;
  /** Expected findings of `rule` as `severity@cell`; [] = must not fire. */
  expect: string[];
  variant?: string;
}

const CASES: Record<string, Case[]> = {
  L002: [
    { name: 'empty 项目名称', book: { rows: second({ 项目名称: '  ' }) }, expect: [`error@${cell('项目名称')}`] },
    { name: 'empty optional 备注', book: { rows: second({ 备注: null }) }, expect: [] },
  ],
  L003: [
    { name: 'text in an amount', book: { rows: second({ 本年拨付: '十五' }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'Excel error', book: { rows: second({ 项目总投资: { kind: 'error', code: '#N/A' } }) }, expect: [`error@${cell('项目总投资')}`] },
    { name: 'bad date', book: { rows: second({ 合同开始日期: '2017-13-01' }) }, expect: [`error@${cell('合同开始日期')}`] },
    { name: 'readable forms', book: { rows: second({ 本年拨付: '１５', 项目总投资: '300万元', 立项年度: '2017年' }) }, expect: [] },
  ],
  L004: [
    { name: 'duplicate id', book: { rows: [validRow(0), { ...validRow(1), 项目编号: 'XJZL2017-001' }] }, expect: [`error@${cell('项目编号')}`] },
    { name: 'distinct ids', book: {}, expect: [] },
  ],
  L005: [
    { name: 'cohort after fiscal year', book: { rows: second({ 立项年度: 2019 }) }, expect: [`error@${cell('立项年度')}`] },
    { name: 'cohort before carry-over window', book: { rows: second({ 立项年度: 2013 }) }, expect: [`error@${cell('立项年度')}`] },
    { name: 'cohort at window edge', book: { rows: second({ 立项年度: 2014 }) }, expect: [] },
    { name: 'custom 最长结转年限', book: { rows: second({ 立项年度: 2015 }), profile: [['最长结转年限', 2]] }, expect: [`error@${cell('立项年度')}`] },
  ],
  L006: [
    { name: 'unknown region', book: { rows: second({ 地州市: '北京市' }) }, expect: [`error@${cell('地州市')}`] },
    { name: 'short form is info', book: { rows: second({ 地州市: '昌吉州' }) }, expect: [`info@${cell('地州市')}`] },
    { name: '推荐单位 written as an organisation of the prefecture is info', book: { rows: second({ 地州市: '乌鲁木齐市知识产权局' }) }, expect: [`info@${cell('地州市')}`] },
    { name: 'an organisation under a short form is info too', book: { rows: second({ 地州市: '昌吉州财政局' }) }, expect: [`info@${cell('地州市')}`] },
    { name: 'XPCC city added by profile', book: { rows: second({ 地州市: '石河子市' }), profile: [['地区范围', '乌鲁木齐市、石河子市']] }, expect: [] },
  ],
  L007: [
    { name: 'wrong check digit', book: { rows: second({ 专利号: '201710736136.3' }) }, expect: [`error@${cell('专利号')}`] },
    { name: '11 digits', book: { rows: second({ 专利号: '20171073613.2' }) }, expect: [`error@${cell('专利号')}`] },
    { name: 'noise is fine', book: { rows: second({ 专利号: 'ZL 2017 1 0736136.2', 专利类型: '发明' }) }, expect: [] },
  ],
  L008: [
    { name: 'type disagrees', book: { rows: second({ 专利号: '201710736136.2', 专利类型: '外观设计' }) }, expect: [`warning@${cell('专利类型')}`] },
    { name: 'type agrees', book: { rows: second({ 专利号: '202220828888.8', 专利类型: '实用新型' }) }, expect: [] },
    { name: 'type written with 专利', book: { rows: second({ 专利号: '202220828888.8', 专利类型: '实用新型专利' }) }, expect: [] },
    { name: '发明专利 against a utility model', book: { rows: second({ 专利号: '202220828888.8', 专利类型: '发明专利' }) }, expect: [`warning@${cell('专利类型')}`] },
  ],
  L009: [
    { name: 'lapsed', book: { rows: second({ 法律状态: '失效' }) }, expect: [`error@${cell('法律状态')}`] },
    { name: 'pending', book: { rows: second({ 法律状态: '审中' }) }, expect: [`error@${cell('法律状态')}`] },
  ],
  L010: [
    { name: 'wrong check char', book: { rows: second({ 统一社会信用代码: '91110000MA01ABCD2X' }) }, expect: [`error@${cell('统一社会信用代码')}`] },
    { name: 'forbidden letter', book: { rows: second({ 统一社会信用代码: '9144030019220382I6' }) }, expect: [`error@${cell('统一社会信用代码')}`] },
    { name: 'valid', book: { rows: second({ 统一社会信用代码: '91110108MA005BCA25' }) }, expect: [] },
  ],
  L011: [
    { name: 'over-disbursed', book: { rows: second({ 以前年度累计拨付: 20, 本年拨付: 15, 财政支持资金: 30 }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'exactly the approved amount', book: { rows: second({ 以前年度累计拨付: 15, 本年拨付: 15, 财政支持资金: 30 }) }, expect: [] },
  ],
  L012: [
    { name: 'parenthesised negative', book: { rows: second({ 本年拨付: '(5)' }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'negative count', book: { rows: second({ 培训人次: -3 }) }, expect: [`error@${cell('培训人次')}`] },
  ],
  L013: [
    { name: '≥ 100000 in a 万元 column', book: { rows: second({ 项目总投资: 3000000, 带动社会投入: 2999970 }) }, expect: [`warning@${cell('项目总投资')}`, `warning@${cell('带动社会投入')}`] },
    { name: '1000 × median', book: { rows: [validRow(0), validRow(2), { ...validRow(1), 财政支持资金: 300000 }] }, expect: ['warning@项目台账!L4'] },
    { name: 'ordinary amounts', book: {}, expect: [] },
  ],
  L014: [
    { name: 'social ≠ total − approved', book: { rows: second({ 带动社会投入: 250 }) }, expect: [`warning@${cell('带动社会投入')}`] },
    { name: 'within 0.01', book: { rows: second({ 带动社会投入: 270.01 }) }, expect: [] },
  ],
  L015: [
    { name: 'same patent twice', book: { rows: [validRow(0), { ...validRow(1), 专利号: 'CN200710308494.X' }] }, expect: [`warning@${cell('专利号')}`] },
  ],
  L016: [
    { name: 'end before start', book: { rows: second({ 合同开始日期: '2018-06-30', 合同结束日期: '2018-01-01' }) }, expect: [`error@${cell('合同结束日期')}`] },
    { name: 'overdue acceptance', book: { rows: second({ 合同结束日期: '2018-06-30', 项目状态: '实施中' }) }, expect: [`warning@${cell('合同结束日期')}`] },
    { name: 'ended and accepted', book: { rows: second({ 合同结束日期: '2018-06-30', 项目状态: '已验收' }) }, expect: [] },
    {
      name: 'no 项目状态 column: overdue acceptance is not judged (the default would flag every finished contract)',
      book: { rows: second({ 合同结束日期: '2018-06-30' }), headers: HEADERS.filter((h) => h !== '项目状态') },
      expect: [],
    },
  ],
  L017: [
    { name: 'terminated but paid', book: { rows: second({ 项目状态: '终止', 本年拨付: 5 }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'terminated, nothing paid', book: { rows: second({ 项目状态: '终止', 本年拨付: 0 }) }, expect: [] },
  ],
  L018: [
    { name: 'over the cap', book: { rows: second({ 财政支持资金: 60, 以前年度累计拨付: 0, 带动社会投入: 240 }), profile: [['单项资助上限', 50]] }, expect: [`error@${cell('财政支持资金')}`] },
    { name: 'no cap set: rule does not run', book: { rows: second({ 财政支持资金: 60, 以前年度累计拨付: 0, 带动社会投入: 240 }) }, expect: [] },
  ],
  L019: [
    { name: 'below minimum leverage', book: { rows: second({ 项目总投资: 60, 带动社会投入: 30 }), profile: [['最低带动比', 2]] }, expect: [`warning@${cell('项目总投资')}`] },
    { name: 'above minimum', book: { profile: [['最低带动比', 2]] }, expect: [] },
  ],
  L020: [
    { name: 'industry not supported', book: { rows: second({ 产业领域: '房地产' }), profile: [['支持产业', '新材料，生物医药']] }, expect: [`warning@${cell('产业领域')}`] },
    { name: 'no list: any industry', book: { rows: second({ 产业领域: '房地产' }) }, expect: [] },
  ],
  L021: [
    { name: 'wrong total', book: { extra: [['合计', null, null, null, null, null, null, null, null, null, 600, 60, 20, 31, 540]] }, expect: ['error@项目台账!N4'] },
    { name: 'correct total', book: { extra: [['合 计', null, null, null, null, null, null, null, null, null, 600, 60, 20, 30, 540]] }, expect: [] },
    { name: 'a labelled subtotal (乌鲁木齐市小计) is a total row, not a project', book: { extra: [['乌鲁木齐市小计', null, null, null, null, null, null, null, null, null, 600, 60, 20, 31, 540]] }, expect: ['error@项目台账!N4'] },
    { name: '一、合计 with a correct sum', book: { extra: [['一、合计：', null, null, null, null, null, null, null, null, null, 600, 60, 20, 30, 540]] }, expect: [] },
  ],
  L022: [
    { name: 'approved > total', book: { rows: second({ 项目总投资: 20, 带动社会投入: -10 }) }, expect: [`warning@${cell('财政支持资金')}`] },
  ],
  W001: [
    { name: 'executed ≠ Σ disbursed', book: { profile: [['全年执行数', 31]] }, expect: ['error@配置!B3'] },
    { name: 'executed = Σ disbursed', book: { profile: [['全年执行数', 30]] }, expect: [] },
  ],
  W002: [
    { name: 'executed > budget', book: { profile: [['全年预算数', 20], ['全年执行数', 30]] }, expect: ['warning@配置!B4'] },
    { name: 'within budget', book: { profile: [['全年预算数', 30], ['全年执行数', 30]] }, expect: [] },
  ],
  S002: [
    { name: 'required column missing', book: { headers: ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '专利号', '法律状态', '项目总投资', '财政支持资金', '本年拨付'].filter((h) => h !== '法律状态') }, expect: ['error@项目台账!A1'] },
  ],
  S003: [
    { name: 'column twice', book: { headers: ['项目编号', '编号', '项目名称', '承担单位'] }, expect: ['warning@项目台账!B1'] },
  ],
  S004: [
    { name: 'unknown columns, once', book: { headers: [...validHeaders(), '联系人', '电话'] }, expect: ['info@项目台账!W1'] },
  ],
};

function validHeaders(): string[] {
  return Object.keys(validRow(0));
}

describe.each(Object.entries(CASES))('%s', (rule, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const got = run(c.book).filter((f) => f.rule === rule).map((f) => `${f.severity}@${at(f)}`);
    expect(got).toEqual(c.expect);
  });
});

describe('L021 with the 合计 row above the projects', () => {
  it('checks a 合计 row right under the header against every project below it', () => {
    const g = book();
    const [header, ...projects] = g.sheets[1].values;
    const total = (disbursed: number): CellValue[] => ['合计', null, null, null, null, null, null, null, null, null, 600, 60, 20, disbursed, 540];
    const grid = (disbursed: number) => ({ sheets: [g.sheets[0], { ...g.sheets[1], values: [header, total(disbursed), ...projects] }] });
    expect(checkWorkbook(grid(30)).findings.filter((f) => f.rule === 'L021')).toEqual([]);
    expect(checkWorkbook(grid(31)).findings.filter((f) => f.rule === 'L021').map(at)).toEqual(['项目台账!N2']);
  });
});

describe('L013 message', () => {
  it('names the value and the median of the column in 万元', () => {
    const rows = ['12', '13', '14', '15', '20000'].map((v, i) => ({ ...validRow(i), 本年拨付: v, 以前年度累计拨付: 0, 财政支持资金: 30000, 项目总投资: 90000, 带动社会投入: 60000 }));
    const f = run({ rows }).filter((x) => x.rule === 'L013');
    expect(f.map(at)).toEqual(['项目台账!N6']);
    expect(formatFinding(f[0])).toBe('“本年拨付”为 20000 万元，疑似按“元”填写（该列非零值的中位数为 14 万元）。');
  });
  it('does not run in a column kept in 元: there is no 元-instead-of-万元 question there', () => {
    const rows = ['12.00', '12.01', '12.04', '50000'].map((v, i) => ({ ...validRow(i), 本年拨付: v }));
    expect(run({ rows, profile: [['金额单位', '元']] }).filter((x) => x.rule === 'L013')).toEqual([]);
  });
});

describe('the valid default book', () => {
  it('has no findings at all', () => {
    expect(run({})).toEqual([]);
  });
});

describe('sheet level', () => {
  it('S001 when no sheet looks like a ledger', () => {
    const r = checkWorkbook({ sheets: [{ name: 'Sheet1', values: [['a', 'b'], [1, 2]] }] });
    expect(r.findings.map((f) => f.rule)).toContain('S001');
  });
  it('S005 when no year anywhere, and no year-based rule runs', () => {
    const g = book({ rows: [{ ...validRow(0), 立项年度: 2030 }] });
    const sheets = [{ name: '配置', values: [['参数', '值']] as CellValue[][] }, g.sheets[1]];
    const r = checkWorkbook({ sheets });
    expect(r.findings.map((f) => f.rule)).toEqual(['S005']);
  });
  it('infers the year from a title above the header', () => {
    const g = book({ above: [['2018年度自治区专利实施项目台账'], ['单位：万元']] });
    const r = checkWorkbook({ sheets: [{ name: '配置', values: [] }, g.sheets[1]] });
    expect(r.fiscalYear).toBe(2018);
    expect(r.findings).toEqual([]);
  });
  it('finds the ledger by its headers when the sheet has another name', () => {
    const g = book();
    const r = checkWorkbook({ sheets: [g.sheets[0], { ...g.sheets[1], name: '2018年报送' }] });
    expect(r.sheets.ledger).toBe('2018年报送');
    expect(r.ledger?.projects).toHaveLength(2);
  });
});

describe('determinism and order', () => {
  it('sorts by sheet, row, column and gives the same findings twice', () => {
    const b: Book = { rows: [validRow(0), { ...validRow(1), 本年拨付: 'x', 项目编号: 'XJZL2017-001', 法律状态: '失效' }], profile: [['全年执行数', 1]] };
    const a = run(b);
    expect(run(b)).toEqual(a);
    const keys = a.map((f) => [f.sheet === '配置' ? 0 : 1, f.row, f.col]);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    expect(keys).toEqual(sorted);
  });
});
