/**
 * The synthetic ledgers of bench/ledger.ts as real .xlsx files, for the end-to-end figures:
 * SpreadsheetML as Excel writes it (shared strings, a date style with numFmtId 14, `r` on every
 * row and cell, the title merged), deflated by zlib at its default level. Written once per size
 * into the system's temp folder and reused (the full-sheet file takes a minute to make).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { dateToSerial, isDateValue, isErrorValue, type CellValue, type GridSheet } from '../src/model/grid';
import { syntheticLedger } from './ledger';

/** Bumped when the files' content changes, so stale cached files are not reused. */
const VERSION = 1;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

class Zip {
  private readonly fd: number;
  private offset = 0;
  private readonly central: Buffer[] = [];
  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }
  private write(b: Buffer): void {
    fs.writeSync(this.fd, b);
    this.offset += b.length;
  }
  /** Adds an entry whose content comes in pieces (deflated as a stream, sizes in the central directory). */
  add(name: string, pieces: Iterable<string>): void {
    const nameBuf = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // UTF-8 names, sizes after the data
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(nameBuf.length, 26);
    const at = this.offset;
    this.write(local);
    this.write(nameBuf);
    let crc = 0;
    let size = 0;
    let csize = 0;
    const deflate = (chunk: Buffer, flush: number): void => {
      const out = zlib.deflateRawSync(chunk, { level: 6, finishFlush: flush });
      csize += out.length;
      this.write(out);
    };
    // One raw deflate stream made of full-flushed segments (valid, and memory stays flat).
    let buf: string[] = [];
    let len = 0;
    for (const p of pieces) {
      buf.push(p);
      len += p.length;
      if (len > 4 << 20) {
        const b = Buffer.from(buf.join(''), 'utf8');
        crc = zlib.crc32(b, crc);
        size += b.length;
        deflate(b, zlib.constants.Z_FULL_FLUSH);
        buf = [];
        len = 0;
      }
    }
    const b = Buffer.from(buf.join(''), 'utf8');
    crc = zlib.crc32(b, crc);
    size += b.length;
    deflate(b, zlib.constants.Z_FINISH);
    const dd = Buffer.alloc(16);
    dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(crc, 4);
    dd.writeUInt32LE(csize, 8);
    dd.writeUInt32LE(size, 12);
    this.write(dd);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0808, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(csize, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(at, 42);
    this.central.push(c, nameBuf);
  }
  close(): void {
    const cd = Buffer.concat(this.central);
    const at = this.offset;
    this.write(cd);
    const e = Buffer.alloc(22);
    e.writeUInt32LE(0x06054b50, 0);
    e.writeUInt16LE(this.central.length / 2, 8);
    e.writeUInt16LE(this.central.length / 2, 10);
    e.writeUInt32LE(cd.length, 12);
    e.writeUInt32LE(at, 16);
    this.write(e);
    fs.closeSync(this.fd);
  }
}

function* sheetXml(s: GridSheet, sst: (t: string) => number): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  for (let r = 0; r < s.values.length; r++) {
    const row = s.values[r];
    const cells: string[] = [`<row r="${r + 1}">`];
    row.forEach((v: CellValue, c) => {
      if (v === null || isErrorValue(v)) return;
      const ref = colName(c) + (r + 1);
      if (typeof v === 'number') cells.push(`<c r="${ref}"><v>${v}</v></c>`);
      else if (typeof v === 'boolean') cells.push(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
      else if (isDateValue(v)) cells.push(`<c r="${ref}" s="1"><v>${dateToSerial(v)}</v></c>`);
      else cells.push(`<c r="${ref}" t="s"><v>${sst(v)}</v></c>`);
    });
    cells.push('</row>');
    yield cells.join('');
  }
  yield '</sheetData>';
  if (s.merges?.length) yield `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${colName(m.left)}${m.top + 1}:${colName(m.right)}${m.bottom + 1}"/>`).join('')}</mergeCells>`;
  yield '</worksheet>';
}

/** The file of a synthetic ledger of `rows` projects (made on first use). */
export function ledgerXlsx(rows: number): string {
  const file = path.join(os.tmpdir(), `jx-bench-ledger-${rows}-v${VERSION}.xlsx`);
  if (fs.existsSync(file)) return file;
  const { grid, firstRow } = syntheticLedger(rows);
  if (firstRow + rows > 1_048_576) throw new Error(`${rows} projects under ${firstRow} header rows do not fit in Excel's 1,048,576 rows`);
  writeGridXlsx(grid, file);
  return file;
}

/**
 * The files of `jx merge`'s benchmark (issue 20): `count` prefectures' ledgers of `rows` projects
 * each (own seeds, 项目编号 prefixed by the file so that no project is in two files); the first
 * file has 配置 and 绩效指标, the others only their 项目台账 (made on first use).
 */
export function mergeXlsxFiles(count: number, rows: number): string[] {
  const files: string[] = [];
  for (let k = 0; k < count; k++) {
    const file = path.join(os.tmpdir(), `jx-bench-merge-${k + 1}of${count}-${rows}-v${VERSION}.xlsx`);
    files.push(file);
    if (fs.existsSync(file)) continue;
    const { grid, firstRow } = syntheticLedger(rows, 2018 + k);
    const sheets = grid.sheets.filter((s) => k === 0 || s.name === '项目台账').map((s) => {
      if (s.name !== '项目台账') return s;
      const values = s.values.map((r, i) => (i >= firstRow && typeof r[0] === 'string' ? [`D${String(k + 1).padStart(2, '0')}-${r[0]}`, ...r.slice(1)] : r));
      return { ...s, values };
    });
    writeGridXlsx({ sheets }, file);
  }
  return files;
}

/** A grid as an .xlsx written the way Excel writes it (shared strings, deflated), through a temporary file. */
function writeGridXlsx(grid: { readonly sheets: ReadonlyArray<GridSheet> }, file: string): void {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (t: string): number => {
    let i = index.get(t);
    if (i === undefined) {
      i = strings.length;
      strings.push(t);
      index.set(t, i);
    }
    return i;
  };
  const tmp = `${file}.${process.pid}.tmp`;
  const z = new Zip(tmp);
  const n = grid.sheets.length;
  z.add('[Content_Types].xml', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      grid.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  ]);
  z.add('_rels/.rels', ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>']);
  z.add('xl/workbook.xml', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      grid.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
  ]);
  z.add('xl/_rels/workbook.xml.rels', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      grid.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  ]);
  z.add('xl/styles.xml', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  ]);
  grid.sheets.forEach((s, i) => z.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, sst)));
  z.add('xl/sharedStrings.xml', (function* () {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">`;
    for (const t of strings) yield `<si><t xml:space="preserve">${esc(t)}</t></si>`;
    yield '</sst>';
  })());
  z.close();
  fs.renameSync(tmp, file);
}
