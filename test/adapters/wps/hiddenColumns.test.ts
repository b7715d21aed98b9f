/**
 * Hidden columns: two columns read as one field, one of them hidden — the visible one is read and S003 says the other
 * is hidden (model/read/table.ts). The file readers give the hidden columns (GridSheet.hiddenCols); the task pane
 * (Office adapter) and WPS read the workbook themselves and must give the same columns, or the pane and WPS would read
 * the hidden old figures where jx check and the page read the visible ones.
 */
import ExcelJS from 'exceljs';
import * as office from '../../../src/adapters/office';
import { COLUMN_PROPERTIES_BYTES } from '../../../src/adapters/office/read';
import * as wps from '../../../src/adapters/wps';
import { CHECKED_SHEETS, readWorkbookFile } from '../../../src/adapters/file';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { createFakeEt } from '../../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid } from '../../fakes/excel';
import { addGridSheets } from '../../fakes/excel/state';

const sample = sampleWorkbookGrid();
const ledger = sample.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
const headerRow = ledger.values.findIndex((r) => r.includes('本年拨付'));
const disbursed = ledger.values[headerRow].indexOf('本年拨付');
const ledgerOf = (g: Grid): GridSheet => g.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;

/** The ledger with an old 本年拨付 (every figure 1) inserted before the real one, `hidden` the columns hidden in the sheet. */
function withOldColumn(hidden: ReadonlyArray<number>): Grid {
  const values = ledger.values.map((r, i) => {
    const row: CellValue[] = [...r];
    row.splice(disbursed, 0, i === headerRow ? '本年拨付' : i > headerRow && r.some((v) => v !== null) ? 1 : null);
    return row;
  });
  const sheet: GridSheet = { ...ledger, values, merges: [], ...(hidden.length ? { hiddenCols: hidden } : {}) };
  return { sheets: sample.sheets.map((s) => (s === ledger ? sheet : s)) };
}

async function fromFile(hidden: ReadonlyArray<number>): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(withOldColumn([]).sheets.map((s) => ({ grid: s })))) as unknown as ArrayBuffer);
  for (const c of hidden) wb.getWorksheet(SAMPLE_SHEETS.ledger)!.getColumn(c + 1).hidden = true;
  const r = await readWorkbookFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '台账.xlsx', { select: CHECKED_SHEETS });
  if (!r.ok) throw new Error(r.message['zh-CN']);
  return r.grid;
}

const s003 = (g: Grid): string[] => evaluateWorkbook(g).findings.filter((f) => f.rule === 'S003').map((f) => findingText(f, 'zh-CN'));

describe('hidden columns in the task pane and WPS', () => {
  /** The old 本年拨付 and one more column (the 序号, column A) hidden. */
  const HIDDEN = [0, disbursed];

  it('the file reader, fake Excel and fake ET give the same hidden columns, the same S003 (隐藏列) and the same figures', async () => {
    const file = await fromFile(HIDDEN);
    expect(ledgerOf(file).hiddenCols).toEqual(HIDDEN);
    const expected = evaluateWorkbook(file);
    expect(s003(file)).toEqual([expect.stringContaining('（隐藏列）')]);
    expect(expected.check.ledger!.table.columns.disbursed?.col).toBe(disbursed + 1);

    const grid = withOldColumn(HIDDEN);
    const excel = fakeWorkbookFromGrid(grid, createFakeExcel());
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    const inWps = await wps.readWorkbookGrid(et.Application);
    for (const g of [pane, inWps]) {
      expect(ledgerOf(g).hiddenCols).toEqual(HIDDEN);
      expect(g.sheets.filter((s) => s.hiddenCols).map((s) => s.name)).toEqual([SAMPLE_SHEETS.ledger]);
      const got = evaluateWorkbook(g);
      expect(got.check.ledger!.table.columns.disbursed?.col).toBe(disbursed + 1);
      expect(got.metrics).toEqual(expected.metrics);
      expect(got.findings).toEqual(expected.findings);
    }
  });

  it('Excel: no hidden column costs no request; hidden columns one sync for every such sheet, not one per column', async () => {
    const plain = fakeWorkbookFromGrid(withOldColumn([]), createFakeExcel());
    await plain.run((ctx) => office.readWorkbookGrid(ctx));
    const grid = withOldColumn(HIDDEN);
    // the same columns hidden on a second sheet: still one sync
    const copy = { ...ledgerOf(grid), name: '项目台账（副本）' };
    const hidden = fakeWorkbookFromGrid({ sheets: [...grid.sheets, copy] }, createFakeExcel());
    const plainCopy = fakeWorkbookFromGrid({ sheets: [...withOldColumn([]).sheets, { ...copy, hiddenCols: undefined }] }, createFakeExcel());
    await plainCopy.run((ctx) => office.readWorkbookGrid(ctx));
    const g = await hidden.run((ctx) => office.readWorkbookGrid(ctx));
    expect(g.sheets.filter((s) => s.hiddenCols).map((s) => s.hiddenCols)).toEqual([HIDDEN, HIDDEN]);
    expect(hidden.stats.syncs).toBe(plainCopy.stats.syncs + 1);
    const ask = hidden.stats.payloads[1];
    const cols = ledgerOf(g).values[headerRow].length;
    expect(ask.responseBytes).toBeGreaterThan(2 * cols * 22);
    expect(ask.responseBytes).toBeLessThan(2 * cols * COLUMN_PROPERTIES_BYTES + 500);
    // hiddenColumns: false asks nothing
    const off = fakeWorkbookFromGrid(withOldColumn(HIDDEN), createFakeExcel());
    expect(ledgerOf(await off.run((ctx) => office.readWorkbookGrid(ctx, { hiddenColumns: false }))).hiddenCols).toBeUndefined();
    expect(off.stats.syncs).toBe(plain.stats.syncs);
  });

  it('Excel: every column of a sheet hidden needs no getColumnProperties (columnHidden true)', async () => {
    const width = ledger.values[headerRow].length + 1;
    const all = Array.from({ length: width }, (_, c) => c);
    const excel = fakeWorkbookFromGrid(withOldColumn(all), createFakeExcel());
    const g = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    expect(ledgerOf(g).hiddenCols).toEqual(all);
    const plain = fakeWorkbookFromGrid(withOldColumn([]), createFakeExcel());
    await plain.run((ctx) => office.readWorkbookGrid(ctx));
    expect(excel.stats.syncs).toBe(plain.stats.syncs);
  });

  it('Excel: a getColumnProperties answer refused for its size is split in two, the columns found the same', async () => {
    const excel = fakeWorkbookFromGrid(withOldColumn(HIDDEN), createFakeExcel());
    const big = (d: { op: string; name: string }): boolean => d.op === 'load' && d.name === 'getColumnProperties';
    excel.failOn(big, { code: 'ResponsePayloadSizeLimitExceeded', message: 'The response payload size has exceeded the limit.' });
    const g = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    expect(ledgerOf(g).hiddenCols).toEqual(HIDDEN);
    expect(excel.stats.payloads.filter((p) => p.error === 'ResponsePayloadSizeLimitExceeded')).toHaveLength(1);
  });

  it('fake Excel: columnHidden true/false/null; getColumnProperties refused below ExcelApi 1.9, as Excel does', async () => {
    for (const [host, ok] of [['office-2019', false], ['win-2002', true], ['web', true]] as const) {
      const excel = fakeWorkbookFromGrid(withOldColumn(HIDDEN), createFakeExcel({ host }));
      const run = excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(SAMPLE_SHEETS.ledger);
        const flags = ['A1', 'A1:B1', 'B1:C1'].map((a) => ws.getRange(a).load('columnHidden'));
        await ctx.sync();
        expect(flags.map((r) => r.columnHidden)).toEqual([true, null, false]);
        const r = ws.getRange('A1:B1').getColumnProperties({ columnHidden: true });
        await ctx.sync();
        return r.value;
      });
      if (ok) await expect(run).resolves.toEqual([{ columnHidden: true }, { columnHidden: false }]);
      else await expect(run).rejects.toMatchObject({ code: 'ApiNotFound' });
    }
  });

  it('WPS: one Hidden call for a sheet with no hidden column, a few per run; Hidden of part of a column refused', async () => {
    const et = createFakeEt();
    addGridSheets(et.workbook, withOldColumn([]));
    await wps.readWorkbookGrid(et.Application);
    const hidden = createFakeEt();
    addGridSheets(hidden.workbook, withOldColumn(HIDDEN));
    await wps.readWorkbookGrid(hidden.Application);
    const extra = hidden.stats.byMember.get('Range.Hidden')! - et.stats.byMember.get('Range.Hidden')!;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThan(ledger.values[headerRow].length);
    const ws = hidden.Application.ActiveWorkbook!.Worksheets.Item(SAMPLE_SHEETS.ledger);
    expect(() => ws.Range('A1:A20').Hidden).toThrow(/not whole rows or whole columns/);
    expect(ws.Range('A:A').Hidden).toBe(true);
    expect(ws.Range('A:B').Hidden).toBeNull();
    expect(ws.Range('B:C').Hidden).toBe(false);
  });
});
