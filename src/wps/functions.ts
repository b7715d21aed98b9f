/**
 * The JX worksheet functions in WPS 表格 (≥ 12.1.0.20540): `wps.AddCustomFunction('JX', id, fn, metadata)` for each of
 * the 13 functions, from the same registry as Excel's (model/functions: FUNCTION_SPECS and `invoke`), so a cell
 * `=JX.EXECRATE(…)` gives the same value in both hosts.
 *
 * Differences from Excel, decided here (docs/deploy-wps.md lists them for IT and the pilot):
 * - FINDINGS takes an optional second argument, the ledger's address as text (`"项目台账!A1:V170"`): WPS passes no
 *   parameter addresses, and without it the findings name cells relative to the range (A1 = its first cell).
 * - Errors: WPS documents no `CustomFunctions.Error`. A function that has no value (the model's FnError) THROWS an
 *   Error named after the Excel error code (`#VALUE!`, `#N/A`, `#DIV/0!` …) with the message in the pane's language
 *   (zh-CN unless the page's language is English): what a JS host can always tell apart from a value. Returning the
 *   code as text was rejected: `=ISERROR(JX.…)` would say FALSE and a sum would silently skip it.
 * - Only synchronous functions exist in WPS; all 13 are synchronous.
 */
import { createLedgerFindings, FUNCTION_IDS, FUNCTION_SPECS, invoke, isFnError, type FnError, type FnResult, type FunctionId } from '../model/functions';
import type { FunctionSpec } from '../model/functions/args';
import { localeFromLanguage, type Locale } from '../model/messages';

export const WPS_NAMESPACE = 'JX';

/** What WPS's `AddCustomFunction` is given besides the function: the functions.json entry of the function. */
export interface WpsFunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly description?: string; readonly type?: string; readonly dimensionality?: string; readonly optional?: boolean }>;
  readonly result?: { readonly type?: string; readonly dimensionality?: string };
}

export interface WpsFunctionsHost {
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: never[]) => unknown, metadata?: unknown) => unknown;
}

/** The error WPS gets for a function without a value (see the file note). */
export class WpsFunctionError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = code;
  }
}

function pageLocale(): Locale {
  try {
    return localeFromLanguage(typeof navigator === 'undefined' ? undefined : navigator.language);
  } catch {
    return 'zh-CN';
  }
}

export function wpsError(e: FnError, locale: Locale = pageLocale()): WpsFunctionError {
  const text = e.message?.[locale];
  return new WpsFunctionError(e.error, text ? `${e.error} ${text}` : e.error);
}

function result<T>(r: FnResult<T & (string | number | boolean | Array<Array<string | number | boolean>>)>): T {
  if (isFnError(r)) throw wpsError(r);
  return r as T;
}

const LEDGER_FINDINGS = createLedgerFindings();

type JxFunction = (...args: unknown[]) => unknown;

/** Every function by id, as WPS calls it: the declared arguments (FINDINGS: the range, then its address). */
export const WPS_FUNCTIONS: Readonly<Record<FunctionId, JxFunction>> = {
  ...(Object.fromEntries(
    Object.entries(FUNCTION_SPECS).map(([id, spec]) => [
      id,
      (...args: unknown[]) => result(invoke(spec as FunctionSpec, args.slice(0, (spec as FunctionSpec).params.length))),
    ]),
  ) as Record<keyof typeof FUNCTION_SPECS, JxFunction>),
  FINDINGS: (ledger: unknown, address?: unknown) =>
    result(LEDGER_FINDINGS.spill(ledger, typeof address === 'string' && address.trim() ? address.trim() : undefined, pageLocale())),
};

/**
 * Registers the 13 functions with `wps.AddCustomFunction`, each with its functions.json entry when `metadata` is
 * given (the build's WPS functions.json). Returns the ids registered; none where WPS has no custom functions.
 */
export function registerWpsFunctions(wps: WpsFunctionsHost | undefined, metadata?: ReadonlyArray<WpsFunctionMetadata>): string[] {
  if (!wps || typeof wps.AddCustomFunction !== 'function') return [];
  const byId = new Map((metadata ?? []).map((m) => [m.id.toUpperCase(), m] as const));
  const done: string[] = [];
  for (const id of FUNCTION_IDS) {
    wps.AddCustomFunction(WPS_NAMESPACE, id, WPS_FUNCTIONS[id] as (...args: never[]) => unknown, byId.get(id));
    done.push(id);
  }
  return done;
}

/**
 * WPS's functions.json from Excel's (the same generated metadata): FINDINGS gets its optional address parameter and
 * loses `requiresParameterAddresses`, which WPS does not have.
 */
export function wpsFunctionsMetadata(excel: { functions: ReadonlyArray<WpsFunctionMetadata & { options?: Record<string, unknown> }> }): { functions: WpsFunctionMetadata[] } {
  return {
    functions: excel.functions.map((f) => {
      const { options, ...rest } = f;
      const kept = options ? Object.fromEntries(Object.entries(options).filter(([k]) => k !== 'requiresParameterAddresses')) : {};
      const out = { ...rest, ...(Object.keys(kept).length ? { options: kept } : {}) };
      if (f.id.toUpperCase() !== 'FINDINGS') return out;
      return {
        ...out,
        parameters: [
          ...f.parameters,
          { name: 'address', description: '台账区域的地址（文本），如 "项目台账!A1:V170"；WPS 不提供参数地址，省略时问题的单元格相对于区域左上角', type: 'string', optional: true },
        ],
      };
    }),
  };
}
