/** Failures that are not the user's data: host errors, in the model's one error shape (JxError). */
import { errorDetail, isJxError, JxError, type LocalizedText } from '../model/errors';
import { isAbortError } from './host';

/**
 * Rethrows an AbortError and a JxError as they are (a JxError already has its words, in both
 * locales); anything else becomes a JxError with `code` and `what` as its context.
 */
export function asHostError(e: unknown, code: string, what: LocalizedText): unknown {
  if (isAbortError(e) || isJxError(e)) return e;
  const d = errorDetail(e);
  return new JxError(code, { 'zh-CN': `${what['zh-CN']}：${d}`, 'en-US': `${what['en-US']}: ${d}` }, { cause: e });
}

/**
 * webpack's error when a chunk loaded on first use (the engine, the 生成自评表 tab, the report, the xlsx writer) did not
 * arrive: the network dropped, the server timed out, or the add-in was updated and the old chunk is gone. Its message
 * (`Loading chunk 925 failed. (missing: https://…)`) is English and says nothing the user can act on: the pane says
 * what to do instead (ui/i18n.ts partNotLoaded).
 */
export function isChunkLoadError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === CHUNK_LOAD_ERROR;
}

/** webpack's name for it, which the page's worker passes on as its failure's code (standalone/worker.ts). */
export const CHUNK_LOAD_ERROR = 'ChunkLoadError';

/** The page's side of a worker's chunk that did not load: the error again, for the pane's one error-to-text place. */
export function chunkLoadError(detail: string): Error {
  return Object.assign(new Error(detail), { name: CHUNK_LOAD_ERROR });
}
