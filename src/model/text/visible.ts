/**
 * Cell text as it may be shown: control characters and bidirectional overrides made visible.
 *
 * A submitted file can hold any character (`_x001B_[2J` in the XML is a real ESC). Printed raw,
 * ESC sequences drive the terminal, CR rewrites the line, and a bidi override (U+202E) makes
 * `abc.xlsx` read as something else; in the pane and the page they reorder the findings' text.
 * Wherever user text reaches a human it goes through `visibleText`: C0 controls become their
 * Unicode control pictures (ESC → ␛, CR → ␍, LF → ␊, TAB → ␉), DEL becomes ␡, and the C1
 * controls, the bidi embeddings/overrides/isolates and the line/paragraph separators become
 * `<U+202E>`-style tags. Other text is left exactly as it is.
 */

/** C0, DEL, C1, U+2028/2029, bidi embeddings and overrides (202A–202E), bidi isolates (2066–2069). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function picture(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x20) return String.fromCharCode(0x2400 + c);
  if (c === 0x7f) return '\u2421';
  return `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Whether `s` holds a character `visibleText` would replace. */
export function hasUnsafeText(s: string): boolean {
  return UNSAFE_TEST.test(s);
}

/** `s` with every control / bidi character replaced by a visible stand-in (see the module note). */
export function visibleText(s: string): string {
  return UNSAFE_TEST.test(s) ? s.replace(UNSAFE, picture) : s;
}

/**
 * JSON text safe for a terminal: the characters JSON.stringify leaves raw (DEL, C1, U+2028/2029,
 * bidi) written as `\uXXXX` escapes. The JSON still parses to exactly the same data.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Excel's limit on the text of one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** `s` cut to at most `max` UTF-16 units (never splitting a surrogate pair); `cut` says whether it was. */
export function cutText(s: string, max: number = EXCEL_MAX_CELL_CHARS): { text: string; cut: boolean } {
  if (s.length <= max) return { text: s, cut: false };
  let text = s.slice(0, max);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return { text, cut: true };
}

/** A file name safe to offer for download: control and bidi characters and path separators become `_`. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069/\\]/g, '_');
}
