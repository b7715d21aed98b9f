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
import { GZIP_HEADER, gzipTrailer, type EntryCheck, type InflateEnd, type Inflater } from './zip';

/**
 * The inflated output of one entry, a piece at a time; `null` at its end. Rejects on data that is not valid deflate,
 * and, where `verifies`, at its end when the output does not match the check it was opened with.
 */
export interface InflatedPieces {
  next(): Promise<Uint8Array | null>;
  /** The source compared its whole output with the check it was given (natively, as it inflated). */
  readonly verifies?: boolean;
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

/**
 * The browser's native inflate: fed in slices while its output is read (the stream's own queue bounds what waits).
 * With a `check`, the raw deflate is framed as a gzip member whose trailer holds the directory's CRC-32 and size:
 * DecompressionStream('gzip') computes the CRC natively as it inflates and fails at the end on a mismatch, where
 * the plain-code CRC-32 cost the page ~2.4 ms a MB of its threads (~0.17 s on the 100,000-project ledger's sheet).
 */
export function decompressionStreamPieces(data: Uint8Array, check?: EntryCheck): InflatedPieces {
  const ds = new DecompressionStream((check ? 'gzip' : 'deflate-raw') as CompressionFormat);
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    if (check) await writer.write(GZIP_HEADER.slice() as BufferSource);
    for (let p = 0; p < data.length && !stopped; p += DS_SLICE) await writer.write(data.subarray(p, Math.min(p + DS_SLICE, data.length)) as BufferSource);
    if (check && !stopped) await writer.write(gzipTrailer(check) as BufferSource);
    if (!stopped) await writer.close();
  })();
  // A failure of the data shows in the reads; the feeding's own rejection is the same failure.
  feeding.catch(ignore);
  return {
    verifies: check !== undefined,
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

/**
 * An Inflater over a source of pieces: counts the output, stops at the limit or when the sink has enough. `verifies`:
 * the source checks an entry read whole itself (given the check: zip.ts entryCheck), and rejects on a mismatch.
 */
export function piecesInflater(open: (data: Uint8Array, check?: EntryCheck) => InflatedPieces | Promise<InflatedPieces>, verifies = false): Inflater {
  const inflater = async (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check?: EntryCheck): Promise<InflateEnd> => {
    const pieces = await open(data, verifies ? check : undefined);
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
    // every byte the directory declares: a source that ended without its trailer checked would otherwise pass
    else if (verifies && check && out !== check.size) throw new Error('the entry does not have its declared size');
    return end;
  };
  return verifies ? Object.assign(inflater, { verifies: true as const }) : inflater;
}

export const streamInflater: Inflater = piecesInflater(decompressionStreamPieces, true);
export const fflateInflater: Inflater = piecesInflater(fflatePieces);

/** The pieces of the best inflate this runtime offers without Node built-ins. */
export function defaultPieces(): (data: Uint8Array, check?: EntryCheck) => InflatedPieces | Promise<InflatedPieces> {
  return hasDecompressionStream() ? decompressionStreamPieces : fflatePieces;
}

/** The best inflater this runtime offers without Node built-ins. */
export function defaultInflater(): Inflater {
  return hasDecompressionStream() ? streamInflater : fflateInflater;
}
