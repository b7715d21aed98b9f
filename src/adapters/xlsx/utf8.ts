/**
 * UTF-8 bytes → text for the many short texts of a workbook (a ledger's shared strings are
 * hundreds of thousands of names, codes and places of a few to a few dozen bytes). Each call to
 * TextDecoder costs a fixed ~1.5 µs in Chromium (a trip through its bindings), which for 216,000
 * strings was ~200-300 ms of the page's read; short well-formed text is decoded here instead, with
 * String.fromCharCode over its UTF-16 units. Anything else — long text, a byte-order mark, any
 * sequence that is not well-formed UTF-8 — goes to TextDecoder, so the result is always exactly
 * TextDecoder('utf-8')'s (replacement characters and all). In Node, whose own decoding is faster
 * still, the shared strings reader decodes the usual item with it instead (hostText, below).
 */

const decoder = new TextDecoder('utf-8');

/** Texts longer than this (bytes) go to TextDecoder: its fixed cost no longer matters. */
const SHORT = 128;
const units = new Uint16Array(SHORT);
/** units' first n entries, for every n: one view each, made once, not one per text. */
const UNITS: ReadonlyArray<Uint16Array> = Array.from({ length: SHORT + 1 }, (_, n) => units.subarray(0, n));

const cont = (x: number): boolean => (x & 0xc0) === 0x80;

/** The text of b[s, e), as `new TextDecoder('utf-8').decode(b.subarray(s, e))` gives it. */
export function utf8Text(b: Uint8Array, s: number, e: number): string {
  if (e - s > SHORT) return decoder.decode(b.subarray(s, e));
  let n = 0;
  for (let i = s; i < e; ) {
    const c = b[i];
    if (c < 0x80) {
      units[n++] = c;
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 < e && cont(b[i + 1])) {
        units[n++] = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
        i += 2;
        continue;
      }
    } else if (c >= 0xe0 && c <= 0xef) {
      const c1 = b[i + 1];
      // E0 needs A0–BF (no overlong form), ED 80–9F (no surrogates); a BOM at the start is TextDecoder's to drop.
      const ok1 = c === 0xe0 ? c1 >= 0xa0 && c1 <= 0xbf : c === 0xed ? c1 >= 0x80 && c1 <= 0x9f : cont(c1);
      if (i + 2 < e && ok1 && cont(b[i + 2]) && !(i === s && c === 0xef && c1 === 0xbb && b[i + 2] === 0xbf)) {
        units[n++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (b[i + 2] & 0x3f);
        i += 3;
        continue;
      }
    } else if (c >= 0xf0 && c <= 0xf4) {
      const c1 = b[i + 1];
      // F0 needs 90–BF (no overlong form), F4 80–8F (nothing past U+10FFFF).
      const ok1 = c === 0xf0 ? c1 >= 0x90 && c1 <= 0xbf : c === 0xf4 ? c1 >= 0x80 && c1 <= 0x8f : cont(c1);
      if (i + 3 < e && ok1 && cont(b[i + 2]) && cont(b[i + 3])) {
        const cp = (((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f)) - 0x10000;
        units[n++] = 0xd800 + (cp >> 10);
        units[n++] = 0xdc00 + (cp & 0x3ff);
        i += 4;
        continue;
      }
    }
    // Not well-formed here: TextDecoder decides (U+FFFD where it puts them).
    return decoder.decode(b.subarray(s, e));
  }
  return String.fromCharCode.apply(null, UNITS[n] as unknown as number[]);
}

/** The texts of one chunk's ranges of bytes. */
export interface ChunkText {
  /** The text of the chunk's bytes [s, e). */
  text(s: number, e: number): string;
}

/** Node's own Buffer, where the host is Node (not in a browser, nor a polyfill there: the page's bundle adds none). */
const NodeBuffer: typeof Buffer | null = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof Buffer === 'function' ? Buffer : null;

/**
 * Buffer's own decoders, which `toString(encoding, start, end)` calls after its JavaScript checks of
 * the arguments and look-up of the encoding (~0.1 µs a call, a third of a short shared string's
 * decoding: ~25 ms of a ledger's 216,000).
 */
interface NodeSlices {
  utf8Slice(start: number, end: number): string;
}

/** One class for every chunk, so that the caller's compiled code calls one known function (a closure per chunk would be a new one each time). */
class NodeChunkText implements ChunkText {
  constructor(private readonly buf: Buffer & NodeSlices) {}
  text(s: number, e: number): string {
    // (s < e ≤ the chunk's length: as toString('utf8', s, e))
    return this.buf.utf8Slice(s, e);
  }
}

/**
 * The same through Buffer's documented `toString('utf8', s, e)`, for a Node whose Buffer has no
 * `utf8Slice` (an internal, undocumented method: nodejs/node#46467; present in every Node this
 * product supports, 18–24, but free to go).
 */
class NodeChunkToString implements ChunkText {
  constructor(private readonly buf: Buffer) {}
  text(s: number, e: number): string {
    return this.buf.toString('utf8', s, e);
  }
}

/** Whether this Node's Buffer has the internal `utf8Slice` (checked once). */
const HAS_UTF8_SLICE = NodeBuffer !== null && typeof (NodeBuffer.prototype as Partial<NodeSlices>).utf8Slice === 'function';

/**
 * The host's own UTF-8 decoding of ranges of `b`, where it has one: Node's Buffer decodes in C++
 * with no view object per text, ~2-3× faster than utf8Text per short shared string. Null where
 * the host has none (a browser, a Web Worker): utf8Text decodes there.
 *
 * Its text is TextDecoder's (both replace an ill-formed sequence as the WHATWG Encoding standard
 * says; test/adapters/xlsx/utf8.test.ts holds them to it) but for a leading byte-order mark, which
 * TextDecoder drops and Buffer keeps: a caller leaves a text that starts with EF BB BF to utf8Text.
 */
export function hostText(b: Uint8Array): ChunkText | null {
  if (NodeBuffer === null) return null;
  const buf = NodeBuffer.from(b.buffer, b.byteOffset, b.byteLength);
  return HAS_UTF8_SLICE ? new NodeChunkText(buf as Buffer & NodeSlices) : new NodeChunkToString(buf);
}
