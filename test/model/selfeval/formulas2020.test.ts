/**
 * The 2020 table's native formulas, evaluated by HyperFormula over the table's own cells, must
 * give the values the model wrote (and the model's scores), and follow a corrected number.
 */
import { HyperFormula } from 'hyperformula';
import type { Indicator, Profile } from '../../../src/model/records';
import { expectFormulasAgree, layoutSheet } from '../../support/layoutFormulas';
import { buildSelfEval, type SelfEval } from '../../../src/model/selfeval';
import { ind, profile, sourceYearProjects, wan, workedExample } from '../scoring/fixtures';

const build = (indicators: Indicator[], over: Partial<Profile> = {}): SelfEval =>
  buildSelfEval({ profile: profile(over), projects: sourceYearProjects(), indicators, layout: '2020', indicatorSheet: '绩效指标', ledgerSheet: '项目台账' });

/** The computed table's score column (H) for the indicator rows, and the total row. */
function tableScores(se: SelfEval, hf: HyperFormula): { scores: unknown[]; total: unknown; grade: unknown; budget: unknown } {
  const head = se.layout.cells.find((c) => c.value === '一级指标')!.row;
  const totalRow = se.layout.cells.find((c) => c.value === '总分')!.row;
  const scores = [];
  for (let r = head + 1; r < totalRow; r++) scores.push(hf.getCellValue({ sheet: 0, row: r, col: 7 }));
  return {
    scores,
    total: hf.getCellValue({ sheet: 0, row: totalRow, col: 7 }),
    grade: hf.getCellValue({ sheet: 0, row: totalRow, col: 8 }),
    budget: hf.getCellValue({ sheet: 0, row: 4, col: 8 }),
  };
}

describe('2020 table formulas (HyperFormula)', () => {
  it('the worked example: every score 100.00 → 优, equal to the model', () => {
    const se = build(workedExample());
    const hf = expectFormulasAgree(se.layout);
    const t = tableScores(se, hf);
    expect(t).toEqual({ scores: se.indicators.map((i) => i.score), total: 100, grade: '自评等级：优', budget: 10 });
    expect([se.total, se.grade, se.budget]).toEqual([100, '优', { rate: 1, score: 10 }]);
    // 4 fund-row rates, the budget score, 5 quantitative scores, the points' sum, total, grade
    expect(se.layout.cells.filter((c) => c.formula).length).toBe(13);
  });

  it('the 总分 row\'s 分值 is what the points add up to (88, not 100), and follows a corrected 分值', () => {
    const ex = workedExample().map((i) => (i.row === 1 ? { ...i, points: 8 } : i));
    const se = build(ex);
    const totalRow = se.layout.cells.find((c) => c.value === '总分')!.row;
    expect(se.layout.cells.find((c) => c.row === totalRow && c.col === 6)).toMatchObject({ value: 88 });
    const hf = expectFormulasAgree(se.layout);
    expect(hf.getCellValue({ sheet: 0, row: totalRow, col: 6 })).toBe(88);
    const first = se.layout.cells.find((c) => c.value === 8 && c.col === 6)!;
    hf.setCellContents({ sheet: 0, row: first.row, col: 6 }, 20);
    expect(hf.getCellValue({ sheet: 0, row: totalRow, col: 6 })).toBe(100);
  });

  it('partial scores and a budget under-execution', () => {
    const ex = workedExample().map((i) => (i.row === 1 ? { ...i, actual: 40 } : i.row === 7 ? { ...i, actual: 85 } : i));
    const se = build(ex, { executed: wan('1100') });
    const t = tableScores(se, expectFormulasAgree(se.layout));
    expect(t.scores).toEqual([16.33, 15, 10, 5, 20, 10, 9.44]);
    expect([t.budget, t.total, t.grade]).toEqual([9.17, 94.94, '自评等级：优']);
    expect([se.total, se.grade]).toEqual([94.94, '优']);
  });

  const mixed = (): Indicator[] => [
    ind({ row: 1, level1: '产出指标', level2: '数量', level3: '支持项目', op: '≥', target: 50, unit: '家', actual: 45, points: 20 }),
    ind({ row: 2, level1: '产出指标', level2: '成本', level3: '单项成本', op: '≤', target: 100, unit: '万元', actual: 125, points: 15 }),
    ind({ row: 3, level1: '产出指标', level2: '质量', level3: '合格率', op: '=', target: 100, unit: '%', actual: 80, points: 10 }),
    ind({ row: 4, level1: '产出指标', level2: '时效', level3: '按期', op: '定性', targetText: '按期完成', actualText: '部分达成', points: 5, score: 3.5 }),
    ind({ row: 5, level1: '效益指标', level2: '经济效益', level3: '带动投入', op: '≥', target: 37000, unit: '万元', actual: 49000, points: 20, deviation: '' }),
    ind({ row: 6, level1: '效益指标', level2: '社会效益', level3: '事故数', op: '≤', target: 0, unit: '起', actual: 0, points: 10 }),
    ind({ row: 7, level1: '满意度指标', level2: '满意度', level3: '满意度', op: '≥', target: 90, unit: '%', actual: 0.8, points: 10 }),
  ];

  it('≤ (linear), = and t = 0 indicators, a qualitative 得分 as a value', () => {
    const se = build(mixed());
    const t = tableScores(se, expectFormulasAgree(se.layout));
    // by layout order: 数量, 质量, 时效, 成本 | 经济, 社会 | 满意度
    expect(se.indicators.map((i) => i.name)).toEqual(['支持项目', '合格率', '按期', '单项成本', '带动投入', '事故数', '满意度']);
    expect(t.scores).toEqual([18, 8, 3.5, 11.25, 20, 10, 8.89]);
    expect(t.total).toBe(89.64);
    expect(t.grade).toBe('自评等级：良');
    const qual = se.layout.cells.find((c) => c.value === 3.5)!;
    expect(qual.formula).toBeUndefined();
  });

  it('≤ by ratio (比值) and 偏离扣分 in the formulas', () => {
    const se = build(mixed(), { inverseMethod: '比值', deviationPenalty: 2 });
    const t = tableScores(se, expectFormulasAgree(se.layout));
    expect(t.scores).toEqual([18, 8, 3.5, 12, 18, 10, 8.89]);
    expect(t.total).toBe(88.39);
  });

  it('偏离扣分 at exactly 130% (3.9 against 3): the model deducts as the formula does', () => {
    const se = build([ind({ row: 1, level1: '产出指标', level2: '数量', level3: '项目', op: '≥', target: 3, unit: '家', actual: 3.9, points: 10, deviation: '超额' })], { deviationPenalty: 2 });
    expect(tableScores(se, expectFormulasAgree(se.layout)).scores).toEqual([8]);
  });

  it('negative targets never score above the points, and a miss scores less the further it misses, in the model and in the formulas alike', () => {
    const neg = (): Indicator[] => [
      ind({ row: 1, level1: '产出指标', level2: '数量', level3: '亏损', op: '≥', target: -10, unit: '万元', actual: -20, points: 20 }),
      ind({ row: 2, level1: '产出指标', level2: '成本', level3: '降幅', op: '≤', target: -10, unit: '%', actual: -5, points: 15 }),
      ind({ row: 3, level1: '产出指标', level2: '成本', level3: '亏损额', op: '≤', target: -1, unit: '万元', actual: 0, points: 5 }),
    ];
    for (const inverseMethod of ['线性', '比值'] as const) {
      const se = build(neg(), { inverseMethod });
      const t = tableScores(se, expectFormulasAgree(se.layout));
      t.scores.forEach((x, i) => expect(x).toBeLessThanOrEqual([20, 15, 5][i]));
      expect(t.scores.every(Number.isFinite)).toBe(true); // no #DIV/0! when the actual is 0
      // a loss of 20 against ≥ -10 (twice the loss allowed) scores 0, not full marks; a fall of 5 against ≤ -10 half
      expect([inverseMethod, ...t.scores]).toEqual([inverseMethod, 0, 7.5, 0]);
    }
    // 增长-5% as the target (a fall of at most 5): a fall of 8 misses it by 3 of 5, a fall of 3 meets it
    const fall = build([
      ind({ row: 1, level1: '效益指标', level2: '经济效益', level3: '销售收入增长率', op: '≥', target: -5, unit: '%', actual: -8, points: 20 }),
      ind({ row: 2, level1: '效益指标', level2: '经济效益', level3: '利润增长率', op: '≥', target: -5, unit: '%', actual: -3, points: 20 }),
    ]);
    expect(tableScores(fall, expectFormulasAgree(fall.layout)).scores).toEqual([8, 20]);
  });

  it('执行率封顶 in the total formula (band lower bound inclusive)', () => {
    const caps = [{ lower: 0.7, upper: 0.8, cap: 89 }, { lower: 0.6, upper: 0.7, cap: 79 }, { lower: 0, upper: 0.6, cap: 59 }];
    const se = build(workedExample(), { executed: wan('840'), rateCaps: caps });
    const t = tableScores(se, expectFormulasAgree(se.layout));
    expect([t.budget, t.total, t.grade]).toEqual([7, 89, '自评等级：良']);
    const free = build(workedExample(), { executed: wan('960'), rateCaps: caps });
    expect(tableScores(free, expectFormulasAgree(free.layout)).total).toBe(98);
  });

  it('a budget of 0: rate and budget score show —, the total leaves them out', () => {
    const se = build(workedExample(), { budget: 0 });
    const hf = expectFormulasAgree(se.layout);
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 7 })).toBe('—');
    expect(tableScores(se, hf)).toMatchObject({ budget: '—', total: 90, grade: '自评等级：优' });
  });

  it('an evaluator who corrects a number sees the scores follow', () => {
    const se = build(workedExample());
    const hf = layoutSheet(se.layout);
    const row = se.layout.cells.find((c) => c.value === '支持专利实施项目')!.row;
    hf.setCellContents({ sheet: 0, row, col: 5 }, 40);
    hf.setCellContents({ sheet: 0, row: 4, col: 5 }, 900); // 全年执行数
    const t = tableScores(se, hf);
    expect(t.scores[0]).toBe(16.33);
    expect(t.budget).toBe(7.5);
    expect([t.total, t.grade]).toEqual([93.83, '自评等级：优']);
  });
});
