/** How a 自评表 goes onto paper (fitToPaper, selfeval/sheet.ts): one page when it overflows a little, else titles and no lone total. */
import { fitScale, PAGE_NUMBER_FOOTER, printableSize, printAreaSize, type SheetLayout } from '../../../src/model/layout';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { CONTINUED, fitToPaper, joinPageCuts, lineCount, MIN_FIT_SCALE, PAGE_FILL, pageSetup, SheetBuilder } from '../../../src/model/selfeval/sheet';
import { manyIndicators, manyMidYearIndicators } from '../../support/longForm';

/** A landscape table of `rows` rows 20 pt tall, narrow enough to print at 100 % wide; row 0 is its title row. */
function table(rows: number): SheetLayout {
  return {
    name: 't',
    columnWidths: [10, 10, 10],
    rowHeights: Array(rows).fill(20),
    cells: [{ row: 0, col: 0, value: '一级指标' }],
    merges: [],
    font: { name: '宋体', fallbacks: [], size: 11 },
    page: { ...pageSetup('landscape', 0), printArea: { top: 0, left: 0, bottom: rows - 1, right: 2 } },
  };
}

const LANDSCAPE = printableSize(pageSetup('landscape', 0));

describe('fitToPaper', () => {
  // Fitted to one page tall until LINE_HEIGHT became LibreOffice's 15.8 pt a line (677 pt at 75 %): every line shown,
  // its rows come to more than one page holds at 8 pt
  test('the sample 2020 table would print under 8 pt on one A4 landscape page: two pages at 100 %, numbered, the header repeated', () => {
    const layout = evaluateWorkbook(sampleWorkbookGrid(), { layout: '2020' }).selfEval!.layout;
    const area = layout.page!.printArea;
    const height = layout.rowHeights.slice(area.top, area.bottom + 1).reduce<number>((a, h) => a + (h ?? 15), 0);
    expect(LANDSCAPE.height / height).toBeLessThan(MIN_FIT_SCALE);
    expect(layout.page).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: 0, fitToHeight: 0, scale: 100, footer: PAGE_NUMBER_FOOTER });
    expect(layout.page!.rowBreaks).toHaveLength(1);
    expect(layout.page!.printTitleRows).toBeDefined();
  });

  test('the 2018 table on the sample: one A4 portrait page', () => {
    const layout = evaluateWorkbook(sampleWorkbookGrid(), { layout: '2018' }).selfEval!.layout;
    expect(layout.page).toMatchObject({ orientation: 'portrait', fitToWidth: 1, fitToHeight: 1 });
    // at 80 % or more (its 11 pt at 8.8 pt or more on stamped paper): 128 characters wide it printed at 71 %
    expect(fitScale(layout)).toBeGreaterThanOrEqual(80);
  });

  test('one page tall while the body text stays at 8 pt or more; beyond that, as many pages as needed with the header row repeated', () => {
    const fits = Math.floor(LANDSCAPE.height / MIN_FIT_SCALE / 20); // rows of 20 pt that still fit at the smallest scale
    expect(fitToPaper(table(fits)).page).toMatchObject({ fitToWidth: 1, fitToHeight: 1 });
    const long = fitToPaper(table(fits + 1)).page!;
    // printed at a scale, not fitted to one page wide: a host ignores manual page breaks under a fit
    expect(long).toMatchObject({ fitToWidth: 0, fitToHeight: 0, scale: 100, printTitleRows: { first: 0, last: 0 } });
  });

  test('each page begun by a manual break where the model counted it; the total never starts a page alone', () => {
    const perPage = Math.floor((LANDSCAPE.height * PAGE_FILL) / 20); // the first page; later pages lose the repeated title row
    const later = perPage - 1;
    const alone = perPage + later + 1; // the last row would be the only row of page 3
    expect(fitToPaper(table(alone)).page!.rowBreaks).toEqual([perPage, alone - 2]);
    expect(fitToPaper(table(alone + 1)).page!.rowBreaks).toEqual([perPage, alone - 1]);
    expect(fitToPaper(table(alone - 1)).page!.rowBreaks).toEqual([perPage]);
    // Two last rows kept together (a total and a grade line): the break goes before the row above them.
    expect(fitToPaper(table(alone + 1), 2).page!.rowBreaks).toEqual([perPage, alone - 2]);
    // one page: no break
    expect(fitToPaper(table(10)).page!.rowBreaks).toBeUndefined();
  });
});

// The 300-indicator 2020 form's last page held one indicator and the 总分 (the 2018 form's at 303): a page left over.
// The layout keeps the total with the two indicators above it (KEEP_WITH_TOTAL), whatever the count of indicators.
describe.each(['2020', '2018'] as const)('the last page of a long %s form', (kind) => {
  test.each([300, 301, 302, 303])('of %i indicators holds two indicators or more with the 总分', (n) => {
    const layout = evaluateWorkbook(manyIndicators(n), { forSelfEval: true, layout: kind }).selfEval!.layout;
    const { rowBreaks, printArea } = layout.page!;
    const start = rowBreaks![rowBreaks!.length - 1];
    const named = (r: number): boolean => layout.cells.some((c) => c.row === r && c.col === 3 && typeof c.value === 'string' && c.value !== '');
    const rows = Array.from({ length: printArea.bottom - start }, (_, i) => start + i);
    expect(String(layout.cells.find((c) => c.row === printArea.bottom && c.col === 0)?.value)).toMatch(/总分/);
    expect(rows.filter(named).length).toBeGreaterThanOrEqual(2);
  });
});

// A 34-indicator 自评表 printed over several pages: the 一级 / 二级 labels merged down their rows printed once, centred on
// the whole block, so that a page showed them blank or cut in half. The model cuts every block at the page starts it
// counts, writes the label again below with （续）, and breaks the pages there.
describe.each([
  ['2020', manyIndicators(34), [0, 1, 2]],
  ['2018', manyIndicators(34), [0, 1, 2]],
  ['monitor', manyMidYearIndicators(60), [0, 1, 2]],
] as const)('the %s form of a long indicator table, cut at its pages', (kind, grid, labelCols) => {
  const layout = evaluateWorkbook(grid, { forSelfEval: true, layout: kind }).selfEval!.layout;
  const page = layout.page!;
  const breaks = page.rowBreaks ?? [];
  const value = (r: number, c: number) => layout.cells.find((x) => x.row === r && x.col === c)?.value;
  const blockTop = (r: number, c: number): number => layout.merges.find((m) => m.left === c && m.top <= r && r <= m.bottom)?.top ?? r;

  test('runs onto pages begun by manual breaks, one page wide (a scale, no fit) in Excel and in LibreOffice, the header repeated', () => {
    // Excel ignores manual page breaks under a fit to pages (even 1 wide × any tall): the page prints at a scale
    expect(page).toMatchObject({ fitToWidth: 0, fitToHeight: 0, footer: PAGE_NUMBER_FOOTER });
    const { width } = printAreaSize(layout, page.printArea);
    const room = printableSize(page).width;
    expect(width * (page.scale! / 100)).toBeLessThanOrEqual(room);
    expect(page.scale === 100 || width * ((page.scale! + 1) / 100) > room).toBe(true);
    // and in a host that measures a column's characters at Calibri's unrounded digit advance, no padding (LibreOffice
    // with Carlito: 8, 10 and 12 characters are 59.2, 74.0 and 88.8 px, where Excel's 7 px + 5 gives 61, 75, 89): at a
    // scale, unlike a fit, a table a little wider than counted spills its last column onto pages of its own
    const exact = layout.columnWidths.slice(page.printArea.left, page.printArea.right + 1).reduce((a, w) => a + w * 7.43 * 0.75, 0);
    expect(exact * (page.scale! / 100)).toBeLessThanOrEqual(room);
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.every((b) => b > page.printTitleRows!.last + 1 && b <= page.printArea.bottom)).toBe(true);
  });

  test('no merged block runs over a page start; the first row of every page names its labels, （续） where they continue', () => {
    for (const b of breaks) {
      expect(layout.merges.filter((m) => m.top < b && b <= m.bottom)).toEqual([]);
      for (const c of labelCols) {
        const v = value(b, c);
        expect(typeof v === 'string' && v !== '').toBe(true);
        const above = String(value(blockTop(b - 1, c), c) ?? '');
        if (String(v).endsWith(CONTINUED)) expect(String(v).replace(/\n?（续）$/, '')).toBe(above.replace(/\n?（续）$/, ''));
      }
    }
    // some label does continue, and no (续) is written anywhere but at a page start
    const continued = layout.cells.filter((c) => typeof c.value === 'string' && c.value.endsWith(CONTINUED));
    expect(continued.length).toBeGreaterThan(0);
    expect(continued.every((c) => breaks.includes(c.row))).toBe(true);
    // （续） breaks onto a line of its own where the label's column would cut it (产出指标（续 / ）)
    for (const c of continued) {
      const v = String(c.value);
      const label = v.replace(/\n?（续）$/, '');
      const w = layout.columnWidths[c.col] ?? 8;
      if (!v.endsWith(`\n${CONTINUED}`)) expect(lineCount(v, w)).toBe(lineCount(label, w));
      else expect(lineCount(`${label}${CONTINUED}`, w)).toBeGreaterThan(lineCount(label, w));
    }
  });

  test('each page holds what was counted for it, at the scale the width is fitted to', () => {
    const { width, heights } = printAreaSize(layout, page.printArea);
    const paper = printableSize(page);
    const scale = Math.min(1, paper.width / width);
    const titles = heights.slice(page.printTitleRows!.first, page.printTitleRows!.last + 1).reduce((a, b) => a + b, 0);
    const starts = [page.printArea.top, ...breaks, page.printArea.bottom + 1];
    for (let k = 0; k + 1 < starts.length; k++) {
      const rows = heights.slice(starts[k] - page.printArea.top, starts[k + 1] - page.printArea.top).reduce((a, b) => a + b, 0);
      expect((rows + (k > 0 ? titles : 0)) * scale).toBeLessThanOrEqual(paper.height);
    }
  });

  test('drawn once, however many pages it is cut into: the pages are counted again from the cells as drawn', () => {
    // (the whole form was drawn again for its cuts: a form of 140,000 indicators drew its cells, formulas and formats twice)
    const title = jest.spyOn(SheetBuilder.prototype, 'row');
    try {
      const again = evaluateWorkbook(grid, { forSelfEval: true, layout: kind }).selfEval!.layout;
      expect(again.page!.rowBreaks).toEqual(breaks);
      expect(title.mock.calls.filter(([row]) => row === 0)).toHaveLength(1);
    } finally {
      title.mockRestore();
    }
  });

  test('joined again for the 自评报告 appendix, which cuts it at its own pages', () => {
    const joined = joinPageCuts(layout);
    expect(joined.cells.some((c) => typeof c.value === 'string' && c.value.endsWith(CONTINUED))).toBe(false);
    expect(breaks.some((b) => joined.merges.some((m) => m.top < b && b <= m.bottom))).toBe(true);
    // column A's label back in the header rows, merged from them down (the appendix repeats it with the header), not
    // below them where the sheet put it for its own pages
    const titles = page.printTitleRows!;
    const label = (l: SheetLayout, r: number): unknown => l.cells.find((c) => c.row === r && c.col === 0)?.value;
    expect([label(layout, titles.first), typeof label(layout, titles.last + 1)]).toEqual([null, 'string']);
    expect([typeof label(joined, titles.first), label(joined, titles.last + 1)]).toEqual(['string', null]);
    expect(joined.merges.find((m) => m.top === titles.first && m.left === 0)!.bottom).toBeGreaterThan(titles.last);
  });
});
