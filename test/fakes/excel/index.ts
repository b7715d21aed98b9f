/** The fake Excel for Node (tests, bench): office.js read from node_modules. See fake.ts. */
import { type FakeExcel, type FakeExcelOptions, createFakeExcelWith, fakeWorkbookFromGrid as fromGrid } from './fake';
import { officeJsSource } from './officejs/source';
import type { Grid } from '../../../src/model/grid';

export * from './fake';

export function createFakeExcel(opts: FakeExcelOptions = {}): FakeExcel {
  return createFakeExcelWith(officeJsSource, opts);
}

/** Builds the sheets of `grid` in `fake` (a new default fake when none is given). */
export function fakeWorkbookFromGrid(grid: Grid, fake: FakeExcel = createFakeExcel()): FakeExcel {
  return fromGrid(grid, fake);
}
