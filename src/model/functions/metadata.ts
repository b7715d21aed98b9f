/**
 * functions.json, generated from the function registry (FUNCTION_SIGNATURES): the metadata Excel reads to offer the
 * JX functions, in one language per file (the manifest points English Excel to functions-en.json). The build
 * (webpack.config.js, through scripts/functions-metadata.js) writes both files; a WPS build can generate its own from
 * the same signatures (pass them, changed as that host needs, to `functionsMetadata`).
 *
 * Schema: Microsoft's "Manually create JSON metadata for custom functions". Decisions:
 * - `allowErrorForDataTypeAny`: without it Excel does not call a function whose input holds an error (#N/A, #REF!…)
 *   and shows that error instead; FINDINGS must see error cells to list them, and the other functions pass the first
 *   error through themselves (spec functions.md). Only `any` parameters receive errors, so every parameter that can
 *   hold a cell is `any`; the metadata generator of the JSDoc (custom-functions-metadata) cannot write this flag.
 * - Parameter types from the registry's ArgType: ranges and tables are `any` matrices; `bool` is `boolean` and
 *   `text`/`unit` are `string` (Excel converts the argument, and refuses an error there itself); every other value is
 *   `any`, read by the function as the ledger reader reads cells (`1,200`, `１２００`, `1200万元`).
 */
import type { Locale } from '../messages';
import type { ArgType, FunctionSignature, ResultType } from './args';
import { FUNCTION_IDS, FUNCTION_SIGNATURES } from './index';

export interface ParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly type: 'any' | 'boolean' | 'string';
  readonly dimensionality?: 'matrix';
  readonly optional?: true;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: ReadonlyArray<ParameterMetadata>;
  readonly result: { readonly type: ResultType; readonly dimensionality?: 'matrix' };
  readonly options?: { readonly requiresParameterAddresses: true };
}

export interface FunctionsMetadata {
  readonly allowErrorForDataTypeAny: true;
  readonly allowCustomDataForDataTypeAny: true;
  readonly functions: ReadonlyArray<FunctionMetadata>;
}

/** How a registry parameter type appears in functions.json. */
export function parameterType(t: ArgType): Pick<ParameterMetadata, 'type' | 'dimensionality'> {
  if (t === 'range' || t === 'table') return { type: 'any', dimensionality: 'matrix' };
  if (t === 'bool') return { type: 'boolean' };
  if (t === 'text' || t === 'unit') return { type: 'string' };
  return { type: 'any' };
}

export function functionMetadata(f: FunctionSignature, locale: Locale): FunctionMetadata {
  return {
    id: f.id,
    name: f.id,
    description: f.description[locale],
    parameters: f.params.map((p) => ({
      name: p.name,
      description: p.description[locale],
      ...parameterType(p.type),
      ...(p.optional ? { optional: true as const } : {}),
    })),
    result: f.spills ? { type: f.result, dimensionality: 'matrix' } : { type: f.result },
    ...(f.requiresParameterAddresses ? { options: { requiresParameterAddresses: true as const } } : {}),
  };
}

/** The metadata of `signatures` (default: every JX function, in catalogue order) in one language. */
export function functionsMetadata(
  locale: Locale,
  signatures: ReadonlyArray<FunctionSignature> = FUNCTION_IDS.map((id) => FUNCTION_SIGNATURES[id])
): FunctionsMetadata {
  return {
    allowErrorForDataTypeAny: true,
    allowCustomDataForDataTypeAny: true,
    functions: signatures.map((f) => functionMetadata(f, locale)),
  };
}

/** The file's text, as the build writes it. */
export function functionsMetadataJson(locale: Locale, signatures?: ReadonlyArray<FunctionSignature>): string {
  return JSON.stringify(functionsMetadata(locale, signatures), null, 2) + '\n';
}
