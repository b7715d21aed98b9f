/**
 * Node's deflater for the xlsx writer: native zlib, several times faster than fflate's JavaScript
 * deflate and CRC on the megabytes of a consolidated ledger. Each chunk is deflated on its own and
 * ended with a full flush (byte-aligned, not the last block), so the pieces make one valid
 * raw-deflate stream whatever their number; the last ends it. Node only: the CLI and the tests,
 * never the page.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { Deflater } from './write';
import { crc32 as plainCrc32 } from './zip';

export const nodeDeflater: Deflater = {
  deflate: (chunk, final, level) => deflateRawSync(chunk, { level, finishFlush: final ? constants.Z_FINISH : constants.Z_FULL_FLUSH }),
  // zlib.crc32 came in Node 20.15 (package.json allows any 20): zip.ts's own before it
  crc32: typeof crc32 === 'function' ? (chunk, crc) => crc32(chunk, crc) : plainCrc32,
};
