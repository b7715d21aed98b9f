/**
 * Full-width → half-width folding shared by the identifier parsers.
 * U+FF01–U+FF5E (！…～, including ０–９, Ａ–Ｚ, ａ–ｚ and the full-width dot ．) map to U+0021–U+007E;
 * the ideographic space U+3000 maps to an ordinary space. Everything else is left alone.
 */
const NEEDS_FOLD = /[\uFF01-\uFF5E\u3000]/;

export function foldFullWidth(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text; // fast path: most cells hold nothing to fold
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
