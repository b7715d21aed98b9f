/**
 * The page in real Chromium sends the problems back: with the sample with planted defects open,
 * 下载问题清单 and 下载标注副本 download two files, read back here — the list holds one row per
 * finding of `jx check --json` on the same file, the copy differs from the file only in the marked
 * cells' fill and notes (compare.ts). A file name with a bidi override is shown, not obeyed.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { compareAnnotated, expectedMarks } from '../adapters/xlsx/compare';
import { planted } from '../model/support/planted';
import { screenshot, standaloneSession } from './harness';

let dir: string;
let input: string;
const session = standaloneSession();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-e2e-sendback-'));
  input = path.join(dir, '乌鲁木齐市台账.xlsx');
  await fs.writeFile(input, await writeXlsx(planted().grid.sheets.map((grid) => ({ grid }))));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('standalone page: 退回问题', () => {
  it('downloads the 问题清单 and the annotated copy, both read back', async () => {
    const w = await session.open();
    await w.page.setInputFiles('input[type=file]', input);
    await w.page.getByRole('listbox').waitFor();
    await w.page.getByRole('region', { name: '退回问题' }).scrollIntoViewIfNeeded();
    await screenshot(w.page, 'standalone-sendback-1');

    const [listDl] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '下载问题清单' }).click()]);
    expect(listDl.suggestedFilename()).toBe('乌鲁木齐市台账-问题清单.xlsx');
    const listFile = path.join(dir, 'list.xlsx');
    await listDl.saveAs(listFile);
    await w.page.getByText('已下载“乌鲁木齐市台账-问题清单.xlsx”。').waitFor();

    const [copyDl] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '下载标注副本' }).click()]);
    expect(copyDl.suggestedFilename()).toBe('乌鲁木齐市台账-标注.xlsx');
    const copyFile = path.join(dir, 'copy.xlsx');
    await copyDl.saveAs(copyFile);
    await w.page.getByText(/已下载“乌鲁木齐市台账-标注.xlsx”（标注 \d+ 个单元格）。/).waitFor();
    await screenshot(w.page, 'standalone-sendback-2');

    // the list: one row per finding of `jx check --json` on the same file
    const out: string[] = [];
    await main(['check', input, '--json'], { out: (l) => out.push(l), err: () => undefined });
    const [json] = JSON.parse(out.join('\n'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(listFile);
    const ws = wb.getWorksheet('问题清单')!;
    expect(ws.actualRowCount - 1).toBe(json.findings.length);
    const listed = Array.from({ length: json.findings.length }, (_, i) => {
      const r = ws.getRow(i + 2);
      return `${r.getCell(3).value} ${r.getCell(5).value}!${r.getCell(6).value} ${r.getCell(10).value}`;
    });
    expect(listed).toEqual(json.findings.map((f: { rule: string; sheet: string; cell: string; message: string }) => `${f.rule} ${f.sheet}!${f.cell} ${f.message.replace(/^项目 [^：]+：/, '')}`));

    // the copy: only the marked cells' fill and notes differ from the file
    const bytes = new Uint8Array(await fs.readFile(input));
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error('unreadable');
    const report = await compareAnnotated(bytes, new Uint8Array(await fs.readFile(copyFile)), expectedMarks(evaluateWorkbook(read.grid).findings, read.grid));
    expect(report.marked).toBeGreaterThanOrEqual(25);
  });

  it('speaks English, and shows a bidi override in a file name instead of obeying it', async () => {
    const w = await session.open('en-US');
    const odd = path.join(dir, 'ledger\u202Exslx.xlsx');
    await fs.copyFile(input, odd);
    await w.page.setInputFiles('input[type=file]', odd);
    await w.page.getByRole('listbox').waitFor();
    await w.page.getByText('Current file: ledger<U+202E>xslx.xlsx').waitFor();
    const [dl] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Download list of problems' }).click()]);
    expect(dl.suggestedFilename()).toBe('ledger_xslx-problems.xlsx');
    const file = path.join(dir, 'en.xlsx');
    await dl.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Summary', 'Problems']);
    await screenshot(w.page, 'standalone-sendback-en');
  });

  it('made no request outside its own origin and threw nothing', () => {
    session.expectClean();
  });
});
