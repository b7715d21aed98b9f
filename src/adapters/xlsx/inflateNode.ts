/**
 * Node's inflater for the zip reader: native zlib (inflateRaw) as a stream, inflating in libuv's
 * thread pool while the sheet XML is scanned on the main thread. Each chunk is handed to the sink
 * on a later turn of the event loop, not inside zlib's callback: zlib starts on the next chunk
 * before the scan of this one begins, so the two overlap (scanning inside the callback held zlib
 * back until the scan had finished). At most a chunk or two wait: the stream is paused while the
 * sink reads. Output arrives in 1 MB chunks; the stream is destroyed as soon as the limit is
 * passed or the sink has enough. Node only: imported by the CLI and the tests, never by the page.
 *
 * Each chunk is the sink's during its call only (zip.ts Inflater): once the sink has read a whole
 * 1 MB chunk, its memory is given back to zlib for the output after next (`recycle`). Node's zlib
 * writes every chunk into a new buffer, and each was memory never touched before, faulted in page by
 * page by zlib's thread (and given back to the system in bursts as the garbage collector freed them):
 * on the 100,000-project ledger (82 MB inflated) about 11,000 of the run's 50,000 page faults, ~20 MB of
 * its peak memory.
 */
import { crc32, createGunzip, createInflateRaw, type Gunzip, type InflateRaw } from 'node:zlib';
import { GZIP_HEADER, gzipTrailer, type EntryCheck, type InflateEnd, type Inflater } from './zip';

/** Output bytes per chunk. */
const CHUNK = 1 << 20;

/**
 * Written over the last bytes of a buffer given back to zlib: a chunk zlib has filled from it no
 * longer ends so (2⁻⁶⁴ that real output does). One that still does was not written by zlib — a Node
 * whose zlib no longer writes where `_outBuffer` says — and is never handed to the sink.
 */
const STAMP = new Uint8Array([0xff, 0xfe, 0x00, 0xfd, 0xfc, 0x01, 0xfb, 0xfa]);

function stamped(b: Uint8Array): boolean {
  const at = b.length - STAMP.length;
  for (let i = 0; i < STAMP.length; i++) if (b[at + i] !== STAMP[i]) return false;
  return true;
}

/** False once a given-back buffer came back unwritten: this process no longer recycles. */
let recycling = true;

/**
 * Makes zlib's next output buffers the chunks the sink has finished with. Node's zlib stream (lib/zlib.js
 * processCallback, as in Node 20) puts each new output buffer in `_outBuffer`, a
 * `Buffer.allocUnsafe(chunkSize)`, and hands zlib whatever `_outBuffer` holds at each write; while
 * chunks given back wait, the new buffer is set aside unused (allocated, never touched: no page of
 * it is faulted in) and a given-back one is used instead. Internal, so guarded: installed only where
 * `_outBuffer` is what is described here (else zlib allocates as before), and each chunk from a
 * given-back buffer is checked to have been written (STAMP). Returns `give`, or null when not installed.
 */
function recycle(z: Gunzip | InflateRaw): ((chunk: Buffer) => void) | null {
  const own = Object.getOwnPropertyDescriptor(z, '_outBuffer');
  if (!recycling || !own || !('value' in own) || !own.writable || !own.configurable || !Buffer.isBuffer(own.value) || own.value.length !== CHUNK) return null;
  const spare: Buffer[] = [];
  let current = own.value;
  Object.defineProperty(z, '_outBuffer', {
    configurable: true,
    enumerable: own.enumerable,
    get: () => current,
    set: (b: Buffer) => {
      current = Buffer.isBuffer(b) && b.length === CHUNK && spare.length > 0 ? spare.pop()! : b;
    },
  });
  return (chunk) => {
    // a whole buffer of zlib's (not a part: zlib writes on after a part), at most what is in flight
    if (chunk.byteOffset !== 0 || chunk.length !== CHUNK || chunk.buffer.byteLength !== CHUNK || spare.length >= 4) return;
    chunk.set(STAMP, CHUNK - STAMP.length);
    spare.push(chunk);
  };
}

const inflateNode = (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check?: EntryCheck): Promise<InflateEnd> => inflate(data, limit, sink, check, 0);

/** Inflates, the first `skip` bytes of output not handed to the sink (it has them: inflated again without recycling, see STAMP). Exported for its test. */
export const inflate = (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check: EntryCheck | undefined, skip: number): Promise<InflateEnd> =>
  new Promise<InflateEnd>((resolve, reject) => {
    const z = check ? createGunzip({ chunkSize: CHUNK }) : createInflateRaw({ chunkSize: CHUNK });
    const give = recycle(z);
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
        if (give && chunk.length === CHUNK && stamped(chunk)) {
          // zlib did not write into a buffer given back: inflated again from the start, without recycling
          recycling = false;
          const delivered = out;
          stop();
          inflate(data, limit, sink, check, delivered).then(resolve, reject);
          return;
        }
        out += chunk.length;
        if (out > limit) return finish('overLimit');
        if (out <= skip) continue;
        const from = chunk.length - Math.min(chunk.length, out - skip);
        let more: boolean | void;
        try {
          more = sink(new Uint8Array(chunk.buffer, chunk.byteOffset + from, chunk.byteLength - from));
        } catch (e) {
          // The sink refused the data (over a budget, malformed XML): stop inflating, hand the reason on.
          if (!settled) {
            stop();
            reject(e);
          }
          return;
        }
        if (more === false) return finish('stopped');
        give?.(chunk);
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
