/** Test helpers: build workbooks and odd files in memory (no binary fixtures). */
import ExcelJS from 'exceljs';
import { a1, type CellValue, type GridSheet } from '../../../src/model/grid';

export async function book(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Non-null cells of a grid sheet by absolute A1 address (origin applied). */
export function cellsOf(sheet: GridSheet): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const r0 = sheet.origin?.row ?? 0;
  const c0 = sheet.origin?.col ?? 0;
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) out.set(a1(r0 + r, c0 + c), v);
    }),
  );
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A minimal valid zip (stored, no compression) holding the given files. */
export function storedZip(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = enc.encode(name);
    const data = enc.encode(text);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, eocd]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The start of an OLE2/CFB compound file: the 512-byte header (signature, version 3, 512-byte
 * sectors) followed by one directory sector naming the given streams in UTF-16LE, as an
 * encrypted .xlsx (`EncryptionInfo`, `EncryptedPackage`) or an .xls (`Workbook`) has them.
 */
export function cfbWithStreams(names: string[]): Uint8Array {
  const header = new Uint8Array(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const hv = new DataView(header.buffer);
  hv.setUint16(0x18, 0x003e, true); // minor version
  hv.setUint16(0x1a, 0x0003, true); // major version 3
  hv.setUint16(0x1c, 0xfffe, true); // little-endian
  hv.setUint16(0x1e, 9, true); // 2^9 = 512-byte sectors
  hv.setUint16(0x20, 6, true); // 64-byte mini sectors
  const dir = new Uint8Array(512);
  ['Root Entry', ...names].slice(0, 4).forEach((name, i) => {
    const base = i * 128;
    for (let k = 0; k < name.length; k++) dir[base + 2 * k] = name.charCodeAt(k);
    new DataView(dir.buffer).setUint16(base + 64, (name.length + 1) * 2, true);
    dir[base + 66] = i === 0 ? 5 : 2; // root storage / stream
  });
  return concat([header, dir]);
}

/** Deterministic pseudo-random bytes (mulberry32). */
export function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** The bytes with the central directory's CRC-32 of `name` changed: its data no longer matches. */
export function wrongCrc(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const want = new TextEncoder().encode(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (out[p] !== 0x50 || out[p + 1] !== 0x4b || out[p + 2] !== 1 || out[p + 3] !== 2) continue;
    const len = out[p + 28] | (out[p + 29] << 8);
    if (len === want.length && want.every((b, k) => out[p + 46 + k] === b)) {
      out[p + 16] ^= 0x01;
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}
