/**
 * A ledger formatted down to row 1,048,576 (a fill or a format applied to whole columns' cells, a paste of an empty
 * formatted range): ET's UsedRange takes formatted empty cells (spec/wps.md §6), so it reaches the sheet's last row while
 * the data ends at row 172. WPS reads `Value2` in bounded blocks (each at most `blockCells` cells), asks COUNTA of the
 * rows below the data's block (`WorksheetFunction.CountA`: nothing there) and stops: not 461 more blocks of empty rows,
 * no merged-area search in them, formats and hidden rows asked of the rows up to the data's end — the same grid,
 * findings and host calls besides those two COUNTAs as the sheet without those formats.
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
  it('reads the same grid and findings as without the formats, asking nothing more of the empty rows than one COUNTA', async () => {
    const plain = await readSample(false);
    const padded = await readSample(true);
    expect(padded.grid).toEqual(plain.grid);
    expect(evaluateWorkbook(padded.grid).findings).toEqual(evaluateWorkbook(plain.grid).findings);
    for (const m of ['Range.MergeCells', 'Range.MergeArea', 'Range.NumberFormat', 'Range.Hidden', 'Range.Value2']) expect([m, padded.calls(m)]).toEqual([m, plain.calls(m)]);
    // the ledger's first block (2,272 rows of 22 columns) holds its data: COUNTA of that block (at least what Value2
    // gave: WPS counts right) and of the rows below it (none), then of the whole used range and of the part kept (equal),
    // where 1,048,576 rows were read in 462 blocks
    expect(padded.calls('WorksheetFunction.CountA')).toBe(4);
    expect(plain.calls('WorksheetFunction.CountA')).toBe(0);
  });
});
