/**
 * A custom-functions runtime for tests: loads the BUILT bundle (dist's functions.js) and its BUILT metadata
 * (functions.json), and evaluates `=JX.NAME(…)` as Excel calls a custom function, from the documentation ("Custom
 * functions parameter options", "Handle and return errors from your custom function", "Manually create JSON
 * metadata for custom functions"):
 *
 * - a range reaches a `matrix` parameter as a 2D array, row-major, a blank cell as null; a single value reaches it as
 *   `[[v]]`;
 * - a scalar parameter given a 1 × 1 range gets its value; given a larger range, Excel calls the function once per
 *   cell and the results spill as an array of the range's shape (lifting);
 * - an omitted optional argument arrives as `null` (TypeScript defaults never apply); the invocation object is
 *   always passed after the declared parameters, with `parameterAddresses` when the metadata asks for them;
 * - an error in an input (a cell holding #N/A, #REF!…): unless the metadata's top-level `allowErrorForDataTypeAny`
 *   is true AND the parameter's type is `any`, Excel does not call the function and the result is that error (the
 *   first one, in parameter order then row-major). When the flag allows it, the error arrives as a
 *   `CustomFunctions.Error` (or, with data types, as `{type: 'Error', basicValue, errorType}`);
 * - a function that throws a `CustomFunctions.Error` shows that error (with its message for #VALUE! / #N/A); any
 *   other exception shows #VALUE!.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** An Excel error value in a cell or an argument (`#N/A`, `#REF!`…). */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** What a cell holds as a function's input: a value, blank (null), or an error. */
export type Cell = number | string | boolean | null | ExcelError;

/** An argument: a value, a range (rows of cells) with its address, or omitted. */
export type Arg = Cell | { readonly range: ReadonlyArray<ReadonlyArray<Cell>>; readonly address?: string } | undefined;

interface ParamMeta {
  name: string;
  type?: string;
  dimensionality?: 'scalar' | 'matrix';
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean; requiresAddress?: boolean; stream?: boolean; volatile?: boolean };
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMeta[];
}

/** The error class the runtime gives the bundle as `CustomFunctions.Error`. */
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message ?? code);
  }
}

const ERROR_TYPES: Record<string, string> = {
  '#DIV/0!': 'Div0',
  '#N/A': 'NotAvailable',
  '#NAME?': 'Name',
  '#NULL!': 'Null',
  '#NUM!': 'Num',
  '#REF!': 'Ref',
  '#VALUE!': 'Value',
};

export interface CustomFunctionsRuntime {
  readonly metadata: Metadata;
  /** `Office.context.displayLanguage` as the bundle sees it. */
  displayLanguage: string;
  /** Evaluates `=NS.ID(args…)` in `cell` (e.g. `Sheet1!B2`): a value, a 2D array, or an ExcelError. */
  evaluate(id: string, args: ReadonlyArray<Arg>, cell?: string): unknown;
}

export function loadCustomFunctions(
  dir: string,
  opts: { metadata?: 'functions.json' | 'functions-en.json'; errorsAs?: 'CustomFunctions.Error' | 'data type' } = {}
): CustomFunctionsRuntime {
  const metadata = JSON.parse(fs.readFileSync(path.join(dir, opts.metadata ?? 'functions.json'), 'utf8')) as Metadata;
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const office = { context: { displayLanguage: 'zh-CN' } };
  const context = vm.createContext({
    console,
    Office: office,
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => void associated.set(id.toUpperCase(), fn),
      Error: CustomFunctionsError,
      ErrorCode: Object.fromEntries(Object.keys(ERROR_TYPES).map((c) => [c, c])),
    },
  });
  vm.runInContext(fs.readFileSync(path.join(dir, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  const byId = new Map(metadata.functions.map((f) => [f.id.toUpperCase(), f]));

  /** The error as the bundle receives it when the metadata lets errors through. */
  const passedError = (e: ExcelError): unknown =>
    opts.errorsAs === 'data type'
      ? { type: 'Error', basicValue: e.code, errorType: ERROR_TYPES[e.code] ?? 'Value' }
      : new CustomFunctionsError(e.code, e.message);

  const toExcel = (v: unknown): unknown => {
    if (v instanceof CustomFunctionsError) return new ExcelError(v.code, v.message === v.code ? undefined : v.message);
    if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(toExcel) : toExcel(row)));
    return v;
  };

  function call(f: FunctionMeta, args: ReadonlyArray<Arg>, cell: string | undefined): unknown {
    const fn = associated.get(f.id.toUpperCase());
    if (!fn) return new ExcelError('#NAME?');
    const errorsAllowed = metadata.allowErrorForDataTypeAny === true;
    // Lifting: the first scalar parameter given a range of more than one cell.
    const lift = f.parameters.findIndex((p, i) => {
      const a = args[i];
      return p.dimensionality !== 'matrix' && isRange(a) && (a.range.length > 1 || (a.range[0]?.length ?? 0) > 1);
    });
    if (lift >= 0) {
      const r = args[lift] as { range: ReadonlyArray<ReadonlyArray<Cell>> };
      return r.range.map((row) => row.map((c) => call(f, args.map((a, i) => (i === lift ? c : a)), cell)));
    }
    const values: unknown[] = [];
    for (let i = 0; i < f.parameters.length; i++) {
      const p = f.parameters[i];
      const a = args[i];
      const canTakeError = errorsAllowed && (p.type ?? 'any') === 'any';
      if (a === undefined) {
        if (!p.optional) return new ExcelError('#VALUE!'); // Excel refuses the formula; a test should not get here
        values.push(null);
        continue;
      }
      const cells: ReadonlyArray<ReadonlyArray<Cell>> = isRange(a) ? a.range : [[a as Cell]];
      for (const row of cells)
        for (const c of row) if (c instanceof ExcelError && !canTakeError) return new ExcelError(c.code);
      const conv = (c: Cell): unknown => (c instanceof ExcelError ? passedError(c) : c);
      if (p.dimensionality === 'matrix') values.push(cells.map((row) => row.map(conv)));
      else values.push(conv(cells[0][0]));
    }
    const invocation: Record<string, unknown> = {};
    if (f.options?.requiresAddress) invocation.address = cell;
    if (f.options?.requiresParameterAddresses)
      invocation.parameterAddresses = f.parameters.map((_, i) => {
        const a = args[i];
        return isRange(a) ? (a.address ?? '') : '';
      });
    values.push(invocation);
    try {
      const r = fn(...values);
      if (f.result.dimensionality === 'matrix' && !Array.isArray(r)) return new ExcelError('#VALUE!');
      return toExcel(r);
    } catch (e) {
      if (e instanceof CustomFunctionsError) return toExcel(e);
      return new ExcelError('#VALUE!');
    }
  }

  return {
    metadata,
    get displayLanguage() {
      return office.context.displayLanguage;
    },
    set displayLanguage(v: string) {
      office.context.displayLanguage = v;
    },
    evaluate(id, args, cell) {
      const f = byId.get(id.toUpperCase());
      if (!f) return new ExcelError('#NAME?');
      if (args.length > f.parameters.length) return new ExcelError('#VALUE!'); // Excel refuses the formula
      return call(f, args, cell);
    },
  };
}

function isRange(a: Arg): a is { range: ReadonlyArray<ReadonlyArray<Cell>>; address?: string } {
  return typeof a === 'object' && a !== null && !(a instanceof ExcelError) && 'range' in a;
}
