// The table of cases per rule is in rules/*.cases.ts (run by rules/rules.test.ts); here, behaviour beyond one rule's table.
import { checkWorkbook } from '../../src/model/check';
import { a1, type CellValue } from '../../src/model/grid';
import type { Finding } from '../../src/model/findings';
import { formatFinding } from '../../src/model/messages';
import { book, validRow, type Book } from './support/ledger';

const at = (f: Finding): string => `${f.sheet}!${a1(f.row, f.col)}`;
const run = (b: Book): Finding[] => checkWorkbook(book(b)).findings;


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
  it('does not look for amounts in 元 in a column kept in 元: there is no 元-instead-of-万元 question there', () => {
    const rows = ['12.00', '12.01', '12.04', '50000'].map((v, i) => ({ ...validRow(i), 本年拨付: v }));
    expect(run({ rows, profile: [['金额单位', '元']] }).filter((x) => x.rule === 'L013' && x.variant !== 'inWan')).toEqual([]);
  });
  it('a column kept in 元 whose amounts are those of 万元 (a median under 1000 元) is said once, at its header (sweep 31)', () => {
    const f = run({ profile: [['金额单位', '元']] }).filter((x) => x.rule === 'L013');
    expect(f.map(at)).toEqual(['项目台账!K1', '项目台账!L1', '项目台账!M1', '项目台账!N1', '项目台账!O1']);
    expect(formatFinding(f[1])).toBe('“财政支持资金”列按“元”读取，但该列非零值的中位数只有 30 元，疑似按“万元”填写。如确为万元，请将列标题或单位行改为“万元”。');
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
  it('a 填报日期 above the ledger is when it was filled, not its fiscal year (a 2018 ledger filled in January 2019)', () => {
    const g = book({ above: [['阿克苏地区专利实施项目明细表'], ['填报单位：阿克苏地区财政局    填报日期：2019年1月10日']] });
    const r = checkWorkbook({ sheets: [{ name: '配置', values: [] }, g.sheets[1]] });
    expect(r.fiscalYear).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toEqual(['S005']);
    // the same line under a title that names the year, and a period's end, still name it
    const titled = book({ above: [['2018年度阿克苏地区专利实施项目明细表'], ['填报日期：2019年1月10日']] });
    expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, titled.sheets[1]] }).fiscalYear).toBe(2018);
    const upTo = book({ above: [['阿克苏地区专利实施项目明细表（截至2018年12月31日）'], ['填报日期：2019年1月10日']] });
    expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, upTo.sheets[1]] }).fiscalYear).toBe(2018);
  });
  it('a month alone in the title is the period, not a date of filling (2018年12月…台账, 2019年6月绩效监控表)', () => {
    for (const [title, year] of [['2018年12月阿克苏地区专利实施项目台账', 2018], ['2019年6月阿克苏地区专利实施项目绩效监控表', 2019], ['2018年1月—12月阿克苏地区专利实施资金拨付台账', 2018]] as const) {
      const g = book({ above: [[title], ['填报日期：2019年1月10日']] });
      expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, g.sheets[1]] }).fiscalYear).toBe(year);
    }
    // a month labelled as the form's date still names none
    const labelled = book({ above: [['阿克苏地区专利实施项目明细表'], ['制表时间：2019年3月']] });
    expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, labelled.sheets[1]] }).fiscalYear).toBeUndefined();
  });
  it('a period written as two dates, or a 截至 with a colon, names its year (review of 60ad7bf: those went S005)', () => {
    for (const [title, year] of [
      ['自治区专利实施项目资金拨付情况表（2018年1月1日-2018年12月31日）', 2018],
      ['专利实施项目台账（统计期间：2018年1月1日—2018年12月31日）', 2018],
      ['专利实施项目台账（2018年1月1日～12月31日）', 2018],
      ['专利实施项目台账（2018年1月1日起至12月31日止）', 2018],
      ['专利实施项目台账（数据截至：2018年12月31日）', 2018],
      ['专利实施项目台账（统计时间：2018年1月1日-2018年12月31日）', 2018],
    ] as const) {
      const g = book({ above: [[title], ['填报日期：2019年1月10日']] });
      expect([title, checkWorkbook({ sheets: [{ name: '配置', values: [] }, g.sheets[1]] }).fiscalYear]).toEqual([title, year]);
    }
    // months alone name their first year, as 6b1a173 reads them (a period of months across two years keeps its start)
    const months = book({ above: [['2018年10月—2019年3月专利实施项目台账']] });
    expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, months.sheets[1]] }).fiscalYear).toBe(2018);
    // a period of filling (填报时间：2019年1月1日至2019年1月10日) is when the form was filled, as its one date is (review33:
    // 2530a12 took it for the period reported on, 2019 for a 2018 ledger)
    for (const line of ['填报时间：2019年1月1日至2019年1月10日', '制表日期：2019年1月1日-2019年1月5日', '填报日期 2019年1月1日至1月10日']) {
      const filled = book({ above: [['专利实施项目明细表'], [line]] });
      expect([line, checkWorkbook({ sheets: [{ name: '配置', values: [] }, filled.sheets[1]] }).fiscalYear]).toEqual([line, undefined]);
    }
    // … and so is it with its label in the cell before, as forms put them (review34: the 2018 ledger checked as 2019)
    for (const line of [['填报时间：', '2019年1月1日至2019年1月10日'], ['填报单位：伊犁州财政局', '制表日期', '2019年1月1日-2019年1月5日'], ['填报日期：', '2019年1月']]) {
      const filled = book({ above: [['专利实施项目明细表'], line] });
      expect([line, checkWorkbook({ sheets: [{ name: '配置', values: [] }, filled.sheets[1]] }).fiscalYear]).toEqual([line, undefined]);
    }
    // the period reported on keeps its year there too
    const stat = book({ above: [['专利实施项目明细表'], ['统计时间：', '2018年1月1日-2018年12月31日']] });
    expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, stat.sheets[1]] }).fiscalYear).toBe(2018);
    const both = book({ above: [['专利实施项目明细表（2018年1月1日-2018年12月31日）'], ['填报时间：2019年1月1日至2019年1月10日']] });
    expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, both.sheets[1]] }).fiscalYear).toBe(2018);
    // two dates that are no period (the form's date after a date of approval) still name none
    const g = book({ above: [['专利实施项目明细表'], ['批复日期：2018年5月6日    填报日期：2019年1月10日']] });
    expect(checkWorkbook({ sheets: [{ name: '配置', values: [] }, g.sheets[1]] }).fiscalYear).toBeUndefined();
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
