/** Words for failures that are not the user's data: host errors wrapped for the MessageBar. */
import { HostError, isAbortError } from './host';

export function errorDetail(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' && code && !e.message.includes(code)
      ? `${e.message}（${code}）`
      : e.message || e.name;
  }
  return String(e);
}

/** Rethrows AbortError and HostError as they are; anything else becomes a HostError with `what` as context. */
export function asHostError(e: unknown, what: { 'zh-CN': string; 'en-US': string }): unknown {
  if (isAbortError(e) || e instanceof HostError) return e;
  const d = errorDetail(e);
  return new HostError({ 'zh-CN': `${what['zh-CN']}：${d}`, 'en-US': `${what['en-US']}: ${d}` });
}
