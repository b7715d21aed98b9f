/**
 * A 自评表 jx made, sent back as the 绩效指标 sheet: its indicators are read as the table they are; the paragraphs below
 * the table (the note of what was paid, 本表由…生成, each one text merged over every column) are no indicators. They
 * were read as two more, with T007, T011 and L003 on each (分值“本年共计拨付…”无法识别).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../src/model/sample';
import { capture } from './support';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-form-back-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

it('the 2018 自评表 made by jx selfeval, given as 绩效指标: its 7 indicators, no paragraph read as one', async () => {
  const sample = sampleWorkbookGrid();
  const input = path.join(dir, 'sample.xlsx');
  await fs.writeFile(input, await writeXlsx(sample.sheets.map((grid) => ({ grid }))));
  const out = path.join(dir, '自评表.xlsx');
  expect(await main(['selfeval', input, '-o', out], capture().io)).toBe(0);
  const read = await readWorkbookFile(await fs.readFile(out), '自评表.xlsx', { inflater: nodeInflater });
  if (!read.ok) throw new Error('unreadable');
  const form = read.grid.sheets[0];
  const e = evaluateWorkbook({ sheets: [...sample.sheets.filter((s) => s.name !== SAMPLE_SHEETS.indicators), { ...form, name: '绩效指标' }] }, { forSelfEval: true });
  const own = evaluateWorkbook(sample, { forSelfEval: true });
  expect(e.check.indicators!.indicators.map((i) => i.level3)).toEqual(own.check.indicators!.indicators.map((i) => i.level3));
  expect(e.findings.filter((f) => ['T007', 'T011', 'L003', 'L002'].includes(f.rule))).toEqual([]);
  expect(e.selfEval?.total).toBe(own.selfEval?.total);
});
