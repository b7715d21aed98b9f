/**
 * targets35: targets as officers write them, through evaluateWorkbook (what selfeval, check and the page show).
 */
import { readsFormat } from '../../../src/model/read/formats';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { parseTarget } from '../../../src/model/read/targets';
import { expectFormulasAgree } from '../../support/layoutFormulas';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '度量单位', '实际完成值', '分值', '偏差原因分析及改进措施'];
type Row = readonly [level2: string, name: string, target: CellValue, unit: string | null, actual: CellValue, points: number];

function evaluate(rows: ReadonlyArray<Row>, layout: '2018' | '2020' = '2020') {
  const sample = sampleWorkbookGrid();
  const values: CellValue[][] = [HEADER, ...rows.map((r) => ['产出指标', r[0], r[1], r[2], r[3], r[4], r[5], null])];
  const grid: Grid = { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) };
  return evaluateWorkbook(grid, { layout });
}

const rulesOn = (ev: ReturnType<typeof evaluate>, rules: string[]): string[] =>
  ev.findings.filter((f) => rules.includes(f.rule)).map((f) => `${f.rule}@${f.row + 1}`);

describe('a range target is met inside it, both ends included', () => {
  // [name, target, actual, the score by hand (10 points)]
  const CASES: ReadonlyArray<readonly [string, string, CellValue, number]> = [
    ['验收合格率', '≥90%且≤100%', '95%', 10],
    ['达标率', '90%-100%', '95%', 10],
    ['覆盖率', '90%～100%', '95%', 10],
    ['低端', '90%-100%', '90%', 10],
    ['高端', '90%-100%', 100, 10],
    // beyond an end: scored by that end as a floor (≥) or a ceiling (≤) is (线性: 10 × (1 − 5/100))
    ['超出上限', '90%-100%', '105%', 9.5],
    ['低于下限', '90%～100%', '85%', 9.44],
  ];
  const ev = evaluate(CASES.map(([name, target, actual]) => ['质量指标', name, target, null, actual, 10]));
  const byName = new Map(ev.selfEval!.indicators.map((i) => [i.name, i]));

  it.each(CASES.map((c) => [c[0], c[1], c[2], c[3]] as const))('%s %s with %s scores %d', (name, _t, _a, score) => {
    expect(byName.get(name)?.score).toBe(score);
  });

  it('no T011 (several values), W011 (no grade) or W006 (deviation) inside the range', () => {
    expect(rulesOn(ev, ['T011', 'W011', 'W006'])).toEqual([]);
  });

  it('a wide range met far above its floor asks for no 偏差原因 (W006); beyond an end by 30% or more it still does', () => {
    // review35b: 50-100个 at 80 said 偏离 60% though the target was met, full points
    const wide = evaluate([
      ['数量指标', '宽区间', '50-100个', null, 80, 10],
      ['时效指标', '工作日', '3-5个工作日', null, 4, 10],
      ['数量指标', '远超上限', '5-10个', null, 20, 10],
    ]);
    expect(rulesOn(wide, ['W006'])).toEqual(['W006@4']);
    const scores = new Map(wide.selfEval!.indicators.map((i) => [i.name, i.score]));
    expect([scores.get('宽区间'), scores.get('工作日')]).toEqual([10, 10]);
  });

  it('a code joined by a dash is no range: 符合GB 175-2007标准 or a telephone number met (达成) scores full points', () => {
    // review36: since f81067b GB 175-2007 read as the range 175～2007, and 达成 against it as no number (W005, 0 points)
    const codes = evaluate([
      ['质量指标', '水泥质量', '符合GB 175-2007标准', null, '达成', 10],
      ['质量指标', '档案管理', '执行DB65/T 1234-2019', null, '达成', 10],
      ['质量指标', '咨询电话', '服务热线0991-1234567畅通', null, '达成', 10],
    ]);
    expect(codes.selfEval!.indicators.map((i) => [i.name, i.score])).toEqual([['水泥质量', 10], ['档案管理', 10], ['咨询电话', 10]]);
    expect(rulesOn(codes, ['W005', 'W011', 'T011'])).toEqual([]);
  });

  it('偏离扣分 (配置) takes nothing from an actual inside a range, in the model and the 2020 formulas; beyond the ceiling it does', () => {
    // review36: with 偏离扣分 2, 50-100个 at 80 and 3-5个工作日 at 4 scored 8 of 10 — 80 is 160% of the floor the range is scored by
    const sample = sampleWorkbookGrid();
    const rows: Row[] = [
      ['数量指标', '宽区间', '50-100个', null, 80, 10],
      ['时效指标', '工作日', '3-5个工作日', null, 4, 10],
      ['质量指标', '超出上限', '90%-100%', null, '130%', 10],
      ['数量指标', '下限', '≥50个', null, 80, 10],
    ];
    const values: CellValue[][] = [HEADER, ...rows.map((r) => ['产出指标', r[0], r[1], r[2], r[3], r[4], r[5], '已说明'])];
    const grid: Grid = {
      sheets: sample.sheets.map((s) =>
        s.name === '绩效指标' ? { name: '绩效指标', values } : s.name === '配置' ? { ...s, values: [...s.values, ['偏离扣分', 2]] } : s),
    };
    const ev = evaluateWorkbook(grid, { layout: '2020' });
    const scores = new Map(ev.selfEval!.indicators.map((i) => [i.name, i.score]));
    // inside: full; 130% of 90-100%: the ceiling's 线性 7, less 2; ≥50个 at 80 (160%): 10 less 2
    expect([scores.get('宽区间'), scores.get('工作日'), scores.get('超出上限'), scores.get('下限')]).toEqual([10, 10, 5, 8]);
    expectFormulasAgree(ev.selfEval!.layout);
  });

  it('the 2020 table shows the range and its native formulas score as the model does (HyperFormula)', () => {
    expect(byName.get('达标率')?.target).toBe('90%～100%');
    expect(byName.get('超出上限')?.target).toBe('90%～100%');
    expectFormulasAgree(ev.selfEval!.layout);
  });
});

describe('万 and 亿 in a target multiply its number, in the 度量单位 column\'s unit', () => {
  // [name, target, 度量单位, actual, the target as read, the score by hand (10 points)]
  const CASES: ReadonlyArray<readonly [string, string, string, CellValue, string, number]> = [
    ['培训人次', '1.2万', '人次', 12000, '12000人次', 10],
    ['服务人次', '≥1.2万', '人次', 12000, '≥12000人次', 10],
    ['受益人次', '1.2万人次', '人次', '1.2万人次', '12000人次', 10],
    ['惠及人数', '1.2万', '万人', 1.3, '1.2万人', 10],
    ['带动投资', '3亿', '万元', 31000, '≥30000万元', 10], // a money unit alone keeps its ≥ (review38: read back)
    ['评审费用', '≥13.7584万', '元', 137584, '≥137584元', 10],
    ['参训人次', '≥1.2万', '人次', 6000, '≥12000人次', 5],
  ];
  const ev = evaluate(CASES.map(([name, target, unit, actual]) => ['数量指标', name, target, unit, actual, 10]));
  const byName = new Map(ev.selfEval!.indicators.map((i) => [i.name, i]));

  it.each(CASES.map((c) => [c[0], c[1], c[2], c[4], c[5]] as const))('%s %s (%s) reads as %s and scores %d', (name, _t, _u, target, score) => {
    expect([byName.get(name)?.target, byName.get(name)?.score]).toEqual([target, score]);
  });

  it('W006 only where the actual falls 30% short (6000 of 1.2万), never 12000 against 1.2', () => {
    expect(rulesOn(ev, ['W006', 'W005'])).toEqual(['W006@8']);
  });
});

describe('a Chinese numeral with its unit in the 度量单位 column', () => {
  // [二级, name, target, 度量单位, actual, the target as read, the score by hand (10 points)]
  const CASES: ReadonlyArray<readonly [string, string, string, string, CellValue, string, number]> = [
    ['数量指标', '完成项目数', '三十', '项', 30, '30项', 10],
    ['数量指标', '培训场次', '不少于二十', '场', 10, '≥20场', 5],
    ['数量指标', '覆盖乡镇', '十二以上', '个', '12个', '≥12个', 10],
    ['时效指标', '办结时限', '三', '个工作日', 3, '≤3个工作日', 10],
  ];
  const ev = evaluate(CASES.map(([level2, name, target, unit, actual]) => [level2, name, target, unit, actual, 10]));
  const byName = new Map(ev.selfEval!.indicators.map((i) => [i.name, i]));

  it.each(CASES.map((c) => [c[1], c[2], c[3], c[5], c[6]] as const))('%s %s (%s) reads as %s and scores %d', (name, _t, _u, target, score) => {
    expect([byName.get(name)?.target, byName.get(name)?.score]).toEqual([target, score]);
  });

  it('no T001 (not quantified), W005 or W011 on them', () => {
    expect(rulesOn(ev, ['T001', 'W005', 'W011'])).toEqual([]);
  });

  it('a numeral inside a word is still no number, whatever the column says', () => {
    expect(parseTarget('统一', {}, '项').target.kind).toBe('text');
    expect(parseTarget('进一步提升', {}, '项').target.kind).toBe('text');
    expect(parseTarget('三十', {}).target.kind).toBe('text');
  });
});

describe('targets36: a range with 万 or 亿 is read in the 度量单位 column\'s unit at both ends', () => {
  // [name, target, 度量单位, actual, the target as the 2020 table shows it, the score by hand (10 points)]
  const CASES: ReadonlyArray<readonly [string, string, string, CellValue, string, number]> = [
    ['培训人次', '1.2万-1.5万', '人次', 13000, '12000人次～15000人次', 10],
    ['服务人次', '1.2-1.5万人次', '人次', '1.3万人次', '12000人次～15000人次', 10],
    ['带动投资', '1.2亿～1.5亿元', '万元', 13000, '12000万元～15000万元', 10],
    ['惠及人数', '1.2万-1.5万', '万人', 1.3, '1.2万人～1.5万人', 10],
    // below the floor: scored by it (10 × 6000 / 12000)
    ['参训人次', '1.2万-1.5万', '人次', 6000, '12000人次～15000人次', 5],
  ];
  const ev = evaluate(CASES.map(([name, target, unit, actual]) => ['数量指标', name, target, unit, actual, 10]));
  const byName = new Map(ev.selfEval!.indicators.map((i) => [i.name, i]));

  it.each(CASES.map((c) => [c[0], c[1], c[2], c[4], c[5]] as const))('%s %s (%s) reads as %s and scores %d', (name, _t, _u, target, score) => {
    expect([byName.get(name)?.target, byName.get(name)?.score]).toEqual([target, score]);
  });

  it('W006 only where the actual falls 30% short of the floor, never 13000 against 1.5', () => {
    expect(rulesOn(ev, ['W006', 'W005', 'T011'])).toEqual(['W006@6']);
    expectFormulasAgree(ev.selfEval!.layout);
  });
});

describe('targets36: what looks like a number or a range and is not one', () => {
  it.each([
    ['a telephone number', '0991-1234567'],
    ['a code with a leading zero', '2023-015'],
    ['a project number', 'XJZL2018-001'],
    ['a standard', '符合GB/T 19001-2016'],
    ['numerals side by side (a few years)', '三五年'],
    ['numerals side by side (two or three)', '两三个工作日'],
    ['numerals side by side before a unit (twenty or thirty)', '二三十家'],
    ['numerals side by side after a unit (twelve or thirteen)', '十二三个'],
    ['numerals side by side before 百 and a scale', '三四百万元'],
  ])('%s: %s is no number', (_what, written) => {
    expect(parseTarget(written, { level2: '质量指标' }, '项').target.kind).toBe('text');
  });

  it.each([
    ['2019-2020年', 2020], ['2019年至2021年', 2021], ['二〇二三年底前', 2023],
  ])('a period or a year in Chinese digits is a deadline: %s ends in %d', (written, year) => {
    expect(parseTarget(written, { level2: '时效指标' }).target).toEqual({ kind: 'deadline', year, month: 12 });
  });

  it('through the 自评表: 2019-2020年 is kept by 2020年10月完成 (no T004, W005), 三五 asks to be quantified (T001), never ≥35项', () => {
    const ev = evaluate([
      ['时效指标', '实施期', '2019-2020年', null, '2020年10月完成', 10],
      ['数量指标', '规划编制', '三五', '项', '3项', 10],
      ['数量指标', '服务电话', '0991-1234567', null, '已开通', 10],
    ]);
    const byName = new Map(ev.selfEval!.indicators.map((i) => [i.name, i]));
    expect(byName.get('实施期')?.score).toBe(10);
    expect(byName.get('规划编制')?.target).toBe('三五');
    expect(rulesOn(ev, ['T001', 'T004', 'T011', 'W005', 'W006'])).toEqual(['T001@3', 'T001@4']);
  });
});

describe('targets36: a 自评表 sent back as this year\'s 绩效指标 reads its targets as the form shows them', () => {
  // The 2020 form writes a target as a number with its comparison and unit in the number format (`"≥"0"家"`), so that
  // its formulas compute with it. Read as the bare number, every target was T004 (no unit) and `=100%` became ≥100.
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '支持专利实施项目', 49, 52, 20, null],
    ['产出指标', '质量指标', '所选项目承担单位符合条件', 100, 98, 10, null],
    ['效益指标', '经济效益指标', '带动社会投入资金', 37000, 37590.1, 20, null],
    ['效益指标', '社会效益指标', '费用增幅', 5, -3, 10, null],
  ];
  const formats: (string | null)[][] = [
    header.map(() => null),
    [null, null, null, '"≥"0"家"', '0"家"', null, null],
    [null, null, null, '"="0"%"', '0"%"', null, null],
    [null, null, null, '"≥"0"万元"', '0.0"万元"', null, null],
    [null, null, null, '"提升"0"%以内"', '"提升"0"%";"下降"0"%"', null, null],
  ];
  const sample = sampleWorkbookGrid();
  const grid: Grid = { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values: [header, ...rows], numberFormats: formats } : s)) };
  const ev = evaluateWorkbook(grid, { layout: '2020' });
  const byName = new Map(ev.selfEval!.indicators.map((i) => [i.name, i]));

  it('each target with its comparison and unit, scored by them; no T004', () => {
    expect(ev.selfEval!.indicators.map((i) => [i.target, i.score])).toEqual([
      ['≥49家', 20], ['=100%', 9.8], ['≥37000万元', 20], ['提升5%以内', 10],
    ]);
    expect(byName.get('费用增幅')?.actual).toBe('下降3%');
    expect(rulesOn(ev, ['T004', 'W005'])).toEqual([]);
  });

  it('the 2018 form\'s foot, 自评总分（含预算执行10分）, is no indicator (it was one: T004 and W005 on 自评等级：优)', () => {
    const label = '自评总分（含预算执行10分）';
    const sample = sampleWorkbookGrid();
    const values: CellValue[][] = [HEADER, ['产出指标', '数量指标', '支持专利实施项目', '≥49家', null, 49, 20, null], [label, label, label, 100, null, '自评等级：优', null, null]];
    const foot = evaluateWorkbook({ sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) }, { layout: '2020' });
    expect(foot.selfEval!.indicators.map((i) => i.name)).toEqual(['支持专利实施项目']);
    expect(rulesOn(foot, ['T004', 'W005', 'S009'])).toEqual(['S009@3']);
  });
});

describe('targets36: a fraction is its percent', () => {
  it('1/3以上 met by 40%, 2/3 short at 60% (10 × 60 / 66.67); no T011 (several values) nor W011', () => {
    const ev = evaluate([
      ['数量指标', '脱贫户覆盖', '1/3以上', null, '40%', 10],
      ['数量指标', '农户参与', '2/3', null, '60%', 10],
    ]);
    expect(ev.selfEval!.indicators.map((i) => [i.target, i.score])).toEqual([['≥33.33%', 10], ['66.67%', 9]]);
    expect(rulesOn(ev, ['T011', 'W011', 'W005'])).toEqual([]);
    expect(parseTarget('5次/年').target).toEqual({ kind: 'quantity', op: '≥', value: 5, unit: '次/年' });
  });
});

describe('late36: a day, a span or a list with a slash is no fraction', () => {
  it('12/31前完成, 7/24小时服务, 5/7天, 3/4季度 and 1/2/3级 read as before 9dd6060, never as a percent', () => {
    for (const s of ['12/31前完成', '7/24小时服务', '5/7天', '3/4季度', '10/12月底前', '1/2/3级']) {
      const t = parseTarget(s).target;
      const units = t.kind === 'multi' ? t.parts.map((p) => (p.kind === 'quantity' ? p.unit : '')) : t.kind === 'quantity' ? [t.unit] : [];
      expect([s, units.includes('%')]).toEqual([s, false]);
    }
    expect(parseTarget('1/3以内').target).toEqual({ kind: 'quantity', op: '≤', value: 33.33, unit: '%' });
  });
});

describe('review37: under 时效指标 a slash between numbers is a day, no fraction', () => {
  it('资金拨付时间 6/30 done 7/15 is no ≥20% met by 46.67%: kept as written (T011), as before 9dd6060', () => {
    // since 9dd6060, 6/30 read as ≥20% and the late 7/15 as 46.67%: 10 of 10 and W006 for a deadline missed by two weeks
    const ev = evaluate([
      ['时效指标', '资金拨付时间', '6/30', null, '7/15', 10],
      ['时效指标', '年度任务完成时间', '12/31', null, '12/20', 10],
    ]);
    expect(ev.selfEval!.indicators.map((i) => [i.target, i.score])).toEqual([
      ['6/30', undefined],
      ['12/31', undefined],
    ]);
    expect(rulesOn(ev, ['T011', 'W006'])).toEqual(['T011@2', 'T011@3']);
    // a share under any other 二级指标 is still its percent
    expect(parseTarget('1/3以上', { level2: '数量指标' }).target).toEqual({ kind: 'quantity', op: '≥', value: 33.33, unit: '%' });
  });

  it('a month and its day before 前 is that day: 12/31前完成 done 12月20日 is kept (10 of 10), not the range 12～31', () => {
    // before: 12/31前完成 read as the range 12～31 and its actual 12月20日完成 was "not a number" (W005, unscored)
    const ev = evaluate([
      ['时效指标', '资金拨付', '12/31前完成', null, '12月20日完成', 10],
      ['时效指标', '合同签订', '6/30之前', null, '2018年6月28日', 10],
    ]);
    expect(ev.selfEval!.indicators.map((i) => i.score)).toEqual([10, 10]);
    expect(parseTarget('12/31前完成', { level2: '时效指标' }).target).toEqual({ kind: 'deadline', month: 12, day: 31 });
    // a share with its comparison word is still one under 时效指标
    expect(parseTarget('1/3以内', { level2: '时效指标' }).target).toEqual({ kind: 'quantity', op: '≤', value: 33.33, unit: '%' });
  });
});

describe('review37: a floor in 万 and a bare ceiling', () => {
  it('1.2万-15000 (度量单位 人次) is 12000～15000人次: 160000 is beyond the ceiling, not inside 12000～150000000', () => {
    // since 2eb712e the floor's 万 went to the bare ceiling too (15000万) and 160000人次 scored 10 of 10 inside the range
    const ev = evaluate([
      ['数量指标', '培训人次', '1.2万-15000', '人次', 13000, 10],
      ['数量指标', '服务人次', '1.2万-15000', '人次', 160000, 10],
      ['数量指标', '参训人次', '1万-2', '人次', 15000, 10],
    ]);
    expect(ev.selfEval!.indicators.map((i) => i.target)).toEqual(['12000人次～15000人次', '12000人次～15000人次', '10000人次～20000人次']);
    expect(ev.selfEval!.indicators.map((i) => i.score === 10)).toEqual([true, false, true]);
  });
});

describe('budgets37: jx check and jx selfeval read a cell\'s number format alike (read/formats.ts readsFormat)', () => {
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '支持专利实施项目', 49, 52, 20, null],
    ['产出指标', '质量指标', '所选项目承担单位符合条件', 90, 98, 10, null],
    ['效益指标', '经济效益指标', '带动社会投入资金', 37000, 37590.1, 20, null],
  ];
  const formats: (string | null)[][] = [
    header.map(() => null),
    [null, null, null, '0"家"', '0"家"', null, null],
    [null, null, null, '0"%～100%"', '0"%"', null, null],
    [null, null, null, '0"万元"', '0.0"万元"', null, null],
  ];
  const sample = sampleWorkbookGrid();
  const withFormats = (f: (string | null)[][]): Grid => ({ sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values: [header, ...rows], numberFormats: f } : s)) });
  // what jx check's reader keeps of them (adapters/xlsx/read.ts, numberFormats: false)
  const kept = formats.map((r) => r.map((f) => (f !== null && readsFormat(f) ? f : null)));
  const full = evaluateWorkbook(withFormats(formats), { layout: '2020' });
  const bare = evaluateWorkbook(withFormats(kept), { layout: '2020' });

  it('a unit after the number is read (0"家", the 2020 form\'s range 0"%～100%"), a money unit alone is not', () => {
    expect(kept.slice(1).map((r) => [r[3], r[4]])).toEqual([['0"家"', '0"家"'], ['0"%～100%"', '0"%"'], [null, null]]);
    expect(full.selfEval!.indicators.map((i) => i.target)).toEqual(['49家', '90%～100%', '37000']);
  });

  it('the same findings and targets either way', () => {
    expect(bare.findings).toEqual(full.findings);
    expect(bare.selfEval!.indicators).toEqual(full.selfEval!.indicators);
    expect(rulesOn(bare, ['T004'])).toEqual(['T004@4']);
  });
});

describe('targets38: a percent written in the target wins over the 度量单位 column', () => {
  it('90%以上 with 度量单位 个 is ≥90% (it printed ≥90个), met by 95%; a range in % too; 49家 with 个 keeps the column\'s', () => {
    const ev = evaluate([
      ['数量指标', '支持项目', '≥49家', '个', '52', 10],
      ['质量指标', '验收合格率', '90%以上', '个', '95%', 10],
      ['质量指标', '达标率', '90%-100%', '个', '95%', 10],
    ]);
    expect(ev.selfEval!.indicators.map((i) => [i.target, i.actual, i.score])).toEqual([
      ['≥49个', '52个', 10],
      ['≥90%', '95%', 10],
      ['90%～100%', '95%', 10],
    ]);
  });
});
