/**
 * Indicator tables as the year's forms print them and people fill them by hand: the finance ministry's 2020 项目支出绩效
 * 自评表 (财预〔2020〕10号) with its 绩效指标 label down the left of the indicator block, and the same table headed
 * 年初目标值 (the value set at the start of the year) where our template writes 年度指标值.
 */
import { checkWorkbook } from '../../../src/model/check';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';

const withIndicators = (sheet: Omit<GridSheet, 'name'> & { name?: string }): Grid => ({
  sheets: [...sampleWorkbookGrid().sheets.filter((s) => s.name !== SAMPLE_SHEETS.indicators), { name: sheet.name ?? '项目支出绩效自评表', ...sheet }],
});

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const ROWS: CellValue[][] = [
  ['产出指标', '数量指标', '支持专利实施项目', '≥49家', '52家', 20, 20, null],
  ['产出指标', '数量指标', '培训从事知识产权工作人员', '≥500人次', '1100人次', 15, 15, '年初指标设定偏保守'],
  ['产出指标', '质量指标', '所选项目承担单位符合条件', '100%', '100%', 10, 10, null],
  ['产出指标', '时效指标', '项目执行时间', '项目执行期在有效时间内', '达成', 5, 5, null],
  ['效益指标', '经济效益指标', '带动社会投入资金', '≥37000万元', '40000万元', 20, 20, null],
  ['效益指标', '社会效益指标', '推动各项社会效益', '项目实施推动科技进步', '达成', 10, 10, null],
  ['满意度指标', '服务对象满意度指标', '项目实施企业满意度', '≥90%', '85%', 10, null, '个别企业对拨付进度不满意'],
];

const read = (g: Grid) => checkWorkbook(g).indicators!.indicators.map((i) => [i.level3, i.op, i.target, i.unit, i.actual, i.points]);
const EXPECTED = [
  ['支持专利实施项目', '≥', 49, '家', 52, 20],
  ['培训从事知识产权工作人员', '≥', 500, '人次', 1100, 15],
  ['所选项目承担单位符合条件', '≥', 100, '%', 100, 10],
  ['项目执行时间', '定性', undefined, undefined, undefined, 5],
  ['带动社会投入资金', '≥', 37000, '万元', 40000, 20],
  ['推动各项社会效益', '定性', undefined, undefined, undefined, 10],
  ['项目实施企业满意度', '≥', 90, '%', 85, 10],
];

describe('the 2020 自评表 filled by hand, read back as this year\'s indicators', () => {
  /** The form's block: 绩效指标 in column A, merged from the header row down over every indicator row; then 总分. */
  const form = (): Omit<GridSheet, 'name'> => {
    const values: CellValue[][] = [
      ['项目支出绩效自评表'],
      ['（2018年度）'],
      ['项目名称', '自治区专利实施计划项目'],
      ['绩效指标', ...HEADER],
      ...ROWS.map((r) => [null, ...r]),
      ['总分', null, null, null, null, null, 100, null],
      ['本表由某某单位填报，数据截至2018年12月31日。', '本表由某某单位填报，数据截至2018年12月31日。'],
    ];
    return { values, merges: [{ top: 3, left: 0, bottom: 3 + ROWS.length, right: 0 }, { top: 12, left: 0, bottom: 12, right: 8 }] };
  };

  it('the 绩效指标 label down the left of the block is no second 三级指标 column: no S003 asking to rename the form', () => {
    const g = withIndicators(form());
    expect(read(g)).toEqual(EXPECTED);
    const e = evaluateWorkbook(g, { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => /^S00[1-4]$/.test(f.rule))).toEqual([]);
    // scored as scoring.md says: 85% against ≥90% is 85/90 of its 10 points; the other 80 met; 预算执行 10 of 10
    expect(e.selfEval!.total).toBeCloseTo(80 + 10 * (85 / 90) + 10, 2);
  });

  it('the label written once in the header row only, its cells below blank, reads the same', () => {
    const values = form().values.slice(0, -1);
    expect(read(withIndicators({ values }))).toEqual(EXPECTED);
    expect(checkWorkbook(withIndicators({ values })).findings.filter((f) => f.rule === 'S003')).toEqual([]);
  });

  it('a second 三级指标 column that holds names of its own is still read once, and S003 says which', () => {
    const { values, merges } = form();
    const other = values.map((r, i) => (i > 3 && i <= 3 + ROWS.length ? ['另一名称', ...r.slice(1)] : r));
    const s003 = checkWorkbook(withIndicators({ values: other, merges: merges!.slice(1) })).findings.filter((f) => f.rule === 'S003');
    expect(s003.map((f) => [f.row, f.col, (f.params as { header: string }).header])).toEqual([[3, 0, '绩效指标']]);
  });
});

describe.each(['年初目标值', '年初指标值', '年初设定目标值'])('the target column headed %p', (header) => {
  it('is the 年度指标值: every indicator read with its target, and the sheet scored', () => {
    const g = withIndicators({ name: '绩效自评表', values: [['项目支出绩效自评表'], [...HEADER.slice(0, 3), header, ...HEADER.slice(4)], ...ROWS] });
    expect(read(g)).toEqual(EXPECTED);
    const e = evaluateWorkbook(g, { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => f.severity === 'error' || /^S00[2-4]$/.test(f.rule))).toEqual([]);
    expect(e.selfEval!.total).toBeCloseTo(80 + 10 * (85 / 90) + 10, 2);
  });
});
