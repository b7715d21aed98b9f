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
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { INDICATOR_HEADER, sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { createFakeEt } from '../../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid, PAYLOAD_LIMIT_BYTES } from '../../fakes/excel';
import { addGridSheets } from '../../fakes/excel/state';

const ROWS = 150;
const TARGET = INDICATOR_HEADER.indexOf('年度指标值');
const ACTUAL = INDICATOR_HEADER.indexOf('实际完成值');

/** The sample with a 绩效指标 of 150 counts, each target and actual a number whose unit only its format shows. */
function longIndicatorTable(): Grid {
  const values: CellValue[][] = [[...INDICATOR_HEADER]];
  const formats: Array<Array<string | null>> = [INDICATOR_HEADER.map(() => null)];
  for (let i = 0; i < ROWS; i++) {
    const row: CellValue[] = INDICATOR_HEADER.map(() => null);
    row[0] = '产出指标';
    row[1] = '数量指标';
    row[2] = `新增示范点${i + 1}`;
    row[TARGET] = 49;
    row[ACTUAL] = i % 2 ? 52 : 40;
    row[INDICATOR_HEADER.indexOf('分值')] = 0.5;
    values.push(row);
    const f: Array<string | null> = INDICATOR_HEADER.map(() => null);
    f[TARGET] = '"≥"0"家"';
    f[ACTUAL] = i % 3 ? '0"家"' : '0%';
    formats.push(f);
  }
  const table: GridSheet = { name: SAMPLE_SHEETS.indicators, values, merges: [], numberFormats: formats };
  const g = sampleWorkbookGrid();
  return { sheets: g.sheets.map((s) => (s.name === SAMPLE_SHEETS.indicators ? table : s)) };
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
    // The pane loads the two columns' formats past its sample, no other (the ledger's amounts stay without).
    const sheetPlan = plan!.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;
    expect(sheetPlan.sampledRows).toBeLessThan(ROWS);
    expect(sheetPlan.formatColumns).toEqual([TARGET, ACTUAL]);
    // Every request and response of the pane's read, in real bytes (office.js's own requests), under Excel's limit.
    const payloads = excel.stats.payloads.filter((p) => !p.cleanup);
    expect(payloads.every((p) => p.requestBytes < PAYLOAD_LIMIT_BYTES && p.responseBytes < PAYLOAD_LIMIT_BYTES && !p.error)).toBe(true);
  });
});
