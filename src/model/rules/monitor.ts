/**
 * Rules of the mid-year monitoring (monitor.md): M001–M005, warnings reported by the monitoring
 * computation (monitor/index.ts) when a workbook is checked as of a cut-off month.
 */
import { defineRule, msg, P, type CodeTable } from './define';

/** The early-warning lights, as messages name them. */
export type LightCode = 'green' | 'amber' | 'red';

export const LIGHT_TEXT: CodeTable<LightCode> = {
  green: { 'zh-CN': '绿灯', 'en-US': 'green' },
  amber: { 'zh-CN': '黄灯', 'en-US': 'amber' },
  red: { 'zh-CN': '红灯', 'en-US': 'red' },
};

export const M001 = defineRule({
  id: 'M001', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '预算执行慢于时间进度', 'en-US': 'Budget execution behind time' },
  messages: {
    main: msg({
      /** Percentages with two decimals (`43.33`); `month`: the cut-off month. */
      params: { rate: P.decimal, time: P.decimal, behind: P.decimal, month: P.number },
      'zh-CN': (p) => `1—${p.month}月预算执行率 ${p.rate}%，低于时间进度 ${p.time}% 共 ${p.behind} 个百分点（超过 10 个百分点），请分析原因并加快执行。`,
      'en-US': (p) => `Budget execution to month ${p.month} is ${p.rate}%, ${p.behind} points behind the time progress of ${p.time}% (more than 10 points); find the cause and speed up payments.`,
    }),
  },
});

export const M002 = defineRule({
  id: 'M002', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '预警指标未说明偏差原因', 'en-US': 'Warning light without a cause' },
  messages: {
    main: msg({
      params: { name: P.text, light: P.code(LIGHT_TEXT) },
      'zh-CN': (p) => `指标“${p.name}”为${p.light}，但没有填写偏差原因类别或偏差原因说明。`,
      'en-US': (p) => `Indicator "${p.name}" shows ${p.light} but gives no deviation cause (category or explanation).`,
    }),
  },
});

export const M003 = defineRule({
  id: 'M003', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '无法完成目标但无纠偏措施', 'en-US': 'Target out of reach without corrective action' },
  messages: {
    main: msg({
      params: { name: P.text },
      'zh-CN': (p) => `指标“${p.name}”的完成目标可能性为“完全不可能”，但没有填写纠偏措施（应提出调整或暂缓、停止执行的措施）。`,
      'en-US': (p) => `Indicator "${p.name}" is marked as impossible to reach, but no corrective action is given (adjust the target, or pause or stop the spending).`,
    }),
  },
});

export const M004 = defineRule({
  id: 'M004', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '预计完成值与可能性矛盾', 'en-US': 'Forecast contradicts likelihood' },
  messages: {
    main: msg({
      params: { name: P.text, forecast: P.number, target: P.number, op: P.text, unit: P.text },
      'zh-CN': (p) => `指标“${p.name}”全年预计完成 ${p.forecast}${p.unit}，达不到年度指标值 ${p.op}${p.target}${p.unit}，但完成目标可能性填写为“确定能”。`,
      'en-US': (p) => `Indicator "${p.name}" is forecast at ${p.forecast} ${p.unit}, short of its target ${p.op}${p.target} ${p.unit}, yet it is marked as certain to be reached.`,
    }),
    /** A range target (`3-5个工作日`, `50-100个`): a forecast outside it, below its floor or beyond its ceiling. */
    range: msg({
      params: { name: P.text, forecast: P.number, low: P.number, high: P.number, unit: P.text },
      'zh-CN': (p) => `指标“${p.name}”全年预计完成 ${p.forecast}${p.unit}，不在年度指标值 ${p.low}${p.unit}～${p.high}${p.unit} 之内，但完成目标可能性填写为“确定能”。`,
      'en-US': (p) => `Indicator "${p.name}" is forecast at ${p.forecast} ${p.unit}, outside its target range ${p.low}–${p.high} ${p.unit}, yet it is marked as certain to be reached.`,
    }),
  },
});

export const M005 = defineRule({
  id: 'M005', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '结转项目截至监控期未拨付', 'en-US': 'Carried-over project unpaid' },
  messages: {
    main: msg({
      /** `start`: the contract's start (ISO); `month`: the cut-off month. */
      params: { name: P.text, start: P.date, month: P.number },
      'zh-CN': (p) => `“${p.name}”合同于 ${p.start} 开始（早于本年度），截至 1—${p.month}月尚未拨付本年资金，请核实项目进展，必要时中期调整。`,
      'en-US': (p) => `"${p.name}" started on ${p.start} (before this year) and has had no payment this year by the end of month ${p.month}; check its progress and adjust it if needed.`,
    }),
  },
});

export const M006 = defineRule({
  id: 'M006', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '缺少监控期完成值列', 'en-US': 'No monitored values' },
  messages: {
    /** A monitoring table asked of a 绩效指标 without 监控期完成值 (a year-end or request sheet): one finding, not a blank table unexplained. */
    main: msg({
      params: { field: P.text, aliases: P.some, spanHeader: P.text, count: P.number },
      'zh-CN': (p) => `绩效指标表没有“${p.field}”列（可用的列标题：${p.aliases}，或“${p.spanHeader}”），${p.count} 个定量指标无法按进度亮灯；定性指标按“完成目标可能性”亮灯。`,
      'en-US': (p) => `The indicator sheet has no "${p.field}" column (accepted headers: ${p.aliases}, or "${p.spanHeader}"): ${p.count} quantitative indicator(s) get no progress light; qualitative ones take theirs from the likelihood column.`,
    }),
  },
});

export const M007 = defineRule({
  id: 'M007', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '列标题月份与截止月份不符', 'en-US': 'Header of another month' },
  messages: {
    /** `1-7月拨付` under a cut-off of 9: July's figures judged against September's time progress. */
    main: msg({
      params: { header: P.text, written: P.number, month: P.number },
      'zh-CN': (p) => `列标题“${p.header}”是截至 ${p.written} 月的数据，而监控截止月份为 ${p.month} 月：执行率、进度和预警灯按 ${p.month} 月计算。请核对截止月份或该列数据。`,
      'en-US': (p) => `Column "${p.header}" holds figures to month ${p.written}, but the cut-off month is ${p.month}: rates, progress and lights are computed as of month ${p.month}. Check the cut-off month or the column.`,
    }),
  },
});

export const M008 = defineRule({
  id: 'M008', category: 'monitor', severity: 'warning',
  title: { 'zh-CN': '监控日期不在截止月份', 'en-US': 'Monitoring date outside the cut-off month' },
  messages: {
    /**
     * 配置's 监控日期 in another month than the cut-off: the table's 监控日期 is the end of the period monitored (its
     * time progress is the date's month / 12), so it shows the cut-off month's last day instead.
     */
    main: msg({
      params: { given: P.text, month: P.number, shown: P.text },
      'zh-CN': (p) => `监控日期 ${p.given} 不在监控截止月份 ${p.month} 月内：监控表按 1—${p.month}月填报，表中监控日期写作 ${p.shown}（时间进度按 ${p.month}/12）。请核对监控日期或监控截止月份。`,
      'en-US': (p) => `The monitoring date ${p.given} is not in the cut-off month ${p.month}: the table covers months 1 to ${p.month} and shows ${p.shown} as its date (time progress ${p.month}/12). Check the monitoring date or the cut-off month.`,
    }),
  },
});

export const MONITOR_RULES = [M001, M002, M003, M004, M005, M006, M007, M008] as const;
