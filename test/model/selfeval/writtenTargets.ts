/**
 * The sample workbook with its 绩效指标 replaced by targets written the ways the targets issue
 * counted (a subject before the number, 达到 … 以上, Chinese numerals, 约, a relative change, a time
 * limit, a deadline, a cost cap, several values, 不适用) and NO 度量单位 column: every unit comes
 * from the text. Used by the 2020-table tests and rendered with LibreOffice to look at.
 */
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';

export const WRITTEN_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** [一级, 二级, 三级, 年度指标值 as written, 实际完成值 as written, 分值, 得分, the score by hand, the target as printed]. */
export const WRITTEN_ROWS: ReadonlyArray<readonly [string, string, string, string, string, number | null, number | null, number | null, string]> = [
  ['产出指标', '数量指标', '新建公共卫生间', '两栋', '2栋', 8, null, 8, '2栋'],
  [' ', '数量指标', '覆盖住宅区', '覆盖99个住宅区（城中村）', '99个住宅区', 6, null, 6, '99个住宅区'],
  [' ', '数量指标', '培训人次', '约6.6万人次', '68000人次', 6, null, 6, '约6.6万人次'],
  [' ', '数量指标', '植树及绿化面积', '28515株；1241625.93㎡', '植树28515株，绿化1241625.93㎡', 6, 6, 6, '28515株；1241625.93㎡'],
  [' ', '质量指标', '应急人员合格率', '应急人员合格率90%', '95%', 6, null, 6, '90%'],
  [' ', '质量指标', '考核得分', '≥95分', '93分', 4, null, 3.92, '≥95分'],
  [' ', '时效指标', '应急响应时间', '半小时内', '0.4小时', 4, null, 4, '≤0.5小时'],
  [' ', '时效指标', '工程完工时间', '11月底前完成', '2018年11月20日完工', 4, null, 4, '11月底前完成'],
  [' ', '成本指标', '评估费用', '出具评估报告总成本不超过0.3万元', '0.28万元', 3, null, 3, '≤0.3万元'],
  [' ', '成本指标', '单个服务点建设成本', '≤15万元', '16万元', 3, null, 2.8, '≤15万元'],
  ['效益指标', '经济效益指标', '企业销售收入增长', '提升20%', '提升22%', 10, null, 10, '提升20%'],
  [' ', '社会效益指标', '新建便民服务点', '1处', '1处', 10, null, 10, '1处'],
  [' ', '生态效益指标', '绿化覆盖率', '大于或等于50%', '48%', 10, null, 9.6, '≥50%'],
  [' ', '可持续影响指标', '长效管护机制', '不适用', '—', null, null, null, '不适用'],
  ['满意度指标', '满意度指标', '服务对象满意度', '达到95%以上', '96%', 10, null, 10, '≥95%'],
];

/** Σ of the hand scores + 10 for the budget (executed 1200 of 1200). */
export const WRITTEN_TOTAL = 99.32;

export function writtenTargetsGrid(): Grid {
  const sample = sampleWorkbookGrid();
  const values: CellValue[][] = [WRITTEN_HEADER, ...WRITTEN_ROWS.map((r) => [r[0].trim() || null, r[1], r[2], r[3], r[4], r[5], r[6], null])];
  return { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)).filter((s) => s.name !== '报告素材') };
}
