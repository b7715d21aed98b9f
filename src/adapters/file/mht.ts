/**
 * A single-file web page (MHTML: Excel's 单个文件网页 .mht, and some systems' 导出Excel under an .xls
 * name): a MIME message whose text/html parts hold the tables, one part per worksheet, encoded as
 * quoted-printable or base64 in the part's charset (gb2312 from a Chinese Excel). `mhtTables` gives
 * each part that holds a table, decoded, with the worksheet's name when the workbook's part lists
 * them (`<x:Name>配置</x:Name>`, in sheet order). Pure text work; SheetJS reads the tables (xls.ts).
 */

export interface MhtTable {
  readonly name?: string;
  readonly html: string;
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  const cs = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/i.test(charset) ? 'gb18030' : charset || 'utf-8';
  try {
    return new TextDecoder(cs).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Quoted-printable text → its bytes, in one array of the text's size (3 bytes a character where one is not ASCII). */
function quotedPrintable(body: string): Uint8Array {
  const s = body.replace(/=\r?\n/g, '');
  // eslint-disable-next-line no-control-regex
  const ascii = !/[^\x00-\x7f]/.test(s);
  const out = new Uint8Array(ascii ? s.length : 3 * s.length);
  const utf8 = new TextEncoder();
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d && HEX.test(s.slice(i + 1, i + 3))) {
      out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else if (c < 0x80) out[n++] = c;
    else n += utf8.encodeInto(s[i], out.subarray(n)).written;
  }
  return out.subarray(0, n);
}

function base64(body: string): Uint8Array {
  const bin = atob(body.replace(/[^A-Za-z0-9+/=]/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The text/html parts of an MHTML text that hold a table; empty when it is none or holds none. */
export function mhtTables(text: string): MhtTable[] {
  const head = text.slice(0, 4096);
  const b = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(head);
  if (!b) return [];
  const boundary = `--${b[1] ?? b[2]}`;
  const pages: string[] = [];
  for (const part of text.split(boundary).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(headers)?.[1] ?? 'utf-8';
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1].toLowerCase();
    pages.push(encoding === 'base64' ? decodeBytes(base64(body), charset) : encoding === 'quoted-printable' ? decodeBytes(quotedPrintable(body), charset) : body);
  }
  const names = pages.flatMap((p) => [...p.matchAll(/<x:Name>([^<]*)<\/x:Name>/gi)].map((m) => m[1].trim()));
  const tables = pages.filter((p) => /<table[\s>]/i.test(p));
  return tables.map((html, i) => (names.length === tables.length && names[i] ? { name: names[i], html } : { html }));
}
