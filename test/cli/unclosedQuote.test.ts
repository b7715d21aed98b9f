/**
 * A CSV whose quote never closes (S012): the rest of the file was read into one cell, so the rows after it are lost.
 * Every command treats it as the other structural errors: `jx check` reports it as an error naming the cell and the
 * value; selfeval, report and monitor build nothing from it, `jx merge` neither unless --draft.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import type { GridSheet } from '../../src/model/grid';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { badReadGrid, toCsv } from '../support/shapes';
import { capture } from './support';

let dir: string;
let bad: string;
const lines = toCsv(sampleWorkbookGrid().sheets.find((s) => s.name === '项目台账') as GridSheet, '\n').split('\n');
/** The quote opens at 项目名称 of line 13 and takes the rest of that line too: the cell's first line, cut at 30 characters. */
const opened = lines[12].split(',').slice(1).join(',');
const value = [...opened].slice(0, 30).join('') + '…';
/** The lines after it, read into its cell. */
const taken = lines.slice(13).filter((l) => l !== '').length;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-quote-'));
  bad = path.join(dir, '台账.csv');
  await fs.writeFile(bad, lines.map((l, i) => (i === 12 ? l.split(',').map((f, k) => (k === 1 ? `"${f}` : f)).join(',') : l)).join('\n'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

const noFile = async (f: string): Promise<void> => expect(fs.stat(f)).rejects.toThrow();

describe('a CSV quote that never closes, through every command', () => {
  it('jx check: an S012 error at the cell, naming the value and the lines taken (zh, en, --json); exit 1', async () => {
    expect([...opened].length).toBeGreaterThan(30);
    const zh = capture();
    expect(await main(['check', bad], zh.io)).toBe(1);
    expect(zh.out).toContain(`  S012 错误 B13 此单元格以引号（"）开头的值“${value}”没有闭合引号，文件其余 ${taken} 行都读进了这一格，未读作项目。请在 CSV 中补上闭合的引号（或删去这个引号）后重新检查。`);
    const en = capture();
    expect(await main(['check', bad, '--json', '--lang', 'en'], en.io)).toBe(1);
    const s012 = JSON.parse(en.out.join('\n'))[0].findings.filter((f: { rule: string }) => f.rule === 'S012');
    expect(s012).toEqual([{ rule: 'S012', severity: 'error', sheet: null, cell: 'B13', projectId: null, message: `The value "${value}" of this cell opens a quote (") that is never closed: the file's remaining ${taken} lines were read into this cell, not as projects. Close the quote in the CSV (or remove it) and check again.` }]);
  });

  it.each([['selfeval', '.xlsx'], ['report', '.docx'], ['monitor', '.xlsx']])('jx %s: refused, S012 among the errors (text and --json), nothing written, exit 1', async (cmd, ext) => {
    const out = path.join(dir, `out-${cmd}${ext}`);
    const c = capture();
    expect(await main([cmd, bad, '-o', out], c.io)).toBe(1);
    expect(c.err.some((l) => l.startsWith('  S012 错误 B13 '))).toBe(true);
    const j = capture();
    expect(await main([cmd, bad, '-o', out, '--json'], j.io)).toBe(1);
    const json = JSON.parse(j.out.join('\n'));
    expect(json).toMatchObject({ input: bad, file: null, refused: true });
    expect(json.errors.filter((f: { rule: string }) => f.rule === 'S012').map((f: { cell: string }) => f.cell)).toEqual(['B13']);
    await noFile(out);
  });

  it('jx merge: refused (exit 2, nothing written) naming the file and the error, as any structural error (S002); --json says why', async () => {
    const missing = path.join(dir, '缺列.xlsx');
    await fs.writeFile(missing, await writeXlsx(badReadGrid().sheets.map((grid) => ({ grid }))));
    const out = path.join(dir, '汇总.xlsx');
    const c = capture();
    expect(await main(['merge', bad, missing, '-o', out], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^未生成汇总：2 个文件（“台账\.csv”、“缺列\.xlsx”）的结构有 \d+ 个错误，/);
    expect(c.err).toContain(`  台账.csv: S012 错误 B13 此单元格以引号（"）开头的值“${value}”没有闭合引号，文件其余 ${taken} 行都读进了这一格，未读作项目。请在 CSV 中补上闭合的引号（或删去这个引号）后重新检查。`);
    expect(c.err.some((l) => l.startsWith('  缺列.xlsx: S002 错误 '))).toBe(true);
    expect(c.err[c.err.length - 1]).toContain('--draft');
    await noFile(out);
    const j = capture();
    expect(await main(['merge', bad, '-o', out, '--json', '--lang', 'en'], j.io)).toBe(2);
    const json = JSON.parse(j.out.join('\n'));
    expect(json).toMatchObject({ input: ['台账.csv'], file: null, refused: true });
    expect(json.errors.map((f: { file: string; rule: string; cell: string }) => `${f.file} ${f.rule} ${f.cell}`)).toEqual(['台账.csv S012 B13']);
    expect(j.err[0]).toMatch(/^Nothing was merged: the structure of 1 file\(s\) \("台账\.csv"\) has 1 error\(s\)/);
    await noFile(out);
  });

  it('jx merge --draft: written, said to be a draft (text and --json), exit 1', async () => {
    const out = path.join(dir, '汇总-草稿.xlsx');
    const c = capture();
    expect(await main(['merge', bad, '-o', out, '--draft'], c.io)).toBe(1);
    expect(c.out[1]).toBe('注意：这是草稿：被合并的文件有结构错误、金额单位存疑或不是同一项资金，汇总的数字不完整或不可靠。');
    // the file says so too: the titles of 汇总 and 项目台账 (and their printed footers), as a draft 自评表's
    const back = await readXlsx(new Uint8Array(await fs.readFile(out)));
    if (!back.ok) throw new Error('unreadable');
    expect(back.grid.sheets.slice(0, 2).map((s) => String(s.values[0][0]).slice(0, 11))).toEqual(['【草稿：数据存在错误】', '【草稿：数据存在错误】']);
    const j = capture();
    expect(await main(['merge', bad, '-o', out, '--draft', '--force', '--json'], j.io)).toBe(1);
    expect(JSON.parse(j.out.join('\n'))).toMatchObject({ file: out, draft: true, projects: 10 });
  });
});
