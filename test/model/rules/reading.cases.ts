/** Cases of the reading rules (rules/reading.ts). */
import { indicators, scoredBook, validRow } from '../support/ledger';
import { cell, second, type RuleCases } from './tester';

export const CASES: RuleCases = {
  L002: [
    { name: 'empty 项目名称', book: { rows: second({ 项目名称: '  ' }) }, expect: [`error@${cell('项目名称')}`] },
    { name: 'empty optional 备注', book: { rows: second({ 备注: null }) }, expect: [] },
    { name: 'an indicator without 三级指标 is not read', grid: scoredBook({ indicatorRows: indicators({ 1: { 三级指标: null } }) }), expect: ['error@绩效指标!C3'] },
    { name: 'every indicator named', grid: scoredBook(), expect: [] },
    { name: '承担单位 blank on 6 of 8 rows: one finding at the header', book: { rows: Array.from({ length: 8 }, (_, i) => ({ ...validRow(i), 承担单位: i < 2 ? validRow(i).承担单位 : null })) }, expect: ['error@项目台账!C1'] },
    { name: '承担单位 blank on 3 of 8 rows: one per cell', book: { rows: Array.from({ length: 8 }, (_, i) => ({ ...validRow(i), 承担单位: i < 5 ? validRow(i).承担单位 : null })) }, expect: ['error@项目台账!C7', 'error@项目台账!C8', 'error@项目台账!C9'] },
    { name: 'a group row (一级指标 alone) above its indicators is no L002', grid: scoredBook({ indicatorRows: [{ 一级指标: '产出指标' }, ...indicators()] }), expect: [] },
  ],
  L003: [
    { name: 'text in an amount', book: { rows: second({ 本年拨付: '十五' }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'Excel error', book: { rows: second({ 项目总投资: { kind: 'error', code: '#N/A' } }) }, expect: [`error@${cell('项目总投资')}`] },
    { name: 'bad date', book: { rows: second({ 合同开始日期: '2017-13-01' }) }, expect: [`error@${cell('合同开始日期')}`] },
    { name: 'readable forms', book: { rows: second({ 本年拨付: '１５', 项目总投资: '300万元', 立项年度: '2017年' }) }, expect: [] },
    { name: 'an unreadable amount in a total row', book: { extra: [['合计', null, null, null, null, null, null, null, null, null, 600, 60, 20, '三十', 540]] }, expect: ['error@项目台账!N4'] },
    { name: '配置: 分值方案 names no layout', book: { profile: [['分值方案', '2019']] }, expect: ['error@配置!B3'] },
    { name: '配置: 分值方案 written as a year', book: { profile: [['分值方案', '2018年']] }, expect: [] },
    { name: '配置: an amount in words', book: { profile: [['单项资助上限', '五十万']] }, expect: ['error@配置!B3'] },
    { name: '绩效指标: 分值 that is no number', grid: scoredBook({ indicatorRows: indicators({ 0: { 分值: '五十' } }) }), expect: ['error@绩效指标!H2'] },
    { name: '项目状态 of no known class', book: { rows: second({ 项目状态: '待验收' }) }, expect: [`warning@${cell('项目状态')}`] },
    { name: '项目状态 words of each class (在研, 结项, 撤销 with nothing paid, 已完成)', book: { rows: [{ ...validRow(0), 项目状态: '在研' }, { ...validRow(1), 项目状态: '结项' }, { ...validRow(2), 项目状态: '撤销', 本年拨付: 0 }, { ...validRow(3), 项目状态: '已完成' }] }, expect: [] },
    { name: 'placeholders for "nothing" in optional fields', book: { rows: second({ 以前年度累计拨付: '－', 统一社会信用代码: '/', 合同结束日期: '无', 新申请专利数: '—', 备注: 'N/A' }) }, expect: [] },
  ],
};
