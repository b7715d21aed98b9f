/** readWorkbookGrid: what the model needs, in at most 2 syncs for small workbooks, every payload under 5 MB. */
import { type CellValue, type Grid, type GridSheet, type Merge } from '../../../src/model/grid';
import { checkWorkbook } from '../../../src/model/check';
import { messyLedgerGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { threeRowHeaderLedger, twoRowHeaderLedger, withLedger } from '../../support/shapes';
import { type ReadPlan, readWorkbookGrid } from '../../../src/adapters/office';
import { areaBytes } from '../../../src/adapters/office/read';
import { type FakeExcel, PAYLOAD_LIMIT_BYTES, createFakeExcel, fakeWorkbookFromGrid } from '../../fakes/excel';
import { ledgerGrid } from './fixtures';

/**
 * What the adapter reads of a grid built in the fake: rectangular rows; dates, which Excel hands back as serial numbers,
 * read as the dates their formats show (util.ts readDates), as the file reader gives them.
 */
function expectedValues(gs: GridSheet): CellValue[][] {
  const width = Math.max(...gs.values.map((r) => r.length));
  return gs.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

async function read(fake: FakeExcel, options: Parameters<typeof readWorkbookGrid>[1] = {}): Promise<{ grid: Grid; plan: ReadPlan }> {
  let plan: ReadPlan | undefined;
  const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { ...options, onPlan: (p) => (plan = p) }));
  return { grid, plan: plan! };
}

function withAddinSheets(fake: FakeExcel): FakeExcel {
  const marks = fake.workbook.addSheet('_jx_marks');
  marks.visibility = 'VeryHidden';
  marks.setRawValue(0, 0, '工作表');
  const hidden = fake.workbook.addSheet('备用');
  hidden.visibility = 'Hidden';
  hidden.setRawValue(1, 2, '用户隐藏的表也读');
  fake.workbook.addSheet('空表');
  return fake;
}

describe('readWorkbookGrid', () => {
  test('a 100-row ledger: ≤ 2 syncs; values, date formats, merges and origin as in the workbook; add-in sheets skipped', async () => {
    const source = ledgerGrid(100);
    const fake = withAddinSheets(fakeWorkbookFromGrid(source));
    const { grid, plan } = await read(fake);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(fake.stats.syncs).toBe(plan.probeSyncs + plan.dataSyncs.length);
    expect(grid.sheets.map((s) => s.name)).toEqual(['配置', '项目台账', '备用', '空表']);

    const ledger = grid.sheets[1];
    const src = source.sheets[1];
    expect(ledger.origin).toEqual({ row: 0, col: 0 });
    expect(ledger.values).toEqual(expectedValues(src));
    expect(ledger.values[7][13]).toEqual({ kind: 'error', code: '#N/A' });
    expect(ledger.merges).toEqual(src.merges);
    // Date columns carry their format on every row (so the model can read the serials); the plain numbers' columns
    // too, the rows past the sample being few (util.ts formatColumns, PLAIN_FORMAT_CELLS), with the values
    for (let r = 2; r < 102; r++) {
      expect(ledger.numberFormats![r][15]).toBe('yyyy"年"m"月"d"日"');
      expect(ledger.numberFormats![r][16]).toBe('yyyy"年"m"月"d"日"');
    }
    const sampled = plan.sheets[1].sampledRows;
    expect(ledger.numberFormats![sampled - 1][11]).toBe('#,##0.00');
    expect(ledger.numberFormats![sampled][11]).toBe('#,##0.00');
    expect(plan.sheets[1].formatColumns).toEqual(expect.arrayContaining([11, 15, 16]));

    expect(grid.sheets[0]).toEqual({
      name: '配置',
      origin: { row: 0, col: 0 },
      merges: [],
      values: [
        ['参数', '值'],
        ['评价年度', 2018],
        ['预算单位', '自治区知识产权局'],
      ],
    });
    expect(grid.sheets[2]).toMatchObject({ origin: { row: 1, col: 2 }, values: [['用户隐藏的表也读']] });
    expect(grid.sheets[3]).toMatchObject({ values: [], merges: [] });
  });

  test('a 20-row ledger fits the sample: one sync', async () => {
    const fake = fakeWorkbookFromGrid(ledgerGrid(20));
    const { grid } = await read(fake);
    expect(fake.stats.syncs).toBe(1);
    expect(grid.sheets[1].values).toEqual(expectedValues(ledgerGrid(20).sheets[1]));
  });

  test('10,000 rows (3.3 MB of values): the data fits one request, so the read takes 2 syncs', async () => {
    const fake = fakeWorkbookFromGrid(ledgerGrid(10000));
    const { grid } = await read(fake);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.payloads.every((p) => p.responseBytes < PAYLOAD_LIMIT_BYTES && !p.error)).toBe(true);
    expect(grid.sheets[1].values).toHaveLength(10002);
  });

  test('100,000 rows × 22 columns: every payload < 5 MB in real bytes, in the fewest syncs the limit allows', async () => {
    const source = ledgerGrid(100000);
    const fake = fakeWorkbookFromGrid(source);
    const { grid, plan } = await read(fake);
    const payloads = fake.stats.payloads.filter((p) => !p.cleanup);
    expect(payloads.every((p) => p.requestBytes < PAYLOAD_LIMIT_BYTES && p.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(payloads.every((p) => p.error === undefined)).toBe(true);

    // The fewest: the probe, then ceil(bytes loaded / limit) data syncs (33.5 MB of values: 7 of them), and one more at
    // most: the spot-checked formats of its 20 plain-number columns (util.ts SPOT_ROWS: 200 rows, ~90 KB, in the data
    // syncs) tip this ledger, whose values alone filled 7 syncs to 4.79 MB of the 4.8 MB budget, into an 8th.
    const data = payloads.slice(plan.probeSyncs);
    const loaded = data.reduce((n, p) => n + p.responseBytes, 0);
    expect(data.length).toBeGreaterThanOrEqual(Math.ceil(loaded / PAYLOAD_LIMIT_BYTES));
    expect(data.length).toBeLessThanOrEqual(Math.ceil(loaded / PAYLOAD_LIMIT_BYTES) + 1);
    expect(plan.dataSyncs.length).toBeGreaterThanOrEqual(data.length - 1);
    // The estimate from the sample is within 2 % of the bytes the responses carried.
    expect(Math.abs(loaded - plan.estimatedBytes)).toBeLessThan(0.02 * loaded);

    const expected = expectedValues(source.sheets[1]);
    const got = grid.sheets[1].values;
    expect(got).toHaveLength(expected.length);
    for (const r of [0, 1, 2, 5000, 54321, 99999, 100001]) expect(got[r]).toEqual(expected[r]);
    let mismatches = 0;
    for (let r = 0; r < expected.length; r++)
      for (let c = 0; c < 22; c++) if (got[r][c] !== expected[r][c] && typeof expected[r][c] !== 'object') mismatches++;
    expect(mismatches).toBe(0);
    expect(grid.sheets[1].numberFormats![100001][16]).toBe('yyyy"年"m"月"d"日"');
  });

  test('rows much longer than the sample: a sync that exceeds the limit is split and retried, nothing lost', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 300_000 });
    const s = fake.workbook.addSheet('台账');
    const rows = 3000;
    for (let r = 0; r < rows; r++) {
      s.setRawValue(r, 0, `P${r}`);
      s.setRawValue(r, 1, r < 30 ? '短' : '很长的项目名称'.repeat(12));
    }
    const { grid, plan } = await read(fake, { budgetBytes: 250_000, sampleRows: 30 });
    const failed = fake.stats.payloads.filter((p) => p.error);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((p) => p.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.stats.syncs).toBeGreaterThan(plan.probeSyncs + plan.dataSyncs.length);
    expect(grid.sheets[0].values).toHaveLength(rows);
    expect(grid.sheets[0].values[rows - 1]).toEqual([`P${rows - 1}`, '很长的项目名称'.repeat(12)]);
    expect(grid.sheets[0].values.every((row, r) => row[0] === `P${r}`)).toBe(true);
  });

  test('many sheets: walked a batch at a time; a probe above the limit is redone without samples', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 30_000 });
    for (let k = 0; k < 7; k++) {
      const s = fake.workbook.addSheet(`表${k}`);
      for (let r = 0; r < 40; r++) for (let c = 0; c < 12; c++) s.setRawValue(r, c, `表${k}第${r}行第${c}列`);
    }
    const { grid } = await read(fake, { sheetsPerProbe: 3, budgetBytes: 20_000 });
    expect(grid.sheets.map((g) => g.name)).toEqual(['表0', '表1', '表2', '表3', '表4', '表5', '表6']);
    expect(grid.sheets[6].values[39][11]).toBe('表6第39行第11列');
    expect(fake.stats.payloads.some((p) => p.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.stats.payloads.filter((p) => !p.error).every((p) => p.responseBytes <= 30_000)).toBe(true);
  });

  test('sheets walked in several probe syncs when there are more than sheetsPerProbe', async () => {
    const fake = createFakeExcel();
    for (let k = 0; k < 5; k++) fake.workbook.addSheet(`S${k}`).setRawValue(0, 0, k);
    const { grid, plan } = await read(fake, { sheetsPerProbe: 2 });
    expect(grid.sheets.map((g) => g.values)).toEqual([[[0]], [[1]], [[2]], [[3]], [[4]]]);
    expect(plan.probeSyncs).toBe(3);
    expect(fake.stats.syncs).toBe(3);
  });
});

describe('merged areas (Excel lists only those whose top-left cell lies in the range asked about, office-js#3611)', () => {
  test('every area that meets the used range is read, also an empty one starting above or left of it; none beyond it', async () => {
    const fake = createFakeExcel();
    const s = fake.workbook.addSheet('台账');
    s.setRawValue(1, 1, '项目名称'); // B2: the used range is B2:D6
    s.setRawValue(2, 2, '合计'); // C3, the top-left of C3:D4
    s.setRawValue(5, 3, 100); // D6
    const A1 = (a: string): { r0: number; c0: number; r1: number; c1: number } => {
      const [p, q] = a.split(':').map((x) => ({ c: x.charCodeAt(0) - 65, r: Number(x.slice(1)) - 1 }));
      return { r0: p.r, c0: p.c, r1: q.r, c1: q.c };
    };
    // A1:B3 and A5:C5 start outside the used range and reach into it; F1:F2 and A8:B9 lie beyond it.
    for (const m of ['A1:B3', 'C3:D4', 'A5:C5', 'F1:F2', 'A8:B9']) s.merges.push(A1(m));
    const { grid } = await read(fake);
    expect(grid.sheets[0].origin).toEqual({ row: 1, col: 1 });
    expect(grid.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 0, bottom: 4, right: 2 },
    ]);
  });

  const messy = messyLedgerGrid();
  const shapes: Array<[string, Grid, string]> = [
    ['two-row header, merged', withLedger(twoRowHeaderLedger({ merged: true })), SAMPLE_SHEETS.ledger],
    ['three-row header, merged', withLedger(threeRowHeaderLedger({ merged: true })), SAMPLE_SHEETS.ledger],
    ['the messy ledger (title merged across, 地州市 merged down the body)', messy.grid, messy.ledgerSheet],
  ];
  test.each(shapes)('%s: read through Excel, the same merges and the same check as the workbook', async (_, source, name) => {
    const { grid } = await read(fakeWorkbookFromGrid(source));
    const byPosition = (a: Merge, b: Merge): number => a.top - b.top || a.left - b.left;
    const merges = (g: Grid): Merge[] => [...(g.sheets.find((x) => x.name === name)!.merges ?? [])].sort(byPosition);
    expect(merges(source).length).toBeGreaterThan(1);
    expect(merges(grid)).toEqual(merges(source));
    const fromExcel = checkWorkbook(grid);
    const fromSource = checkWorkbook(source);
    expect(fromExcel.ledger?.table.headerRow).toBe(fromSource.ledger?.table.headerRow);
    expect(fromExcel.ledger?.table.headerBottom).toBe(fromSource.ledger?.table.headerBottom);
    expect(fromExcel.ledger?.projects.length).toBe(fromSource.ledger?.projects.length);
    expect(fromExcel.findings.map((f) => `${f.rule} ${f.sheet}!${f.row},${f.col}`)).toEqual(fromSource.findings.map((f) => `${f.rule} ${f.sheet}!${f.row},${f.col}`));
  });
});

describe('more merged areas than one response holds (Excel on the web: 5 MB; ~64 bytes an area)', () => {
  test('read in row blocks after a probe that only counts them: every area once, every answer under the limit', async () => {
    const limit = 100_000;
    const fake = createFakeExcel({ payloadLimitBytes: limit });
    const s = fake.workbook.addSheet('台账');
    const rows = 3000;
    s.setRawValue(1, 1, '地州市'); // B2: the used range starts at B2
    for (let r = 2; r < rows; r++) {
      s.setRawValue(r, 1, `P${r}`);
      s.merges.push({ r0: r, r1: r, c0: 1, c1: 2 });
    }
    s.merges.push({ r0: 0, r1: 1, c0: 0, c1: 1 }); // A1:B2 starts above and left of the used range and reaches into it
    s.merges.push({ r0: rows + 5, r1: rows + 6, c0: 0, c1: 0 }); // beyond the used range: not read
    const other = fake.workbook.addSheet('配置');
    other.setRawValue(0, 0, '资金名称');
    other.merges.push({ r0: 0, r1: 0, c0: 0, c1: 3 });
    const { grid } = await read(fake, { budgetBytes: 96_000 });
    const expected = [{ top: 0, left: 0, bottom: 1, right: 1 }];
    for (let r = 2; r < rows; r++) expected.push({ top: r, left: 1, bottom: r, right: 2 });
    expect(grid.sheets[0].merges).toEqual(expected);
    expect(grid.sheets[1].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(grid.sheets[0].values[rows - 2]).toEqual([`P${rows - 1}`]); // the used range starts at row 2
    // the probe with the areas themselves was refused; after it, every answer fits
    expect(fake.stats.payloads[0].error).toBe('ResponsePayloadSizeLimitExceeded');
    const after = fake.stats.payloads.slice(1);
    expect(after.every((p) => !p.error && p.responseBytes <= limit)).toBe(true);
    // the probe of sizes and counts, 3 syncs of areas (3,000 × at most 72 bytes over a 96 KB budget), 2 of values, the
    // release of office.js's references: no sync per block or per area
    expect(after.length).toBeLessThanOrEqual(1 + Math.ceil((3000 * areaBytes(3000, 3)) / 96_000) + 2 + 1);
  });

  test('a sheet whose areas are more than the count made them seem (a first block dense) is split further, nothing lost', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 60_000 });
    const s = fake.workbook.addSheet('台账');
    // 1,200 areas in the first 40 rows (30 a row), then rows with none down to row 2,000
    for (let r = 0; r < 40; r++) for (let c = 0; c < 30; c++) s.merges.push({ r0: r, r1: r, c0: 2 * c, c1: 2 * c + 1 });
    for (let r = 0; r < 2000; r++) s.setRawValue(r, 0, r);
    s.setRawValue(0, 59, '末列');
    const { grid } = await read(fake, { budgetBytes: 57_000 });
    expect(grid.sheets[0].merges).toHaveLength(1200);
    expect(fake.stats.payloads.filter((p) => !p.error).every((p) => p.responseBytes <= 60_000)).toBe(true);
  });

  test('a row Excel cannot hand over within its limit: a message naming the sheet and row, in Chinese and English, not Excel’s English', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 100_000 });
    const s = fake.workbook.addSheet('项目台账');
    s.setRawValue(0, 0, '项目名称');
    s.setRawValue(1, 0, '短');
    for (let c = 0; c < 4; c++) s.setRawValue(2, c, '很长的说明'.repeat(2000)); // 120 KB of UTF-8 in row 3
    const e = await fake.run((ctx) => readWorkbookGrid(ctx)).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toMatchObject({ code: 'tooLargeToRead' });
    const text = (e as { text: Record<string, string> }).text;
    expect(text['zh-CN']).toContain('工作表“项目台账”第 3 行');
    expect(text['zh-CN']).not.toMatch(/[A-Za-z]{8,}/); // no English sentence (jx check, .xlsx, MB are words of the tool)
    expect(text['en-US']).toContain("Row 3 of sheet '项目台账'");
    expect(text['en-US'].replace('项目台账', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
