/** Cases of the workbook rules (rules/workbook.ts). */
import { indicators, scoredBook } from '../support/ledger';
import type { RuleCases } from './tester';

export const CASES: RuleCases = {
  W001: [
    { name: 'executed ≠ Σ disbursed', book: { profile: [['全年执行数', 31]] }, expect: ['error@配置!B3'] },
    { name: 'executed = Σ disbursed', book: { profile: [['全年执行数', 30]] }, expect: [] },
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
    { name: 'targets and actuals given', grid: scoredBook(), expect: [] },
  ],
  W008: [
    { name: 'a data source that does not exist', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: null, 数据来源: '专利数' } }) }), expect: ['error@绩效指标!K2'] },
    { name: 'a known data source', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: null, 数据来源: '项目数' } }) }), expect: [] },
  ],
};
