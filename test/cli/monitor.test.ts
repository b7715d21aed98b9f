/** `jx sample --monitor` and `jx monitor`: the mid-year table written, its lights and rates reported, the month checked. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

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
