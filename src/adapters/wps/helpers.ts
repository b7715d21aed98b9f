/** Small ET helpers of the pane: go to a cell, the sheet names. */
import { isAddinSheet } from '../office/util';
import { ET, type EtApplication } from './et';
import { activeBook, etSheets } from './read';

/** Activates `sheet` and selects `address` (e.g. `B7`) on it. */
export function selectCell(app: EtApplication, sheet: string, address: string): void {
  const ws = activeBook(app).Worksheets.Item(sheet);
  ws.Activate();
  ws.Range(address).Select();
}

/** The workbook's sheet names in tab order, without the add-in's own hidden sheets. */
export function sheetNames(app: EtApplication): string[] {
  return etSheets(app)
    .filter((s) => !(isAddinSheet(s.name) && s.visible !== ET.sheetVisible))
    .map((s) => s.name);
}
