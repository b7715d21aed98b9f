/**
 * The hosts refuse a cell text over 32,767 characters and a formula over 8,192 (the fakes do too: Excel specifications
 * and limits; office-js#3256). A workbook whose cells hold as much as a cell can (a 项目名称, an amount written as
 * text, a 年度总体目标 of 32,767 characters) must still check, mark, clear and generate in both hosts: whatever the
 * adapters write that quotes the user's text (a note, the 自评表, the monitoring table) stays within the limits.
 */
import { createFakeEt, fakeEtFromGrid } from '../fakes/et';
import { type WorkbookSnapshot, createFakeExcel, fakeWorkbookFromGrid, snapshotWorkbook } from '../fakes/excel';
import type { CellValue, Grid } from '../../src/model/grid';
import { CLEAN_LEDGER_ROWS, LEDGER_HEADERS, sampleMidYearGrid, sampleWorkbookGrid } from '../../src/model/sample';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { createWpsHost } from '../../src/wps/wpsHost';
import type { HostActions } from '../../src/ui/host';

const FULL = 32_767;

/** `grid` with the fullest cells a workbook can hold in the ledger and in 配置. */
function fullest(grid: Grid): Grid {
  const col = (h: string): number => LEDGER_HEADERS.findIndex(([, x]) => x === h);
  const sheets = grid.sheets.map((s) => {
    const values = s.values.map((r) => [...r]) as CellValue[][];
    if (s.name === '项目台账') {
      const first = CLEAN_LEDGER_ROWS.firstProject;
      values[first][col('项目名称')] = '名'.repeat(FULL);
      values[first + 1][col('财政支持资金')] = '很多'.repeat(FULL / 2) + '多'; // an amount as text, quoted by its finding
      values[first + 2][col('项目名称')] = `-${'负'.repeat(FULL - 1)}`; // text that a host would read as a formula
    }
    if (s.name === '配置') for (const r of values) if (r[0] === '年度总体目标' || r[0] === '实际完成情况') r[1] = '目'.repeat(FULL);
    return { ...s, values };
  });
  return { sheets };
}

const opts = () => ({ signal: new AbortController().signal });

async function roundTrip(host: HostActions, snapshot: () => WorkbookSnapshot, layouts: ReadonlyArray<'2020' | '2018' | 'monitor'>): Promise<void> {
  const view = await host.check(opts());
  expect(view.findings.some((f) => f.sheet === '项目台账')).toBe(true);
  const before = snapshot();
  await host.mark!(view.findings);
  await host.clearMarks!();
  expect(snapshot()).toEqual(before);
  for (const layout of layouts) {
    const r = (await host.generate({ ...opts(), layout, draft: true })) as { sheetName: string };
    expect(r.sheetName).toBeTruthy();
    if (layout === 'monitor') continue;
    // the 自评表 holds the 年度总体目标 and the 实际完成情况 whole: as much as a cell takes, no more, no less
    const table = snapshot().sheets.find((s) => s.name === r.sheetName)!;
    const texts = Object.values(table.cells).map((c) => c.value);
    expect(texts.filter((v) => v === '目'.repeat(FULL))).toHaveLength(2);
  }
}

describe('a workbook of the fullest cells works in both hosts', () => {
  test.each([
    ['year-end', () => fullest(sampleWorkbookGrid()), ['2020', '2018'] as const],
    ['mid-year', () => fullest(sampleMidYearGrid()), ['monitor'] as const],
  ])('%s: Excel', async (_, grid, layouts) => {
    const fake = fakeWorkbookFromGrid(grid(), createFakeExcel());
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) });
    await roundTrip(host, () => snapshotWorkbook(fake), layouts);
  });

  test.each([
    ['year-end', () => fullest(sampleWorkbookGrid()), ['2020', '2018'] as const],
    ['mid-year', () => fullest(sampleMidYearGrid()), ['monitor'] as const],
  ])('%s: WPS', async (_, grid, layouts) => {
    const et = fakeEtFromGrid(grid(), createFakeEt());
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    await roundTrip(host, () => snapshotWorkbook(et), layouts);
  });
});
