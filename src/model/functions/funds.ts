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
  params: [
    { name: 'social', type: 'range' },
    { name: 'fiscal', type: 'range' },
    { name: 'social_is_total', type: 'bool', optional: true },
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
  params: [
    { name: 'cohorts', type: 'range' },
    { name: 'amounts', type: 'range' },
    { name: 'year', type: 'year' },
  ],
  run: (a) => cohortSum(a.cohorts, a.amounts, (y) => y === a.year),
});

export const CARRYOVER = defineFunction({
  id: 'CARRYOVER',
  params: [
    { name: 'cohorts', type: 'range' },
    { name: 'amounts', type: 'range' },
    { name: 'fiscal_year', type: 'year' },
  ],
  run: (a) => cohortSum(a.cohorts, a.amounts, (y) => y < a.fiscal_year),
});

export const COHORTCOUNT = defineFunction({
  id: 'COHORTCOUNT',
  params: [
    { name: 'cohorts', type: 'range' },
    { name: 'year', type: 'year' },
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
  params: [
    { name: 'executed', type: 'amount' },
    { name: 'budget', type: 'amount' },
  ],
  run: (a) => executionRate(a.executed, a.budget),
});
