/**
 * 下载问题清单 / 下载标注副本 through the hosts with the real xlsx adapter: the page downloads both
 * (read back), the pane opens the list in a new workbook (Excel.createWorkbook) or downloads it.
 */
import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { MARK_FILLS } from '../../src/model/marks';
import { createFileHost } from '../../src/standalone/fileHost';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import type { SendBackOptions } from '../../src/ui/host';
import { fakeWorkbookFromGrid } from '../fakes/excel';
import { planted } from '../model/support/planted';
import { expectedMarks } from '../adapters/xlsx/compare';

const opts = (locale: 'zh-CN' | 'en-US' = 'zh-CN'): SendBackOptions => ({ signal: new AbortController().signal, locale });

async function book(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('the page', () => {
  test('downloads the 问题清单 and the annotated copy of the opened file; the file is untouched', async () => {
    const { grid } = planted();
    const input = await writeXlsx(grid.sheets.map((g) => ({ grid: g })));
    const downloads: Array<{ bytes: Uint8Array; name: string }> = [];
    const host = createFileHost({ download: (bytes, name) => downloads.push({ bytes, name }) });
    const file = new File([input.slice() as BlobPart], '乌鲁木齐市台账.xlsx');
    await host.openFile!(file, opts());
    const view = await host.check(opts());

    expect(await host.downloadProblemList!(opts())).toEqual({ downloadName: '乌鲁木齐市台账-问题清单.xlsx' });
    const list = (await book(downloads[0].bytes)).getWorksheet('问题清单')!;
    expect(list.actualRowCount - 1).toBe(view.findings.length);

    const r = await host.downloadAnnotated!(opts());
    expect(r).toMatchObject({ downloadName: '乌鲁木齐市台账-标注.xlsx' });
    const read = await readXlsx(input);
    if (!read.ok) throw new Error('unreadable');
    const findings = evaluateWorkbook(read.grid).findings;
    const want = expectedMarks(findings, read.grid);
    expect(r.cells).toBe(want.length);
    // (the full comparison with the input is annotate.test.ts's and the page's e2e; here: the marks are there)
    const copy = await book(downloads[1].bytes);
    for (const m of want) {
      const cell = copy.getWorksheet(m.sheet)!.getCell(m.row + 1, m.col + 1);
      expect(cell.fill).toMatchObject({ fgColor: { argb: 'FF' + MARK_FILLS[m.severity].slice(1) } });
    }
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(input);
  });

  test('in English, and for the bundled sample (no file: its copy is the workbook the page would write)', async () => {
    const downloads: Array<{ bytes: Uint8Array; name: string }> = [];
    const host = createFileHost({ download: (bytes, name) => downloads.push({ bytes, name }) });
    await host.useSample!();
    expect(await host.downloadProblemList!(opts('en-US'))).toEqual({ downloadName: '示例数据-problems.xlsx' });
    expect((await book(downloads[0].bytes)).worksheets.map((w) => w.name)).toEqual(['Summary', 'Problems']);
    const r = await host.downloadAnnotated!(opts('en-US'));
    expect(r).toEqual({ downloadName: '示例数据-annotated.xlsx', cells: 0 }); // the sample is clean
  });

  test('before a file, both say to open one', async () => {
    const host = createFileHost({ download: () => undefined });
    await expect(host.downloadProblemList!(opts())).rejects.toMatchObject({ text: { 'zh-CN': '请先打开一个 .xlsx、.xls 或 .csv 文件。' } });
    await expect(host.downloadAnnotated!(opts())).rejects.toMatchObject({ text: { 'zh-CN': '请先打开一个 .xlsx、.xls 或 .csv 文件。' } });
  });
});

describe('the pane', () => {
  test('opens the 问题清单 of the open workbook in a new Excel workbook', async () => {
    const { grid } = planted();
    const fake = fakeWorkbookFromGrid(grid);
    const opened: string[] = [];
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b), openWorkbook: async (b64) => void opened.push(b64) });
    expect(host.downloadAnnotated).toBeUndefined(); // the pane marks the open workbook instead
    expect(await host.downloadProblemList!(opts())).toEqual({ openedInExcel: true });
    const wb = await book(new Uint8Array(Buffer.from(opened[0], 'base64')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);
    const view = await host.check(opts());
    expect(wb.getWorksheet('问题清单')!.actualRowCount - 1).toBe(view.findings.length);
    // red for errors, as the pane's own marks
    expect(wb.getWorksheet('问题清单')!.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FF' + MARK_FILLS[view.findings[0].severity].slice(1) } });
  });

  test('downloads it where Excel cannot open a new workbook (older Excel, or refused), named after the workbook as Excel names it', async () => {
    const fake = fakeWorkbookFromGrid(planted().grid);
    fake.workbook.name = '伊犁州项目台账.xlsx';
    const downloads: string[] = [];
    const old = createOfficeHost({ locale: 'en-US', run: (b) => fake.run(b), download: (_b, name) => void downloads.push(name) });
    expect(await old.downloadProblemList!(opts('en-US'))).toEqual({ downloadName: '伊犁州项目台账-problems.xlsx' });
    fake.workbook.name = '工作簿1'; // never saved
    const refusing = createOfficeHost({
      locale: 'zh-CN',
      run: (b) => fake.run(b),
      openWorkbook: () => Promise.reject(new Error('GeneralException')),
      download: (_b, name) => void downloads.push(name),
    });
    expect(await refusing.downloadProblemList!(opts())).toEqual({ downloadName: '工作簿1-问题清单.xlsx' });
    expect(downloads).toEqual(['伊犁州项目台账-problems.xlsx', '工作簿1-问题清单.xlsx']);
  });
});
