/**
 * The figures of the source document (spec README, "Figures of the source document"), as data.
 * Amounts are exact decimal strings in 万元. The bundled sample ledger reproduces every one.
 */

export interface CohortFigure {
  /** 立项年度 */
  readonly year: number;
  readonly projects: number;
  /** Σ 财政支持资金 */
  readonly approved: string;
  /** Σ 本年拨付 */
  readonly disbursed: string;
}

export const SAMPLE_FIGURES = {
  fiscalYear: 2018,
  /** Newest first, as the funds paragraph lists them. */
  cohorts: [
    { year: 2018, projects: 49, approved: '1335', disbursed: '160' },
    { year: 2017, projects: 50, approved: '1431', disbursed: '680' },
    { year: 2016, projects: 18, approved: '586', disbursed: '90' },
    { year: 2015, projects: 30, approved: '854', disbursed: '160' },
    { year: 2014, projects: 22, approved: '755', disbursed: '110' },
  ] as ReadonlyArray<CohortFigure>,
  /** 结转项目 (cohorts 2014–2017). */
  carried: { projects: 120, approved: '3626', disbursed: '1040' },
  all: { projects: 169, approved: '4961', disbursed: '1200' },
  /** 新上项目 项目总投资 */
  newTotalInvestment: '38925.1',
  /** 新上项目 带动社会投入 = 38925.1 − 1335 */
  newSocialInvestment: '37590.1',
  /** 累计带动社会投入: Σ over all projects of (项目总投资 − 财政支持资金). */
  cumulativeSocialInvestment: '83553.61',
  /** 财政拨款 预算 / 执行 (execution rate 100 %). */
  budget: '1200',
  executed: '1200',
  /** The fund was cut from 2000 to 1200 (−40 %). */
  previousBudget: '2000',
  /** 新申请发明、实用新型专利 "近400件". */
  newPatents: 396,
  /** 培训 "1100余人次". */
  trainees: 1100,
  /** Distinct 承担单位 certified to 《企业知识产权管理规范》. */
  certifiedUnits: 20,
} as const;
