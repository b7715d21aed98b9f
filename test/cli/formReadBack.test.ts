/**
 * A 自评表 jx made reads back to the targets it was made from (9a6b674: a form read back by `jx check` gives no new
 * finding). What the officer wrote around a target's number is printed as written where it reads back the same: a plain
 * `100%` with no comparison written stays `100%` on both forms (the 2018 form printed `≥100%`), `约50家` keeps its 约 and
 * `1∶3` its ratio on the 2020 form (it printed `50家` and `3倍`, with the actual `3.2倍` for `1∶3.2`).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/model/evaluate';
import type { CellValue, Grid } from '../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../src/model/sample';
import { capture } from './support';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-form-readback-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

/** The sample with three targets as officers write them: no 指标性质, 约, a ratio. */
function officersSample(): Grid {
  const sample = sampleWorkbookGrid();
  return {
    sheets: sample.sheets.map((s) => {
      if (s.name !== SAMPLE_SHEETS.indicators) return s;
      const head = s.values[0].map(String);
      const col = (h: string): number => head.indexOf(h);
      const values = s.values.map((r) => [...r]);
      const set = (name: string, cells: Record<string, CellValue>): void => {
        const row = values.find((r) => r[col('三级指标')] === name)!;
        for (const [h, v] of Object.entries(cells)) row[col(h)] = v;
      };
      set('支持专利实施项目', { 指标性质: null, 年度指标值: '约50家', 度量单位: null, 实际完成值: 49, 数据来源: null });
      set('所选项目承担单位符合条件', { 指标性质: null });
      set('带动社会投入资金', { 指标性质: null, 年度指标值: '1∶3', 度量单位: null, 实际完成值: '1∶3.2', 数据来源: null });
      return { ...s, values };
    }),
  };
}

const NAMES = ['支持专利实施项目', '所选项目承担单位符合条件', '带动社会投入资金'];

describe.each([
  ['2018', ['约50家', '100%', '1∶3'], ['49家', '100%', '1∶3.2']],
  ['2020', ['约50家', '100%', '1∶3'], ['49家', '100%', '1∶3.2']],
] as const)('the %s 自评表 of targets as officers write them', (layout, targets, actuals) => {
  const sample = officersSample();
  const own = evaluateWorkbook(sample, { forSelfEval: true, layout });
  let back: ReturnType<typeof evaluateWorkbook>;

  beforeAll(async () => {
    const input = path.join(dir, `sample-${layout}.xlsx`);
    await fs.writeFile(input, await writeXlsx(sample.sheets.map((grid) => ({ grid }))));
    const out = path.join(dir, `自评表-${layout}.xlsx`);
    expect(await main(['selfeval', input, '--layout', layout, '-o', out], capture().io)).toBe(0);
    const read = await readWorkbookFile(await fs.readFile(out), '自评表.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error('unreadable');
    const form = { ...read.grid.sheets[0], name: SAMPLE_SHEETS.indicators };
    back = evaluateWorkbook({ sheets: [...sample.sheets.filter((s) => s.name !== SAMPLE_SHEETS.indicators), form] }, { forSelfEval: true, layout });
  });

  it('prints each target and actual as the officer wrote it', () => {
    const shown = new Map(own.selfEval!.indicators.map((i) => [i.name, i]));
    expect(NAMES.map((n) => shown.get(n)?.target)).toEqual(targets);
    expect(NAMES.map((n) => shown.get(n)?.actual)).toEqual(actuals);
  });

  it('reads back to the same comparison, target and actual (and the 2020 form to the same score and total)', () => {
    const reading = (e: typeof own): unknown[] =>
      e.selfEval!.scores
        .filter((s) => NAMES.includes(s.indicator.level3 ?? ''))
        .map((s) => [s.indicator.level3, s.op, s.target, s.actual, s.indicator.parsed?.kind, ...(layout === '2020' ? [s.score] : [])]);
    expect(reading(back)).toEqual(reading(own));
    if (layout === '2020') expect(back.selfEval?.total).toBe(own.selfEval?.total);
  });

  it('gives no finding on these indicators that the sheet did not give (约50家: T010 on both)', () => {
    const said = (e: typeof own): string[] => {
      const at = new Map(e.check.indicators!.indicators.map((i) => [i.row, i.level3 ?? '']));
      return e.findings
        .filter((f) => f.sheet === SAMPLE_SHEETS.indicators && f.row !== undefined && NAMES.includes(at.get(f.row) ?? ''))
        // W006 asks for the 偏差原因 the 2018 form has no column for
        .filter((f) => !(layout === '2018' && f.rule === 'W006'))
        .map((f) => `${f.rule} ${at.get(f.row!)}`)
        .sort();
    };
    expect(said(own)).toContain('T010 支持专利实施项目');
    expect(said(back)).toEqual(said(own));
  });
});
