/**
 * A form of several pages: the rows a host repeats on every page (the indicator header) hold no part of a label merged
 * down into the rows below them. Column A's 绩效指标 (2020), 年度绩效指标完成情况 (2018) and the 监控表's 绩效指标 were
 * merged from the header row down, so page 2 repeated the header with the slice of that label that fell into it: the
 * top half of 绩效指标 where the block on page 1 was two rows tall (a 2020 form with long names, rendered). The label now
 * starts below the header on such a form; one page stays as it was.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { SheetLayout } from '../../../src/model/layout';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { manyIndicators, manyMidYearIndicators } from '../../support/longForm';

const forms: ReadonlyArray<[string, () => SheetLayout, string]> = [
  ['2018', () => evaluateWorkbook(manyIndicators(45), { forSelfEval: true, layout: '2018' }).selfEval!.layout, '年度绩效指标完成情况'],
  ['2020', () => evaluateWorkbook(manyIndicators(45), { forSelfEval: true, layout: '2020' }).selfEval!.layout, '绩效指标'],
  ['监控表', () => evaluateWorkbook(manyMidYearIndicators(45), { generatedAt: '2018-08-05 10:00' }).selfEval!.layout, '绩效指标'],
];

describe('the repeated header rows of a form of several pages', () => {
  it.each(forms)('the %s form: no block runs from the header rows into the rows below; column A’s label starts below them', (_, layoutOf, label) => {
    const l = layoutOf();
    const titles = l.page!.printTitleRows!;
    expect(l.page!.rowBreaks?.length).toBeGreaterThan(0);
    expect(l.merges.filter((m) => m.top >= titles.first && m.top <= titles.last && m.bottom > titles.last)).toEqual([]);
    const a = l.cells.find((c) => c.row === titles.last + 1 && c.col === 0);
    expect(typeof a?.value === 'string' ? a.value.replace(/\n/g, '') : a?.value).toBe(label);
    expect(l.cells.find((c) => c.row === titles.first && c.col === 0)?.value ?? null).toBeNull();
  });

  it('a form of one page keeps column A’s label merged from the header down (the official form)', () => {
    // the 2018 form on the sample: one portrait page (the 2020 form's sample runs onto two since its rows show every line in LibreOffice)
    const l = evaluateWorkbook(sampleWorkbookGrid(), { forSelfEval: true, layout: '2018' }).selfEval!.layout;
    const titles = l.page!.printTitleRows!;
    expect(l.page!.rowBreaks ?? []).toEqual([]);
    expect(l.merges.some((m) => m.top === titles.first && m.left === 0 && m.bottom > titles.last)).toBe(true);
  });
});
