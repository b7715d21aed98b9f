/**
 * sweep31-forms: 监控截止月份 as people write it. `六月`, `上半年` or the cut-off date (`2018-06-30`, a date cell) were
 * L003 errors and the table was built as of July (the default) instead.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue } from '../../../src/model/grid';
import { indicatorRow, midYearBook, MONITOR_HEADER } from '../rules/monitor.cases';
import { book } from '../support/ledger';

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
});
