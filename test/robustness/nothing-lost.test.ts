/**
 * Nothing lost: `jx check` and `jx selfeval` never change the workbook they read, selfeval always
 * writes a NEW workbook holding only the 自评表 (there is no "append to the user's workbook"), and
 * never replaces a file, not even the input reached through a link, without --force.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import { bigCell, farCells } from '../fixtures/hostile';

const quiet = { out: (): void => undefined, err: (): void => undefined };
const sha = async (f: string): Promise<string> => createHash('sha256').update(await fs.readFile(f)).digest('hex');
const exists = (f: string): Promise<boolean> => fs.access(f).then(() => true, () => false);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-lost-'));
  expect(await main(['sample', '-o', path.join(dir, 'sample.xlsx')], quiet)).toBe(0);
  await fs.writeFile(path.join(dir, 'far.xlsx'), farCells());
  await fs.writeFile(path.join(dir, 'big.xlsx'), bigCell(5));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe.each([
  ['the sample', 'sample.xlsx', 0],
  ['a hostile but readable workbook (far cells: A1048576, XFD4)', 'far.xlsx', 1],
  ['a workbook with a 5 MB cell', 'big.xlsx', 0],
])('%s', (_label, name, checkCode) => {
  it('check leaves the bytes as they were; selfeval writes a new workbook with only the 自评表', async () => {
    const input = path.join(dir, name);
    const before = await sha(input);
    const listing = (await fs.readdir(dir)).sort();
    expect(await main(['check', input], quiet)).toBe(checkCode);
    expect(await sha(input)).toBe(before);
    expect((await fs.readdir(dir)).sort()).toEqual(listing); // check writes nothing at all

    const out = path.join(dir, `${path.parse(name).name}-自评表.xlsx`);
    expect(await exists(out)).toBe(false);
    const code = await main(['selfeval', input], quiet);
    expect([0, 1]).toContain(code); // 1 = written, with error findings
    expect(await sha(input)).toBe(before);
    const written = await readXlsx(await fs.readFile(out));
    expect(written.ok && written.grid.sheets.map((s) => s.name)).toEqual(['2018年度绩效自评表']);

    // A second run neither replaces the output nor touches the input.
    const stamp = await sha(out);
    expect(await main(['selfeval', input], quiet)).toBe(2);
    expect(await sha(out)).toBe(stamp);
    expect(await sha(input)).toBe(before);
  });
});

describe('selfeval never writes to its input', () => {
  it('not by a relative or dotted spelling of the same path, even with --force', async () => {
    const input = path.join(dir, 'sample.xlsx');
    const before = await sha(input);
    const dotted = path.join(dir, '.', 'sub', '..', 'sample.xlsx');
    expect(await main(['selfeval', input, '-o', dotted, '--force'], quiet)).toBe(2);
    expect(await main(['selfeval', path.relative(process.cwd(), input), '-o', input, '--force'], quiet)).toBe(2);
    expect(await sha(input)).toBe(before);
  });

  it('not through a symbolic link or a hard link to it, even with --force', async () => {
    const input = path.join(dir, 'sample.xlsx');
    const before = await sha(input);
    const soft = path.join(dir, 'soft-link.xlsx');
    const hard = path.join(dir, 'hard-link.xlsx');
    await fs.symlink(input, soft);
    await fs.link(input, hard);
    const err: string[] = [];
    expect(await main(['selfeval', input, '-o', soft, '--force'], { out: () => undefined, err: (l) => err.push(l) })).toBe(2);
    expect(err.join('')).toContain('输出文件不能是输入文件本身');
    expect(await main(['selfeval', input, '-o', hard, '--force'], quiet)).toBe(2);
    expect(await main(['selfeval', soft, '-o', input, '--force'], quiet)).toBe(2);
    expect(await sha(input)).toBe(before);
  });

  it('jx sample never replaces an existing file without --force', async () => {
    const target = path.join(dir, 'far.xlsx');
    const before = await sha(target);
    expect(await main(['sample', '-o', target], quiet)).toBe(2);
    expect(await sha(target)).toBe(before);
  });
});
