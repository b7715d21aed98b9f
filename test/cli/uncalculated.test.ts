/**
 * A ledger saved by a program with its 财政支持资金 as formulas without results (ExcelJS `{ formula }` with no result
 * writes `<f>` and no `<v>`, as openpyxl and budget systems do): jx check says so (S016) instead of S002 整列为空, and
 * builds no 自评表 on it. The same ledger with the results saved (as Excel saves it) checks exactly as the plain one.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { fundsColumn, sampleWithFormulas } from '../support/formulas';
import { capture } from './support';

let dir: string;
const file = (name: string): string => path.join(dir, name);
/** The ledger's 财政支持资金 column and its header row (0-based). */
let col = -1;
let headerRow = -1;
let projects = 0;

const write = async (to: string, formulas: Parameters<typeof sampleWithFormulas>[0]): Promise<void> => fs.writeFile(to, await sampleWithFormulas(formulas));

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-formulas-'));
  const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === '项目台账')!;
  ({ headerRow, col } = fundsColumn());
  projects = ledger.values.slice(headerRow + 1).filter((r) => typeof r[col] === 'number').length;
  await write(file('plain.xlsx'), 'none');
  await write(file('cached.xlsx'), 'cached');
  await write(file('bare.xlsx'), 'bare');
  await write(file('tenth.xlsx'), 'tenth');
  await fs.writeFile(file('long-third.xlsx'), await sampleWithFormulas('third', 20));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

const L = (row: number): string => `L${row + 1}`;

describe('formulas saved without results, through jx', () => {
  it('the file holds <f> without <v> (what is tested is what a program writes)', async () => {
    const xml = strFromU8(unzipSync(new Uint8Array(await fs.readFile(file('bare.xlsx'))))['xl/worksheets/sheet2.xml']);
    expect(col).toBe(11);
    expect(xml).toMatch(new RegExp(`<c r="${L(headerRow + 1)}"><f>[0-9.]+\\*1</f></c>`));
  });

  it('jx check: S016 at the column\'s first formula, naming the column, the cells, one formula and what to do; no S002 整列为空; exit 1 (zh, en, --json)', async () => {
    const zh = capture();
    expect(await main(['check', file('bare.xlsx')], zh.io)).toBe(1);
    const first = L(headerRow + 1);
    const last = L(headerRow + projects);
    const line = zh.out.find((l) => l.includes('S016'));
    expect(line).toMatch(new RegExp(`^  S016 错误 项目台账!${first} “财政支持资金”列（${first}:${last}）有 ${projects} 个公式单元格没有保存计算结果（如 ${first}：=[0-9.]+\\*1），已按空白读取，其值未推算`));
    expect(line).toContain('请用 Excel 或 WPS 打开后保存一次（会重新计算公式），再检查。');
    expect(zh.out.join('\n')).not.toContain('整列为空');
    const en = capture();
    expect(await main(['check', file('bare.xlsx'), '--json', '--lang', 'en'], en.io)).toBe(1);
    const found = JSON.parse(en.out.join('\n'))[0].findings as Array<{ rule: string; severity: string; cell: string; message: string }>;
    expect(found.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual([`S016 error ${first}`]);
    expect(found[0].message).toMatch(new RegExp(`^${projects} formula cell\\(s\\) in column "财政支持资金" \\(${first}:${last}\\) were saved without their results`));
    expect(found[0].message).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/); // no Chinese punctuation in English
  });

  it('every tenth formula without its result: S016 names them, and none of those rows gets L002 必填项为空 as well', async () => {
    const c = capture();
    expect(await main(['check', file('tenth.xlsx'), '--json'], c.io)).toBe(1);
    const found = JSON.parse(c.out.join('\n'))[0].findings as Array<{ rule: string; cell: string; message: string }>;
    const rows = Array.from({ length: projects }, (_, i) => headerRow + 1 + i).filter((r) => r % 10 === 0);
    expect(rows.length).toBeGreaterThan(10);
    expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual([`S016 ${L(rows[0])}`]);
    expect(found[0].message).toContain(`（${L(rows[0])}:${L(rows[rows.length - 1])}）有 ${rows.length} 个公式单元格没有保存计算结果`);
  });

  // mergecells42: the reader listed a column's first 1,000 such rows and only counted the rest: each row past them got
  // L002 必填项为空 as well
  it('a ledger of 3,380 projects, every third row\'s formula without its result (1,127): S016 names them all, no row gets L002', async () => {
    const c = capture();
    expect(await main(['check', file('long-third.xlsx'), '--json'], c.io)).toBe(1);
    const found = JSON.parse(c.out.join('\n'))[0].findings as Array<{ rule: string; cell: string; message: string }>;
    const rows = Array.from({ length: projects * 20 }, (_, i) => headerRow + 1 + i).filter((r) => r % 3 === 0);
    expect(rows.length).toBeGreaterThan(1000);
    const s016 = found.filter((f) => f.rule === 'S016');
    expect(s016).toHaveLength(1);
    expect(s016[0].message).toContain(`“财政支持资金”列（${L(rows[0])}:${L(rows[rows.length - 1])}）有 ${rows.length} 个公式单元格没有保存计算结果`);
    expect(found.filter((f) => f.rule === 'L002' || f.rule === 'S002')).toEqual([]);
  });

  it('jx selfeval: refused over S016, nothing written', async () => {
    const out = file('bare-自评表.xlsx');
    const c = capture();
    expect(await main(['selfeval', file('bare.xlsx'), '-o', out], c.io)).toBe(1);
    expect(c.err.some((l) => l.startsWith('  S016 错误 '))).toBe(true);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('with the results saved, as Excel saves them: the same findings as the plain values (none)', async () => {
    const plain = capture();
    const cached = capture();
    expect(await main(['check', file('plain.xlsx'), '--json'], plain.io)).toBe(0);
    expect(await main(['check', file('cached.xlsx'), '--json'], cached.io)).toBe(0);
    const findings = (c: ReturnType<typeof capture>): unknown => JSON.parse(c.out.join('\n'))[0].findings;
    expect(findings(cached)).toEqual(findings(plain));
    expect(findings(cached)).toEqual([]);
  });

  it('node bin/jx.js check says it too', () => {
    const r = spawnSync(process.execPath, [path.join(__dirname, '../../bin/jx.js'), 'check', file('bare.xlsx')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`S016 错误 项目台账!${L(headerRow + 1)} “财政支持资金”列`);
    expect(r.stdout).not.toContain('S002');
  });
});
