/**
 * `workbook.functions` (ExcelApi 1.2: the server refuses it below, from office.js's own table) and the one worksheet
 * function the add-in calls through it, DATE: `functions.date(year, month, day)` is a FunctionResult whose `value` is
 * the day's serial in the WORKBOOK's date system — DATE(1904, 1, 1) is 1462 in the 1900 system, 0 in the 1904 one
 * (WorkbookState.date1904) — as Excel's DATE computes it in a cell of that workbook ("Is a number from 1900 or 1904
 * (depending on the workbook's date system) to 9999", office-js's `Functions.date`). DATE's own rules (support.microsoft.com,
 * "DATE function"): arguments truncated to integers; a year 0…1899 has 1900 added; below 0 or past 9999 it is #NUM!;
 * months and days past their ends roll over; a day before the system's first is #NUM!. Every other function is not
 * modelled (the server says so rather than answering wrongly).
 */
import { dateToSerial, dateValue } from '../../../../src/model/grid';
import { DAYS_1904, type WorkbookState } from '../state';
import { ClientObject, defineProps } from './clientObject';

/** What a FunctionResult holds: the value, or the error's code (`#NUM!`) with no value. */
export interface FunctionResultState {
  readonly value: number | null;
  readonly error: string | null;
}

export class Functions extends ClientObject<WorkbookState> {
  readonly _type = 'Functions';
  date(year: number, month: number, day: number): FunctionResult {
    return this._derive(FunctionResult, 'date', [year, month, day], (wb) => excelDate(wb.date1904, year, month, day));
  }
}
defineProps<WorkbookState>(Functions, {});

export class FunctionResult extends ClientObject<FunctionResultState> {
  readonly _type = 'FunctionResult';
}
defineProps<FunctionResultState>(FunctionResult, { value: { get: (r) => r.value }, error: { get: (r) => r.error } });

const NUM: FunctionResultState = { value: null, error: '#NUM!' };

/** Excel's DATE(year, month, day) in the 1900 or the 1904 date system. */
export function excelDate(date1904: boolean, year: number, month: number, day: number): FunctionResultState {
  let y = Math.trunc(Number(year));
  const m = Math.trunc(Number(month));
  const d = Math.trunc(Number(day));
  if (![y, m, d].every(Number.isFinite) || y < 0 || y > 9999) return NUM;
  if (y < 1900) y += 1900;
  // months and days out of their ranges roll over, as JavaScript's UTC dates do (the day before 1900-01-01 is serial 0)
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  const serial = dateToSerial(dateValue(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())) - (date1904 ? DAYS_1904 : 0);
  return serial < 0 || t.getUTCFullYear() > 9999 ? NUM : { value: serial, error: null };
}
