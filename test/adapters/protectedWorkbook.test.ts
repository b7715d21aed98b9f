/**
 * A workbook may come with its structure protected (审阅 → 保护工作簿, as some 财政 templates are sent): Excel and WPS
 * then refuse to add, delete, rename, hide or move a sheet (the fakes too: WorkbookState.structureProtected).
 * 生成自评表 adds a sheet, 标注 the hidden record of its marks, 清除标注 deletes that record: each says so in words, with
 * the way out, and changes nothing — instead of failing on the host's refusal (无法新建工作表“…”：AccessDenied…).
 */
import { harnessWorkbook } from '../../src/harness/workbook';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { createWpsHost } from '../../src/wps/wpsHost';
import { isJxError } from '../../src/model/errors';
import type { HostActions } from '../../src/ui/host';
import { createFakeEt, fakeEtFromGrid } from '../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid, snapshotWorkbook, type WorkbookSnapshot } from '../fakes/excel';
import type { WorkbookState } from '../fakes/excel/state';
import { MARKS_SHEET } from '../../src/adapters/marksRecord';

const opts = () => ({ signal: new AbortController().signal });

async function refused(p: Promise<unknown>): Promise<{ zh: string; en: string }> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isJxError(e)) throw new Error(`expected a JxError, got ${String(e)}`);
  expect(e.code).toBe('workbookProtected');
  // no Chinese in English but the sheet's name
  expect(e.text['en-US'].replace(/"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff]/u);
  return { zh: e.text['zh-CN'], en: e.text['en-US'] };
}

async function onProtectedWorkbook(host: HostActions, wb: WorkbookState, snapshot: () => WorkbookSnapshot): Promise<void> {
  const view = await host.check(opts());
  wb.structureProtected = true;
  const before = snapshot();

  const gen = await refused(host.generate({ ...opts(), layout: '2020', draft: true }));
  expect(gen.zh).toMatch(/^工作簿的结构受保护（审阅 → 保护工作簿），无法新建工作表“.+”。请先撤销工作簿保护/);
  expect(gen.en).toMatch(/^The workbook's structure is protected \(Review → Protect Workbook\), so the sheet ".+" cannot be added/);
  expect(snapshot()).toEqual(before);

  const mark = await refused(host.mark!(view.findings));
  expect(mark.zh).toContain('未作任何标注');
  expect(snapshot()).toEqual(before);
  expect(wb.sheets.map((s) => s.name)).not.toContain(MARKS_SHEET);

  // marks made before the workbook was protected: clearing would delete their record; nothing is cleared
  wb.structureProtected = false;
  await host.mark!(view.findings);
  wb.structureProtected = true;
  const marked = snapshot();
  expect(marked).not.toEqual(before);
  const clear = await refused(host.clearMarks!());
  expect(clear.zh).toContain('标注均未清除');
  expect(snapshot()).toEqual(marked);

  // unprotected: everything works as before
  wb.structureProtected = false;
  await host.clearMarks!();
  expect(snapshot()).toEqual(before);
  await host.generate({ ...opts(), layout: '2020', draft: true });
  expect(wb.sheets.length).toBeGreaterThan(before.sheets.length);
}

describe('生成自评表, 标注 and 清除标注 on a workbook whose structure is protected', () => {
  test('Excel', async () => {
    const fake = fakeWorkbookFromGrid(harnessWorkbook().grid, createFakeExcel());
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) });
    await onProtectedWorkbook(host, fake.workbook, () => snapshotWorkbook(fake));
  });
  test('WPS', async () => {
    const et = fakeEtFromGrid(harnessWorkbook().grid, createFakeEt());
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    await onProtectedWorkbook(host, et.workbook, () => snapshotWorkbook(et));
  });
});

describe('the fakes refuse what a structure-protected workbook refuses', () => {
  test('fake Excel: add, delete, rename, hide, move; reads workbook.protection.protected', async () => {
    const fake = fakeWorkbookFromGrid(harnessWorkbook().grid, createFakeExcel());
    fake.workbook.structureProtected = true;
    const first = fake.workbook.sheets[0].name;
    const tries: Array<(ctx: Excel.RequestContext) => void> = [
      (ctx) => void ctx.workbook.worksheets.add('新表'),
      (ctx) => ctx.workbook.worksheets.getItem(first).delete(),
      (ctx) => void (ctx.workbook.worksheets.getItem(first).name = '改名'),
      (ctx) => void (ctx.workbook.worksheets.getItem(first).visibility = 'Hidden'),
      (ctx) => void (ctx.workbook.worksheets.getItem(first).position = 2),
    ];
    for (const t of tries) {
      await expect(fake.run(async (ctx) => {
        t(ctx);
        await ctx.sync();
      })).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    const p = await fake.run(async (ctx) => {
      const pr = ctx.workbook.protection.load('protected');
      await ctx.sync();
      return pr.protected;
    });
    expect(p).toBe(true);
    // cells of an unprotected sheet are still written
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(first).getRange('Z1').values = [[1]];
      await ctx.sync();
    });
  });

  test('fake ET: Worksheets.Add, Delete, Name=, Visible=; ProtectStructure', () => {
    const et = fakeEtFromGrid(harnessWorkbook().grid, createFakeEt());
    et.workbook.structureProtected = true;
    const app = et.Application;
    app.DisplayAlerts = false;
    const book = app.ActiveWorkbook!;
    const ws = book.Worksheets.Item(1);
    expect(book.ProtectStructure).toBe(true);
    expect(() => book.Worksheets.Add()).toThrow(/structure is protected/);
    expect(() => ws.Delete()).toThrow(/structure is protected/);
    expect(() => (ws.Name = '改名')).toThrow(/structure is protected/);
    expect(() => (ws.Visible = 0)).toThrow(/structure is protected/);
  });
});

describe('the fakes: unlocked cells of a protected sheet take values, nothing else', () => {
  const setup = (wb: WorkbookState): string => {
    const s = wb.sheets[0];
    s.protected = true;
    s.unlocked.push({ r0: 0, c0: 25, r1: 1, c1: 25 }); // Z1:Z2
    return s.name;
  };

  test('fake Excel', async () => {
    const fake = fakeWorkbookFromGrid(harnessWorkbook().grid, createFakeExcel());
    const name = setup(fake.workbook);
    const write = (f: (ws: Excel.Worksheet) => void): Promise<void> =>
      fake.run(async (ctx) => {
        f(ctx.workbook.worksheets.getItem(name));
        await ctx.sync();
      });
    await write((ws) => void (ws.getRange('Z1:Z2').values = [['2018-12-31'], [5]]));
    expect(fake.sheet(name).getValue(1, 25)).toBe(5);
    // typing a date gives the General cell a date format, as Excel does
    expect(fake.sheet(name).getNumFmt(0, 25)).not.toBe('General');
    await write((ws) => ws.getRange('Z1:Z2').clear('Contents'));
    expect(fake.sheet(name).getValue(1, 25)).toBeUndefined();
    // a range reaching a locked cell is refused whole
    const before = snapshotWorkbook(fake);
    await expect(write((ws) => void (ws.getRange('Z2:Z3').values = [[1], [2]]))).rejects.toMatchObject({ code: 'AccessDenied' });
    for (const f of [
      (ws: Excel.Worksheet) => void (ws.getRange('Z1').format.fill.color = '#FFFF00'),
      (ws: Excel.Worksheet) => void (ws.getRange('Z1').numberFormat = [['0.00']]),
      (ws: Excel.Worksheet) => ws.getRange('Z1').clear(),
    ])
      await expect(write(f)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('fake ET', () => {
    const et = fakeEtFromGrid(harnessWorkbook().grid, createFakeEt());
    const name = setup(et.workbook);
    const ws = et.Application.ActiveWorkbook!.Worksheets.Item(name);
    ws.Range('Z1:Z2').Value2 = [[1], [2]];
    expect(ws.Range('Z2').Value2).toBe(2);
    const before = snapshotWorkbook(et);
    expect(() => (ws.Range('Z2:Z3').Value2 = [[3], [4]])).toThrow(/protected/);
    expect(() => ws.Range('Z1').AddComment('x')).toThrow(/protected/);
    expect(() => ws.Range('Z1').Clear()).toThrow(/protected/);
    expect(() => (ws.Range('Z1').NumberFormat = '0.00')).toThrow(/protected/);
    expect(snapshotWorkbook(et)).toEqual(before);
  });
});
