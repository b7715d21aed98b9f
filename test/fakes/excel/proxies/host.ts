/**
 * What the fake's "host" holds besides the workbook: request statistics (count, payload sizes per request), the
 * failure rules of `failOn`, the payload limit of the simulated build, and the queued actions of a request.
 */
import type { WorkbookState } from '../state';

export interface ActionDesc {
  readonly type: string;
  readonly op: 'bind' | 'set' | 'call' | 'load';
  readonly name: string;
  readonly args?: ReadonlyArray<unknown>;
}

export interface SyncRecord {
  /** Which request context (one per `Excel.run`) made the request. */
  readonly context: number;
  /** UTF-8 bytes of the request body office.js built. */
  readonly requestBytes: number;
  /** UTF-8 bytes of the response body. */
  readonly responseBytes: number;
  /** Actions in the request. */
  readonly actions: number;
  readonly error?: string;
  /** office.js's own request after `Excel.run` releasing the objects it kept; not counted in `syncs`. */
  readonly cleanup: boolean;
}

export interface FakeStats {
  /** `context.sync()` calls that reached Excel (office.js sends nothing for an empty batch). */
  syncs: number;
  maxPayloadBytes: number;
  payloads: SyncRecord[];
  /** Sync count per context id. */
  syncsByContext: Map<number, number>;
}

export interface FailureRule {
  readonly match: (d: ActionDesc) => boolean;
  readonly code: string;
  readonly message: string;
  remaining: number;
}

export interface Host {
  readonly wb: WorkbookState;
  readonly stats: FakeStats;
  /** Bytes a request or response may have (Excel on the web: 5 MB); null = no limit. */
  payloadLimit: number | null;
  /** Whether the simulated build supports a requirement set (`Office.context.requirements.isSetSupported`). */
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** `Class.member` → the requirement set it belongs to (officejs/apiSets.ts). */
  readonly apiSets: ReadonlyMap<string, { readonly name: string; readonly version: string }>;
  readonly failures: FailureRule[];
  /** Whether the ribbon's Page Layout tab is selected: only then does a fit to pages set through Office.js take (office-js#1860). */
  readonly pageLayoutTab: boolean;
}

export interface LoadResult {
  commit: () => void;
}

export interface Action {
  readonly desc: ActionDesc;
  readonly run: () => LoadResult | void;
}

/**
 * The bytes of `s` on the wire, measured by encoding it as UTF-8 (a Blob: Node, jsdom and the harness's browser all
 * have one) rather than with the adapter's estimate (src/adapters/office/util.ts): the fake measures what the adapter
 * only predicts, so a wrong prediction fails against it.
 */
export function utf8Length(s: string): number {
  return new Blob([s]).size;
}
