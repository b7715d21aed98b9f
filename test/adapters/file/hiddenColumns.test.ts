/**
 * Two columns read as one field (S003), one of them hidden in the sheet: the visible one is read — what the officer
 * sees, edits and prints; a hidden column is an old figure or a helper — and S003 says the ignored one is hidden
 * (unseen41/review41's Left: the hidden one, being first, was read, without a word of its being hidden). The .xlsx
 * reader tells the hidden columns (GridSheet.hiddenCols), only those the rows reach; so does the .xls reader (hostile43).
 */
import * as X from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../../src/adapters/file';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';

const sample = sampleWorkbookGrid();
const ledger = sample.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
const headerRow = ledger.values.findIndex((r) => r.includes('本年拨付'));
const disbursed = ledger.values[headerRow].indexOf('本年拨付');
const colLetter = (c: number): string => String.fromCharCode(65 + c);

/** The ledger with an old 本年拨付 (every figure 1) inserted at column `at` (before or after the real one), hidden or not. */
function withOldColumn(at: number, hidden: boolean): Grid {
  const values = ledger.values.map((r, i) => {
    const row: CellValue[] = [...r];
    while (row.length < at) row.push(null);
    row.splice(at, 0, i === headerRow ? '本年拨付' : i > headerRow && r.some((v) => v !== null) ? 1 : null);
    return row;
  });
  const sheet: GridSheet = { ...ledger, values, merges: [], ...(hidden ? { hiddenCols: [at] } : {}) };
  return { sheets: sample.sheets.map((s) => (s === ledger ? sheet : s)) };
}

describe('a hidden column with the same heading as a visible one', () => {
  const plain = evaluateWorkbook(sample);
  it.each([
    ['before the real one', disbursed],
    ['after it', disbursed + 1],
  ])('hidden, %s: the visible column is read (the sample\'s figures), S003 names the hidden one as hidden', (_, at) => {
    const e = evaluateWorkbook(withOldColumn(at, true));
    const real = at <= disbursed ? disbursed + 1 : disbursed;
    expect(e.check.ledger!.table.columns.disbursed?.col).toBe(real);
    expect(e.metrics).toEqual(plain.metrics);
    const s003 = e.findings.filter((f) => f.rule === 'S003');
    expect(s003.map((f) => [f.row, f.col])).toEqual([[headerRow, at]]);
    expect(findingText(s003[0], 'zh-CN')).toBe(
      `列“本年拨付”（隐藏列）与 ${colLetter(real)}${headerRow + 1} 列“本年拨付”都读作“本年拨付”，已使用“本年拨付”（${colLetter(real)}${headerRow + 1}），忽略本列；如两列含义不同，请改写列标题。`,
    );
    expect(findingText(s003[0], 'en-US')).toContain('Column "本年拨付" (hidden) and');
    expect(findingText(s003[0], 'en-US').replace(/本年拨付/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  });
  it('neither hidden (or a host that cannot tell): the first is read, as before, S003 without the word', () => {
    const e = evaluateWorkbook(withOldColumn(disbursed, false));
    expect(e.check.ledger!.table.columns.disbursed?.col).toBe(disbursed);
    expect(findingText(e.findings.find((f) => f.rule === 'S003')!, 'zh-CN')).not.toContain('隐藏');
  });
  it('.xlsx with the old column hidden in Excel: read as hidden (hiddenCols), the visible one used', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(withOldColumn(disbursed, false).sheets.map((s) => ({ grid: s })))) as unknown as ArrayBuffer);
    wb.getWorksheet(SAMPLE_SHEETS.ledger)!.getColumn(disbursed + 1).hidden = true;
    const r = await readWorkbookFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '台账.xlsx');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(r.grid.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!.hiddenCols).toEqual([disbursed]);
    const e = evaluateWorkbook(r.grid);
    expect(e.check.ledger!.table.columns.disbursed?.col).toBe(disbursed + 1);
    expect(e.metrics).toEqual(plain.metrics);
    expect(e.findings.filter((f) => f.rule === 'S003').map((f) => f.params)).toMatchObject([{ hidden: 'hidden' }]);
  });
  it('.xls (BIFF8) with the old column hidden: read as hidden too (COLINFO), the visible one used', async () => {
    const grid = withOldColumn(disbursed, false);
    const wb = X.utils.book_new();
    for (const s of grid.sheets) {
      const ws = X.utils.aoa_to_sheet(s.values.map((r) => r.map((v) => (v && typeof v === 'object' && 'kind' in v && v.kind === 'date' ? new Date(Date.UTC(v.year, v.month - 1, v.day)) : v))));
      // the old 本年拨付 and forty columns past the table hidden: only the columns the rows reach are listed
      if (s.name === SAMPLE_SHEETS.ledger) ws['!cols'] = Array.from({ length: 80 }, (_, c) => ({ hidden: c === disbursed || c >= 40 }));
      X.utils.book_append_sheet(wb, ws, s.name);
    }
    const r = await readWorkbookFile(new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer), '台账.xls');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    const sheet = r.grid.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
    expect(sheet.hiddenCols).toEqual([disbursed]);
    expect(r.grid.sheets.filter((s) => s.hiddenCols).map((s) => s.name)).toEqual([SAMPLE_SHEETS.ledger]);
    const e = evaluateWorkbook(r.grid);
    expect(e.check.ledger!.table.columns.disbursed?.col).toBe(disbursed + 1);
    expect(e.findings.filter((f) => f.rule === 'S003').map((f) => f.params)).toMatchObject([{ hidden: 'hidden' }]);
  });
  it('.xlsx with the last column and forty past the table hidden: only the columns the rows reach are listed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx([{ grid: ledger }])) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SAMPLE_SHEETS.ledger)!;
    const width = ws.actualColumnCount;
    for (let c = width; c <= width + 40; c++) ws.getColumn(c).hidden = true;
    const r = await readWorkbookFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '台账.xlsx');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(r.grid.sheets[0].hiddenCols).toEqual([width - 1]);
  });
});
