/**
 * review40: a merged cell in a ledger's body gives its value down the rows it spans (workbook.md: 地州市 merged over
 * the projects of one prefecture), not across into the next fields. A project whose name was merged over its 承担单位
 * and 统一社会信用代码 cells (B4:D4, the two left empty) was read with the name as both: no L002 for the missing 承担单位,
 * and L010 said 统一社会信用代码“输电线路巡检机器人专利实施”应为 18 位.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';

/** The sample with the first project's name merged over B:D (C and D blank) and its 地州市 merged down over two rows. */
function merged(): Grid {
  const sample = sampleWorkbookGrid();
  return {
    sheets: sample.sheets.map((s) => {
      if (s.name !== '项目台账') return s;
      const first = s.values.findIndex((r) => r[0] === 'XJZL2018-001');
      const values = s.values.map((r, i) => (i === first ? r.map((v, c) => (c === 2 || c === 3 ? null : v)) : i === first + 2 ? r.map((v, c) => (c === 4 ? null : v)) : r));
      return { ...s, values, merges: [...(s.merges ?? []), { top: first, left: 1, bottom: first, right: 3 }, { top: first + 1, left: 4, bottom: first + 2, right: 4 }] };
    }),
  };
}

describe('a merged cell in the ledger body', () => {
  const ev = evaluateWorkbook(merged(), { layout: '2020', generatedAt: 'T' });
  const ledger = ev.check.ledger!;

  it('across the name and the fields beside it: those fields are empty (L002 for 承担单位), not the name', () => {
    const p = ledger.projects.find((q) => q.id === 'XJZL2018-001')!;
    expect(p.name).toBe('输电线路巡检机器人专利实施');
    expect([p.unit, p.creditCode]).toEqual([undefined, undefined]);
    expect(ev.findings.filter((f) => f.projectId === 'XJZL2018-001').map((f) => f.rule)).toEqual(['L002']);
  });

  it('down a column: every row it spans has its value, as before', () => {
    const [a, b] = [ledger.projects[1], ledger.projects[2]];
    expect(a.region).toBeTruthy();
    expect(b.region).toBe(a.region);
    expect(ev.findings.filter((f) => f.projectId === b.id)).toEqual([]);
  });
});
