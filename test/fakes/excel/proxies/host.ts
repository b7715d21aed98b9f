/**
 * What the fake's "host" holds besides the workbook: sync statistics (count, payload sizes per sync), the failure
 * rules of `failOn`, and the queued actions a request context sends in `sync()`.
 */
import type { WorkbookState } from '../state';

export interface ActionDesc {
  readonly type: string;
  readonly op: 'bind' | 'set' | 'call' | 'load';
  readonly name: string;
  readonly args?: ReadonlyArray<unknown>;
}

export interface SyncRecord {
  /** Which `Excel.run` / context made the sync. */
  readonly context: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error?: string;
}

export interface FakeStats {
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
  payloadLimit: number;
  readonly failures: FailureRule[];
  nextContextId: number;
}

export interface LoadResult {
  bytes: number;
  commit: () => void;
}

export interface Action {
  readonly desc: ActionDesc;
  readonly run: () => LoadResult | void;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
