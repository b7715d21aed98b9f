/**
 * The JX custom functions (namespace `JX`, set in the manifest): thin wrappers over the pure
 * model (src/model/functions). Each one passes Excel's arguments through unchanged, turns an
 * FnError into a CustomFunctions.Error (#VALUE! and #N/A carry a message, in Chinese unless
 * Excel's display language is English) and returns the value otherwise.
 *
 * Association. CustomFunctionsMetadataPlugin (webpack) appends `CustomFunctions.associate("ID",
 * fn)` for every @customfunction of this file, in every build (not only the dev server); this file
 * also associates them itself, so a bundle built without the plugin works too. Both go through
 * the module-local `CustomFunctions` below, which shadows the global on purpose: it forwards each
 * id once to the host's CustomFunctions, and does nothing when the bundle is loaded where there is
 * no custom functions runtime (a plain browser page, a test), instead of throwing ReferenceError.
 */
import {
  budgetScoreOf, carryOver, cohortCount, cohortDisbursed, evalGrade, execRate, fundLeverage, indicatorScore,
  createLedgerFindings, isFnError, patentType, patentValid, rmbUpperOf, usccValid,
  type FnError, type FnResult, type FnValue,
} from '../model/functions';
import { localeFromLanguage, type Locale } from '../model/messages';

/** What this file uses of the host's CustomFunctions. */
interface HostCustomFunctions {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
}

interface HostGlobals {
  CustomFunctions?: HostCustomFunctions;
  Office?: { context?: { displayLanguage?: string } };
}

const host = (): HostGlobals => globalThis as unknown as HostGlobals;

/** Stands in for the error class where there is no runtime (never reached inside Excel). */
class JxFunctionError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
  }
}

// Shadows the global CustomFunctions on purpose (see the file note).
const CustomFunctions = (() => {
  const associated = new Map<string, unknown>();
  return {
    associate(id: string, fn: (...args: never[]) => unknown): void {
      const key = id.toUpperCase();
      if (associated.get(key) === fn) return;
      associated.set(key, fn);
      host().CustomFunctions?.associate(id, fn);
    },
  };
})();

/** zh-CN unless Office says the display language is English. */
function displayLocale(): Locale {
  try {
    return localeFromLanguage(host().Office?.context?.displayLanguage);
  } catch {
    return 'zh-CN';
  }
}

function hostError(e: FnError): unknown {
  const message = e.message?.[displayLocale()];
  const ErrorClass = host().CustomFunctions?.Error ?? JxFunctionError;
  // CustomFunctions.ErrorCode's values are the codes themselves ("#VALUE!", "#DIV/0!" …).
  return message === undefined ? new ErrorClass(e.error) : new ErrorClass(e.error, message);
}

function result<T extends FnValue>(r: FnResult<T>): T {
  if (isFnError(r)) throw hostError(r);
  return r;
}

/**
 * 带动比（杠杆率）：带动社会投入合计 ÷ 财政支持资金合计。
 * @customfunction
 * @param social 带动社会投入（万元），单元格或区域；social_is_total 为 TRUE 时为项目总投资
 * @param fiscal 财政支持资金（万元），单元格或区域
 * @param [social_is_total] TRUE：第一个参数是项目总投资，带动社会投入 = 总投资 − 财政支持资金；默认 FALSE
 * @returns 带动比
 */
export function FUNDLEVERAGE(social: any[][], fiscal: any[][], social_is_total?: boolean): number {
  return result(fundLeverage(social, fiscal, social_is_total));
}

/**
 * 某立项年度项目的金额合计（如本年拨付、财政支持资金），单位万元。
 * @customfunction
 * @param cohorts 立项年度列
 * @param amounts 金额列（与立项年度列行数相同），万元
 * @param year 立项年度，如 2017
 * @returns 该年度项目的金额合计（万元）
 */
export function COHORTDISBURSED(cohorts: any[][], amounts: any[][], year: any): number {
  return result(cohortDisbursed(cohorts, amounts, year));
}

/**
 * 某立项年度的项目数。
 * @customfunction
 * @param cohorts 立项年度列
 * @param year 立项年度，如 2017
 * @returns 项目数
 */
export function COHORTCOUNT(cohorts: any[][], year: any): number {
  return result(cohortCount(cohorts, year));
}

/**
 * 结转项目金额合计：立项年度早于评价年度的项目的金额合计（万元）。
 * @customfunction
 * @param cohorts 立项年度列
 * @param amounts 金额列（与立项年度列行数相同），万元
 * @param fiscal_year 评价年度，如 2018
 * @returns 结转项目的金额合计（万元）
 */
export function CARRYOVER(cohorts: any[][], amounts: any[][], fiscal_year: any): number {
  return result(carryOver(cohorts, amounts, fiscal_year));
}

/**
 * 预算执行率 = 全年执行数 ÷ 全年预算数（1 即 100%）。
 * @customfunction
 * @param executed 全年执行数（万元）
 * @param budget 全年预算数（万元）
 * @returns 预算执行率
 */
export function EXECRATE(executed: any, budget: any): number {
  return result(execRate(executed, budget));
}

/**
 * 预算执行得分 = min(执行率, 1) × 分值，保留 2 位小数。
 * @customfunction
 * @param executed 全年执行数（万元）
 * @param budget 全年预算数（万元）
 * @param [points] 分值，默认 10
 * @returns 预算执行得分
 */
export function BUDGETSCORE(executed: any, budget: any, points?: any): number {
  return result(budgetScoreOf(executed, budget, points));
}

/**
 * 绩效指标得分（按《项目支出绩效评价管理办法》记分），保留 2 位小数。
 * @customfunction
 * @param actual 实际完成值；定性指标为评价档次（达成 / 部分达成 / 未达成）
 * @param target 年度指标值，可带指标性质，如 ≥90
 * @param points 分值
 * @param [op] 指标性质：≥、≤、= 或 定性；省略时从年度指标值读取
 * @param [score] 定性指标的评分（须在所评档次的分数段内）
 * @returns 指标得分
 */
export function INDICATORSCORE(actual: any, target: any, points: any, op?: string, score?: any): number {
  return result(indicatorScore(actual, target, points, op, score));
}

/**
 * 评价等级：≥90 优，80–90 良，60–80 中，<60 差。
 * @customfunction
 * @param total 总分
 * @returns 优 / 良 / 中 / 差
 */
export function EVALGRADE(total: any): string {
  return result(evalGrade(total));
}

/**
 * 人民币大写金额，如 人民币壹仟贰佰万元整。
 * @customfunction
 * @param amount 金额
 * @param [unit] 金额单位：元（默认）或 万元
 * @param [prefix] 是否以“人民币”开头，默认 TRUE
 * @returns 大写金额
 */
export function RMBUPPER(amount: any, unit?: string, prefix?: boolean): string {
  return result(rmbUpperOf(amount, unit, prefix));
}

/**
 * 专利申请号（专利号）校验位是否正确。
 * @customfunction
 * @param number 专利号，如 ZL200710308494.X
 * @returns TRUE 或 FALSE
 */
export function PATENTVALID(number: any): boolean {
  return result(patentValid(number));
}

/**
 * 专利类型：发明 / 实用新型 / 外观设计 / PCT发明 / PCT实用新型；专利号无效时为 #VALUE!。
 * @customfunction
 * @param number 专利号，如 ZL200710308494.X
 * @returns 专利类型
 */
export function PATENTTYPE(number: any): string {
  return result(patentType(number));
}

/**
 * 统一社会信用代码（GB 32100）校验位是否正确。
 * @customfunction
 * @param code 统一社会信用代码（18 位）
 * @returns TRUE 或 FALSE
 */
export function USCCVALID(code: any): boolean {
  return result(usccValid(code));
}

/** FINDINGS' cache of the ranges it checked, for this session of the workbook (see model/functions/ledger.ts). */
const LEDGER_FINDINGS = createLedgerFindings();

/**
 * 检查项目台账区域（含标题行），逐行列出问题：规则、级别、单元格、说明；没有问题时为“无问题”。
 * @customfunction
 * @requiresParameterAddresses
 * @param ledger 项目台账区域，含标题行，如 项目台账!A1:V170
 * @returns 问题清单（规则、级别、单元格、说明）
 */
export function FINDINGS(ledger: any[][], invocation: CustomFunctions.Invocation): string[][] {
  const address = invocation?.parameterAddresses?.[0];
  return result(LEDGER_FINDINGS.spill(ledger, address, displayLocale()));
}

/** Every function by id: associated here, whether or not the metadata plugin adds its own calls. */
export const JX_FUNCTIONS = {
  FUNDLEVERAGE, COHORTDISBURSED, COHORTCOUNT, CARRYOVER, EXECRATE, BUDGETSCORE, INDICATORSCORE, EVALGRADE,
  RMBUPPER, PATENTVALID, PATENTTYPE, USCCVALID, FINDINGS,
} as const;

for (const [id, fn] of Object.entries(JX_FUNCTIONS)) CustomFunctions.associate(id, fn);
