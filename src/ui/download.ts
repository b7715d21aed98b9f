/**
 * Handing a generated file to the user: a download (any browser) or its bytes as base64 (for
 * Excel.createWorkbook). Nothing goes over the network: an object URL of the bytes, clicked
 * through a hidden link.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type Download = (bytes: Uint8Array, fileName: string, mime?: string) => void;

/** Downloads `bytes` as `fileName` through a link to an object URL, clicked. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime: string = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Base64 of bytes, in chunks (a whole file as one argument list would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + CHUNK)));
  return btoa(binary);
}
