/**
 * Cases of the 绩效目标审核 (rules/targets.ts, T001–T011) and of the year-end sheet without
 * 实际完成值 (S002.actuals), or with only a forecast of them (S019): each fires where a reviewer would flag the indicator table, and stays
 * silent on the way the same thing is written right (and on the boundary).
 */
import type { CellValue, Grid } from '../../../src/model/grid';
import { book, indicators, scoredBook, type IndicatorRow } from '../support/ledger';
import type { RuleCases } from './tester';

/** The default scored book with its first indicator (产出指标 / 数量指标, row 2) changed. */
const first = (over: IndicatorRow): Grid => scoredBook({ indicatorRows: indicators({ 0: { 指标性质: null, 度量单位: null, ...over } }) });

/** A budget request: 绩效指标 only, with 指标解释 and without 实际完成值 (the 申报 stage). */
function request(rows: ReadonlyArray<ReadonlyArray<CellValue>>): Grid {
  return { sheets: [{ name: '绩效指标', values: [['一级指标', '二级指标', '三级指标', '年度指标值', '指标解释'], ...rows.map((r) => [...r])] }] };
}
const explained = (level2: string, name: string, target: string): CellValue[] => ['产出指标', level2, name, target, `${name}的说明`];

const NAME_30 = '年度内完成全区农村饮水安全巩固提升工程建设任务'.padEnd(30, '务');

export const CASES: RuleCases = {
  T001: [
    { name: 'an output indicator in words only', grid: first({ 年度指标值: '有序推进' }), expect: ['warning@绩效指标!E2'] },
    { name: 'in a budget request', grid: request([explained('质量指标', '工程质量', '质量良好')]), expect: ['warning@绩效指标!D2'] },
    { name: 'a number', grid: first({ 年度指标值: '≥2项' }), expect: [] },
    { name: 'a Chinese numeral counts as a number', grid: first({ 年度指标值: '两项' }), expect: [] },
    { name: 'a deadline counts as quantified', grid: first({ 年度指标值: '11月底前完成' }), expect: [] },
    { name: 'declared 定性 in 指标性质', grid: first({ 指标性质: '定性', 年度指标值: '有序推进', 实际完成值: '达成' }), expect: [] },
    { name: '不适用 is not unquantified', grid: first({ 年度指标值: '不适用' }), expect: [] },
  ],
  T002: [
    { name: 'satisfaction in words', grid: scoredBook(), expect: ['warning@绩效指标!E4'] },
    { name: 'satisfaction with a rate', grid: scoredBook({ indicatorRows: indicators({ 2: { 指标性质: null, 年度指标值: '≥90%', 实际完成值: '92%' } }) }), expect: [] },
    { name: 'satisfaction in Chinese numerals', grid: scoredBook({ indicatorRows: indicators({ 2: { 指标性质: null, 年度指标值: '九成以上', 实际完成值: '92%' } }) }), expect: [] },
  ],
  T003: [
    { name: 'a time indicator that only says 及时', grid: first({ 二级指标: '时效指标', 年度指标值: '及时' }), expect: ['warning@绩效指标!E2'] },
    { name: '按时完成, declared 定性', grid: first({ 二级指标: '时效指标', 指标性质: '定性', 年度指标值: '按时完成', 实际完成值: '达成' }), expect: ['warning@绩效指标!E2'] },
    { name: 'a deadline', grid: first({ 二级指标: '时效指标', 年度指标值: '11月底前完成', 实际完成值: '11月20日完成' }), expect: [] },
    { name: 'a time limit', grid: first({ 二级指标: '时效指标', 年度指标值: '3个工作日内', 实际完成值: '2个工作日' }), expect: [] },
  ],
  T004: [
    { name: 'a number without a unit', grid: first({ 年度指标值: '≥2' }), expect: ['warning@绩效指标!E2'] },
    { name: 'the unit in the target', grid: first({ 年度指标值: '≥2项' }), expect: [] },
    { name: 'the unit in 度量单位', grid: first({ 年度指标值: '≥2', 度量单位: '项' }), expect: [] },
    { name: 'a percent', grid: first({ 年度指标值: '≥95%', 实际完成值: '96%' }), expect: [] },
    { name: 'none of it (零): no unit to ask for', grid: first({ 三级指标: '安全事故', 年度指标值: '零', 实际完成值: '无' }), expect: [] },
    { name: 'none of it (无 under 投诉)', grid: first({ 三级指标: '投诉', 年度指标值: '无', 实际完成值: '无' }), expect: [] },
    // rank48: a place needs no unit (it asked one of 排名前3, and of ≤3 under 全国排名)
    { name: 'a rank (排名前3)', grid: first({ 三级指标: '示范城市评比', 年度指标值: '排名前3', 实际完成值: '第2名' }), expect: [] },
    { name: 'a rank its name says (≤3 under 全国排名)', grid: first({ 三级指标: '全国排名', 年度指标值: '≤3', 实际完成值: 2 }), expect: [] },
    { name: 'a ceiling that is no rank (≤3 under 聘用专家)', grid: first({ 三级指标: '聘用专家', 年度指标值: '≤3', 实际完成值: 2 }), expect: ['warning@绩效指标!E2'] },
  ],
  T005: [
    { name: 'a cost in persons', grid: first({ 二级指标: '成本指标', 年度指标值: '≤20人', 实际完成值: '18人' }), expect: ['warning@绩效指标!E2'] },
    { name: 'a cost in 万元', grid: first({ 二级指标: '成本指标', 年度指标值: '≤20万元', 实际完成值: '18万元' }), expect: [] },
    { name: 'a cost in 万 alone', grid: first({ 二级指标: '成本指标', 年度指标值: '总成本1200万', 实际完成值: '1100万' }), expect: [] },
    { name: 'a cost per unit', grid: first({ 二级指标: '成本指标', 年度指标值: '≤800元/亩', 实际完成值: '760元/亩' }), expect: [] },
  ],
  T006: [
    { name: 'satisfaction under 社会效益指标', grid: scoredBook({ indicatorRows: indicators({ 1: { 三级指标: '群众满意度' } }) }), expect: ['warning@绩效指标!B3'] },
    { name: 'satisfaction under 质量指标', grid: first({ 二级指标: '质量指标', 三级指标: '服务对象满意率', 年度指标值: '≥90%', 实际完成值: '95%' }), expect: ['warning@绩效指标!B2'] },
    { name: 'satisfaction under 满意度指标', grid: scoredBook(), expect: [] },
  ],
  T007: [
    { name: 'a sentence for a name (31 characters)', grid: first({ 三级指标: `${NAME_30}。`, 年度指标值: '≥2项' }), expect: ['warning@绩效指标!C2'] },
    { name: 'exactly 30 characters', grid: first({ 三级指标: NAME_30, 年度指标值: '≥2项' }), expect: [] },
  ],
  T008: [
    { name: 'the same name twice in one project', grid: scoredBook({ indicatorRows: indicators({ 1: { 三级指标: '支持项目 数' } }) }), expect: ['warning@绩效指标!C3'] },
    { name: 'distinct names', grid: scoredBook(), expect: [] },
  ],
  T009: [
    { name: 'an empty 指标解释', grid: request([explained('数量指标', '新建公厕', '≥12座'), ['产出指标', '质量指标', '验收合格率', '100%', null]]), expect: ['warning@绩效指标!E3'] },
    { name: 'every indicator explained', grid: request([explained('数量指标', '新建公厕', '≥12座')]), expect: [] },
    { name: 'no 指标解释 column', grid: scoredBook(), expect: [] },
    { name: 'the 指标解释 column empty on every row: one finding at its header', grid: request([['产出指标', '数量指标', '新建公厕', '≥12座', null], ['产出指标', '质量指标', '验收合格率', '100%', null], ['产出指标', '时效指标', '完工时间', '11月底前', null]]), expect: ['warning@绩效指标!E1'] },
  ],
  T010: [
    { name: '约 read as the default direction', grid: first({ 年度指标值: '约2项' }), expect: ['info@绩效指标!E2'] },
    { name: 'a comparison written', grid: first({ 年度指标值: '≥2项' }), expect: [] },
  ],
  T012: [
    { name: 'a bare 0 under a count (新增示范点 0个 scored 5个 in full, silently)', grid: first({ 三级指标: '新增示范点', 年度指标值: '0个', 实际完成值: '5个' }), expect: ['warning@绩效指标!E2'] },
    { name: 'a 0 under 指标性质 ≥', grid: first({ 指标性质: '≥', 年度指标值: 0, 度量单位: '%', 实际完成值: '95%' }), expect: ['warning@绩效指标!E2'] },
    { name: 'a 0 of what should not happen (a cap: ≤0)', grid: first({ 三级指标: '重复申报项目', 年度指标值: '0个', 实际完成值: '0个' }), expect: [] },
    { name: '零 and ≥0 written by the setter', grid: scoredBook({ indicatorRows: indicators({ 0: { 指标性质: null, 三级指标: '安全事故', 年度指标值: '零', 实际完成值: '0' }, 1: { 指标性质: null, 年度指标值: '≥0%', 实际完成值: '3%' } }) }), expect: [] },
  ],
  T011: [
    { name: 'several values in one cell', grid: first({ 年度指标值: '新建2座；改建3座' }), expect: ['info@绩效指标!E2'] },
    { name: 'one value written twice on two lines', grid: first({ 年度指标值: '≥2项\n≥2项' }), expect: [] },
  ],
  S002: [
    {
      name: 'a year-end workbook whose 绩效指标 has no 实际完成值: one finding, not one per row',
      grid: book({ indicators: [['一级指标', '二级指标', '三级指标', '年度指标值'], ['产出指标', '数量指标', '支持项目数', '≥2项'], ['产出指标', '质量指标', '合格率', '100%']] }),
      expect: ['error@绩效指标!A1'],
    },
    { name: 'a budget request has no actuals to miss', grid: request([explained('数量指标', '新建公厕', '≥12座')]), expect: [] },
  ],
  S019: [
    {
      name: 'the only actuals are marked 预计: a forecast, never scored (at its header)',
      grid: book({ indicators: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值（预计）'], ['产出指标', '数量指标', '支持项目数', '≥2项', '2项'], ['产出指标', '质量指标', '合格率', '100%', '100%']] }),
      expect: ['error@绩效指标!E1'],
    },
    {
      name: 'the year before\'s actuals beside this year\'s forecast (评价年度 2018): the forecast is no actual',
      grid: book({ indicators: [['一级指标', '二级指标', '三级指标', '年度指标值', '2017年实际完成', '2018年实际完成（预测）'], ['产出指标', '数量指标', '支持项目数', '≥2项', '3项', '2项']] }),
      expect: ['error@绩效指标!F1'],
    },
    {
      name: 'a forecast beside the actuals: the actuals are read',
      grid: book({ indicators: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '实际完成值（估计）'], ['产出指标', '数量指标', '支持项目数', '≥2项', '2项', '2项']] }),
      expect: [],
    },
  ],
};
