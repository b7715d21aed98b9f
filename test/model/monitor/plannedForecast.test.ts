/**
 * monitor.md §What the product computes: 全年预计执行数 is given (配置), "else a suggestion = 执行数 + the planned
 * payments still due (when the ledger has a 计划拨付 column), else none". A mid-year ledger with the year's planned
 * payment of each project (本年计划拨付) gets the suggestion, grey and italic like 全年预计完成值's, computed here by
 * hand from the grid; 配置's figure still wins; without the column nothing is suggested. Before, the column was
 * reported as unknown (S004, 已忽略) and the cell stayed empty.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleMidYearGrid } from '../../../src/model/sample';

const FORECAST = { row: 4, col: 7 }; // H5: 全年预计执行数 of 年度资金总额

/** The mid-year sample with a 本年计划拨付 column: each carried-over project planned to get its whole remaining grant this year, the new ones 5 万元 each. */
function withPlan(header = '本年计划拨付'): { grid: Grid; planned: number[]; paid: number[] } {
  const grid = sampleMidYearGrid();
  const planned: number[] = [];
  const paid: number[] = [];
  const sheets = grid.sheets.map((s) => {
    if (s.name !== '项目台账') return s;
    const head = s.values[2];
    const col = (h: string): number => head.indexOf(h);
    const values = s.values.map((row, r): CellValue[] => {
      if (r < 2) return [...row, null];
      if (r === 2) return [...row, header];
      const approved = row[col('财政支持资金')] as number;
      const prior = row[col('以前年度累计拨付')] as number;
      const cohort = row[col('立项年度')] as number;
      const plan = cohort === 2018 ? 5 : Math.round((approved - prior) * 100) / 100;
      planned.push(plan);
      paid.push(row[col('1-7月拨付')] as number);
      return [...row, plan];
    });
    return { ...s, values };
  });
  return { grid: { ...grid, sheets }, planned, paid };
}

const toFen = (wan: number): number => Math.round(wan * 1_000_000);

/** The legend under the 监控表 (the cell that explains the grey figures). */
const legendOf = (ev: ReturnType<typeof evaluateWorkbook>): string =>
  String(ev.selfEval!.layout.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('预警说明'))?.value ?? '');

describe('全年预计执行数 from the ledger\'s 计划拨付', () => {
  it('suggests 执行数 + what the plan still owes each project, grey and italic, and reads the column as known', () => {
    const { grid, planned, paid } = withPlan();
    const ev = evaluateWorkbook(grid, { generatedAt: '2018-08-05 10:00' });
    const mon = ev.monitor!;
    // By hand: 520 paid to July, plus for each project what its plan has not paid yet (never below nothing).
    const due = planned.reduce((s, p, i) => s + Math.max(0, toFen(p) - toFen(paid[i])), 0);
    expect(mon.executed).toBe(toFen(520));
    expect(due).toBeGreaterThan(0);
    expect(mon.forecastExecuted).toBe(toFen(520) + due);
    expect(mon.forecastExecutedSuggested).toBe(true);
    expect(ev.findings.filter((f) => f.rule === 'S004')).toEqual([]);
    const cell = ev.selfEval!.layout.cells.find((c) => c.row === FORECAST.row && c.col === FORECAST.col)!;
    expect(cell.value).toBe((toFen(520) + due) / 1_000_000);
    expect(cell.style).toMatchObject({ italic: true, color: '#808080' });
    expect(cell.style?.numberFormat).toContain('约');
    // the legend under the table says where the grey figure comes from: the column as the ledger heads it
    expect(legendOf(ev)).toContain('全年预计执行数是 1—7月执行数加上项目台账“本年计划拨付”中尚未拨付的部分');
  });

  // read45: a project's expected payment for the whole year under the headings mid-year ledgers write (monitor.md's
  // 全年预计执行数, per project), and a year-named paid column marked a plan, are the 计划拨付 the suggestion adds from;
  // they were unknown columns (S004, ignored) and nothing was suggested.
  it.each(['全年预计执行数', '预计全年执行数', '全年预计拨付', '2018年拨付（计划）', '本年拨付（拟）'])('reads %s as 计划拨付: the same suggestion', (header) => {
    const { grid, planned, paid } = withPlan(header);
    const ev = evaluateWorkbook(grid, {});
    const due = planned.reduce((s, p, i) => s + Math.max(0, toFen(p) - toFen(paid[i])), 0);
    expect(ev.findings.filter((f) => f.rule === 'S004')).toEqual([]);
    expect(ev.monitor).toMatchObject({ forecastExecuted: toFen(520) + due, forecastExecutedSuggested: true });
    // the legend names the column the officer's ledger has, not the name it is read as
    expect(legendOf(ev)).toContain(`加上项目台账“${header}”中尚未拨付的部分`);
  });

  it('names a header written on two lines on one (全年预计\\n执行数)', () => {
    expect(legendOf(evaluateWorkbook(withPlan('全年预计\n执行数').grid, {}))).toContain('项目台账“全年预计执行数”中');
  });

  it('never counts a project paid beyond its plan as owing less than nothing', () => {
    const { grid, paid } = withPlan('计划拨付');
    // every plan 0: nothing is due, the suggestion is what is paid so far
    const zero: Grid = { ...grid, sheets: grid.sheets.map((s) => (s.name !== '项目台账' ? s : { ...s, values: s.values.map((row, r) => (r < 3 ? row : [...row.slice(0, -1), 0])) })) };
    const mon = evaluateWorkbook(zero, {}).monitor!;
    expect(paid.some((p) => p > 0)).toBe(true);
    expect(mon.forecastExecuted).toBe(toFen(520));
    expect(mon.forecastExecutedSuggested).toBe(true);
  });

  it('keeps 配置\'s 全年预计执行数 as the user\'s figure, in plain style', () => {
    const { grid } = withPlan();
    const profiled: Grid = { ...grid, sheets: grid.sheets.map((s) => (s.name !== '配置' ? s : { ...s, values: [...s.values, ['全年预计执行数', 1100]] })) };
    const ev = evaluateWorkbook(profiled, {});
    expect(ev.monitor).toMatchObject({ forecastExecuted: toFen(1100), forecastExecutedSuggested: false });
    // the ledger has a plan column, yet the legend does not call the user's figure a suggestion from it
    expect(ev.monitor!.plannedHeader).toBeUndefined();
    expect(legendOf(ev)).not.toContain('尚未拨付');
    const cell = ev.selfEval!.layout.cells.find((c) => c.row === FORECAST.row && c.col === FORECAST.col)!;
    expect(cell.value).toBe(1100);
    expect(cell.style?.italic).toBeFalsy();
  });

  it('suggests nothing without a 计划拨付 column: money is never extrapolated', () => {
    const ev = evaluateWorkbook(sampleMidYearGrid(), {});
    expect(ev.monitor!.forecastExecuted).toBeUndefined();
    expect(legendOf(ev)).not.toContain('全年预计执行数是');
    expect(ev.monitor!.forecastExecutedSuggested).toBe(false);
    const cell = ev.selfEval!.layout.cells.find((c) => c.row === FORECAST.row && c.col === FORECAST.col);
    expect(cell?.value ?? null).toBeNull();
  });
});
