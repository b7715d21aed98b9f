/**
 * Ledger metrics for the profile's fiscal year: cohort breakdown, totals, social investment,
 * outputs and budget execution. Amounts are exact integer 分 (money.ts).
 *
 * Decisions where the spec leaves room:
 * - A project's 带动社会投入 is its given `socialInvestment` when present (the ledger's own
 *   figure; rule L014 flags a given value that disagrees), else 项目总投资 − 财政支持资金 (the
 *   spec's default), else 0 when either of those is missing.
 * - With no fiscal year in the profile (S005 is then reported elsewhere), the latest cohort of
 *   the ledger stands in for it, so that the figures still mean something.
 * - Projects without 立项年度 count in the totals but in no cohort; cohorts after the fiscal year
 *   (L005) are listed but are neither new nor carried over.
 * - 贯标企业数 counts distinct 承担单位 (trimmed) with 贯标认证 = 是; a row without 承担单位 is
 *   not counted.
 */
import { fenTo, type Fen, type MoneyUnit } from './money';
import { sumFen } from './aggregates';
import type { Profile, Project } from './records';
import { maxOf } from './aggregates';
import { declaredUnit } from './read/header';

export interface CohortMetrics {
  readonly year: number;
  readonly count: number;
  readonly approved: Fen;
  readonly disbursed: Fen;
  readonly totalInvestment: Fen;
  readonly social: Fen;
}

export interface Metrics {
  readonly fiscalYear: number | undefined;
  readonly unit: MoneyUnit;
  /** Newest first. */
  readonly cohorts: ReadonlyArray<CohortMetrics>;
  readonly projectCount: number;
  readonly newCount: number;
  readonly carriedCount: number;
  readonly approvedTotal: Fen;
  readonly newApproved: Fen;
  readonly carriedApproved: Fen;
  readonly disbursedTotal: Fen;
  readonly newDisbursed: Fen;
  readonly carriedDisbursed: Fen;
  readonly newTotalInvestment: Fen;
  /** 带动社会投入 of the new cohort. */
  readonly newSocial: Fen;
  /** 累计带动社会投入 over all projects. */
  readonly cumulativeSocial: Fen;
  /** newSocial / newApproved; undefined when nothing was approved for the new cohort. */
  readonly leverage: number | undefined;
  readonly newPatents: number;
  readonly trainees: number;
  readonly certifiedUnits: number;
  readonly budgetInitial: Fen | undefined;
  /** 全年预算数 (= 年初预算数 when absent). */
  readonly budget: Fen | undefined;
  /** 全年执行数 (= Σ 本年拨付 when absent). */
  readonly executed: Fen;
  /** executed / budget; undefined when the budget is 0 or unknown. */
  readonly executionRate: number | undefined;
}

/** 带动社会投入 of one project (see the module note). */
export function projectSocial(p: Project): Fen {
  if (p.socialInvestment !== undefined) return p.socialInvestment;
  if (p.totalInvestment !== undefined && p.approved !== undefined) return p.totalInvestment - p.approved;
  return 0;
}

/** A cohort's figures while the projects are added up (CohortMetrics without its year). */
interface CohortSums {
  count: number;
  approved: Fen;
  disbursed: Fen;
  totalInvestment: Fen;
  social: Fen;
}

export function computeMetrics(projects: ReadonlyArray<Project>, profile: Profile): Metrics {
  // One pass over the projects (a ledger may hold a million): each sum adds the projects in ledger order.
  const byYear = new Map<number, CohortSums>();
  let approvedTotal = 0;
  let disbursedTotal = 0;
  let cumulativeSocial = 0;
  let newPatents = 0;
  let trainees = 0;
  const certified = new Set<string>();
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    const approved = p.approved ?? 0;
    const disbursed = p.disbursed ?? 0;
    const social = projectSocial(p);
    approvedTotal += approved;
    disbursedTotal += disbursed;
    cumulativeSocial += social;
    if (p.newPatents !== undefined && Number.isFinite(p.newPatents)) newPatents += p.newPatents;
    if (p.trainees !== undefined && Number.isFinite(p.trainees)) trainees += p.trainees;
    if (p.certified === true) {
      const unit = p.unit?.trim();
      if (unit) certified.add(unit);
    }
    if (p.cohortYear === undefined) continue;
    let c = byYear.get(p.cohortYear);
    if (!c) byYear.set(p.cohortYear, (c = { count: 0, approved: 0, disbursed: 0, totalInvestment: 0, social: 0 }));
    c.count++;
    c.approved += approved;
    c.disbursed += disbursed;
    c.totalInvestment += p.totalInvestment ?? 0;
    c.social += social;
  }
  const fiscalYear = profile.fiscalYear ?? maxOf(byYear.keys());

  const cohorts: CohortMetrics[] = [...byYear.keys()].sort((a, b) => b - a).map((year) => ({ year, ...byYear.get(year)! }));
  const isNew = (c: CohortMetrics): boolean => c.year === fiscalYear;
  const isCarried = (c: CohortMetrics): boolean => fiscalYear !== undefined && c.year < fiscalYear;
  const sum = (pick: (c: CohortMetrics) => number, keep: (c: CohortMetrics) => boolean): number =>
    sumFen(cohorts.filter(keep).map(pick));

  const newApproved = sum((c) => c.approved, isNew);
  const newSocial = sum((c) => c.social, isNew);

  const budget = profile.budget ?? profile.budgetInitial;
  const executed = profile.executed ?? disbursedTotal;

  return {
    fiscalYear,
    unit: profile.unit,
    cohorts,
    projectCount: projects.length,
    newCount: sum((c) => c.count, isNew),
    carriedCount: sum((c) => c.count, isCarried),
    approvedTotal,
    newApproved,
    carriedApproved: sum((c) => c.approved, isCarried),
    disbursedTotal,
    newDisbursed: sum((c) => c.disbursed, isNew),
    carriedDisbursed: sum((c) => c.disbursed, isCarried),
    newTotalInvestment: sum((c) => c.totalInvestment, isNew),
    newSocial,
    cumulativeSocial,
    leverage: newApproved === 0 ? undefined : newSocial / newApproved,
    newPatents,
    trainees,
    certifiedUnits: certified.size,
    budgetInitial: profile.budgetInitial,
    budget,
    executed,
    executionRate: budget === undefined || budget === 0 ? undefined : executed / budget,
  };
}

// ---------------------------------------------------------------------------------------------
// Auto metrics (数据来源 of 绩效指标)

type MetricKind = 'count' | 'amount' | 'percent';

interface AutoMetricDef {
  readonly kind: MetricKind;
  readonly unit?: string;
  readonly get: (m: Metrics) => number | undefined;
}

/** One row per 数据来源 name of workbook.md. Amounts are 分 (autoMetric gives them in a unit). */
const AUTO_METRICS: Readonly<Record<string, AutoMetricDef>> = {
  项目数: { kind: 'count', unit: '项', get: (m) => m.projectCount },
  新上项目数: { kind: 'count', unit: '项', get: (m) => m.newCount },
  结转项目数: { kind: 'count', unit: '项', get: (m) => m.carriedCount },
  财政支持资金合计: { kind: 'amount', get: (m) => m.approvedTotal },
  新上项目财政支持资金: { kind: 'amount', get: (m) => m.newApproved },
  本年拨付合计: { kind: 'amount', get: (m) => m.disbursedTotal },
  新上项目本年拨付: { kind: 'amount', get: (m) => m.newDisbursed },
  新上项目总投资: { kind: 'amount', get: (m) => m.newTotalInvestment },
  带动社会投入: { kind: 'amount', get: (m) => m.newSocial },
  累计带动社会投入: { kind: 'amount', get: (m) => m.cumulativeSocial },
  新申请专利数: { kind: 'count', unit: '件', get: (m) => m.newPatents },
  培训人次: { kind: 'count', unit: '人次', get: (m) => m.trainees },
  贯标企业数: { kind: 'count', unit: '家', get: (m) => m.certifiedUnits },
  // As a percentage number (100 = 100 %), from one division of the exact amounts.
  预算执行率: {
    kind: 'percent',
    unit: '%',
    get: (m) => (m.budget === undefined || m.budget === 0 ? undefined : (m.executed * 100) / m.budget),
  },
};

/** Every 数据来源 name (the reader flags any other name with W008). */
export const AUTO_METRIC_NAMES: ReadonlyArray<string> = Object.keys(AUTO_METRICS);

export type AutoMetricResult = { ok: true; value: number; unit?: string } | { ok: false };

/** The money unit an indicator's 度量单位 names (`万元`, ` 元 `, `（万元）`), if it names one (the reader's own rule). */
export const indicatorMoneyUnit = (unit: string | undefined): MoneyUnit | undefined => declaredUnit(unit ?? '');

/**
 * The value of a 数据来源 name; 预算执行率 in percent. An amount is given in `unit` when that names a
 * money unit (the indicator's 度量单位: its target is written in it, whatever unit the ledger uses),
 * else in the profile's unit.
 */
export function autoMetric(name: string, metrics: Metrics, unit?: string): AutoMetricResult {
  const def = Object.prototype.hasOwnProperty.call(AUTO_METRICS, name.trim()) ? AUTO_METRICS[name.trim()] : undefined;
  if (!def) return { ok: false };
  const raw = def.get(metrics);
  if (raw === undefined || !Number.isFinite(raw)) return { ok: false };
  if (def.kind === 'amount') {
    const u = indicatorMoneyUnit(unit) ?? metrics.unit;
    return { ok: true, value: fenTo(raw, u), unit: u };
  }
  return def.unit === undefined ? { ok: true, value: raw } : { ok: true, value: raw, unit: def.unit };
}
