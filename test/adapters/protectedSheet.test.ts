/**
 * A ledger sheet may come protected (审阅 → 保护工作表, as some 财政 templates are sent): Excel and WPS refuse every
 * write to its cells and notes (the fakes too: SheetState.protected). 标注 must not fail half-way on such a sheet:
 * it marks the findings on the sheets it may change and skips those on a protected sheet, writing nothing there (nor
 * a record of marks never made). 清除标注 of marks made before the sheet was protected clears nothing and says which
 * sheet to unprotect: the marks and their record stay, to be cleared once it is.
 */
import { harnessWorkbook } from '../../src/harness/workbook';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { createWpsHost } from '../../src/wps/wpsHost';
import type { HostActions } from '../../src/ui/host';
import { createFakeEt, fakeEtFromGrid } from '../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid, snapshotWorkbook, type WorkbookSnapshot } from '../fakes/excel';
import type { WorkbookState } from '../fakes/excel/state';
import { MARKS_SHEET } from '../../src/adapters/marksRecord';

const opts = () => ({ signal: new AbortController().signal });

async function markOnProtected(host: HostActions, wb: WorkbookState, snapshot: () => WorkbookSnapshot): Promise<void> {
  const view = await host.check(opts());
  const target = view.findings.find((f) => f.sheet)!;
  const locked = wb.sheets.find((s) => s.name === target.sheet)!;
  locked.protected = true;
  const before = snapshot();
  // no failure, and the pane learns which sheet kept its findings unmarked (it said all were marked: review34)
  expect(await host.mark!(view.findings)).toEqual({ protectedSheets: [locked.name] });
  // nothing written: not on the protected sheet, and no record of marks that were never made
  expect(snapshot()).toEqual(before);
  expect(wb.sheets.map((s) => s.name)).not.toContain(MARKS_SHEET);
  await host.clearMarks!();
  expect(snapshot()).toEqual(before);
  // once the sheet is unprotected, the same findings are marked
  locked.protected = false;
  expect(await host.mark!(view.findings)).toEqual({ protectedSheets: [] });
  expect(locked.notes.size).toBeGreaterThan(0);
  // protected again: 清除标注 says which sheet to unprotect and changes nothing (marks and record stay for later)
  locked.protected = true;
  const marked = snapshot();
  await expect(host.clearMarks!()).rejects.toThrow(new RegExp(`工作表“${locked.name}”受保护，其上的标注无法清除`));
  expect(snapshot()).toEqual(marked);
  locked.protected = false;
  await host.clearMarks!();
  expect(snapshot()).toEqual(before);
}

describe('标注 on a workbook with a protected sheet', () => {
  test('Excel', async () => {
    const fake = fakeWorkbookFromGrid(harnessWorkbook().grid, createFakeExcel());
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) });
    await markOnProtected(host, fake.workbook, () => snapshotWorkbook(fake));
  });
  test('WPS', async () => {
    const et = fakeEtFromGrid(harnessWorkbook().grid, createFakeEt());
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    await markOnProtected(host, et.workbook, () => snapshotWorkbook(et));
  });
});
