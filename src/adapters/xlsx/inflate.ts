/**
 * Inflaters for the zip reader: the browser's native DecompressionStream where it exists, else
 * fflate (a small, maintained pure-JS inflate whose streaming API lets us stop at any output
 * size). Node passes its own (src/adapters/xlsx/inflateNode.ts: native zlib in the thread pool).
 */
import { hasDecompressionStream, streamInflater, type InflateEnd, type Inflater } from './zip';

/** Compressed bytes per push: one push can expand to at most ~1,032× this. */
const SLICE = 16 * 1024;

class Stop {
  constructor(readonly end: InflateEnd) {}
}

export const fflateInflater: Inflater = async (data, limit, sink) => {
  // Loaded when first used: building its tables is a fifth of the CLI bundle's start, and the
  // CLI (native zlib) and the page (DecompressionStream) rarely need it. Eager: no chunk of its
  // own in the page's bundles, only evaluated late.
  const { Inflate } = await import(/* webpackMode: "eager" */ 'fflate');
  let out = 0;
  const inflate = new Inflate((chunk) => {
    out += chunk.length;
    if (out > limit) throw new Stop('overLimit');
    if (sink(chunk) === false) throw new Stop('stopped');
  });
  try {
    for (let p = 0; p < data.length; p += SLICE) {
      const last = p + SLICE >= data.length;
      inflate.push(data.subarray(p, Math.min(p + SLICE, data.length)), last);
      // Yield now and then so a long inflate in a worker can be interrupted by messages.
      if ((p / SLICE) % 256 === 255) await Promise.resolve();
    }
  } catch (e) {
    if (e instanceof Stop) return e.end;
    throw e;
  }
  return 'done';
};

/** The best inflater this runtime offers without Node built-ins. */
export function defaultInflater(): Inflater {
  return hasDecompressionStream() ? streamInflater : fflateInflater;
}
