/**
 * The one way from a file's bytes to the model's grid, for every face that reads files (the CLI,
 * the page's worker): `readWorkbookFile(bytes, fileName, options)` → a grid, or a failure with
 * words for the user. This is where formats are told apart and dispatched: today .xlsx (the
 * streaming reader of src/adapters/xlsx); a CSV or an old .xls reader plugs in below, on the
 * same options (limits, inflater, sheet selection, progress, cancellation) and the same result.
 */
import { SELECT_HEAD_ROWS, sheetsToRead } from '../../model/check';
import { sniff, toBytes } from '../xlsx/detect';
import { readXlsx, type ReadXlsxOptions, type ReadXlsxResult, type SheetSelector } from '../xlsx/read';

export type ReadFileOptions = ReadXlsxOptions;
export type ReadFileResult = ReadXlsxResult;

/** The sheets the checks use (配置, 项目台账, 绩效指标, found by name or by their headers). */
export const CHECKED_SHEETS: SheetSelector = sheetsToRead;

/** What kind of file the bytes (and, where the bytes cannot tell, the name) say this is. */
export type FileKind = 'xlsx' | 'xls' | 'text';

export function fileKind(data: Uint8Array | ArrayBuffer, _fileName: string): FileKind {
  switch (sniff(toBytes(data)).kind) {
    case 'zip':
    case 'zipBroken':
    case 'empty':
    case 'encrypted':
    case 'cfbOther':
      return 'xlsx';
    case 'oldXls':
      return 'xls';
    case 'notZip':
      return 'text';
  }
}

/** The sheet choice sees the rows the model's choice looks at (SELECT_HEAD_ROWS), unless told otherwise. */
function withHeadRows(options: ReadFileOptions): ReadFileOptions {
  return options.select && options.headRows === undefined ? { ...options, headRows: SELECT_HEAD_ROWS } : options;
}

export async function readWorkbookFile(data: Uint8Array | ArrayBuffer, fileName: string, options: ReadFileOptions = {}): Promise<ReadFileResult> {
  switch (fileKind(data, fileName)) {
    // case 'xls':  an .xls reader goes here (today readXlsx explains that .xls must be saved as .xlsx)
    // case 'text': a CSV reader goes here (today readXlsx explains that this is not a workbook)
    default:
      return readXlsx(data, withHeadRows(options));
  }
}
