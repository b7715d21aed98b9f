/** `jx sample --monitor` and `jx monitor`: the mid-year table written, its lights and rates reported, the month checked. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import type { Grid } from '../../src/model/grid';
import { sampleMidYearGrid } from '../../src/model/sample';

function capture(): { out: string[]; err: string[]; io: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-monitor-'));
  sample = path.join(dir, 'midyear.xlsx');
  const c = capture();
  expect(await main(['sample', '--monitor', '-o', sample], c.io)).toBe(0);
  expect(c.out.join('\n')).toContain('监控截止月份 7');
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('jx monitor', () => {
  it('writes the 绩效监控表 with its formulas and conditional formats, and prints the rates and the lights per colour', async () => {
    const out = path.join(dir, 'table.xlsx');
    const c = capture();
    expect(await main(['monitor', sample, '-o', out], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('1—7月预算执行率 43.33%，时间进度 58.33%，预警：黄灯');
    expect(text).toContain('指标预警：绿灯 4 个，黄灯 2 个，红灯 2 个');
    expect(text).toMatch(/M001 警告 配置!B\d+/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('2018年度绩效监控表')!;
    expect(ws.getCell('G5').formula).toContain('F5/E5');
    expect(ws.getCell('O5').value).toMatchObject({ result: '黄灯' });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 1 });
    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    expect(cf.map((x) => x.ref)).toContain('O5');
    expect(cf[0].rules.map((r) => r.formulae[0])).toEqual(['"绿灯"', '"黄灯"', '"红灯"']);
  });

  it('--month 6 --json --lang en: time progress 50 %, the lights of June, in English', async () => {
    const c = capture();
    expect(await main(['monitor', sample, '--month', '6', '--json', '--lang', 'en', '-o', path.join(dir, 'june.xlsx')], c.io)).toBe(0);
    const j = JSON.parse(c.out.join('\n'));
    expect(j).toMatchObject({ month: 6, monitorDate: '2018-06-30', timeProgress: 0.5, budget: { executed: 520, initial: 1200, light: 'amber' } });
    // The 6月底前 deadline is due on the monitoring date itself: not passed, judged by 有可能.
    expect(j.counts).toEqual({ green: 4, amber: 4, red: 0 });
    // 43.33 % at 50 % is 6.67 points behind: amber, but within M001's 10 points.
    const rules = j.findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('M001');
    expect(j.findings.find((f: { rule: string }) => f.rule === 'M005').message).toMatch(/^Project XJZL2016-\d+: "[^"]+" started on 2016-\d\d-\d\d \(before this year\) and has had no payment this year by the end of month 6/);
  });

  it('refuses a month that is no cut-off month, and never overwrites', async () => {
    for (const m of ['12', '0', 'July']) {
      const c = capture();
      expect(await main(['monitor', sample, '--month', m], c.io)).toBe(2);
      expect(c.err.join('\n')).toContain('--month 只能是 1 至 11 的整数');
    }
    const c = capture();
    expect(await main(['monitor', sample, '-o', path.join(dir, 'table.xlsx')], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('已存在');
  });
});

/** The mid-year sample with its 1-7月拨付 (本年拨付, the 1—M月执行数 the table reads) blank: S002, a structural error. */
function blankPayments(): Grid {
  return {
    sheets: sampleMidYearGrid().sheets.map((s) => {
      if (s.name !== '项目台账') return s;
      const header = s.values.findIndex((r) => r.includes('1-7月拨付'));
      const col = s.values[header].indexOf('1-7月拨付');
      return { ...s, values: s.values.map((r, i) => (i <= header ? r : r.map((v, c) => (c === col ? null : v)))) };
    }),
  };
}

describe('jx check on the forms this tool writes (stop 38: S001 named the closest sheet and its 2 headers; S004 the 监控表\'s ✓ columns)', () => {
  it.each([
    ['monitor', '绩效监控表', 'monitoring table'],
    ['selfeval', '绩效自评表', 'self-evaluation table'],
  ])('jx %s\'s output alone: S001 says it is a %s and that the check needs the workbook it was made from; no unknown column', async (command, zh, en) => {
    const out = path.join(dir, `form-${command}.xlsx`);
    // the 自评表 of the year-end sample, the 监控表 of the mid-year one
    const from = command === 'selfeval' ? path.join(dir, 'yearend.xlsx') : sample;
    if (command === 'selfeval') expect(await main(['sample', '-o', from], capture().io)).toBe(0);
    expect(await main([command, from, '-o', out], capture().io)).toBe(0);
    const c = capture();
    await main(['check', out, '--json'], c.io);
    const findings: Array<{ rule: string; message: string }> = JSON.parse(c.out.join('\n'))[0].findings;
    expect(findings.map((f) => f.rule)).not.toContain('S004');
    const s001 = findings.filter((f) => f.rule === 'S001');
    expect(s001).toHaveLength(1);
    expect(s001[0].message).toMatch(new RegExp(`^工作表“2018年度${zh}”是一张${zh}（由项目台账和绩效指标生成的表），不是检查的对象：.*请检查生成此表所依据的工作簿`));
    const e = capture();
    await main(['check', out, '--json', '--lang', 'en'], e.io);
    const english = JSON.parse(e.out.join('\n'))[0].findings.find((f: { rule: string }) => f.rule === 'S001').message as string;
    expect(english).toContain(`is a performance ${en}`);
    expect(english.replace(/2018年度(绩效监控表|绩效自评表)/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('jx monitor over structural errors: refused unless --draft, as jx selfeval and jx report', () => {
  let bad: string;
  beforeAll(async () => {
    bad = path.join(dir, '无拨付.xlsx');
    await fs.writeFile(bad, await writeXlsx(blankPayments().sheets.map((grid) => ({ grid }))));
  });

  it('refuses, says why and how to get a draft (text, English, --json); writes nothing', async () => {
    const out = path.join(dir, 'refused.xlsx');
    const c = capture();
    expect(await main(['monitor', bad, '-o', out], c.io)).toBe(1);
    expect(c.err[0]).toBe('未生成绩效监控表：工作簿的结构有 1 个错误，读出的数据不完整或不可靠，据此生成的监控表会是错的：');
    expect(c.err[1]).toMatch(/^ {2}S002 错误 项目台账!\w+\d+ .*必填列“本年拨付”/);
    expect(c.err[c.err.length - 1]).toBe('请先修正以上问题；如确需先看一份草稿，请加 --draft（监控表将标明“草稿：数据存在错误”）。');
    const en = capture();
    expect(await main(['monitor', bad, '-o', out, '--lang', 'en'], en.io)).toBe(1);
    expect(en.err[0]).toMatch(/^No monitoring table was built: the workbook's structure has 1 error\(s\)/);
    expect(en.err[en.err.length - 1]).toContain('add --draft');
    const j = capture();
    expect(await main(['monitor', bad, '-o', out, '--json'], j.io)).toBe(1);
    const json = JSON.parse(j.out.join('\n'));
    expect(json).toMatchObject({ input: bad, file: null, refused: true });
    expect(json.errors.map((f: { rule: string }) => f.rule)).toEqual(['S002']);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('--draft writes the table marked 草稿：数据存在错误 (title, footer, sheet name, read back from the file), says so, exit 1', async () => {
    const out = path.join(dir, 'draft.xlsx');
    const c = capture();
    expect(await main(['monitor', bad, '--draft', '-o', out], c.io)).toBe(1); // the errors stand
    expect(c.out[1]).toBe('注意：这是草稿，工作簿的结构有错误，表中已标明“草稿：数据存在错误”。');
    expect(c.out.join('\n')).toContain('S002 错误');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('2018年度绩效监控表（草稿）');
    expect(String(ws.getCell('A1').value)).toMatch(/^【草稿：数据存在错误】/);
    expect(ws.headerFooter.oddFooter).toContain('草稿：数据存在错误');
    const j = capture();
    expect(await main(['monitor', bad, '--draft', '--json', '--lang', 'en', '-o', out, '--force'], j.io)).toBe(1);
    expect(JSON.parse(j.out.join('\n'))).toMatchObject({ file: out, sheet: '2018年度绩效监控表（草稿）', draft: true });
  });

  it('a clean workbook is no draft, --draft or not (--json says draft: false)', async () => {
    const j = capture();
    expect(await main(['monitor', sample, '--draft', '--json', '-o', path.join(dir, 'clean.xlsx')], j.io)).toBe(0);
    const json = JSON.parse(j.out.join('\n'));
    expect(json).toMatchObject({ sheet: '2018年度绩效监控表', draft: false });
  });

  it('--help names --draft for jx monitor', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('jx monitor FILE [-o OUT] [--month M] [--draft] [--json] [--force] [LIMITS]');
  });
});
