/**
 * A read exactly at its memory budget is accepted (a budget is what may be used), a byte less refuses it; the refusal
 * says a need larger than the budget. Both rounded up to whole MB, it said 需要约 3 MB 内存，超过 3 MB 的内存预算.
 */
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { OverBudget } from '../../../src/adapters/xlsx/budget';
import { mbOver, overBudgetFailure, secondsOver } from '../../../src/adapters/xlsx/messages';
import { readXlsx } from '../../../src/adapters/xlsx/read';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { sampleWorkbookGrid } from '../../../src/model/sample';

describe('the memory budget at its edge', () => {
  it('accepted at exactly the memory the read takes; a byte less refused, the need said larger than the budget', async () => {
    const bytes = await writeXlsx(sampleWorkbookGrid().sheets.map((s) => ({ grid: s })));
    const ok = async (maxMemory: number): Promise<boolean> => (await readXlsx(bytes, { inflater: nodeInflater, limits: { maxMemory } })).ok;
    let lo = 1;
    let hi = 256 << 20;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await ok(mid)) hi = mid;
      else lo = mid;
    }
    const r = await readXlsx(bytes, { inflater: nodeInflater, limits: { maxMemory: hi - 1 } });
    if (r.ok) throw new Error('read under its budget');
    const m = /需要约 ([\d.]+) MB 内存，超过 ([\d.]+) MB 的内存预算/.exec(r.message['zh-CN']);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(Number(m![2]));
    const en = /about ([\d.]+) MB of memory.*?the ([\d.]+) MB/.exec(r.message['en-US']);
    expect(en && Number(en[1]) > Number(en[2])).toBe(true);
  });

  it('mbOver: whole MB rounded up as before; where they would read equal, tenths: the need up, the limit down', () => {
    const MB = 1024 * 1024;
    expect(mbOver(768 * MB + 1, 768 * MB)).toEqual({ mb: 769, limitMb: 768 });
    expect(mbOver(2.8 * MB, 1024)).toEqual({ mb: 3, limitMb: 1 });
    expect(mbOver(2_539_620, 2_539_619)).toEqual({ mb: 2.5, limitMb: 2.4 });
    expect(mbOver(2.4 * MB + 2, 2.4 * MB + 1)).toEqual({ mb: 2.5, limitMb: 2.4 });
    expect(mbOver(0.2 * MB, 0.01 * MB)).toEqual({ mb: 0.2, limitMb: 0.01 });
    for (const [used, limit] of [[1001, 1000], [10 * MB + 1, 10 * MB], [5.05 * MB, 5.04 * MB], [MB + 1, MB]])
      expect(mbOver(used, limit).mb).toBeGreaterThan(mbOver(used, limit).limitMb);
  });
  it('secondsOver: a time budget under a second is said as given (--max-time 0.5 said 超过 1 秒的时间预算)', () => {
    expect(secondsOver(620, 500)).toEqual({ seconds: 0.7, limitSeconds: 0.5 });
    expect(secondsOver(2400, 1000)).toEqual({ seconds: 3, limitSeconds: 1 });
    expect(secondsOver(5, 0)).toEqual({ seconds: 1, limitSeconds: 0 });
    expect(overBudgetFailure(new OverBudget('time', 1200, 500, false)).params)
      .toMatchObject({ seconds: 1.2, limitSeconds: 0.5 });
  });
});
