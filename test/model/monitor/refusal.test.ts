/**
 * What refuses the monitoring table (monitor.md: it reads 本年拨付 as of the cut-off, and what M005
 * looks at): a required column of the year-end ledger it does not read (项目总投资, 专利号) missing or
 * blank is still reported, but does not refuse it; a column it reads (本年拨付) does. The same
 * workbook still gets no 自评表, which reads the whole ledger. A missing 绩效指标 names the form asked for.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { sampleMidYearGrid } from '../../../src/model/sample';
import { MONITOR_LAYOUT } from '../../../src/model/selfeval/layouts';

/** The mid-year sample with its ledger changed by `edit` (rows as arrays, header first). */
function withLedger(edit: (rows: CellValue[][], col: (h: string) => number) => CellValue[][]): Grid {
  const g = sampleMidYearGrid();
  return {
    sheets: g.sheets.map((s) => {
      if (s.name !== '项目台账') return s;
      const rows = s.values.map((r) => [...r]);
      const header = rows.findIndex((r) => r.includes('项目总投资'));
      const col = (h: string): number => rows[header].indexOf(h);
      return { ...s, values: [...rows.slice(0, header), ...edit(rows.slice(header), col)], merges: [] };
    }),
  };
}

const blank = (h: string) => (rows: CellValue[][], col: (h: string) => number): CellValue[][] =>
  rows.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === col(h) ? null : v))));
const drop = (h: string) => (rows: CellValue[][], col: (h: string) => number): CellValue[][] =>
  rows.map((r) => r.filter((_, c) => c !== col(h)));

const monitor = (g: Grid) => evaluateWorkbook(g, { layout: MONITOR_LAYOUT, forSelfEval: true });
const s002 = (ev: ReturnType<typeof monitor>): string[] =>
  ev.findings.filter((f) => f.rule === 'S002').map((f) => findingText(f, 'zh-CN'));

describe('the monitoring table is refused only over what it reads', () => {
  it('a blank 项目总投资 is reported, and the table is built (not a draft)', () => {
    const ev = monitor(withLedger(blank('项目总投资')));
    expect(s002(ev)).toEqual([expect.stringContaining('必填列“项目总投资”')]);
    expect(ev.refused).toBeUndefined();
    expect(ev.selfEval?.draft).toBeUndefined();
    expect(ev.selfEval?.sheetName).toBe('2018年度绩效监控表');
  });

  it('a missing 专利号 column likewise', () => {
    const ev = monitor(withLedger(drop('专利号')));
    expect(s002(ev)).toEqual([expect.stringContaining('缺少必填列“专利号”')]);
    expect(ev.selfEval).toBeDefined();
  });

  it('a blank 1-7月拨付 (本年拨付: its 1—M月执行数) refuses it', () => {
    const ev = monitor(withLedger(blank('1-7月拨付')));
    expect(ev.refused?.map((f) => findingText(f, 'zh-CN'))).toEqual([expect.stringContaining('必填列“本年拨付”')]);
    expect(ev.selfEval).toBeUndefined();
  });

  it('the 自评表 of the same workbook, which reads the whole ledger, is refused over 项目总投资', () => {
    const ev = evaluateWorkbook(withLedger(blank('项目总投资')), { layout: '2020', forSelfEval: true });
    expect(ev.refused?.map((f) => f.rule)).toEqual(['S002']);
    expect(ev.selfEval).toBeUndefined();
  });
});

describe('no 绩效指标: the finding names no form (the refusing face does: 无法生成绩效监控表 / 自评表)', () => {
  const noIndicators = (): Grid => ({ sheets: sampleMidYearGrid().sheets.filter((s) => s.name !== '绩效指标') });
  const s001 = (ev: ReturnType<typeof monitor>) => ev.findings.find((f) => f.rule === 'S001')!;

  it('for the monitoring table it does not say 无法生成自评表', () => {
    const f = s001(monitor(noIndicators()));
    expect(findingText(f, 'zh-CN')).toMatch(/^找不到“绩效指标”工作表：请将工作表命名为 /);
    expect(findingText(f, 'zh-CN')).not.toMatch(/自评表/);
    expect(findingText(f, 'en-US')).toMatch(/^No indicator sheet found: name a sheet /);
    expect(findingText(f, 'en-US')).not.toMatch(/self-evaluation/);
  });
});
