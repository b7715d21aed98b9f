/** Small task-pane helpers over Office.js. */
import { isAddinSheet } from './util';

/** Activates `sheet` and selects `address` (e.g. `B7`) on it: one sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** The workbook's sheet names in tab order, without the add-in's own hidden sheets: one sync. */
export async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  return sheets.items.filter((s) => !(isAddinSheet(s.name) && s.visibility !== 'Visible')).map((s) => s.name);
}
