/**
 * The JX custom functions as pure functions: Excel's raw arguments in (ranges as `any[][]`,
 * omitted arguments `null`, errors as objects with a `code`), a value or an FnError out.
 * The Excel wrappers (src/functions/functions.ts) only call these.
 */
import { invoke, type FunctionSignature, type FunctionSpec, type ParamSpec } from './args';
import { CARRYOVER, COHORTCOUNT, COHORTDISBURSED, EXECRATE, FUNDLEVERAGE } from './funds';
import { PATENTTYPE, PATENTVALID, RMBUPPER, USCCVALID } from './ids';
import { FINDINGS_SIGNATURE } from './ledger';
import { BUDGETSCORE, EVALGRADE, INDICATORSCORE } from './scores';
import type { FnResult } from './types';

export * from './types';
export { cellOf, invoke, toRange, type ArgType, type CellRange, type FunctionSignature, type ParamSpec, type ResultType } from './args';
export { createLedgerFindings, parseRangeAddress, sheetRef, cellRef, type FindingsStats, type LedgerFindings } from './ledger';

/** Every function but FINDINGS, by id: its parameters and its computation. */
export const FUNCTION_SPECS = {
  FUNDLEVERAGE, COHORTDISBURSED, COHORTCOUNT, CARRYOVER, EXECRATE,
  BUDGETSCORE, INDICATORSCORE, EVALGRADE,
  RMBUPPER, PATENTVALID, PATENTTYPE, USCCVALID,
} as const;

/** The 13 ids, in catalogue order (functions.md). */
export const FUNCTION_IDS = [...Object.keys(FUNCTION_SPECS), 'FINDINGS'] as ReadonlyArray<FunctionId>;
export type FunctionId = keyof typeof FUNCTION_SPECS | 'FINDINGS';

/**
 * The registry: every function's entry (id, descriptions, parameters, result), FINDINGS included, in catalogue order.
 * functions.json and functions-en.json are generated from it (metadata.ts); adding a function is one entry here and
 * its test.
 */
export const FUNCTION_SIGNATURES: Readonly<Record<FunctionId, FunctionSignature>> = {
  ...(FUNCTION_SPECS as Record<keyof typeof FUNCTION_SPECS, FunctionSpec>),
  FINDINGS: FINDINGS_SIGNATURE,
};

/** Parameters of every function, FINDINGS included. */
export const FUNCTION_PARAMS: Readonly<Record<FunctionId, ReadonlyArray<ParamSpec>>> = Object.fromEntries(
  FUNCTION_IDS.map((id) => [id, FUNCTION_SIGNATURES[id].params])
) as Record<FunctionId, ReadonlyArray<ParamSpec>>;

export const fundLeverage = (social: unknown, fiscal: unknown, socialIsTotal?: unknown): FnResult<number> =>
  invoke(FUNDLEVERAGE, [social, fiscal, socialIsTotal]);
export const cohortDisbursed = (cohorts: unknown, amounts: unknown, year: unknown): FnResult<number> =>
  invoke(COHORTDISBURSED, [cohorts, amounts, year]);
export const cohortCount = (cohorts: unknown, year: unknown): FnResult<number> =>
  invoke(COHORTCOUNT, [cohorts, year]);
export const carryOver = (cohorts: unknown, amounts: unknown, fiscalYear: unknown): FnResult<number> =>
  invoke(CARRYOVER, [cohorts, amounts, fiscalYear]);
export const execRate = (executed: unknown, budget: unknown): FnResult<number> =>
  invoke(EXECRATE, [executed, budget]);
export const budgetScoreOf = (executed: unknown, budget: unknown, points?: unknown): FnResult<number> =>
  invoke(BUDGETSCORE, [executed, budget, points]);
export const indicatorScore = (actual: unknown, target: unknown, points: unknown, op?: unknown, score?: unknown): FnResult<number> =>
  invoke(INDICATORSCORE, [actual, target, points, op, score]);
export const evalGrade = (total: unknown): FnResult<string> => invoke(EVALGRADE, [total]);
export const rmbUpperOf = (amount: unknown, unit?: unknown, prefix?: unknown): FnResult<string> =>
  invoke(RMBUPPER, [amount, unit, prefix]);
export const patentValid = (number: unknown): FnResult<boolean> => invoke(PATENTVALID, [number]);
export const patentType = (number: unknown): FnResult<string> => invoke(PATENTTYPE, [number]);
export const usccValid = (code: unknown): FnResult<boolean> => invoke(USCCVALID, [code]);
