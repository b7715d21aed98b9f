/** The funds block's rows: when 财政拨款 is the whole budget, and when it is a part. */
import type { Metrics } from '../../../src/model/metrics';
import type { Profile } from '../../../src/model/records';
import { fundRows } from '../../../src/model/selfeval/funds';

const WAN = 1_000_000; // 1 万元 in 分
const metrics = { budgetInitial: 1200 * WAN, budget: 1200 * WAN, executed: 1200 * WAN } as Metrics;
const rows = (p: Partial<Profile>): ReturnType<typeof fundRows> => fundRows(p as Profile, metrics);

describe('fund rows', () => {
  it('财政拨款 预算/执行 equal to the whole and no other part (the sample): its 年初预算数 is the whole\'s, not a blank', () => {
    const r = rows({ budgetFiscal: 1200 * WAN, executedFiscal: 1200 * WAN });
    expect([r.fiscal.initial, r.fiscal.budget, r.fiscal.executed]).toEqual([1200 * WAN, 1200 * WAN, 1200 * WAN]);
    expect([r.carried.initial, r.other.budget]).toEqual([undefined, undefined]);
  });
  it('财政拨款 a part of the whole (another part given, or a smaller figure): only what 配置 gives', () => {
    const withOther = rows({ budgetFiscal: 1000 * WAN, executedFiscal: 1000 * WAN, budgetOther: 200 * WAN });
    expect([withOther.fiscal.initial, withOther.fiscal.budget]).toEqual([undefined, 1000 * WAN]);
    const smaller = rows({ budgetFiscal: 1000 * WAN });
    expect([smaller.fiscal.initial, smaller.fiscal.budget, smaller.fiscal.executed]).toEqual([undefined, 1000 * WAN, undefined]);
    const otherInitial = rows({ budgetFiscal: 1200 * WAN, budgetInitialFiscal: 1100 * WAN });
    expect(otherInitial.fiscal.initial).toBe(1100 * WAN);
  });
  it('nothing split: 财政拨款 is the whole', () => {
    expect(rows({}).fiscal).toEqual({ ...rows({}).total, label: '其中：当年财政拨款' });
  });
});
