/** How a 自评表 goes onto paper (fitToPaper, selfeval/sheet.ts): one page when it overflows a little, else titles and no lone total. */
import { printableSize, type SheetLayout } from '../../../src/model/layout';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { fitToPaper, MIN_FIT_SCALE, pageSetup } from '../../../src/model/selfeval/sheet';

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
  test('the sample 2020 table overflows one A4 landscape page by a little, so it is fitted to one page tall', () => {
    const layout = evaluateWorkbook(sampleWorkbookGrid(), { layout: '2020' }).selfEval!.layout;
    const area = layout.page!.printArea;
    const height = layout.rowHeights.slice(area.top, area.bottom + 1).reduce<number>((a, h) => a + (h ?? 15), 0);
    expect(height).toBeGreaterThan(LANDSCAPE.height); // it does not fit at 100 %
    expect(LANDSCAPE.height / height).toBeGreaterThanOrEqual(MIN_FIT_SCALE); // and shrinking keeps the text ≥ 8 pt
    expect(layout.page).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 1 });
    expect(layout.page!.rowBreaks).toBeUndefined();
  });

  test('the 2018 table on the sample: one A4 portrait page', () => {
    const layout = evaluateWorkbook(sampleWorkbookGrid(), { layout: '2018' }).selfEval!.layout;
    expect(layout.page).toMatchObject({ orientation: 'portrait', fitToWidth: 1, fitToHeight: 1 });
  });

  test('one page tall while the body text stays at 8 pt or more; beyond that, as many pages as needed with the header row repeated', () => {
    const fits = Math.floor(LANDSCAPE.height / MIN_FIT_SCALE / 20); // rows of 20 pt that still fit at the smallest scale
    expect(fitToPaper(table(fits)).page).toMatchObject({ fitToWidth: 1, fitToHeight: 1 });
    const long = fitToPaper(table(fits + 1)).page!;
    expect(long).toMatchObject({ fitToWidth: 1, fitToHeight: 0, printTitleRows: { first: 0, last: 0 } });
  });

  test('the total never starts a page alone: a manual break takes the row before it over with it', () => {
    const perPage = Math.floor(LANDSCAPE.height / 20); // the first page; later pages lose the repeated title row
    const later = perPage - 1;
    const alone = perPage + later + 1; // the last row would be the only row of page 3
    expect(fitToPaper(table(alone)).page!.rowBreaks).toEqual([alone - 2]);
    expect(fitToPaper(table(alone + 1)).page!.rowBreaks).toBeUndefined();
    expect(fitToPaper(table(alone - 1)).page!.rowBreaks).toBeUndefined();
    // Two last rows kept together (a total and a grade line): the break goes before the row above them.
    expect(fitToPaper(table(alone + 1), 2).page!.rowBreaks).toEqual([alone - 2]);
  });
});
