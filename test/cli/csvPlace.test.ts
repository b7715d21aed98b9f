/**
 * A CSV (a file of one table) has no sheet: its findings are placed by cell alone, the file named beside them — in
 * `jx check` (text and --json), `--across`, the 问题清单, `jx merge`'s 来源工作表 and the page's view. A CSV was read
 * as a sheet named after the file (克拉玛依市), which every output printed as if the file had it: 克拉玛依市!N5.
 * An .xlsx beside it keeps its sheet (项目台账!…).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import type { GridSheet } from '../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../src/model/sample';
import { analyse } from '../../src/ui/engine';
import { acrossViewOf } from '../../src/standalone/session';
import { checkAcross } from '../../src/model/across';
import { toCsv } from '../support/shapes';
import { capture } from './support';

const sample = sampleWorkbookGrid();
const ledger = sample.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger) as GridSheet;
const header = ledger.values.findIndex((r) => r.includes('本年拨付'));
const disbursed = ledger.values[header].indexOf('本年拨付');
const region = ledger.values[header].indexOf('地州市');
/** 克拉玛依市's projects alone, the first one's 本年拨付 unreadable (L003). */
const rows = [...ledger.values.slice(0, header + 1), ...ledger.values.slice(header + 1).filter((r) => r[region] === '克拉玛依市')];
const csvSheet: GridSheet = { name: 'x', values: rows.map((r, i) => (i === header + 1 ? r.map((v, c) => (c === disbursed ? 'abc' : v)) : r)) };

let dir: string;
let csv: string;
let xlsx: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-csvplace-'));
  csv = path.join(dir, '克拉玛依市.csv');
  await fs.writeFile(csv, toCsv(csvSheet));
  xlsx = path.join(dir, '全区.xlsx');
  await fs.writeFile(xlsx, await writeXlsx(sample.sheets.map((grid) => ({ grid }))));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

/** The L003 cell: the first project row, the 本年拨付 column. */
const cell = `${String.fromCharCode(65 + disbursed)}${header + 2}`;

describe('a CSV\'s findings name no sheet', () => {
  it('jx check: the cell alone under the file\'s line (zh, en); --json sheet null, read.file', async () => {
    const zh = capture();
    expect(await main(['check', csv], zh.io)).toBe(1);
    expect(zh.out.some((l) => l.startsWith(`  L003 错误 ${cell} 项目 `))).toBe(true);
    expect(zh.out.join('\n')).not.toContain('克拉玛依市!');
    const en = capture();
    await main(['check', csv, '--lang', 'en'], en.io);
    expect(en.out.some((l) => l.startsWith(`  L003 error ${cell} `))).toBe(true);
    const j = capture();
    await main(['check', csv, '--json'], j.io);
    const [file] = JSON.parse(j.out.join('\n'));
    expect(file.read).toEqual({ sheets: [], file: '克拉玛依市.csv', projects: rows.length - header - 1 });
    expect(file.findings.find((f: { rule: string }) => f.rule === 'L003')).toMatchObject({ sheet: null, cell });
  });

  it('jx check --across: the CSV\'s own findings and those across files by cell, the .xlsx\'s by sheet; --json likewise', async () => {
    const c = capture();
    await main(['check', '--across', csv, xlsx], c.io);
    const text = c.out.join('\n');
    expect(text).not.toContain('克拉玛依市!');
    expect(text).toContain(`  L003 错误 ${cell} `);
    // X001: the CSV's line by its cell, the .xlsx's by its sheet
    expect(c.out.some((l) => /^ {2}克拉玛依市\.csv: X001 错误 A\d+ /.test(l))).toBe(true);
    expect(c.out.some((l) => l.startsWith(`  全区.xlsx: X001 错误 ${SAMPLE_SHEETS.ledger}!A`))).toBe(true);
    const j = capture();
    await main(['check', '--across', csv, xlsx, '--json'], j.io);
    const json = JSON.parse(j.out.join('\n'));
    const across = json.across.findings as Array<{ file: string; sheet: string | null }>;
    expect(new Set(across.filter((f) => f.file === '克拉玛依市.csv').map((f) => f.sheet))).toEqual(new Set([null]));
    const sheets = sample.sheets.map((x) => x.name);
    expect(across.filter((f) => f.file === '全区.xlsx').every((f) => f.sheet !== null && sheets.includes(f.sheet))).toBe(true);
    expect(json.files[0].findings.find((f: { rule: string }) => f.rule === 'L003')).toMatchObject({ sheet: null, cell });
  });

  it('the 问题清单: no 工作表 for the CSV\'s rows; the files read: the whole file', async () => {
    const out = path.join(dir, '问题清单.xlsx');
    await main(['check', '--across', csv, xlsx, '--report', out], capture().io);
    const back = await readXlsx(new Uint8Array(await fs.readFile(out)));
    if (!back.ok) throw new Error('unreadable');
    const [summary, list] = back.grid.sheets;
    const head = list.values[0];
    const [fileCol, sheetCol, cellCol] = ['文件', '工作表', '单元格'].map((h) => head.indexOf(h));
    const csvRows = list.values.slice(1).filter((r) => r[fileCol] === '克拉玛依市.csv');
    expect(csvRows.length).toBeGreaterThan(1);
    for (const r of csvRows) expect(r[sheetCol] ?? null).toBeNull();
    expect(csvRows.map((r) => r[cellCol])).toContain(cell);
    const sheets: unknown[] = sample.sheets.map((x) => x.name);
    expect(list.values.slice(1).filter((r) => r[fileCol] === '全区.xlsx').every((r) => sheets.includes(r[sheetCol]))).toBe(true);
    const csvLine = summary.values.find((r) => r[0] === '克拉玛依市.csv')!;
    expect(csvLine[1]).toBe('（整个文件：CSV 或文本文件没有工作表）');
  });

  it('jx merge: 来源工作表 blank for the CSV\'s projects, the sheet for the .xlsx\'s', async () => {
    const out = path.join(dir, '汇总.xlsx');
    await main(['merge', csv, xlsx, '-o', out], capture().io);
    const back = await readXlsx(new Uint8Array(await fs.readFile(out)));
    if (!back.ok) throw new Error('unreadable');
    const sheet = back.grid.sheets.find((s) => s.name === '项目台账')!;
    const h = sheet.values.findIndex((r) => r.includes('来源工作表'));
    const [fileCol, sheetCol] = ['来源文件', '来源工作表'].map((x) => sheet.values[h].indexOf(x));
    const body = sheet.values.slice(h + 1).filter((r) => r[fileCol]);
    expect(body.filter((r) => r[fileCol] === '克拉玛依市.csv').map((r) => r[sheetCol] ?? null)).toEqual(new Array(rows.length - header - 1).fill(null));
    expect(body.filter((r) => r[fileCol] === '全区.xlsx').every((r) => r[sheetCol] === SAMPLE_SHEETS.ledger)).toBe(true);
  });

  it('the page: the view names the CSV\'s sheet as no sheet, for one file and across files', async () => {
    const r = await readWorkbookFile(new Uint8Array(await fs.readFile(csv)), '克拉玛依市.csv');
    if (!r.ok) throw new Error('unreadable');
    expect(analyse(r.grid, { fileName: '克拉玛依市.csv' }).view.ownSheet).toBe('克拉玛依市');
    const x = await readWorkbookFile(new Uint8Array(await fs.readFile(xlsx)), '全区.xlsx');
    if (!x.ok) throw new Error('unreadable');
    expect(analyse(x.grid).view.ownSheet).toBeUndefined();
    const view = acrossViewOf(checkAcross([{ file: '克拉玛依市.csv', grid: r.grid }, { file: '全区.xlsx', grid: x.grid }]));
    expect(view.ownSheets).toEqual({ '克拉玛依市.csv': '克拉玛依市' });
    expect(view.files.map((f) => f.ownSheet)).toEqual(['克拉玛依市', undefined]);
  });
});
