// BUDGETSCORE, INDICATORSCORE, EVALGRADE: the scoring model behind a formula.
import { budgetScoreOf, evalGrade, indicatorScore } from '../../src/model/functions';
import { budgetScore, gradeOf, quantitativeScore } from '../../src/model/scoring';
import { functionsMetadata } from '../../src/model/functions/metadata';

describe('functions.md examples', () => {
  it('BUDGETSCORE(1200, 1200) → 10; INDICATORSCORE(1100, 500, 15, "≥") → 15; EVALGRADE(92.5) → 优', () => {
    expect(budgetScoreOf(1200, 1200, null)).toBe(10);
    expect(indicatorScore(1100, 500, 15, '≥', null)).toBe(15);
    expect(evalGrade(92.5)).toBe('优');
  });
});

describe('BUDGETSCORE', () => {
  it('is the model\'s budget score of executed / budget (default 10 points)', () => {
    for (const [e, b] of [[1080, 1200], [1, 3], [2, 3], [1199.99, 1200], [0, 50], [1300, 1200]] as const)
      expect(budgetScoreOf(e, b, null)).toBe(budgetScore(e / b));
  });

  it('min(rate, 1) × points with other points, rounded to 2 decimals', () => {
    expect(budgetScoreOf(1000, 1200, 20)).toBe(16.67);
    expect(budgetScoreOf(1300, 1200, 5)).toBe(5);
    expect(budgetScoreOf('1,000', '1200万元', '8')).toBe(6.67);
  });

  it('budget 0 is #DIV/0!, negative points #VALUE!', () => {
    expect(budgetScoreOf(10, 0, null)).toEqual({ error: '#DIV/0!' });
    expect(budgetScoreOf(10, 10, -1)).toMatchObject({ error: '#VALUE!' });
  });
});

describe('INDICATORSCORE', () => {
  it('scores the worked example of scoring.md (total 100.00 → 优)', () => {
    const scores = [
      indicatorScore(49, '≥49', 20, null, null), // 支持专利实施项目 家
      indicatorScore(1100, 500, 15, '≥', null), // 培训 人次
      indicatorScore(100, '=100', 10, null, null), // 承担单位符合条件 %
      indicatorScore('达成', '按期完成', 5, '定性', null), // 项目执行时间
      indicatorScore(37590.1, '≥37000万元', 20, null, null), // 带动社会投入资金
      indicatorScore('达成', '显著', 10, '定性', null), // 推动各项社会效益
      indicatorScore(0.92, '≥90%', 10, null, null), // 满意度: 0.92 written as a fraction
    ];
    expect(scores).toEqual([20, 15, 10, 5, 20, 10, 10]);
    const total = (budgetScoreOf(1200, 1200, null) as number) + (scores as number[]).reduce((s, x) => s + x, 0);
    expect(total).toBe(100);
    expect(evalGrade(total)).toBe('优');
  });

  it('is the model\'s quantitative score for ≥ ≤ =', () => {
    const opts = { inverseMethod: '线性' as const };
    expect(indicatorScore(400, 500, 15, '≥', null)).toBe(quantitativeScore('≥', 500, 400, 15, opts).score);
    expect(indicatorScore(400, 500, 15, '≥', null)).toBe(12);
    expect(indicatorScore(150, 100, 10, '≤', null)).toBe(quantitativeScore('≤', 100, 150, 10, opts).score);
    expect(indicatorScore(150, 100, 10, '≤', null)).toBe(5);
    expect(indicatorScore(90, 100, 10, '=', null)).toBe(9);
    expect(indicatorScore(99.6, 100, 10, '=', null)).toBe(10);
  });

  it('reads the comparison from the target when op is omitted, and in words', () => {
    expect(indicatorScore(80, '≤100', 10, null, null)).toBe(10);
    expect(indicatorScore(120, '不高于100', 10, null, null)).toBe(8);
    expect(indicatorScore(45, '≥90', 10, '>=', null)).toBe(5);
  });

  it('qualitative: 达成 scores the points; an explicit score inside its band is kept', () => {
    expect(indicatorScore('达成', '达成年度指标', 10, '定性', null)).toBe(10);
    expect(indicatorScore('完成', '按期完成', 4, null, null)).toBe(4); // a text target means 定性
    expect(indicatorScore('已达成。', '达成年度指标', 10, '定性', 9)).toBe(9);
    expect(indicatorScore('部分达成', '达成年度指标', 10, '定性', 7)).toBe(7);
    expect(indicatorScore('未达成', '达成年度指标', 10, '定性', 3)).toBe(3);
  });

  it('an out-of-band qualitative score is #VALUE! with the W007 text', () => {
    const r = indicatorScore('部分达成', '达成年度指标', 10, '定性', 9);
    expect(r).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('不在该档范围内（6 ≤ 得分 < 8') } });
    expect(indicatorScore('达成', '达成年度指标', 10, '定性', 5)).toMatchObject({ error: '#VALUE!' });
  });

  it('no score can be given: #N/A with the finding\'s text', () => {
    expect(indicatorScore('部分达成', '达成年度指标', 10, '定性', null)).toMatchObject({
      error: '#N/A', message: { 'zh-CN': expect.stringContaining('须填写得分'), 'en-US': expect.stringContaining('needs a score') },
    });
    expect(indicatorScore('按合同项目进度安排表逐步推进', '按期完成', 10, '定性', null)).toMatchObject({ error: '#N/A' });
    // free text with an explicit score inside 0 – points is kept
    expect(indicatorScore('按合同项目进度安排表逐步推进', '按期完成', 10, '定性', 8)).toBe(8);
  });

  it('unreadable or missing values are #VALUE!', () => {
    expect(indicatorScore('很多', 500, 15, '≥', null)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('很多') } });
    expect(indicatorScore(100, '很多', 15, '≥', null)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('target') } });
    expect(indicatorScore(100, 500, 15, '大约', null)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('大约') } });
    expect(indicatorScore('达成', '', 10, '定性', null)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('target') } });
    expect(indicatorScore(100, 500, null, '≥', null)).toMatchObject({ error: '#VALUE!', message: { 'zh-CN': expect.stringContaining('points') } });
    expect(indicatorScore(100, 500, '十五', '≥', null)).toMatchObject({ error: '#VALUE!' });
  });

  it('an Excel error in an input is passed through', () => {
    expect(indicatorScore({ code: '#N/A' }, 500, 15, '≥', null)).toEqual({ error: '#N/A' });
    expect(indicatorScore([[{ code: '#DIV/0!' }]], 500, 15, '≥', null)).toEqual({ error: '#DIV/0!' });
  });
});

describe('EVALGRADE', () => {
  it.each([[90, '优'], [89.99, '良'], [89.995, '优'], [80, '良'], [79.99, '中'], [60, '中'], [59.99, '差'], [0, '差']] as const)(
    '%d → %s (the model\'s grade)',
    (total, grade) => {
      expect(evalGrade(total)).toBe(grade);
      expect(evalGrade(total)).toBe(gradeOf(total));
    },
  );

  it('reads a text total; a blank total is #VALUE!', () => {
    expect(evalGrade('９２.５')).toBe('优');
    expect(evalGrade(null)).toMatchObject({ error: '#VALUE!' });
    expect(evalGrade('good')).toMatchObject({ error: '#VALUE!' });
  });
});

describe('INDICATORSCORE reads targets by the target grammar (as the reader and the 自评表 do)', () => {
  it.each([
    ['95%', '达到90%以上', 10, 10],
    ['2栋', '两栋', 8, 8],
    ['16万元', '≤15万元', 3, 2.8],
    ['0.28万元', '出具评估报告总成本不超过0.3万元', 3, 3],
    ['68000人次', '约6.6万人次', 6, 6],
    ['提升10%', '提升20%', 10, 5],
    ['下降3%', '提升20%', 10, 0],
    ['0.4小时', '半小时内', 4, 4],
    ['0.8小时', '半小时内', 4, 1.6], // 4 × (1 − 0.3 / 0.5),
    ['2018年11月20日完工', '11月底前完成', 4, 4],
    ['按期完成', '2018年12月30日前', 4, 4],
  ] as const)('actual %p against %p with %p points → %p', (actual, target, points, score) => {
    expect(indicatorScore(actual, target, points, null, null)).toBe(score);
  });

  it('a deadline missed needs a score (as 未达成 does); several values are not one number', () => {
    expect(indicatorScore('2019年1月5日完工', '2018年12月30日前', 4, null, null)).toMatchObject({ error: '#N/A' });
    expect(indicatorScore('2019年1月5日完工', '2018年12月30日前', 4, null, 1)).toBe(1);
    expect(indicatorScore('28515株', '28515株；1241625.93㎡', 6, null, 5)).toBe(5);
  });
});

describe('targets38: INDICATORSCORE in English takes the grades its English text names', () => {
  const actualParam = functionsMetadata('en-US').functions.find((f) => f.id === 'INDICATORSCORE')!.parameters.find((p) => p.name === 'actual')!;
  const named = /\(([^)]*)\)/.exec(actualParam.description)![1].split(' / ');

  it('names them without Chinese (achieved / partly achieved / not achieved)', () => {
    expect(named).toEqual(['achieved', 'partly achieved', 'not achieved']);
  });

  it('each scores as its Chinese grade does (达成 10 of 10; 部分达成 7 inside 6–8; 未达成 3 inside 0–6), whatever the case', () => {
    const zh = ['达成', '部分达成', '未达成'];
    const scores = [null, 7, 3];
    named.forEach((word, k) => {
      expect([word, indicatorScore(word, '达成年度指标', 10, '定性', scores[k])]).toEqual([word, indicatorScore(zh[k], '达成年度指标', 10, '定性', scores[k])]);
    });
    expect(indicatorScore('Achieved', '有效提升', 10, null, null)).toBe(10);
    expect(indicatorScore('Partly achieved', '达成年度指标', 10, '定性', 9)).toMatchObject({ error: '#VALUE!' });
  });
});

describe('targets39: INDICATORSCORE\'s op in English names a word an English user can type', () => {
  const fn = (locale: 'zh-CN' | 'en-US') => functionsMetadata(locale).functions.find((f) => f.id === 'INDICATORSCORE')!;
  const opParam = fn('en-US').parameters.find((p) => p.name === 'op')!;

  it('names the comparisons without Chinese (its description and its error text)', () => {
    expect(opParam.description).not.toMatch(/[\u4e00-\u9fff]/);
    expect(opParam.description).toContain('qualitative');
    const bad = indicatorScore('达成', '达成年度指标', 10, 'sometimes', null) as { error: string; message?: unknown };
    expect(bad).toMatchObject({ error: '#VALUE!' });
    expect(JSON.stringify(bad)).toContain('≥, ≤, = or qualitative');
  });

  it.each([['qualitative'], ['Qualitative'], ['QUALITATIVE']])('%s scores as 定性 does (达成 10 of 10; 部分达成 with 7 is 7)', (word) => {
    expect([indicatorScore('达成', '达成年度指标', 10, word, null), indicatorScore('部分达成', '有效提升', 10, word, 7)]).toEqual([
      indicatorScore('达成', '达成年度指标', 10, '定性', null), indicatorScore('部分达成', '有效提升', 10, '定性', 7),
    ]);
    expect(indicatorScore('部分达成', '有效提升', 10, word, 7)).toBe(7);
  });
});
