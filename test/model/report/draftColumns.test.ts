/**
 * report.md: every figure the ledger can give is written from data, every other passage is a visible placeholder.
 * A draft over a ledger without its 财政支持资金 column (S002, drafted with --draft) wrote 财政支持资金0万元 for every
 * cohort in 二（一） and 二（二）: sums of nothing, printed as figures. The paragraphs now stand as a placeholder naming
 * the column; with the column there, nothing changes.
 */
import type { GridSheet } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { report, sampleWith, sectionLines } from './support';

function ledgerWithout(header: string, rename = 'XX资金'): GridSheet {
  const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === '项目台账')!;
  return { ...ledger, values: ledger.values.map((r) => r.map((v) => (v === header ? rename : v))) };
}

describe('a draft over a ledger that lacks a column of the data paragraphs', () => {
  it('writes a placeholder naming 财政支持资金 instead of 0 万元 in 二（一） and 二（二）', () => {
    const r = report(sampleWith({ sheets: { 项目台账: ledgerWithout('财政支持资金') } }), '2020', true);
    expect(r.draft).toBe(true);
    const a = sectionLines(r, '二（一）');
    const b = sectionLines(r, '二（二）');
    for (const lines of [a, b]) {
      expect(lines).toContain('【无法生成：项目台账缺少“财政支持资金”列】');
      expect(lines.join('')).not.toMatch(/财政支持资金\d/);
    }
    expect(r.placeholders).toEqual(expect.arrayContaining(['二（一）', '二（二）']));
    // the section's own text still follows (二（二）'s outcomes from 报告素材)
    expect(b.join('')).toContain('新申请发明、实用新型专利共计近400件');
  });

  it('带动社会投入 stands in for 项目总投资 in 二（二） only (its 累计带动社会投入 needs one of them)', () => {
    const r = report(sampleWith({ sheets: { 项目台账: ledgerWithout('项目总投资') } }), '2020', true);
    expect(sectionLines(r, '二（一）')).toContain('【无法生成：项目台账缺少“项目总投资”列】');
    expect(sectionLines(r, '二（二）').join('')).toContain('本年共计拨付专利实施项目经费1200万元');
  });

  it('the sample keeps its figures', () => {
    const r = report(sampleWorkbookGrid(), '2020');
    expect(sectionLines(r, '二（一）').join('')).toContain('财政支持资金1335万元');
    expect(r.placeholders).not.toContain('二（一）');
  });
});
