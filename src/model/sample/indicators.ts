/**
 * The 绩效指标 sheet of the bundled sample: the worked example of scoring.md (scheme 2020), with
 * the indicators of the source appendix. Actuals left blank are computed from the ledger through
 * 数据来源 (an auto metric of workbook.md).
 */
import type { CellValue } from '../grid';

export const INDICATOR_HEADER = [
  '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位',
  '实际完成值', '数据来源', '分值', '得分', '偏差原因分析及改进措施',
] as const;

/** One row of 绩效指标, in the order of INDICATOR_HEADER. */
export type SampleIndicatorRow = [
  level1: string,
  level2: string,
  level3: string,
  op: string,
  target: string | number,
  unit: string | null,
  actual: string | number | null,
  source: string | null,
  points: number,
  score: number | null,
  deviation: string | null,
];

const TRAINING_DEVIATION =
  '项目承担单位结合专利实施普遍开展了知识产权培训，企业管理人员和技术人员参训达1100余人次，超额完成年度指标；' +
  '年初指标设定偏保守，今后将参照往年实际完成情况合理设定培训目标。';

export function sampleIndicatorRows(): SampleIndicatorRow[] {
  return [
    ['产出指标', '数量指标', '支持专利实施项目', '≥', 49, '家', null, '新上项目数', 20, null, null],
    ['产出指标', '数量指标', '培训从事知识产权工作人员', '≥', 500, '人次', null, '培训人次', 15, null, TRAINING_DEVIATION],
    ['产出指标', '质量指标', '所选项目承担单位符合条件', '=', 100, '%', 100, null, 10, null, null],
    ['产出指标', '时效指标', '项目执行时间', '定性', '项目执行期在有效时间内', null, '达成', null, 5, null, null],
    ['效益指标', '经济效益指标', '带动社会投入资金', '≥', 37000, '万元', null, '带动社会投入', 20, null, null],
    ['效益指标', '社会效益指标', '推动各项社会效益', '定性',
      '项目实施推动科技进步、促进就业安置、提高科学管理水平、保障安全生产', null, '达成', null, 10, null, null],
    ['满意度指标', '满意度指标', '项目实施企业满意度', '≥', 90, '%', 92, null, 10, null, null],
  ];
}

/** The sheet's values: header, then the rows. */
export function sampleIndicatorValues(): CellValue[][] {
  return [[...INDICATOR_HEADER], ...sampleIndicatorRows()];
}
