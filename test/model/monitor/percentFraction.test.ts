/**
 * sweep31-forms: a 监控期完成值 of a `%` target written as a fraction (0.97 against ≥95%) read as 0.97%: progress
 * 1.02% of the target, a red light and M002, where the year-end scoring reads the same 0.97 as 97% (scoring.md: units
 * must agree). A forecast written so (0.96) gave a false M004. The monitor now reads them as the scoring does.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue } from '../../../src/model/grid';
import { expectFormulasAgree } from '../../support/layoutFormulas';
import { midYearBook } from '../rules/monitor.cases';

const row = (monitored: CellValue, forecast: CellValue): CellValue[] => ['产出指标', '质量指标', '验收合格率', '≥', 95, '%', monitored, forecast, null, null, '确定能', null];

describe('a fraction for a % target in the monitoring', () => {
  it.each<[CellValue, CellValue]>([[0.97, 0.96], ['0.97', '0.96'], ['97%', '96%']])('monitored %j, forecast %j: 97% of 95%, green, no finding', (monitored, forecast) => {
    const ev = evaluateWorkbook(midYearBook({ indicators: [row(monitored, forecast)] }), { generatedAt: 'T' });
    const m = ev.monitor!.indicators[0];
    expect([m.monitored, m.light, m.forecast]).toEqual([97, 'green', 96]);
    expect(m.progress).toBeCloseTo(97 / 95, 9);
    expect(ev.findings.filter((f) => f.sheet === '绩效指标').map((f) => f.rule)).toEqual([]);
    expectFormulasAgree(ev.selfEval!.layout, () => true);
  });
  it('under a % cap a small value is that percent, not a fraction: 0.5 of ≤2% is 0.5%, green, no M004 or M002', () => {
    const capped: CellValue[] = ['产出指标', '质量指标', '项目资金违规使用率', '≤', 2, '%', 0.5, 0.5, null, null, '确定能', null];
    const ev = evaluateWorkbook(midYearBook({ indicators: [capped] }), { generatedAt: 'T' });
    const m = ev.monitor!.indicators[0];
    expect([m.monitored, m.light, m.forecast]).toEqual([0.5, 'green', 0.5]);
    expect(ev.findings.filter((f) => f.sheet === '绩效指标').map((f) => f.rule)).toEqual([]);
    expectFormulasAgree(ev.selfEval!.layout, () => true);
  });
  it('a forecast of 0.9 (90%) with 确定能 still misses ≥95%: M004', () => {
    const ev = evaluateWorkbook(midYearBook({ indicators: [row(0.97, 0.9)] }), { generatedAt: 'T' });
    expect(ev.findings.filter((f) => f.rule === 'M004').length).toBe(1);
  });
});
