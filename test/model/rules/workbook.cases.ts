/** Cases of the workbook rules (rules/workbook.ts). */
import { book, indicators, scoredBook } from '../support/ledger';
import type { Grid } from '../../../src/model/grid';
import type { RuleCases } from './tester';

/** A book whose paid column is as of a cut-off (1-7月拨付): the mid-year stage (monitor.md). */
function midYear(g: Grid): Grid {
  return { sheets: g.sheets.map((s) => (s.name === '项目台账' ? { ...s, values: [s.values[0].map((h) => (h === '本年拨付' ? '1-7月拨付' : h)), ...s.values.slice(1)] } : s)) };
}

export const CASES: RuleCases = {
  W001: [
    { name: 'executed ≠ Σ disbursed', book: { profile: [['全年执行数', 31]] }, expect: ['error@配置!B3'] },
    { name: 'executed = Σ disbursed', book: { profile: [['全年执行数', 30]] }, expect: [] },
    // the ledger holds what was paid by the cut-off, not the year's: 全年执行数 is not expected to equal it
    { name: 'mid-year: paid by the cut-off ≠ 全年执行数 (was W001)', grid: midYear(book({ profile: [['全年执行数', 31]] })), expect: [] },
  ],
  W002: [
    { name: 'executed > budget', book: { profile: [['全年预算数', 20], ['全年执行数', 30]] }, expect: ['warning@配置!B4'] },
    { name: 'within budget', book: { profile: [['全年预算数', 30], ['全年执行数', 30]] }, expect: [] },
  ],
  W005: [
    { name: 'no target', grid: scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: null } }) }), expect: ['error@绩效指标!E2'] },
    { name: 'a quantitative target that is no number', grid: scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '很多' } }) }), expect: ['error@绩效指标!E2'] },
    { name: 'a quantitative actual that is no number, without a data source', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '进行中' } }) }), expect: ['error@绩效指标!G2'] },
    { name: 'a quantitative actual left blank, without a data source (noActual)', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: null } }) }), expect: ['error@绩效指标!G2'] },
    { name: 'the actual left to a data source', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: null, 数据来源: '项目数' } }) }), expect: [] },
    { name: 'an actual that is no number beside a data source (sourced: not replaced by the source, not scored)', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '进行中', 数据来源: '项目数' } }) }), expect: ['error@绩效指标!G2'] },
    { name: 'targets and actuals given', grid: scoredBook(), expect: [] },
    // W005.unit: a number in a unit the target's does not convert to (unitActual.test.ts holds its words)
    { name: 'an actual in another unit (52个 for 49家)', grid: scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '49', 度量单位: '家', 实际完成值: '52个' } }) }), expect: ['error@绩效指标!G2'] },
    // W005.grade: words that grade a rate give no figure (officerPhrasings.test.ts holds its words)
    { name: 'an actual in words that grade it (基本到位 against 100%)', grid: scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '100%', 实际完成值: '基本到位' } }) }), expect: ['error@绩效指标!G2'] },
    // W005.grade 增减变化: a change against a level (relativeTargets.test.ts holds its words); a change's own figure is scored
    { name: 'an actual that gives only a change (较上年增长8% against ≥90%)', grid: scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '≥90%', 实际完成值: '较上年增长8%' } }) }), expect: ['error@绩效指标!G2'] },
    { name: 'a change against a target in 个百分点 (scored, no W005)', grid: scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '≥2个百分点', 度量单位: null, 实际完成值: '提高3个百分点' } }) }), expect: [] },
    { name: 'an actual in a unit that converts (2小时 for 1天 is 1/12 天: scored, no W005)', grid: scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '1', 度量单位: '天', 实际完成值: '2小时' } }) }), expect: [] },
  ],
  W008: [
    { name: 'a data source that does not exist', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: null, 数据来源: '专利数' } }) }), expect: ['error@绩效指标!K2'] },
    { name: 'a known data source', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: null, 数据来源: '项目数' } }) }), expect: [] },
  ],
};
