/**
 * ET's NumberFormat is one text for cells that agree and null for cells that do not, so where a column's formats change
 * cell by cell (an indicator table's 0"家" and 0% in turn; a ledger sorted after ledgers with different date formats
 * were pasted together) the WPS reader must ask cell by cell: at least one read a cell. Halving down to single cells
 * took about two reads a cell (200,082 for 100,000 rows, 400,000 host calls with their Range calls) and held the page
 * for all of them: no progress, 取消 ignored. Now a mixed span of 4 cells or fewer is read cell by cell (at most 1.5
 * reads a cell), and the page is yielded to, and 取消 heeded, every 2,000 reads.
 */
import * as wps from '../../../src/adapters/wps';
import type { Grid } from '../../../src/model/grid';
import { SAMPLE_SHEETS } from '../../../src/model/sample';
import { ACTUAL, countsTable } from './countsTable';
import { createFakeEt } from '../../fakes/et';
import { addGridSheets } from '../../fakes/excel/state';

/** The sample with an indicator table of `rows` counts, the actuals' formats given by `format(i)`. */
function table(rows: number, format: (i: number) => string): Grid {
  return countsTable(rows, (i) => ({ actual: 52, targetFormat: '"≥"0"家"', actualFormat: format(i) }));
}

function fakeOf(grid: Grid): ReturnType<typeof createFakeEt> {
  const et = createFakeEt();
  addGridSheets(et.workbook, grid);
  et.resetStats();
  return et;
}

const ROWS = 10_000;
const alternate = (i: number): string => (i % 2 ? '0"家"' : '0%');

describe('WPS: number formats that change cell by cell', () => {
  test('every format read right, with at most 1.5 NumberFormat reads a cell of the column (halving took 2)', async () => {
    const et = fakeOf(table(ROWS, alternate));
    const g = await wps.readWorkbookGrid(et.Application);
    const formats = g.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!.numberFormats!;
    for (let i = 0; i < ROWS; i++) expect(formats[i + 1][ACTUAL]).toBe(alternate(i));
    const reads = et.stats.byMember.get('Range.NumberFormat')!;
    // the other columns' formats, the sample's and the targets', take a few hundred reads
    const uniform = fakeOf(table(ROWS, () => '0"家"'));
    await wps.readWorkbookGrid(uniform.Application);
    const others = uniform.stats.byMember.get('Range.NumberFormat')!;
    expect(others).toBeLessThan(200);
    expect(reads - others).toBeGreaterThanOrEqual(ROWS); // a read a cell is the least ET allows
    expect(reads - others).toBeLessThanOrEqual(1.5 * ROWS);
  });

  test('formats in runs (nine 0"家", one 0%) cost no more than halving did (8,808 reads for 10,000 rows)', async () => {
    const et = fakeOf(table(ROWS, (i) => (i % 10 ? '0"家"' : '0%')));
    const g = await wps.readWorkbookGrid(et.Application);
    const formats = g.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!.numberFormats!;
    for (let i = 0; i < ROWS; i++) expect(formats[i + 1][ACTUAL]).toBe(i % 10 ? '0"家"' : '0%');
    expect(et.stats.byMember.get('Range.NumberFormat')!).toBeLessThanOrEqual(8_808);
  });

  test('取消 while the formats are read: the read stops within 2,000 reads (it went on to the end)', async () => {
    const et = fakeOf(table(ROWS, alternate));
    const ctl = new AbortController();
    const byMember = et.stats.byMember;
    const set = byMember.set.bind(byMember);
    // 取消 at the 1,000th format read
    byMember.set = (k: string, v: number) => {
      if (k === 'Range.NumberFormat' && v === 1_000) ctl.abort();
      return set(k, v);
    };
    await expect(wps.readWorkbookGrid(et.Application, { signal: ctl.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(byMember.get('Range.NumberFormat')!).toBeLessThanOrEqual(2_000);
  });
});
