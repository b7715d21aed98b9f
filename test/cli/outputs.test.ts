/**
 * What the CLI says when its arguments or its output file are wrong (exit 2, in words, in the
 * user's language), and what `--json` prints when a command refuses to build its output.
 * Found by the sweep of unseen inputs: a missing folder was an "internal error" (exit 3), a folder
 * given as -o an EISDIR, `-o x.csv` wrote workbook bytes under a CSV name, `sample --help` and
 * `--max-size -5` answered in Node's English, `--json` refusals printed nothing on stdout.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { writeXlsx } from '../../src/adapters/xlsx';
import { capture } from './support';

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-out-'));
  sample = path.join(dir, 'sample.xlsx');
  expect(await main(['sample', '-o', sample], capture().io)).toBe(0);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

const CHINESE = /[\u4e00-\u9fff]/;

describe('an output file that cannot be written is refused in words, before the work, with exit 2', () => {
  test.each([
    ['selfeval', (o: string) => ['selfeval', sample, '-o', o], '.xlsx'],
    ['monitor', (o: string) => ['monitor', sample, '-o', o], '.xlsx'],
    ['report', (o: string) => ['report', sample, '-o', o], '.docx'],
    ['sample', (o: string) => ['sample', '-o', o], '.xlsx'],
    ['merge', (o: string) => ['merge', sample, '-o', o], '.xlsx'],
    ['check --report', (o: string) => ['check', sample, '--report', o], '.xlsx'],
    ['check --annotate', (o: string) => ['check', sample, '--annotate', o], '.xlsx'],
  ])('%s', async (_, args, ext) => {
    const missing = path.join(dir, 'no-such-folder', `out${ext}`);
    let c = capture();
    expect(await main(args(missing), c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(`文件夹“${path.dirname(missing)}”不存在`);
    expect(c.out).toEqual([]); // before the work: nothing checked or written first
    await expect(fs.stat(path.dirname(missing))).rejects.toThrow(); // nothing made

    const folder = path.join(dir, `folder${ext}`);
    await fs.mkdir(folder, { recursive: true });
    // --annotate and --report take a folder (a copy or a list per file goes in it, since 5bea726): see below
    for (const force of _ === 'check --annotate' || _ === 'check --report' ? [] : [[], ['--force']]) {
      c = capture();
      expect(await main([...args(folder), ...force], c.io)).toBe(2);
      expect(c.err.join('\n')).toContain(`“${folder}”是一个文件夹`);
      expect((await fs.stat(folder)).isDirectory()).toBe(true);
    }

    const wrong = path.join(dir, `out-${_.replace(/\W+/g, '-')}.csv`);
    c = capture();
    expect(await main([...args(wrong), '--lang', 'en'], c.io)).toBe(2);
    const said = c.err.join('\n');
    expect(said).toContain(`must end in ${ext}`);
    expect(said.replace(dir, '')).not.toMatch(CHINESE);
    await expect(fs.stat(wrong)).rejects.toThrow();
  });

  test('check --annotate FOLDER with one file writes <folder>/<name>-标注.xlsx, as with several', async () => {
    const folder = path.join(dir, 'annotated');
    await fs.mkdir(folder);
    const c = capture();
    expect(await main(['check', sample, '--annotate', folder], c.io)).toBe(0);
    expect(await fs.readdir(folder)).toEqual(['sample-标注.xlsx']);
  });

  test('check --report FOLDER with one file writes <folder>/<name>-问题清单.xlsx (5bea726), never over one there', async () => {
    const folder = path.join(dir, 'lists');
    await fs.mkdir(folder);
    let c = capture();
    expect(await main(['check', sample, '--report', folder], c.io)).toBe(0);
    expect(await fs.readdir(folder)).toEqual(['sample-问题清单.xlsx']);
    c = capture();
    expect(await main(['check', sample, '--report', folder], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('已存在，未覆盖');
  });

  test('a write the system refuses (here: a path through a file) is said in words, not an internal error', async () => {
    const file = path.join(dir, 'plain.txt');
    await fs.writeFile(file, 'x');
    const c = capture();
    expect(await main(['selfeval', sample, '-o', path.join(file, 'x.xlsx')], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/^无法写入“.*x\.xlsx”：/);
  });
});

describe('arguments', () => {
  test('--help and -h print the usage on stdout, exit 0, for jx and for a command', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['sample', '--help'], ['check', '-h']]) {
      const c = capture();
      expect(await main(args, c.io)).toBe(0);
      expect(c.out.join('\n')).toContain('jx selfeval FILE');
      expect(c.err).toEqual([]);
    }
  });

  test('--version (and -v, -V) prints the package\'s version on stdout, exit 0, alone or after a command; the usage names it', async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    for (const args of [['--version'], ['-v'], ['-V'], ['check', '--version']]) {
      const c = capture();
      expect(await main(args, c.io)).toBe(0);
      expect(c.out).toEqual([`jx ${version}`]);
      expect(c.err).toEqual([]);
    }
    const h = capture();
    await main(['--help'], h.io);
    expect(h.out.join('\n')).toContain('jx --version');
  });

  test('Node\'s English complaints are said in the asked language, naming the option', async () => {
    let c = capture();
    expect(await main(['check', sample, '--max-size', '-5'], c.io)).toBe(2);
    expect(c.err[0].split('\n')[0]).toBe('jx: 选项 --max-size 缺少取值或取值不对（以 - 开头的取值请写成 --max-size=值）。');
    c = capture();
    expect(await main(['check', sample, '--bogus'], c.io)).toBe(2);
    expect(c.err[0].split('\n')[0]).toBe('jx: 不认识的选项 --bogus。');
    c = capture();
    expect(await main(['check', sample, '--lang', 'en', '--bogus'], c.io)).toBe(2);
    expect(c.err[0].split('\n')[0]).toBe('jx: Unknown option --bogus.');
  });

  test('jx sample FILE writes FILE as -o FILE does (never over a file unless --force); two different outputs are refused, naming both', async () => {
    const bare = path.join(dir, 'bare-sample.xlsx');
    let c = capture();
    expect(await main(['sample', bare], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain(`已写出示例工作簿“${bare}”`);
    expect((await fs.readFile(bare)).subarray(0, 2).toString()).toBe('PK');
    const before = (await fs.stat(bare)).mtimeMs;
    c = capture();
    expect(await main(['sample', bare], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('已存在，未覆盖');
    expect((await fs.stat(bare)).mtimeMs).toBe(before);
    expect(await main(['sample', bare, '-o', bare, '--force'], capture().io)).toBe(0); // the same file twice is one output
    const other = path.join(dir, 'other-sample.xlsx');
    for (const args of [['sample', bare, '-o', other], ['sample', bare, other, '--force']]) {
      c = capture();
      expect(await main(args, c.io)).toBe(2);
      expect(c.err.join('\n').split('\n')[0]).toBe(`jx: jx sample 只写一个文件，却给了 2 个输出：“${bare}”、“${other}”。请只写一个（jx sample 文件.xlsx 或 jx sample -o 文件.xlsx）。`);
    }
    c = capture();
    expect(await main(['sample', bare, other, '--lang', 'en'], c.io)).toBe(2);
    expect(c.err[0].split('\n')[0]).toMatch(/^jx: jx sample writes one file, but 2 outputs were given: /);
    expect(c.err[0].split('\n')[0]).not.toMatch(/[\u4e00-\u9fff]/);
    await expect(fs.stat(other)).rejects.toThrow();
  });

  test('--lang takes zh or en (and their region forms); anything else is refused instead of silently Chinese', async () => {
    for (const lang of ['zh', 'zh-CN', 'cn', 'en', 'en-US', 'EN']) expect(await main(['check', sample, '--lang', lang], capture().io)).toBe(0);
    const c = capture();
    expect(await main(['check', sample, '--lang', 'fr'], c.io)).toBe(2);
    expect(c.err[0]).toContain('--lang 只能是 zh（中文）或 en（English），而不是“fr”');
  });
});

describe('default output names follow --lang (they were Chinese under --lang en: 台账-自评表.xlsx, 汇总.xlsx)', () => {
  test('selfeval, report, monitor, merge and sample name what they write beside the input after it, in the language asked', async () => {
    const folder = path.join(dir, 'names');
    await fs.mkdir(folder);
    const ledger = path.join(folder, '伊犁州台账.xlsx');
    const midYear = path.join(folder, '伊犁州年中.xlsx');
    await fs.copyFile(sample, ledger);
    expect(await main(['sample', '--monitor', '-o', midYear], capture().io)).toBe(0);
    const cwd = process.cwd();
    process.chdir(folder); // merge writes into the working folder
    try {
      for (const lang of ['en', 'zh']) {
        for (const args of [['selfeval', ledger], ['report', ledger], ['monitor', midYear], ['merge', ledger], ['sample'], ['sample', '--monitor']]) {
          const c = capture();
          expect([args[0], lang, await main([...args, '--lang', lang], c.io)]).toEqual([args[0], lang, 0]);
        }
      }
    } finally {
      process.chdir(cwd);
    }
    expect((await fs.readdir(folder)).sort()).toEqual(
      [
        '伊犁州台账.xlsx',
        '伊犁州年中.xlsx',
        '伊犁州台账-self-evaluation.xlsx',
        '伊犁州台账-self-evaluation-report.docx',
        '伊犁州年中-monitoring.xlsx',
        'consolidated.xlsx',
        '伊犁州台账-自评表.xlsx',
        '伊犁州台账-自评报告.docx',
        '伊犁州年中-绩效监控表.xlsx',
        '汇总.xlsx',
        // jx sample without a file (stop 37: Chinese under --lang en too)
        '2018-patent-fund-sample.xlsx',
        '2018-patent-fund-sample-monitoring-1-7.xlsx',
        '2018年度专利实施资金-示例.xlsx',
        '2018年度专利实施资金-1-7月监控示例.xlsx',
      ].sort(),
    );
  });
});

describe('--json refusals print why on stdout', () => {
  test('selfeval, report and monitor over a workbook with no indicator table: {refused: true, errors, findings}, exit 1, nothing written', async () => {
    const ledgerOnly = path.join(dir, 'ledger-only.xlsx');
    const values = [['项目编号', '项目名称', '承担单位'], ['P1', '甲', '某公司']];
    await fs.writeFile(ledgerOnly, await writeXlsx([{ grid: { name: '项目台账', values } }]));
    for (const [cmd, ext] of [['selfeval', '.xlsx'], ['report', '.docx'], ['monitor', '.xlsx']]) {
      const out = path.join(dir, `refused-${cmd}${ext}`);
      const c = capture();
      expect(await main([cmd, ledgerOnly, '-o', out, '--json'], c.io)).toBe(1);
      const j = JSON.parse(c.out.join('\n'));
      expect(j).toMatchObject({ input: ledgerOnly, file: null, refused: true });
      expect(j.errors.length).toBeGreaterThan(0);
      expect(j.errors.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
      expect(j.findings.length).toBeGreaterThanOrEqual(j.errors.length);
      expect(c.err.length).toBeGreaterThan(0); // the human text stays on stderr
      await expect(fs.stat(out)).rejects.toThrow();
    }
  });
});
