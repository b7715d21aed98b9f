/**
 * Hostile files through `jx check`: every unreadable file gets its Chinese explanation and exit 2,
 * never a crash; the huge-but-readable ones are checked in a child process whose peak memory is
 * bounded. The figures are printed (console.log) for the record.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { SAMPLE_COL, UNREADABLE, bigCell, farCells } from '../fixtures/hostile';
import { jx, type ChildRun } from '../fixtures/hostile/run';

/** Generous: the biggest file here peaks near 0.5 GB. */
const MAX_RSS_KB = 1.5 * 1024 * 1024;

function capture(): { out: string[]; err: string[]; io: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}
const sha = async (f: string): Promise<string> => createHash('sha256').update(await fs.readFile(f)).digest('hex');

const figures: string[] = [];
function record(name: string, r: ChildRun, bytes: number): void {
  figures.push(`${name.padEnd(22)} ${String(bytes).padStart(9)} B  exit ${r.status}  ${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s)  peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`);
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-hostile-'));
});
afterAll(async () => {
  if (figures.length) console.log(`jx check on hostile files (child process):\n${figures.join('\n')}`);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('unreadable files: a Chinese explanation, exit 2, nothing written', () => {
  it.each(UNREADABLE.map((u) => [u.name, u] as const))('%s', async (_name, u) => {
    const file = path.join(dir, u.name);
    await fs.writeFile(file, u.bytes());
    const before = await sha(file);
    const c = capture();
    expect(await main(['check', file], c.io)).toBe(2);
    expect(c.out.join('\n')).toBe(`${file}\n  无法读取：${u.message}`);
    expect(c.err).toEqual([`${file}: ${u.message}`]);

    const j = capture();
    expect(await main(['check', file, '--json'], j.io)).toBe(2);
    expect(JSON.parse(j.out.join('\n'))).toEqual([{ file, error: u.message, findings: [], counts: { error: 0, warning: 0, info: 0 } }]);

    const en = capture();
    expect(await main(['check', file, '--lang', 'en'], en.io)).toBe(2);
    // no Chinese but the user's own data (a sheet's name)
    expect(en.out.join('\n').replace(/项目台账/g, '')).toMatch(/\n {2}Cannot read: [\x20-\x7e]+$/);
    expect(await sha(file)).toBe(before);
  });

  it('through bin/jx.js: the message on stdout and stderr, no stack trace, exit 2', async () => {
    for (const u of UNREADABLE.filter((x) => ['truncated.xlsx', 'encrypted.xlsx', 'old.xls'].includes(x.name))) {
      const file = path.join(dir, `child-${u.name}`);
      const bytes = u.bytes();
      await fs.writeFile(file, bytes);
      const r = jx(['check', file]);
      record(u.name, r, bytes.length);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain(`无法读取：${u.message}`);
      expect(r.stderr.trim()).toBe(`${file}: ${u.message}`);
      expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
    }
  });
});

describe('huge but readable workbooks, checked in a child process with bounded memory', () => {
  it('a ledger with a value in A1048576 and one in column XFD: findings at those far cells, nothing else lost', async () => {
    const file = path.join(dir, 'far.xlsx');
    const bytes = farCells();
    await fs.writeFile(file, bytes);
    const r = jx(['check', file, '--json']);
    record('far.xlsx (A1048576, XFD4)', r, bytes.length);
    expect(r.status).toBe(1);
    expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
    const [report] = JSON.parse(r.stdout);
    // The stray A1048576 is a project row missing its required fields; XFD4 is outside every column.
    const cells = report.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`);
    expect(cells).toEqual(expect.arrayContaining(['L002 B1048576', 'L002 C1048576']));
    expect(report.findings.every((f: { cell: string }) => /1048576$/.test(f.cell))).toBe(true);
    expect(report.findings[0].projectId).toBe('远处的内容');
  });

  it('50 MB of text in one 备注 cell: read, checked clean, exit 0', async () => {
    const file = path.join(dir, 'big-note.xlsx');
    const bytes = bigCell(50);
    await fs.writeFile(file, bytes);
    const r = jx(['check', file]);
    record('big-note.xlsx (50 MB)', r, bytes.length);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('错误 0 个，警告 0 个，提示 0 个');
    expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('over 100 MB of text in one cell: within the budgets now (limits follow the work), read and checked clean, exit 0', async () => {
    const file = path.join(dir, 'huge-note.xlsx');
    const bytes = bigCell(101);
    await fs.writeFile(file, bytes);
    const r = jx(['check', file]);
    record('huge-note.xlsx (101 MB)', r, bytes.length);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('错误 0 个，警告 0 个，提示 0 个');
    expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('50 MB of text in 立项年度: one L003 whose message quotes only the start of the cell', async () => {
    const file = path.join(dir, 'big-year.xlsx');
    const bytes = bigCell(50, SAMPLE_COL.立项年度);
    await fs.writeFile(file, bytes);
    const r = jx(['check', file]);
    record('big-year.xlsx (50 MB)', r, bytes.length);
    expect(r.status).toBe(1);
    const findings = r.stdout.split('\n').filter((l) => /^ {2}[A-Z]\d{3} /.test(l));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^ {2}L003 错误 项目台账!F4 项目 XJZL2018-001：“立项年度”的值“x{200}…”无法识别/);
    expect(r.stdout.length).toBeLessThan(2000);
    expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });
});
