/**
 * The typed records the reader produces from a workbook (zod schemas are the single source of
 * their shape). Amounts are integer 分 (see money.ts); cells are 0-based sheet coordinates so
 * that every later finding can name its cell.
 */
// zod/mini, imported as a namespace: the bundlers keep only the schema kinds used here (classic zod's
// methods sit on prototypes and cannot be shaken: ~25 KB). The custom functions import none of this module (the
// ledger reader takes its keys from projectKeys.ts), so functions.js carries no zod at all.
import * as z from 'zod/mini';
import type { Target } from './read/targets';
import type { LayoutId } from './selfeval/layouts';

/**
 * A schema made when first asked for, then kept. Only 配置's reader parses with one (profileSchema);
 * the project and indicator schemas give their records' types. Making every schema as the module
 * loads was a few ms of each start of jx.
 */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateSchema = lazy(() => z.object({ kind: z.literal('date'), year: z.int(), month: z.int(), day: z.int() }));

export { PROJECT_KEYS, type ProjectKey } from './projectKeys';

export const PatentTypeSchema = z.enum(['发明', '实用新型', '外观设计', 'PCT发明', 'PCT实用新型']);
export const LegalStatusSchema = z.enum(['有效', '失效', '审中']);
export const ProjectStatusSchema = z.enum(['实施中', '已验收', '调整', '终止']);

/** One project row of 项目台账. A field that was empty or unreadable is undefined. */
export const projectSchema = lazy(() => z.object({
  /** 0-based sheet row of this project. */
  row: z.int(),
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  unit: z.optional(z.string()),
  creditCode: z.optional(z.string()),
  /** As written, trimmed (its official name is the reader's of each use: regionNamer, matchRegion). */
  region: z.optional(z.string()),
  cohortYear: z.optional(z.int()),
  industry: z.optional(z.string()),
  /** Raw text of the patent number as written (trimmed). */
  patentNo: z.optional(z.string()),
  patentType: z.optional(z.string()),
  legalStatus: z.optional(z.string()),
  totalInvestment: z.optional(z.int()),
  approved: z.optional(z.int()),
  priorDisbursed: z.optional(z.int()),
  disbursed: z.optional(z.int()),
  socialInvestment: z.optional(z.int()),
  contractStart: z.optional(dateSchema()),
  contractEnd: z.optional(dateSchema()),
  status: z.optional(z.string()),
  newPatents: z.optional(z.number()),
  trainees: z.optional(z.number()),
  certified: z.optional(z.boolean()),
  note: z.optional(z.string()),
  /** 本年计划拨付: what the year's plan pays the project (monitor.md: 全年预计执行数's suggestion). */
  planned: z.optional(z.int()),
}));
export type Project = z.infer<ReturnType<typeof projectSchema>>;

export const OpSchema = z.enum(['≥', '≤', '=', '定性']);
export type Op = z.infer<typeof OpSchema>;

/** One level-3 indicator of 绩效指标. */
export const indicatorSchema = lazy(() => z.object({
  row: z.int(),
  /**
   * The sheet of `row` when the indicator table goes on in another sheet (绩效指标（效益） after 绩效指标（产出）, the
   * same header: check.ts indicatorParts); absent for the indicator sheet itself.
   */
  sheet: z.optional(z.string()),
  level1: z.optional(z.string()),
  level2: z.optional(z.string()),
  level3: z.optional(z.string()),
  /** Comparison; absent when it could not be determined. */
  op: z.optional(OpSchema),
  /** The target as written (e.g. `≥49`, `100%符合要求`); the adjusted one where the row has a 调整后目标值. */
  targetText: z.optional(z.string()),
  /** The 年度指标值 as written, where a 调整后目标值 replaced it ('' when it was blank). */
  adjustedFrom: z.optional(z.string()),
  /** Numeric target when there is one (`≥90` → 90). */
  target: z.optional(z.number()),
  /** A range target's two ends (`90%-100%`: 90 and 100, both met), in the target's unit: an actual inside it deviates from nothing. */
  range: z.optional(z.object({ low: z.number(), high: z.number() })),
  unit: z.optional(z.string()),
  actualText: z.optional(z.string()),
  actual: z.optional(z.number()),
  /** 数据来源: an auto metric name. */
  source: z.optional(z.string()),
  points: z.optional(z.number()),
  score: z.optional(z.number()),
  deviation: z.optional(z.string()),
  /** 指标解释, when the sheet has the column. */
  explanation: z.optional(z.string()),
  /**
   * How the target grammar (read/targets.ts) read 年度指标值: a quantity, a relative change, a
   * deadline, several values, qualitative text or 不适用. `unit` above is the 度量单位 column,
   * else the unit written in the target.
   */
  parsed: z.optional(z.custom<Target>()),
  /** Where `op` came from: the 指标性质 column, a word in the target, or the 二级指标's default. */
  opFrom: z.optional(z.enum(['column', 'word', 'default'])),
  // Mid-year monitoring (monitor.md), when the sheet has the columns.
  /** 监控期完成值 as written, and as a number in the target's unit when it is one. */
  monitoredText: z.optional(z.string()),
  monitored: z.optional(z.number()),
  /** 全年预计完成值 as written, and as a number. */
  forecastText: z.optional(z.string()),
  forecast: z.optional(z.number()),
  /** 偏差原因类别: the categories named (经费保障 … 其他). */
  causes: z.optional(z.array(z.string())),
  causeNote: z.optional(z.string()),
  /** 完成目标可能性 as read (确定能 / 有可能 / 完全不可能). */
  likelihood: z.optional(z.enum(['确定能', '有可能', '完全不可能'])),
  correction: z.optional(z.string()),
}));
export type Indicator = z.infer<ReturnType<typeof indicatorSchema>>;


/** The fund profile from 配置 (defaults applied). Amounts in 分. */
export const profileSchema = lazy(() => z.object({
  projectName: z.string(),
  agency: z.string(),
  implementer: z.string(),
  fiscalYear: z.optional(z.int()),
  unit: z.enum(['万元', '元']),
  maxCarryYears: z.int(),
  regions: z.array(z.string()),
  industries: z.array(z.string()),
  maxApproved: z.optional(z.int()),
  minLeverage: z.optional(z.number()),
  budgetInitial: z.optional(z.int()),
  budget: z.optional(z.int()),
  executed: z.optional(z.int()),
  budgetFiscal: z.optional(z.int()),
  executedFiscal: z.optional(z.int()),
  budgetCarried: z.optional(z.int()),
  executedCarried: z.optional(z.int()),
  budgetOther: z.optional(z.int()),
  executedOther: z.optional(z.int()),
  budgetInitialFiscal: z.optional(z.int()),
  budgetInitialCarried: z.optional(z.int()),
  budgetInitialOther: z.optional(z.int()),
  goal: z.optional(z.string()),
  goalResult: z.optional(z.string()),
  /** 报告称谓: what the 自评报告 calls the project in its 二（一） paragraph (default: projectName). */
  reportSubject: z.optional(z.string()),
  /** 上年预算数: last year's budget, for the budget-change sentence of the 自评报告. */
  previousBudget: z.optional(z.int()),
  /**
   * 分值方案: the id of a layout of the registry (selfeval/layouts.ts); read/profile.ts takes only
   * those and fills in the default. Absent only in a profile made without 配置's reader (the
   * custom functions' defaults): the registry's default applies.
   */
  scheme: z.optional(z.custom<LayoutId>((v) => typeof v === 'string')),
  /** 监控截止月份 (monitor.md): the last month of the mid-year monitoring, 1–11. */
  monitorMonth: z.optional(z.int().check(z.minimum(1), z.maximum(11))),
  /** 监控日期: the monitoring date (else the last day of 监控截止月份). */
  monitorDate: z.optional(dateSchema()),
  /** 全年预计执行数: the year's expected execution, as given. */
  forecastExecuted: z.optional(z.int()),
  /** 目标执行情况: how far the year's overall goal has come by the cut-off (the monitoring table). */
  goalProgress: z.optional(z.string()),
  /** 反向指标算法 */
  inverseMethod: z.enum(['线性', '比值']),
  /** 偏离扣分: points deducted per indicator with actual ≥ 130 % of target. */
  deviationPenalty: z.optional(z.number()),
  /** 执行率封顶: [lower inclusive, upper exclusive) → cap. */
  rateCaps: z.array(z.object({ lower: z.number(), upper: z.number(), cap: z.number() })),
}));
export type Profile = z.infer<ReturnType<typeof profileSchema>>;
