/**
 * Line breaks typed inside a cell (Alt+Enter in a 三级指标 or a 项目编号, a CSV's quoted newline) stay in the data as
 * written, but the finding outputs are one line each: `jx check`'s text (a line per finding), a finding's message in
 * --json, the 问题清单's message column and the pane's list (all findingText). Unseen41/review41's Left: a name's
 * break split a finding over two lines of `jx check`, the second with no rule, no cell.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { indicators, scoredBook } from '../model/support/ledger';
import { capture } from './support';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-oneline-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('a line break inside a cell: kept in the data, one line in every finding', () => {
  it.each([
    ['Alt+Enter (\\n)', '\n'],
    ['a CSV\'s CRLF (\\r\\n)', '\r\n'],
    ['a break with spaces around it', ' \n  '],
    ['two breaks', '\n\n'],
  ])('an indicator\'s name with %s', (_, br) => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 三级指标: `支持${br}项目数`, 年度指标值: '49', 度量单位: '家', 实际完成值: '52个' } }) }));
    const w = ev.findings.filter((f) => f.rule === 'W005');
    expect(w).toHaveLength(1);
    // the data as written
    expect(ev.check.indicators!.indicators[0].level3).toBe(`支持${br}项目数`.trim());
    expect(w[0].params).toMatchObject({ name: `支持${br}项目数` });
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const text = findingText(w[0], locale);
      expect(text).not.toMatch(/[\r\n]/);
      expect(text).toContain(locale === 'zh-CN' ? '定量指标“支持 项目数”的实际完成值“52个”' : 'quantitative indicator "支持 项目数"');
    }
  });

  it('jx check on a CSV with quoted newlines in 项目编号 and an amount: one line per finding, text and --json (the data keeps the break)', async () => {
    const csv = path.join(dir, '2020年度项目台账.csv');
    await fs.writeFile(csv, [
      '项目编号,项目名称,承担单位,统一社会信用代码,地州市,立项年度,项目总投资（万元）,财政支持资金（万元）,本年拨付（万元）',
      '"XJ2020-\r\n001","节水灌溉\n示范",某合作社,91650104614684574Q,喀什地区,2020,100,50,abc',
      'XJ2020-002,"冷链\r\n物流",某公司,91650104614684574Q,喀什地区,2019,200,80,"a\nb"',
    ].join('\r\n'));
    const c = capture();
    await main(['check', csv], c.io);
    const lines = c.out.join('\n').split('\n');
    const l003 = lines.filter((l) => /L003/.test(l));
    expect(l003).toHaveLength(2);
    expect(l003[0]).toMatch(/^\s*L003 错误 I2 项目 XJ2020- 001：“本年拨付”的值“abc”无法识别/);
    expect(l003[1]).toMatch(/^\s*L003 错误 I3 项目 XJ2020-002：“本年拨付”的值“a b”无法识别/);
    // every line of the report is a finding, a heading or a count: none starts with a name's second half
    expect(lines.filter((l) => /^(?:示范|物流|001|b”)/.test(l.trim()))).toEqual([]);
    const j = capture();
    await main(['check', csv, '--json'], j.io);
    const json = JSON.parse(j.out.join('\n')) as Array<{ findings: Array<{ rule: string; projectId: string | null; message: string }> }>;
    const found = json[0].findings.filter((f) => f.rule === 'L003');
    // the data keeps the user's break (as Excel's in-cell break, LF: a file of mixed line ends has each end a line, csv.ts
    // mixedLineEnds, 5be5d20); the message is one line
    expect(found.map((f) => f.projectId)).toEqual(['XJ2020-\n001', 'XJ2020-002']);
    expect(found.every((f) => !/[\r\n]/.test(f.message))).toBe(true);
  });
});
