/**
 * The typed records the reader produces from a workbook (zod schemas are the single source of
 * their shape). Amounts are integer 分 (see money.ts); cells are 0-based sheet coordinates so
 * that every later finding can name its cell.
 */
import { z } from 'zod';
import type { Target } from './read/targets';
import type { LayoutId } from './selfeval/layouts';

const DateSchema = z.object({ kind: z.literal('date'), year: z.number().int(), month: z.number().int(), day: z.number().int() });

export const PROJECT_KEYS = [
  'id', 'name', 'unit', 'creditCode', 'region', 'cohortYear', 'industry', 'patentNo', 'patentType',
  'legalStatus', 'totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment',
  'contractStart', 'contractEnd', 'status', 'newPatents', 'trainees', 'certified', 'note',
] as const;
export type ProjectKey = (typeof PROJECT_KEYS)[number];

export const PatentTypeSchema = z.enum(['发明', '实用新型', '外观设计', 'PCT发明', 'PCT实用新型']);
export const LegalStatusSchema = z.enum(['有效', '失效', '审中']);
export const ProjectStatusSchema = z.enum(['实施中', '已验收', '调整', '终止']);

/** One project row of 项目台账. A field that was empty or unreadable is undefined. */
export const ProjectSchema = z.object({
  /** 0-based sheet row of this project. */
  row: z.number().int(),
  id: z.string().optional(),
  name: z.string().optional(),
  unit: z.string().optional(),
  creditCode: z.string().optional(),
  /** As written, trimmed. */
  region: z.string().optional(),
  /** Official name when the written one is a known short form or official name. */
  regionOfficial: z.string().optional(),
  cohortYear: z.number().int().optional(),
  industry: z.string().optional(),
  /** Raw text of the patent number as written (trimmed). */
  patentNo: z.string().optional(),
  patentType: z.string().optional(),
  legalStatus: z.string().optional(),
  totalInvestment: z.number().int().optional(),
  approved: z.number().int().optional(),
  priorDisbursed: z.number().int().optional(),
  disbursed: z.number().int().optional(),
  socialInvestment: z.number().int().optional(),
  contractStart: DateSchema.optional(),
  contractEnd: DateSchema.optional(),
  status: z.string().optional(),
  newPatents: z.number().optional(),
  trainees: z.number().optional(),
  certified: z.boolean().optional(),
  note: z.string().optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const OpSchema = z.enum(['≥', '≤', '=', '定性']);
export type Op = z.infer<typeof OpSchema>;

/** One level-3 indicator of 绩效指标. */
export const IndicatorSchema = z.object({
  row: z.number().int(),
  level1: z.string().optional(),
  level2: z.string().optional(),
  level3: z.string().optional(),
  /** Comparison; absent when it could not be determined. */
  op: OpSchema.optional(),
  /** The target as written (e.g. `≥49`, `100%符合要求`). */
  targetText: z.string().optional(),
  /** Numeric target when there is one (`≥90` → 90). */
  target: z.number().optional(),
  unit: z.string().optional(),
  actualText: z.string().optional(),
  actual: z.number().optional(),
  /** 数据来源: an auto metric name. */
  source: z.string().optional(),
  points: z.number().optional(),
  score: z.number().optional(),
  deviation: z.string().optional(),
  /** 指标解释, when the sheet has the column. */
  explanation: z.string().optional(),
  /**
   * How the target grammar (read/targets.ts) read 年度指标值: a quantity, a relative change, a
   * deadline, several values, qualitative text or 不适用. `unit` above is the 度量单位 column,
   * else the unit written in the target.
   */
  parsed: z.custom<Target>().optional(),
  /** Where `op` came from: the 指标性质 column, a word in the target, or the 二级指标's default. */
  opFrom: z.enum(['column', 'word', 'default']).optional(),
  // Mid-year monitoring (monitor.md), when the sheet has the columns.
  /** 监控期完成值 as written, and as a number in the target's unit when it is one. */
  monitoredText: z.string().optional(),
  monitored: z.number().optional(),
  /** 全年预计完成值 as written, and as a number. */
  forecastText: z.string().optional(),
  forecast: z.number().optional(),
  /** 偏差原因类别: the categories named (经费保障 … 其他). */
  causes: z.array(z.string()).optional(),
  causeNote: z.string().optional(),
  /** 完成目标可能性 as read (确定能 / 有可能 / 完全不可能). */
  likelihood: z.enum(['确定能', '有可能', '完全不可能']).optional(),
  correction: z.string().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;


/** The fund profile from 配置 (defaults applied). Amounts in 分. */
export const ProfileSchema = z.object({
  projectName: z.string(),
  agency: z.string(),
  implementer: z.string(),
  fiscalYear: z.number().int().optional(),
  unit: z.enum(['万元', '元']),
  maxCarryYears: z.number().int(),
  regions: z.array(z.string()),
  industries: z.array(z.string()),
  maxApproved: z.number().int().optional(),
  minLeverage: z.number().optional(),
  budgetInitial: z.number().int().optional(),
  budget: z.number().int().optional(),
  executed: z.number().int().optional(),
  budgetFiscal: z.number().int().optional(),
  executedFiscal: z.number().int().optional(),
  budgetCarried: z.number().int().optional(),
  executedCarried: z.number().int().optional(),
  budgetOther: z.number().int().optional(),
  executedOther: z.number().int().optional(),
  budgetInitialFiscal: z.number().int().optional(),
  budgetInitialCarried: z.number().int().optional(),
  budgetInitialOther: z.number().int().optional(),
  goal: z.string().optional(),
  goalResult: z.string().optional(),
  /** 报告称谓: what the 自评报告 calls the project in its 二（一） paragraph (default: projectName). */
  reportSubject: z.string().optional(),
  /** 上年预算数: last year's budget, for the budget-change sentence of the 自评报告. */
  previousBudget: z.number().int().optional(),
  /**
   * 分值方案: the id of a layout of the registry (selfeval/layouts.ts); read/profile.ts takes only
   * those and fills in the default. Absent only in a profile made without 配置's reader (the
   * custom functions' defaults): the registry's default applies.
   */
  scheme: z.custom<LayoutId>((v) => typeof v === 'string').optional(),
  /** 监控截止月份 (monitor.md): the last month of the mid-year monitoring, 1–11. */
  monitorMonth: z.number().int().min(1).max(11).optional(),
  /** 监控日期: the monitoring date (else the last day of 监控截止月份). */
  monitorDate: DateSchema.optional(),
  /** 全年预计执行数: the year's expected execution, as given. */
  forecastExecuted: z.number().int().optional(),
  /** 目标执行情况: how far the year's overall goal has come by the cut-off (the monitoring table). */
  goalProgress: z.string().optional(),
  /** 反向指标算法 */
  inverseMethod: z.enum(['线性', '比值']),
  /** 偏离扣分: points deducted per indicator with actual ≥ 130 % of target. */
  deviationPenalty: z.number().optional(),
  /** 执行率封顶: [lower inclusive, upper exclusive) → cap. */
  rateCaps: z.array(z.object({ lower: z.number(), upper: z.number(), cap: z.number() })),
});
export type Profile = z.infer<typeof ProfileSchema>;
