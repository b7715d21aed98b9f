/**
 * Issue 12 through the command line: the shapes written as .xlsx files, the read summary in text and
 * JSON, and the refusal of item 3 (`jx selfeval` says why; `--draft` writes a marked draft).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { writeXlsx } from '../../src/adapters/xlsx';
import type { Grid } from '../../src/model/grid';
import { badReadGrid, perPrefectureLedgers, twoRowHeaderLedger, withLedger } from '../support/shapes';

function capture(): { out: string[]; err: string[]; io: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}
const exists = (f: string): Promise<boolean> => fs.access(f).then(() => true, () => false);

let dir: string;
const write = async (name: string, grid: Grid): Promise<string> => {
  const f = path.join(dir, name);
  await fs.writeFile(f, await writeXlsx(grid.sheets.map((s) => ({ grid: s }))));
  return f;
};
beforeAll(async () => void (dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-shapes-'))));
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('jx check reports what it read', () => {
  it('a ledger over 14 prefecture sheets: the sheets and the 169 projects, in text and JSON', async () => {
    const f = await write('per-prefecture.xlsx', withLedger(perPrefectureLedgers({ withRegion: false })));
    const c = capture();
    expect(await main(['check', f], c.io)).toBe(0);
    expect(c.out).toContain('  已读取 14 个工作表（“乌鲁木齐市”、“克拉玛依市”、“吐鲁番市”、“哈密市” 等）中的 169 个项目。');
    const j = capture();
    expect(await main(['check', f, '--json', '--lang', 'en'], j.io)).toBe(0);
    const [report] = JSON.parse(j.out.join('\n'));
    expect(report.read.projects).toBe(169);
    expect(report.read.sheets).toHaveLength(14);
    expect(report.counts.error).toBe(0);
  });
  it('a two-row header .xlsx checks clean and its 自评表 scores 100.00 优', async () => {
    const f = await write('two-row.xlsx', withLedger(twoRowHeaderLedger()));
    const c = capture();
    expect(await main(['selfeval', f, '-o', path.join(dir, 'two-row-表.xlsx')], c.io)).toBe(0);
    expect(c.out).toContain('总分 100.00，自评等级：优');
  });
});

describe('jx selfeval never writes a 自评表 from a bad read', () => {
  it('refuses, says why and how to get a draft; writes nothing', async () => {
    const f = await write('bad-read.xlsx', badReadGrid());
    const out = path.join(dir, 'bad-read-自评表.xlsx');
    const c = capture();
    expect(await main(['selfeval', f], c.io)).toBe(1);
    expect(c.err[0]).toMatch(/^未生成自评表：工作簿的结构有 2 个错误/);
    expect(c.err.join('\n')).toContain('S002 错误 项目台账!A3 缺少必填列“本年拨付”');
    expect(c.err[c.err.length - 1]).toContain('--draft');
    expect(await exists(out)).toBe(false);
  });
  it('--draft writes the table marked 草稿：数据存在错误 (read back from the file)', async () => {
    const f = path.join(dir, 'bad-read.xlsx');
    const out = path.join(dir, 'draft.xlsx');
    const c = capture();
    expect(await main(['selfeval', f, '--draft', '-o', out], c.io)).toBe(1); // the errors stand
    expect(c.out.join('\n')).toContain('这是草稿');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('2018年度绩效自评表（草稿）');
    expect(String(ws.getCell('A1').value)).toMatch(/^【草稿：数据存在错误】/);
    expect(ws.headerFooter.oddFooter).toContain('草稿：数据存在错误');
  });
});
