/**
 * A ledger formatted down to row 1,048,576 (a fill or a format applied to whole columns' cells, a paste of an empty
 * formatted range): ET's UsedRange takes formatted empty cells (spec/wps.md §6), so it reaches the sheet's last row while
 * the data ends at row 172. WPS reads `Value2` in bounded blocks (each at most `blockCells` cells) and keeps nothing of
 * the blocks without a value: no million empty rows in memory, no merged-area search in them, formats and hidden rows
 * asked of the rows up to the data's end — the same grid, findings and host calls besides the blocks' `Value2` as the
 * sheet without those formats.
 */
import * as wps from '../../../src/adapters/wps';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { createFakeEt, fakeEtFromGrid } from '../../fakes/et';

const LAST_ROW = 1_048_575;

async function readSample(formattedToEnd: boolean) {
  const et = fakeEtFromGrid(sampleWorkbookGrid(), createFakeEt());
  const ledger = et.sheet(SAMPLE_SHEETS.ledger);
  if (formattedToEnd) for (let c = 0; c < 22; c++) ledger.setNumFmt(LAST_ROW, c, '@');
  et.resetStats();
  const grid = await wps.readWorkbookGrid(et.Application, { blockCells: 50_000 });
  return { grid, calls: (m: string) => et.stats.byMember.get(m) ?? 0 };
}

describe('a ledger formatted down to the sheet\'s last row', () => {
  it('reads the same grid and findings as without the formats, asking nothing more of the empty rows than their values in bounded blocks', async () => {
    const plain = await readSample(false);
    const padded = await readSample(true);
    expect(padded.grid).toEqual(plain.grid);
    expect(evaluateWorkbook(padded.grid).findings).toEqual(evaluateWorkbook(plain.grid).findings);
    for (const m of ['Range.MergeCells', 'Range.MergeArea', 'Range.NumberFormat', 'Range.Hidden']) expect([m, padded.calls(m)]).toEqual([m, plain.calls(m)]);
    // the values: one block each of at most 50,000 cells (2,272 rows of 22 columns), 1,048,576 rows in 462 blocks
    expect(padded.calls('Range.Value2') - plain.calls('Range.Value2')).toBe(Math.ceil(1_048_576 / Math.floor(50_000 / 22)) - 1);
  });
});
