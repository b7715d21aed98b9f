/**
 * Excel holds at most 32,767 characters in a cell (EXCEL_MAX_CELL_CHARS): a longer text from the user's workbook (a
 * 40,000-character 项目名称 or 指标名称) would make Excel refuse the whole sheet. Every text cell of a built 自评表 is
 * cut to the limit here, once for every layout, with an S008 finding at the cell written.
 */
import type { Finding } from '../findings';
import { a1 } from '../grid';
import type { SheetLayout } from '../layout';
import { S008 } from '../rules/sheets';
import { cutText, EXCEL_MAX_CELL_CHARS } from '../text/visible';

export function fitCellTexts(layout: SheetLayout): { layout: SheetLayout; findings: Finding[] } {
  const findings: Finding[] = [];
  const cells = layout.cells.map((c) => {
    if (typeof c.value !== 'string') return c;
    const { text, cut } = cutText(c.value);
    if (!cut) return c;
    findings.push(
      S008.finding.main({ sheet: layout.name, row: c.row, col: c.col }, { sheet: layout.name, cell: a1(c.row, c.col), length: c.value.length, max: EXCEL_MAX_CELL_CHARS })
    );
    return { ...c, value: text };
  });
  return findings.length ? { layout: { ...layout, cells }, findings } : { layout, findings };
}
