/**
 * targets38: a quantitative indicator's actual in words that grade it (基本到位 against 100%) said "不是数字" (W005), as
 * for words that say nothing (进行中). Now W005.grade says what the words say and asks for the figure the form scores.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { sampleWorkbookGrid } from '../../../src/model/sample';

function evaluate(rows: ReadonlyArray<readonly [string, string, CellValue, CellValue]>) {
  const sample = sampleWorkbookGrid();
  const values: CellValue[][] = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'], ...rows.map(([level2, name, target, actual]) => ['产出指标', level2, name, target, actual, 10])];
  const grid: Grid = { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) };
  return evaluateWorkbook(grid, { layout: '2020' });
}

describe('targets38: W005 on an actual in words that grade it', () => {
  it('words that grade a rate (基本到位, 部分有效, 达标 against ≥90%) ask for its figure, naming what the words say — not "不是数字"', () => {
    const ev = evaluate([['质量指标', '资金到位率', '100%', '基本到位'], ['质量指标', '验收合格率', '100%', '部分有效'], ['质量指标', '资金使用合规率', '≥90%', '达标'], ['质量指标', '完工率', '100%', '进行中']]);
    expect(ev.selfEval!.indicators.map((i) => i.score)).toEqual([undefined, undefined, undefined, undefined]);
    const w005 = ev.findings.filter((f) => f.rule === 'W005');
    expect(w005.map((f) => [f.row, f.variant])).toEqual([[1, 'grade'], [2, 'grade'], [3, 'grade'], [4, 'actual']]);
    expect(findingText(w005[0])).toBe('定量指标“资金到位率”的实际完成值“基本到位”只说明部分达成，没有完成的数值，无法按年度指标值 ≥100% 计分。请填写实际完成的数值，或在“得分”列填写得分。');
    expect(findingText(w005[2], 'en-US')).toBe(
      'The actual value "达标" of quantitative indicator "资金使用合规率" says the target was achieved but gives no figure, so it cannot be scored against the target ≥90%. Write the value reached, or give a score in the score column.',
    );
  });
});
