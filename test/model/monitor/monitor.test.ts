/**
 * The mid-year monitoring (monitor.md): on the mid-year sample, execution rate and time progress
 * as a finance officer computes them by hand; every light colour with its boundaries (exactly time
 * progress, 20 points below, a passed deadline); and the table's native formulas, evaluated by
 * HyperFormula, giving the model's lights — also after an edit of a monitored value.
 */
import { HyperFormula } from 'hyperformula';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { dateValue, type CellValue, type Grid } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import { computeMonitor, LIGHT_WORD, monitorIndicator, NO_LIGHT, timeProgress, type Light } from '../../../src/model/monitor';
import { formatFinding } from '../../../src/model/messages';
import { readIndicators } from '../../../src/model/read/indicators';
import { INDICATOR_READING } from '../../../src/model/check';
import { INDICATOR_COLUMNS } from '../../../src/model/read/indicatorColumns';
import { readTable } from '../../../src/model/read/table';
import { sampleMidYearGrid } from '../../../src/model/sample';
import { expectFormulasAgree, layoutSheet } from '../../support/layoutFormulas';
import { indicatorRow, midYearBook, MONITOR_HEADER } from '../rules/monitor.cases';

/** Monitoring's numbers (progress, rates) are all quotients: compared to 9 places. */
const expectFormulasAgreeNumbers = (layout: SheetLayout): HyperFormula => expectFormulasAgree(layout, () => true);

const LIGHT_COL = 14; // O
const PROGRESS_COL = 13; // N
const MONITORED_COL = 5; // F

/** The table's rows by 三级指标 (column D). */
function rowOf(layout: SheetLayout, name: string): number {
  const c = layout.cells.find((x) => x.col === 3 && x.value === name);
  if (!c) throw new Error(`no row ${name}`);
  return c.row;
}

describe('the mid-year sample', () => {
  const grid = sampleMidYearGrid();
  const ev = evaluateWorkbook(grid, { generatedAt: '2018-08-05 10:00' });
  const mon = ev.monitor!;
  const layout = ev.selfEval!.layout;

  it('is checked as of July, as the monitoring table', () => {
    expect(ev.check.stage).toBe('midYear');
    expect(ev.layout).toBe('monitor');
    expect(ev.selfEval!.sheetName).toBe('2018年度绩效监控表');
  });

  it('execution rate and time progress as computed by hand', () => {
    // By hand: Σ of the ledger's 1-7月拨付 column over 配置's 年初预算数; 7 of 12 months.
    const ledger = grid.sheets.find((s) => s.name === '项目台账')!;
    const col = ledger.values[2].indexOf('1-7月拨付');
    expect(col).toBeGreaterThan(0);
    const paid = ledger.values.slice(3).reduce((s, r) => s + (r[col] as number), 0);
    const budget = grid.sheets[0].values.find((r) => r[0] === '年初预算数')![1] as number;
    expect(Math.round(paid * 100) / 100).toBe(520); // half of the carried-over projects' 1040, nothing to the 49 new ones
    expect(budget).toBe(1200);
    expect(mon.executed).toBe(520 * 1_000_000);
    expect(mon.rate).toBeCloseTo(paid / budget, 12);
    expect(mon.timeProgress).toBeCloseTo(7 / 12, 12);
    // In the table: 1—7月执行数, 执行率 and 时间进度 of the total row, as Excel computes them.
    const hf = expectFormulasAgreeNumbers(layout);
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 5 })).toBe(520);
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 6 }) as number).toBeCloseTo(520 / 1200, 9);
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 13 }) as number).toBeCloseTo(7 / 12, 9);
    // 43.33 % is 15 points behind 58.33 %: amber, and M001.
    expect(mon.budgetLight).toBe('amber');
    expect(ev.findings.filter((f) => f.rule === 'M001').map((f) => f.params)).toEqual([{ rate: '43.33', time: '58.33', behind: '15.00', month: 7 }]);
  });

  it('shows each light at least once, with the lights the table computes', () => {
    expect(mon.counts.green).toBeGreaterThan(0);
    expect(mon.counts.amber).toBeGreaterThan(0);
    expect(mon.counts.red).toBeGreaterThan(0);
    const byName = new Map(mon.indicators.map((m) => [m.indicator.level3, m]));
    // 180 of 500 (36 %) is 22.3 points below 58.3 %: red; 18000 of 37000 (48.6 %) 9.7 below: amber.
    expect(byName.get('培训从事知识产权工作人员')).toMatchObject({ light: 'red', basis: 'progress', progress: 180 / 500 });
    expect(byName.get('带动社会投入资金')).toMatchObject({ light: 'amber', basis: 'progress', progress: 18000 / 37000 });
    // 6月底前, not done by July: red.
    expect(byName.get('新上项目合同签订')).toMatchObject({ light: 'red', basis: 'deadline' });
    expect(byName.get('支持专利实施项目')).toMatchObject({ light: 'green', progress: 1 });
    const hf = layoutSheet(layout);
    for (const m of mon.indicators) {
      const r = rowOf(layout, m.indicator.level3!);
      expect([m.indicator.level3, hf.getCellValue({ sheet: 0, row: r, col: LIGHT_COL })]).toEqual([m.indicator.level3, m.light ? LIGHT_WORD[m.light] : NO_LIGHT]);
    }
  });

  it('prints an indicator\'s 完成进度 to two places, as the 执行率 above it and jx monitor\'s lines (36.00%)', () => {
    const progress = layout.cells.find((c) => c.row === rowOf(layout, '培训从事知识产权工作人员') && c.col === PROGRESS_COL)!;
    const rate = layout.cells.find((c) => c.row === 4 && c.col === 6)!; // 1—7月执行率 of the total row
    expect([progress.value, progress.style?.numberFormat]).toEqual([180 / 500, '0.00%']);
    expect(rate.style?.numberFormat).toBe('0.00%');
  });

  it('suggests the year for a count by a straight line, grey and italic, and never for a rate', () => {
    const training = mon.indicators.find((m) => m.indicator.level3 === '培训从事知识产权工作人员')!;
    // 180 × 12 / 7 = 308.57…: people are counted whole, as the 180 and the 500 are written, so 约309人次.
    expect(training).toMatchObject({ forecast: 309, forecastSuggested: true });
    const cell = layout.cells.find((c) => c.row === rowOf(layout, '培训从事知识产权工作人员') && c.col === 6)!;
    expect(cell.style).toMatchObject({ italic: true, color: '#808080' });
    expect(cell.style?.numberFormat).toBe('"约"0"人次"');
    const given = mon.indicators.find((m) => m.indicator.level3 === '带动社会投入资金')!;
    expect(given).toMatchObject({ forecast: 38000, forecastSuggested: false });
    const rate = mon.indicators.find((m) => m.indicator.level3 === '所选项目承担单位符合条件')!;
    expect(rate.forecastSuggested).toBe(false);
  });

  it('colours the lights by conditional formats over the light column, so a recomputed light is coloured anew', () => {
    const ranges = (layout.conditionalFormats ?? []).map((c) => c.range);
    const first = rowOf(layout, '支持专利实施项目');
    expect(ranges).toContainEqual({ top: 4, left: LIGHT_COL, bottom: 4, right: LIGHT_COL });
    expect(ranges.some((r) => r.left === LIGHT_COL && r.top === first && r.bottom >= rowOf(layout, '项目实施企业满意度'))).toBe(true);
    for (const cf of layout.conditionalFormats ?? []) expect(cf.rules.map((r) => r.equals).sort()).toEqual(Object.values(LIGHT_WORD).sort());
  });

  // One page only when its rows fit at 70 % or more (layoutMonitor MIN_SCALE): at LibreOffice's 15.8 pt a line
  // (35a1534) the sample's rows need two A4 landscape pages at 83 %, the header repeated and the pages numbered.
  it('prints on A4 landscape, one page wide, at 70 % or more, its header rows repeated on each page', () => {
    const page = layout.page!;
    expect(page).toMatchObject({ paperSize: 'A4', orientation: 'landscape' });
    expect(page.scale ?? 100).toBeGreaterThanOrEqual(70);
    expect(page.printTitleRows).toEqual({ first: rowOf(layout, '三级指标'), last: rowOf(layout, '三级指标') + 1 }); // the header's two rows
    for (const r of page.rowBreaks ?? []) {
      expect(r).toBeGreaterThan(page.printTitleRows!.last);
      expect(r).toBeLessThanOrEqual(page.printArea.bottom);
    }
    if (page.rowBreaks?.length) expect(page.footer).toMatch(/&P/);
  });
});

/** The indicators of a 绩效指标 sheet of the monitoring columns, as read. */
function readRows(rows: CellValue[][]) {
  const table = readTable({ name: '绩效指标', values: [MONITOR_HEADER, ...rows] }, INDICATOR_COLUMNS)!;
  return readIndicators(table, INDICATOR_READING).indicators;
}

describe('the straight line\'s year is written to the places of the figures it comes from', () => {
  const july = (row: CellValue[]) => monitorIndicator(readRows([row])[0], timeProgress(7), 7, dateValue(2018, 7, 31), 2018);
  it.each([
    [10, 4, 7], // 6.857… 项 of whole counts: 7
    [10, 4.5, 7.7], // one place written (4.5): 7.714… → 7.7
    [10.25, 4, 6.86], // the target's two places: 6.857… → 6.86
    [10, 4.123, 7.07], // never more than two places: 7.068… → 7.07
  ])('target %p, %p by July: 约%p', (target, monitored, forecast) => {
    expect(july(indicatorRow({ target, monitored }))).toMatchObject({ forecast, forecastSuggested: true });
  });
});

describe('the lights and their boundaries (cut-off June: time progress 50 %)', () => {
  const time = timeProgress(6);
  const on = dateValue(2018, 6, 30);
  const light = (row: CellValue[]): Light | undefined => monitorIndicator(readRows([row])[0], time, 6, on, 2018).light;
  const deadline = (target: string, monitored: string | null, likely: string | null = null): CellValue[] =>
    ['产出指标', '时效指标', '合同签订', '定性', target, null, monitored, null, null, null, likely, null];

  it('green at exactly time progress, amber just below it', () => {
    expect(light(indicatorRow({ monitored: 5 }))).toBe('green'); // 5 of 10 = 50 %
    expect(light(indicatorRow({ monitored: 4.99 }))).toBe('amber');
  });

  it('amber at exactly 20 points below, red beyond', () => {
    expect(light(indicatorRow({ monitored: 3 }))).toBe('amber'); // 30 % = 50 % − 20 points
    expect(light(indicatorRow({ monitored: 2.99 }))).toBe('red');
    // The same boundary at July, where 7/12 − 0.2 is no round number: 23 of 60.
    const july = readRows([indicatorRow({ target: 60, monitored: 23 })])[0];
    expect(monitorIndicator(july, timeProgress(7), 7, dateValue(2018, 7, 31), 2018).light).toBe('amber');
  });

  it('red when 完全不可能, even ahead of time', () => {
    expect(light(indicatorRow({ monitored: 9, likely: '完全不可能' }))).toBe('red');
  });

  it('a passed deadline: red unless done; a deadline on the monitoring date has not passed', () => {
    expect(light(deadline('2018年5月底前', '尚未完成'))).toBe('red');
    expect(light(deadline('2018年5月底前', null, '确定能'))).toBe('red');
    expect(light(deadline('5月20日前', '已于5月18日完成'))).toBe('green');
    expect(light(deadline('6月底前', null, '有可能'))).toBe('amber'); // due on 06-30, the monitoring date itself
    expect(light(deadline('6月底前', null))).toBeUndefined();
  });

  it('qualitative indicators by their likelihood', () => {
    const qual = (likely: string): CellValue[] => ['效益指标', '社会效益指标', '社会效益', '定性', '明显提升', null, '推进中', null, null, null, likely, null];
    expect([light(qual('确定能')), light(qual('有可能')), light(qual('完全不可能'))]).toEqual(['green', 'amber', 'red']);
  });

  it('a ceiling (≤) is held at every moment: under it green, over it never green, whatever the month', () => {
    // ≤10天 at 12 in July was 10/12 = 83 % against 7/12 time progress: green. Over the ceiling is not on track.
    const days = (monitored: number): CellValue[] => ['产出指标', '时效指标', '专利申请审核时间', '≤', 10, '天', monitored, null, null, null, null, null];
    const july = (row: CellValue[]) => monitorIndicator(readRows([row])[0], timeProgress(7), 7, dateValue(2018, 7, 31), 2018);
    expect(july(days(12)).progress).toBeCloseTo(10 / 12, 12);
    expect(july(days(12)).light).toBe('amber');
    expect([july(days(8)).progress, july(days(10)).progress]).toEqual([1, 1]); // held: 100 %, not 125 %
    expect([july(days(0)), july(days(8)), july(days(10)), july(days(12.5)), july(days(12.51)), july(days(20))].map((m) => m.light))
      .toEqual(['green', 'green', 'green', 'amber', 'red', 'red']); // amber down to 80 % (12.5 days), red beyond
    const cost = (monitored: number): CellValue[] => ['产出指标', '成本指标', '单位成本', '≤', 20, '万元', monitored, null, null, null, null, null];
    expect([light(cost(0)), light(cost(20)), light(cost(25)), light(cost(40))]).toEqual(['green', 'green', 'amber', 'red']);
    // a 零 ceiling (安全事故 ≤ 0): none is green, any is red
    const accidents = (monitored: number): CellValue[] => ['效益指标', '社会效益指标', '安全事故', '≤', 0, '起', monitored, null, null, null, null, null];
    expect([light(accidents(0)), light(accidents(1))]).toEqual(['green', 'red']);
  });
});

describe('the table formulas (HyperFormula) equal the model on every boundary, and after an edit', () => {
  const rows: CellValue[][] = [
    indicatorRow({ monitored: 5, likely: '确定能' }),
    indicatorRow({ monitored: 4.99, causes: '其他' }),
    indicatorRow({ monitored: 3, causes: '其他' }),
    indicatorRow({ monitored: 2.99, causes: '其他' }),
    indicatorRow({ monitored: 9, likely: '完全不可能', causes: '其他', correction: '调整' }),
    indicatorRow({ monitored: null, likely: '有可能', causes: '其他' }),
    ['产出指标', '成本指标', '单位成本', '≤', 20, '万元', 24, null, '其他', null, null, null],
    ['产出指标', '时效指标', '合同签订', '定性', '2018年5月底前', null, '尚未完成', null, '制度保障', null, '确定能', '督促'],
    ['产出指标', '时效指标', '验收', '定性', '5月20日前', null, '已于5月18日完成', null, null, null, null, null],
    ['产出指标', '时效指标', '中期检查', '定性', '6月底前', null, null, null, '其他', null, '有可能', null],
    ['效益指标', '社会效益指标', '社会效益', '定性', '明显提升', null, '推进中', null, null, null, '确定能', null],
  ].map((r, i) => (i < 6 ? r.map((v, k) => (k === 2 ? `支持项目数${i + 1}` : v)) : r));
  const grid: Grid = midYearBook({ indicators: rows });
  const ev = evaluateWorkbook(grid, { layout: 'monitor' });
  const layout = ev.selfEval!.layout;

  it('every formula cell gives the value the model wrote, each colour among them', () => {
    expectFormulasAgreeNumbers(layout);
    // green: on time, done by its date, 确定能; amber: just below, 20 below, 有可能 ×2, ≤ 20 at 24;
    // red: beyond 20 below, 完全不可能, a passed deadline
    expect(ev.monitor!.counts).toEqual({ green: 3, amber: 5, red: 3 });
  });

  it('an edit of 1—M月执行情况 re-colours the row as the model would colour it', () => {
    const hf = layoutSheet(layout);
    const r = rowOf(layout, '支持项目数1');
    for (const [value, expected] of [[2, 'red'], [3.5, 'amber'], [7, 'green']] as const) {
      hf.setCellContents({ sheet: 0, row: r, col: MONITORED_COL }, value);
      const ind = { ...ev.monitor!.indicators[0].indicator, monitored: value };
      const model = computeMonitor({ profile: ev.check.profile, projects: [], indicators: [ind], month: 6 }).indicators[0];
      expect(model.light).toBe(expected);
      expect(hf.getCellValue({ sheet: 0, row: r, col: PROGRESS_COL })).toBeCloseTo(value / 10, 9);
      expect(hf.getCellValue({ sheet: 0, row: r, col: LIGHT_COL })).toBe(LIGHT_WORD[expected]);
    }
  });
});

describe('a ceiling row of the table: its formula holds it to 100 %, as the model does', () => {
  const row: CellValue[] = ['产出指标', '时效指标', '专利申请审核时间', '≤', 10, '天', 12, null, '制度保障', null, null, null];
  const ev = evaluateWorkbook(midYearBook({ profile: [['监控截止月份', 7]], indicators: [row] }), { layout: 'monitor' });
  const layout = ev.selfEval!.layout;

  it('≤10天 at 12 in July: 83.3 %, amber (it was green), and the legend says why', () => {
    const hf = expectFormulasAgreeNumbers(layout);
    const r = rowOf(layout, '专利申请审核时间');
    expect(hf.getCellValue({ sheet: 0, row: r, col: PROGRESS_COL }) as number).toBeCloseTo(10 / 12, 9);
    expect(hf.getCellValue({ sheet: 0, row: r, col: LIGHT_COL })).toBe(LIGHT_WORD.amber);
    expect(layout.cells.some((c) => typeof c.value === 'string' && c.value.includes('“≤”（上限）指标全年都不得超过上限'))).toBe(true);
  });

  it('an edit of its 执行情况 re-colours it as the model would', () => {
    const hf = layoutSheet(layout);
    const r = rowOf(layout, '专利申请审核时间');
    for (const [value, expected] of [[9, 'green'], [10, 'green'], [12.5, 'amber'], [15, 'red']] as const) {
      hf.setCellContents({ sheet: 0, row: r, col: MONITORED_COL }, value);
      const ind = { ...ev.monitor!.indicators[0].indicator, monitored: value };
      expect(computeMonitor({ profile: ev.check.profile, projects: [], indicators: [ind], month: 7 }).indicators[0].light).toBe(expected);
      expect(hf.getCellValue({ sheet: 0, row: r, col: LIGHT_COL })).toBe(LIGHT_WORD[expected]);
    }
  });
});

describe('targets36: a range target in the table: its ceiling is shown, held and checked', () => {
  // [三级指标, 年度指标值, 度量单位, 1—7月执行情况, 全年预计完成值, 完成目标可能性]
  const rows: CellValue[][] = [
    ['产出指标', '时效指标', '办结时限', null, '3-5个工作日', '个工作日', 4, 8, null, null, '确定能', null],
    ['产出指标', '时效指标', '审核时限', null, '3-5个工作日', '个工作日', 8, 8, '制度保障', null, '有可能', null],
    ['产出指标', '质量指标', '验收合格率', null, '90%-100%', '%', 95, 80, null, null, '确定能', null],
    ['产出指标', '数量指标', '培训场次', null, '50-100个', '个', 30, 150, null, null, '确定能', null],
    ['产出指标', '数量指标', '服务企业', null, '50-100个', '个', 30, 70, null, null, '确定能', null],
  ];
  const ev = evaluateWorkbook(midYearBook({ profile: [['监控截止月份', 7]], indicators: rows }), { layout: 'monitor' });
  const layout = ev.selfEval!.layout;
  const light = (name: string): Light | undefined => ev.monitor!.indicators.find((m) => m.indicator.level3 === name)?.light;

  it('M004 on a forecast outside the range with 确定能: beyond its ceiling (8 of 3-5, 150 of 50-100) or under its floor', () => {
    // before: only 80% of 90%-100% was caught; 8个工作日 and 150个 passed as if the range were ≥ its floor
    const m004 = ev.findings.filter((f) => f.rule === 'M004');
    expect(m004.map((f) => f.row + 1)).toEqual([2, 4, 5]);
    expect(formatFinding(m004[0], 'zh-CN')).toBe('指标“办结时限”全年预计完成 8个工作日，不在年度指标值 3个工作日～5个工作日 之内，但完成目标可能性填写为“确定能”。');
    expect(formatFinding(m004[0], 'en-US')).toBe('Indicator "办结时限" is forecast at 8 个工作日, outside its target range 3–5 个工作日, yet it is marked as certain to be reached.');
  });

  it('8 of 3-5个工作日 by July is a ceiling missed, held to 100 %: red (it was 8 / 3 = 267 %, green); inside the range as before', () => {
    expect([light('办结时限'), light('审核时限'), light('验收合格率'), light('服务企业')]).toEqual(['green', 'red', 'green', 'green']);
  });

  it('the target cell shows both ends, and the formulas colour as the model does, also after an edit', () => {
    const hf = expectFormulasAgreeNumbers(layout);
    const r = rowOf(layout, '审核时限');
    const e = layout.cells.find((c) => c.row === r && c.col === 4)!;
    expect([e.value, e.style?.numberFormat]).toEqual([3, '0"个工作日～5个工作日"']);
    for (const [value, expected] of [[4, 'green'], [5, 'green'], [5.5, 'amber'], [7, 'red']] as const) {
      hf.setCellContents({ sheet: 0, row: r, col: MONITORED_COL }, value);
      const ind = { ...ev.monitor!.indicators[1].indicator, monitored: value };
      expect(computeMonitor({ profile: ev.check.profile, projects: [], indicators: [ind], month: 7 }).indicators[0].light).toBe(expected);
      expect(hf.getCellValue({ sheet: 0, row: r, col: LIGHT_COL })).toBe(LIGHT_WORD[expected]);
    }
  });
});

describe('完成目标可能性 as submitters answer it (sweep-read)', () => {
  // Each was an L003 error and the row had no likelihood (no light for a qualitative indicator, no M003/M004).
  it.each([
    ['不能完成', '完全不可能'], ['完全不能', '完全不可能'], ['不可能完成', '完全不可能'],
    ['较大可能', '有可能'], ['可能性较大', '有可能'], ['基本能完成', '有可能'], ['不确定', '有可能'],
    ['能够完成', '确定能'], ['可以完成', '确定能'], ['确保完成', '确定能'],
  ])('%s reads as %s, with no L003', (written, likelihood) => {
    const ev = evaluateWorkbook(midYearBook({ indicators: [indicatorRow({ monitored: 5, likely: written })] }));
    expect(ev.check.indicators!.indicators[0].likelihood).toBe(likelihood);
    expect(ev.findings.filter((f) => f.rule === 'L003')).toEqual([]);
  });
});
