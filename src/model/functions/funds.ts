/**
 * The money functions: FUNDLEVERAGE, COHORTDISBURSED, COHORTCOUNT, CARRYOVER, EXECRATE.
 * Amounts are read in 万元 (the sheets' unit; text may carry its own: `12000000元`), summed in
 * integer 分 and converted once at the end, so 160 rows adding up to 160 give exactly 160.
 *
 * Decisions where the spec is silent:
 * - FUNDLEVERAGE's two ranges must have the same size when both are larger than one cell (they
 *   are the same projects' columns); a single cell against a range is allowed (a total against
 *   the project rows).
 * - In COHORTDISBURSED / CARRYOVER only the amounts of the matching rows are read (as SUMIF
 *   does), but every 立项年度 cell must be a year or blank: a typo such as `2O17` is #VALUE!,
 *   never a silently smaller sum.
 */
import type { CellValue } from '../grid';
import { fenTo, type Fen } from '../money';
import { amountCell, defineFunction, sameShape, yearCell, type CellRange } from './args';
import { DIV0, isFnError, type FnError } from './types';

function sumAmounts(r: CellRange, arg: string): Fen | FnError {
  let s = 0;
  for (const row of r.values)
    for (const v of row) {
      const a = amountCell(v, arg);
      if (isFnError(a)) return a;
      if (a !== undefined) s += a;
    }
  return s;
}

const wan = (fen: Fen): number => fenTo(fen, '万元');

export const FUNDLEVERAGE = defineFunction({
  id: 'FUNDLEVERAGE',
  result: 'number',
  description: { 'zh-CN': '带动比（杠杆率）：带动社会投入合计 ÷ 财政支持资金合计。', 'en-US': 'Leverage: total social investment ÷ total fiscal support.' },
  params: [
    { name: 'social', type: 'range', description: { 'zh-CN': '带动社会投入（万元），单元格或区域；social_is_total 为 TRUE 时为项目总投资', 'en-US': 'Social investment (万元), a cell or a range; the total investment when social_is_total is TRUE' } },
    { name: 'fiscal', type: 'range', description: { 'zh-CN': '财政支持资金（万元），单元格或区域', 'en-US': 'Fiscal support (万元), a cell or a range' } },
    { name: 'social_is_total', type: 'bool', optional: true, description: { 'zh-CN': 'TRUE：第一个参数是项目总投资，带动社会投入 = 总投资 − 财政支持资金；默认 FALSE', 'en-US': 'TRUE: the first argument is the total investment, and social investment = total − fiscal support; default FALSE' } },
  ],
  run: (a) => {
    const single = (r: CellRange): boolean => r.rows * r.cols <= 1;
    if (!single(a.social) && !single(a.fiscal)) {
      const e = sameShape(a.social, 'social', a.fiscal, 'fiscal');
      if (e) return e;
    }
    const first = sumAmounts(a.social, 'social');
    if (isFnError(first)) return first;
    const fiscal = sumAmounts(a.fiscal, 'fiscal');
    if (isFnError(fiscal)) return fiscal;
    if (fiscal === 0) return DIV0;
    const social = a.social_is_total ? first - fiscal : first;
    return social / fiscal;
  },
});

/** Pairs of (year, cell) of two equally sized ranges, or the first error. */
function eachCohortRow(
  cohorts: CellRange, other: CellRange | undefined, visit: (year: number | undefined, v: CellValue) => FnError | undefined,
): FnError | undefined {
  for (let r = 0; r < cohorts.rows; r++)
    for (let c = 0; c < cohorts.cols; c++) {
      const y = yearCell(cohorts.values[r][c], 'cohorts');
      if (isFnError(y)) return y;
      const e = visit(y, other ? other.values[r][c] : null);
      if (e) return e;
    }
  return undefined;
}

function cohortSum(cohorts: CellRange, amounts: CellRange, keep: (year: number) => boolean): number | FnError {
  const shape = sameShape(cohorts, 'cohorts', amounts, 'amounts');
  if (shape) return shape;
  let s = 0;
  const err = eachCohortRow(cohorts, amounts, (y, v) => {
    if (y === undefined || !keep(y)) return undefined;
    const a = amountCell(v, 'amounts');
    if (isFnError(a)) return a;
    if (a !== undefined) s += a;
    return undefined;
  });
  return err ?? wan(s);
}

export const COHORTDISBURSED = defineFunction({
  id: 'COHORTDISBURSED',
  result: 'number',
  description: { 'zh-CN': '某立项年度项目的金额合计（如本年拨付、财政支持资金），单位万元。', 'en-US': 'Sum of an amount column (e.g. 本年拨付, 财政支持资金) over the projects of one cohort (立项年度), in 万元.' },
  params: [
    { name: 'cohorts', type: 'range', description: { 'zh-CN': '立项年度列', 'en-US': 'The cohort (立项年度) column' } },
    { name: 'amounts', type: 'range', description: { 'zh-CN': '金额列（与立项年度列行数相同），万元', 'en-US': 'The amount column (as many rows as the cohort column), in 万元' } },
    { name: 'year', type: 'year', description: { 'zh-CN': '立项年度，如 2017', 'en-US': 'The cohort year, e.g. 2017' } },
  ],
  run: (a) => cohortSum(a.cohorts, a.amounts, (y) => y === a.year),
});

export const CARRYOVER = defineFunction({
  id: 'CARRYOVER',
  result: 'number',
  description: { 'zh-CN': '结转项目金额合计：立项年度早于评价年度的项目的金额合计（万元）。', 'en-US': 'Sum of an amount column over the carried-over projects: those approved before the fiscal year (万元).' },
  params: [
    { name: 'cohorts', type: 'range', description: { 'zh-CN': '立项年度列', 'en-US': 'The cohort (立项年度) column' } },
    { name: 'amounts', type: 'range', description: { 'zh-CN': '金额列（与立项年度列行数相同），万元', 'en-US': 'The amount column (as many rows as the cohort column), in 万元' } },
    { name: 'fiscal_year', type: 'year', description: { 'zh-CN': '评价年度，如 2018', 'en-US': 'The fiscal year, e.g. 2018' } },
  ],
  run: (a) => cohortSum(a.cohorts, a.amounts, (y) => y < a.fiscal_year),
});

export const COHORTCOUNT = defineFunction({
  id: 'COHORTCOUNT',
  result: 'number',
  description: { 'zh-CN': '某立项年度的项目数。', 'en-US': 'Number of projects of one cohort (立项年度).' },
  params: [
    { name: 'cohorts', type: 'range', description: { 'zh-CN': '立项年度列', 'en-US': 'The cohort (立项年度) column' } },
    { name: 'year', type: 'year', description: { 'zh-CN': '立项年度，如 2017', 'en-US': 'The cohort year, e.g. 2017' } },
  ],
  run: (a) => {
    let n = 0;
    const err = eachCohortRow(a.cohorts, undefined, (y) => {
      if (y === a.year) n++;
      return undefined;
    });
    return err ?? n;
  },
});

/** 执行率 = executed / budget (a fraction: 1 = 100 %), from the exact amounts. */
export function executionRate(executed: Fen, budget: Fen): number | FnError {
  return budget === 0 ? DIV0 : executed / budget;
}

export const EXECRATE = defineFunction({
  id: 'EXECRATE',
  result: 'number',
  description: { 'zh-CN': '预算执行率 = 全年执行数 ÷ 全年预算数（1 即 100%）。', 'en-US': 'Budget execution rate = executed ÷ budget (1 is 100%).' },
  params: [
    { name: 'executed', type: 'amount', description: { 'zh-CN': '全年执行数（万元）', 'en-US': 'Full-year executed amount (万元)' } },
    { name: 'budget', type: 'amount', description: { 'zh-CN': '全年预算数（万元）', 'en-US': 'Full-year budget (万元)' } },
  ],
  run: (a) => executionRate(a.executed, a.budget),
});
