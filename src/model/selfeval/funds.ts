/**
 * The rows of the funds block: 年度资金总额 and its parts.
 *
 * When 配置 splits nothing (no 财政拨款 / 上年结转 / 其他资金 figure at all), or gives 财政拨款 figures that are the
 * whole's and no other part, the whole budget is taken as 当年财政拨款, as in the source year (财政拨款 1200 / 1200).
 */
import type { Fen } from '../money';
import type { Metrics } from '../metrics';
import type { Profile } from '../records';

export interface FundRow {
  readonly label: string;
  readonly initial?: Fen;
  readonly budget?: Fen;
  readonly executed?: Fen;
}

export interface FundRows {
  readonly total: FundRow;
  readonly fiscal: FundRow;
  readonly carried: FundRow;
  readonly other: FundRow;
}

export function fundRows(profile: Profile, metrics: Metrics): FundRows {
  const p = profile;
  const split = [p.budgetFiscal, p.executedFiscal, p.budgetCarried, p.executedCarried, p.budgetOther, p.executedOther,
    p.budgetInitialFiscal, p.budgetInitialCarried, p.budgetInitialOther].some((v) => v !== undefined);
  const total: FundRow = { label: '年度资金总额', initial: metrics.budgetInitial, budget: metrics.budget, executed: metrics.executed };
  // 配置 giving 财政拨款预算数 / 执行数 equal to the whole and no other part (the sample, as the source year's 1200 / 1200)
  // says the whole budget is 财政拨款: its 年初预算数 is the total's too, not a blank beside the total's 1200.00
  const same = (part: Fen | undefined, whole: Fen | undefined): boolean => part === undefined || part === whole;
  const fiscalIsWhole = split &&
    [p.budgetCarried, p.executedCarried, p.budgetOther, p.executedOther, p.budgetInitialCarried, p.budgetInitialOther].every((v) => v === undefined) &&
    same(p.budgetFiscal, metrics.budget) && same(p.executedFiscal, metrics.executed) && same(p.budgetInitialFiscal, metrics.budgetInitial);
  return {
    total,
    fiscal: split && !fiscalIsWhole
      ? { label: '其中：当年财政拨款', initial: p.budgetInitialFiscal, budget: p.budgetFiscal, executed: p.executedFiscal }
      : { ...total, label: '其中：当年财政拨款' },
    carried: { label: '上年结转资金', initial: p.budgetInitialCarried, budget: p.budgetCarried, executed: p.executedCarried },
    other: { label: '其他资金', initial: p.budgetInitialOther, budget: p.budgetOther, executed: p.executedOther },
  };
}
