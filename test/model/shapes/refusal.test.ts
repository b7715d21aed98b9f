/** Issue 12, item 3: never a 自评表 from a bad read, unless a draft is asked for — then it says so. */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { DRAFT_MARK } from '../../../src/model/selfeval';
import { badReadGrid, twoRowHeaderLedger, withLedger } from '../../support/shapes';

describe('a structural error stops the 自评表', () => {
  it('is refused, naming the structural errors', () => {
    const e = evaluateWorkbook(badReadGrid(), { forSelfEval: true });
    expect(e.selfEval).toBeUndefined();
    expect(e.refused!.map((f) => [f.rule, (f.params as { field?: string }).field])).toEqual([['S002', '本年拨付'], ['S002', '财政支持资金']]);
  });
  it('a draft when asked for: the title row, the footer and the sheet name say 草稿', () => {
    const e = evaluateWorkbook(badReadGrid(), { forSelfEval: true, draft: true, layout: '2020' });
    const se = e.selfEval!;
    expect(se.draft).toBe(true);
    expect(se.sheetName).toBe('2018年度绩效自评表（草稿）');
    const title = se.layout.cells.find((c) => c.row === 0 && typeof c.value === 'string' && c.value)!;
    expect(title.value).toBe(`【${DRAFT_MARK}】项目支出绩效自评表`);
    expect(title.style?.fill).toBe('#FFC7CE');
    expect(se.layout.page!.footer).toContain(DRAFT_MARK);
  });
  it('a workbook without structural errors gives the table unmarked, draft asked or not', () => {
    const e = evaluateWorkbook(withLedger(twoRowHeaderLedger()), { forSelfEval: true, draft: true });
    expect(e.selfEval!.draft).toBeUndefined();
    expect(e.refused).toBeUndefined();
  });
});
