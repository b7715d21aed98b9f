/** Messages between the page and its workbook worker (worker.ts ↔ workerSession.ts). */
import type { Locale } from '../model/messages';
import type { LayoutId } from '../model/selfeval';
import type { GenerateRequest } from './session';
import type { AcrossView, CheckView, LocalizedText } from '../ui/host';
import type { ReportDate } from '../ui/report';

export type WorkerRequest =
  /** `bytes`: the file's bytes (moved), or the File itself, read by the worker. */
  | { readonly id: number; readonly op: 'open'; readonly bytes: Uint8Array | Blob; readonly name: string }
  /** Each file's bytes (moved), or the File itself, read by the worker. */
  | { readonly id: number; readonly op: 'openMany'; readonly files: ReadonlyArray<{ readonly bytes: Uint8Array | Blob; readonly name: string }> }
  | { readonly id: number; readonly op: 'across' }
  | { readonly id: number; readonly op: 'merged' }
  | { readonly id: number; readonly op: 'sample' }
  | { readonly id: number; readonly op: 'check' }
  | { readonly id: number; readonly op: 'generate'; readonly request: GenerateRequest }
  | { readonly id: number; readonly op: 'report'; readonly layout: LayoutId; readonly draft: boolean; readonly date: ReportDate }
  | { readonly id: number; readonly op: 'problemList'; readonly name: string; readonly locale: Locale }
  | { readonly id: number; readonly op: 'annotated'; readonly locale: Locale };

export type WorkerResponse =
  | { readonly id: number; readonly kind: 'progress'; readonly fraction: number }
  | {
      readonly id: number;
      readonly kind: 'done';
      readonly view?: CheckView;
      /** Several files checked together (op `across`). */
      readonly across?: AcrossView;
      readonly bytes?: Uint8Array;
      /** Cells marked (op `annotated`). */
      readonly cells?: number;
      /** The report's text and placeholder count (op `report`). */
      readonly text?: string;
      readonly placeholders?: number;
    }
  /** `code` and `text`: a JxError's (HostError's); absent: an unexpected error, `detail` says what. */
  | { readonly id: number; readonly kind: 'failed'; readonly code?: string; readonly text?: LocalizedText; readonly detail?: string };
