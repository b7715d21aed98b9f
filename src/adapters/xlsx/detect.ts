/**
 * Classifies a file's bytes before ExcelJS sees them: what a finance officer can drop on the
 * page or pass to the CLI is not always an .xlsx (an old .xls, a password-protected workbook,
 * a renamed text file, a half-downloaded file). Pure byte inspection, no host APIs.
 */
import { zipEntries, type ZipEntry } from './zip';

export { zipEntries, type ZipEntry } from './zip';

export type SniffResult =
  | { kind: 'zip'; entries: ZipEntry[] }
  | { kind: 'encrypted' }
  | { kind: 'oldXls' }
  | { kind: 'cfbOther' }
  | { kind: 'zipBroken' }
  | { kind: 'notZip' }
  | { kind: 'empty' };

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

export function sniff(data: Uint8Array | ArrayBuffer): SniffResult {
  const bytes = toBytes(data);
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, CFB_SIGNATURE)) return classifyCfb(bytes);
  if (!startsWith(bytes, ZIP_LOCAL)) return { kind: 'notZip' };
  const entries = zipEntries(bytes);
  return entries ? { kind: 'zip', entries } : { kind: 'zipBroken' };
}
