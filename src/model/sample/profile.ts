/** The 配置 sheet of the bundled sample: the fund profile of the source year, as 参数 / 值 pairs. */
import { SAMPLE_FIGURES } from './figures';

/** 预期目标 of the source appendix. */
export const SAMPLE_GOAL =
  '支持自治区确定的重大工程和重点建设项目及新疆特色产业领域的申报项目，通过实施专利项目，提升优势企业的知识产权创造、管理、保护和运用能力。' +
  '开展人才培训，搭建专利技术转化实施平台，建立企业知识产权信息利用平台和专利数据库，增强企业领导和职工的知识产权意识，' +
  '激励企业科技创新和知识产权创造，有效的提高企业运用知识产权制度的能力和知识产权工作管理水平。';

/** 实际完成目标 of the source appendix. */
export const SAMPLE_GOAL_RESULT =
  '该资金通过对具有自主知识产权的创新成果转化给予重点支持，加速了其规模化生产和应用，提高了企业知识产权转化运用能力，' +
  '扶持了一批技术含量高、市场前景好、带动效应强的自主知识产权产业化项目。同时，企业的知识产权意识在项目的实施过程中得到提升，' +
  '企业的知识产权制度得到完善。';

export function sampleProfileRows(): [string, string | number][] {
  const budget = Number(SAMPLE_FIGURES.budget);
  const executed = Number(SAMPLE_FIGURES.executed);
  return [
    ['项目名称', '自治区专利实施计划项目'],
    ['预算单位', '自治区知识产权局'],
    ['实施单位', '自治区知识产权局'],
    ['评价年度', SAMPLE_FIGURES.fiscalYear],
    ['金额单位', '万元'],
    ['最长结转年限', 4],
    ['年初预算数', budget],
    ['全年预算数', budget],
    ['全年执行数', executed],
    ['财政拨款预算数', budget],
    ['财政拨款执行数', executed],
    ['年度总体目标', SAMPLE_GOAL],
    ['实际完成情况', SAMPLE_GOAL_RESULT],
    // what the source's 二（一） calls the project, and last year's budget (the cut from 2000 to 1200)
    ['报告称谓', '自治区专利技术实施项目'],
    ['上年预算数', Number(SAMPLE_FIGURES.previousBudget)],
    ['分值方案', 2020],
  ];
}
