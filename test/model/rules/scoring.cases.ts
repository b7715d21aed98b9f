/** Cases of the scoring rules (rules/scoring.ts, scoringWorkbook.ts; W006, W007, W011, W012 are decided by scoring/evaluate.ts). */
import { indicators, scoredBook } from '../support/ledger';
import type { RuleCases } from './tester';
import { sampleWorkbookGrid } from '../../../src/model/sample';

export const CASES: RuleCases = {
  W003: [
    { name: 'points + 10 ≠ 100', grid: scoredBook({ indicatorRows: indicators({ 0: { 分值: 40 } }) }), expect: ['warning@绩效指标!H1'] },
    { name: 'points + 10 = 100', grid: scoredBook(), expect: [] },
    { name: 'a 总分 typed at the foot, not the scores added up (95 against 10 + 50 + 30 + 10)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 50 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 95 }] }), expect: ['warning@绩效指标!I5'] },
    { name: 'a 总分 rounded to one decimal (97.7 for 10 + 47.67 + 30 + 10 = 97.67): the same total', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 47.67 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 97.7 }] }), expect: [] },
    { name: 'a 总分 0.05 off but no rounding of it (97.72 for 97.67)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 47.67 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 97.72 }] }), expect: ['warning@绩效指标!I5'] },
    { name: 'a 总分 0.05 below (97.62 for 97.67)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 47.67 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 97.62 }] }), expect: ['warning@绩效指标!I5'] },
    { name: 'a 总分 of 100 for 99.95 (rounded half-up to one decimal)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 49.95 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 100 }] }), expect: [] },
    { name: 'a 总分 of 99.9 for 99.95 (rounded down)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 49.95 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 99.9 }] }), expect: ['warning@绩效指标!I5'] },
    { name: 'a 总分 of 100 for 99.94 (0.06 off)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 49.94 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 100 }] }), expect: ['warning@绩效指标!I5'] },
    { name: '总分 （不 含预算执行） with spaces, typed as the indicators\' scores alone', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 47.67 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分 （不 含预算执行）', 分值: 90, 得分: 87.7 }] }), expect: [] },
    { name: 'a 总分 one tenth off (97.5 for 97.67)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 47.67 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 97.5 }] }), expect: ['warning@绩效指标!I5'] },
    { name: '总分（不含预算执行） typed as the indicators\' scores alone (87.67)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 47.67 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分（不含预算执行）', 分值: 90, 得分: 87.67 }] }), expect: [] },
    { name: '总分（不含预算执行） typed with the budget in (97.67)', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 47.67 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分（不含预算执行）', 分值: 90, 得分: 97.67 }] }), expect: ['warning@绩效指标!I5'] },
    { name: '执行率封顶 caps the total at 80 (rate 75%): a 总分 typed as the scores added up (97.5) is said, with the cap', grid: scoredBook({ profile: [['全年执行数', 22.5], ['执行率封顶', '0.7-0.8:80']], indicatorRows: [...indicators({ 0: { 得分: 50 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 97.5 }] }), expect: ['warning@绩效指标!I5'] },
    { name: '执行率封顶 caps the total at 80: a 总分 typed as the capped total', grid: scoredBook({ profile: [['全年执行数', 22.5], ['执行率封顶', '0.7-0.8:80']], indicatorRows: [...indicators({ 0: { 得分: 50 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: 80 }] }), expect: [] },
    { name: 'a 总分 typed right', grid: scoredBook({ indicatorRows: [...indicators({ 0: { 得分: 50 }, 1: { 得分: 30 }, 2: { 得分: 10 } }), { 一级指标: '总分', 分值: 90, 得分: '100.00' }] }), expect: [] },
    { name: 'a 总分 typed where a score is left to the officer (部分达成, no 得分): not compared', grid: scoredBook({ indicatorRows: [...indicators({ 2: { 实际完成值: '部分达成' } }), { 一级指标: '总分', 分值: 90, 得分: 95 }] }), expect: [] },
  ],
  W004: [
    { name: 'level-1 points off 50/30/10 under 分值方案 2020', grid: scoredBook({ indicatorRows: indicators({ 0: { 分值: 45 }, 1: { 分值: 35 } }) }), expect: ['warning@绩效指标!A2', 'warning@绩效指标!A3'] },
    { name: 'the same under 分值方案 2018 (a form without points)', grid: scoredBook({ profile: [['分值方案', 2018]], indicatorRows: indicators({ 0: { 分值: 45 }, 1: { 分值: 35 } }) }), expect: [] },
    { name: '2018 wording read as its category', grid: scoredBook({ indicatorRows: indicators({ 0: { 一级指标: '项目完成指标' }, 1: { 一级指标: '项目效果' } }) }), expect: [] },
  ],
  W006: [
    { name: 'actual 50 % over the target, no explanation', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '3' } }) }), expect: ['warning@绩效指标!G2'] },
    { name: 'the same, explained', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '3', 偏差原因分析及改进措施: '追加支持一个项目' } }) }), expect: [] },
  ],
  W007: [
    { name: '达成 with a score below its band', grid: scoredBook({ indicatorRows: indicators({ 2: { 得分: 5 } }) }), expect: ['error@绩效指标!I4'] },
    { name: '部分达成 without a score', grid: scoredBook({ indicatorRows: indicators({ 2: { 实际完成值: '部分达成' } }) }), expect: ['error@绩效指标!I4'] },
    { name: 'a free-text actual with a score over the points', grid: scoredBook({ indicatorRows: indicators({ 2: { 实际完成值: '按计划推进', 得分: 12 } }) }), expect: ['error@绩效指标!I4'] },
    { name: '达成 with a score inside its band', grid: scoredBook({ indicatorRows: indicators({ 2: { 得分: 9 } }) }), expect: [] },
  ],
  W009: [
    { name: '全年预算数 empty', grid: scoredBook({ profile: [['全年预算数', null]] }), expect: ['warning@配置!B3'] },
    { name: '全年预算数 given', grid: scoredBook(), expect: [] },
    { name: 'no 配置 sheet at all (noProfile: where 全年预算数 goes), at no sheet', grid: { sheets: sampleWorkbookGrid().sheets.filter((s) => s.name !== '配置') }, expect: ['warning@!A1'] },
  ],
  W010: [
    { name: 'execution 75 %, not explained', grid: scoredBook({ profile: [['全年预算数', 40]] }), expect: ['warning@配置!B3'] },
    { name: 'execution 75 %, explained in 实际完成情况', grid: scoredBook({ profile: [['全年预算数', 40], ['实际完成情况', '项目调整，执行率偏低。']] }), expect: [] },
  ],
  W011: [
    { name: 'a qualitative actual naming no grade, no score', grid: scoredBook({ indicatorRows: indicators({ 2: { 实际完成值: '按计划推进' } }) }), expect: ['warning@绩效指标!G4'] },
    { name: 'a grade named', grid: scoredBook(), expect: [] },
  ],
  W012: [
    { name: 'a typed score above its share (1 of ≥2 项: 25 of 50), kept and said', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '1', 得分: 50 } }) }), expect: ['warning@绩效指标!I2'] },
    { name: 'a typed score below its share (the evaluator’s mark-down)', grid: scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '1', 得分: 20 } }) }), expect: [] },
  ],
};
