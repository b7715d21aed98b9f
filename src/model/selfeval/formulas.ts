/**
 * Native Excel formulas of the 2020 table (IF, MIN, MAX, ROUND, ABS, AND, ISNUMBER, SUM only:
 * the file goes to people without the add-in, and to WPS). Each one mirrors, operation for
 * operation, the computation of scoring.ts, so that the cached value the model writes is what
 * Excel recomputes. References are A1 cells of the same sheet.
 */
import type { Profile } from '../records';
import { BUDGET_POINTS, EQUAL_TOLERANCE, GRADE_BANDS, PENALTY_FACTOR } from '../scoring/grades';
import type { InverseMethod, QuantOp } from '../scoring/operators';

export interface QuantRefs {
  /** Target, actual and points cells. */
  readonly t: string;
  readonly a: string;
  readonly p: string;
}

const full = (p: string): string => `ROUND(${p},2)`;

const INVERSE: Readonly<Record<InverseMethod, (r: QuantRefs) => string>> = {
  线性: ({ t, a, p }) => `MAX(0,ROUND(MIN(${p},${p}*MAX(0,1-(${a}-${t})/ABS(${t}))),2))`,
  比值: ({ t, a, p }) => `IF(${a}=0,0,MAX(0,ROUND(MIN(${p},IF(${t}<0,${p}*${a}/${t},${p}*${t}/${a})),2)))`,
};

const OPS: Readonly<Record<QuantOp, (r: QuantRefs, inverse: InverseMethod) => string>> = {
  '≥': ({ t, a, p }) => `IF(${a}>=${t},${full(p)},IF(${t}=0,0,MAX(0,ROUND(MIN(${p},IF(${t}<0,${p}*(2-${a}/${t}),${p}*${a}/${t})),2))))`,
  '≤': (r, inverse) => `IF(${r.a}<=${r.t},${full(r.p)},IF(${r.t}=0,0,${INVERSE[inverse](r)}))`,
  '=': ({ t, a, p }) =>
    `IF(${t}=0,IF(${a}=0,${full(p)},0),IF(ABS(${a}-${t})<=ABS(${t})*${EQUAL_TOLERANCE},${full(p)},` +
    `IF(MAX(${a},${t})<=0,0,MAX(0,ROUND(MIN(${p},${p}*MIN(${a},${t})/MAX(${a},${t})),2)))))`,
};

/**
 * The score of a quantitative indicator (scoring.quantitativeScore). `ceiling`: a range target's upper end (the target
 * cell holds the end it is scored by): 偏离扣分 only beyond it, never inside the range (scoring/evaluate.ts inRange).
 */
export function scoreFormula(op: QuantOp, refs: QuantRefs, profile: Pick<Profile, 'inverseMethod' | 'deviationPenalty'>, ceiling?: number): string {
  const base = OPS[op](refs, profile.inverseMethod);
  const d = profile.deviationPenalty ?? 0;
  if (!(d > 0)) return base;
  const beyond = ceiling !== undefined ? `,${refs.a}>${ceiling}` : '';
  return `ROUND(MAX(0,${base}-IF(AND(${refs.t}>0,${refs.a}>=${PENALTY_FACTOR}*${refs.t}${beyond}),${d},0)),2)`;
}

/** 执行率 = 全年执行数 / 全年预算数, `—` without a budget. */
export function rateFormula(budget: string, executed: string): string {
  return `IF(ISNUMBER(${budget}),IF(${budget}=0,"—",${executed}/${budget}),"—")`;
}

/** Budget score (scoring.budgetScore). */
export function budgetScoreFormula(rate: string): string {
  return `IF(ISNUMBER(${rate}),ROUND(MAX(0,MIN(${rate},1))*${BUDGET_POINTS},2),"—")`;
}

const NO_CAP = 1000000000;

/** Total = Σ scores, capped by 执行率封顶, rounded (scoring.evaluate). */
export function totalFormula(scoreRefs: ReadonlyArray<string>, rate: string, caps: Profile['rateCaps']): string {
  const sum = `SUM(${scoreRefs.join(',')})`;
  if (caps.length === 0) return `ROUND(${sum},2)`;
  const capTerms = caps.map((c) => `IF(ISNUMBER(${rate}),IF(AND(${rate}>=${c.lower},${rate}<${c.upper}),${c.cap},${NO_CAP}),${NO_CAP})`);
  return `ROUND(MIN(${sum},${capTerms.join(',')}),2)`;
}

/** `自评等级：优` from the total as shown. */
export function gradeFormula(total: string, prefix: string): string {
  const bands = GRADE_BANDS.filter((b) => Number.isFinite(b.min));
  const last = GRADE_BANDS[GRADE_BANDS.length - 1].grade;
  const expr = bands.reduceRight((inner, b) => `IF(${total}>=${b.min},"${b.grade}",${inner})`, `"${last}"`);
  return `"${prefix}"&${expr}`;
}
