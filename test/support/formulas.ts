/** The sample workbook as a program writes it: its ledger's 财政支持资金 as formulas, with their results or without (ExcelJS). */
import ExcelJS from 'exceljs';
import { isDateValue } from '../../src/model/grid';
import { sampleWorkbookGrid } from '../../src/model/sample';

/** The sample ledger's 财政支持资金 column and header row (0-based). */
export function fundsColumn(): { headerRow: number; col: number } {
  const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === '项目台账')!;
  const headerRow = ledger.values.findIndex((r) => r.includes('财政支持资金'));
  return { headerRow, col: ledger.values[headerRow].indexOf('财政支持资金') };
}

/**
 * The sample written by ExcelJS, its 财政支持资金 as formulas `=N*1` with their results (`cached`), without (`bare`),
 * without on every tenth or every third sheet row only (`tenth`, `third`), or plain numbers (`none`); its ledger's projects
 * `copies` times over (a long ledger).
 */
export async function sampleWithFormulas(formulas: 'none' | 'cached' | 'bare' | 'tenth' | 'third', copies = 1): Promise<Uint8Array> {
  const { headerRow, col } = fundsColumn();
  const bare = (r: number): boolean => formulas === 'bare' || (formulas === 'tenth' && r % 10 === 0) || (formulas === 'third' && r % 3 === 0);
  const wb = new ExcelJS.Workbook();
  for (const s of sampleWorkbookGrid().sheets) {
    const ws = wb.addWorksheet(s.name);
    const body = s.values.slice(headerRow + 1);
    const values = s.name === '项目台账' ? [...s.values.slice(0, headerRow + 1), ...Array.from({ length: copies }, () => body).flat()] : s.values;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (isDateValue(v)) cell.value = new Date(Date.UTC(v.year, v.month - 1, v.day));
        else if (typeof v !== 'object') cell.value = formulas !== 'none' && s.name === '项目台账' && c === col && r > headerRow && typeof v === 'number' ? ((bare(r) ? { formula: `${v}*1` } : { formula: `${v}*1`, result: v }) as ExcelJS.CellFormulaValue) : v;
      }),
    );
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
