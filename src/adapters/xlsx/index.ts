/** The ExcelJS adapter: .xlsx bytes ↔ the model's Grid and SheetLayout. Node and browser. */
export { readXlsx, DEFAULT_MAX_CELLS, type ReadXlsxResult, type ReadXlsxOptions, type ReadFailureReason, type LocalizedText } from './read';
export { writeXlsx, GRID_DATE_FORMAT, LISTS_SHEET, type SheetToWrite } from './write';
export { annotateXlsx, type AnnotateResult, type AnnotateOptions } from './annotate';
