/**
 * Issue 12, items 1, 4, 5, 7: multi-row headers, units above and in headers, aliases and their
 * precedence, the header anywhere in the first 30 rows — each shape built from the sample gives the
 * plain sample's check, figures and 自评表.
 */
import { checkWorkbook } from '../../../src/model/check';
import { readTable } from '../../../src/model/read/table';
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { a1, type CellValue, type GridSheet } from '../../../src/model/grid';
import { formatFinding } from '../../../src/model/messages';
import { LEDGER_TITLE } from '../../../src/model/sample';
import { ledgerWithAbove, threeRowHeaderLedger, twoRowHeaderLedger, withLedger } from '../../support/shapes';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { expectSameAsSample, plainSample, tableCells } from './expect';

describe('multi-row headers', () => {
  it.each([true, false])('two-row header under 资金来源 / 拨付情况 (merged: %p) reads as the plain sample', (merged) => {
    const e = expectSameAsSample(withLedger(twoRowHeaderLedger({ merged })));
    const t = e.check.ledger!.table;
    expect([t.headerRow, t.headerBottom]).toEqual([2, 3]);
    expect(t.bodyRows[0]).toBe(4); // the sub-header row is no project
    expect(t.columns.approved!.header).toBe('财政资金');
    expect(t.columns.disbursed!.row).toBe(3);
  });
  it.each([true, false])('three-row header, leaves completed by their group, 元 from the top group (merged: %p)', (merged) => {
    const e = expectSameAsSample(withLedger(threeRowHeaderLedger({ merged })));
    const t = e.check.ledger!.table;
    expect([t.headerRow, t.headerBottom]).toEqual([1, 3]);
    expect(t.columns.disbursed!.header).toBe('本年');
    expect(t.columns.disbursed!.unit).toBe('元');
    expect(t.columns.priorDisbursed!.unit).toBe('元');
  });
  it('a two-row header in 万元 with amounts in 元 under `资金情况（元）` groups', () => {
    expectSameAsSample(withLedger(threeRowHeaderLedger({ unit: '元' })));
  });
  it('a group row above the header row (基本信息 | 资金情况（万元）) gives its unit and is no title', () => {
    const base = ledgerWithAbove([[LEDGER_TITLE]], '元');
    const header = base.values[1];
    const groups: CellValue[] = header.map((_, c) => (c === 0 ? '基本信息' : c === 10 ? '资金情况（元）' : c === 15 ? '合同与成效' : null));
    const sheet: GridSheet = {
      ...base,
      values: [base.values[0], groups, ...base.values.slice(1)],
      merges: [{ top: 1, left: 0, bottom: 1, right: 9 }, { top: 1, left: 10, bottom: 1, right: 14 }, { top: 1, left: 15, bottom: 1, right: 21 }],
    };
    const e = expectSameAsSample(withLedger(sheet));
    expect(e.check.ledger!.table.headerRow).toBe(1);
    expect(e.check.ledger!.table.columns.approved!.unit).toBe('元');
  });
  it('a project row under a one-row header is never taken for a sub-header', () => {
    const t = readTable(ledgerWithAbove([]), LEDGER_COLUMNS)!;
    expect([t.headerRow, t.headerBottom]).toEqual([0, 0]);
    expect(t.bodyRows).toHaveLength(169);
  });
});

describe('units above the header', () => {
  const yuan = ['单位：元', '（单位：元）', '金额单位：元', '单位:人民币元', '单位 ： 元', '[元]', '货币单位：元', '填报单位：乌鲁木齐市知识产权局          单位：元'];
  const wan = ['单位：万元', '（单位：万元）', '金额单位：万元', '单位：人民币万元', '【万元】', '单位：万元，项，人次'];
  it.each(yuan)('%p: amounts in 元, read exactly', (line) => {
    const e = expectSameAsSample(withLedger(ledgerWithAbove([[LEDGER_TITLE], [line]], '元')));
    expect(e.check.ledger!.table.unit).toBe('元');
    expect(e.check.ledger!.units.approved).toBe('元');
  });
  it.each(wan)('%p: amounts in 万元', (line) => {
    const e = expectSameAsSample(withLedger(ledgerWithAbove([[LEDGER_TITLE], [line]], '万元')));
    expect(e.check.ledger!.table.unit).toBe('万元');
  });
  it('a unit in the title line itself: 2018年度…台账（单位：元）', () => {
    expectSameAsSample(withLedger(ledgerWithAbove([[`${LEDGER_TITLE}（单位：元）`]], '元')));
  });
  it('the unit line on the right of the title row, beside 填报日期', () => {
    const row: CellValue[] = Array<CellValue>(22).fill(null);
    row[0] = '填报日期：2019年1月10日';
    row[20] = '单位：元';
    expectSameAsSample(withLedger(ledgerWithAbove([[LEDGER_TITLE], row], '元')));
  });
  it('a header unit wins over the line above: `财政支持资金（万元）` under `单位：元`', () => {
    const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：元']], '元');
    const values = sheet.values.map((r) => [...r]);
    const hdr = values[2];
    const c = hdr.indexOf('财政支持资金');
    hdr[c] = '财政支持资金（万元）';
    for (let r = 3; r < values.length; r++) values[r][c] = Math.round((values[r][c] as number) / 100) / 100;
    expectSameAsSample(withLedger({ ...sheet, values }));
  });
  it.each(['[万元]', '【万元】', '（万元）', '/万元', '(单位：万元)'])('header unit %p', (suffix) => {
    const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：元']], '元');
    const values = sheet.values.map((r) => [...r]);
    const c = values[2].indexOf('本年拨付');
    values[2][c] = `本年拨付${suffix}`;
    for (let r = 3; r < values.length; r++) values[r][c] = Math.round((values[r][c] as number) / 100) / 100;
    const e = expectSameAsSample(withLedger({ ...sheet, values }));
    expect(e.check.ledger!.units.disbursed).toBe('万元');
  });
  it('`地（州、市）` is a name, not a unit', () => {
    const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：万元']]);
    const values = sheet.values.map((r) => [...r]);
    values[2][values[2].indexOf('地州市')] = '地（州、市）';
    const e = expectSameAsSample(withLedger({ ...sheet, values }));
    expect(e.check.ledger!.table.columns.region!.header).toBe('地（州、市）');
  });
});

describe('the header anywhere in the first 30 rows', () => {
  it('a ledger sheet found by its name, its header on row 21 under 20 rows of notes', () => {
    const notes: CellValue[][] = [[LEDGER_TITLE], ['填报说明：'], ...Array.from({ length: 17 }, (_, i) => [`${i + 1}. 请按要求填写第 ${i + 1} 项内容，不得合并单元格。`]), ['单位：万元']];
    expect(notes).toHaveLength(20);
    const e = expectSameAsSample(withLedger(ledgerWithAbove(notes)));
    expect(e.check.ledger!.table.headerRow).toBe(20);
  });
  it('no header in the first 30 rows: S001 says so', () => {
    const notes: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`说明 ${i + 1}`]);
    const r = checkWorkbook(withLedger(ledgerWithAbove(notes)));
    expect(r.findings.filter((f) => f.rule === 'S001')).toHaveLength(1);
  });
});

describe('a small table above the ledger on its sheet (sweep 31)', () => {
  it('a 汇总 by 地州市 (地州市 | 项目数 | 财政支持资金 | 本年拨付 | 项目总投资) above the detail: the detail\'s header is the header', () => {
    const summary: CellValue[][] = [
      ['一、汇总情况'], ['地州市', '项目数', '财政支持资金', '本年拨付', '项目总投资'], ['乌鲁木齐市', 48, 1691, 413, 27214.3], ['合计', 169, 4961, 1200, 99999], [], ['二、项目明细'],
    ];
    const e = expectSameAsSample(withLedger(ledgerWithAbove([[LEDGER_TITLE], ['单位：万元'], ...summary])));
    expect(e.check.ledger!.table.headerRow).toBe(2 + summary.length);
  });
  it('of two headers naming as many columns, the first is the header (the second is the header written again)', () => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const t = readTable({ ...base, values: [header, ...body.slice(0, 5), header, ...body.slice(5)] }, LEDGER_COLUMNS)!;
    expect(t.headerRow).toBe(0);
    expect(t.skipped.map((k) => k.kind)).toEqual(['header']);
  });
});

describe('aliases and precedence', () => {
  const renamed = (from: string, to: string): GridSheet => {
    const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：万元']]);
    const values = sheet.values.map((r) => [...r]);
    values[2][values[2].indexOf(from)] = to;
    return { ...sheet, values };
  };
  it.each([
    ['承担单位', '执行单位'], ['承担单位', '申报部门'], ['承担单位', '项目单位'], ['承担单位', '实施单位'], ['承担单位', '企业名称'],
    ['立项年度', '年度'], ['立项年度', '开始执行年份'], ['项目状态', '结项状态'], ['地州市', '所属地州市'], ['本年拨付', '年度资金总额[万元]'],
    ['财政支持资金', '财政补助资金（万元）'], ['项目总投资', '计划总投资'], ['专利号', '专利号码'], ['培训人次', '培训人数'],
    // the level of government that gives the money, before a money header
    ['财政支持资金', '省级财政资金'], ['财政支持资金', '自治区财政资金（万元）'], ['财政支持资金', '中央财政补助资金'], ['财政支持资金', '自治区级资助资金'],
    // the year's payments under the plainest names, when no other column names them
    ['本年拨付', '拨付'], ['本年拨付', '拨付金额（万元）'],
  ])('%p written as %p', (from, to) => {
    expectSameAsSample(withLedger(renamed(from, to)));
  });
  it('an exact canonical header wins over an alias written before it, and S003 names the header kept', () => {
    const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：万元']]);
    const values = sheet.values.map((r) => [...r, null]);
    values[2] = ['合同编号', ...values[2].slice(0, -1)];
    for (let r = 3; r < values.length; r++) values[r] = [`HT-${r}`, ...values[r].slice(0, -1)];
    const c = checkWorkbook(withLedger({ ...sheet, values }));
    expect(c.ledger!.table.columns.id!.col).toBe(1);
    const s003 = c.findings.filter((f) => f.rule === 'S003');
    expect(s003).toHaveLength(1);
    expect(s003[0]).toMatchObject({ sheet: '项目台账', row: 2, col: 0, params: { header: '合同编号', kept: '项目编号', firstCell: 'B3', field: '项目编号' } });
    expect(c.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it.each(['市级财政资金', '县级配套资金', '本级财政资金', '区级财政资金'])(
    "the prefecture's own money (%p), written before the fund's column, is not read as the fund's 财政支持资金",
    (local) => {
      // 市级/县级 money is the prefecture's matching funds, not the 自治区 fund's: reading it would change every
      // money figure with no finding. 本级 and 区级 name no level on their own (a district, or the 自治区?).
      const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：万元']]);
      const at = sheet.values[2].indexOf('财政支持资金');
      const values = sheet.values.map((r, i) => (i < 2 ? [...r, null] : i === 2 ? [local, ...r] : [0, ...r]));
      values[2][at + 1] = '自治区财政资金';
      const e = evaluateWorkbook(withLedger({ ...sheet, values }), { layout: '2020', generatedAt: 'T' });
      expect(e.check.ledger!.table.columns.approved!.col).toBe(at + 1);
      expect(e.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(e.metrics).toEqual(plainSample().metrics);
    },
  );
  it.each([
    ['本年度拨付', '已拨付'], ['本年拨款', '拨付'], ['当年拨付', '本年已拨付'],
  ])('of two aliases of one field, the more specific (%p) is read wherever the general one (%p) stands, and S003 names it', (specific, general) => {
    // the general column written first, holding other amounts (0): reading it would change every figure
    const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：万元']]);
    const at = sheet.values[2].indexOf('本年拨付');
    const values = sheet.values.map((r, i) => (i < 2 ? [...r, null] : i === 2 ? [general, ...r] : [0, ...r]));
    values[2][at + 1] = specific;
    const e = evaluateWorkbook(withLedger({ ...sheet, values }), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledger!.table.columns.disbursed!.col).toBe(at + 1);
    expect(e.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.col, (f.params as { header?: string }).header, (f.params as { kept?: string }).kept])).toEqual([['S003', 0, general, specific]]);
    // the message says how each column was read, not that they mean the same (已拨付 may be earlier years' payments)
    const s003 = e.findings.find((f) => f.rule === 'S003')!;
    expect(formatFinding(s003, 'zh-CN')).toBe(`列“${general}”与 ${a1(2, at + 1)} 列“${specific}”都读作“本年拨付”，已使用“${specific}”（${a1(2, at + 1)}），忽略本列；如两列含义不同，请改写列标题。`);
    expect(formatFinding(s003, 'en-US')).toContain('both read as "本年拨付"');
    expect(e.metrics).toEqual(plainSample().metrics);
    expect(tableCells(e)).toEqual(tableCells(plainSample()));
  });
});
