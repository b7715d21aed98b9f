/** `jx report`: the 自评报告 from a workbook file, never over what exists, never over its input. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import type { GridSheet } from '../../src/model/grid';
import { reportText } from '../../src/model/report';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../src/model/sample';
import { readDocx } from '../adapters/docx/read';
import { report } from '../model/report/support';
import { capture, sha } from './support';
import { badReadGrid } from '../support/shapes';


let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-report-'));
  sample = path.join(dir, '示例.xlsx');
  expect(await main(['sample', '-o', sample], capture().io)).toBe(0);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('jx report', () => {
  it('writes <name>-自评报告.docx beside the input, in the profile’s layout, with the text the model gives (the .xlsx round trip loses nothing)', async () => {
    const before = await sha(sample);
    const c = capture();
    expect(await main(['report', sample], c.io)).toBe(0);
    const out = path.join(dir, '示例-自评报告.docx');
    expect(c.out[0]).toBe(`已生成自评报告“${out}”（附表：2020 版自评表）。`);
    const d = readDocx(new Uint8Array(await fs.readFile(out)));
    const model = report(sampleWorkbookGrid(), '2020');
    const dated = reportText(model).replace('2019年3月1日', d.paragraphs[3].text).trimEnd().split('\n');
    // the last paragraphs are the empty ones between the appendix's tables (the header repeats from the second; a
    // later page of the table is a table of its own)
    const texts = d.paragraphs.map((p) => p.text);
    expect(texts.pop()).toBe('');
    while (texts[texts.length - 1] === '') texts.pop();
    expect(texts).toEqual(dated.slice(0, texts.length));
    expect(d.paragraphs[3].text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(await sha(sample)).toBe(before);
  });

  it('--json prints the data paragraphs; --layout picks the appendix; -o and --force', async () => {
    const out = path.join(dir, 'r.docx');
    const c = capture();
    expect(await main(['report', sample, '-o', out, '--layout', '2018', '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(json).toMatchObject({ file: out, layout: '2018', draft: false, placeholders: [], findings: [] });
    expect(json.paragraphs.E).toEqual(['本年预算1200万元，较上年2000万元减少800万元，降幅40%。']);
    expect(json.paragraphs.A[0]).toBe('2018年自治区专利技术实施项目经研究审定，共列入项目计划169项。');
    expect(Object.keys(json.paragraphs)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const first = await sha(out);
    const again = capture();
    expect(await main(['report', sample, '-o', out], again.io)).toBe(2);
    expect(again.err.join('\n')).toContain('已存在，未覆盖');
    expect(await sha(out)).toBe(first);
    expect(await main(['report', sample, '-o', out, '--force', '--layout', '2020'], capture().io)).toBe(0);
    expect(await sha(out)).not.toBe(first);
  });

  it('writes no 自评报告 from a mid-year workbook: says so and what to build instead, exit 2, in --json too', async () => {
    // It wrote 已生成自评报告“…”（附表：monitor 版自评表）: the 监控表 as the appendix, July's figures as the year's.
    const mid = path.join(dir, '年中.xlsx');
    await fs.writeFile(mid, await writeXlsx(sampleMidYearGrid().sheets.map((grid) => ({ grid }))));
    const out = path.join(dir, '年中-自评报告.docx');
    for (const extra of [[], ['--layout', '2020'], ['--draft']]) {
      const c = capture();
      expect(await main(['report', mid, ...extra], c.io)).toBe(2);
      expect(c.err).toEqual(['这是年中监控的工作簿（绩效指标填写的是监控期完成值，没有“实际完成值”列），未生成自评报告：自评报告在年终依据全年的实际完成值撰写。年中请用 jx monitor 生成绩效监控表；年终请在绩效指标中填写“实际完成值”列后再生成自评报告。']);
      await expect(fs.stat(out)).rejects.toThrow();
    }
    const j = capture();
    expect(await main(['report', mid, '--json', '--lang', 'en'], j.io)).toBe(2);
    expect(JSON.parse(j.out.join('\n'))).toMatchObject({ input: mid, file: null, error: expect.stringMatching(/^This is a mid-year monitoring workbook .*jx monitor/) });
  });

  it('refuses a workbook with structural errors unless --draft, which marks every page 草稿 and exits 1', async () => {
    const bad = path.join(dir, 'bad.xlsx');
    await fs.writeFile(bad, await writeXlsx(badReadGrid().sheets.map((grid) => ({ grid }))));
    const c = capture();
    expect(await main(['report', bad], c.io)).toBe(1);
    expect(c.err[0]).toMatch(/^工作簿有 \d+ 个错误，未生成自评报告。请先修正，或加 --draft 生成标有“草稿”的报告：$/);
    expect(c.err.slice(1).every((l) => /^ {2}S002 错误 /.test(l))).toBe(true);
    await expect(fs.stat(path.join(dir, 'bad-自评报告.docx'))).rejects.toThrow();
    const d = capture();
    expect(await main(['report', bad, '--draft'], d.io)).toBe(1);
    expect(d.out).toContain('报告每页页眉标有“草稿”：工作簿中的错误修正前不宜报送。');
    const doc = readDocx(new Uint8Array(await fs.readFile(path.join(dir, 'bad-自评报告.docx'))));
    expect(doc.sections.map((s) => s.headers.default)).toEqual(['草稿', '草稿']);
  });

  it('writes the report over a data error, as selfeval writes the table, listing the error and exiting 1', async () => {
    const sheets = sampleWorkbookGrid().sheets.map((s): GridSheet => {
      if (s.name !== '项目台账') return s;
      const values = s.values.map((r) => [...r]);
      values[5][0] = values[4][0]; // L004
      return { ...s, values };
    });
    const dup = path.join(dir, 'dup.xlsx');
    await fs.writeFile(dup, await writeXlsx(sheets.map((grid) => ({ grid }))));
    const c = capture();
    expect(await main(['report', dup], c.io)).toBe(1);
    expect(c.out[0]).toMatch(/^已生成自评报告“.*dup-自评报告\.docx”/);
    expect(c.out.some((l) => /^ {2}L004 错误 项目台账!A6 /.test(l))).toBe(true);
    const doc = readDocx(new Uint8Array(await fs.readFile(path.join(dir, 'dup-自评报告.docx'))));
    expect(doc.sections.map((s) => s.headers.default ?? '')).not.toContain('草稿');
    const t = capture();
    expect(await main(['selfeval', dup, '-o', path.join(dir, 'dup-t.xlsx')], t.io)).toBe(1);
    expect(t.out.filter((l) => l.startsWith('  L'))).toEqual(c.out.filter((l) => l.startsWith('  L')));
  });

  it('names the sections still to be written, in English by number', async () => {
    const sheets = sampleWorkbookGrid().sheets.filter((s) => s.name !== '报告素材');
    const bare = path.join(dir, 'bare.xlsx');
    await fs.writeFile(bare, await writeXlsx(sheets.map((grid) => ({ grid }))));
    const zh = capture();
    expect(await main(['report', bare], zh.io)).toBe(0);
    expect(zh.out[1]).toBe('以下章节尚待填写（报告中以黄色标出）：一（一）、二（二）、二（三）、三（一）、三（二）、五（一）、五（二）、六。可在“报告素材”工作表中按章节填写。');
    const en = capture();
    expect(await main(['report', bare, '--force', '--lang', 'en'], en.io)).toBe(0);
    expect(en.out[1]).toBe('Sections still to be written (highlighted in yellow): 1.1, 2.2, 2.3, 3.1, 3.2, 5.1, 5.2, 6. Fill them in, by section, in the sheet named "报告素材" (report material).');
  });

  it('says the fund\'s name and agency are still to be given in 配置 when another fund\'s workbook names neither (the head was blank), in English by the parameters\' names', async () => {
    const names = new Set(['项目名称', '预算单位', '实施单位', '报告称谓']);
    const sheets = sampleWorkbookGrid().sheets.map((s) => {
      if (s.name === '配置') return { ...s, values: s.values.filter((r) => !names.has(String(r[0]))) };
      if (s.name !== '项目台账') return s;
      const drop = new Set(['专利号', '专利类型', '法律状态', '新申请专利数'].map((h) => s.values[2].indexOf(h)));
      return { ...s, values: s.values.map((r, i) => (i === 0 ? ['2018年度自治区重点研发项目台账'] : r.filter((_, c) => !drop.has(c)))) };
    });
    const other = path.join(dir, 'other.xlsx');
    await fs.writeFile(other, await writeXlsx(sheets.map((grid) => ({ grid }))));
    const zh = capture();
    expect(await main(['report', other], zh.io)).toBe(0);
    expect(zh.out[1]).toBe('标题中的资金名称或其下的预算单位尚待填写（报告中以黄色标出）：请在“配置”工作表中填写“项目名称”“预算单位”。');
    const en = capture();
    expect(await main(['report', other, '--force', '--lang', 'en'], en.io)).toBe(0);
    expect(en.out[1]).toBe('The fund\'s name in the title, or the budget agency under it, is still to be filled in (highlighted in yellow): give 项目名称 (project name) and 预算单位 (budget agency) in the sheet named "配置" (profile).');
    const j = capture();
    expect(await main(['report', other, '--force', '--json'], j.io)).toBe(0);
    expect((JSON.parse(j.out.join('\n')) as { placeholders: string[] }).placeholders[0]).toBe('标题');
  });

  it('bad arguments and files: exit 2 with a message, nothing written', async () => {
    const c = capture();
    expect(await main(['report', sample, '--layout', '2019'], c.io)).toBe(2);
    expect(c.err[0]).toBe('--layout 只能是 2018 或 2020，而不是“2019”。');
    const same = capture();
    expect(await main(['report', sample, '-o', sample, '--force'], same.io)).toBe(2);
    expect(same.err[0]).toContain('输出文件不能是输入文件本身');
    const missing = capture();
    expect(await main(['report', path.join(dir, 'nope.xlsx')], missing.io)).toBe(2);
    expect(missing.err[0]).toContain('找不到文件');
  });
});
