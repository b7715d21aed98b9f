/**
 * Inflaters for the zip reader without Node built-ins: the browser's native DecompressionStream
 * ('deflate-raw') where it exists, else fflate (a small, maintained pure-JS inflate whose
 * streaming API lets us stop at any output size). Node passes its own (inflateNode.ts: native
 * zlib in the thread pool); the page's worker inflates on a thread of its own (inflateThread.ts),
 * with the same sources of output.
 *
 * Each source yields the output in pieces as it is asked for them, so that whoever reads it counts
 * the bytes and stops it (cancel) the moment the output passes its limit: a zip bomb never costs
 * more than the limit, whatever the source.
 */
import type { InflateEnd, Inflater } from './zip';

/** The inflated output of one entry, a piece at a time; `null` at its end. Rejects on data that is not valid deflate. */
export interface InflatedPieces {
  next(): Promise<Uint8Array | null>;
  /** Stops inflating (the rest is not wanted). */
  cancel(): Promise<void>;
}

/** Compressed bytes per write to DecompressionStream. */
const DS_SLICE = 64 * 1024;
/** Compressed bytes per push to fflate: one push can expand to at most ~1,032× this. */
const FFLATE_SLICE = 16 * 1024;

const ignore = (): void => undefined;

/** Whether this runtime has a native raw-deflate DecompressionStream (Chromium 103+, Firefox 113+, Safari 16.4+). */
export function hasDecompressionStream(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw' as CompressionFormat);
    return true;
  } catch {
    return false;
  }
}

/** The browser's native inflate: fed in slices while its output is read (the stream's own queue bounds what waits). */
export function decompressionStreamPieces(data: Uint8Array): InflatedPieces {
  const ds = new DecompressionStream('deflate-raw' as CompressionFormat);
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let p = 0; p < data.length && !stopped; p += DS_SLICE) await writer.write(data.subarray(p, Math.min(p + DS_SLICE, data.length)) as BufferSource);
    if (!stopped) await writer.close();
  })();
  // A failure of the data shows in the reads; the feeding's own rejection is the same failure.
  feeding.catch(ignore);
  return {
    async next() {
      const { done, value } = await reader.read();
      if (!done) return value;
      await feeding;
      return null;
    },
    async cancel() {
      stopped = true;
      await reader.cancel().catch(ignore);
      await writer.abort().catch(ignore);
    },
  };
}

/** fflate's inflate, pushed a slice at a time when more output is wanted. */
export async function fflatePieces(data: Uint8Array): Promise<InflatedPieces> {
  // Loaded when first used: building its tables is a fifth of the CLI bundle's start, and the
  // CLI (native zlib) and the page (DecompressionStream) rarely need it. Eager: no chunk of its
  // own in the page's bundles, only evaluated late.
  const { Inflate } = await import(/* webpackMode: "eager" */ 'fflate');
  const out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => void out.push(chunk));
  let p = 0;
  return {
    async next() {
      while (out.length === 0) {
        if (p >= data.length) return null;
        const end = Math.min(p + FFLATE_SLICE, data.length);
        inflate.push(data.subarray(p, end), end === data.length);
        p = end;
      }
      return out.shift() ?? null;
    },
    async cancel() {
      p = data.length;
      out.length = 0;
    },
  };
}

/** An Inflater over a source of pieces: counts the output, stops at the limit or when the sink has enough. */
export function piecesInflater(open: (data: Uint8Array) => InflatedPieces | Promise<InflatedPieces>): Inflater {
  return async (data, limit, sink) => {
    const pieces = await open(data);
    let out = 0;
    let end: InflateEnd = 'done';
    try {
      for (let piece = await pieces.next(); piece; piece = await pieces.next()) {
        out += piece.length;
        if (out > limit) {
          end = 'overLimit';
          break;
        }
        if (sink(piece) === false) {
          end = 'stopped';
          break;
        }
      }
    } catch (e) {
      await pieces.cancel();
      throw e;
    }
    if (end !== 'done') await pieces.cancel();
    return end;
  };
}

export const streamInflater: Inflater = piecesInflater(decompressionStreamPieces);
export const fflateInflater: Inflater = piecesInflater(fflatePieces);

/** The pieces of the best inflate this runtime offers without Node built-ins. */
export function defaultPieces(): (data: Uint8Array) => InflatedPieces | Promise<InflatedPieces> {
  return hasDecompressionStream() ? decompressionStreamPieces : fflatePieces;
}

/** The best inflater this runtime offers without Node built-ins. */
export function defaultInflater(): Inflater {
  return hasDecompressionStream() ? streamInflater : fflateInflater;
}
