/**
 * The WPS 表格 adapter: the only code that talks to ET (WPS's JS object model, synchronous). Every function takes the
 * ET `Application`; the same jobs as the Office adapter (adapters/office), with the same results in the workbook.
 */
export { etDate1904, readWorkbookGrid, readWorkbookName, type WpsReadOptions } from './read';
export { renderLayout, type WpsRenderOptions, type WpsRenderResult } from './render';
export { markFindings, clearMarks } from './marks';
export { selectCell, sheetNames } from './helpers';
export { ET, PATTERNS, bgrToHex, hexToBgr, type EtApplication } from './et';
