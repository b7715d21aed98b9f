/**
 * Headings as a fund's own forms word them (unseen6): a remark in brackets inside the heading (项目（课题）名称), the
 * sum of batch columns (本年拨付合计 after 第一批拨付 | 第二批拨付), and the words 所在地州 / 自治区财政补助 / 本年实际拨付.
 * Each was S002 “缺少必填列” (or S004 left unread) before; the projects had no name, no money, or nothing paid.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue } from '../../../src/model/grid';
import { headerReadings } from '../../../src/model/read/text';

const ledger = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CellValue>>): ReturnType<typeof evaluateWorkbook> =>
  evaluateWorkbook({ sheets: [{ name: '项目台账', values: [['2020年度就业创业专项资金项目台账'], [...header], ...rows.map((r) => [...r])] }] });
const notes = (ev: ReturnType<typeof evaluateWorkbook>): string[] => ev.findings.filter((f) => f.rule === 'S002' || f.rule === 'S004' || f.rule === 'S003').map((f) => `${f.rule} ${JSON.stringify(f.params)}`);

describe('a fund’s own form words for the ledger’s headings', () => {
  it('项目（课题）编号, 项目（课题）名称, 承担单位（盖章）, 所在地州, 自治区财政补助（万元）, 本年实际拨付（万元） are their columns', () => {
    const ev = ledger(['序号', '项目（课题）编号', '项目（课题）名称', '承担单位（盖章）', '所在地州', '立项批复时间', '项目总投资（万元）', '自治区财政补助（万元）', '本年实际拨付（万元）'], [
      [1, 'JY2020-001', '职业技能培训补贴（1）', '克拉玛依市人力资源市场', '克拉玛依市', '2020年3月', 120, 50, 30],
      [2, 'JY2019-002', '创业担保贷款贴息（2）', '博乐市创业孵化基地', '博尔塔拉蒙古自治州', '2019年5月', 80, 20.5, 0],
    ]);
    expect(notes(ev)).toEqual([]);
    // (the name as the reader keeps it: full-width brackets as ASCII)
    expect(ev.check.ledger!.projects.map((p) => [p.id, p.name, p.region, p.cohortYear, p.approved, p.disbursed])).toEqual([
      ['JY2020-001', '职业技能培训补贴(1)', '克拉玛依市', 2020, 50_000_000, 30_000_000],
      ['JY2019-002', '创业担保贷款贴息(2)', '博尔塔拉蒙古自治州', 2019, 20_500_000, 0],
    ]);
  });
  it('本年拨付合计 after the batches is what was paid this year; the batches are left unread (S004, info)', () => {
    const ev = ledger(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '第一批拨付（万元）', '第二批拨付（万元）', '本年拨付合计（万元）'], [
      ['WL2020-001', '非遗工坊建设（1）', '吐鲁番市文化馆', '吐鲁番市', 2020, 300, 100, 30, 20, 50],
    ]);
    expect(ev.check.ledger!.projects.map((p) => p.disbursed)).toEqual([50_000_000]);
    expect(notes(ev)).toEqual(['S004 {"headers":["第一批拨付（万元）","第二批拨付（万元）"],"count":2}']);
  });
  it('a bracket at the heading’s end stays headerKey’s (a unit, or 调整后), and 合计 alone is no heading', () => {
    expect(headerReadings('项目（课题）名称').map((r) => r.key)).toContain('项目名称');
    expect(headerReadings('本年拨付合计（万元）').map((r) => [r.key, r.unit])).toContainEqual(['本年拨付', '万元']);
    expect(headerReadings('合计').map((r) => r.key)).toEqual(['合计']);
    expect(headerReadings('年度指标值（调整后）').map((r) => r.key)).not.toContain('年度指标值');
    expect(headerReadings('年度（调整后）指标值').map((r) => r.key)).not.toContain('年度指标值');
  });
});
