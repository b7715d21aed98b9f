/**
 * Merged areas read through ET, whose object model has no list of them (spec/wps.md §2): only `MergeCells` of a range
 * (false, true, or null when some cells are merged) and `MergeArea` of a cell. Each is a round trip to WPS, so what a
 * sheet with many merged areas costs is counted in calls, not timed: a form with a merged pair in every row (项目名称
 * over two columns) took ~19 calls an area (halving each row down to its cells), and the adapter's list of areas found
 * was searched from the start on every call, so 8,000 merged rows took minutes.
 */
import { readWorkbookGrid } from '../../../src/adapters/wps';
import type { Grid, Merge } from '../../../src/model/grid';
import { messyLedgerGrid } from '../../../src/model/sample';
import { createFakeEt, fakeEtFromGrid } from '../../fakes/et';

/** A sheet of `rows` rows, six columns, with B:C merged in every row and A merged down in runs of five. */
function pairs(rows: number, blockCells?: number): Promise<{ grid: Grid; calls: number; byMember: Map<string, number>; expected: Merge[] }> {
  const et = createFakeEt();
  const s = et.workbook.addSheet('台账');
  const expected: Merge[] = [];
  for (let r = 0; r < rows; r++) {
    s.setRawValue(r, 1, `项目${r}`);
    s.setRawValue(r, 5, r);
    s.merges.push({ r0: r, r1: r, c0: 1, c1: 2 });
    expected.push({ top: r, left: 1, bottom: r, right: 2 });
    if (r % 5 === 0) {
      s.setRawValue(r, 0, `地州${r / 5}`);
      const bottom = Math.min(r + 4, rows - 1);
      if (bottom > r) {
        s.merges.push({ r0: r, r1: bottom, c0: 0, c1: 0 });
        expected.push({ top: r, left: 0, bottom, right: 0 });
      }
    }
  }
  return readWorkbookGrid(et.Application, blockCells ? { blockCells } : {}).then((grid) => ({ grid, calls: et.stats.calls, byMember: et.stats.byMember, expected }));
}

const sorted = (ms: ReadonlyArray<Merge>): Merge[] => [...ms].sort((a, b) => a.top - b.top || a.left - b.left);

describe('WPS merged areas: every one read, once, in calls that grow with the areas and no faster', () => {
  test('a merged pair in every row and 地州市 merged down: each area read with one MergeArea, few MergeCells', async () => {
    const { grid, byMember, expected } = await pairs(1600);
    expect(sorted(grid.sheets[0].merges ?? [])).toEqual(sorted(expected));
    expect(byMember.get('Range.MergeArea')).toBe(expected.length);
    // the merged columns are found whole (all merged: true), not row by row
    expect(byMember.get('Range.MergeCells')!).toBeLessThan(expected.length / 10);
  });

  test('four times the rows: at most four times the calls, and under 10 calls an area', async () => {
    const small = await pairs(400);
    const big = await pairs(1600);
    const base = await pairs(0);
    expect(big.grid.sheets[0].merges).toHaveLength(big.expected.length);
    expect(big.calls - base.calls).toBeLessThanOrEqual(4 * (small.calls - base.calls));
    expect((big.calls - base.calls) / big.expected.length).toBeLessThan(10);
  });

  test('areas across the row blocks Value2 is read in are read once, whole', async () => {
    const { grid, expected } = await pairs(300, 6 * 7); // blocks of 7 rows: the runs of five cross them
    expect(sorted(grid.sheets[0].merges ?? [])).toEqual(sorted(expected));
  });

  test('the messy ledger (title across, 地州市 down the body): the same areas as the workbook', async () => {
    const { grid: source, ledgerSheet } = messyLedgerGrid();
    const got = await readWorkbookGrid(fakeEtFromGrid(source).Application);
    const merges = (g: Grid): Merge[] => sorted(g.sheets.find((s) => s.name === ledgerSheet)!.merges ?? []);
    expect(merges(source).length).toBeGreaterThan(1);
    expect(merges(got)).toEqual(merges(source));
  });
});
