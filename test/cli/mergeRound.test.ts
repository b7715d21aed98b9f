/**
 * One round of submissions as prefectures really send them, merged and sent back (merge34's sweep of `jx merge` and
 * the 问题清单 of `jx check --across --report`): a ledger resubmitted under the same file name from another folder, a
 * file given twice, 地州市 written in short forms. Each case failed on the code before its fix.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { main } from '../../src/cli/main';
import { fileNames } from '../../src/cli/sendback';
import { checkAcross, distinctNames } from '../../src/model/across';
import { consolidate } from '../../src/model/across/consolidate';
import { decimalToFen, fenToDecimal } from '../../src/model/money';
import { sumFen } from '../../src/model/aggregates';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { problemListLayouts, problemRows } from '../../src/model/sendback/problemList';
import { perPrefectureLedgers, projectsByPrefecture, withLedger } from '../support/shapes';
import { splitSample, withCell, withProfileRows, type SplitFile } from '../support/split';
import { capture } from './support';

let dir: string;
let profile: string;
const split = splitSample();
/** 阿克苏地区's file (9 projects) */
const aksu = split.files.find((f) => f.file === '阿克苏地区.xlsx')!;

async function save(f: SplitFile, name = f.file): Promise<string> {
  const p = path.join(dir, name);
  await fs.mkdir(path.dirname(p), { recursive: true });
  await fs.writeFile(p, await writeXlsx(f.grid.sheets.map((grid) => ({ grid }))));
  return p;
}

async function sheetOf(file: string, sheet: string): Promise<unknown[][]> {
  const read = await readWorkbookFile(await fs.readFile(file), path.basename(file), { inflater: nodeInflater });
  if (!read.ok) throw new Error('unreadable');
  return read.grid.sheets.find((s) => s.name === sheet)!.values as unknown[][];
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-round-'));
  profile = await save(split.province);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('a ledger resubmitted under the same file name (another folder)', () => {
  it('jx merge names each file by its folder and finds every project in both (X001); they were one file, counted twice in silence', async () => {
    const first = await save(aksu, path.join('1125', '阿克苏地区项目台账.xlsx'));
    const second = await save(aksu, path.join('1130', '阿克苏地区项目台账.xlsx'));
    const out = path.join(dir, 'resubmitted.xlsx');
    const c = capture();
    expect(await main(['merge', first, second, '--profile', profile, '-o', out, '--json'], c.io)).toBe(1);
    const j = JSON.parse(c.out.join('\n'));
    const a = path.join('1125', '阿克苏地区项目台账.xlsx');
    const b = path.join('1130', '阿克苏地区项目台账.xlsx');
    expect(j.files.map((f: { file: string }) => f.file)).toEqual([a, b]);
    const x001 = j.across.findings.filter((f: { rule: string }) => f.rule === 'X001');
    // each file: one line saying the whole ledger is the other file's, then its 9 projects one by one
    expect(x001).toHaveLength(20);
    const mine = x001.filter((f: { file: string }) => f.file === a);
    expect(mine).toHaveLength(10);
    expect(mine[0].message).toBe(`本文件的全部 9 个项目都在文件“${b}”中：同一台账报送了两次（或其中一个是重新报送的版本），汇总时请只保留一个文件。各重复项目另行列出。`);
    expect(mine.slice(1).every((f: { message: string }) => f.message.includes(`也出现在文件“${b}”`))).toBe(true);
    expect(x001.filter((f: { file: string; message: string }) => f.file === b && f.message.startsWith(`本文件的全部 9 个项目都在文件“${a}”中`))).toHaveLength(1);
    expect(j.across.pairs).toEqual([{ files: [a, b], rules: { X001: 20 }, counts: { error: 20, warning: 0, info: 0 } }]);
    // the 汇总 names both files as its sources
    expect(j.regions).toEqual([expect.objectContaining({ region: '阿克苏地区', projects: 18, files: [a, b] })]);
  });

  it('the 问题清单 lists each file under its own name, with its own findings', async () => {
    const first = await save(aksu, path.join('r1', '阿克苏地区项目台账.xlsx'));
    // the resubmission corrects a 本年拨付 the first got wrong
    const second = await save(withCell(aksu, 3, 13, 1), path.join('r2', '阿克苏地区项目台账.xlsx'));
    const report = path.join(dir, 'resubmitted-问题清单.xlsx');
    const c = capture();
    expect(await main(['check', '--across', first, second, '--profile', profile, '--report', report], c.io)).toBe(1);
    const [head, ...rows] = await sheetOf(report, '问题清单');
    const col = (h: string): number => head.indexOf(h);
    const a = path.join('r1', '阿克苏地区项目台账.xlsx');
    const b = path.join('r2', '阿克苏地区项目台账.xlsx');
    expect(new Set(rows.map((r) => r[col('文件')]))).toEqual(new Set([a, b]));
    // X003: the 本年拨付 that differs, in each file at its own cell
    const x003 = rows.filter((r) => r[col('规则')] === 'X003').map((r) => [r[col('文件')], r[col('单元格')]]);
    expect(x003).toEqual([[a, 'N4'], [b, 'N4']]);
    const summary = await sheetOf(report, '汇总');
    expect(summary.filter((r) => r[0] === a || r[0] === b).map((r) => [r[0], r[2]])).toEqual([[a, 9], [b, 9]]);
  });

  it('a file given twice (the same path, or another path to it) is read once, and said', async () => {
    const one = await save(aksu, path.join('twice', '阿克苏地区项目台账.xlsx'));
    const other = path.join(dir, 'twice', '.', '阿克苏地区项目台账.xlsx');
    const out = path.join(dir, 'twice.xlsx');
    const c = capture();
    expect(await main(['merge', one, other, '--profile', profile, '-o', out, '--json'], c.io)).toBe(0);
    const j = JSON.parse(c.out.join('\n'));
    expect([j.projects, j.files.length, j.across.findings]).toEqual([9, 1, []]);
    expect(c.err).toEqual([`“${other}”与“${one}”是同一个文件，只读取一次（重复给出的文件不会重复计入）。`]);
    const en = capture();
    expect(await main(['check', '--across', one, one, '--lang', 'en'], en.io)).toBe(0);
    expect(en.err).toEqual([`"${one}" is the same file as "${one}": read once (a file given twice is not counted twice).`]);
  });

  it('fileNames: the base name, or as much of the folders as tells files of one name apart', () => {
    const s = path.sep;
    expect(fileNames(['/a/x/台账.xlsx', '/a/y/台账.xlsx', '/a/y/其他.xlsx'])).toEqual([`x${s}台账.xlsx`, `y${s}台账.xlsx`, '其他.xlsx']);
    expect(fileNames(['/r/1/p/台账.xlsx', '/r/2/p/台账.xlsx'])).toEqual([`1${s}p${s}台账.xlsx`, `2${s}p${s}台账.xlsx`]);
  });

  it('checkAcross (the page: names without folders) gives a second file of one name （2）', () => {
    expect(distinctNames([{ file: 'a.xlsx', grid: aksu.grid }, { file: 'a.xlsx', grid: aksu.grid }, { file: 'a.xlsx（2）', grid: aksu.grid }]).map((i) => i.file)).toEqual(['a.xlsx', 'a.xlsx（3）', 'a.xlsx（2）']);
    const r = checkAcross([{ file: '阿克苏地区.xlsx', grid: aksu.grid }, { file: '阿克苏地区.xlsx', grid: aksu.grid }]);
    expect(r.files.map((f) => f.file)).toEqual(['阿克苏地区.xlsx', '阿克苏地区.xlsx（2）']);
    expect(r.findings.filter((f) => f.rule === 'X001')).toHaveLength(20); // 9 projects and the file's one line, in each
  });
});

describe('a prefecture that writes its 地州市 in a short form (伊犁州, read as 伊犁哈萨克自治州 by L006)', () => {
  /** 伊犁哈萨克自治州's file with every 地州市 cell written 伊犁州 */
  const yili = split.files.find((f) => f.file === '伊犁哈萨克自治州.xlsx')!;
  const rows = yili.grid.sheets[0].values.length;
  let short = yili;
  for (let r = 3; r < rows; r++) short = withCell(short, r, 4, '伊犁州');
  const files = split.files.map((f) => (f === yili ? short : f));
  /** each 地州市 allocated what its projects were paid */
  const allocations = projectsByPrefecture().map(([region, ps]) => [region, Number(fenToDecimal(sumFen(ps.map((p) => decimalToFen(String(p.disbursed), '万元')!)), '万元'))]);
  const province = withProfileRows(split.province, [[], ['地州市', '分配金额'], ...allocations]);

  it('is one 汇总 row under the official name, its payments meet its allocation (no X004), the 项目台账 says the official name', () => {
    const r = checkAcross(files, { profile: province });
    expect(r.findings).toEqual([]);
    const merged = consolidate(r);
    expect(merged.regions.map((x) => x.region)).toEqual(projectsByPrefecture().map(([region]) => region));
    expect(merged.regions.find((x) => x.region === '伊犁哈萨克自治州')).toMatchObject({ projects: 12, files: ['伊犁哈萨克自治州.xlsx'] });
    const ledger = merged.sheets[1].layout!.table!.rows;
    expect(ledger.filter((row) => row[4] === '伊犁州')).toEqual([]);
    expect(ledger.filter((row) => row[4] === '伊犁哈萨克自治州')).toHaveLength(12);
  });

  it('the province\'s budget is checked over all 14 (W001 when the payments miss 全年执行数)', () => {
    const off = files.map((f) => (f === short ? withCell(short, 3, 13, 1 + Number(yili.grid.sheets[0].values[3][13])) : f));
    const w001 = checkAcross(off, { profile: split.province }).findings.filter((f) => f.rule === 'W001');
    expect(w001.map((f) => [f.file, f.sheet])).toEqual([[split.province.file, '配置']]);
  });
});

describe('the 问题清单 of a ledger of a sheet per county (昌吉州: 昌吉市, 阜康市 …)', () => {
  // the sample in a sheet per 地州市; the second sheet's first project given 财政支持资金 5000, over its 项目总投资 (L022 at its cell)
  const sheets = perPrefectureLedgers();
  const second = sheets[1];
  const values = second.values.map((r) => [...r]);
  values[3][11] = 5000;
  const grid = withLedger([sheets[0], { ...second, values }, ...sheets.slice(2)]);
  const evaluation = evaluateWorkbook(grid);

  it('names the project of a finding on any sheet (it was blank past the first sheet), by that sheet\'s row', () => {
    const rows = problemRows([{ name: '昌吉州.xlsx', grid, evaluation }], 'zh-CN').filter((r) => r.rule === 'L022');
    expect(rows.map((r) => [r.sheet, r.cell, r.projectId, r.value])).toEqual([[second.name, 'L4', second.values[3][0], '5000']]);
    expect(rows[0].projectName).toBe(second.values[3][1]);
  });

  it('lists every sheet read, not the first alone', () => {
    const [summary] = problemListLayouts([{ name: '昌吉州.xlsx', grid, evaluation }], { locale: 'zh-CN', date: '2019-03-01' });
    const read = summary.cells.find((c) => c.col === 1 && typeof c.value === 'string' && c.value.includes(sheets[0].name));
    expect(read?.value).toBe(['配置', ...sheets.map((x) => x.name), '绩效指标', '报告素材'].join('、'));
  });
});

describe('--report naming a folder: one 问题清单 per submitter, to send back', () => {
  it('writes each file\'s own list (its findings across files among them), an unreadable file\'s with its reason; one name per file', async () => {
    const [a, b] = split.files;
    // b's file lists a's first project too (X001 in both)
    let twin = b;
    for (let c = 0; c < 22; c++) twin = withCell(twin, 3, c, a.grid.sheets[0].values[3][c]);
    const fa = await save(a, path.join('lists-in', a.file));
    const fb = await save(twin, path.join('lists-in', b.file));
    const again = await save(a, path.join('lists-in', 'r2', a.file));
    const locked = path.join(dir, 'lists-in', '和田地区（加密）.xlsx');
    await fs.writeFile(locked, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    const out = path.join(dir, 'lists');
    await fs.mkdir(out);
    const c = capture();
    expect(await main(['check', '--across', fa, fb, again, locked, '--profile', profile, '--report', out], c.io)).toBe(2);
    const names = (await fs.readdir(out)).sort();
    const stem = a.file.replace(/\.xlsx$/, '');
    expect(names).toEqual([`lists-in_${stem}-问题清单.xlsx`, `${b.file.replace(/\.xlsx$/, '')}-问题清单.xlsx`, `r2_${stem}-问题清单.xlsx`, '和田地区（加密）-问题清单.xlsx'].sort());
    const list = async (name: string): Promise<unknown[][]> => (await sheetOf(path.join(out, name), '问题清单')).slice(1);
    const bRows = await list(`${b.file.replace(/\.xlsx$/, '')}-问题清单.xlsx`);
    // a one-file list has no 文件 column: 规则 is the third, 说明 the tenth; X001 names the other file by its folder
    expect(bRows.map((r) => [r[2], r[5]])).toEqual([['X001', 'A4']]);
    expect(bRows[0][9]).toContain(`也出现在文件“${path.join('lists-in', a.file)}”`);
    const summary = await sheetOf(path.join(out, '和田地区（加密）-问题清单.xlsx'), '汇总');
    const texts = summary.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((v) => v.startsWith('无法读取：'))).toBe(true);
    expect(texts).toContain('未能检查：文件无法读取（原因见上表），请修正后重新报送。');
    expect(texts).not.toContain('未发现问题。');
    expect(c.err.filter((l) => l.startsWith('已生成问题清单'))).toHaveLength(4);
  });
});

describe('the 汇总 counts a file\'s findings on no project row in its 地州市\'s row', () => {
  it('克州\'s ledger of last year: its X005 on 克孜勒苏柯尔克孜自治州\'s row, not a row of its own', () => {
    const kz = split.files.find((f) => f.file === '克孜勒苏柯尔克孜自治州.xlsx')!;
    const old = withCell(kz, 0, 0, '克孜勒苏柯尔克孜自治州2017年度自治区专利实施项目台账');
    const r = checkAcross([split.files[0], old], { profile: split.province });
    expect(r.findings.map((f) => [f.rule, f.file])).toEqual([['X005', old.file]]);
    const merged = consolidate(r);
    expect(merged.regions.map((x) => [x.region, x.warnings])).toEqual([['乌鲁木齐市', 0], ['克孜勒苏柯尔克孜自治州', 1]]);
    expect(merged.sheets[0].layout!.cells.filter((c) => c.value === '（不属于单个项目的问题）')).toEqual([]);
  });
});

describe('a prefecture\'s file made from the province\'s template, its 配置 copied in', () => {
  const profileSheet = split.province.grid.sheets.find((x) => x.name === '配置')!;
  const tl = split.files.find((f) => f.file === '吐鲁番市.xlsx')!;
  const withProfile = (values: ReadonlyArray<ReadonlyArray<unknown>>): SplitFile => ({ file: tl.file, grid: { sheets: [{ ...profileSheet, values: values as typeof profileSheet.values }, ...tl.grid.sheets] } });
  const budget = (r: ReturnType<typeof checkAcross>): string[] => r.files.flatMap((f) => f.evaluation.findings.filter((x) => x.rule === 'W001' || x.rule === 'W002').map((x) => `${f.file} ${x.rule}`));

  it('gets no W001 for paying its part of the province\'s 全年执行数 (its budget is the province\'s, checked over all files)', () => {
    expect(budget(checkAcross([split.files[0], withProfile(profileSheet.values)], { profile: split.province }))).toEqual([]);
  });

  it('a 配置 of its own budget is still checked against its payments', () => {
    const own = profileSheet.values.map((r) => (r[0] === '全年执行数' ? [r[0], 30] : r[0] === '全年预算数' || r[0] === '年初预算数' ? [r[0], 40] : [...r]));
    expect(budget(checkAcross([split.files[0], withProfile(own)], { profile: split.province }))).toEqual([`${tl.file} W001`]);
  });
});

describe('a ledger whose whole amount columns are in the other unit (元 with no 单位 said)', () => {
  const k = split.files.find((f) => f.file === '克拉玛依市.xlsx')!;
  const sheet = k.grid.sheets[0];
  // amounts ×10,000 (元), the 单位：万元 line dropped
  const yuan: SplitFile = {
    file: k.file,
    grid: { sheets: [{ ...sheet, values: sheet.values.filter((r) => !(typeof r[0] === 'string' && r[0].startsWith('单位'))).map((r, i) => (i < 2 ? r : r.map((v, c) => (c >= 10 && c <= 14 && typeof v === 'number' ? Math.round(v * 1e6) / 100 : v)))) }] },
  };

  it('is not merged (the 汇总 summed it 10,000 times too big, exit 0); --draft merges it, said to be a draft', async () => {
    const a = await save(split.files[0], path.join('unit', split.files[0].file));
    const b = await save(yuan, path.join('unit', k.file));
    const out = path.join(dir, 'unit.xlsx');
    const c = capture();
    expect(await main(['merge', a, b, '--profile', profile, '-o', out], c.io)).toBe(2);
    expect(c.err[0]).toBe(`未生成汇总：1 个文件（“${k.file}”）的结构或金额单位有 5 个问题（整列金额疑似按另一单位填写），读出的项目或金额不可靠，据此汇总会得出错误的全区数字。请先修正这些文件（在列标题或单位行注明单位）后再合并。`);
    expect(c.err.filter((l) => l.includes('L013'))).toHaveLength(5);
    await expect(fs.stat(out)).rejects.toThrow();
    const d = capture();
    expect(await main(['merge', a, b, '--profile', profile, '-o', out, '--draft', '--lang', 'en'], d.io)).toBe(0);
    expect(d.out[1]).toBe('Note: this is a draft: files merged have structural errors, a doubtful money unit or are not all of one fund, and the figures are incomplete or unreliable.');
  });
});
