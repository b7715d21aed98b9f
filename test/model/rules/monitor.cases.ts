/**
 * Cases of the mid-year monitoring (rules/monitor.ts, M001–M005): a workbook checked as of the
 * end of June (time progress 50 %), each rule firing where a finance officer would be warned and
 * silent on its boundary.
 */
import type { CellValue, Grid } from '../../../src/model/grid';
import { book, validRow, type Row } from '../support/ledger';
import { second, type RuleCases } from './tester';

/** 绩效指标 of the monitoring, columns A–L. */
export const MONITOR_HEADER = [
  '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位',
  '监控期完成值', '全年预计完成值', '偏差原因类别', '偏差原因说明', '完成目标可能性', '纠偏措施',
];
type MonitorRow = Partial<Record<'target' | 'monitored' | 'forecast' | 'causes' | 'note' | 'likely' | 'correction', CellValue>>;

/** One indicator `支持项目数 ≥10项`, monitored as given. */
export function indicatorRow(o: MonitorRow): CellValue[] {
  return ['产出指标', '数量指标', '支持项目数', '≥', o.target ?? 10, '项', o.monitored ?? null, o.forecast ?? null, o.causes ?? null, o.note ?? null, o.likely ?? null, o.correction ?? null];
}

/**
 * A mid-year book: two projects paying 15 each (30), 年初预算数 60 (50 %, on time), cut-off June.
 * A case's profile rows come first, so they win (配置 keeps the first of a name).
 */
export function midYearBook(o: { profile?: [string, CellValue][]; rows?: Row[]; indicators?: CellValue[][] } = {}): Grid {
  return book({
    rows: o.rows,
    profile: [...(o.profile ?? []), ['年初预算数', 60], ['监控截止月份', 6]],
    indicators: [MONITOR_HEADER, ...(o.indicators ?? [indicatorRow({ monitored: 5, likely: '确定能' })])],
  });
}

export const CASES: RuleCases = {
  M001: [
    { name: '30 % executed at 50 % of the year (20 points behind)', grid: midYearBook({ profile: [['年初预算数', 100]] }), expect: ['warning@配置!B3'] },
    { name: 'exactly 10 points behind (40 % at 50 %)', grid: midYearBook({ profile: [['年初预算数', 75]] }), expect: [] },
    { name: 'on time', grid: midYearBook(), expect: [] },
  ],
  M002: [
    { name: 'amber (40 % at 50 %) without a cause', grid: midYearBook({ indicators: [indicatorRow({ monitored: 4 })] }), expect: ['warning@绩效指标!I2'] },
    { name: 'red by its likelihood, without a cause', grid: midYearBook({ indicators: [indicatorRow({ monitored: 5, likely: '完全不可能', correction: '调减目标' })] }), expect: ['warning@绩效指标!I2'] },
    { name: 'amber with a cause category', grid: midYearBook({ indicators: [indicatorRow({ monitored: 4, causes: '人员保障' })] }), expect: [] },
    { name: 'amber with an explanation only', grid: midYearBook({ indicators: [indicatorRow({ monitored: 4, note: '下半年集中实施' })] }), expect: [] },
    { name: 'green needs no cause', grid: midYearBook(), expect: [] },
  ],
  M003: [
    { name: '完全不可能 without a corrective action', grid: midYearBook({ indicators: [indicatorRow({ monitored: 1, causes: '经费保障', likely: '完全不可能' })] }), expect: ['warning@绩效指标!L2'] },
    { name: '不可能 (read as 完全不可能) with one', grid: midYearBook({ indicators: [indicatorRow({ monitored: 1, causes: '经费保障', likely: '不可能', correction: '申请调减目标' })] }), expect: [] },
  ],
  M004: [
    { name: 'forecast 8 of ≥10, yet 确定能', grid: midYearBook({ indicators: [indicatorRow({ monitored: 5, forecast: 8, likely: '确定能' })] }), expect: ['warning@绩效指标!H2'] },
    { name: 'forecast 10 reaches ≥10', grid: midYearBook({ indicators: [indicatorRow({ monitored: 5, forecast: 10, likely: '确定能' })] }), expect: [] },
    { name: 'forecast 8, said to be only 有可能', grid: midYearBook({ indicators: [indicatorRow({ monitored: 5, forecast: 8, likely: '有可能', causes: '其他' })] }), expect: [] },
    { name: 'forecast 8 beyond the range 3-5个工作日, yet 确定能 (M004.range)', grid: midYearBook({ indicators: [['产出指标', '时效指标', '办结时限', null, '3-5个工作日', '个工作日', 4, 8, null, null, '确定能', null]] }), expect: ['warning@绩效指标!H2'] },
    { name: 'forecast 4 inside the range 3-5个工作日', grid: midYearBook({ indicators: [['产出指标', '时效指标', '办结时限', null, '3-5个工作日', '个工作日', 4, 4, null, null, '确定能', null]] }), expect: [] },
  ],
  M006: [
    { name: 'a year-end 绩效指标 (实际完成值, no 监控期完成值) monitored', grid: book({ profile: [['年初预算数', 60], ['监控截止月份', 6]], indicators: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '完成目标可能性'], ['产出指标', '数量指标', '支持项目数', '≥10项', '10项', '确定能']] }), options: { layout: 'monitor' }, expect: ['warning@绩效指标!D1'] },
    { name: 'the monitored column given', grid: midYearBook(), expect: [] },
    ...['截至6月底完成情况', '截止6月30日完成值', '截至6月末执行情况', '截止到6月份完成情况'].map((header) => ({
      name: `the monitored column headed with its cut-off date, ${header} (sweep-read: it was unknown, every row lit by likelihood only)`,
      grid: book({ profile: [['年初预算数', 60], ['监控截止月份', 6]], indicators: [MONITOR_HEADER.map((h) => (h === '监控期完成值' ? header : h)), indicatorRow({ monitored: 5, likely: '确定能' })] }),
      expect: [],
    })),
  ],
  M007: [
    {
      name: 'the monitored column headed 1-7月执行情况 under a cut-off of June',
      grid: book({ profile: [['年初预算数', 60], ['监控截止月份', 6]], indicators: [MONITOR_HEADER.map((h) => (h === '监控期完成值' ? '1-7月执行情况' : h)), indicatorRow({ monitored: 5, likely: '确定能' })] }),
      expect: ['warning@绩效指标!G1'],
    },
    {
      name: 'headed 截至7月底完成情况 under a cut-off of June',
      grid: book({ profile: [['年初预算数', 60], ['监控截止月份', 6]], indicators: [MONITOR_HEADER.map((h) => (h === '监控期完成值' ? '截至7月底完成情况' : h)), indicatorRow({ monitored: 5, likely: '确定能' })] }),
      expect: ['warning@绩效指标!G1'],
    },
    {
      name: 'headed 1-6月执行情况 under June',
      grid: book({ profile: [['年初预算数', 60], ['监控截止月份', 6]], indicators: [MONITOR_HEADER.map((h) => (h === '监控期完成值' ? '1-6月执行情况' : h)), indicatorRow({ monitored: 5, likely: '确定能' })] }),
      expect: [],
    },
  ],
  M008: [
    // spec34: 配置's 监控日期 of another month was replaced by the cut-off's last day in silence (the table's date is the
    // end of the period, its time progress MONTH(date)/12)
    { name: '监控日期 in August under a cut-off of June', grid: midYearBook({ profile: [['监控日期', '2018-08-10']] }), expect: ['warning@配置!B3'] },
    { name: '监控日期 in May, before the cut-off of June', grid: midYearBook({ profile: [['监控日期', '2018年5月31日']] }), expect: ['warning@配置!B3'] },
    { name: '监控日期 within June', grid: midYearBook({ profile: [['监控日期', '2018-06-20']] }), expect: [] },
    { name: 'no 监控日期', grid: midYearBook(), expect: [] },
  ],
  M005: [
    { name: 'a project of 2017 unpaid by June', grid: midYearBook({ rows: second({ 本年拨付: 0 }) }), expect: ['warning@项目台账!N3'] },
    { name: 'a contract that starts this year', grid: midYearBook({ rows: second({ 本年拨付: 0, 立项年度: 2018, 合同开始日期: '2018-03-01' }) }), expect: [] },
    { name: 'paid in full in earlier years', grid: midYearBook({ rows: second({ 本年拨付: 0, 以前年度累计拨付: 30 }) }), expect: [] },
    { name: 'accepted already', grid: midYearBook({ rows: [validRow(0), { ...validRow(1), 本年拨付: 0, 项目状态: '已验收' }] }), expect: [] },
    { name: 'suspended (中止): no payment is due while it is', grid: midYearBook({ rows: [validRow(0), { ...validRow(1), 本年拨付: 0, 项目状态: '中止' }] }), expect: [] },
  ],
  L003: [
    { name: 'a 完成目标可能性 that is none of the three', grid: midYearBook({ indicators: [indicatorRow({ monitored: 5, likely: '看情况' })] }), expect: ['error@绩效指标!K2'] },
    { name: 'a 偏差原因类别 that is no cause', grid: midYearBook({ indicators: [indicatorRow({ monitored: 4, causes: '天气' })] }), expect: ['error@绩效指标!I2'] },
  ],
};
