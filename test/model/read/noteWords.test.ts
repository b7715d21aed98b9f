/**
 * What a note says is one list (read/table.ts NOTE_OPENS, LINE_OPENS, LINE_HOLDS): a line alone in the 项目编号 column
 * is a note when it says what any note says — 以下空白 as before, and now a form's foot 等级：优 there too, which the
 * body's note words knew and the line's did not (it was a project with L002) — and any other words stay a project.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import type { CellValue } from '../../../src/model/grid';

function withLines(lines: ReadonlyArray<string>): ReturnType<typeof evaluateWorkbook> {
  const g = sampleWorkbookGrid();
  return evaluateWorkbook({
    sheets: g.sheets.map((s) => (s.name === '项目台账' ? { ...s, values: [...s.values, ...lines.map((t): CellValue[] => [t])] } : s)),
  });
}

describe('a line alone in the 项目编号 column', () => {
  const base = withLines([]).check.ledger!.projects.length;
  it('is a note when it says what a note says, in the body’s words or the line’s', () => {
    const ev = withLines(['以下空白', '等级：优', '此页无数据']);
    expect(ev.check.ledger!.projects.length).toBe(base);
    expect(ev.findings.filter((f) => f.rule === 'L002')).toEqual([]);
  });
  it('is a project missing its fields when it says anything else (远处的内容, 特色林果采后保鲜)', () => {
    const ev = withLines(['远处的内容', '特色林果采后保鲜']);
    expect(ev.check.ledger!.projects.length).toBe(base + 2);
  });
});
