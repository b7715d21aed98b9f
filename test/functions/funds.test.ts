// FUNDLEVERAGE, COHORTDISBURSED, COHORTCOUNT, CARRYOVER, EXECRATE, called the way Excel calls them:
// matrix parameters as [[v]] / one row per cell, omitted arguments as null.
import { carryOver, cohortCount, cohortDisbursed, execRate, fundLeverage } from '../../src/model/functions';
import { SOURCE_COHORTS, column, sourceRows, split } from './support';

const VALUE = expect.objectContaining({ error: '#VALUE!' });

describe('functions.md examples', () => {
  it('FUNDLEVERAGE(37590.1, 1335) is 37590.1 / 1335, and the same from the total investment', () => {
    expect(fundLeverage([[37590.1]], [[1335]], null)).toBeCloseTo(28.1574, 4);
    expect(fundLeverage([[37590.1]], [[1335]], null)).toBe(37590.1 / 1335);
    expect(fundLeverage([[38925.1]], [[1335]], true)).toBe(fundLeverage([[37590.1]], [[1335]], null));
  });

  it('EXECRATE(1200, 1200) is 1', () => {
    expect(execRate(1200, 1200)).toBe(1);
    expect(execRate(1080, 1200)).toBe(0.9);
  });
});

describe('cohort functions over the source year (169 rows, spec README table)', () => {
  const rows = sourceRows();
  const cohorts = column(rows.map((r) => r.year));
  const disbursed = column(rows.map((r) => r.disbursed));
  const approved = column(rows.map((r) => r.approved));

  it('the fixture has 169 rows whose float sums are NOT exact (so exactness is tested)', () => {
    expect(rows).toHaveLength(169);
    const naive = rows.filter((r) => r.year === 2017).reduce((s, r) => s + r.disbursed, 0);
    expect(naive).not.toBe(680);
  });

  it.each(SOURCE_COHORTS.map((c) => [c.year, c.disbursed, c.approved, c.count] as const))(
    'cohort %i: disbursed %d, approved %d, %d projects — exactly',
    (year, dis, app, count) => {
      expect(cohortDisbursed(cohorts, disbursed, [[year]])).toBe(dis);
      expect(cohortDisbursed(cohorts, approved, year)).toBe(app);
      expect(cohortCount(cohorts, year)).toBe(count);
    },
  );

  it('COHORTDISBURSED 2017 → 680, 2018 → 160; COHORTCOUNT 2017 → 50; CARRYOVER 2018 → 1040', () => {
    expect(cohortDisbursed(cohorts, disbursed, 2017)).toBe(680);
    expect(cohortDisbursed(cohorts, disbursed, 2018)).toBe(160);
    expect(cohortCount(cohorts, 2017)).toBe(50);
    expect(carryOver(cohorts, disbursed, 2018)).toBe(1040);
    expect(carryOver(cohorts, approved, 2018)).toBe(3626);
  });

  it('160 rows summing to 160 give exactly 160', () => {
    const amounts = split(160, 160).map((v, i) => (i % 2 ? v : v + 0.1)).map((v, i) => (i % 2 ? v - 0.1 : v));
    const naive = amounts.reduce((s, v) => s + v, 0);
    expect(naive).not.toBe(160);
    expect(cohortDisbursed(column(amounts.map(() => 2018)), column(amounts), 2018)).toBe(160);
  });

  it('years and amounts written as text read as the ledger reader reads them', () => {
    const c = [[2017], ['2017年'], ['２０１７'], ['2017 '], [2018]];
    const a = [['1,200'], ['１２００'], ['1200万元'], ['12000000元'], [5]];
    expect(cohortDisbursed(c, a, '2017年')).toBe(4800);
    expect(cohortCount(c, '２０１７')).toBe(4);
  });

  it('cohort and amount ranges may be rows or rectangles, matched cell by cell', () => {
    expect(cohortDisbursed([[2017, 2018, 2017]], [[1.1, 2.2, 3.3]], 2017)).toBe(4.4);
    expect(carryOver([[2016, 2017], [2018, 2015]], [[1, 2], [4, 8]], 2018)).toBe(11);
  });
});

describe('blanks', () => {
  it('null and "" are blank; a blank cohort matches no year; a blank amount adds nothing', () => {
    expect(cohortDisbursed([[2017], [null], [''], [2017]], [[1], [100], [100], [null]], 2017)).toBe(1);
    expect(cohortDisbursed([[2017], [2017]], [[''], [2.5]], 2017)).toBe(2.5);
    expect(cohortCount([[2017], [null], [''], [2017]], 2017)).toBe(2);
  });

  it('0 (an older Excel\'s blank) is a blank year and a zero amount', () => {
    expect(cohortCount([[2017], [0], [0]], 2017)).toBe(1);
    expect(cohortDisbursed([[2017], [0]], [[0], [7]], 2017)).toBe(0);
    expect(carryOver([[0], [2016]], [[9], [1]], 2018)).toBe(1);
  });

  it('an empty range sums to 0 and counts 0; FUNDLEVERAGE over blank fiscal support divides by zero', () => {
    expect(cohortDisbursed([[null]], [[null]], 2017)).toBe(0);
    expect(fundLeverage([[null]], [[null]], null)).toEqual({ error: '#DIV/0!' });
  });
});

describe('errors', () => {
  it('mismatched ranges: #VALUE! 区域大小不一致, naming both sizes', () => {
    const r = cohortDisbursed([[2017], [2018]], [[1], [2], [3]], 2017);
    expect(r).toEqual(VALUE);
    expect(r).toMatchObject({ message: { 'zh-CN': expect.stringContaining('区域大小不一致') } });
    expect((r as { message: Record<string, string> }).message['zh-CN']).toContain('2 行 × 1 列');
    expect(carryOver([[2017, 2016]], [[1], [2]], 2018)).toEqual(VALUE);
    expect(fundLeverage([[1], [2]], [[1], [2], [3]], null)).toMatchObject({ message: { 'zh-CN': expect.stringContaining('区域大小不一致') } });
  });

  it('FUNDLEVERAGE accepts a single total against a range', () => {
    expect(fundLeverage([[270]], [[10], [17]], null)).toBe(10);
  });

  it('unreadable text: #VALUE! naming the value and the argument, in Chinese and English', () => {
    expect(cohortCount([[2017], ['2O17']], 2017)).toEqual({
      error: '#VALUE!',
      message: { 'zh-CN': expect.stringContaining('“2O17”'), 'en-US': expect.stringContaining('"2O17"') },
    });
    expect(cohortDisbursed([[2017]], [['十五']], 2017)).toMatchObject({ message: { 'zh-CN': expect.stringMatching(/amounts.*十五.*金额/) } });
    expect(execRate('一千', 1200)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('一千') } });
    expect(fundLeverage([['abc']], [[1]], null)).toEqual(VALUE);
  });

  it('a header selected with the column is unreadable too (never a silently smaller sum)', () => {
    expect(cohortDisbursed([['立项年度'], [2017]], [['本年拨付'], [1]], 2017)).toMatchObject({
      message: { 'zh-CN': expect.stringContaining('立项年度') },
    });
  });

  it('only the matching rows\' amounts are read (as SUMIF does)', () => {
    expect(cohortDisbursed([[2017], [2016]], [[1], ['n.a.']], 2017)).toBe(1);
    expect(cohortDisbursed([[2017], [2016]], [['n.a.'], [1]], 2017)).toEqual(VALUE);
  });

  it('an amount written as a placeholder for "nothing" (`-`, `—`, `n/a`, `无`) is a blank cell, as in the ledger check', () => {
    expect(cohortDisbursed([[2017], [2017], [2017], [2017], [2017]], [[1], ['-'], ['—'], ['n/a'], ['无']], 2017)).toBe(1);
  });

  it('division by zero: #DIV/0! without a message', () => {
    expect(execRate(100, 0)).toEqual({ error: '#DIV/0!' });
    expect(fundLeverage([[100]], [[0]], null)).toEqual({ error: '#DIV/0!' });
  });

  it('a missing required argument: #VALUE!', () => {
    expect(execRate(100, null)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('budget') } });
    expect(cohortCount([[2017]], null)).toEqual(VALUE);
    expect(cohortDisbursed(null, [[1]], 2017)).toEqual(VALUE);
    expect(execRate('', 100)).toEqual(VALUE);
  });

  it('an Excel error in an input is passed through (the first one, in argument order)', () => {
    const na = { code: '#N/A', message: '上游缺数' };
    expect(cohortDisbursed([[2017], [na]], [[1], [{ code: '#DIV/0!' }]], 2017)).toEqual({
      error: '#N/A', message: { 'zh-CN': '上游缺数', 'en-US': '上游缺数' },
    });
    expect(cohortDisbursed([[2017]], [[{ code: '#DIV/0!' }]], 2017)).toEqual({ error: '#DIV/0!' });
    expect(execRate({ code: '#NUM!' }, 1)).toEqual({ error: '#NUM!' });
    expect(cohortCount([[2017]], { code: '#N/A' })).toEqual({ error: '#N/A' });
  });

  it('errors a function cannot return (#REF!, #NAME?) become #VALUE! naming them', () => {
    expect(fundLeverage([[{ code: '#REF!' }]], [[1]], null)).toMatchObject({
      error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('#REF!') },
    });
  });

  it('a bad year argument is #VALUE!', () => {
    expect(cohortCount([[2017]], 'next year')).toEqual(VALUE);
    expect(carryOver([[2017]], [[1]], 17)).toEqual(VALUE);
  });
});
