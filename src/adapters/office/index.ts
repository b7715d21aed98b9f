/**
 * The Office.js adapter: the only code that talks to Excel. Every function takes an
 * `Excel.RequestContext`, so the task pane calls it inside `Excel.run`.
 */
export { readWorkbookGrid, readWorkbookName, type ReadOptions, type ReadPlan, type ReadChunk } from './read';
export { renderLayout, uniqueSheetName, charsToPoints, cmToPoints, type RenderOptions, type ChartSpec } from './render';
export { markFindings, clearMarks, markNoteText, MARKS_SHEET, MARK_FILLS, type Mark } from './marks';
export { selectCell, sheetNames } from './helpers';
export { ADDIN_SHEET_PREFIX, DEFAULT_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES, isAddinSheet, isDateFormat } from './util';
