/**
 * The 2020 自评表 prints a target's comparison where the officer wrote one, not where the reading supplied it: a plain
 * `100%` or `49家` is printed as written (it printed `≥100%`, an operator no one wrote), a comparison written in the
 * 指标性质 column or in words keeps its sign (`≥90%`, `90%以上` → `≥90%`), and a ceiling the reading supplied keeps its
 * `≤` (a bare `100万元` under 成本指标 would read as the value to reach), as the 2018 form keeps it. The scores and
 * the native formulas are those of the comparison read, whatever is printed.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { readsFormat, shownNumber } from '../../../src/model/read/formats';
import { isRankTarget, parseTarget, type Target } from '../../../src/model/read/targets';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { expectFormulasAgree } from '../../support/layoutFormulas';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '偏差原因分析及改进措施'];
/** [二级, 三级, 指标性质, 年度指标值, 度量单位, 实际完成值, as the 2020 form prints the target, its score of 10]. */
const ROWS: ReadonlyArray<readonly [string, string, string | null, CellValue, string | null, CellValue, string, number]> = [
  ['质量指标', '项目验收合格率', null, '100%', null, '100%', '100%', 10],
  ['质量指标', '资金到位率', null, 100, '%', '96%', '100%', 9.6],
  ['数量指标', '支持专利实施项目', null, '49家', null, 49, '49家', 10],
  ['满意度指标', '项目实施企业满意度', '≥', 90, '%', '92%', '≥90%', 10],
  ['质量指标', '项目申报合规率', null, '90%以上', null, '95%', '≥90%', 10],
  ['成本指标', '项目管理费用', null, 100, '万元', 90, '≤100万元', 10],
  // review38: a money unit alone is no format the readers read back (read/formats.ts readsFormat): printed bare, the
  // form read back lost it (T004); so it keeps the comparison
  ['数量指标', '带动社会投入资金', null, 37000, '万元', 37590.1, '≥37000万元', 10],
];

function grid(rows: typeof ROWS = ROWS): Grid {
  const sample = sampleWorkbookGrid();
  const values: CellValue[][] = [HEADER, ...rows.map((r) => ['产出指标', r[0], r[1], r[2], r[3], r[4], r[5], 10, null])];
  return { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) };
}

/** What Excel shows for a number under a format like `"≥"0"%"` or `0"家"`. */
function shown(value: number, format: string): string {
  const m = /^(?:"([^"]*)")?0(?:\.(0+))?(?:"([^"]*)")?$/.exec(format);
  if (!m) throw new Error(`unexpected format ${format}`);
  return `${m[1] ?? ''}${value.toFixed(m[2]?.length ?? 0)}${m[3] ?? ''}`;
}


/** An indicator's 年度指标值 as the 2020 form shows it (a number in its format as shown), and the indicator evaluated. */
function printed2020(se: NonNullable<ReturnType<typeof evaluateWorkbook>['selfEval']>, name: string) {
  const row = se.layout.cells.find((c) => c.col === 3 && c.value === name)!.row;
  const e = se.layout.cells.find((c) => c.row === row && c.col === 4)!;
  const f = e.style!.numberFormat!;
  return { back: typeof e.value === 'number' && readsFormat(f) ? shownNumber(e.value, f) : e.value, ind: se.indicators.find((x) => x.name === name)! };
}
describe('the 2020 自评表 prints the comparison the officer wrote', () => {
  const ev = evaluateWorkbook(grid(), { forSelfEval: true, layout: '2020' });
  const se = ev.selfEval!;
  const byName = new Map(se.indicators.map((i) => [i.name, i]));

  it.each(ROWS.map((r) => [r[1], r[6], r[7]] as const))('%s is printed %s and scores %p', (name, printed, score) => {
    const row = se.layout.cells.find((c) => c.col === 3 && c.value === name)!.row;
    const e = se.layout.cells.find((c) => c.row === row && c.col === 4)!;
    expect(typeof e.value === 'number' ? shown(e.value, e.style!.numberFormat!) : e.value).toBe(printed);
    expect([byName.get(name)?.target, byName.get(name)?.score]).toEqual([printed, score]);
  });

  it('each target reads back as printed, as jx check and jx selfeval read the form (readsFormat, shownNumber)', () => {
    const back = ROWS.map((r) => {
      const row = se.layout.cells.find((c) => c.col === 3 && c.value === r[1])!.row;
      const e = se.layout.cells.find((c) => c.row === row && c.col === 4)!;
      const f = e.style!.numberFormat!;
      return typeof e.value === 'number' && readsFormat(f) ? shownNumber(e.value, f) : e.value;
    });
    expect(back).toEqual(ROWS.map((r) => r[6]));
  });

  it('the native formulas still score by the comparison read (HyperFormula)', () => {
    expectFormulasAgree(se.layout);
  });
});

/**
 * tidy47, review47: a rank is printed so that the form read back (jx check, jx selfeval on it) reads it as one, whatever its
 * 三级指标: `前10名`, `排名前3` — printed `≤10名` and `≤3` before, read back as a count and a number (W006 asked of 5th against
 * them) — a rank the 三级指标 names (全国排名, with ≤ | 10 | 名 in the columns) too; a head count keeps its `≤`.
 */
describe('the 2020 自评表 prints a rank so that it reads back as one', () => {
  const RANKS: typeof ROWS = [
    ['质量指标', '全国专利实施效果', null, '前10名', null, '第5名', '前10名', 10],
    ['质量指标', '示范城市评比', null, '排名前3', null, 2, '排名前3', 10],
    ['数量指标', '聘用专家', '≤', 10, '名', 8, '≤10名', 10], // a head count with the ≤ of 指标性质
    ['质量指标', '全国排名', '≤', 10, '名', 5, '前10名', 10], // a rank its name says, from the columns
    ['质量指标', '示范企业评价', null, '进入全国前10%', null, '前5%', '排名前10%', 10], // a top share: 5 % meets it
  ];
  /** What each printed target reads back as, under its 三级指标 (the form has no 指标性质), and whether it is a rank. */
  const BACK: ReadonlyArray<readonly [Target, boolean]> = [
    [{ kind: 'quantity', op: '≤', value: 10, unit: '名', rank: true }, true],
    [{ kind: 'quantity', op: '≤', value: 3, unit: '', rank: true }, true],
    [{ kind: 'quantity', op: '≤', value: 10, unit: '名' }, false],
    [{ kind: 'quantity', op: '≤', value: 10, unit: '名', rank: true }, true],
    [{ kind: 'quantity', op: '≤', value: 10, unit: '%', rank: true }, true],
  ];
  const se = evaluateWorkbook(grid(RANKS), { forSelfEval: true, layout: '2020' }).selfEval!;

  it.each(RANKS.map((r, i) => [r[1], r[3], r[6], r[7], i] as const))('%s (%s) is printed %s, reads back as the same target, and scores %p', (name, _written, printed, score, i) => {
    const { back, ind } = printed2020(se, name);
    expect([back, ind.target, ind.score]).toEqual([printed, printed, score]);
    const after = parseTarget(String(back), { level2: RANKS[i][0], level3: name }).target;
    expect([after, isRankTarget({ parsed: after, level3: name })]).toEqual(BACK[i]);
  });

  it('the native formulas still score by the comparison read (HyperFormula)', () => {
    expectFormulasAgree(se.layout);
  });
});

/**
 * rank48: a rank with a 度量单位 that is no place's (个, 家) was printed `排名前3个`, which the form read back reads as ≥ 3 个
 * (and `第2名` did not convert to 个); a place's unit (名, 位) is printed with it, as the column says.
 */
describe('the 2020 自评表 prints a rank in a place\'s unit, whatever the 度量单位 column holds', () => {
  const RANKS: typeof ROWS = [
    ['质量指标', '示范城市评比', null, '排名前3', '个', '第2名', '排名前3', 10],
    ['质量指标', '龙头企业评比', null, '排名前3', '家', 2, '排名前3', 10],
    ['质量指标', '考核评比', null, '排名前3', '位', '第2名', '排名前3位', 10],
    ['质量指标', '综合评比', null, '排名前3', '名', '第2名', '前3名', 10],
    ['质量指标', '专利实施效果', null, '前5名', '个', '第4名', '前5名', 10],
    ['质量指标', '全区排名', null, 3, '个', 2, '排名前3', 10], // a rank its name says
  ];
  const se = evaluateWorkbook(grid(RANKS), { forSelfEval: true, layout: '2020' }).selfEval!;

  it.each(RANKS.map((r) => [r[1], r[3], r[4], r[6], r[7], r[0]] as const))('%s (%s, 度量单位 %s) is printed %s, scores %p, and reads back as the same rank', (name, written, unit, printed, score, level2) => {
    const { back, ind } = printed2020(se, name);
    expect([back, ind.target, ind.score]).toEqual([printed, printed, score]);
    const ctx = { level2, level3: name };
    const before = parseTarget(written as string | number, ctx, unit ?? undefined).target;
    const after = parseTarget(String(back), ctx).target;
    expect(after).toMatchObject({ kind: 'quantity', op: '≤', value: (before as { value: number }).value });
    expect(isRankTarget({ parsed: after, level3: name })).toBe(true);
  });

  it('the native formulas still score by the comparison read (HyperFormula)', () => {
    expectFormulasAgree(se.layout);
  });
});
