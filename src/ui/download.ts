/**
 * Saving bytes as a file the browser downloads (the page; the task pane where its host can).
 * Nothing goes over the network: an object URL of the bytes, clicked through a hidden link.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type Download = (bytes: Uint8Array, fileName: string, mime?: string) => void;

export const downloadBytes: Download = (bytes, fileName, mime = XLSX_MIME) => {
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
};
