/**
 * Hidden ledger rows (by hand, by a filter, in a collapsed group) are counted and said once (S013). The file readers
 * give them (51551a6); the task pane (Office adapter) and WPS read the workbook themselves and must give the same
 * rows, or the pane and WPS would check the same ledger without the word the CLI and the page say.
 */
import * as office from '../../../src/adapters/office';
import { ROW_PROPERTIES_BYTES } from '../../../src/adapters/office/read';
import * as wps from '../../../src/adapters/wps';
import { CHECKED_SHEETS, readWorkbookFile } from '../../../src/adapters/file';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid, GridSheet } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import ExcelJS from 'exceljs';
import { createFakeEt } from '../../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid } from '../../fakes/excel';
import { addGridSheets } from '../../fakes/excel/state';

/** Rows 12–15 and 40 of the sample's ledger (1-based), hidden. */
const HIDDEN = [11, 12, 13, 14, 39];

const ledgerOf = (g: Grid): GridSheet => g.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;

function withHidden(rows: ReadonlyArray<number>): Grid {
  const g = sampleWorkbookGrid();
  return { sheets: g.sheets.map((s) => (s.name === SAMPLE_SHEETS.ledger ? { ...s, hiddenRows: rows } : s)) };
}

async function fromFile(rows: ReadonlyArray<number>): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(sampleWorkbookGrid().sheets.map((s) => ({ grid: s })))) as unknown as ArrayBuffer);
  for (const r of rows) wb.getWorksheet(SAMPLE_SHEETS.ledger)!.getRow(r + 1).hidden = true;
  const r = await readWorkbookFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '台账.xlsx', { select: CHECKED_SHEETS });
  if (!r.ok) throw new Error(r.message['zh-CN']);
  return r.grid;
}

const s013 = (g: Grid): Array<{ zh: string; en: string; row: number | undefined }> =>
  evaluateWorkbook(g).findings.filter((f) => f.rule === 'S013').map((f) => ({ zh: findingText(f, 'zh-CN'), en: findingText(f, 'en-US'), row: f.row }));

describe('hidden ledger rows in the task pane and WPS', () => {
  it('the file reader, fake Excel and fake ET give the same hidden rows and the same S013', async () => {
    const file = await fromFile(HIDDEN);
    expect(ledgerOf(file).hiddenRows).toEqual(HIDDEN);
    const expected = s013(file);
    expect(expected.map((f) => f.zh)).toEqual(['工作表“项目台账”第 12–15、40 行被隐藏（筛选、分组折叠或手动隐藏），其中的 5 个项目已照常计入检查和评分。如这些项目不应计入，请删除这些行。']);

    const grid = withHidden(HIDDEN);
    const excel = fakeWorkbookFromGrid(grid, createFakeExcel());
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    const inWps = await wps.readWorkbookGrid(et.Application);

    for (const g of [pane, inWps]) {
      expect(ledgerOf(g).hiddenRows).toEqual(HIDDEN);
      expect(g.sheets.filter((s) => s.hiddenRows).map((s) => s.name)).toEqual([SAMPLE_SHEETS.ledger]);
      expect(s013(g)).toEqual(expected);
      expect(evaluateWorkbook(g).findings).toEqual(evaluateWorkbook(file).findings);
    }
  });

  it('Excel: no hidden row costs no request; hidden rows one sync of getRowProperties for that sheet alone', async () => {
    const plain = fakeWorkbookFromGrid(sampleWorkbookGrid(), createFakeExcel());
    await plain.run((ctx) => office.readWorkbookGrid(ctx));
    const before = plain.stats.syncs;
    const hidden = fakeWorkbookFromGrid(withHidden(HIDDEN), createFakeExcel());
    const asked: unknown[] = [];
    const g = await hidden.run((ctx) => office.readWorkbookGrid(ctx, { onPlan: () => asked.push(hidden.stats.syncs) }));
    expect(ledgerOf(g).hiddenRows).toEqual(HIDDEN);
    expect(hidden.stats.syncs).toBe(before + 1);
    // the answer is a row's worth of bytes per used row of the ledger, within the budget counted for it
    const rows = ledgerOf(g).values.length;
    const answer = hidden.stats.payloads[1].responseBytes;
    expect(answer).toBeGreaterThan(rows * 19);
    expect(answer).toBeLessThan(rows * ROW_PROPERTIES_BYTES + 500);
  });

  it('Excel: all rows of a sheet hidden need no getRowProperties (rowHidden true); hiddenRows: false reads none', async () => {
    const g0 = sampleWorkbookGrid();
    const ledger = ledgerOf(g0);
    const all = Array.from({ length: ledger.values.length }, (_, r) => r);
    const excel = fakeWorkbookFromGrid(withHidden(all), createFakeExcel());
    const g = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    expect(ledgerOf(g).hiddenRows).toEqual(all);
    const plain = fakeWorkbookFromGrid(g0, createFakeExcel());
    await plain.run((ctx) => office.readWorkbookGrid(ctx));
    expect(excel.stats.syncs).toBe(plain.stats.syncs);
    const off = fakeWorkbookFromGrid(withHidden(HIDDEN), createFakeExcel());
    expect(ledgerOf(await off.run((ctx) => office.readWorkbookGrid(ctx, { hiddenRows: false }))).hiddenRows).toBeUndefined();
  });

  it('Excel: a getRowProperties answer refused for its size is split in two, the rows found the same', async () => {
    const many = Array.from({ length: 80 }, (_, i) => 3 + 2 * i);
    const excel = fakeWorkbookFromGrid(withHidden(many), createFakeExcel());
    const big = (d: { op: string; name: string }): boolean => d.op === 'load' && d.name === 'getRowProperties';
    excel.failOn(big, { code: 'ResponsePayloadSizeLimitExceeded', message: 'The response payload size has exceeded the limit.' });
    const g = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    expect(ledgerOf(g).hiddenRows).toEqual(many);
    // refused once, then the two halves
    expect(excel.stats.payloads.filter((p) => p.error === 'ResponsePayloadSizeLimitExceeded')).toHaveLength(1);
  });

  it('fake Excel refuses getRowProperties below ExcelApi 1.9, as Excel does; answers it at 1.9 and above', async () => {
    for (const [host, ok] of [['office-2019', false], ['win-2002', true], ['web', true]] as const) {
      const excel = fakeWorkbookFromGrid(withHidden(HIDDEN), createFakeExcel({ host }));
      const run = excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem(SAMPLE_SHEETS.ledger).getRange('A12:A13').getRowProperties({ rowHidden: true });
        await ctx.sync();
        return r.value;
      });
      if (ok) await expect(run).resolves.toEqual([{ rowHidden: true }, { rowHidden: true }]);
      else await expect(run).rejects.toMatchObject({ code: 'ApiNotFound' });
    }
  });

  it('WPS: one Hidden call per sheet with no hidden row, a few per run of hidden rows; Hidden of part of a row refused', async () => {
    const et = createFakeEt();
    addGridSheets(et.workbook, sampleWorkbookGrid());
    await wps.readWorkbookGrid(et.Application);
    // one for the rows and one for the columns of each sheet
    expect(et.stats.byMember.get('Range.Hidden')).toBe(2 * et.workbook.sheets.length);
    const hidden = createFakeEt();
    addGridSheets(hidden.workbook, withHidden(HIDDEN));
    await wps.readWorkbookGrid(hidden.Application);
    // two runs (12–15, 40) in ~180 rows: halving, well under one call per row
    expect(hidden.stats.byMember.get('Range.Hidden')! - 2 * et.workbook.sheets.length).toBeLessThan(40);
    const ws = hidden.Application.ActiveWorkbook!.Worksheets.Item(SAMPLE_SHEETS.ledger);
    expect(() => ws.Range('A12:C15').Hidden).toThrow(/not whole rows or whole columns/);
    expect(ws.Range('12:15').Hidden).toBe(true);
    expect(ws.Range('11:15').Hidden).toBeNull();
    expect(ws.Range('1:11').Hidden).toBe(false);
  });
});
