/**
 * A 2020 自评表 of several pages read back by `jx check` gives no S003. Where the form pages, the label down its left
 * (绩效指标) is cut at the page start and written again below it as 绩效指标（续）(selfeval/sheet.ts); the reader took
 * that column for a second 三级指标 (S003 列“绩效指标”与“三级指标”都读作“三级指标”) although on a one-page form it
 * knows the label for what it is (check.ts withoutLabels).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/model/evaluate';
import type { Grid } from '../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../src/model/sample';
import { capture } from './support';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-paged-form-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

/** The sample with a long 偏差原因分析 on its first indicator: the 2020 form no longer fits one page. */
function longReasonSample(): Grid {
  const sample = sampleWorkbookGrid();
  const reason = '部分项目因专利权属变更、承担单位调整和验收资料补充等原因未能在年度内完成验收，'.repeat(12) + '下一步将加强项目储备和过程监控。';
  return {
    sheets: sample.sheets.map((s) => {
      if (s.name !== SAMPLE_SHEETS.indicators) return s;
      const head = s.values[0].map(String);
      const values = s.values.map((r) => [...r]);
      values[1][head.indexOf('偏差原因分析及改进措施')] = reason;
      return { ...s, values };
    }),
  };
}

/** The sample with its first four indicators only: the 2020 form fits one page (the whole sample's runs onto two since 35a1534). */
function shortSample(): Grid {
  const sample = sampleWorkbookGrid();
  return { sheets: sample.sheets.map((s) => (s.name !== SAMPLE_SHEETS.indicators ? s : { ...s, values: s.values.slice(0, 5) })) };
}

async function formRead(sample: Grid, name: string): Promise<Grid> {
  const input = path.join(dir, `${name}.xlsx`);
  await fs.writeFile(input, await writeXlsx(sample.sheets.map((grid) => ({ grid }))));
  const out = path.join(dir, `${name}-自评表.xlsx`);
  expect(await main(['selfeval', input, '--layout', '2020', '-o', out], capture().io)).toBe(0);
  const read = await readWorkbookFile(await fs.readFile(out), '自评表.xlsx', { inflater: nodeInflater });
  if (!read.ok) throw new Error('unreadable');
  return read.grid;
}

const continuedLabels = (g: Grid): number => g.sheets[0].values.flat().filter((v) => typeof v === 'string' && /^绩效指标\s*（续）$/.test(v)).length;

it('the one-page form read back gives no S003, and the paged one none either', async () => {
  for (const [name, sample, paged] of [['one-page', shortSample(), false], ['paged', longReasonSample(), true]] as const) {
    const form = await formRead(sample, name);
    // the case under test: the paged form writes its label again below the page start
    expect(continuedLabels(form) > 0).toBe(paged);
    const back = evaluateWorkbook(form, { forSelfEval: true, layout: '2020' });
    expect(back.check.indicators?.indicators.length).toBeGreaterThan(0);
    expect(back.findings.filter((f) => f.rule === 'S003').map((f) => `${f.sheet}!${f.row}:${f.col}`)).toEqual([]);
  }
});

// stop 40's Left: 6c7706e knew the label again only as our writer writes it (绩效指标（续）); retyped by hand on a paged
// form it gave S003 again (列“绩效指标”与“三级指标”都读作“三级指标”).
it.each(['绩效指标(续)', '绩效指标（续表）', '绩效指标（续2）', '绩效指标 续表', '绩效指标（续上表）'])('the label retyped as %p below the page start gives no S003 either', async (retyped) => {
  const form = await formRead(longReasonSample(), `retyped-${Buffer.from(retyped).toString('hex')}`);
  const sheets = form.sheets.map((s, i) => (i !== 0 ? s : { ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' && /^绩效指标\s*（续）$/.test(v) ? retyped : v))) }));
  expect(sheets[0].values.flat()).toContain(retyped);
  const back = evaluateWorkbook({ sheets }, { forSelfEval: true, layout: '2020' });
  expect(back.findings.filter((f) => f.rule === 'S003').map((f) => `${f.sheet}!${f.row}:${f.col}`)).toEqual([]);
});
