/** The xlsx adapter: .xlsx bytes → the model's Grid (a streaming reader), layouts → .xlsx (a streaming SpreadsheetML writer). Node and browser. */
export { readXlsx, DEFAULT_HEAD_ROWS, type ReadXlsxResult, type ReadXlsxOptions, type ReadFailureReason, type LocalizedText, type SheetSelector } from './read';
export { PAGE_LIMITS, cliLimits, type ReadLimits } from './budget';
export { writeXlsx, GRID_DATE_FORMAT, LISTS_SHEET, type SheetToWrite } from './write';
export { annotateXlsx, type AnnotateResult, type AnnotateOptions } from './annotate';
