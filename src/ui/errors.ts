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
