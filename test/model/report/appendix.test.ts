import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Merge } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import {
  appendixFromLayout,
  CELL_PADDING_MM,
  cellText,
  CONTINUED,
  formatNumber,
  MIN_COLUMN_MM,
  oneLineMm,
  scaleWidths,
} from '../../../src/model/report/appendix';
import { reportText } from '../../../src/model/report';
import type { Grid } from '../../../src/model/grid';
import type { ReportTable } from '../../../src/model/report';
import { SCHEME_IDS } from '../../../src/model/selfeval';
import { joinPageCuts } from '../../../src/model/selfeval/sheet';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { manyIndicators } from '../../support/longForm';

/** Merges a table's cells make, in the layout's coordinates (row offset `top`, column offset `left`). */
function tableMerges(t: ReportTable, top: number, left: number): Merge[] {
  const out: Merge[] = [];
  let r = top;
  for (const body of t.bodies)
    for (const row of body) {
      for (const c of row.cells)
        if (c.colSpan > 1 || c.rowSpan > 1)
          out.push({ top: r, left: left + c.col, bottom: r + c.rowSpan - 1, right: left + c.col + c.colSpan - 1 });
      r++;
    }
  return out;
}

function layoutOf(kind: string, grid: Grid = sampleWorkbookGrid()): SheetLayout {
  return evaluateWorkbook(grid, { forSelfEval: true, layout: kind as '2018' }).selfEval!.layout;
}

/** A bordered two-column, four-row sheet whose row 3 (0-based 2) repeats on every page, with these merges. */
function twoByFour(merges: SheetLayout['merges']): SheetLayout {
  return {
    name: 't',
    columnWidths: [10, 10],
    rowHeights: [],
    font: { name: '宋体', fallbacks: [], size: 11 },
    merges,
    cells: [0, 1, 2, 3].flatMap((r) => [0, 1].map((c) => ({ row: r, col: c, value: `${r}${c}`, style: { border: true } }))),
    page: {
      paperSize: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { top: 1, bottom: 1, left: 1, right: 1 },
      printTitleRows: { first: 2, last: 2 },
      printArea: { top: 0, left: 0, bottom: 3, right: 1 },
    },
  };
}

describe('the appendix from the 自评表 layout', () => {
  it.each(SCHEME_IDS.map((k) => [k]))(
    '%s: every merge of the table part of the layout, no other; every cell of the print area placed once',
    (kind) => {
      const layout = layoutOf(kind);
      const a = appendixFromLayout(layout, 156);
      const area = layout.page!.printArea;
      const first = area.top + a.titles.length;
      // the merge of column A from the repeated header row down is cut at the header's lower edge
      const head = layout.page!.printTitleRows!.last;
      // (the form as one table: a form of several pages — the 2020 sample's two — with its cuts at its pages joined)
      const form = joinPageCuts(layout);
      const expected = form.merges
        .filter((m) => m.top >= first && m.bottom <= area.bottom)
        .flatMap((m) => (m.top === head && m.bottom > head ? [{ ...m, bottom: head }, { ...m, top: head + 1 }] : [m]))
        .filter((m) => m.bottom > m.top || m.right > m.left)
        .sort((x, y) => x.top - y.top || x.left - y.left);
      expect(tableMerges(a.table, first, area.left)).toEqual(expected);
      // each grid position covered exactly once
      const rows = a.table.bodies.flat();
      expect(rows).toHaveLength(area.bottom - first + 1);
      const seen = new Set<string>();
      rows.forEach((row, r) =>
        row.cells.forEach((c) => {
          for (let y = r; y < r + c.rowSpan; y++)
            for (let x = c.col; x < c.col + c.colSpan; x++) {
              expect(seen.has(`${y}:${x}`)).toBe(false);
              seen.add(`${y}:${x}`);
            }
        })
      );
      expect(seen.size).toBe(rows.length * (area.right - area.left + 1));
      // the text of every top-left cell, as the sheet shows it
      rows.forEach((row, r) =>
        row.cells.forEach((c) => {
          const cell = form.cells.find((x) => x.row === first + r && x.col === area.left + c.col);
          expect(c.text).toBe(first + r === head + 1 && c.col === 0 ? '' : cellText(cell));
        })
      );
    }
  );

  it('the title lines above the table; the note below the print area is left out', () => {
    const a = appendixFromLayout(layoutOf('2018'), 156);
    expect(a.titles.map((p) => [p.role, p.runs[0].text])).toEqual([
      ['tableTitle', '自治区财政项目支出绩效自评表'],
      ['tableSubtitle', '（2018年度）'],
    ]);
    expect(a.name).toBe('自治区财政项目支出绩效自评表');
    const all = a.table.bodies.flat().flatMap((r) => r.cells.map((c) => c.text));
    expect(all.some((t) => t.startsWith('本表由绩效自评助手'))).toBe(false);
    expect(all.some((t) => t.startsWith('本年共计拨付'))).toBe(false);
    expect(all).toEqual(expect.arrayContaining(['1200万元', '49家', '37590.1万元', '≥90%', '100.00', '自评等级：优']));
  });

  it('2020: amounts, rates and scores as their number formats show them', () => {
    const all = appendixFromLayout(layoutOf('2020'), 243)
      .table.bodies.flat()
      .flatMap((r) => r.cells.map((c) => c.text));
    expect(all).toEqual(
      expect.arrayContaining([
        '1200.00',
        '100.00%',
        '10.00',
        '≥49家',
        '49家',
        '≥37000万元',
        '37590.1万元',
        '100',
        '100.00',
        '自评等级：优',
      ])
    );
  });

  it('widths fill the text width, keep the sheet’s proportions, and no column is narrower than two characters', () => {
    for (const [kind, width] of [
      ['2018', 156],
      ['2020', 243],
    ] as const) {
      const w = appendixFromLayout(layoutOf(kind), width).table.columnWidthsMm;
      expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(width, 0);
      expect(Math.min(...w)).toBeGreaterThanOrEqual(MIN_COLUMN_MM);
    }
    expect(scaleWidths([1, 1, 8], 100)).toEqual([10, 10, 80]);
    expect(scaleWidths([1, 19], 100)).toEqual([10, 90]);
    expect(scaleWidths([10, 10, 10], 90, [40])).toEqual([40, 25, 25]);
  });

  it.each([
    ['2018', '年度绩效指标完成情况'],
    ['2020', '绩效指标'],
  ])('%s: the indicator header repeats on every page, with the label the form merges down column A from it', (kind, label) => {
    const layout = layoutOf(kind);
    const head = layout.page!.printTitleRows!;
    const t = appendixFromLayout(layout, 156).table;
    expect(t.bodies).toHaveLength(2);
    const body = t.bodies[1];
    expect(body.map((r) => r.header)).toEqual(body.map((_, k) => k <= head.last - head.first));
    const top = body[0].cells[0];
    // (the label as written: the layout breaks it between its words where it does not fit its column, 年度绩效 / 指标完成 / 情况)
    expect([top.col, top.text.replace(/\n/g, ''), top.rowSpan]).toEqual([0, label, head.last - head.first + 1]);
    // below it, column A is one empty block down to where the form's merge ended
    const below = body[head.last - head.first + 1].cells[0];
    const merge = joinPageCuts(layout).merges.find((m) => m.top === head.first && m.left === 0)!;
    expect([below.col, below.text, below.rowSpan]).toEqual([0, '', merge.bottom - head.last]);
    expect(body.flatMap((r) => r.cells.map((c) => c.text.replace(/\n/g, ''))).filter((x) => x === label)).toHaveLength(1);
  });

  it('the rows the sheet repeats on every page do not repeat in Word when a merge runs into them from above', () => {
    const above = twoByFour([{ top: 1, left: 0, bottom: 3, right: 0 }]);
    const t = appendixFromLayout(above, 100).table;
    expect(t.bodies).toHaveLength(1);
    expect(t.bodies[0].map((r) => r.header)).toEqual([false, false, false, false]);
  });

  it('the rows the sheet repeats on every page repeat in Word as the first rows of a table', () => {
    const layout = twoByFour([]);
    const t = appendixFromLayout(layout, 100).table;
    expect(t.bodies.map((b) => b.map((r) => r.header))).toEqual([
      [false, false],
      [true, false],
    ]);
  });
});

describe('the appendix on paper', () => {
  // Proportional widths gave the 2018 form's label column 10 mm (项目 / 名称, 预算 / 执行 / 情况 / （万 / 元）) and its 一级
  // column 一级指 / 标: a text column now reads at least four characters a line, or its longest line when shorter.
  it.each([
    ['2018', 156, ['项目名称', '预算单位', '一级指标', '其他资金']],
    ['2020', 243, ['项目名称', '一级指标', '二级指标', '三级指标']],
  ] as const)('%s: the labels of the narrow columns are read four characters a line', (kind, width, labels) => {
    const layout = layoutOf(kind);
    const t = appendixFromLayout(layout, width).table;
    for (const label of labels) {
      const cell = t.bodies.flat().flatMap((r) => r.cells).find((c) => c.text === label)!;
      const colMm = t.columnWidthsMm.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
      expect(oneLineMm(label, cell.fontSizePt) + 2 * CELL_PADDING_MM).toBeLessThanOrEqual(colMm);
    }
    expect(t.columnWidthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(width, 0);
  });

  // A 34-indicator 2018 appendix ran over four pages; from the second on, the 一级 and 二级 labels merged down their
  // rows were blank (Word and LibreOffice print a merged cell's text once, on its first page). The model now cuts the
  // table into pages: every page a table of its own that starts with the indicator header, and a label that runs onto
  // a page written again there, with （续）.
  it.each([
    ['2018', 156, 225, [1, 2]],
    ['2020', 243, 138, [1, 2]],
  ] as const)('%s: a long table is cut into pages, each with the header, and a label merged over a page is written again with （续）', (kind, width, height, labelCols) => {
    const layout = layoutOf(kind, manyIndicators(34));
    const head = layout.page!.printTitleRows!;
    const flat = appendixFromLayout(layout, width).table;
    const t = appendixFromLayout(layout, width, height).table;
    expect(t.bodies.length).toBeGreaterThan(3);
    expect(t.pageBreaks).toEqual(t.bodies.slice(2).map((_, k) => k + 2));
    const headerCount = head.last - head.first + 1;
    const headerText = flat.bodies[1].slice(0, headerCount).map((r) => r.cells.map((c) => c.text));
    t.bodies.slice(1).forEach((body, k) => {
      // the header first, again; marked repeated from the second page on
      expect(body.slice(0, headerCount).map((r) => r.cells.map((c) => c.text))).toEqual(headerText);
      expect(body.slice(0, headerCount).every((r) => r.header && (k === 0 ? !r.repeated : r.repeated === true))).toBe(true);
      // every position of the page's grid covered once, within the page: no merge runs over a page's edge
      const seen = new Set<string>();
      body.forEach((row, y) => row.cells.forEach((c) => {
        expect(y + c.rowSpan).toBeLessThanOrEqual(body.length);
        for (let r = y; r < y + c.rowSpan; r++) for (let x = c.col; x < c.col + c.colSpan; x++) {
          expect(seen.has(`${r}:${x}`)).toBe(false);
          seen.add(`${r}:${x}`);
        }
      }));
      expect(seen.size).toBe(body.length * t.columnWidthsMm.length);
      if (k === 0) return;
      // the first row under the header names its 一级 and 二级 category, as the label above it, （续） when it continues
      const first = body[headerCount].cells;
      for (const col of labelCols) {
        const label = first.find((c) => c.col === col)!.text;
        expect(label).not.toBe('');
        const prev = t.bodies[k].flatMap((r) => r.cells.filter((c) => c.col === col)).pop()!.text.replace(CONTINUED, '');
        if (label.endsWith(CONTINUED)) expect(label).toBe(prev + CONTINUED);
      }
    });
    // some label does run over a page, and the rows and their text are those of the uncut table
    expect(t.bodies.flat().some((r) => r.cells.some((c) => c.text.endsWith(CONTINUED)))).toBe(true);
    const rows = (x: typeof t) => x.bodies.flat().filter((r) => !r.repeated);
    expect(rows(t)).toHaveLength(rows(flat).length);
    // the plain text says the header once, each heading on one line (预期指标值（包含数字及文字描述）, broken in its cell)
    const text = (x: typeof t) => reportText({ title: '', parts: [{ page: undefined as never, blocks: [x] }], draft: false, layout: '2018', data: {} as never, placeholders: [], pageNumber: undefined as never });
    expect(text(t).split('\n').filter((l) => l === headerText[0].map((h) => h.replace(/\n/g, '')).join('\t'))).toHaveLength(1);
  });

  it('the report\'s lines above the table (七、附表 and its name) take their room from the first page', () => {
    const layout = layoutOf('2020', manyIndicators(12));
    const rowsOnFirst = (abovePt: number): number => {
      const t = appendixFromLayout(layout, 243, 138, abovePt).table;
      return t.bodies.slice(0, t.pageBreaks![0]).reduce((n, b) => n + b.length, 0);
    };
    // (lines of 28.95 pt: with the names spread over their row the first page has room to spare for two, not for four)
    expect(rowsOnFirst(4 * 28.95)).toBeLessThan(rowsOnFirst(0));
  });

  it('a table that fits its page is not cut', () => {
    const t = appendixFromLayout(twoByFour([]), 100, 225).table;
    expect(t.bodies).toHaveLength(2);
    expect(t.pageBreaks).toBeUndefined();
  });
});

describe('formatNumber: the number formats the layouts use', () => {
  it.each([
    [1200, '0.00', '1200.00'],
    [1, '0.00%', '100.00%'],
    [0.92, '0.00%', '92.00%'],
    [49, '"≥"0"家"', '≥49家'],
    [37590.1, '0.0"万元"', '37590.1万元'],
    [2.675, '0.00', '2.68'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-5, '0.00', '-5.00'],
    [-5, '0.00;(0.00)', '(5.00)'],
    [3.5, undefined, '3.5'],
    [0.1 + 0.2, '0.0', '0.3'],
    [1.5, '0.##', '1.5'],
    // an escaped % is a character shown, not a percent (Excel shows 5 as 5%, not 500%)
    [5, '0\\%', '5%'],
  ])('%s as %s → %s', (x, f, out) => expect(formatNumber(x, f)).toBe(out));
});
