/**
 * The code pages SheetJS decodes old files' text with, from the platform's own decoders (TextDecoder: the Encoding
 * Standard's gbk, big5, shift_jis, euc-kr, windows-125x …, in every browser and in Node), installed in SheetJS with
 * `set_cptable` for every face alike.
 *
 * Why: an Excel 5/95 workbook (BIFF5, the `Book` stream) stores its text in the code page of the Windows that saved
 * it — 936 (GBK) on a Chinese one. SheetJS decodes it through code-page tables that its CommonJS build (the CLI, the
 * tests) loads itself and its ES module build (the page's worker) does not: the page read every Chinese text of such
 * a file as Latin-1 (项目台账 as ÏîÄ¿Ì¨ÕË), found no ledger and said S001, where `jx check` read the same file. SheetJS's
 * own tables (cpexcel.full.mjs) would cost the page's .xls chunk 176 KB gzipped; these decoders cost nothing. A code
 * page the platform does not know (the DOS ones: 437, 850 …, not written by Excel 5/95 on Windows) is read as Latin-1,
 * as SheetJS reads it without tables.
 */

/** Windows code page → the Encoding Standard's label. */
const LABELS: Readonly<Record<number, string>> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1200: 'utf-16le',
  1201: 'utf-16be',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  10000: 'macintosh',
  20936: 'gbk',
  54936: 'gb18030',
  65001: 'utf-8',
};

const decoders = new Map<number, TextDecoder | null>();

function decoderOf(cp: number): TextDecoder | null {
  let d = decoders.get(cp);
  if (d === undefined) {
    const label = LABELS[cp];
    try {
      d = label ? new TextDecoder(label) : null;
    } catch {
      d = null; // a platform without this decoder
    }
    decoders.set(cp, d);
  }
  return d;
}

/** What SheetJS hands over: bytes as an array, a typed array or a binary string. */
type Data = ArrayLike<number> | string;

function bytesOf(data: Data): Uint8Array {
  if (typeof data === 'string') return Uint8Array.from(data, (ch) => ch.charCodeAt(0) & 0xff);
  return data instanceof Uint8Array ? data : Uint8Array.from(data);
}

const latin1 = (b: ArrayLike<number>): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, Array.from(Array.prototype.slice.call(b, i, i + 0x8000) as number[]));
  return s;
};

/** The shape SheetJS's set_cptable takes (its `utils.decode` and `utils.encode`). */
export const codepageTable = {
  utils: {
    decode(cp: number, data: Data): string {
      const b = bytesOf(data);
      const d = decoderOf(cp);
      return d ? d.decode(b) : latin1(b);
    },
    /** Only for what SheetJS writes (it writes nothing for us): UTF-8, UTF-16LE, else Latin-1 bytes. */
    encode(cp: number, text: string, fmt?: string): Uint8Array | number[] | string {
      let out: number[];
      if (cp === 65001) out = [...new TextEncoder().encode(text)];
      else {
        out = [];
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (cp === 1200) out.push(c & 0xff, c >> 8);
          else out.push(c & 0xff);
        }
      }
      return fmt === 'str' ? latin1(out) : fmt === 'arr' ? out : Uint8Array.from(out);
    },
  },
};
