/**
 * Results of the custom functions in the pure model. A function returns a value or an FnError;
 * the Excel wrapper (src/functions) turns an FnError into a CustomFunctions.Error. Only the codes
 * a custom function may return are listed (#REF! and #NAME? are input-only in Excel).
 */
import type { LocalizedText } from '../errors';

export type ExcelErrorCode = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!' | '#NULL!';

/** The error codes a custom function may return, in the order of CustomFunctions.ErrorCode. */
export const RETURNABLE_ERRORS: ReadonlyArray<ExcelErrorCode> = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'];

/** Codes that carry a message in Excel (the others show none). */
export const ERRORS_WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(['#VALUE!', '#N/A']);

/** A text in both locales: the model's LocalizedText (errors.ts), the same shape as every failure's words. */
export type Bilingual = LocalizedText;

export interface FnError {
  readonly error: ExcelErrorCode;
  /** Only for #VALUE! and #N/A (Excel shows no message for the others). */
  readonly message?: Bilingual;
}

export type Scalar = number | string | boolean;
export type FnValue = Scalar | Scalar[][];
export type FnResult<T extends FnValue = FnValue> = T | FnError;

export function isFnError(x: unknown): x is FnError {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as FnError).error === 'string';
}

export function fnError(error: ExcelErrorCode, message?: Bilingual): FnError {
  return message && ERRORS_WITH_MESSAGE.has(error) ? { error, message } : { error };
}

export const DIV0: FnError = { error: '#DIV/0!' };
