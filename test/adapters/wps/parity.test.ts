/**
 * Parity of the two workbook hosts: the same layout description carried out by the Office adapter (fake Excel) and
 * by the WPS adapter (fake ET) gives the same workbook; the same workbook read by each gives the same findings; a
 * mark made by one is cleared by the other, every cell restored.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as office from '../../../src/adapters/office';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { main } from '../../../src/cli/main';
import { createOfficeHost } from '../../../src/taskpane/officeHost';
import { createWpsHost } from '../../../src/wps/wpsHost';
import * as wps from '../../../src/adapters/wps';
import { type Finding } from '../../../src/model/findings';
import { findingCell } from '../../../src/model/findingsShown';
import type { CellValue, Grid } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import { findingText } from '../../../src/model/messages';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { analyse } from '../../../src/ui/engine';
import { selfEvalChart } from '../../../src/ui/workbookHost';
import { inputSheetLayouts } from '../../../src/ui/templates';
import { harnessWorkbook } from '../../../src/harness/workbook';
import { markDraft } from '../../../src/model/selfeval/draft';
import { createFakeEt, type EtQuirks } from '../../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid, snapshotWorkbook } from '../../fakes/excel';
import { addGridSheets } from '../../fakes/excel/state';
import { goldenCases, listsLayout, problemListLayoutsOfPlanted } from '../../support/goldenLayouts';
import { ledgerGrid } from '../office/fixtures';
import { capture } from '../../cli/support';
import { splitSample } from '../../support/split';

/**
 * Every golden case one layout at a time (both 自评表 layouts, the monitoring table with its lights' conditional
 * formats and the suggestions' grey italic, the templates empty and on the sample), a 自评表 marked as a draft (its
 * footer), the 问题清单 (AutoFilter, footer), and the lists.
 */
const LAYOUTS: Array<[string, SheetLayout]> = [
  ...goldenCases().flatMap((c) => c.layouts.map((l) => [`${c.name}: ${l.name}`, l] as [string, SheetLayout])),
  ...goldenCases()
    .filter((c) => c.name === 'selfeval-2020')
    .map((c) => [`draft ${c.name}: footer`, markDraft(c.layouts[0])] as [string, SheetLayout]),
  ...problemListLayoutsOfPlanted().map((l) => [`问题清单: ${l.name}`, l] as [string, SheetLayout]),
  ['lists that cannot be inline', listsLayout()],
];

/** Both hosts over workbooks that start the same (the sample's sheets: the new sheet must not touch them). */
function both(grid: Grid = sampleWorkbookGrid(), quirks: Partial<EtQuirks> = {}) {
  // an Excel that applies a fit to pages (office-js#1860 aside: render.test.ts covers the Excel that ignores it)
  const excel = fakeWorkbookFromGrid(grid, createFakeExcel({ pageLayoutTab: true }));
  const et = createFakeEt({ quirks });
  addGridSheets(et.workbook, grid);
  return { excel, et };
}

describe('render parity: the Office adapter on fake Excel and the WPS adapter on fake ET make the same workbook', () => {
  test.each(LAYOUTS)('%s', async (_name, layout) => {
    const { excel, et } = both();
    const a = await excel.run((ctx) => office.renderLayout(ctx, layout));
    const b = wps.renderLayout(et.Application, layout);
    expect(b.sheetName).toBe(a.sheetName);
    const se = snapshotWorkbook(excel);
    const sw = snapshotWorkbook(et);
    // values, formulas, formats, styles, merges, borders, sizes, validations, frozen rows, page setup, sheet order
    expect(sw).toEqual(se);
    // and it rendered something (not two empty workbooks)
    const sheet = sw.sheets.find((s) => s.name === a.sheetName)!;
    expect(Object.keys(sheet.cells).length).toBeGreaterThan(2);
  });

  test('the monitoring table carries its lights, grey italic suggestions, and the 问题清单 its AutoFilter and footer, in both', async () => {
    const monitor = LAYOUTS.find(([n]) => n.startsWith('selfeval-monitor'))![1];
    const list = LAYOUTS.find(([n, l]) => n.startsWith('问题清单') && l.autoFilter)![1];
    const draft = LAYOUTS.find(([n]) => n.startsWith('draft'))![1];
    for (const layout of [monitor, list, draft]) {
      const { excel, et } = both();
      const a = await excel.run((ctx) => office.renderLayout(ctx, layout));
      wps.renderLayout(et.Application, layout);
      const se = snapshotWorkbook(excel).sheets.find((s) => s.name === a.sheetName)!;
      const sw = snapshotWorkbook(et).sheets.find((s) => s.name === a.sheetName)!;
      expect(sw.conditionalFormats).toEqual(se.conditionalFormats);
      expect(sw.autoFilter).toEqual(se.autoFilter);
      expect(sw.headerFooter).toEqual(se.headerFooter);
      if (layout === monitor) {
        // three lights, each equal to its word, over each light range; some cells grey italic
        expect(sw.conditionalFormats.length).toBeGreaterThanOrEqual(3);
        expect(sw.conditionalFormats.map((c) => c.rule?.formula1)).toEqual(expect.arrayContaining(['="红灯"', '="黄灯"', '="绿灯"']));
        expect(Object.values(sw.cells).some((c) => c.style?.font?.italic && c.style.font.color === '#808080')).toBe(true);
      } else if (layout === list) {
        expect(sw.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
        expect(sw.headerFooter.centerFooter).toBe('第 &P 页，共 &N 页');
      } else expect(sw.headerFooter.leftFooter).toContain('草稿');
    }
  });

  test('the 自评表 with its chart beside it (data, type, source, title, the cells it covers) is the same in both', async () => {
    const grid = sampleWorkbookGrid();
    const analysis = analyse(grid, { forSelfEval: true, layout: '2020', generatedAt: '2019-03-01 10:20' });
    const chart = selfEvalChart(analysis)!;
    expect(chart.categories.length).toBeGreaterThan(1);
    const layout = analysis.selfEval!.layout;
    const { excel, et } = both(grid);
    const a = await excel.run((ctx) => office.renderLayout(ctx, layout, { chart }));
    const b = wps.renderLayout(et.Application, layout, { chart });
    expect(b).toEqual({ sheetName: a.sheetName });
    const se = snapshotWorkbook(excel);
    const sw = snapshotWorkbook(et);
    expect(sw).toEqual(se);
    const sheet = sw.sheets.find((s) => s.name === a.sheetName)!;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: 'ColumnClustered', title: chart.title });
    expect(sheet.charts[0].position).toMatchObject({ start: expect.any(String), end: expect.any(String) });
  });

  test('a WPS build whose charts fail: the table is made without the chart and without its data', async () => {
    const grid = sampleWorkbookGrid();
    const analysis = analyse(grid, { forSelfEval: true, layout: '2020', generatedAt: '2019-03-01 10:20' });
    const layout = analysis.selfEval!.layout;
    const { excel, et } = both(grid, { throwingCharts: true });
    const a = await excel.run((ctx) => office.renderLayout(ctx, layout));
    const b = wps.renderLayout(et.Application, layout, { chart: selfEvalChart(analysis)! });
    expect(b).toEqual({ sheetName: a.sheetName, chartSkipped: true });
    // the same workbook as Excel's without a chart
    expect(snapshotWorkbook(et)).toEqual(snapshotWorkbook(excel));
  });

  test('lists that cannot be inline go to the hidden lists sheet in both, referenced by address', async () => {
    const { excel, et } = both();
    await excel.run((ctx) => office.renderLayout(ctx, listsLayout()));
    wps.renderLayout(et.Application, listsLayout());
    const sw = snapshotWorkbook(et);
    expect(sw).toEqual(snapshotWorkbook(excel));
    const lists = sw.sheets.find((s) => s.name === '_jx_lists')!;
    expect(lists.visibility).toBe('Hidden');
    expect(lists.cells.A80).toEqual({ value: '第80单位', numberFormat: '@' });
    expect(sw.sheets.find((s) => s.name === '名单')!.validations.map((v) => v.rule)).toContainEqual({ list: { inCellDropDown: true, source: "='_jx_lists'!$A$1:$A$80" } });
  });

  test('rendered with activate: false, the sheet active before stays active in both', async () => {
    const layout = inputSheetLayouts(false)[0];
    const { excel, et } = both();
    await excel.run((ctx) => office.renderLayout(ctx, layout, { activate: false }));
    wps.renderLayout(et.Application, layout, { activate: false });
    expect(snapshotWorkbook(et)).toEqual(snapshotWorkbook(excel));
  });

  test('Worksheets.Add() returning null: the new sheet is taken from ActiveSheet, the same workbook results', async () => {
    const [, layout] = LAYOUTS[0];
    const { excel, et } = both(sampleWorkbookGrid(), { nullAdd: true });
    await excel.run((ctx) => office.renderLayout(ctx, layout));
    wps.renderLayout(et.Application, layout);
    expect(snapshotWorkbook(et)).toEqual(snapshotWorkbook(excel));
  });

  test('.Borders throwing: the table is made without borders, the rest as in Excel', async () => {
    const [, layout] = LAYOUTS[0];
    const { excel, et } = both(sampleWorkbookGrid(), { throwingBorders: true });
    await excel.run((ctx) => office.renderLayout(ctx, layout));
    const r = wps.renderLayout(et.Application, layout);
    expect(r.bordersSkipped).toBe(true);
    const strip = (snap: ReturnType<typeof snapshotWorkbook>) =>
      JSON.parse(JSON.stringify(snap, (k, v) => (k === 'borders' ? undefined : v === null ? null : v)));
    const sw = strip(snapshotWorkbook(et));
    const se = strip(snapshotWorkbook(excel));
    // styles that held only borders are gone entirely on the WPS side
    for (const s of se.sheets) for (const c of Object.values(s.cells) as Array<{ style?: object }>) if (c.style && Object.keys(c.style).length === 0) delete c.style;
    expect(sw.sheets.map((s: { cells: object }) => Object.keys(s.cells).length)).toEqual(se.sheets.map((s: { cells: object }) => Object.keys(s.cells).length));
  });

  test('a failure half-way deletes the new sheet (alerts off, restored) and names it in both languages', () => {
    const { et } = both();
    const before = snapshotWorkbook(et);
    const [, layout] = LAYOUTS[0];
    const bad: SheetLayout = { ...layout, rowHeights: [999] };
    expect(() => wps.renderLayout(et.Application, bad)).toThrow(/未完成的工作表已删除/);
    expect(snapshotWorkbook(et)).toEqual(before);
    expect(et.Application.DisplayAlerts).toBe(true);
    expect(et.Application.ScreenUpdating).toBe(true);
  });

  test('host calls for the 2020 table stay in the hundreds (per rectangle, not per cell)', () => {
    const { et } = both();
    et.resetStats();
    wps.renderLayout(et.Application, LAYOUTS[0][1]);
    expect(et.stats.calls).toBeLessThan(1500);
  });
});

function marksOf(findings: ReadonlyArray<Finding>) {
  return findings
    .filter((f) => f.sheet)
    .map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, message: findingText(f, 'zh-CN') }));
}

describe('read parity: the same workbook gives the same grid-derived findings in both hosts', () => {
  const grids: Array<[string, () => Grid]> = [
    ['the sample with planted defects', () => harnessWorkbook().grid],
    ['a ledger with a title merge, merged 地州市, dates, an #N/A', () => ledgerGrid(300)],
  ];
  test.each(grids)('%s', async (_name, make) => {
    for (const quirks of [{}, { oneDimensionalRow: true, errorNumbers: false }] as Array<Partial<EtQuirks>>) {
      const { excel, et } = both(make(), quirks);
      const ge = await excel.run((ctx) => office.readWorkbookGrid(ctx));
      const gw = await wps.readWorkbookGrid(et.Application, { blockCells: 1000 });
      const fe = analyse(ge).view.findings;
      const fw = analyse(gw).view.findings;
      expect(fw).toEqual(fe);
      expect(fw.length).toBeGreaterThan(0);
      // the grids agree on what the model reads: values, origins and merges
      expect(gw.sheets.map((s) => [s.name, s.origin, s.values])).toEqual(ge.sheets.map((s) => [s.name, s.origin, s.values]));
      expect(gw.sheets.map((s) => s.merges)).toEqual(ge.sheets.map((s) => s.merges));
    }
  });

  test('reading yields between blocks: progress moves, and 取消 stops the read', async () => {
    const { et } = both(ledgerGrid(2000));
    const seen: number[] = [];
    const g = await wps.readWorkbookGrid(et.Application, { blockCells: 5000, onProgress: (f) => seen.push(f) });
    expect(g.sheets[1].values.length).toBe(2002);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen[seen.length - 1]).toBe(1);
    const ctl = new AbortController();
    const reading = wps.readWorkbookGrid(et.Application, { blockCells: 5000, signal: ctl.signal, onProgress: (f) => f > 0.2 && ctl.abort() });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('mark → clear parity, within and across hosts', () => {
  function decorated(): Grid {
    return harnessWorkbook().grid;
  }
  /** A workbook where some finding cells already hold a note, a solid fill and a patterned fill. */
  async function setup(quirks: Partial<EtQuirks> = {}) {
    const excel = fakeWorkbookFromGrid(decorated(), createFakeExcel());
    const et = createFakeEt({ workbook: excel.workbook, quirks });
    const grid = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    const findings = analyse(grid).view.findings;
    const cells = findings.filter((f) => f.sheet).slice(0, 3);
    const s0 = excel.sheet(cells[0].sheet);
    s0.notes.set(cells[0].row * 16384 + cells[0].col, { content: '用户原有批注', author: 'u' });
    s0.updateStyle(cells[1].row, cells[1].col, (st) => void (st.fill = { color: '#FFFF00', pattern: 'Solid' }));
    s0.updateStyle(cells[2].row, cells[2].col, (st) => void (st.fill = { color: '#00B050', pattern: 'Gray25', patternColor: '#FF0000' }));
    return { excel, et, marks: marksOf(findings) };
  }

  test('marked in WPS, cleared in WPS: every cell restored', async () => {
    const { et, marks } = await setup();
    const before = snapshotWorkbook(et);
    const r = wps.markFindings(et.Application, marks);
    expect(r.marked).toBeGreaterThan(2);
    expect(snapshotWorkbook(et)).not.toEqual(before);
    expect(wps.clearMarks(et.Application).restored).toBe(r.marked);
    expect(snapshotWorkbook(et)).toEqual(before);
  });

  test('marked in Excel, cleared in WPS; marked in WPS, cleared in Excel', async () => {
    const { excel, et, marks } = await setup();
    const before = snapshotWorkbook(excel);
    await excel.run((ctx) => office.markFindings(ctx, marks));
    const markedByExcel = snapshotWorkbook(excel);
    expect(wps.clearMarks(et.Application).kept).toBe(0);
    expect(snapshotWorkbook(et)).toEqual(before);

    wps.markFindings(et.Application, marks);
    // the same marks as Excel's: fills, notes, and the same record
    expect(snapshotWorkbook(et)).toEqual(markedByExcel);
    const cleared = await excel.run((ctx) => office.clearMarks(ctx));
    expect(cleared.kept).toBe(0);
    expect(snapshotWorkbook(excel)).toEqual(before);
  });

  test('marking twice keeps the state before the FIRST mark; a fill the user changed since is left alone', async () => {
    const { et, marks } = await setup();
    const before = snapshotWorkbook(et);
    wps.markFindings(et.Application, marks);
    wps.markFindings(et.Application, marks.slice(0, 2));
    const m = marks[marks.length - 1];
    et.sheet(m.sheet).updateStyle(m.row, m.col, (st) => void (st.fill = { color: '#123456', pattern: 'Solid' }));
    wps.clearMarks(et.Application);
    const after = snapshotWorkbook(et);
    const cell = `${String.fromCharCode(65 + m.col)}${m.row + 1}`;
    expect(after.sheets.find((s) => s.name === m.sheet)!.cells[cell].style?.fill?.color).toBe('#123456');
    // every other cell as before
    const strip = (snap: typeof after) => snap.sheets.map((s) => ({ ...s, cells: { ...s.cells, [cell]: undefined } }));
    expect(strip(after)).toEqual(strip(before));
  });

  test('a cell with a threaded comment (made in Excel) is skipped by WPS as by Excel', async () => {
    const { et, marks } = await setup();
    const m = marks[marks.length - 1];
    et.sheet(m.sheet).comments.set(m.row * 16384 + m.col, { id: 'x', content: '讨论', author: 'u', resolved: false });
    const before = snapshotWorkbook(et);
    const r = wps.markFindings(et.Application, marks);
    expect(r.commented).toBe(1);
    const cell = `${String.fromCharCode(65 + m.col)}${m.row + 1}`;
    const sheetOf = (snap: typeof before) => snap.sheets.find((s) => s.name === m.sheet)!;
    expect(sheetOf(snapshotWorkbook(et)).cells[cell]).toEqual(sheetOf(before).cells[cell]); // not filled either
    wps.clearMarks(et.Application);
    expect(snapshotWorkbook(et)).toEqual(before);
  });

  test('the active sheet is the same after marking (the record sheet is added and hidden)', async () => {
    const { et, marks } = await setup({ nullAdd: true });
    const active = et.workbook.activeSheet!.name;
    wps.markFindings(et.Application, marks);
    expect(et.workbook.activeSheet!.name).toBe(active);
    expect(et.sheet('_jx_marks').visibility).toBe('VeryHidden');
  });
});

describe('go to a cell', () => {
  test('activates the sheet and selects the cell', () => {
    const { et } = both();
    wps.selectCell(et.Application, '项目台账', 'H5');
    expect(et.workbook.activeSheet!.name).toBe('项目台账');
    expect(et.workbook.selection?.rect).toEqual({ r0: 4, c0: 7, r1: 4, c1: 7 });
  });
});

/**
 * A ledger with no 地州市 column and a title naming none takes its prefecture from the workbook's file name (bda1d11):
 * `jx check` reads the file's name, Excel's pane `Workbook.name`, WPS's `Workbook.Name`. The same 伊犁州项目台账.xlsx
 * gives the same findings on every face; a workbook never saved (工作簿1) names none, and all three say S002.
 */
describe('the workbook’s name: the file reader, fake Excel and fake ET give the same findings', () => {
  const yili = splitSample().files.find((f) => f.file === '伊犁哈萨克自治州.xlsx')!;
  const ledger = yili.grid.sheets[0];
  const header = ledger.values.findIndex((r) => r.includes('地州市'));
  const col = ledger.values[header].indexOf('地州市');
  const values = ledger.values.map((r, i): CellValue[] => {
    const c = r.filter((_v, j) => j !== col);
    if (i === 0) c[0] = '2018年专利实施资金项目台账';
    return c;
  });
  const grid: Grid = { sheets: [...splitSample().province.grid.sheets, { ...ledger, values }] };
  // what the user reads: rule, cell and the message (the CLI's JSON gives the cell as text)
  const key = (f: Finding): string => `${f.rule} ${f.sheet}!${f.sheet ? findingCell(f) : ''} ${findingText(f, 'zh-CN')}`;
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-bookname-'));
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  async function throughFile(name: string): Promise<string[]> {
    const file = path.join(dir, name);
    await fs.writeFile(file, await writeXlsx(grid.sheets.map((g) => ({ grid: g }))));
    const c = capture();
    await main(['check', file, '--json'], c.io);
    const json = JSON.parse(c.out.join('\n'))[0].findings as Array<{ rule: string; sheet: string; cell: string; message: string }>;
    return json.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort();
  }

  async function throughPanes(name: string): Promise<{ excel: string[]; wps: string[] }> {
    const { excel, et } = both(grid);
    excel.workbook.name = name;
    et.workbook.name = name;
    const signal = new AbortController().signal;
    const inExcel = await createOfficeHost({ locale: 'zh-CN', run: (b) => excel.run(b) }).check({ signal });
    const inWps = await createWpsHost({ locale: 'zh-CN', app: et.Application }).check({ signal });
    return { excel: inExcel.findings.map(key).sort(), wps: inWps.findings.map(key).sort() };
  }

  test('伊犁州项目台账.xlsx: no S002 on any face, the same findings', async () => {
    const file = await throughFile('伊犁州项目台账.xlsx');
    const { excel, wps: inWps } = await throughPanes('伊犁州项目台账.xlsx');
    expect(file.filter((k) => k.startsWith('S002'))).toEqual([]);
    expect(excel).toEqual(file);
    expect(inWps).toEqual(file);
  });

  test('a workbook never saved (工作簿1) names no prefecture: S002 on every face, as for 项目台账.xlsx', async () => {
    const file = await throughFile('项目台账.xlsx');
    const { excel, wps: inWps } = await throughPanes('工作簿1');
    expect(file.filter((k) => k.startsWith('S002'))).toHaveLength(1);
    expect(excel).toEqual(file);
    expect(inWps).toEqual(file);
  });
});
