/**
 * Issue 20 through the CLI: `jx check --across` (per-file and cross-file findings, the JSON's file
 * pairs) and `jx merge` through bin/jx.js — the bundle, whose worker threads read the files — on
 * the sample split into its 14 prefectures' files.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { runMerge } from '../../src/cli/across';
import { main } from '../../src/cli/main';
import { checkAcross } from '../../src/model/across';
import { consolidate, MAX_CONSOLIDATED_PROJECTS } from '../../src/model/across/consolidate';
import { EXCEL_MAX_ROWS } from '../../src/model/gridWhole';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { splitSample, withCell, cellOf, type SplitFile } from '../support/split';
import { capture, sha } from './support';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;
let files: string[];
let profile: string;
const split = splitSample();

async function save(f: SplitFile, name = f.file): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, await writeXlsx(f.grid.sheets.map((grid) => ({ grid }))));
  return p;
}

function jx(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/jx.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-merge-'));
  files = await Promise.all(split.files.map((f) => save(f)));
  profile = await save(split.province);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('jx check --across', () => {
  it('the clean split: each file checked against the province\'s 配置, nothing across, exit 0', async () => {
    const c = capture();
    expect(await main(['check', '--across', ...files, '--profile', profile, '--json'], c.io)).toBe(0);
    const r = JSON.parse(c.out.join('\n'));
    expect(r.files).toHaveLength(14);
    expect(r.files.map((f: { counts: { error: number } }) => f.counts.error)).toEqual(Array(14).fill(0));
    expect(r.across).toEqual({ profile: path.basename(profile), indicatorFile: path.basename(profile), profileSheets: { profile: '配置', indicators: '绩效指标' }, findings: [], pairs: [], counts: { error: 0, warning: 0, info: 0 } });
  });

  it('a project sent by two prefectures: found in both files, the pair listed, exit 1; the text names both sides', async () => {
    const [a, b] = split.files;
    let twin = b;
    for (let c = 0; c < 22; c++) twin = withCell(twin, 3, c, cellOf(a, 3, c));
    const twinPath = await save(twin, 'twin-' + b.file);
    const c = capture();
    expect(await main(['check', '--across', files[0], twinPath, '--profile', profile, '--json', '--lang', 'en'], c.io)).toBe(1);
    const r = JSON.parse(c.out.join('\n'));
    expect(r.across.findings.map((f: { file: string; rule: string; cell: string }) => `${f.file} ${f.rule} ${f.cell}`)).toEqual([`${a.file} X001 A4`, `twin-${b.file} X001 A4`]);
    expect(r.across.findings[0].message).toContain(`also appears in file "twin-${b.file}", sheet "项目台账", cell A4`);
    expect(r.across.pairs).toEqual([{ files: [a.file, `twin-${b.file}`].sort(), rules: { X001: 2 }, counts: { error: 2, warning: 0, info: 0 } }]);
    const t = capture();
    expect(await main(['check', '--across', files[0], twinPath, '--profile', profile], t.io)).toBe(1);
    expect(t.out).toContain('跨文件检查');
    expect(t.out.find((l) => l.includes('X001') && l.startsWith(`  ${a.file}:`))).toContain(`twin-${b.file}”工作表“项目台账”的 A4`);
  });

  it('--report: one 问题清单 of every file, the findings across files under each file they point into', async () => {
    const [a, b] = split.files;
    let twin = b;
    for (let c = 0; c < 22; c++) twin = withCell(twin, 3, c, cellOf(a, 3, c));
    const twinPath = await save(twin, 'twin2-' + b.file);
    const report = path.join(dir, 'across-问题清单.xlsx');
    const c = capture();
    expect(await main(['check', '--across', files[0], twinPath, '--profile', profile, '--report', report], c.io)).toBe(1);
    const read = await readWorkbookFile(await fs.readFile(report), '问题清单.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error('unreadable');
    const list = read.grid.sheets.find((x) => x.name === '问题清单')!.values;
    const [head, ...rows] = list;
    const col = (h: string): number => head.indexOf(h);
    const x001 = rows.filter((r) => r[col('规则')] === 'X001').map((r) => [r[col('文件')], r[col('单元格')], r[col('规则名称')]]);
    expect(x001).toEqual([[a.file, 'A4', '项目跨文件重复'], [`twin2-${b.file}`, 'A4', '项目跨文件重复']]);
    // the summary counts them with each file's own
    const summary = read.grid.sheets.find((x) => x.name === '汇总')!.values;
    const total = (name: string): unknown => summary.find((r) => r[0] === name)?.[6];
    expect([total(a.file), total(`twin2-${b.file}`)]).toEqual([rows.filter((r) => r[col('文件')] === a.file).length, rows.filter((r) => r[col('文件')] === `twin2-${b.file}`).length]);
    expect(c.err.join('\n')).toContain(`已生成问题清单“${report}”（${rows.length} 条）`);
    // never over an existing file, nor with --annotate (a list of problems is what has them all)
    const again = capture();
    expect(await main(['check', '--across', files[0], twinPath, '--profile', profile, '--report', report], again.io)).toBe(2);
    expect(again.err.join('\n')).toContain('已存在');
    const annotate = capture();
    expect(await main(['check', '--across', files[0], '--annotate', dir], annotate.io)).toBe(2);
    expect(annotate.err.join('\n')).toContain('--across 不能与 --annotate');
  });
});

describe('jx merge (bin/jx.js: the bundle, files read in worker threads)', () => {
  it('merges the 14 files into 汇总.xlsx that gives the sample\'s 自评表 (100.00, 优); never overwrites without --force', async () => {
    const out = path.join(dir, '汇总.xlsx');
    const r = jx(['merge', ...files, '--profile', profile, '-o', out, '--json'], { JX_THREADS: '2' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout);
    expect([j.projects, j.total]).toEqual([169, { projects: 169, approved: '4961', disbursed: '1200', socialInvestment: '83553.61' }]);
    expect(j.regions).toHaveLength(14);
    const read = await readWorkbookFile(await fs.readFile(out), '汇总.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error('unreadable');
    const e = evaluateWorkbook(read.grid, { layout: '2020' });
    expect([e.check.ledger!.projects.length, e.selfEval!.total, e.selfEval!.grade]).toEqual([169, 100, '优']);
    const before = await sha(out);
    const again = jx(['merge', ...files, '--profile', profile, '-o', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖');
    expect(await sha(out)).toBe(before);
    expect(jx(['merge', ...files.slice(0, 2), '-o', out, '--force']).status).toBe(0);
    expect(await sha(out)).not.toBe(before);
  });

  it('writes nothing when a file cannot be read, or when the output is one of the inputs', async () => {
    const junk = path.join(dir, 'junk.xlsx');
    await fs.writeFile(junk, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    const out = path.join(dir, 'none.xlsx');
    const r = jx(['merge', files[0], junk, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未生成汇总');
    await expect(fs.stat(out)).rejects.toThrow();
    const before = await sha(files[0]);
    const self = capture();
    expect(await main(['merge', files[0], files[1], '-o', files[0], '--force'], self.io)).toBe(2);
    expect(await sha(files[0])).toBe(before);
  });

  it('--json: a file it cannot read, or an output taken, gives the JSON error object on stdout (it printed nothing)', async () => {
    const junk = path.join(dir, 'junk2.xlsx');
    await fs.writeFile(junk, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    const out = path.join(dir, 'none2.xlsx');
    const c = capture();
    expect(await runMerge([files[0], junk], { json: true, locale: 'zh-CN', output: out }, c.io)).toBe(2);
    const r = JSON.parse(c.out.join('\n'));
    expect(r).toMatchObject({ input: [files[0], junk], file: null, error: expect.stringContaining('未生成汇总') });
    expect(r.files).toEqual([{ file: junk, error: expect.any(String) }]);
    await expect(fs.stat(out)).rejects.toThrow();
    const taken = capture();
    expect(await runMerge([files[0], files[1]], { json: true, locale: 'en-US', output: files[0] }, taken.io)).toBe(2);
    expect(JSON.parse(taken.out.join('\n'))).toMatchObject({ input: [files[0], files[1]], file: null, error: taken.err[0] });
  });

  it('names the sheets it wrote: 配置 and 绩效指标 only when the province has them, a renamed sheet by its new name', async () => {
    const out = path.join(dir, 'named.xlsx');
    const bare = capture();
    expect(await runMerge(files.slice(0, 2), { json: false, locale: 'zh-CN', output: out }, bare.io)).toBe(0);
    expect(bare.out[0]).toMatch(/^已生成“.+named\.xlsx”：2 个文件，\d+ 个项目（工作表：汇总、项目台账）。$/u);
    const renamed = await save({ ...split.province, grid: { sheets: split.province.grid.sheets.map((s) => (s.name === '绩效指标' ? { ...s, name: '汇总' } : s)) } }, 'renamed-profile.xlsx');
    const en = capture();
    expect(await runMerge(files.slice(0, 2), { json: false, locale: 'en-US', profile: renamed, output: out, force: true }, en.io)).toBe(0);
    expect(en.out[0]).toMatch(/\(sheets: 汇总, 项目台账, 配置, 汇总 \(2\)\)\.$/u);
    const read = await readWorkbookFile(await fs.readFile(out), 'named.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error('unreadable');
    expect(read.grid.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual(['汇总', '项目台账', '配置', '汇总 (2)']);
  });

  it('says what a --profile file lacks (no 配置, no 绩效指标) instead of naming it as their source', async () => {
    const out = path.join(dir, 'lacking.xlsx');
    const sheetsOf = (keep: (name: string) => boolean): SplitFile => ({ ...split.province, grid: { sheets: split.province.grid.sheets.filter((s) => keep(s.name)) } });
    const ledgerOnly = files[2]; // a prefecture's file: a ledger, neither 配置 nor 绩效指标
    const onlyProfile = await save(sheetsOf((n) => n === '配置'), 'only-profile.xlsx');
    const onlyIndicators = await save(sheetsOf((n) => n === '绩效指标'), 'only-indicators.xlsx');
    const across = async (p: string, locale: 'zh-CN' | 'en-US'): Promise<string[]> => {
      const c = capture();
      await runMerge(files.slice(0, 2), { json: false, locale, profile: p, output: out, force: true }, c.io);
      return c.out.filter((l) => /配置|绩效指标|[Pp]rofile|[Ii]ndicator/.test(l) && !l.startsWith('Wrote') && !l.startsWith('已生成'));
    };
    const name = path.basename(ledgerOnly);
    expect(await across(ledgerOnly, 'zh-CN')).toEqual([`  注意：--profile 指定的“${name}”中既没有“配置”也没有“绩效指标”工作表，未能用作全区的配置：各文件按各自的配置（没有的按默认配置）检查，汇总中没有配置与绩效指标，无法据此生成自评表。`]);
    expect((await across(ledgerOnly, 'en-US'))[0]).toMatch(/^ {2}Note: ".+", given as --profile, has neither a profile sheet \(配置\) nor an indicator sheet \(绩效指标\)/);
    expect(await across(onlyProfile, 'zh-CN')).toEqual(['  配置取自：only-profile.xlsx。注意：该文件中没有“绩效指标”工作表，汇总中没有绩效指标，无法据此生成自评表。']);
    expect(await across(onlyIndicators, 'zh-CN')).toEqual(['  绩效指标取自：only-indicators.xlsx。注意：该文件中没有“配置”工作表，各文件按各自的配置（没有的按默认配置）检查，汇总中没有配置。']);
    expect(await across(profile, 'zh-CN')).toEqual([`  配置与绩效指标取自：${path.basename(profile)}`]);
  });

  // mergecells42: it said 配置与绩效指标取自：<the 配置's file> when the 绩效指标 came from another file
  it('配置 in one file and 绩效指标 in another, no --profile: names both files, in both languages; --json names the second', async () => {
    const withSheet = (i: number, name: string): SplitFile => ({
      file: split.files[i].file,
      grid: { sheets: [...split.files[i].grid.sheets, ...split.province.grid.sheets.filter((s) => s.name === name)] },
    });
    const a = await save(withSheet(0, '配置'), 'with-profile.xlsx');
    const b = await save(withSheet(1, '绩效指标'), 'with-indicators.xlsx');
    const out = path.join(dir, 'two-sources.xlsx');
    const lines = async (locale: 'zh-CN' | 'en-US'): Promise<string[]> => {
      const c = capture();
      expect(await runMerge([a, b], { json: false, locale, output: out, force: true }, c.io)).toBe(0);
      return c.out.filter((l) => /取自|taken from/.test(l));
    };
    expect(await lines('zh-CN')).toEqual(['  配置取自：with-profile.xlsx；绩效指标取自：with-indicators.xlsx（with-profile.xlsx 中没有“绩效指标”工作表）']);
    expect(await lines('en-US')).toEqual(['  Profile taken from: with-profile.xlsx; indicators taken from: with-indicators.xlsx, as with-profile.xlsx has no indicator sheet (绩效指标)']);
    const j = capture();
    await runMerge([a, b], { json: true, locale: 'zh-CN', output: out, force: true }, j.io);
    const across = (JSON.parse(j.out.join('\n')) as { across: { profile: string; indicatorFile: string } }).across;
    expect([across.profile, across.indicatorFile]).toEqual(['with-profile.xlsx', 'with-indicators.xlsx']);
  });

  it('gives the totals in the language asked for: 万元 in Chinese, ×10,000 yuan in English', async () => {
    const out = path.join(dir, 'totals.xlsx');
    const en = capture();
    expect(await runMerge(files.slice(0, 2), { json: false, locale: 'en-US', profile, output: out, force: true }, en.io)).toBe(0);
    expect(en.out[1]).toMatch(/^Total: \d+ project\(s\), fiscal support [\d.]+ ×10,000 yuan, paid this year [\d.]+ ×10,000 yuan\.$/);
    const zh = capture();
    expect(await runMerge(files.slice(0, 2), { json: false, locale: 'zh-CN', profile, output: out, force: true }, zh.io)).toBe(0);
    expect(zh.out[1]).toMatch(/^合计：\d+ 个项目，财政支持资金 [\d.]+ 万元，本年拨付 [\d.]+ 万元。$/);
  });

  it('refuses, writing nothing, more projects than one 项目台账 holds (1,048,576 rows less its header)', async () => {
    // the real limit: the sheet's rows less those above the first project
    const ledger = consolidate(checkAcross(split.files.slice(0, 1))).sheets[1].layout!;
    expect(MAX_CONSOLIDATED_PROJECTS).toBe(EXCEL_MAX_ROWS - ledger.table!.first);
    expect(MAX_CONSOLIDATED_PROJECTS).toBe(1_048_573);
    // the 14 files hold 169 projects: a limit of 168 refuses them, in both languages; 169 merges them
    const out = path.join(dir, 'too-many.xlsx');
    const zh = capture();
    expect(await runMerge(files, { json: false, locale: 'zh-CN', profile, output: out, maxProjects: 168 }, zh.io)).toBe(2);
    expect(zh.err).toEqual(['未生成汇总：14 个文件共有 169 个项目，而一个工作表最多 1,048,576 行，“项目台账”除去表头最多容纳 168 个项目。请把文件分成几批分别合并（例如按地州市）。']);
    expect(zh.out).toEqual([]);
    await expect(fs.stat(out)).rejects.toThrow();
    const en = capture();
    expect(await runMerge(files, { json: false, locale: 'en-US', profile, output: out, maxProjects: 168 }, en.io)).toBe(2);
    expect(en.err.join('\n')).toContain('the 14 file(s) hold 169 projects, and a worksheet has at most 1,048,576 rows');
    expect(en.err.join('\n').replace('(项目台账)', '')).not.toMatch(/[\u4e00-\u9fff]/u); // the sheet's own name only
    await expect(fs.stat(out)).rejects.toThrow();
    expect(await runMerge(files, { json: true, locale: 'zh-CN', profile, output: out, maxProjects: 169 }, capture().io)).toBe(0);
    await fs.stat(out);
  });
});
