/**
 * Node's inflater for the zip reader: native zlib (inflateRaw) as a stream, so that inflating
 * runs in libuv's thread pool while the sheet XML is scanned on the main thread. Output arrives
 * in 1 MB chunks; the stream is destroyed as soon as the limit is passed or the sink has enough.
 * Node only: imported by the CLI and the tests, never by the page.
 */
import { createInflateRaw } from 'node:zlib';
import type { InflateEnd, Inflater } from './zip';

export const nodeInflater: Inflater = (data, limit, sink) =>
  new Promise<InflateEnd>((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 1 << 20 });
    let out = 0;
    let settled = false;
    const finish = (end: InflateEnd): void => {
      if (settled) return;
      settled = true;
      z.removeAllListeners('data');
      z.destroy();
      resolve(end);
    };
    z.on('data', (chunk: Buffer) => {
      if (settled) return;
      out += chunk.length;
      if (out > limit) return finish('overLimit');
      let more: boolean | void;
      try {
        more = sink(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      } catch (e) {
        // The sink refused the data (over a budget, malformed XML): stop inflating, hand the reason on.
        settled = true;
        z.removeAllListeners('data');
        z.destroy();
        reject(e);
        return;
      }
      if (more === false) finish('stopped');
    });
    z.on('end', () => finish('done'));
    z.on('error', (e) => {
      if (settled) return;
      settled = true;
      reject(e);
    });
    z.end(data);
  });
