/**
 * A long text in a form (a 年度总体目标 of several paragraphs, a 偏差原因分析 of a few hundred characters) asks
 * for rows taller than Excel and WPS allow (409 pt): the layouts never ask for more, so that the pane's 生成 does not
 * fail in either host on such a workbook (Office.js and the ET API refuse a taller rowHeight); such a text is set
 * smaller (down to 8 pt) rather than cut off where the row stops, and a block over several rows still gets all the
 * height it needs from its other rows.
 */
import * as office from '../../../src/adapters/office';
import * as wps from '../../../src/adapters/wps';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { MAX_ROW_POINTS, type SheetLayout } from '../../../src/model/layout';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../../src/model/sample';
import { a1 } from '../../../src/model/grid';
import { formatFinding } from '../../../src/model/messages';
import { lineCount, printedChars, SheetBuilder } from '../../../src/model/selfeval/sheet';
import { createFakeEt } from '../../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid } from '../../fakes/excel';
import { addGridSheets } from '../../fakes/excel/state';
import { HOST_LINE_POINTS } from '../../support/hostLines';

const LONG_GOAL = '支持自治区确定的重大工程和重点建设项目及新疆特色产业领域的申报项目，通过实施专利项目，提升优势企业的知识产权创造、管理、保护和运用能力。'.repeat(12);
const LONG_REASON = '部分企业自筹资金到位较慢，项目实施进度滞后于计划进度，下一年度将提前下达资金，加快拨付进度，加强与项目承担单位的沟通联系。'.repeat(8);

/** The workbook with the 年度总体目标 / 实际完成情况 and the text of every column named like `header` made long. */
function lengthened(grid: Grid, header: RegExp, reason = LONG_REASON, goal = LONG_GOAL): Grid {
  const sheets = grid.sheets.map((s): GridSheet => {
    if (s.name === '配置')
      return { ...s, values: s.values.map((r) => (r[0] === '年度总体目标' || r[0] === '实际完成情况' ? [r[0], goal] : r)) };
    if (s.name !== '绩效指标') return s;
    const cols = s.values[0].flatMap((h, c) => (typeof h === 'string' && header.test(h) ? [c] : []));
    return { ...s, values: s.values.map((r, i): CellValue[] => (i === 0 ? [...r] : r.map((v, c) => (cols.includes(c) ? reason : v)))) };
  });
  return { sheets };
}

const CASES: Array<[string, () => Grid]> = [
  ['2020', () => lengthened(sampleWorkbookGrid(), /^偏差原因/)],
  ['2018', () => lengthened(sampleWorkbookGrid(), /^偏差原因/)],
  ['monitor', () => lengthened(sampleMidYearGrid(), /^偏差原因说明/)],
];

describe('no row taller than the hosts allow', () => {
  test.each(CASES)('%s: every row at most 409 pt, and the layout renders in fake Excel and fake ET', async (id, workbook) => {
    const grid = workbook();
    const layout: SheetLayout = evaluateWorkbook(grid, { forSelfEval: true, layout: id as '2020' }).selfEval!.layout;
    const heights = layout.rowHeights.filter((h): h is number => h !== undefined);
    expect(Math.max(...heights)).toBeLessThanOrEqual(MAX_ROW_POINTS);
    // the long texts did ask for more: some are set smaller, and every text is whole, each line within its rows' height
    expect(layout.cells.some((c) => typeof c.value === 'string' && (c.style?.fontSize ?? 11) < 11)).toBe(true);
    for (const c of layout.cells) {
      if (typeof c.value !== 'string' || !c.style?.wrap) continue;
      const m = layout.merges.find((x) => x.top === c.row && x.left === c.col) ?? { top: c.row, left: c.col, bottom: c.row, right: c.col };
      const width = layout.columnWidths.slice(m.left, m.right + 1).reduce<number>((a, w) => a + (w ?? 8.43), 0);
      const rows = layout.rowHeights.slice(m.top, m.bottom + 1).reduce<number>((a, h) => a + (h ?? 20), 0);
      const size = c.style.fontSize ?? 11;
      expect(lineCount(c.value, width, size) * HOST_LINE_POINTS * (size / 11)).toBeLessThanOrEqual(rows);
    }
    // each prints whole: nothing said
    expect(evaluateWorkbook(grid, { forSelfEval: true, layout: id as '2020' }).selfEval!.findings.filter((f) => f.rule === 'S008')).toEqual([]);
    const excel = fakeWorkbookFromGrid(grid, createFakeExcel());
    await expect(excel.run((ctx) => office.renderLayout(ctx, layout))).resolves.toBeDefined();
    const et = createFakeEt();
    addGridSheets(et.workbook, grid);
    expect(() => wps.renderLayout(et.Application, layout)).not.toThrow();
  });

  test('a block over several rows takes what it still needs from its upper rows when its lowest reaches the limit', () => {
    const s = new SheetBuilder([10]);
    s.block(0, 0, 2, 0, '字'.repeat(5 * 90)); // 90 lines of 5 characters
    const { rowHeights } = s.build('t', { top: 0, left: 0, bottom: 2, right: 0 }, { top: 0, left: 0, bottom: 2, right: 0 }, {
      paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { top: 1, bottom: 1, left: 1, right: 1 },
    });
    expect(rowHeights.every((h) => h === undefined || h <= MAX_ROW_POINTS)).toBe(true);
    expect((rowHeights[0] ?? 0) + (rowHeights[1] ?? 0) + (rowHeights[2] ?? 0)).toBeGreaterThan(2 * MAX_ROW_POINTS);
  });

  // A 年度总体目标 or a 偏差原因 of 2,400 characters does not fit its rows of 409 pt even at 8 pt: the paper showed its
  // middle, cut at both ends, and no one was told. It now prints from its first line, and the officer is told which
  // cell and about how many characters do not print (S008.print), in Chinese and in English.
  test.each(CASES)('%s: a text too long even at 8 pt prints from its start, and the cut is said at its cell', (id, workbook) => {
    const text = LONG_REASON.repeat(40).slice(0, 2400);
    const grid = lengthened(workbook(), id === 'monitor' ? /^偏差原因说明/ : /^偏差原因/, text, text);
    const se = evaluateWorkbook(grid, { forSelfEval: true, layout: id as '2020' }).selfEval!;
    const layout = se.layout;
    const cut = se.findings.filter((f) => f.rule === 'S008' && f.variant === 'print');
    const long = layout.cells.filter((c) => typeof c.value === 'string' && c.value.includes(text));
    expect(long.length).toBeGreaterThan(1);
    expect(cut.map((f) => a1(f.row, f.col)).sort()).toEqual(long.map((c) => a1(c.row, c.col)).sort());
    for (const c of long) {
      const value = c.value as string;
      const chars = [...value.replace(/\n/g, '')].length; // what the message counts: characters, not line breaks
      expect(c.style).toMatchObject({ fontSize: 8, vAlign: 'top' });
      const m = layout.merges.find((x) => x.top === c.row && x.left === c.col) ?? { top: c.row, left: c.col, bottom: c.row, right: c.col };
      const width = layout.columnWidths.slice(m.left, m.right + 1).reduce<number>((a, w) => a + (w ?? 8.43), 0);
      const height = layout.rowHeights.slice(m.top, m.bottom + 1).reduce<number>((a, h) => a + (h ?? 15), 0);
      const { shown } = printedChars(value, width, height, 8);
      const f = cut.find((x) => x.row === c.row && x.col === c.col)!;
      expect(f.sheet).toBe(layout.name);
      expect(f.params).toMatchObject({ cell: a1(c.row, c.col), length: chars, cut: chars - shown, size: 8, max: 409 });
      expect(chars - shown).toBeGreaterThan(100);
      expect(formatFinding(f)).toContain(`${a1(c.row, c.col)} 单元格文字有 ${chars} 个字`);
      expect(formatFinding(f)).toContain(`最后 ${chars - shown} 个字印不出`);
      // the English names the cell and the counts; its only Chinese is the sheet's name
      const en = formatFinding(f, 'en-US');
      expect(en).toContain(`cell ${a1(c.row, c.col)} of "${layout.name}" has ${chars} characters`);
      expect(en.replace(`"${layout.name}"`, '')).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    }
  });

  test('printedChars: the characters of the lines that fit, from the top', () => {
    // 10 characters wide: 65 px of text in Excel, 4 CJK characters of 15 px a line at 11 pt (a host never draws half of
    // one); 2 lines fit in 2 × 15.79 + 4 pt (LibreOffice's lines, HOST_LINE_POINTS)
    expect(printedChars('字'.repeat(10), 10, 2 * HOST_LINE_POINTS + 4)).toEqual({ shown: 8, total: 10 });
    expect(printedChars('字'.repeat(10), 10, 2 * HOST_LINE_POINTS + 4, 8)).toEqual({ shown: 10, total: 10 });
    expect(printedChars('字'.repeat(8), 10, 2 * HOST_LINE_POINTS + 4)).toEqual({ shown: 8, total: 8 });
    expect(printedChars('ab\n字字字字字', 10, 2 * HOST_LINE_POINTS + 4)).toEqual({ shown: 6, total: 7 });
  });
});
