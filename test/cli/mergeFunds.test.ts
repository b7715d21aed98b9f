/**
 * `jx merge` of ledgers of two funds (funds40): a prefecture's file whose own 配置 or title names another fund, or
 * one fund outvoted when no province 配置 is given, was summed in silently and the 汇总 (and the 自评表 built from it)
 * was wrong. Now X006 names each such file and the fund it names, and the merge is refused as for a structural error
 * (--draft still writes one); the 问题清单 sent back to the prefecture carries the finding. Two years of one fund
 * without a 配置 give X005 (a warning: the merge goes on).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { main } from '../../src/cli/main';
import { checkAcross } from '../../src/model/across';
import { consolidate } from '../../src/model/across/consolidate';
import type { Grid } from '../../src/model/grid';
import { SAMPLE_SHEETS } from '../../src/model/sample';
import { splitSample, withCell, type SplitFile } from '../support/split';
import { capture } from './support';

let dir: string;
let profile: string;
const split = splitSample();
const [urumqi, karamay, turpan] = split.files;
const profileSheet = split.province.grid.sheets.find((s) => s.name === SAMPLE_SHEETS.profile)!;

/** A prefecture's file with the province's 配置 copied in, its 项目名称 changed. */
function withFund(f: SplitFile, name: string): SplitFile {
  const values = profileSheet.values.map((r) => (r[0] === '项目名称' ? [r[0], name] : [...r]));
  return { file: f.file, grid: { sheets: [{ ...profileSheet, values }, ...f.grid.sheets] } as Grid };
}

async function save(f: SplitFile, name = f.file): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, await writeXlsx(f.grid.sheets.map((grid) => ({ grid }))));
  return p;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-funds-'));
  profile = await save(split.province);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('a prefecture\'s ledger of another fund', () => {
  it('its own 配置 naming 科技成果转化专项资金 against the province\'s --profile: refused, naming the file, its cell and both funds', async () => {
    const a = await save(urumqi);
    const b = path.basename(await save(withFund(karamay, '科技成果转化专项资金')));
    const out = path.join(dir, 'refused.xlsx');
    const c = capture();
    expect(await main(['merge', a, path.join(dir, b), '--profile', profile, '-o', out], c.io)).not.toBe(0);
    await expect(fs.access(out)).rejects.toThrow();
    expect(c.err[0]).toBe(`未生成汇总：1 个文件（“${b}”）报送的是另一项资金的台账（X006），两项资金的项目汇总在一起会得出错误的全区数字：请去掉这些文件，或修正其“配置”的项目名称或台账标题后再合并。`);
    const row = profileSheet.values.findIndex((r) => r[0] === '项目名称') + 1;
    expect(c.err[1]).toBe(
      `  ${b}: X006 错误 配置!B${row} 本文件“配置”的项目名称为“科技成果转化专项资金”，与全区“配置”（文件“${path.basename(profile)}”）的项目名称“自治区专利实施计划项目”不是同一项资金：请确认报送的是本资金的台账，其他资金的项目不应汇总在内。`,
    );
  });

  it('--draft writes the 汇总 anyway, saying it is a draft; English names no Chinese but the user\'s data', async () => {
    const a = await save(urumqi);
    const b = await save(withFund(karamay, '科技成果转化专项资金'));
    const en = capture();
    expect(await main(['merge', a, b, '--profile', profile, '-o', path.join(dir, 'x.xlsx'), '--lang', 'en'], en.io)).not.toBe(0);
    expect(en.err[0]).toBe(`Nothing was merged: 1 file(s) ("${b}") are ledgers of another fund (X006), and two funds' projects summed together give wrong province-wide figures: leave these files out, or correct their profile's project name or ledger title, then merge again.`.replace(b, path.basename(b)));
    const out = path.join(dir, 'draft.xlsx');
    const c = capture();
    await main(['merge', a, b, '--profile', profile, '-o', out, '--draft'], c.io);
    await fs.access(out);
    expect(c.out[1]).toBe('注意：这是草稿：被合并的文件有结构错误、金额单位存疑或不是同一项资金，汇总的数字不完整或不可靠。');
  });

  it('no 配置 anywhere: the one ledger titled with another fund, against the titles of the other two', async () => {
    const titled = (f: SplitFile, t: string): SplitFile => withCell(f, 0, 0, t);
    const a = await save(titled(urumqi, '乌鲁木齐市2018年支持专利实施项目台账'));
    const b = await save(titled(karamay, '克拉玛依市2018年科技成果转化专项资金台账'));
    const t = await save(titled(turpan, '吐鲁番市2018年度自治区专利实施资金项目台账'));
    const c = capture();
    expect(await main(['merge', a, b, t, '-o', path.join(dir, 'none.xlsx')], c.io)).not.toBe(0);
    const n = path.basename;
    expect(c.err.filter((l) => l.startsWith('  ') && l.includes('X006'))).toEqual([
      `  ${n(b)}: X006 错误 项目台账!A1 本文件台账标题为“克拉玛依市2018年科技成果转化专项资金台账”，而其他 2 个文件（${n(a)}、${n(t)}）报送的是“乌鲁木齐市2018年支持专利实施项目台账”，不是同一项资金：两项资金的项目不应汇总在一起，请确认各文件报送的是同一资金的台账，去掉另一资金的文件后再合并。`,
    ]);
  });

  // mergecells42: 科技计划专项资金 left 科技 once 计划 went, held in 科技成果转化: the two were summed in one 汇总
  it('no 配置: two ledgers of 科技计划专项资金 and one of 科技成果转化专项资金, funds of one field, are refused', async () => {
    const titled = (f: SplitFile, t: string): SplitFile => withCell(f, 0, 0, t);
    const a = await save(titled(urumqi, '乌鲁木齐市2018年度科技计划专项资金项目台账'));
    const b = await save(titled(karamay, '克拉玛依市2018年度科技成果转化专项资金项目台账'));
    const t = await save(titled(turpan, '吐鲁番市2018年度自治区科技计划项目资金台账'));
    const c = capture();
    expect(await main(['merge', a, b, t, '-o', path.join(dir, 'field.xlsx')], c.io)).not.toBe(0);
    const n = path.basename;
    expect(c.err.filter((l) => l.startsWith('  ') && l.includes('X006'))).toEqual([
      `  ${n(b)}: X006 错误 项目台账!A1 本文件台账标题为“克拉玛依市2018年度科技成果转化专项资金项目台账”，而其他 2 个文件（${n(a)}、${n(t)}）报送的是“乌鲁木齐市2018年度科技计划专项资金项目台账”，不是同一项资金：两项资金的项目不应汇总在一起，请确认各文件报送的是同一资金的台账，去掉另一资金的文件后再合并。`,
    ]);
  });

  it('the 问题清单 sent back to that prefecture lists the X006', async () => {
    const a = await save(urumqi);
    const b = await save(withFund(karamay, '科技成果转化专项资金'));
    const out = path.join(dir, 'lists');
    await fs.mkdir(out);
    await main(['check', '--across', a, b, '--profile', profile, '--report', out], capture().io);
    const read = await readWorkbookFile(await fs.readFile(path.join(out, `${path.basename(b, '.xlsx')}-问题清单.xlsx`)), 'x.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error('unreadable');
    const rows = read.grid.sheets.find((s) => s.name === '问题清单')!.values.filter((r) => r[2] === 'X006');
    expect(rows).toHaveLength(1);
    expect(String(rows[0][9])).toContain('本文件“配置”的项目名称为“科技成果转化专项资金”');
  });
});

describe('the same fund written otherwise, or another year', () => {
  it('a prefecture\'s 配置 naming the fund as 2018年度专利实施专项资金: merged, no X006', async () => {
    const a = await save(urumqi);
    const b = await save(withFund(karamay, '2018年度专利实施专项资金'));
    const c = capture();
    await main(['merge', a, b, '--profile', profile, '-o', path.join(dir, 'same.xlsx')], c.io);
    expect(c.out[0]).toMatch(/^已生成/u);
    expect([...c.out, ...c.err].filter((l) => l.includes('X006'))).toEqual([]);
  });

  it('no 配置 anywhere: a 2019 ledger among two of 2018 gives X005 (a warning) and the merge goes on', async () => {
    const a = await save(withCell(urumqi, 0, 0, '乌鲁木齐市2018年度自治区专利实施项目台账'));
    const b = await save(withCell(karamay, 0, 0, '克拉玛依市2019年度自治区专利实施项目台账'));
    const t = await save(withCell(turpan, 0, 0, '吐鲁番市2018年度自治区专利实施项目台账'));
    const c = capture();
    await main(['merge', a, b, t, '-o', path.join(dir, 'years.xlsx')], c.io);
    expect(c.out[0]).toMatch(/^已生成/u);
    const n = path.basename;
    expect(c.out.filter((l) => l.includes('X005'))).toEqual([
      `  ${n(b)}: X005 警告 项目台账!A1 本文件为 2019 年度（其台账标题或工作表名称），而其他 2 个文件（${n(a)}、${n(t)}）为 2018 年度：不同年度的台账汇总在一起，全区数字会重复或错年，请确认各文件报送的是同一年度的台账。`,
    ]);
  });

  /** A prefecture's file with the province's 配置 copied in, of `year` (its 评价年度 and its ledger's title). */
  const ofYear = (f: SplitFile, year: number): SplitFile => {
    const t = withCell(f, 0, 0, `${f.file.replace(/\.xlsx$/u, '')}${year}年度自治区专利实施项目台账`);
    const values = profileSheet.values.map((r) => (r[0] === '评价年度' ? [r[0], year] : [...r]));
    return { file: f.file, grid: { sheets: [{ ...profileSheet, values }, ...t.grid.sheets] } as Grid };
  };
  const yearRow = profileSheet.values.findIndex((r) => r[0] === '评价年度') + 1;

  // merge41: the province's year was the first 配置's, and the three files of 2020 were each told they were the odd one
  it('no --profile: the first file\'s 配置 of 2019 among three of 2020 is the one told, and the 汇总 is of 2020', async () => {
    const fs4 = [ofYear(urumqi, 2019), ofYear(karamay, 2020), ofYear(turpan, 2020), ofYear(split.files[3], 2020)];
    const paths = await Promise.all(fs4.map((f) => save(f)));
    const c = capture();
    await main(['merge', ...paths, '-o', path.join(dir, 'majority.xlsx')], c.io);
    expect(c.out[0]).toMatch(/^已生成/u);
    const n = fs4.map((f) => f.file);
    expect(c.out.filter((l) => l.includes('X005'))).toEqual([
      `  ${n[0]}: X005 警告 配置!B${yearRow} 本文件为 2019 年度（其“配置”的评价年度），而其他 3 个文件（${n[1]}、${n[2]}、${n[3]}）为 2020 年度：不同年度的台账汇总在一起，全区数字会重复或错年，请确认各文件报送的是同一年度的台账。`,
    ]);
    const merged = consolidate(checkAcross(fs4));
    expect(merged.sheets[0].layout!.cells[0].value).toBe('2020年度项目汇总（按地州市）');
  });

  /** The 评价年度 of the 汇总's 配置 at `out`, and the sheet `jx selfeval` of it builds. */
  async function yearsOfMerged(out: string): Promise<{ profileYear: unknown; selfeval: string }> {
    const read = await readWorkbookFile(await fs.readFile(out), 'x.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error('unreadable');
    const profileYear = read.grid.sheets.find((s) => s.name === '配置')!.values.find((r) => r[0] === '评价年度')?.[1];
    const c = capture();
    await main(['selfeval', out, '-o', `${out}-自评.xlsx`, '--draft'], c.io);
    return { profileYear, selfeval: c.out[0] };
  }
  const indicators = split.province.grid.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;
  const withIndicators = (f: SplitFile): SplitFile => ({ file: f.file, grid: { sheets: [...f.grid.sheets, indicators] } });

  // merge41b: the 汇总 (titled 2020) copied the first file's 配置 of 2019, and jx selfeval of it built a 2019年度 自评表
  it('no --profile, the first file\'s 配置 of 2019 among three of 2020: the 汇总 copies a 配置 of 2020, and its 自评表 is of 2020', async () => {
    const fs4 = [ofYear(urumqi, 2019), ofYear(karamay, 2020), ofYear(turpan, 2020), ofYear(split.files[3], 2020)].map(withIndicators);
    const paths = await Promise.all(fs4.map((f) => save(f)));
    const out = path.join(dir, 'majority-profile.xlsx');
    const c = capture();
    await main(['merge', ...paths, '-o', out], c.io);
    expect(c.out).toContain(`  配置与绩效指标取自：${karamay.file}`);
    expect(c.out.some((l) => l.includes('评价年度写为'))).toBe(false);
    expect(c.out.filter((l) => l.includes('X005'))).toHaveLength(1);
    expect(await yearsOfMerged(out)).toEqual({ profileYear: 2020, selfeval: `已生成“${out}-自评.xlsx”（工作表“2020年度绩效自评表”）。` });
  });

  it('no --profile, the only 配置 of 2019, three ledgers titled 2020: the 汇总\'s 配置 says 2020, the file itself is left as it was', async () => {
    const titled = (f: SplitFile): SplitFile => withCell(f, 0, 0, `${f.file.replace(/\.xlsx$/u, '')}2020年度自治区专利实施项目台账`);
    const fs4 = [withIndicators(ofYear(urumqi, 2019)), titled(karamay), titled(turpan), titled(split.files[3])];
    const paths = await Promise.all(fs4.map((f) => save(f)));
    const out = path.join(dir, 'only-profile.xlsx');
    const c = capture();
    await main(['merge', ...paths, '-o', out], c.io);
    expect(c.out.filter((l) => l.includes('X005'))).toEqual([expect.stringContaining(`${urumqi.file}: X005 警告 配置!B${yearRow} 本文件为 2019 年度`)]);
    expect(c.out).toContain('  该文件“配置”的评价年度为 2019 年，而多数文件为 2020 年度，且没有 2020 年度的文件含“配置”：检查与汇总按 2020 年度计，汇总中的“配置”评价年度写为 2020，其预算数仍为该文件所填，请核对。');
    expect(await yearsOfMerged(out)).toEqual({ profileYear: 2020, selfeval: `已生成“${out}-自评.xlsx”（工作表“2020年度绩效自评表”）。` });
    const en = capture();
    await main(['merge', ...paths, '-o', path.join(dir, 'only-profile-en.xlsx'), '--lang', 'en'], en.io);
    expect(en.out).toContain('  Its profile evaluates 2019, but most files are of 2020 and none of them has a profile: the files are checked and consolidated as of 2020, the consolidated profile says 2020, and its budget figures are still that file\'s: check them.');
    const own = await readWorkbookFile(await fs.readFile(paths[0]), 'x.xlsx', { inflater: nodeInflater });
    expect(own.ok && own.grid.sheets.find((s) => s.name === '配置')!.values.find((r) => r[0] === '评价年度')?.[1]).toBe(2019);
  });

  it('no --profile, as many files of 2019 as of 2020: the files of the year not taken are told so, naming both years', async () => {
    const fs4 = [ofYear(urumqi, 2019), ofYear(karamay, 2020), ofYear(turpan, 2019), ofYear(split.files[3], 2020)];
    const paths = await Promise.all(fs4.map((f) => save(f)));
    const c = capture();
    await main(['merge', ...paths, '-o', path.join(dir, 'tie.xlsx')], c.io);
    const n = fs4.map((f) => f.file);
    const tie = (i: number): string =>
      `  ${n[i]}: X005 警告 配置!B${yearRow} 本文件为 2020 年度（其“配置”的评价年度），而其他 2 个文件（${n[0]}、${n[2]}）为 2019 年度，两个年度的文件一样多，无法判断哪个是本年度：汇总暂按 2019 年度计。不同年度的台账汇总在一起，全区数字会重复或错年，请确认各文件报送的是同一年度的台账。`;
    expect(c.out.filter((l) => l.includes('X005'))).toEqual([tie(1), tie(3)]);
    const en = capture();
    await main(['merge', ...paths, '-o', path.join(dir, 'tie-en.xlsx'), '--lang', 'en'], en.io);
    const lines = en.out.filter((l) => l.includes('X005'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('as many files of each year');
    // no Chinese but the user's data (the file names, the sheet name)
    expect([...n, '配置!'].reduce((t, f) => t.split(f).join(''), lines.join('\n'))).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('--profile of 2018: its 评价年度 stands, however many files name 2019', async () => {
    const fs3 = [ofYear(urumqi, 2019), ofYear(karamay, 2019), ofYear(turpan, 2018)];
    const r = checkAcross(fs3, { profile: split.province });
    expect(r.findings.filter((f) => f.rule === 'X005').map((f) => f.file)).toEqual([urumqi.file, karamay.file]);
    expect(r.fiscalYear).toBe(2018);
  });
});
