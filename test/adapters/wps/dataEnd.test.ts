/**
 * A ledger of 300 rows on a sheet formatted down to row 60,000 (formats applied to whole columns: a common state of the
 * government templates). ET's UsedRange takes the formatted empty cells, and each `Value2` block is a cross-process
 * call to WPS, so reading the used range to its end cost hundreds of block reads of nothing. The adapter now asks WPS
 * where the data ends — COUNTA of the rows below (`Application.WorksheetFunction.CountA`, et-jsapi-declare 2.5.0
 * lib.et.d.ts line 9398) — and reads the blocks up to there: counted here in the fake's calls, not timed. What is read
 * is the same as reading to the end (a build without the call, or whose call throws or miscounts, still does that).
 */
import { readWorkbookGrid } from '../../../src/adapters/wps';
import type { EtApplication, EtWorksheetFunction } from '../../../src/adapters/wps/et';
import type { Grid } from '../../../src/model/grid';
import { createFakeEt, type EtQuirks, type FakeEt } from '../../fakes/et';

const COLS = 8;
/** The used range's rows: the columns formatted as text down to row 60,000. */
const USED_ROWS = 60_000;
/** Blocks of 128 rows of the 8 columns: the 300 rows take three, so their end is searched for, not given by the first. */
const BLOCK_ROWS = 128;
const BLOCK_CELLS = BLOCK_ROWS * COLS;

interface Ledger {
  /** A value in a row far below the data (0-based), as a note typed at the bottom of a long formatted column. */
  readonly strayRow?: number;
  /** The last row holding only a formula returning "" (0-based): a column of =IF(…,"",…) dragged down past the data. */
  readonly formulaRow?: number;
}

/**
 * The sheet: a title merged across A1:H1, a header, 298 project rows with a blank row (row 151) and a hidden row (row
 * 11) among them, B200:B203 merged down, the last project in row 300; every column formatted down to row 60,000.
 */
function ledger(quirks: Partial<EtQuirks>, x: Ledger = {}): FakeEt {
  const et = createFakeEt({ quirks });
  const s = et.workbook.addSheet('项目台账');
  s.setRawValue(0, 0, '2025年度专项资金项目台账');
  s.merges.push({ r0: 0, c0: 0, r1: 0, c1: COLS - 1 });
  ['序号', '项目名称', '地州市', '预算金额', '支出金额', '开工日期', '完工日期', '备注'].forEach((h, c) => s.setRawValue(1, c, h));
  for (let r = 2; r < 300; r++) {
    if (r === 150) continue;
    s.setRawValue(r, 0, r - 1);
    if (r < 200 || r > 202) s.setRawValue(r, 1, `项目${r - 1}`);
    s.setRawValue(r, 2, '伊犁州');
    s.setRawValue(r, 3, 100_000 + r);
    s.setRawValue(r, 4, 90_000 + r);
  }
  s.merges.push({ r0: 199, c0: 1, r1: 202, c1: 1 });
  s.hiddenRows.add(10);
  for (let c = 0; c < COLS; c++) s.setNumFmt(USED_ROWS - 1, c, '@');
  if (x.strayRow !== undefined) s.setRawValue(x.strayRow, 7, '以下空白');
  if (x.formulaRow !== undefined) {
    s.setFormula(x.formulaRow, 2, '=IF(B1001="","",B1001)');
    s.setRawValue(x.formulaRow, 2, '');
  }
  et.resetStats();
  return et;
}

interface Read {
  readonly grid: Grid;
  /** The fake's count of each member called. */
  readonly calls: (member: string) => number;
  readonly progress: number[];
}

async function read(et: FakeEt, app: EtApplication = et.Application): Promise<Read> {
  const progress: number[] = [];
  const grid = await readWorkbookGrid(app, { blockCells: BLOCK_CELLS, onProgress: (f) => progress.push(f) });
  return { grid, calls: (m) => et.stats.byMember.get(m) ?? 0, progress };
}

/** The blocks of the whole used range: what the read took before, and takes on a build without WorksheetFunction. */
const TO_THE_END = Math.ceil(USED_ROWS / BLOCK_ROWS);

/** The ledger read to the used range's end (a build without WorksheetFunction), once for the tests that compare with it. */
let readToTheEnd: Promise<Read> | undefined;
const toTheEnd = (): Promise<Read> => (readToTheEnd ??= read(ledger({ worksheetFunction: 'absent' })));

/** The fake's Application with its WorksheetFunction replaced (a bridge that hands the range over wrong). */
function withCountA(et: FakeEt, countA: EtWorksheetFunction['CountA']): EtApplication {
  return new Proxy(et.Application, { get: (t, p) => (p === 'WorksheetFunction' ? { CountA: countA } : Reflect.get(t, p)) });
}

describe('WPS: a ledger on a sheet formatted far past its data is read up to the data\'s end', () => {
  test('300 rows in a used range of 60,000: the blocks of the data only, the same grid as reading to the end', async () => {
    const bounded = await read(ledger({}));
    const before = await toTheEnd();
    expect(before.calls('Range.Value2')).toBe(TO_THE_END);
    expect(bounded.calls('Range.Value2')).toBe(3); // rows 1-384: three blocks of 128
    // one COUNTA of the block read, then a search growing with the log of the data's blocks
    expect(bounded.calls('WorksheetFunction.CountA')).toBeLessThanOrEqual(2 + 2 * Math.ceil(Math.log2(TO_THE_END)));
    expect(bounded.grid).toEqual(before.grid);
    const sheet = bounded.grid.sheets[0];
    expect(sheet.values).toHaveLength(300);
    expect(sheet.values[150].every((v) => v === null)).toBe(true); // the blank row inside the data is kept
    expect(sheet.values[299].slice(0, 2)).toEqual([298, '项目298']);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: COLS - 1 },
      { top: 199, left: 1, bottom: 202, right: 1 },
    ]);
    expect(sheet.hiddenRows).toEqual([10]);
    expect(bounded.progress.at(-1)).toBe(1);
  });

  test('a value far below the data (row 40,000) is read: the blocks up to it', async () => {
    const bounded = await read(ledger({}, { strayRow: 39_999 }));
    const before = await read(ledger({ worksheetFunction: 'absent' }, { strayRow: 39_999 }));
    expect(bounded.grid).toEqual(before.grid);
    expect(bounded.grid.sheets[0].values).toHaveLength(40_000);
    expect(bounded.grid.sheets[0].values[39_999][7]).toBe('以下空白');
    expect(bounded.calls('Range.Value2')).toBe(Math.ceil(40_000 / BLOCK_ROWS));
    expect(before.calls('Range.Value2')).toBe(TO_THE_END);
  });

  test('a last row holding only a formula returning "" is read (COUNTA counts it), as reading to the end reads it', async () => {
    const bounded = await read(ledger({}, { formulaRow: 1_000 }));
    const before = await read(ledger({ worksheetFunction: 'absent' }, { formulaRow: 1_000 }));
    expect(bounded.calls('Range.Value2')).toBe(Math.ceil(1_001 / BLOCK_ROWS)); // the blocks down to row 1,001, not to row 384
    expect(bounded.grid).toEqual(before.grid);
  });

  test('a build without WorksheetFunction: asked once, then read to the used range\'s end as before, the same grid', async () => {
    const got = await toTheEnd();
    expect(got.calls('Application.WorksheetFunction')).toBe(1);
    expect(got.calls('Range.Value2')).toBe(TO_THE_END);
    expect(got.grid).toEqual((await read(ledger({}))).grid);
  });

  test('a build whose CountA throws: tried once, then read to the end as before, the same grid', async () => {
    const got = await read(ledger({ worksheetFunction: 'throwing' }));
    expect(got.calls('WorksheetFunction.CountA')).toBe(1);
    expect(got.calls('Range.Value2')).toBe(TO_THE_END);
    expect(got.grid).toEqual((await toTheEnd()).grid);
  });

  test.each<[string, unknown]>([
    ['0 for every range', 0],
    ['1 for every range', 1],
    ['text', '0'],
  ])('a CountA answering %s miscounts the block read: not trusted after that one call, read to the end', async (_what, answer) => {
    const et = ledger({});
    let asked = 0;
    const got = await read(
      et,
      withCountA(et, () => {
        asked++;
        return answer as number;
      }),
    );
    expect(asked).toBe(1);
    expect(got.calls('Range.Value2')).toBe(TO_THE_END);
    expect(got.grid).toEqual((await toTheEnd()).grid);
  });

  test('a title alone in the first block, the ledger far below, and a CountA counting a range\'s top-left cell alone: the ledger is read', async () => {
    const et = createFakeEt({});
    const sh = et.workbook.addSheet('项目台账');
    sh.setRawValue(0, 0, '2025年度专项资金项目台账');
    for (let r = 1000; r < 1300; r++) {
      sh.setRawValue(r, 0, r - 999);
      sh.setRawValue(r, 1, `项目${r - 999}`);
    }
    for (let c = 0; c < COLS; c++) sh.setNumFmt(USED_ROWS - 1, c, '@');
    const topLeftOnly = (range: unknown): number => {
      const v = (range as { Value2: unknown }).Value2;
      const first = Array.isArray(v) ? (Array.isArray(v[0]) ? v[0][0] : v[0]) : v;
      return first === undefined || first === null || first === '' ? 0 : 1;
    };
    const got = await read(et, withCountA(et, topLeftOnly as EtWorksheetFunction['CountA']));
    const sheet = got.grid.sheets[0];
    expect(sheet.values).toHaveLength(1300);
    expect(sheet.values[1299].slice(0, 2)).toEqual([300, '项目300']);
  });
});
