/**
 * A ledger in A1:V300 on a sheet formatted far to the right (a template's formats on whole rows: ET's UsedRange runs
 * to column XFD, 16,384 columns) and far down. The rows were bounded by COUNTA of the rows below (dataEnd.test.ts); each
 * `Value2` block was still 16,384 columns wide — three rows a block of 50,000 cells — and the formats of the sample rows
 * were asked of every one of those columns; and a used range of 60,000 × 16,384 was refused as too large to read. The
 * adapter now asks COUNTA of the column strips right of the values read as well, reads its blocks in the data's columns,
 * and applies the limit on cells to the part of a used range that holds data. Counted in the fake's calls and cells,
 * not timed; the grid is the one reading the whole used range gives (a build without WorksheetFunction, or whose
 * CountA throws or answers inconsistently, still reads it so).
 */
import { isDeepStrictEqual } from 'node:util';
import { readWorkbookGrid } from '../../../src/adapters/wps';
import type { EtApplication, EtWorksheetFunction } from '../../../src/adapters/wps/et';
import { isJxError } from '../../../src/model/errors';
import type { Grid } from '../../../src/model/grid';
import { createFakeEt, type EtQuirks, type FakeEt } from '../../fakes/et';

const COLS = 22; // A:V
const XFD = 16_383;

interface Sheet {
  /** The used range's rows: row `tall` formatted across A:V (none: the data's 300). */
  readonly tall?: number;
  /** Row 1 formatted to column XFD: the used range is 16,384 columns wide. */
  readonly wide?: boolean;
  /** A value alone in XFD10, as a note typed far to the right. */
  readonly farValue?: boolean;
}

/**
 * A title merged across A1:V1, a header, 298 projects (a blank row 151, row 11 and column C hidden, a 开工日期 column
 * of dates, U10:Z10 merged with its value in U10), column Y hidden past the data; no other formats unless `x` says.
 */
function ledger(quirks: Partial<EtQuirks>, x: Sheet): FakeEt {
  const et = createFakeEt({ quirks });
  const s = et.workbook.addSheet('项目台账');
  s.setRawValue(0, 0, '2025年度专项资金项目台账');
  s.merges.push({ r0: 0, c0: 0, r1: 0, c1: COLS - 1 });
  for (let c = 0; c < COLS; c++) s.setRawValue(1, c, c === 5 ? '开工日期' : `字段${c + 1}`);
  for (let r = 2; r < 300; r++) {
    if (r === 150) continue;
    for (let c = 0; c < COLS; c++) s.setRawValue(r, c, c === 1 ? `项目${r - 1}` : c === 5 ? 45_300 + r : r * 100 + c);
    s.setNumFmt(r, 5, 'yyyy-mm-dd');
  }
  s.merges.push({ r0: 9, c0: 20, r1: 9, c1: 25 });
  s.hiddenRows.add(10);
  s.hiddenCols.add(2);
  s.hiddenCols.add(24);
  if (x.wide) for (let c = COLS; c <= XFD; c++) s.setNumFmt(0, c, '@');
  if (x.tall) for (let c = 0; c < COLS; c++) s.setNumFmt(x.tall - 1, c, '@');
  if (x.farValue) s.setRawValue(9, XFD, '以右空白');
  et.resetStats();
  return et;
}

interface Read {
  readonly grid: Grid;
  readonly calls: (member: string) => number;
  /** Cells of the Value2 blocks read. */
  readonly cells: number;
}

async function read(et: FakeEt, app: EtApplication = et.Application): Promise<Read> {
  const grid = await readWorkbookGrid(app);
  return { grid, calls: (m) => et.stats.byMember.get(m) ?? 0, cells: et.stats.valueCells };
}

async function refusal(et: FakeEt): Promise<unknown> {
  return readWorkbookGrid(et.Application).then(
    () => 'read',
    (e: unknown) => e,
  );
}

/** The fake's Application with its CountA replaced. */
function withCountA(et: FakeEt, countA: EtWorksheetFunction['CountA']): EtApplication {
  return new Proxy(et.Application, { get: (t, p) => (p === 'WorksheetFunction' ? { CountA: countA } : Reflect.get(t, p)) });
}

/** 1,000 rows of 16,384 columns: within the limit on cells (HOST_READ_MAX_CELLS), so read whole without COUNTA too. */
const READABLE = { tall: 1_000, wide: true };
/** Blocks of 50,000 cells 16,384 wide: three rows each. */
const WHOLE_BLOCKS = Math.ceil(1_000 / 3);

describe('WPS: a ledger on a sheet formatted far to the right is read in the data\'s columns', () => {
  let whole: Read;
  beforeAll(async () => {
    whole = await read(ledger({ worksheetFunction: 'absent' }, READABLE));
  });

  test('1,000 × 16,384: blocks of the data\'s 22 columns, formats of those columns, the same grid as reading the whole used range', async () => {
    const bounded = await read(ledger({}, READABLE));
    expect(bounded.grid).toEqual(whole.grid);
    expect(whole.calls('Range.Value2')).toBe(WHOLE_BLOCKS);
    // the first block (3 rows × 16,384) holds values; then one block of the data's 22 columns for the rest of its rows
    expect(bounded.calls('Range.Value2')).toBe(2);
    expect(bounded.cells).toBe(3 * 16_384 + 997 * COLS); // the rest of the used range in one block of A:V
    expect(whole.cells).toBe(1_000 * 16_384);
    // COUNTA of the block, of the columns right of V (nothing), of the rows below the block in A:V (nothing), then of the
    // whole used range and of the part kept (equal: nothing outside it)
    expect(bounded.calls('WorksheetFunction.CountA')).toBe(5);
    // the sample's formats of A:V only, however wide the used range (before: every one of 16,384 columns)
    expect(bounded.calls('Range.NumberFormat')).toBe(whole.calls('Range.NumberFormat'));
    expect(bounded.calls('Range.NumberFormat')).toBeLessThan(1_000);
    const sheet = bounded.grid.sheets[0];
    expect(sheet.values).toHaveLength(300);
    expect(sheet.values[0]).toHaveLength(COLS);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: COLS - 1 },
      { top: 9, left: 20, bottom: 9, right: 25 },
    ]);
    expect(sheet.hiddenRows).toEqual([10]);
    expect(sheet.hiddenCols).toEqual([2]);
    expect(sheet.values[2][5]).toMatchObject({ kind: 'date' }); // a date, as its format says
  });

  test('60,000 × 16,384 (983 million cells, refused before): read as its data, the grid of the same ledger without the formats', async () => {
    const bounded = await read(ledger({}, { tall: 60_000, wide: true }));
    const plain = await read(ledger({ worksheetFunction: 'absent' }, {}));
    expect(bounded.grid).toEqual(plain.grid);
    // the first block (3 rows × 16,384) read to bound the used range before the limit; then the sheet in blocks of A:V,
    // 2,272 rows each, down to the bound (a block's rows past the first block: 3 + 2,272)
    expect(bounded.calls('Range.Value2')).toBe(3);
    expect(bounded.cells).toBe(3 * 16_384 + 2_275 * COLS);
    // COUNTA of the block, of the columns right of V (nothing), of the rows below the block in A:V, and from a block on;
    // then of the whole used range and of the part kept
    expect(bounded.calls('WorksheetFunction.CountA')).toBe(6);
    // a build without WorksheetFunction, or whose CountA throws, cannot bound it: refused as before
    for (const worksheetFunction of ['absent', 'throwing'] as const) {
      const et = ledger({ worksheetFunction }, { tall: 60_000, wide: true });
      const e = await refusal(et);
      expect(isJxError(e) && e.code).toBe('usedRangeTooLarge');
      expect(isJxError(e) && e.text['en-US']).toContain("'项目台账', A1:XFD60000,");
      expect(et.stats.byMember.get('WorksheetFunction.CountA') ?? 0).toBeLessThanOrEqual(1);
    }
  });

  test('a value alone in XFD10 of the 60,000 × 16,384 sheet: every column is read, as reading the sheet 300 rows deep whole', async () => {
    const bounded = await read(ledger({}, { tall: 60_000, wide: true, farValue: true }));
    // the same sheet with its used range 300 rows deep: within the limit, read whole without COUNTA
    const whole300 = await read(ledger({ worksheetFunction: 'absent' }, { wide: true, farValue: true }));
    // 300 × 16,384 cells: compared without jest's diff, which takes minutes on grids that large when they differ
    expect(isDeepStrictEqual(bounded.grid, whole300.grid)).toBe(true);
    expect(bounded.grid.sheets[0].values[9][XFD]).toBe('以右空白');
    expect(bounded.grid.sheets[0].values).toHaveLength(300);
    // the search right of V: calls growing with the log of the distance
    expect(bounded.calls('WorksheetFunction.CountA')).toBeLessThanOrEqual(5 + 2 * Math.ceil(Math.log2(16_384)) + 2 * Math.ceil(Math.log2(60_000 / 3)));
  });

  test('a CountA right of the block but counting more in a strip than in the strip holding it, or throwing: not trusted, read whole', async () => {
    const throwing = await read(ledger({ worksheetFunction: 'throwing' }, READABLE));
    expect(throwing.calls('WorksheetFunction.CountA')).toBe(1);
    expect(throwing.calls('Range.Value2')).toBe(WHOLE_BLOCKS);
    expect(throwing.grid).toEqual(whole.grid);

    const et = ledger({}, READABLE);
    const real = et.Application.WorksheetFunction!;
    let asked = 0;
    // the block counted right; then each strip counted one more than the one before, however far right it starts
    const growing = (range: unknown): number => (asked++ === 0 ? real.CountA(range) : real.CountA(range) + asked);
    const got = await read(et, withCountA(et, growing));
    expect(asked).toBe(3); // the block, the strip right of V, the strip right of W
    expect(got.calls('Range.Value2')).toBe(WHOLE_BLOCKS);
    expect(got.grid).toEqual(whole.grid);
  });

  test('a CountA that answers a large range short (0 past a million cells, not a throw) cuts nothing off: the whole used range and the part kept must count the same', async () => {
    const make = (): FakeEt => {
      const et = ledger({}, READABLE);
      // a note right of the data, below the first block: only the strips right of V hold it
      et.workbook.sheets[0].setRawValue(500, 40, '备注');
      et.resetStats();
      return et;
    };
    const honest = await read(make());
    expect(honest.grid.sheets[0].values[500][40]).toBe('备注');
    const et = make();
    const real = et.Application.WorksheetFunction!;
    const capped = (range: unknown): number => {
      const r = range as { Rows: { Count: number }; Columns: { Count: number } };
      return r.Rows.Count * r.Columns.Count > 1_000_000 ? 0 : real.CountA(range);
    };
    const got = await read(et, withCountA(et, capped));
    expect(isDeepStrictEqual(got.grid, honest.grid)).toBe(true);
  });
});
