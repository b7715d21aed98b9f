/**
 * phrasings37: targets and actuals of 专项资金 indicator tables as officers write them (产出: 数量, 质量, 时效, 成本; 效益:
 * 经济, 社会, 生态, 可持续影响; 满意度), through evaluateWorkbook on the sample with its 绩效指标 replaced (what jx selfeval,
 * jx check and the page show). Each row: what the 2020 table shows as the target, and the score of 10 points an evaluator
 * gives by scoring.md (undefined: a grade whose score the officer must give, W007).
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { sampleWorkbookGrid } from '../../../src/model/sample';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '偏差原因分析及改进措施'];
const LEVEL1: Readonly<Record<string, string>> = {
  数量指标: '产出指标', 质量指标: '产出指标', 时效指标: '产出指标', 成本指标: '产出指标',
  经济效益指标: '效益指标', 社会效益指标: '效益指标', 生态效益指标: '效益指标', 可持续影响指标: '效益指标', 满意度指标: '满意度指标',
};

function evaluate(rows: ReadonlyArray<readonly [string, string, CellValue, CellValue]>, profile?: (rows: CellValue[][]) => CellValue[][]) {
  const sample = sampleWorkbookGrid();
  const values: CellValue[][] = [HEADER, ...rows.map(([level2, name, target, actual]) => [LEVEL1[level2], level2, name, target, actual, 10, null])];
  const grid: Grid = {
    sheets: sample.sheets.map((s) =>
      s.name === '绩效指标' ? { name: '绩效指标', values } : s.name === '配置' && profile ? { ...s, values: profile(s.values.map((r) => [...r])) } : s),
  };
  return evaluateWorkbook(grid, { layout: '2020' });
}

describe('phrasings37: W011 in English names the grades in English', () => {
  it('its text has no Chinese but the indicator\'s name and actual', () => {
    const ev = evaluate([['社会效益指标', 'Outreach', '有效提升', '进行中']]);
    const w011 = ev.findings.filter((f) => f.rule === 'W011');
    expect(w011.map((f) => findingText(f, 'en-US'))).toEqual([
      'Qualitative indicator "Outreach": the actual "进行中" names no grade (achieved / partly achieved / not achieved) and no score is given; it scores 0 (points 10).',
    ]);
    expect(findingText(w011[0])).toContain('（达成 / 部分达成 / 未达成）');
  });
});
