import { AUTO_METRIC_NAMES, autoMetric, computeMetrics, indicatorMoneyUnit, projectSocial } from '../../../src/model/metrics';
import { fenToDecimal } from '../../../src/model/money';
import { profile, project, sourceYearProjects, wan } from './fixtures';

describe('computeMetrics on the source year', () => {
  const m = computeMetrics(sourceYearProjects(), profile());

  it('breaks the ledger down by cohort, newest first, with exact sums', () => {
    expect(m.cohorts.map((c) => [c.year, c.count, fenToDecimal(c.approved, '万元'), fenToDecimal(c.disbursed, '万元')])).toEqual([
      [2018, 49, '1335', '160'], [2017, 50, '1431', '680'], [2016, 18, '586', '90'], [2015, 30, '854', '160'], [2014, 22, '755', '110'],
    ]);
  });

  it('reproduces the totals of README.md', () => {
    expect([m.projectCount, m.newCount, m.carriedCount]).toEqual([169, 49, 120]);
    expect(fenToDecimal(m.approvedTotal, '万元')).toBe('4961');
    expect(fenToDecimal(m.carriedApproved, '万元')).toBe('3626');
    expect(fenToDecimal(m.disbursedTotal, '万元')).toBe('1200');
    expect(fenToDecimal(m.carriedDisbursed, '万元')).toBe('1040');
    expect(fenToDecimal(m.newTotalInvestment, '万元')).toBe('38925.1');
    expect(fenToDecimal(m.newSocial, '万元')).toBe('37590.1');
    expect(fenToDecimal(m.cumulativeSocial, '万元')).toBe('83553.61');
    expect(m.leverage).toBeCloseTo(28.157, 3);
    expect(m.executionRate).toBe(1);
  });

  it('serves the auto metrics in the profile unit without float noise', () => {
    expect(autoMetric('带动社会投入', m)).toEqual({ ok: true, value: 37590.1, unit: '万元' });
    expect(autoMetric('累计带动社会投入', m)).toEqual({ ok: true, value: 83553.61, unit: '万元' });
    expect(autoMetric('新上项目总投资', m)).toEqual({ ok: true, value: 38925.1, unit: '万元' });
    expect(autoMetric('项目数', m)).toEqual({ ok: true, value: 169, unit: '项' });
    expect(autoMetric('结转项目数', m)).toEqual({ ok: true, value: 120, unit: '项' });
    expect(autoMetric('预算执行率', m)).toEqual({ ok: true, value: 100, unit: '%' });
    expect(autoMetric(' 本年拨付合计 ', m)).toEqual({ ok: true, value: 1200, unit: '万元' });
  });

  it('serves an amount in the unit an indicator names, counts and rates as they are', () => {
    expect(autoMetric('带动社会投入', m, '元')).toEqual({ ok: true, value: 375_901_000, unit: '元' });
    expect(autoMetric('带动社会投入', m, '（万元）')).toEqual({ ok: true, value: 37590.1, unit: '万元' });
    // a unit that is not money (or none) leaves the profile unit
    expect(autoMetric('带动社会投入', m, '家')).toEqual({ ok: true, value: 37590.1, unit: '万元' });
    expect(autoMetric('项目数', m, '元')).toEqual({ ok: true, value: 169, unit: '项' });
    expect([' 元 ', '万元', '(元)', '%', '万', '亿元', undefined].map(indicatorMoneyUnit)).toEqual(['元', '万元', '元', undefined, undefined, undefined, undefined]);
  });
});

describe('computeMetrics details', () => {
  it('uses a given 带动社会投入 over 总投资 − 财政支持资金, and the difference otherwise', () => {
    expect(projectSocial(project(0, 2018, wan('10'), 0, wan('50'), { socialInvestment: wan('30') }))).toBe(wan('30'));
    expect(projectSocial(project(0, 2018, wan('10'), 0, wan('50')))).toBe(wan('40'));
    expect(projectSocial({ row: 1, approved: wan('10') })).toBe(0);
  });

  it('counts distinct certified units, patents and trainees', () => {
    const ps = [
      project(0, 2018, 0, 0, 0, { unit: '甲公司', certified: true, newPatents: 3, trainees: 100 }),
      project(1, 2017, 0, 0, 0, { unit: ' 甲公司 ', certified: true, newPatents: 2 }),
      project(2, 2017, 0, 0, 0, { unit: '乙公司', certified: false, trainees: 20 }),
      project(3, 2016, 0, 0, 0, { unit: '丙公司', certified: true }),
    ];
    const m = computeMetrics(ps, profile());
    expect([m.certifiedUnits, m.newPatents, m.trainees]).toEqual([2, 5, 120]);
    expect(autoMetric('贯标企业数', m)).toEqual({ ok: true, value: 2, unit: '家' });
  });

  it('defaults 全年预算数 to 年初预算数 and 全年执行数 to Σ 本年拨付', () => {
    const ps = [project(0, 2018, wan('100'), wan('45'), wan('300')), project(1, 2018, wan('100'), wan('45.5'), wan('300'))];
    const m = computeMetrics(ps, profile({ budget: undefined, executed: undefined, budgetInitial: wan('100') }));
    expect(m.budget).toBe(wan('100'));
    expect(m.executed).toBe(wan('90.5'));
    expect(m.executionRate).toBe(0.905);
    expect(autoMetric('预算执行率', m)).toEqual({ ok: true, value: 90.5, unit: '%' });
  });

  it('leaves the rate undefined when the budget is 0, and says so for the auto metric', () => {
    const m = computeMetrics([], profile({ budget: 0 }));
    expect(m.executionRate).toBeUndefined();
    expect(m.leverage).toBeUndefined();
    expect(autoMetric('预算执行率', m)).toEqual({ ok: false });
  });

  it('takes the latest cohort as the fiscal year when the profile has none', () => {
    const ps = [project(0, 2017, wan('1'), 0, wan('2')), project(1, 2016, wan('1'), 0, wan('2'))];
    const m = computeMetrics(ps, profile({ fiscalYear: undefined }));
    expect([m.fiscalYear, m.newCount, m.carriedCount]).toEqual([2017, 1, 1]);
  });

  it('counts a cohort after the fiscal year as neither new nor carried over', () => {
    const ps = [project(0, 2019, wan('1'), 0, wan('2')), project(1, 2018, wan('1'), 0, wan('2'))];
    const m = computeMetrics(ps, profile());
    expect([m.projectCount, m.newCount, m.carriedCount]).toEqual([2, 1, 0]);
  });

  it('rejects unknown names and exports every workbook.md name', () => {
    const m = computeMetrics([], profile());
    expect(autoMetric('项目总数', m)).toEqual({ ok: false });
    expect(autoMetric('toString', m)).toEqual({ ok: false });
    expect(AUTO_METRIC_NAMES).toEqual([
      '项目数', '新上项目数', '结转项目数', '财政支持资金合计', '新上项目财政支持资金', '本年拨付合计', '新上项目本年拨付',
      '新上项目总投资', '带动社会投入', '累计带动社会投入', '新申请专利数', '培训人次', '贯标企业数', '预算执行率',
    ]);
    for (const name of AUTO_METRIC_NAMES.filter((n) => n !== '预算执行率')) expect(autoMetric(name, m).ok).toBe(true);
  });
});
