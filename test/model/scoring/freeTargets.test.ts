/**
 * score43: targets as officers write them, scored through the whole check (the sample workbook with one indicator row
 * rewritten: 带动社会投入资金, 效益指标, 20 points), against scoring.md.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { parseTarget } from '../../../src/model/read/targets';
import { sampleWorkbookGrid } from '../../../src/model/sample';

const NAME = '带动社会投入资金';

/** The sample with NAME's row written so: its score (of 20) and the rules its findings name. */
function evaluate(nature: CellValue, target: CellValue, unit: CellValue, actual: CellValue, name = NAME) {
  const sample = sampleWorkbookGrid();
  const grid: Grid = {
    sheets: sample.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      const h = s.values[0];
      const col = (k: string) => h.indexOf(k);
      return {
        ...s,
        values: s.values.map((r) => {
          if (r[col('三级指标')] !== NAME) return r;
          const row = [...r];
          row[col('指标性质')] = nature;
          row[col('年度指标值')] = target;
          row[col('度量单位')] = unit;
          row[col('实际完成值')] = actual;
          row[col('数据来源')] = null;
          row[col('三级指标')] = name;
          return row;
        }),
      };
    }),
  };
  const ev = evaluateWorkbook(grid, { layout: '2020' });
  const ind = ev.selfEval!.indicators.find((i) => i.name === name)!;
  const rules = ev.findings.filter((f) => JSON.stringify(f.params).includes(name)).map((f) => `${f.rule}${f.variant ? `.${f.variant}` : ''}`);
  return { score: ind.score, rules };
}

/**
 * A % range target (`60%-80%`) and an actual written as the percent (95) or as its fraction (0.95): one reading, 95 %
 * (read/indicators.ts inPercent), before the range's end is chosen. Before, 95 was beyond the ceiling (≤ 80: 16.25 of
 * 20) and 0.95 was under it, taken as met from the floor (20).
 */
describe('a % range: the actual as a percent or its fraction is one value, before the range picks its end', () => {
  it.each([
    // [target, 度量单位, the two writings of one actual, score of 20]
    ['60%-80%', '%', [95, 0.95, '95%'], 16.25], // 15 beyond the ceiling of 80: 20 × (1 − 15/80)
    ['60%-80%', '%', [70, 0.7, '70%'], 20], // inside: met
    ['60%-80%', '%', [50, 0.5, '50%'], 16.67], // under the floor: 20 × 50/60
    ['60%-80%', null, [95, 0.95], 16.25], // no 度量单位: the target's % says it
    ['60-80', '%', [95, 0.95], 16.25], // the unit from the column only
    ['≥60%且≤80%', '%', [90, 0.9], 17.5],
    ['60%～80%', '%', [80, 0.8], 20], // the ceiling itself is inside
  ] as const)('%s (%s): %j all score %s', (target, unit, actuals, score) => {
    for (const a of actuals) expect([a, evaluate(null, target, unit, a).score]).toEqual([a, score]);
  });

  it('a fraction of a range under 1 % is not taken for a percent (0.5 against 0–2% is 0.5 %)', () => {
    expect(evaluate(null, '0%-2%', '%', 0.5).score).toBe(20);
    expect(evaluate(null, '0%-2%', '%', 3).score).toBe(10); // 1 beyond the ceiling of 2: 20 × (1 − 1/2)
  });
});

/**
 * The sign of a number (read/targets.ts signAt; the grades' words ask text.ts opensNegative, the same minus signs).
 * Minus signs: `-`, the full-width `－`, `−`, `﹣`, the hyphens and the en dash `–` (Word makes ` - ` one as it is typed),
 * spaces either side. The em dash `—` is the 破折号 (`——`), no sign. Before, `较上年增长为 - 3%` read as ≥ 3 %.
 */
describe('the sign of a change, written with spaces and any minus sign', () => {
  it.each([
    ['较上年增长为 - 3%', -3],
    ['较上年增长 - 3%', -3],
    ['较上年增长 -3%', -3],
    ['较上年增长- 3%', -3],
    ['较上年增长－3%', -3],
    ['较上年增长 － 3%', -3],
    ['较上年增长−3%', -3],
    ['较上年增长–3%', -3],
    ['较上年增长 – 3%', -3],
    ['较上年增长﹣3%', -3],
    ['较上年增长率为-3%', -3],
    ['同比增长为-3%', -3],
    ['较上年增长—3%', 3],
    ['较上年增长——3%', 3],
    ['较上年增长为3%', 3],
  ])('%s is a change of %s', (text, value) => {
    expect(parseTarget(text).target).toMatchObject({ kind: 'change', direction: 'up', value });
  });

  it.each([
    // a minus after a number or its unit joins a range
    ['5 - 10个', 5, 10],
    ['5 -10个', 5, 10],
    ['3天 – 5天', 3, 5],
    ['90%–95%', 90, 95],
  ])('%s is the range %s to %s', (text, low, high) => {
    expect(parseTarget(text).target).toEqual({
      kind: 'multi',
      parts: [expect.objectContaining({ op: '≥', value: low }), expect.objectContaining({ op: '≤', value: high })],
    });
  });

  it.each([['≥ - 5%', -5], ['≥－5%', -5], ['不低于 -5%', -5]])('%s is a floor of %s', (text, value) => {
    expect(parseTarget(text).target).toMatchObject({ kind: 'quantity', op: '≥', value });
  });

  it.each([
    // [target, actual, score of 20]: a fall of at most 3 %
    ['较上年增长为 - 3%', '较上年增长-2%', 20],
    ['较上年增长 - 3%', '较上年增长 - 5%', 6.67], // 2 beyond a fall of 3: 20 × (2 − (−5)/(−3))
    ['较上年增长–3%', '较上年增长 – 1%', 20],
    ['较上年增长—3%', '较上年增长2%', 13.33], // the 破折号: a rise of 3 asked, 2 made
  ])('target %s, actual %s: %s', (target, actual, score) => {
    expect(evaluate(null, target, '%', actual).score).toBe(score);
  });

  it.each([
    ['较上年增长 – 3%', false],
    ['较上年增长﹣3%', false],
    ['较上年增长 － 3%', false],
    ['较上年增长——3%', true],
  ])('不低于上年 (定性), actual %s: met %s', (actual, met) => {
    const r = evaluate('定性', '不低于上年', '万元', actual);
    expect(r.score === 20).toBe(met);
  });
});
