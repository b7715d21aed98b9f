/**
 * The fake Excel in a browser page (the dev-only task-pane harness, src/harness): office.js's text bundled by webpack
 * (`?jx-source` is an `asset/source` rule of the harness build). See fake.ts.
 */
import officeJsText from '@microsoft/office-js/dist/excel-web-16.00.debug.js?jx-source';
import type { Grid } from '../../../src/model/grid';
import { type FakeExcel, type FakeExcelOptions, createFakeExcelWith, fakeWorkbookFromGrid as fromGrid } from './fake';

export * from './fake';

export function createFakeExcel(opts: FakeExcelOptions = {}): FakeExcel {
  return createFakeExcelWith(() => officeJsText, opts);
}

export function fakeWorkbookFromGrid(grid: Grid, fake: FakeExcel = createFakeExcel()): FakeExcel {
  return fromGrid(grid, fake);
}
