/**
 * The zip container of an .xlsx, read without trusting it: the central directory gives each
 * entry's name, declared size, method and where its data starts; an entry is inflated only when
 * it is needed, in chunks, and never past an output limit, so a directory that lies about a size
 * costs at most that limit. No host APIs: the inflater is passed in (native zlib in Node, the
 * browser's DecompressionStream in the page, fflate where neither exists: inflate.ts).
 */

export interface ZipEntry {
  readonly name: string;
  /** Declared uncompressed size in bytes (the central directory's, ZIP64 extra field included). */
  readonly size: number;
  /** Compressed size in bytes. */
  readonly compressedSize: number;
  /** 0 stored, 8 deflate; anything else is not readable here. */
  readonly method: number;
  /** Offset of the entry's local file header. */
  readonly localOffset: number;
  /** Bit 0 of the general-purpose flags: the entry is encrypted (a zip password). */
  readonly encrypted: boolean;
  /** The CRC-32 of the uncompressed bytes, as the central directory states it. */
  readonly crc: number;
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;

/** The sizes and offset that a ZIP64 extended-information extra field (id 1) overrides. */
function zip64Extra(view: DataView, at: number, len: number, want: { size: boolean; csize: boolean; offset: boolean }): { size?: number; csize?: number; offset?: number } {
  const out: { size?: number; csize?: number; offset?: number } = {};
  for (let p = at; p + 4 <= at + len; ) {
    const id = view.getUint16(p, true);
    const n = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const read = (): number | undefined => {
        if (q + 8 > p + 4 + n) return undefined;
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (want.size) out.size = read();
      if (want.csize) out.csize = read();
      if (want.offset) out.offset = read();
      return out;
    }
    p += 4 + n;
  }
  return out;
}

/**
 * Lists a zip's entries from its central directory, without inflating anything. `null` when the
 * end-of-central-directory record or the directory is missing or inconsistent (a truncated
 * download). Sizes the directory cannot state (ZIP64 without its extra field) are `Infinity`.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEocd = 22;
  if (bytes.length < minEocd) return null;
  let eocd = -1;
  const stop = Math.max(0, bytes.length - minEocd - 0xffff);
  for (let i = bytes.length - minEocd; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return null;
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    // ZIP64: the ZIP64 end record sits before the locator that precedes the EOCD.
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) return null;
    const z64 = Number(view.getBigUint64(loc + 8, true));
    if (z64 < 0 || z64 + 56 > bytes.length || view.getUint32(z64, true) !== 0x06064b50) return null;
    count = Number(view.getBigUint64(z64 + 32, true));
    cdOffset = Number(view.getBigUint64(z64 + 48, true));
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return null;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const csize32 = view.getUint32(p + 20, true);
    const size32 = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const offset32 = view.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > bytes.length) return null;
    const big = { size: size32 === 0xffffffff, csize: csize32 === 0xffffffff, offset: offset32 === 0xffffffff };
    const x = big.size || big.csize || big.offset ? zip64Extra(view, p + 46 + nameLen, extraLen, big) : {};
    const size = big.size ? (x.size ?? Infinity) : size32;
    const compressedSize = big.csize ? (x.csize ?? Infinity) : csize32;
    const localOffset = big.offset ? (x.offset ?? Infinity) : offset32;
    // An entry whose data starts beyond the end of the file: the file was cut off.
    if (localOffset >= bytes.length) return null;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/^\//, '');
    entries.push({ name, size, compressedSize, method, localOffset, encrypted: (flags & 1) === 1, crc });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const nameDecoder = new TextDecoder('utf-8');

/**
 * The entry's compressed bytes (after its local header), or null when they lie outside the file, or when the local
 * header there names another entry: a directory whose entries overlap (two names over one entry's data, as a zip
 * bomb's are) or point at the wrong place, which Excel refuses; read, a sheet's XML was taken for the shared strings.
 */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const at = e.localOffset;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL) return null;
  const nameLen = view.getUint16(at + 26, true);
  if (at + 30 + nameLen > bytes.length) return null;
  const localName = nameDecoder.decode(bytes.subarray(at + 30, at + 30 + nameLen)).replace(/^\//, '');
  if (localName.toLowerCase() !== e.name.toLowerCase()) return null;
  const start = at + 30 + nameLen + view.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (!Number.isFinite(end) || end > bytes.length) return null;
  return bytes.subarray(start, end);
}

/**
 * Inflates raw deflate data chunk by chunk into `sink`, stopping as soon as more than `limit`
 * bytes have come out (→ 'overLimit') or `sink` returns false (the caller has what it needs →
 * 'stopped'). Rejects on data that is not valid deflate. A chunk is the sink's during its call
 * only: the inflater may write later output into its memory (Node's does: inflateNode.ts), so a
 * sink that keeps bytes past its call keeps a copy.
 */
export interface Inflater {
  (data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void, check?: EntryCheck): Promise<InflateEnd>;
  /** The runtime's own CRC-32 (native zlib in Node); without one, `crc32` below. */
  readonly crc32?: Crc32;
  /**
   * Given a `check`, the inflater compares what it inflated with it itself and rejects when they
   * differ (Node: zlib does it in its own thread, as it inflates; entryCheck).
   */
  readonly verifies?: boolean;
}

/** What an entry's inflated bytes must be, as the central directory states it: their CRC-32 and count. */
export interface EntryCheck {
  readonly crc: number;
  readonly size: number;
}
/** A gzip member's header: deflate, no name, no time (RFC 1952). */
export const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The gzip trailer a check makes: the CRC-32 and the size (mod 2³²) the output must have. Raw deflate
 * framed so is inflated by a gunzip (Node's zlib, DecompressionStream('gzip')), which computes the CRC
 * natively as it inflates and fails ("incorrect data check" / "incorrect length check") when the output
 * does not match.
 */
export function gzipTrailer(check: EntryCheck): Uint8Array {
  const t = new Uint8Array(8);
  const v = new DataView(t.buffer);
  v.setUint32(0, check.crc >>> 0, true);
  v.setUint32(4, check.size % 0x1_0000_0000, true);
  return t;
}

export type InflateEnd = 'done' | 'overLimit' | 'stopped';

/** Continues a CRC-32 (the zip's, unsigned) over `chunk`. */
export type Crc32 = (chunk: Uint8Array, crc: number) => number;

let table: Int32Array | undefined;

/**
 * CRC-32 in plain code (the page), four bytes at a time from four 256-entry tables: 2.4 ms a MB
 * here under load, against 4.6-6 a byte at a time (native zlib in Node: 0.9).
 */
export const crc32: Crc32 = (chunk, crc) => {
  if (!table) {
    table = new Int32Array(1024);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
    for (let n = 0; n < 256; n++) for (let k = 256; k < 1024; k += 256) table[k + n] = table[table[k - 256 + n] & 0xff] ^ (table[k - 256 + n] >>> 8);
  }
  const t = table;
  let c = ~crc;
  let i = 0;
  for (const n4 = chunk.length - 3; i < n4; i += 4) {
    c ^= chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < chunk.length; i++) c = t[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
};

/**
 * `sink`, with the CRC-32 of every byte it is given kept: a flipped bit in a deflate stream often
 * still inflates, into other text (a date of 1900-01-25, a garbled name) that the checks would
 * report as the submitter's mistakes. `matches` after a whole entry has passed: Excel and
 * LibreOffice refuse an entry whose bytes do not match the directory's CRC; so do we.
 */
export function crcSink(sink: (chunk: Uint8Array) => boolean | void, fn: Crc32 = crc32): { sink: (chunk: Uint8Array) => boolean | void; matches: (e: { crc: number }) => boolean } {
  let crc = 0;
  return {
    sink: (chunk) => {
      crc = fn(chunk, crc);
      return sink(chunk);
    },
    matches: (e) => crc === e.crc,
  };
}

/**
 * How an entry read whole is checked against its directory's CRC-32 (`check`): by the inflater
 * itself where it can (`own`, passed to it: Node's zlib computes the CRC in its thread while it
 * inflates, ~0.35 ms a MB there, where zlib.crc32 on the main thread cost ~1 ms a MB of the scan's
 * time: ~70-90 ms on the 100,000-project ledger), else by crcSink on every byte the sink is given.
 * `matches` after the entry has ended ('done'); an inflater that checks rejects instead.
 */
export function entryCheck(sink: (chunk: Uint8Array) => boolean | void, inflater: Inflater, method: 0 | 8, check: EntryCheck): { sink: (chunk: Uint8Array) => boolean | void; own?: EntryCheck; matches: () => boolean } {
  if (method === 8 && inflater.verifies === true) return { sink, own: check, matches: () => true };
  const c = crcSink(sink, inflater.crc32);
  return { sink: c.sink, matches: () => c.matches(check) };
}

/** Copies stored (method 0) data to the sink in slices, under the same limit. */
export function storedChunks(data: Uint8Array, limit: number, sink: (chunk: Uint8Array) => boolean | void): InflateEnd {
  const STORED_SLICE = 1 << 20;
  for (let p = 0; p < data.length; p += STORED_SLICE) {
    if (p >= limit) return 'overLimit';
    const chunk = data.subarray(p, Math.min(p + STORED_SLICE, data.length, limit + 1));
    if (p + chunk.length > limit) return 'overLimit';
    if (sink(chunk) === false) return 'stopped';
  }
  return 'done';
}
