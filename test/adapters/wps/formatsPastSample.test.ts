/**
 * Number formats the checks read (read/formats.ts readsFormat: a percent, text around the number) past a sheet's
 * sampled rows. The file reader keeps them on every row (adapters/xlsx/read.ts); the task pane (Office adapter) and WPS
 * load a column's formats past their first `sampleRows` rows only where the sample shows one the model reads
 * (office/util.ts isFormatRead) — before, only a date's, so an indicator table of more than 100 rows lost `"≥"0"家"` and
 * `0%` below its 100th row there, and the pane and WPS said T004 (no unit) where jx check read ≥49家.
 */
import * as office from '../../../src/adapters/office';
import * as wps from '../../../src/adapters/wps';
import { CHECKED_SHEETS, readWorkbookFile } from '../../../src/adapters/file';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid, GridSheet } from '../../../src/model/grid';
import { INDICATOR_HEADER, sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { ACTUAL, countsTable, TARGET } from './countsTable';
import { createFakeEt } from '../../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid, PAYLOAD_LIMIT_BYTES } from '../../fakes/excel';
import { addGridSheets } from '../../fakes/excel/state';
import { formatColumns, PLAIN_FORMAT_CELLS, SPOT_ROWS, spotRows } from '../../../src/adapters/office/util';
import { findingText } from '../../../src/model/messages';

const ROWS = 150;
/** The sample with a 绩效指标 of 150 counts, each target and actual a number whose unit only its format shows. */
function longIndicatorTable(): Grid {
  return countsTable(ROWS, (i) => ({ actual: i % 2 ? 52 : 40, points: 0.5, targetFormat: '"≥"0"家"', actualFormat: i % 3 ? '0"家"' : '0%' }));
}

async function fromFile(grid: Grid): Promise<Grid> {
  const bytes = await writeXlsx(grid.sheets.map((s) => ({ grid: s })));
  const r = await readWorkbookFile(bytes, '绩效指标.xlsx', { select: CHECKED_SHEETS });
  if (!r.ok) throw new Error(r.message['zh-CN']);
  return r.grid;
}

const indicatorsOf = (g: Grid): GridSheet => g.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;

describe('number formats past the sampled rows (task pane, WPS)', () => {
  it('the file reader, fake Excel and fake ET read the same targets and give the same findings and scores', async () => {
    const grid = longIndicatorTable();
    const file = await fromFile(grid);
    const expected = evaluateWorkbook(file);
    // What jx check reads of the last row: the target and actual as their formats show them, no T004.
    expect(indicatorsOf(file).numberFormats![ROWS][TARGET]).toBe('"≥"0"家"');
    expect(expected.findings.filter((f) => f.rule === 'T004')).toEqual([]);
    expect(expected.selfEval?.total).toBeDefined();

    let plan: office.ReadPlan | undefined;
    const excel = fakeWorkbookFromGrid(grid, createFakeExcel());
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx, { onPlan: (p) => (plan = p) }));
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    const inWps = await wps.readWorkbookGrid(et.Application);

    for (const g of [inWps, pane]) {
      expect(indicatorsOf(g).numberFormats![ROWS][TARGET]).toBe('"≥"0"家"');
      expect(indicatorsOf(g).numberFormats![ROWS][ACTUAL]).toBe(indicatorsOf(file).numberFormats![ROWS][ACTUAL]);
      const got = evaluateWorkbook(g);
      expect(got.findings).toEqual(expected.findings);
      expect(got.selfEval!.scores).toEqual(expected.selfEval!.scores);
      expect(got.selfEval!.total).toBe(expected.selfEval!.total);
    }
    // The pane loads the two columns' formats past its sample, and the 分值's (plain numbers, and few: formatColumns)
    const sheetPlan = plan!.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;
    expect(sheetPlan.sampledRows).toBeLessThan(ROWS);
    expect(sheetPlan.formatColumns).toEqual([TARGET, ACTUAL, INDICATOR_HEADER.indexOf('分值')].sort((a, b) => a - b));
    // Every request and response of the pane's read, in real bytes (office.js's own requests), under Excel's limit.
    const payloads = excel.stats.payloads.filter((p) => !p.cleanup);
    expect(payloads.every((p) => p.requestBytes < PAYLOAD_LIMIT_BYTES && p.responseBytes < PAYLOAD_LIMIT_BYTES && !p.error)).toBe(true);
  });
});

/**
 * A column whose sampled rows hold no number — blank, or text — says nothing of the formats of its numbers further
 * down: the first 110 targets of an indicator table typed as text (≥49家, 52家), the rest numbers whose unit and
 * comparison only their formats show; a ledger whose first 120 projects have no 合同开始日期. The pane and WPS load the
 * formats of those numbers after the values (office/util.ts numberSpans), as the file reader keeps them on every row.
 */
describe('number formats of a column whose numbers begin past the sampled rows', () => {
  const TEXT_ROWS = 110;

  function textThenNumbers(rows: number, target: string, actual: string): Grid {
    return countsTable(rows, (i) => ({
      target: i < TEXT_ROWS ? '≥49家' : 49, actual: i < TEXT_ROWS ? '52家' : i % 2 ? 52 : 40, points: 0.5,
      targetFormat: i >= TEXT_ROWS ? target : null, actualFormat: i >= TEXT_ROWS ? (i % 3 ? actual : '0%') : null,
    }));
  }

  /** The sample, its first 120 projects without 合同开始日期 / 合同结束日期, the others' dates under formats of their own. */
  function datesLater(): Grid {
    const g = sampleWorkbookGrid();
    return {
      sheets: g.sheets.map((s) => {
        if (s.name !== SAMPLE_SHEETS.ledger) return s;
        const start = s.values[2].indexOf('合同开始日期');
        const end = s.values[2].indexOf('合同结束日期');
        const values = s.values.map((row) => [...row]);
        const formats = values.map((row) => row.map((): string | null => null));
        for (let r = 3; r < values.length; r++) {
          if (r < 123) values[r][start] = values[r][end] = null;
          else [formats[r][start], formats[r][end]] = ['yyyy"年"m"月"d"日"', 'yyyy/m/d'];
        }
        return { ...s, values, numberFormats: formats };
      }),
    };
  }

  async function throughHosts(grid: Grid, excel = createFakeExcel()): Promise<{ pane: Grid; inWps: Grid; excel: ReturnType<typeof createFakeExcel> }> {
    fakeWorkbookFromGrid(grid, excel);
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx));
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    return { pane, inWps: await wps.readWorkbookGrid(et.Application), excel };
  }

  it('an indicator table: the file reader, fake Excel and fake ET read the same targets, findings and scores', async () => {
    const grid = textThenNumbers(150, '"≥"0"家"', '0"家"');
    const file = await fromFile(grid);
    const expected = evaluateWorkbook(file);
    expect(expected.findings.filter((f) => f.rule === 'T004')).toEqual([]);
    const { pane, inWps } = await throughHosts(grid);
    for (const g of [pane, inWps]) {
      expect(indicatorsOf(g).numberFormats![150][TARGET]).toBe('"≥"0"家"');
      expect(indicatorsOf(g).numberFormats![150][ACTUAL]).toBe(indicatorsOf(file).numberFormats![150][ACTUAL]);
      const got = evaluateWorkbook(g);
      expect(got.findings).toEqual(expected.findings);
      expect(got.selfEval!.scores).toEqual(expected.selfEval!.scores);
      expect(got.selfEval!.total).toBe(expected.selfEval!.total);
    }
  });

  it('a ledger whose dates begin past the sample: the same findings, and the dates keep their formats', async () => {
    const grid = datesLater();
    const expected = evaluateWorkbook(await fromFile(grid));
    const { pane, inWps } = await throughHosts(grid);
    for (const g of [pane, inWps]) {
      const ledger = g.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
      const start = ledger.values[2].indexOf('合同开始日期');
      expect(ledger.numberFormats![ledger.values.length - 1].slice(start, start + 2)).toEqual(['yyyy"年"m"月"d"日"', 'yyyy/m/d']);
      // the amounts, whose sample holds numbers, are not loaded past it
      expect(ledger.numberFormats![ledger.values.length - 1][start - 1]).toBeNull();
      expect(evaluateWorkbook(g).findings).toEqual(expected.findings);
    }
  });

  it('30,000 rows on a host refusing responses above 300 KB: the formats come in syncs under the limit, none lost', async () => {
    // a format longer than first guessed (80 bytes a cell in a response): the first sync is refused and done in halves
    const long = '"≥"0"家（以年度实施方案批复数为准）"';
    const rows = 30_000;
    const grid = textThenNumbers(rows, long, '0"家"');
    const excel = createFakeExcel({ payloadLimitBytes: 300_000 });
    fakeWorkbookFromGrid(grid, excel);
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx, { budgetBytes: 250_000 }));
    const formats = indicatorsOf(pane).numberFormats!;
    for (let i = TEXT_ROWS; i < rows; i++) {
      expect(formats[i + 1][TARGET]).toBe(long);
      expect(formats[i + 1][ACTUAL]).toBe(i % 3 ? '0"家"' : '0%');
    }
    const payloads = excel.stats.payloads.filter((p) => !p.cleanup);
    expect(payloads.some((p) => p.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(payloads.every((p) => p.error !== undefined || p.responseBytes < 300_000)).toBe(true);
  });
});

/**
 * A column whose sampled rows hold plain numbers (General) and whose later numbers carry formats the model reads: the
 * first 110 targets and actuals of an indicator table typed as bare numbers, the rest under `"≥"0"家"` and 0% / 0"家".
 * Before, the sample decided (its numbers showed no format the model reads) and the pane and WPS read the later ones
 * as bare numbers (T004, no unit) where jx check read ≥49家. Now such columns' formats are loaded past the sample while
 * the rows past it × those columns stay within PLAIN_FORMAT_CELLS (office/util.ts formatColumns); past that, the sample
 * decides, as before.
 */
describe('number formats of a column whose sampled numbers are plain', () => {
  const PLAIN_ROWS = 110;

  function plainThenFormatted(rows: number): Grid {
    return countsTable(rows, (i) => ({
      actual: i % 2 ? 52 : 40, points: 0.5,
      targetFormat: i >= PLAIN_ROWS ? '"≥"0"家"' : null, actualFormat: i >= PLAIN_ROWS ? (i % 3 ? '0"家"' : '0%') : null,
    }));
  }

  it('the file reader, fake Excel and fake ET read the same targets, findings and scores, the formats loaded with the values', async () => {
    const grid = plainThenFormatted(150);
    const file = await fromFile(grid);
    const expected = evaluateWorkbook(file);
    // what jx check reads: the later targets with their comparison and unit (T004 only on the bare ones)
    expect(indicatorsOf(file).numberFormats![150][TARGET]).toBe('"≥"0"家"');
    const t004 = expected.findings.filter((f) => f.rule === 'T004' && f.sheet === SAMPLE_SHEETS.indicators).map((f) => f.row);
    expect(t004.length).toBeGreaterThan(0);
    expect(t004.every((r) => r <= PLAIN_ROWS)).toBe(true);

    let plan: office.ReadPlan | undefined;
    const excel = fakeWorkbookFromGrid(grid, createFakeExcel());
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx, { onPlan: (p) => (plan = p) }));
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    const inWps = await wps.readWorkbookGrid(et.Application);
    for (const g of [pane, inWps]) {
      expect(indicatorsOf(g).numberFormats![150][TARGET]).toBe('"≥"0"家"');
      expect(indicatorsOf(g).numberFormats![150][ACTUAL]).toBe(indicatorsOf(file).numberFormats![150][ACTUAL]);
      const got = evaluateWorkbook(g);
      expect(got.findings).toEqual(expected.findings);
      expect(got.selfEval!.scores).toEqual(expected.selfEval!.scores);
    }
    // the formats come with the values (no sync of their own), every response under Excel's limit
    expect(plan!.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!.formatColumns).toEqual(expect.arrayContaining([TARGET, ACTUAL]));
    const payloads = excel.stats.payloads.filter((p) => !p.cleanup);
    expect(payloads.every((p) => p.requestBytes < PAYLOAD_LIMIT_BYTES && p.responseBytes < PAYLOAD_LIMIT_BYTES && !p.error)).toBe(true);
  });

  it('past PLAIN_FORMAT_CELLS the sample decides: plain-number columns are not loaded, formatted ones are', () => {
    const vals = [
      [1, 2, 'x', 3],
      [4, 5, 'y', 6],
    ];
    const fmts = [
      [null, '0%', null, 'General'],
      [null, null, null, null],
    ];
    // columns 0 and 3 plain (2 columns): loaded while rows past × 2 ≤ 50,000
    expect(formatColumns(vals, fmts, 4, PLAIN_FORMAT_CELLS / 2)).toEqual([0, 1, 3]);
    expect(formatColumns(vals, fmts, 4, PLAIN_FORMAT_CELLS / 2 + 1)).toEqual([1]);
    expect(formatColumns(vals, fmts, 4, 0)).toEqual([1]);
  });
});

/**
 * Past PLAIN_FORMAT_CELLS (a large indicator table: 17,000 rows × 3 columns of plain numbers) the columns of plain
 * numbers are not loaded with the values: the pane reads their formats at SPOT_ROWS evenly spaced rows (WPS first asks
 * the column's one NumberFormat, then the same rows when they differ) and loads a column whole where one shows a format
 * the model reads. Where none does, the rest is read as plain numbers and S018 says so on the value columns — before,
 * an 85% below row 100 was read as 0.85 without a word.
 */
describe('number formats of plain-number columns past PLAIN_FORMAT_CELLS', () => {
  const ROWS = 17_000;
  const SAMPLE = 100;
  /** Actuals plain but for the rows `pct` (0-based indicator rows), under 0%. */
  function largeTable(pct: (i: number) => boolean): Grid {
    return countsTable(ROWS, (i) => ({ actual: 0.85, points: 0.01, targetFormat: null, actualFormat: pct(i) ? '0%' : null }));
  }
  async function hosts(grid: Grid, opts: { payloadLimitBytes?: number; budgetBytes?: number } = {}): Promise<{ pane: Grid; inWps: Grid; excel: ReturnType<typeof createFakeExcel> }> {
    const excel = fakeWorkbookFromGrid(grid, createFakeExcel(opts.payloadLimitBytes ? { payloadLimitBytes: opts.payloadLimitBytes } : {}));
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx, opts.budgetBytes ? { budgetBytes: opts.budgetBytes } : {}));
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    return { pane, inWps: await wps.readWorkbookGrid(et.Application), excel };
  }
  const s018 = (g: Grid): Array<{ row: number; col: number; zh: string }> =>
    evaluateWorkbook(g).findings.filter((f) => f.rule === 'S018').map((f) => ({ row: f.row, col: f.col, zh: findingText(f, 'zh-CN') }));

  it('a run of 200 rows under 0% in the middle: found by the spot rows, the column loaded whole, read as jx check reads it', async () => {
    expect(ROWS * 3).toBeGreaterThan(PLAIN_FORMAT_CELLS);
    const grid = largeTable((i) => i >= 9_000 && i < 9_200);
    const { pane, inWps, excel } = await hosts(grid);
    for (const g of [pane, inWps]) {
      const f = indicatorsOf(g).numberFormats!;
      expect([f[9_000][ACTUAL], f[9_001][ACTUAL], f[9_150][ACTUAL], f[9_200][ACTUAL], f[9_201][ACTUAL]]).toEqual([null, '0%', '0%', '0%', null]);
      expect(indicatorsOf(g).formatsSpotChecked?.find((x) => x.col === ACTUAL)).toBeUndefined();
      expect(s018(g).filter((x) => x.col === ACTUAL)).toEqual([]);
    }
    const payloads = excel.stats.payloads.filter((p) => !p.cleanup);
    expect(payloads.every((p) => p.requestBytes < PAYLOAD_LIMIT_BYTES && p.responseBytes < PAYLOAD_LIMIT_BYTES && !p.error)).toBe(true);
  });

  it('one 85% between the spot rows: read as 0.85 as before, and S018 says which cells of 实际完成值 were spot-checked', async () => {
    const spots = spotRows(SAMPLE, ROWS);
    const lone = Array.from({ length: 200 }, (_, k) => 8_000 + k).find((r) => !spots.includes(r))!;
    const grid = largeTable((i) => i + 1 === lone);
    const file = await fromFile(grid);
    expect(indicatorsOf(file).numberFormats![lone][ACTUAL]).toBe('0%');
    expect(s018(file)).toEqual([]);
    const { pane, inWps } = await hosts(grid);
    for (const g of [pane, inWps]) {
      expect(indicatorsOf(g).numberFormats?.[lone]?.[ACTUAL] ?? null).toBeNull();
      expect(indicatorsOf(g).formatsSpotChecked).toContainEqual({ col: ACTUAL, first: SAMPLE, last: ROWS, checked: SPOT_ROWS });
      const said = s018(g).filter((x) => x.col === ACTUAL);
      expect(said).toEqual([{ row: SAMPLE, col: ACTUAL, zh: expect.stringContaining(`“实际完成值”列（G${SAMPLE + 1}:G${ROWS + 1}）的数字格式，加载项因工作表较大只抽查了其中 200 行`) }]);
    }
    // 分值 (plain too) is no column whose format the checks read: nothing said of it
    expect(s018(pane).every((x) => x.col !== INDICATOR_HEADER.indexOf('分值'))).toBe(true);
  });

  it('on a host refusing payloads above 120 KB: the spot ranges, ~460 request bytes each, fewer so that they fit a budget of requests; none refused, no sync more', async () => {
    const spots = spotRows(SAMPLE, ROWS);
    const lone = Array.from({ length: 200 }, (_, k) => 8_000 + k).find((r) => !spots.includes(r))!;
    const grid = largeTable((i) => i + 1 === lone);
    let plan: office.ReadPlan | undefined;
    const excel = fakeWorkbookFromGrid(grid, createFakeExcel({ payloadLimitBytes: 120_000 }));
    const pane = await excel.run((ctx) => office.readWorkbookGrid(ctx, { budgetBytes: 90_000, onPlan: (p) => (plan = p) }));
    // 90,000 / 500 request bytes: 180 spot rows, not 200
    expect(indicatorsOf(pane).formatsSpotChecked).toContainEqual({ col: ACTUAL, first: SAMPLE, last: ROWS, checked: 180 });
    const payloads = excel.stats.payloads.filter((p) => !p.cleanup);
    expect(payloads.filter((p) => p.error === 'RequestPayloadSizeLimitExceeded')).toEqual([]);
    expect(payloads.every((p) => p.requestBytes <= 120_000 && (p.responseBytes <= 120_000 || p.error === 'ResponsePayloadSizeLimitExceeded'))).toBe(true);
    expect(plan!.sheets.find((x) => x.name === SAMPLE_SHEETS.indicators)!.formatColumns).not.toContain(ACTUAL);
  });
});
