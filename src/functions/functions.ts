/**
 * The JX custom functions (namespace `JX`, set in the manifest): thin wrappers over the pure
 * model (src/model/functions), made from its registry. Each one passes Excel's arguments through unchanged,
 * turns an FnError into a CustomFunctions.Error (#VALUE! and #N/A carry a message, in Chinese unless
 * Excel's display language is English) and returns the value otherwise. What Excel knows of them
 * (functions.json, functions-en.json) is generated from the same registry (model/functions/metadata.ts):
 * no JSDoc here describes a function.
 *
 * Association. This file associates every id itself, through the module-local `CustomFunctions` below, which
 * shadows the global on purpose: it forwards each id once to the host's CustomFunctions, and does nothing when
 * the bundle is loaded where there is no custom functions runtime (a plain browser page, a test), instead of
 * throwing ReferenceError.
 */
import {
  createLedgerFindings, invoke, isFnError, FUNCTION_SPECS,
  type FnError, type FnResult, type FnValue, type FunctionId,
} from '../model/functions';
import type { FunctionSpec } from '../model/functions/args';
import { localeFromLanguage } from '../model/messages/text';
import type { Locale } from '../model/messages/types';

/** What this file uses of the host's CustomFunctions. */
interface HostCustomFunctions {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
}

interface HostGlobals {
  CustomFunctions?: HostCustomFunctions;
  Office?: { context?: { displayLanguage?: string } };
}

const host = (): HostGlobals => globalThis as unknown as HostGlobals;

/** Stands in for the error class where there is no runtime (never reached inside Excel). */
class JxFunctionError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message ?? code);
  }
}

// Shadows the global CustomFunctions on purpose (see the file note).
const CustomFunctions = (() => {
  const associated = new Map<string, unknown>();
  return {
    associate(id: string, fn: (...args: never[]) => unknown): void {
      const key = id.toUpperCase();
      if (associated.get(key) === fn) return;
      associated.set(key, fn);
      host().CustomFunctions?.associate(id, fn);
    },
  };
})();

/** zh-CN unless Office says the display language is English. */
function displayLocale(): Locale {
  try {
    return localeFromLanguage(host().Office?.context?.displayLanguage);
  } catch {
    return 'zh-CN';
  }
}

function hostError(e: FnError): unknown {
  const message = e.message?.[displayLocale()];
  const ErrorClass = host().CustomFunctions?.Error ?? JxFunctionError;
  // CustomFunctions.ErrorCode's values are the codes themselves ("#VALUE!", "#DIV/0!" …).
  return message === undefined ? new ErrorClass(e.error) : new ErrorClass(e.error, message);
}

function result<T extends FnValue>(r: FnResult<T>): T {
  if (isFnError(r)) throw hostError(r);
  return r;
}

/** FINDINGS' cache of the ranges it checked, for this session of the workbook (see model/functions/ledger.ts). */
const LEDGER_FINDINGS = createLedgerFindings();

type JxFunction = (...args: unknown[]) => unknown;

/**
 * Every function by id, from the registry (FUNCTION_SPECS): Excel passes the declared arguments, then the
 * invocation; only the declared ones reach the model. FINDINGS also reads the ledger's address from the invocation.
 */
export const JX_FUNCTIONS: Readonly<Record<FunctionId, JxFunction>> = {
  ...(Object.fromEntries(
    Object.entries(FUNCTION_SPECS).map(([id, spec]) => [
      id,
      (...args: unknown[]) => result(invoke(spec as FunctionSpec, args.slice(0, spec.params.length))),
    ])
  ) as Record<keyof typeof FUNCTION_SPECS, JxFunction>),
  FINDINGS: (ledger: unknown, invocation?: unknown) => {
    const address = (invocation as CustomFunctions.Invocation | undefined)?.parameterAddresses?.[0];
    return result(LEDGER_FINDINGS.spill(ledger, address, displayLocale()));
  },
};

for (const [id, fn] of Object.entries(JX_FUNCTIONS)) CustomFunctions.associate(id, fn);
