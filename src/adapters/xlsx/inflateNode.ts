/**
 * Node's inflater for the zip reader: native zlib (inflateRaw) as a stream, inflating in libuv's
 * thread pool while the sheet XML is scanned on the main thread. Each chunk is handed to the sink
 * on a later turn of the event loop, not inside zlib's callback: zlib starts on the next chunk
 * before the scan of this one begins, so the two overlap (scanning inside the callback held zlib
 * back until the scan had finished). At most a chunk or two wait: the stream is paused while the
 * sink reads. Output arrives in 1 MB chunks; the stream is destroyed as soon as the limit is
 * passed or the sink has enough. Node only: imported by the CLI and the tests, never by the page.
 */
import { crc32, createGunzip, createInflateRaw } from 'node:zlib';
import type { EntryCheck, InflateEnd, Inflater } from './zip';

/** A gzip member's header: deflate, no name, no time (RFC 1952). */
const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The gzip trailer a check makes: the CRC-32 and the size (mod 2³²) the output must have. Raw deflate
 * framed so is inflated by zlib's gunzip, which computes the CRC in its thread as it inflates and fails
 * with "incorrect data check" / "incorrect length check" when the output does not match.
 */
function gzipTrailer(check: EntryCheck): Uint8Array {
  const t = new Uint8Array(8);
  const v = new DataView(t.buffer);
  v.setUint32(0, check.crc >>> 0, true);
  v.setUint32(4, check.size % 0x1_0000_0000, true);
  return t;
}

const inflateNode = (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check?: EntryCheck): Promise<InflateEnd> =>
  new Promise<InflateEnd>((resolve, reject) => {
    const z = check ? createGunzip({ chunkSize: 1 << 20 }) : createInflateRaw({ chunkSize: 1 << 20 });
    let out = 0;
    let settled = false;
    let ended = false;
    let scheduled = false;
    const queue: Buffer[] = [];
    const stop = (): void => {
      settled = true;
      queue.length = 0;
      z.removeAllListeners('data');
      z.destroy();
    };
    const finish = (end: InflateEnd): void => {
      if (settled) return;
      stop();
      resolve(end);
    };
    const drain = (): void => {
      scheduled = false;
      while (queue.length > 0 && !settled) {
        const chunk = queue.shift()!;
        out += chunk.length;
        if (out > limit) return finish('overLimit');
        let more: boolean | void;
        try {
          more = sink(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        } catch (e) {
          // The sink refused the data (over a budget, malformed XML): stop inflating, hand the reason on.
          if (!settled) {
            stop();
            reject(e);
          }
          return;
        }
        if (more === false) return finish('stopped');
      }
      if (settled) return;
      if (ended) finish('done');
      else z.resume();
    };
    z.on('data', (chunk: Buffer) => {
      if (settled) return;
      // Each chunk is a buffer of its own (zlib writes the next one elsewhere): it may wait.
      queue.push(chunk);
      z.pause();
      if (!scheduled) {
        scheduled = true;
        setImmediate(drain);
      }
    });
    z.on('end', () => {
      ended = true;
      if (!scheduled && queue.length === 0) finish('done');
    });
    z.on('error', (e) => {
      if (settled) return;
      stop();
      reject(e);
    });
    if (check) {
      z.write(GZIP_HEADER);
      z.write(data);
      z.end(gzipTrailer(check));
    } else z.end(data);
  });

/**
/**
 * Native zlib. It checks an entry read whole against its directory's CRC-32 itself (zip.ts entryCheck),
 * in its thread. Its CRC-32 serves stored entries where this Node has one: zlib.crc32 came in Node 20.15
 * and package.json allows any 20 — without it, zip.ts's own (crcSink's default).
 */
export const nodeInflater: Inflater = Object.assign(inflateNode, { verifies: true as const }, typeof crc32 === 'function' ? { crc32: (chunk: Uint8Array, crc: number) => crc32(chunk, crc) } : {});
