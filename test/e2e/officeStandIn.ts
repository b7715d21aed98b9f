/**
 * What the production task pane (dist/taskpane.html, as `npm run build` makes it) loads in place of office.js in
 * test/e2e/officePane.e2e.ts: the fake Excel (test/fakes/excel) over the harness workbook (the model's sample with the
 * planted defects of src/harness/workbook.ts), installed as the globals office.js gives a page — `Office`, `Excel`,
 * `OfficeExtension`. Its client is Microsoft's own office.js from node_modules (@microsoft/office-js, the request
 * runtime and the Excel object model: test/fakes/excel/officejs/library.ts), whose text the bundler inlines
 * (`?jx-source`), so the pane's requests go through the real library and the fake answers them as Excel on the web
 * does — never more leniently. Bundled by esbuild at test time into test-artifacts/, never into dist/.
 *
 * `window.jxOfficeDisplayLanguage` (set before the page runs) is Office's display language (default zh-CN);
 * `window.jxExcel` lets the test look into the fake workbook (host side, no request counted).
 */
import { harnessWorkbook } from '../../src/harness/workbook';
import { localAddress } from '../fakes/excel/address';
import { createFakeExcel, fakeWorkbookFromGrid, installFakeExcel } from '../fakes/excel/browser';

export interface ExcelView {
  selection(): { sheet: string; address: string } | null;
  sheetNames(): string[];
  noteCount(): number;
  readonly planted: ReadonlyArray<{ sheet: string; cell: string }>;
}

const w = window as unknown as { jxOfficeDisplayLanguage?: string; jxExcel?: ExcelView };
const { grid, planted } = harnessWorkbook();
const fake = installFakeExcel(fakeWorkbookFromGrid(grid, createFakeExcel({ displayLanguage: w.jxOfficeDisplayLanguage ?? 'zh-CN' })));
const wb = fake.workbook;
w.jxExcel = {
  selection: () => (wb.selection ? { sheet: wb.selection.sheet.name, address: localAddress(wb.selection.rect) } : null),
  sheetNames: () => wb.sheets.map((s) => s.name),
  noteCount: () => wb.sheets.reduce((n, s) => n + s.notes.size, 0),
  planted,
};
