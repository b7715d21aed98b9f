/**
 * XML parts written in UTF-16. The OOXML packaging rules allow a part in UTF-8 or UTF-16 (with
 * its byte-order mark, the XML declaration saying encoding="UTF-16"), and Excel opens such a file;
 * some exporters write one. The reader's scanners work on UTF-8 bytes, so a UTF-16 part is
 * transcoded to UTF-8 as its bytes come out of the zip: `utf8Sink` wraps the sink the inflated
 * chunks go to. A UTF-8 part (every part Excel, WPS or LibreOffice writes) passes through as it
 * is: only its first chunk is looked at.
 *
 * UTF-16 is told by its byte-order mark (FF FE little-endian, FE FF big-endian), or, without one,
 * by the start `<?` written in it (3C 00 3F 00 / 00 3C 00 3F: XML 1.0 Appendix F). The mark is
 * dropped; the declaration still says UTF-16, which the readers do not read.
 */

type Sink = (chunk: Uint8Array) => boolean | void;

/** The UTF-16 form a part's first bytes show, or null for anything else (UTF-8). */
export function utf16Form(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b.length >= 4 && b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return 'utf-16le';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return 'utf-16be';
  return null;
}

/**
 * A sink for a part's chunks that hands `sink` UTF-8: the chunks themselves when the part is not
 * UTF-16 (decided on the first chunk), else each transcoded (a code unit or a surrogate pair split
 * between chunks is joined; an unpaired surrogate becomes U+FFFD, as any UTF-16 decoder makes it).
 */
export function utf8Sink(sink: Sink): Sink {
  let first = true;
  let decoder: TextDecoder | null = null;
  let encoder: TextEncoder | null = null;
  return (chunk) => {
    if (first) {
      first = false;
      const form = utf16Form(chunk);
      if (form) {
        decoder = new TextDecoder(form);
        encoder = new TextEncoder();
      }
    }
    if (!decoder || !encoder) return sink(chunk);
    const text = decoder.decode(chunk, { stream: true });
    return text === '' ? undefined : sink(encoder.encode(text));
  };
}

/** `text` in UTF-16 of the given byte order (a part written back in the form it was read in). */
export function utf16Bytes(text: string, form: 'utf-16le' | 'utf-16be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const [hi, lo] = form === 'utf-16be' ? [0, 1] : [1, 0];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i + hi] = u >> 8;
    out[2 * i + lo] = u & 0xff;
  }
  return out;
}
