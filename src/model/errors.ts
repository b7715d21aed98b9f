/**
 * Failures that are not findings: nothing in the user's data to point at (the host refused, a file
 * cannot be read, the table cannot be built yet). One shape everywhere: a code a program can test,
 * and the words in both locales, which every face shows as they are (`text[locale]`). Expected
 * problems in the user's data are findings (rules/), never errors.
 */
import type { Locale } from './messages/types';

/** A text in both locales. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export class JxError extends Error {
  constructor(
    /** What failed, for programs and logs (`sheetAddFailed`, `blocked`, `encrypted` …). */
    readonly code: string,
    readonly text: LocalizedText,
    options?: { readonly cause?: unknown },
  ) {
    super(text['zh-CN'], options);
    this.name = 'JxError';
  }
}

/** A JxError, also one made by another copy of this module (the pane and the functions are separate bundles). */
export function isJxError(e: unknown): e is JxError {
  if (e instanceof JxError) return true;
  const o = e as { name?: unknown; code?: unknown; text?: Partial<LocalizedText> } | null;
  return typeof o === 'object' && o !== null && o.name === 'JxError' && typeof o.code === 'string' &&
    typeof o.text?.['zh-CN'] === 'string' && typeof o.text?.['en-US'] === 'string';
}

/** What any thrown thing says (its message, with its code when the message does not name it), for inside a JxError's text. */
export function errorDetail(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { message?: unknown; name?: unknown; code?: unknown };
    const msg = typeof o.message === 'string' && o.message ? o.message : typeof o.name === 'string' && o.name ? o.name : String(e);
    return typeof o.code === 'string' && o.code && !msg.includes(o.code) ? `${o.code}: ${msg}` : msg;
  }
  return String(e);
}
