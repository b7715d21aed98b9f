/**
 * Which sheet is 配置 (and which the ledger, and 报告素材) is decided by one function of the model
 * (locateWorkbookSheets, through evaluateWorkbook), which puts a visible sheet before a hidden one:
 * an old copy hidden to keep the book tidy must not win. The task pane (Office adapter) and WPS
 * read the workbook themselves, so they must say which sheets are hidden as the file reader does,
 * or the pane would check and score another 配置 than the CLI and the page.
 */
import * as office from '../../../src/adapters/office';
import * as wps from '../../../src/adapters/wps';
import { locateWorkbookSheets } from '../../../src/model/check';
import type { Grid, GridSheet } from '../../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { analyse } from '../../../src/ui/engine';
import { createFakeEt } from '../../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid } from '../../fakes/excel';
import { addGridSheets } from '../../fakes/excel/state';

/**
 * The sample with its 配置 renamed 配置（2018） (found by content), after a hidden 配置（2017）: last year's
 * copy, with one parameter more (a name alone would not tell them apart).
 */
function withHiddenOldProfile(): Grid {
  const g = sampleWorkbookGrid();
  const profile = g.sheets.find((s) => s.name === SAMPLE_SHEETS.profile)!;
  const old: GridSheet = {
    name: '配置（2017）',
    hidden: true,
    values: [...profile.values.map((r) => (r[0] === '评价年度' ? ['评价年度', 2017] : r)), ['备注', '上年度配置，已停用']],
  };
  return { sheets: [old, ...g.sheets.map((s) => (s === profile ? { ...s, name: '配置（2018）' } : s))] };
}

function hideIn(state: { sheets: Array<{ name: string; visibility: string }> }, grid: Grid): void {
  for (const s of grid.sheets) if (s.hidden) state.sheets.find((x) => x.name === s.name)!.visibility = 'Hidden';
}

describe('a hidden old 配置 beside the visible one', () => {
  it('the file reader, the task pane (Office) and WPS take the same 配置, 评价年度 and findings', async () => {
    const grid = withHiddenOldProfile();
    const file = analyse(grid).view;
    expect(locateWorkbookSheets(grid).profile?.name).toBe('配置（2018）');
    expect(file.fiscalYear).toBe(2018);

    const excel = fakeWorkbookFromGrid(grid, createFakeExcel());
    hideIn(excel.workbook as unknown as Parameters<typeof hideIn>[0], grid);
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    hideIn(et.workbook as unknown as Parameters<typeof hideIn>[0], grid);
    const inWps = await wps.readWorkbookGrid(et.Application);

    for (const g of [pane, inWps]) {
      const located = locateWorkbookSheets(g);
      expect(located.profile?.name).toBe('配置（2018）');
      expect(located.material?.name).toBe(SAMPLE_SHEETS.material);
      expect(g.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual(grid.sheets.map((s) => [s.name, s.hidden ?? false]));
      const v = analyse(g).view;
      expect(v.fiscalYear).toBe(2018);
      expect(v.findings).toEqual(file.findings);
    }
  });
});
