/**
 * Classifies a file's bytes before ExcelJS sees them: what a finance officer can drop on the
 * page or pass to the CLI is not always an .xlsx (an old .xls, a password-protected workbook,
 * a renamed text file, a half-downloaded file). Pure byte inspection, no host APIs.
 */

export type SniffResult =
  | { kind: 'zip'; entries: ZipEntry[] }
  | { kind: 'encrypted' }
  | { kind: 'oldXls' }
  | { kind: 'cfbOther' }
  | { kind: 'zipBroken' }
  | { kind: 'notZip' }
  | { kind: 'empty' };

export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size in bytes; `Infinity` when the archive stores it in a ZIP64 extra field. */
  readonly size: number;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, sig: ReadonlyArray<number>): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** UTF-16LE bytes of an ASCII name, as CFB directory entries store stream names. */
function utf16le(name: string): number[] {
  const out: number[] = [];
  for (const ch of name) out.push(ch.charCodeAt(0), 0);
  return out;
}

function indexOf(bytes: Uint8Array, needle: ReadonlyArray<number>, from = 0): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first, from); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * An OLE2/CFB container is either an encrypted OOXML package (streams `EncryptionInfo` and
 * `EncryptedPackage`), a BIFF workbook (.xls: stream `Workbook`, BIFF5 `Book`) or another
 * Office binary (.doc, .ppt). Directory entries hold the names in UTF-16LE.
 */
function classifyCfb(bytes: Uint8Array): SniffResult {
  if (indexOf(bytes, utf16le('EncryptedPackage')) !== -1 || indexOf(bytes, utf16le('EncryptionInfo')) !== -1) {
    return { kind: 'encrypted' };
  }
  // `Workbook` also matches inside nothing else we care about; `Book\0\0` guards the BIFF5 name
  // against matching the tail of `Workbook`.
  if (indexOf(bytes, utf16le('Workbook')) !== -1 || indexOf(bytes, [...utf16le('Book'), 0, 0]) !== -1) {
    return { kind: 'oldXls' };
  }
  return { kind: 'cfbOther' };
}

const decoder = new TextDecoder('utf-8');

/**
 * Lists a zip's entries from its central directory (names and uncompressed sizes), without
 * inflating anything. `null` when the end-of-central-directory record or the directory is
 * missing or inconsistent (a truncated download).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
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
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const size32 = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > bytes.length) return null;
    // An entry whose data starts beyond the end of the file: the file was cut off.
    if (localOffset !== 0xffffffff && localOffset >= bytes.length) return null;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/^\//, '');
    entries.push({ name, size: size32 === 0xffffffff ? Infinity : size32 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function sniff(data: Uint8Array | ArrayBuffer): SniffResult {
  const bytes = toBytes(data);
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, CFB_SIGNATURE)) return classifyCfb(bytes);
  if (!startsWith(bytes, ZIP_LOCAL)) return { kind: 'notZip' };
  const entries = zipEntries(bytes);
  return entries ? { kind: 'zip', entries } : { kind: 'zipBroken' };
}
