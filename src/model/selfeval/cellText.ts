/**
 * Excel holds at most 32,767 characters in a cell (EXCEL_MAX_CELL_CHARS): a longer text from the user's workbook (a
 * 40,000-character 项目名称 or 指标名称) would make Excel refuse the whole sheet. Every text cell of a built 自评表 is
 * cut to the limit here, once for every layout, with an S008 finding at the cell written.
 *
 * A wrapped text that its rows cannot hold even at the smallest size (the builder sets it from 11 down to 8 pt, its
 * rows at most 409 pt each: selfeval/sheet.ts) would lose its end on paper without a word: it is said here (S008.print:
 * the cell, its length, about how many characters do not print). The cell keeps the whole text (the screen, the
 * report's appendix, which grows across pages, show it); the form is not continued below itself, since the officer
 * prints a fixed official form and a text of that length belongs shortened in it and whole in the 自评报告.
 */
import type { Finding } from '../findings';
import { a1 } from '../grid';
import { DEFAULT_COLUMN_CHARS, DEFAULT_ROW_POINTS, MAX_ROW_POINTS, type SheetLayout } from '../layout';
import { S008 } from '../rules/sheetsWorkbook';
import { cutText, EXCEL_MAX_CELL_CHARS } from '../text/visible';
import { BODY_FONT_SIZE, printedChars } from './sheet';

export function fitCellTexts(layout: SheetLayout): { layout: SheetLayout; findings: Finding[] } {
  const findings: Finding[] = [];
  const corner = new Map(layout.merges.map((m) => [`${m.top}:${m.left}`, m] as const));
  const cells = layout.cells.map((c) => {
    if (typeof c.value !== 'string') return c;
    const { text, cut } = cutText(c.value);
    const at = { sheet: layout.name, row: c.row, col: c.col };
    if (cut) findings.push(S008.finding.main(at, { sheet: layout.name, cell: a1(c.row, c.col), length: c.value.length, max: EXCEL_MAX_CELL_CHARS }));
    if (c.style?.wrap) {
      const m = corner.get(`${c.row}:${c.col}`) ?? { top: c.row, left: c.col, bottom: c.row, right: c.col };
      let width = 0;
      for (let x = m.left; x <= m.right; x++) width += layout.columnWidths[x] || DEFAULT_COLUMN_CHARS;
      let height = 0;
      for (let r = m.top; r <= m.bottom; r++) height += layout.rowHeights[r] ?? DEFAULT_ROW_POINTS;
      const size = c.style.fontSize ?? BODY_FONT_SIZE;
      const { shown, total } = printedChars(text, width, height, size);
      if (shown < total)
        findings.push(S008.finding.print(at, { sheet: layout.name, cell: a1(c.row, c.col), length: total, cut: total - shown, size, max: MAX_ROW_POINTS }));
    }
    return cut ? { ...c, value: text } : c;
  });
  return cells.some((c, i) => c !== layout.cells[i]) ? { layout: { ...layout, cells }, findings } : { layout, findings };
}
