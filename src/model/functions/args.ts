/**
 * The one place where Excel's arguments become typed values (in the manner of HyperFormula's
 * function metadata: each function declares its parameters, `invoke` coerces them, then runs it).
 *
 * Excel's calling conventions, as the custom functions runtime delivers them:
 * - a range (a matrix parameter) arrives row-major as `any[][]`; a single value passed to it as `[[v]]`;
 * - blank cells arrive as `null`, `""` or (older desktop builds) `0`: `null` and `""` are blank, `0` is 0
 *   (except in a year, where 0 is blank: no cohort is year 0);
 * - an omitted optional argument arrives as `null` (TypeScript defaults never apply): an omitted
 *   required argument, or a blank cell passed to one, is #VALUE!;
 * - an Excel error in an input arrives as an object with a `code` such as `#N/A` (a CustomFunctions.Error),
 *   or as a data-type value `{type: 'Error', basicValue: '#N/A'}`: the first one, in parameter order then
 *   row-major, is passed through (functions.json lets errors in: allowErrorForDataTypeAny).
 *   #REF!, #NAME? and other codes a function cannot return become #VALUE! naming them.
 * Text is read by the ledger reader's coercion (read/values.ts): `1,200`, `１２００`, `1200万元`
 * mean the same here as in a ledger cell.
 */
import { errorValue, isErrorValue, type CellValue, type ErrorValue } from '../grid';
import { numberToFen, type Fen } from '../money';
import { readAmount, readBool, readNumber, readText, readYear, rawText, isBlank, type Read } from '../read/values';
import { FN_MESSAGES, sizeText, type Expected } from './messages';
import { RETURNABLE_ERRORS, fnError, isFnError, type Bilingual, type ExcelErrorCode, type FnError, type FnResult, type FnValue } from './types';

/** A range argument: row-major values, rectangular (short rows padded with null). */
export interface CellRange {
  readonly rows: number;
  readonly cols: number;
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
}

/**
 * - `range`: a cell, range or array constant; an error inside is passed through.
 * - `table`: a range read as data (FINDINGS): errors inside are cell values, not passed through.
 * - `amount`: 万元 by default, text may say 元 (`12000000元`), → integer 分.
 * - `number`, `year`, `bool`, `text`: one value.
 * - `unit`: `元` or `万元`.
 * - `cell`: one value as it is (a number or a text such as `≥90` or `达成`), read by the function.
 */
export type ArgType = 'range' | 'table' | 'amount' | 'number' | 'year' | 'bool' | 'text' | 'unit' | 'cell';

export interface ParamSpec {
  readonly name: string;
  readonly type: ArgType;
  readonly optional?: boolean;
  /**
   * What Excel shows while the argument is typed (functions.json: model/functions/metadata.ts). Build-time only: the
   * bundles are compiled without it (scripts/function-descriptions.js), so no code that runs in a page may read it.
   */
  readonly description: Bilingual;
}

type ValueOf<T extends ArgType> = T extends 'range' | 'table'
  ? CellRange
  : T extends 'amount'
    ? Fen
    : T extends 'number' | 'year'
      ? number
      : T extends 'bool'
        ? boolean
        : T extends 'unit'
          ? '元' | '万元'
          : T extends 'cell'
            ? CellValue
            : string;

/** The typed arguments of a function: optional ones are `undefined` when omitted. */
export type Args<P extends ReadonlyArray<ParamSpec>> = {
  readonly [S in P[number] as S['name']]: S['optional'] extends true ? ValueOf<S['type']> | undefined : ValueOf<S['type']>;
};

/** A result's type as functions.json names it. */
export type ResultType = 'number' | 'string' | 'boolean';

/** The result type of values R: a 2D result (it spills) has the type of its cells. */
export type ResultTypeOf<R> =
  R extends ReadonlyArray<ReadonlyArray<infer S>> ? ResultTypeOf<S> : R extends number ? 'number' : R extends string ? 'string' : R extends boolean ? 'boolean' : never;

/**
 * A function's registry entry without its computation: everything functions.json says of it (metadata.ts
 * generates both languages' files, and the tests' expectations, from these).
 */
export interface FunctionSignature<P extends ReadonlyArray<ParamSpec> = ReadonlyArray<ParamSpec>, T extends ResultType = ResultType> {
  /** The name after `JX.`: upper-case ASCII. */
  readonly id: string;
  /** What Excel shows while the function is typed (functions.json); build-time only, as ParamSpec's. */
  readonly description: Bilingual;
  readonly params: P;
  readonly result: T;
  /** The result is a 2D array that spills. */
  readonly spills?: boolean;
  /** Excel passes the addresses of the arguments (`invocation.parameterAddresses`): FINDINGS names cells. */
  readonly requiresParameterAddresses?: boolean;
}

export interface FunctionSpec<P extends ReadonlyArray<ParamSpec> = ReadonlyArray<ParamSpec>, R extends FnValue = FnValue>
  extends FunctionSignature<P, ResultTypeOf<R>> {
  readonly run: (args: Args<P>) => FnResult<R>;
}

export function defineFunction<const P extends ReadonlyArray<ParamSpec>, R extends FnValue>(spec: FunctionSpec<P, R>): FunctionSpec<P, R> {
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Any value Excel hands over → a host-neutral cell value. */
export function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : errorValue('#NUM!');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as { code?: unknown; kind?: unknown; type?: unknown; basicValue?: unknown };
    if (isErrorValue(v)) return v;
    if (typeof o.code === 'string' && o.code.startsWith('#')) return errorValue(o.code); // CustomFunctions.Error
    // An error as a data-type value (Excel.ErrorCellValue: `{type: 'Error', basicValue: '#N/A', errorType}`).
    if (o.type === 'Error' && typeof o.basicValue === 'string') return errorValue(o.basicValue);
    if ('basicValue' in o) return cellOf(o.basicValue); // an entity / rich value: its plain value
    if (o.kind === 'date') return v as CellValue;
  }
  return String(v);
}

/** An input error → the error this function returns. */
export function passThrough(e: ErrorValue, arg: string, message?: string): FnError {
  const code = e.code.toUpperCase();
  const returnable = RETURNABLE_ERRORS.find((c) => c === code);
  if (returnable) return fnError(returnable, message ? { 'zh-CN': message, 'en-US': message } : undefined);
  return fnError('#VALUE!', FN_MESSAGES.inputError(e.code, arg));
}

function errorOfInput(v: unknown, arg: string): FnError | undefined {
  const c = cellOf(v);
  if (!isErrorValue(c)) return undefined;
  const msg = typeof v === 'object' && v !== null && typeof (v as { message?: unknown }).message === 'string' ? (v as { message: string }).message : undefined;
  return passThrough(c, arg, msg);
}

export const unreadable = (raw: string, expected: Expected, arg: string): FnError =>
  fnError('#VALUE!', FN_MESSAGES.unreadable(raw, expected, arg));

/** A Read result → its value, undefined when blank, or #VALUE! naming the raw text. */
export function readOrError<T>(r: Read<T>, expected: Expected, arg: string): T | undefined | FnError {
  if (r.kind === 'ok') return r.value;
  if (r.kind === 'empty') return undefined;
  return unreadable(r.raw, expected, arg);
}

// ---------------------------------------------------------------------------------------------
// Ranges

/** A row of plain values (null, text, booleans, finite numbers): usable as it is. */
function isPlainRow(r: ReadonlyArray<unknown>): boolean {
  for (let c = 0; c < r.length; c++) {
    const x = r[c];
    if (!(x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)))) return false;
  }
  return true;
}

/** A range argument as a rectangle; a lone value is a 1 × 1 range. */
export function toRange(v: unknown): CellRange {
  if (!Array.isArray(v)) return { rows: 1, cols: 1, values: [[cellOf(v)]] };
  let cols = 0;
  for (const r of v) cols = Math.max(cols, Array.isArray(r) ? r.length : 1);
  const values: CellValue[][] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r: unknown = v[i];
    // Rows of plain values (the usual case) are used as they are, without a copy.
    if (Array.isArray(r) && r.length === cols && isPlainRow(r)) {
      values[i] = r as CellValue[];
      continue;
    }
    const cells: ReadonlyArray<unknown> = Array.isArray(r) ? r : [r];
    const out: CellValue[] = new Array(cols);
    for (let c = 0; c < cols; c++) out[c] = cellOf(cells[c]);
    values[i] = out;
  }
  return { rows: values.length, cols, values };
}

/** The first error value of a range, row-major. */
function firstError(range: CellRange): ErrorValue | undefined {
  for (const row of range.values)
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && typeof v === 'object' && isErrorValue(v)) return v;
    }
  return undefined;
}

/** Cells of a range, row-major. */
export function* cellsOf(r: CellRange): Generator<CellValue> {
  for (const row of r.values) for (const v of row) yield v;
}

export function sameShape(a: CellRange, aName: string, b: CellRange, bName: string): FnError | undefined {
  if (a.rows === b.rows && a.cols === b.cols) return undefined;
  return fnError('#VALUE!', FN_MESSAGES.shape(aName, sizeText(a.rows, a.cols), bName, sizeText(b.rows, b.cols)));
}

/** An amount cell of a range (万元; blank = undefined). */
export function amountCell(v: CellValue, arg: string): Fen | undefined | FnError {
  if (typeof v === 'number') {
    // The usual cell, read as readAmount reads a number, without the intermediate result object.
    const fen = numberToFen(v, '万元');
    if (fen !== null) return fen;
  }
  return readOrError(readAmount(v, '万元'), 'amount', arg);
}

/** A year cell of a range: blank (and 0, older Excel's blank) = undefined. */
export function yearCell(v: CellValue, arg: string): number | undefined | FnError {
  if (v === 0) return undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200) return v; // as readYear reads it
  return readOrError(readYear(v), 'year', arg);
}

// ---------------------------------------------------------------------------------------------
// Coercion of one argument

function coerce(spec: ParamSpec, raw: unknown): unknown {
  const arg = spec.name;
  if (spec.type === 'range' || spec.type === 'table') {
    if (raw === null || raw === undefined) return spec.optional ? undefined : fnError('#VALUE!', FN_MESSAGES.missing(arg));
    const range = toRange(raw);
    const error = spec.type === 'range' ? firstError(range) : undefined;
    return error ? passThrough(error, arg, messageIn(raw, error)) : range;
  }
  // A scalar parameter given a 1 × 1 range (a cell passed as a matrix) reads that cell.
  const single = Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
  const err = errorOfInput(single, arg);
  if (err) return err;
  const v = cellOf(single);
  if (isBlank(v)) return spec.optional ? undefined : fnError('#VALUE!', FN_MESSAGES.missing(arg));
  switch (spec.type) {
    case 'cell': return v;
    case 'amount': return orMissing(readOrError(readAmount(v, '万元'), 'amount', arg), spec);
    case 'number': return orMissing(readOrError(readNumber(v), 'number', arg), spec);
    case 'year': return orMissing(readOrError(readYear(v), 'year', arg), spec);
    case 'bool': return orMissing(readOrError(readBool(v), 'bool', arg), spec);
    case 'text': return orMissing(readOrError(readText(v), 'text', arg), spec);
    case 'unit': {
      const t = readText(v);
      if (t.kind === 'ok' && (t.value === '元' || t.value === '万元')) return t.value;
      return unreadable(rawText(v), 'unit', arg);
    }
  }
  return undefined;
}

function orMissing(x: unknown, spec: ParamSpec): unknown {
  return x === undefined && !spec.optional ? fnError('#VALUE!', FN_MESSAGES.missing(spec.name)) : x;
}

/** The message of the original error object behind a cell, if it had one. */
function messageIn(raw: unknown, e: ErrorValue): string | undefined {
  if (!Array.isArray(raw)) return undefined;
  for (const row of raw)
    for (const x of Array.isArray(row) ? row : [row])
      if (typeof x === 'object' && x !== null && (x as { code?: unknown }).code === e.code) {
        const m = (x as { message?: unknown }).message;
        return typeof m === 'string' && m ? m : undefined;
      }
  return undefined;
}

/**
 * Runs a function the way Excel calls it: `rawArgs` positionally, omitted ones `null` or absent.
 * The first argument that is an error (passed through), missing or unreadable decides the result.
 */
export function invoke<P extends ReadonlyArray<ParamSpec>, R extends FnValue>(spec: FunctionSpec<P, R>, rawArgs: ReadonlyArray<unknown>): FnResult<R> {
  const args: Record<string, unknown> = {};
  for (let i = 0; i < spec.params.length; i++) {
    const p = spec.params[i];
    const v = coerce(p, rawArgs[i]);
    if (isFnError(v)) return v;
    args[p.name] = v;
  }
  return spec.run(args as Args<P>);
}

export type { ExcelErrorCode };
