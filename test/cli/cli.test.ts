import { promises as fs, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main';
import { writeXlsx } from '../../src/adapters/xlsx';
import { messyLedgerGrid, sampleWorkbookGrid } from '../../src/model/sample';
import type { GridSheet } from '../../src/model/grid';
import { capture, sha } from './support';


let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-cli-'));
  sample = path.join(dir, 'sample.xlsx');
  const c = capture();
  expect(await main(['sample', '-o', sample], c.io)).toBe(0);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('jx check', () => {
  it('exits 0 on the sample and prints counts', async () => {
    const c = capture();
    expect(await main(['check', sample], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('错误 0 个，警告 0 个，提示 0 个');
  });
  it('says which stage it judged: year-end for the sample, budget request for a target table alone (targets reviewed only)', async () => {
    const c = capture();
    expect(await main(['check', sample], c.io)).toBe(0);
    expect(c.out[1]).toBe('  阶段：年终自评——检查项目台账、绩效指标与评分');
    const request = path.join(dir, 'request.xlsx');
    const values = [['一级指标', '二级指标', '三级指标', '年度指标值'], ['产出指标', '数量指标', '新建公厕', '两座'], ['效益指标', '社会效益指标', '改善人居环境', '有效改善']];
    await fs.writeFile(request, await writeXlsx([{ grid: { name: '绩效目标', values } }]));
    const r = capture();
    expect(await main(['check', request], r.io)).toBe(0);
    expect(r.out.slice(0, 2)).toEqual([request, '  阶段：预算申报（无实际完成值、无项目台账）——仅审核绩效目标']);
    expect(r.out[2]).toMatch(/^ {2}T001 警告 绩效目标!D3 /);
    const j = capture();
    expect(await main(['check', request, '--json', '--lang', 'en'], j.io)).toBe(0);
    const [report] = JSON.parse(j.out.join('\n'));
    expect([report.stage, report.counts]).toEqual(['request', { error: 0, warning: 1, info: 0 }]);
    expect(report.findings[0].message).toBe('Indicator "改善人居环境" (Outcome indicators): the target "有效改善" has no number and no deadline; Caiyu [2020] No. 10 asks for quantified targets where possible (e.g. ≥95%, ≥3, a date).');
  });
  it('reads the messy source-year ledger (aliases, merges, a 元 column, text amounts, 合计 row) as an .xlsx with 0 errors', async () => {
    const messy = path.join(dir, 'messy.xlsx');
    await fs.writeFile(messy, await writeXlsx(messyLedgerGrid().grid.sheets.map((s) => ({ grid: s }))));
    const c = capture();
    expect(await main(['check', messy, '--json'], c.io)).toBe(0);
    const [report] = JSON.parse(c.out.join('\n'));
    // its 序号 column is a row's serial number, known and no field: no S004 (stop 37 listed it as an unknown column)
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });
  it('a finding on the whole workbook (W009 with no 配置 sheet to hold 全年预算数) names no sheet and no cell in --json, not A1 of sheet ""', async () => {
    const noProfile = path.join(dir, 'no-profile.xlsx');
    await fs.writeFile(noProfile, await writeXlsx(sampleWorkbookGrid().sheets.filter((s) => s.name !== '配置').map((grid) => ({ grid }))));
    const c = capture();
    await main(['check', noProfile, '--json'], c.io);
    const [report] = JSON.parse(c.out.join('\n'));
    expect(report.findings.find((f: { rule: string }) => f.rule === 'W009')).toMatchObject({ sheet: '', cell: '' });
    const text = capture();
    await main(['check', noProfile], text.io);
    // no place before the words, and the words say where the budget goes (they did not: no 配置 to fill in)
    expect(text.out.find((l) => l.includes('W009'))).toBe(
      '  W009 警告 工作簿中没有“配置”工作表，全年预算数为空，无法计算预算执行率（执行数 1200 万元），执行率与得分显示为“—”。请新建名为“配置”的工作表，在一行中写“全年预算数”及其金额（如“全年预算数 | 1200”，单位与台账相同）。',
    );
    const en = capture();
    await main(['check', noProfile, '--lang', 'en'], en.io);
    expect(en.out.find((l) => l.includes('W009'))).toBe(
      '  W009 warning The workbook has no profile sheet ("配置"), so the full-year budget is empty: no execution rate can be computed (executed 1200 ×10,000 yuan); rate and score show "—". Add a sheet named "配置" with a row "全年预算数" and the amount beside it (e.g. "全年预算数 | 1200", in the ledger\'s unit).',
    );
  });
  it('exits 1 when a file has an error finding, with the documented JSON shape', async () => {
    const grid = sampleWorkbookGrid();
    const sheets = grid.sheets.map((s): GridSheet => {
      if (s.name !== '项目台账') return s;
      const values = s.values.map((r) => [...r]);
      values[5][0] = values[4][0]; // duplicate 项目编号 → L004 at A6
      return { ...s, values };
    });
    const bad = path.join(dir, 'bad.xlsx');
    await fs.writeFile(bad, await writeXlsx(sheets.map((s) => ({ grid: s }))));
    const before = await sha(bad);
    const c = capture();
    expect(await main(['check', bad, '--json'], c.io)).toBe(1);
    const json = JSON.parse(c.out.join('\n'));
    expect(json).toHaveLength(1);
    expect(json[0].counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(json[0].findings[0]).toEqual({
      rule: 'L004', severity: 'error', sheet: '项目台账', cell: 'A6', projectId: expect.any(String),
      message: expect.stringMatching(/^项目 .+：项目编号“.+”重复，首次出现在 A5。$/),
    });
    expect(await sha(bad)).toBe(before); // never writes to what it checks
  });
  it('reports the indicator and scoring findings the task pane reports (W006 here)', async () => {
    const sheets = sampleWorkbookGrid().sheets.map((s): GridSheet => {
      if (s.name !== '绩效指标') return s;
      const values = s.values.map((r) => [...r]);
      values[2][10] = null; // the training indicator (1100 against 500) loses its explanation
      return { ...s, values };
    });
    const file = path.join(dir, 'unexplained.xlsx');
    await fs.writeFile(file, await writeXlsx(sheets.map((s) => ({ grid: s }))));
    const c = capture();
    expect(await main(['check', file, '--json'], c.io)).toBe(0);
    const [report] = JSON.parse(c.out.join('\n'));
    expect(report.findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual(['W006@G3']);
  });
  it('exits 2 for unreadable files, still checks the others, with progress on stderr', async () => {
    const txt = path.join(dir, 'notes.xlsx');
    await fs.writeFile(txt, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]));
    const c = capture();
    expect(await main(['check', txt, sample, path.join(dir, 'missing.xlsx')], c.io)).toBe(2);
    expect(c.err.filter((l) => /^\[\d\/3\] 正在检查/.test(l))).toHaveLength(3);
    expect(c.out.join('\n')).toMatch(/notes\.xlsx\n {2}无法读取：无法识别的文件格式/);
    expect(c.out.join('\n')).toContain('错误 0 个');
    expect(c.out.join('\n')).toContain('找不到文件');
  });
  it('refuses a device or a pipe by name instead of reading it (/dev/zero never ends; /dev/null was read as an empty file)', async () => {
    const c = capture();
    expect(await main(['check', '/dev/null', sample], c.io)).toBe(2);
    expect(c.out.join('\n')).toContain('无法读取：“/dev/null”不是文件（是设备或管道），无法检查。请先将台账保存为文件，再检查该文件。');
    expect(c.out.join('\n')).toContain('错误 0 个');
    const e = capture();
    expect(await main(['check', '--lang', 'en', '/dev/zero'], e.io)).toBe(2);
    expect(e.out.join('\n')).toContain('"/dev/zero" is not a file (it is a device or a pipe) and cannot be checked.');
  });
  it('speaks English with --lang en', async () => {
    const c = capture();
    await main(['check', sample, '--lang', 'en'], c.io);
    expect(c.out.join('\n')).toContain('0 error(s), 0 warning(s), 0 info');
  });
  it('says what is wrong with a command line that reaches no command, not the usage alone (a typo, a file missing or one too many)', async () => {
    const said = async (argv: string[]): Promise<string> => {
      const c = capture();
      expect(await main(argv, c.io)).toBe(2);
      expect(c.err.join('\n')).toContain('用法 / usage');
      return c.err[0].split('\n')[0];
    };
    expect(await said(['chek', sample])).toBe('jx: 不认识的命令“chek”，是否要用 jx check？');
    expect(await said(['selfevl', sample, '--lang', 'en'])).toBe('jx: Unknown command "selfevl". Did you mean jx selfeval?');
    expect(await said(['validate', sample])).toBe('jx: 不认识的命令“validate”。可用的命令：check、selfeval、report、monitor、merge、sample。');
    expect(await said(['--json', 'check', sample])).toBe('jx: 请先写命令（check、selfeval、report、monitor、merge、sample），再写选项“--json”，例如 jx check 项目台账.xlsx --json。');
    expect(await said(['check'])).toBe('jx: jx check 需要至少一个文件，例如 jx check 项目台账.xlsx。');
    expect(await said(['merge', '--lang', 'en'])).toBe('jx: jx merge needs at least one file, e.g. jx merge ledger.xlsx.');
    expect(await said(['report'])).toBe('jx: jx report 需要一个工作簿文件，例如 jx report 项目台账.xlsx。');
    expect(await said(['selfeval', sample, 'out.xlsx'])).toBe(`jx: jx selfeval 一次只处理一个文件，却给了 2 个：“${sample}”、“out.xlsx”。输出位置请用 -o 指定。`);
    expect(await said(['sample', 'mine.xlsx', '-o', 'yours.xlsx'])).toBe('jx: jx sample 只写一个文件，却给了 2 个输出：“mine.xlsx”、“yours.xlsx”。请只写一个（jx sample 文件.xlsx 或 jx sample -o 文件.xlsx）。');
    // jx alone: the usage is the answer
    const c = capture();
    expect(await main([], c.io)).toBe(2);
    expect(c.err.join('\n').startsWith('用法 / usage:')).toBe(true);
  });
  it('rejects unknown options with usage and exit 2', async () => {
    const c = capture();
    expect(await main(['check', '--bogus', sample], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('用法');
  });
});

describe('jx selfeval', () => {
  it('writes <name>-自评表.xlsx beside the input, never touches the input, refuses to overwrite without --force', async () => {
    const before = await sha(sample);
    const c = capture();
    expect(await main(['selfeval', sample], c.io)).toBe(0);
    const out = path.join(dir, 'sample-自评表.xlsx');
    await fs.access(out);
    expect(c.out[0]).toContain('2018年度绩效自评表');
    expect(c.out[1]).toBe('总分 100.00，自评等级：优');
    const en = capture();
    expect(await main(['selfeval', sample, '-o', path.join(dir, 'sample-en.xlsx'), '--lang', 'en'], en.io)).toBe(0);
    expect(en.out[1]).toBe('Total 100.00, grade excellent'); // no Chinese word in the English line
    expect(await sha(sample)).toBe(before);
    const stamp = await sha(out);
    const again = capture();
    expect(await main(['selfeval', sample], again.io)).toBe(2);
    expect(again.err.join('')).toContain('已存在');
    expect(await sha(out)).toBe(stamp);
    expect(await main(['selfeval', sample, '--force', '--layout', '2018'], capture().io)).toBe(0);
    expect(await sha(out)).not.toBe(stamp);
  });
  it('prints the documented JSON', async () => {
    const c = capture();
    expect(await main(['selfeval', sample, '-o', path.join(dir, 'j.xlsx'), '--json'], c.io)).toBe(0);
    const j = JSON.parse(c.out.join('\n'));
    expect(j).toMatchObject({ sheet: '2018年度绩效自评表', layout: '2020', budget: { rate: 1, score: 10 }, total: 100, grade: '优', findings: [] });
    expect(j.indicators[0]).toEqual({ level1: '产出指标', level2: '数量指标', name: '支持专利实施项目', target: '≥49家', actual: '49家', points: 20, score: 20 });
  });
  it('refuses to write over its own input', async () => {
    const c = capture();
    expect(await main(['selfeval', sample, '-o', sample, '--force'], c.io)).toBe(2);
  });
  it('rejects a bad --layout', async () => {
    expect(await main(['selfeval', sample, '--layout', '2019'], capture().io)).toBe(2);
  });
});

describe('--json when nothing is built (sweep31-forms: stdout was empty, only check --json gave JSON)', () => {
  it.each(['selfeval', 'report', 'monitor'])('jx %s of a missing file, and over an existing output: the error as JSON on stdout, exit 2', async (command) => {
    const missing = capture();
    expect(await main([command, path.join(dir, 'nope.xlsx'), '--json'], missing.io)).toBe(2);
    expect(JSON.parse(missing.out.join('\n'))).toMatchObject({ input: path.join(dir, 'nope.xlsx'), file: null, error: expect.stringContaining('nope.xlsx') });
    expect(missing.err.join('\n')).toContain('nope.xlsx');
    const taken = path.join(dir, `taken-${command}.${command === 'report' ? 'docx' : 'xlsx'}`);
    writeFileSync(taken, 'x');
    const exists = capture();
    expect(await main([command, sample, '-o', taken, '--json'], exists.io)).toBe(2);
    expect(JSON.parse(exists.out.join('\n'))).toMatchObject({ input: sample, file: null, error: expect.stringContaining('--force') });
  });
});

describe('bin/jx.js', () => {
  it('runs through node like `npx jx` does', () => {
    const r = spawnSync(process.execPath, [path.join(__dirname, '../../bin/jx.js'), 'check', sample], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('错误 0 个');
  });

  it('keeps V8\'s code cache of the bundle, keyed to the bundle it was made from; a damaged cache is rejected, never run', () => {
    const bin = path.join(__dirname, '../../bin/jx.js');
    const bundle = path.join(__dirname, '../../build/jx.cjs');
    const cache = `${bundle}.cache`;
    const run = (): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [bin, 'check', sample], { encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    const st = statSync(bundle);
    const [head, commands] = readFileSync(cache).subarray(0, 200).toString('latin1').split('\n');
    expect(head).toBe(`jx-code-cache-2 ${process.version} ${st.size} ${st.mtimeMs}`);
    expect(commands.split(' ')).toContain('check');
    // The same key over garbage: V8 rejects the data, the command still runs and the cache is rewritten.
    writeFileSync(cache, Buffer.concat([Buffer.from(`${head}\ncheck\n`), Buffer.alloc(4096, 7)]));
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(cache).length).toBeGreaterThan(4096 + head.length + 1);
  });

  it('writes the code cache again once for a command it was not made after, with that command\'s functions', () => {
    const bin = path.join(__dirname, '../../bin/jx.js');
    const cache = path.join(__dirname, '../../build/jx.cjs.cache');
    const run = (...args: string[]): void => void expect(spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' }).status).toBe(0);
    const made = (): { commands: string[]; size: number; at: number } => {
      const c = readFileSync(cache);
      return { commands: c.subarray(0, 300).toString('latin1').split('\n')[1].split(' '), size: c.length, at: statSync(cache).mtimeMs };
    };
    run('--help');
    rmSync(cache, { force: true });
    run('--help'); // made after the usage alone
    const help = made();
    expect(help.commands).toEqual(['other']);
    run('check', sample); // check's reading and checking code, not in that cache: written again
    const check = made();
    expect(check.commands).toEqual(['other', 'check']);
    expect(check.size).toBeGreaterThan(help.size + 100_000);
    run('check', '--json', sample); // made after a check already: kept as it is
    run('--help');
    expect(made()).toEqual(check);
  });
});
