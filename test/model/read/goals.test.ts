/**
 * report.md: 一（二）'s default is "the 年度总体目标 of the indicators sheet", 四（一）'s "实际完成情况 of the indicators
 * sheet". The official forms carry both above the indicators (the 申报表's `年度总体目标 | …` row, the 自评表's block
 * `年度总体目标 | 预期目标 | 实际完成情况` with the texts on the row below, the monitoring form's `1—7月执行情况`).
 * A workbook whose 配置 has no goals but whose indicator sheet has them printed an empty 年度总体目标 in the 自评表
 * and placeholders in the report: the text was read nowhere and nothing said so. 配置's own goals still win.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { readSheetGoals } from '../../../src/model/read/goals';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../../src/model/sample';
import { DATE, sectionLines } from '../report/support';
import { buildReport } from '../../../src/model/report';

const GOAL = '支持专利实施项目，提升企业知识产权创造、运用能力。';
const RESULT = '扶持了一批技术含量高、带动效应强的产业化项目。';
const PROGRESS = '新上项目已完成评审和立项，培训集中在下半年。';

/** 配置 without the goal parameters, 报告素材 without the two sections; `above` written over the indicator table. */
function workbook(above: ReadonlyArray<ReadonlyArray<CellValue>>, base: Grid = sampleWorkbookGrid()): Grid {
  const drop = new Set(['年度总体目标', '实际完成情况', '目标执行情况']);
  const sheets = base.sheets.map((s): GridSheet => {
    if (s.name === '配置') return { ...s, values: s.values.filter((r) => !drop.has(String(r[0]))) };
    if (s.name === '报告素材') return { ...s, values: s.values.filter((r) => r[0] !== '一（二）' && r[0] !== '四（一）') };
    if (s.name !== '绩效指标') return s;
    const width = s.values[0].length;
    const pad = (r: ReadonlyArray<CellValue>): CellValue[] => [...r, ...Array<CellValue>(Math.max(0, width - r.length)).fill(null)];
    return { ...s, values: [...above.map(pad), ...s.values], merges: [] };
  });
  return { sheets };
}

const goalsOf = (g: Grid) => {
  const ev = evaluateWorkbook(g, { forSelfEval: true, layout: '2020' });
  const cells = ev.selfEval!.layout.cells;
  const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col)?.value;
  const r = buildReport(ev, { date: DATE });
  if (!r.ok) throw new Error('no report');
  return {
    profile: { goal: ev.check.profile.goal, goalResult: ev.check.profile.goalResult },
    // the 2020 自评表: 年度总体目标's 预期目标 (B10) and 实际完成情况 (F10)
    table: [at(9, 1), at(9, 5)],
    report: { '一（二）': sectionLines(r.report, '一（二）').slice(1), '四（一）': sectionLines(r.report, '四（一）').filter((l) => l === RESULT) },
    placeholders: r.report.placeholders,
  };
};

describe('年度总体目标 and 实际完成情况 written on the indicator sheet', () => {
  it('a label and its text per row (the 申报表\'s shape)', () => {
    const got = goalsOf(workbook([['年度总体目标', GOAL], ['实际完成情况', RESULT]]));
    expect(got.profile).toEqual({ goal: GOAL, goalResult: RESULT });
    expect(got.table).toEqual([GOAL, RESULT]);
    expect(got.report['一（二）']).toContain(GOAL);
    expect(got.report['四（一）']).toEqual([RESULT]);
    expect(got.placeholders).not.toContain('一（二）');
  });

  it('the 自评表\'s block: sub-labels on one row, the texts under them on the next', () => {
    const got = goalsOf(workbook([
      ['项目支出绩效自评表'],
      ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
      [null, GOAL, null, null, null, RESULT],
    ]));
    expect(got.profile).toEqual({ goal: GOAL, goalResult: RESULT });
    expect(got.table).toEqual([GOAL, RESULT]);
  });

  it('the 2018 form\'s block (年度目标完成情况 | 预期目标 | 实际完成目标) and one cell 年度总体目标：…', () => {
    expect(goalsOf(workbook([['年度目标完成情况', '预期目标', null, '实际完成目标'], [null, GOAL, null, RESULT]])).profile).toEqual({ goal: GOAL, goalResult: RESULT });
    expect(goalsOf(workbook([[`年度总体目标：${GOAL}`], [`实际完成情况：${RESULT}`]])).profile).toEqual({ goal: GOAL, goalResult: RESULT });
  });

  it('the monitoring form\'s 1—7月执行情况 of the goal', () => {
    const g = workbook([['年度总体目标', '预期目标', null, null, '1—7月执行情况'], [null, GOAL, null, null, PROGRESS]], sampleMidYearGrid());
    const ev = evaluateWorkbook(g, {});
    expect(ev.check.profile).toMatchObject({ goal: GOAL, goalProgress: PROGRESS });
    const cells = ev.selfEval!.layout.cells;
    expect(cells.some((c) => c.value === GOAL)).toBe(true);
    expect(cells.some((c) => c.value === PROGRESS)).toBe(true);
  });

  it('配置\'s goals win; a title or a lone label is no goal', () => {
    const sample = sampleWorkbookGrid();
    const withProfile: Grid = {
      sheets: sample.sheets.map((s) => (s.name !== '绩效指标' ? s : { ...s, values: [['年度总体目标', '另一段文字'], ...s.values] })),
    };
    const ev = evaluateWorkbook(withProfile, { forSelfEval: true });
    const profileGoal = evaluateWorkbook(sample, { forSelfEval: true }).check.profile.goal;
    expect(profileGoal).toBeDefined();
    expect(ev.check.profile.goal).toBe(profileGoal);
    const sheet = (rows: CellValue[][]): GridSheet => ({ name: '绩效指标', values: rows });
    expect(readSheetGoals(sheet([['2018年度绩效目标表'], ['年度总体目标'], ['一级指标']]), 2)).toEqual({});
    expect(readSheetGoals(sheet([['填报单位：自治区知识产权局', null, '年度目标：见附件']]), 1)).toEqual({ goal: '见附件' });
  });
});
