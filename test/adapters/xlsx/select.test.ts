/**
 * Reading only the sheets the checks use: the others keep their first rows (marked partial),
 * and the evaluation is the same as on the whole workbook.
 */
import { CHECKED_SHEETS, readWorkbookFile } from '../../../src/adapters/file';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { readXlsx } from '../../../src/adapters/xlsx/read';
import { SELECT_HEAD_ROWS } from '../../../src/model/check';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { sheetFromArrays, toXSheet, xlsx } from '../../fixtures/hostile';

test('a big unrelated sheet is read only as far as its first rows; findings are those of the whole read', async () => {
  const rows = Array.from({ length: 5000 }, (_, i) => [`第${i}行`, i, i * 2]);
  const sheets = [...sampleWorkbookGrid().sheets.map(toXSheet), sheetFromArrays('附表', rows), sheetFromArrays('说明', [['本表说明'], ['无']])];
  const bytes = xlsx(sheets);
  const whole = await readXlsx(bytes);
  const chosen = await readWorkbookFile(bytes, '台账.xlsx', { select: CHECKED_SHEETS });
  if (!whole.ok || !chosen.ok) throw new Error('unreadable');
  const names = (g: typeof whole.grid) => g.sheets.map((s) => [s.name, s.values.length, s.partial ?? false]);
  const sample = whole.grid.sheets.slice(0, -2); // 配置, 项目台账, 绩效指标, 报告素材: all read whole
  expect(sample.map((s) => s.name)).toEqual(expect.arrayContaining(['配置', '项目台账', '绩效指标']));
  expect(names(chosen.grid)).toEqual([
    ...sample.map((s) => [s.name, s.values.length, false]),
    ['附表', SELECT_HEAD_ROWS, true],
    ['说明', 2, false], // read whole within its first rows
  ]);
  expect(evaluateWorkbook(chosen.grid).findings).toEqual(evaluateWorkbook(whole.grid).findings);
});

test('a workbook whose only data lies below the first rows of a sheet not chosen is not empty', async () => {
  const far = SELECT_HEAD_ROWS + 15;
  const rows: Array<Array<string | null>> = Array.from({ length: far + 5 }, () => [null]);
  rows[far] = ['远处的内容'];
  const r = await readWorkbookFile(xlsx([sheetFromArrays('其他', rows)]), 'x.xlsx', { select: CHECKED_SHEETS });
  expect(r.ok && r.grid.sheets[0].values[far]).toEqual(['远处的内容']);
});

test('progress follows the bytes read: it reaches 100 % with the ledger sheet, not with the shared strings before it', async () => {
  // A ledger of 3,000 rows of numbers: its sheet is most of the bytes, the shared strings few.
  const rows = Array.from({ length: 3000 }, (_, i) => [`XJ-${i}`, i * 1.5, i * 2.25, i]);
  const bytes = xlsx([sheetFromArrays('项目台账', [['项目编号', '财政支持资金', '本年拨付', '项目总投资'], ...rows])]);
  let fed = 0;
  const reports: Array<{ progress: number; fed: number }> = [];
  const r = await readWorkbookFile(bytes, '台账.xlsx', {
    select: CHECKED_SHEETS,
    // in slices of 16 KB, as the page's DecompressionStream hands them out
    inflater: (data, limit, sink) =>
      nodeInflater(data, limit, (c) => {
        for (let p = 0; p < c.length; p += 16_384) {
          const slice = c.subarray(p, p + 16_384);
          fed += slice.length;
          if (sink(slice) === false) return false;
        }
      }),
    onProgress: (progress) => reports.push({ progress, fed }),
  });
  expect(r.ok).toBe(true);
  expect(reports.length).toBeGreaterThan(20);
  expect(reports[reports.length - 1].progress).toBeGreaterThanOrEqual(0.95);
  for (let i = 1; i < reports.length; i++) expect(reports[i].progress).toBeGreaterThan(reports[i - 1].progress);
  // never ahead of what has come out of the inflater (the first rows read to choose the sheets come on top)
  for (const x of reports) expect(x.progress).toBeLessThanOrEqual(x.fed / fed + 0.02);
});
