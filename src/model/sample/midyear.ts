/**
 * The mid-year variant of the bundled sample (`jx sample --monitor`): the source year's ledger as
 * of the end of July, with the payments made by then, and a 绩效指标 sheet of the monitoring
 * (监控期完成值, 全年预计完成值, 偏差原因, 完成目标可能性, 纠偏措施) where a few indicators are behind time.
 *
 * Payments by July: nothing yet to the new projects (their budget is issued by the end of June
 * and paid after the contracts are signed); half of the year's payment to each carried-over
 * project (those the year pays nothing remain unpaid: M005).
 */
import type { CellValue, Grid, GridSheet, Merge } from '../grid';
import { decimalToFen, fenToDecimal } from '../money';
import { SAMPLE_FIGURES } from './figures';
import { sampleProfileRows } from './profile';
import { sampleProjects, type SampleProject } from './projects';
import { CLEAN_LEDGER_ROWS, cleanCell, LEDGER_HEADERS, SAMPLE_SHEETS } from './workbook';

/** The cut-off month of the sample: 1—7月. */
export const MIDYEAR_MONTH = 7;

const HALF_STEP = 10_000; // 0.01 万元 in 分

/** The sample's projects with 本年拨付 as of the cut-off. */
export function midYearProjects(): SampleProject[] {
  return sampleProjects().map((p) => {
    if (p.cohortYear >= SAMPLE_FIGURES.fiscalYear) return { ...p, disbursed: '0' };
    const fen = decimalToFen(p.disbursed, '万元')!;
    return { ...p, disbursed: fenToDecimal(Math.round(fen / 2 / HALF_STEP) * HALF_STEP, '万元') };
  });
}

export const MIDYEAR_INDICATOR_HEADER = [
  '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位',
  '监控期完成值', '全年预计完成值', '偏差原因类别', '偏差原因说明', '完成目标可能性', '纠偏措施',
] as const;

/** The sample's indicators as of July: on time, a little behind (amber), far behind or past a deadline (red). */
export function midYearIndicatorRows(): CellValue[][] {
  const fy = SAMPLE_FIGURES.fiscalYear;
  return [
    ['产出指标', '数量指标', '支持专利实施项目', '≥', 49, '家', 49, 49, null, null, '确定能', null],
    ['产出指标', '数量指标', '培训从事知识产权工作人员', '≥', 500, '人次', 180, null, '人员保障',
      '培训计划集中在下半年，上半年仅举办两期', '有可能', '9月起每月在各地州举办一期培训，并组织项目承担单位内训'],
    ['产出指标', '质量指标', '所选项目承担单位符合条件', '=', 100, '%', 100, 100, null, null, '确定能', null],
    ['产出指标', '时效指标', '新上项目合同签订', '定性', `${fy}年6月底前`, null, '已签订45份，尚有4份未签订', null, '制度保障',
      '4个项目承担单位变更法定代表人，合同需重新审批', '有可能', '督促8月底前完成剩余合同签订'],
    ['产出指标', '时效指标', '项目执行时间', '定性', '项目执行期在有效时间内', null, '按合同执行', null, null, null, '确定能', null],
    ['效益指标', '经济效益指标', '带动社会投入资金', '≥', 37000, '万元', 18000, 38000, '经费保障',
      '部分企业自筹资金到位较慢', '确定能', null],
    ['效益指标', '社会效益指标', '推动各项社会效益', '定性',
      '项目实施推动科技进步、促进就业安置、提高科学管理水平、保障安全生产', null, '项目按计划推进', null, null, null, '有可能', null],
    ['满意度指标', '满意度指标', '项目实施企业满意度', '≥', 90, '%', null, null, null, null, '确定能', null],
  ];
}

/** The year's 配置 as of July: its names and budget, not its year-end figures (执行数, 实际完成情况, the report's words). */
const YEAR_END_ONLY = new Set(['全年执行数', '财政拨款执行数', '实际完成情况', '报告称谓', '上年预算数', '财政拨款预算数']);

function profileSheet(): GridSheet {
  const rows = sampleProfileRows().filter(([name]) => !YEAR_END_ONLY.has(name));
  const at = rows.findIndex(([name]) => name === '分值方案');
  rows.splice(at, 0,
    ['监控截止月份', MIDYEAR_MONTH],
    ['目标执行情况', '结转项目按合同推进，新上项目已完成评审、公示和立项，合同签订接近完成；培训和社会投入进度偏慢。']);
  return { name: SAMPLE_SHEETS.profile, values: [['参数', '值'], ...rows] };
}

function ledgerSheet(): GridSheet {
  const width = LEDGER_HEADERS.length;
  const pad = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(width - 1).fill(null)];
  const values: CellValue[][] = [
    pad(`${SAMPLE_FIGURES.fiscalYear}年度自治区专利实施项目台账（截至${MIDYEAR_MONTH}月31日）`),
    pad('单位：万元'),
    LEDGER_HEADERS.map(([k, h]) => (k === 'disbursed' ? `1-${MIDYEAR_MONTH}月拨付` : h)),
    ...midYearProjects().map((p) => LEDGER_HEADERS.map(([k]) => cleanCell(p, k))),
  ];
  const merges: Merge[] = [{ top: CLEAN_LEDGER_ROWS.title, left: 0, bottom: CLEAN_LEDGER_ROWS.title, right: width - 1 }];
  return { name: SAMPLE_SHEETS.ledger, values, merges };
}

/** The mid-year sample workbook (配置 with 监控截止月份, 项目台账 as of July, 绩效指标 with the monitoring columns). */
export function sampleMidYearGrid(): Grid {
  return {
    sheets: [
      profileSheet(),
      ledgerSheet(),
      { name: SAMPLE_SHEETS.indicators, values: [[...MIDYEAR_INDICATOR_HEADER], ...midYearIndicatorRows()] },
    ],
  };
}
