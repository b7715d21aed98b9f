/**
 * sweep31-forms: 监控截止月份 as people write it. `六月`, `上半年` or the cut-off date (`2018-06-30`, a date cell) were
 * L003 errors and the table was built as of July (the default) instead.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue } from '../../../src/model/grid';
import { indicatorRow, midYearBook, MONITOR_HEADER } from '../rules/monitor.cases';
import { book } from '../support/ledger';
import { headerIndex, LEDGER_COLUMNS, matchHeader } from '../../../src/model/read/columns';
import { headerMonth } from '../../../src/model/monitor';

describe('监控截止月份', () => {
  it.each<[CellValue, number]>([
    [6, 6], ['6月', 6], ['1-6月', 6], ['6月底', 6], ['六月', 6], ['一至六月', 6], ['上半年', 6], ['前三季度', 9],
    ['2018-06-30', 6], ['2018年9月30日', 9], [{ kind: 'date', year: 2018, month: 6, day: 30 }, 6], ['十一月', 11],
  ])('%j is month %d, with no finding about it', (written, month) => {
    const ev = evaluateWorkbook(midYearBook({ profile: [['监控截止月份', written]] }));
    expect(ev.monitor!.month).toBe(month);
    expect(ev.findings.filter((f) => f.rule === 'L003')).toEqual([]);
  });
  it.each<CellValue>(['十二月', 12, '全年', '7.5'])('%j is no cut-off month: L003, and the default', (written) => {
    const ev = evaluateWorkbook(midYearBook({ profile: [['监控截止月份', written]] }));
    expect(ev.findings.filter((f) => f.rule === 'L003').map((f) => f.sheet)).toEqual(['配置']);
  });
});

describe('the cut-off month the columns name', () => {
  it('without 监控截止月份, 1-5月执行情况 makes it May (was July, the default: figures of May against 58 % of the year)', () => {
    const grid = book({ profile: [['年初预算数', 60]], indicators: [MONITOR_HEADER.map((h) => (h === '监控期完成值' ? '1-5月执行情况' : h)), indicatorRow({ monitored: 5, likely: '确定能' })] });
    const ev = evaluateWorkbook(grid);
    expect(ev.monitor!.month).toBe(5);
    expect(ev.findings.filter((f) => f.rule.startsWith('M00') && f.rule !== 'M001').map((f) => f.rule)).toEqual([]);
  });
  it.each([['截至5月底执行情况', 5], ['截止9月30日完成值', 9], ['截至9月末完成情况', 9]])(
    'without 监控截止月份, a column headed with its cut-off date (%s) is 监控期完成值 and makes it month %d (sweep-read: unknown, M006)', (header, month) => {
      const grid = book({ profile: [['年初预算数', 60]], indicators: [MONITOR_HEADER.map((h) => (h === '监控期完成值' ? header : h)), indicatorRow({ monitored: 9, likely: '确定能' })] });
      const ev = evaluateWorkbook(grid);
      expect(ev.monitor!.month).toBe(month);
      expect(ev.check.indicators!.indicators[0].monitored).toBe(9);
      expect(ev.findings.filter((f) => f.rule.startsWith('M00') && f.rule !== 'M001').map((f) => f.rule)).toEqual([]);
    });
  it('a ledger column 截至6月底拨付 is the amount paid by the cut-off (本年拨付), of June', () => {
    expect(matchHeader('截至6月底拨付（万元）', headerIndex(LEDGER_COLUMNS))).toMatchObject({ def: { key: 'disbursed' }, unit: '万元' });
    expect(headerMonth('截至6月底拨付（万元）')).toBe(6);
    // the span before the words of the 本年拨付 aliases (已拨付, 拨付资金 …): they were unknown, the ledger refused (S002)
    for (const h of ['1-7月已拨付', '1—7月拨付资金', '截至7月底已拨付资金（万元）', '1至7月拨款'])
      expect([h, matchHeader(h, headerIndex(LEDGER_COLUMNS))?.def.key, headerMonth(h)]).toEqual([h, 'disbursed', 7]);
    // a day before the month's end is not the month's cut-off; nor a year-end (截至2017年底累计拨付: the years before)
    expect(headerMonth('截至6月15日拨付')).toBeUndefined();
    expect(matchHeader('截至2017年底拨付', headerIndex(LEDGER_COLUMNS))?.def.key).not.toBe('disbursed');
  });
});
