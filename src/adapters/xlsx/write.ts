/**
 * The model's sheets → .xlsx bytes, written as SpreadsheetML by hand and zipped as it is made
 * (fflate's streaming Zip): a GridSheet as plain values (test workbooks, the bundled sample, the
 * province's 配置 copied into a consolidation); a SheetLayout (the 自评表, the templates, the
 * 问题清单, the monitoring table, the consolidated workbook) faithfully: values, native formulas
 * with their cached results, styles, merges, sizes, page setup, print area and titles, page breaks,
 * frozen rows, drop-down lists, conditional formats, an AutoFilter, a footer.
 * Node and browser alike: returns bytes, never touches a file system.
 *
 * Why not ExcelJS, which wrote these files before (and stays, in the tests, as the oracle this writer
 * is compared with: test/adapters/xlsx/writeDifferential.test.ts): it builds an object per cell and
 * the whole XML of a sheet in memory; a consolidation of 14 × 10,000 projects (3 million cells) took
 * it over 5 minutes and 4 GB. Here a sheet's XML goes to the deflater in chunks of ~256 KB as its
 * rows are made, so time is linear and memory flat. Strings go to a shared-string table (what Excel
 * writes): a ledger repeats its 地州市, file and sheet names, 是/否 and units on every row, and the
 * table keeps each once.
 */
import { concatBytes } from './bytes';
import { Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { columnLetters, dateToSerial, isDateValue, isErrorValue, type GridSheet, type Merge } from '../../model/grid';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from '../../model/gridWhole';
import { forEachCellToWrite, LISTS_SHEET as LISTS, rangeA1, type GridPrint, type PageSetup, type PaperSize, type SheetLayout } from '../../model/layout';
import { cutText } from '../../model/text/visible';
import { StyleRegistry } from './writeStyles';
import { escapeAttr, escapeText } from './xml';

export interface SheetToWrite {
  readonly grid?: GridSheet;
  readonly layout?: SheetLayout;
  /** A grid's column widths in characters, by sheet column, as the model decided them (a copied sheet's: copiedWidths). */
  readonly columnWidths?: ReadonlyArray<number>;
  /** How a grid prints (its used range; texts wrapped in their columns): else Excel's defaults. */
  readonly print?: GridPrint;
}

/** Number format given to DateValue cells of a grid that has no format of its own for them. */
export const GRID_DATE_FORMAT = 'yyyy-mm-dd';

/** Name of the hidden sheet that holds drop-down lists the model did not inline (model/layout.ts decides). */
export const LISTS_SHEET = LISTS.name;

/** ECMA-376's paperSize codes. */
const PAPER_CODE: Readonly<Record<PaperSize, number>> = { A4: 9, A3: 8 };
const CM_PER_INCH = 2.54;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The order CT_Worksheet (ECMA-376 Part 1, §18.3.1.99) requires of a worksheet's children, as far as
 * this writer uses them: Excel refuses a sheet whose elements come out of order.
 */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'mergeCells',
  'conditionalFormatting', 'dataValidations', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text

/** Text content with CR kept (a literal CR would become LF when read) and leading/trailing spaces marked to be kept. */
function textContent(s: string): string {
  return escapeText(s).replace(/\r/g, '&#13;');
}

/**
 * A cell's text: textContent, with the underscore that opens what reads as Excel's `_xHHHH_` escape written `_x005F_`
 * (ECMA-376 22.4.2.4, as Excel writes it): a name typed as `_x000D_字面` came back from Excel, ExcelJS and our own
 * reader as a line break. The lookahead leaves the closing `_` free to open the next one (`_x0041_x0042_`).
 */
function cellText(s: string): string {
  return textContent(s).replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

const needsPreserve = (s: string): boolean => /^[\s]|[\s]$/.test(s);

/** A sheet name inside a formula or defined name: always quoted, `'` doubled. */
const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A number as `<v>` holds it (xsd:double; no -0). */
const numberText = (n: number): string => (Object.is(n, -0) ? '0' : String(n));

// ---------------------------------------------------------------------------------------------------------------
// The package being written

/** A zip entry deflated, and its CRC computed, by a Deflater given from outside (native zlib in Node), chunk by chunk. */
class DeflatedEntry implements ZipInputFile {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  constructor(readonly filename: string, private readonly deflater: Deflater, private readonly level: DeflateLevel) {}
  push(chunk: Uint8Array, final: boolean): void {
    this.crc = this.deflater.crc32(chunk, this.crc);
    this.size += chunk.length;
    this.ondata!(null, this.deflater.deflate(chunk, final, this.level) as Uint8Array<ArrayBuffer>, final);
  }
}

/** Bytes gathered before they are handed to the deflater, and the room kept for one cell. */
const CHUNK_BYTES = 1 << 20;
const CELL_ROOM = 256;

/**
 * A zip entry written in pieces into a byte buffer, handed to the deflater a megabyte at a time. Text is encoded
 * straight into the buffer; the cells of a sheet, ASCII but for their shared-string indices, are written byte by
 * byte (no string made per cell: a consolidated ledger has millions).
 */
class Part {
  private buf = new Uint8Array(CHUNK_BYTES + CELL_ROOM * 4);
  private pos = 0;
  private readonly file: ZipDeflate | DeflatedEntry;
  constructor(zip: Zip, name: string, o: { level: DeflateLevel; deflate?: Deflater }, private readonly encoder: TextEncoder) {
    this.file = o.deflate ? new DeflatedEntry(name, o.deflate, o.level) : new ZipDeflate(name, { level: o.level });
    zip.add(this.file);
  }
  /** Any text, UTF-8 encoded. */
  write(s: string): void {
    // a UTF-16 unit is at most 3 UTF-8 bytes
    if (this.pos + s.length * 3 > this.buf.length) {
      this.flush(false);
      if (s.length * 3 > this.buf.length) {
        this.file.push(this.encoder.encode(s), false);
        return;
      }
    }
    this.pos += this.encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
    if (this.pos >= CHUNK_BYTES) this.flush(false);
  }
  /** Makes room for one cell's ASCII; call before ascii/bytes/uint. */
  room(): void {
    if (this.pos >= CHUNK_BYTES) this.flush(false);
  }
  /** ASCII text (the caller knows it is: tags, numbers). */
  ascii(s: string): void {
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }
  bytes(x: Uint8Array): void {
    this.buf.set(x, this.pos);
    this.pos += x.length;
  }
  /** A non-negative integer in decimal. */
  uint(n: number): void {
    const b = this.buf;
    if (n < 10) {
      b[this.pos++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    for (let x = n; ; ) {
      const q = Math.floor(x / 10);
      b[--p] = 48 + (x - q * 10);
      if (q === 0) break;
      x = q;
    }
  }
  private flush(final: boolean): void {
    this.file.push(this.buf.slice(0, this.pos), final);
    this.pos = 0;
  }
  end(): void {
    this.flush(true);
  }
}

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * A zip entry's compression from outside (deflateNode.ts: native zlib): `deflate` makes raw deflate of one chunk,
 * not the last block unless `final` and byte-aligned, so that the chunks of an entry make one deflate stream;
 * `crc32` continues a CRC-32. Without one, fflate's deflate and CRC (the page).
 */
export interface Deflater {
  readonly deflate: (chunk: Uint8Array, final: boolean, level: DeflateLevel) => Uint8Array;
  readonly crc32: (chunk: Uint8Array, crc: number) => number;
}

export interface WriteXlsxOptions {
  readonly deflate?: Deflater;
  /** Deflate level of the zip (default 6, zlib's default, as Excel's own files). */
  readonly level?: DeflateLevel;
  /** Each piece of the zip as it is made (the CLI writes them to the file); else the bytes are returned whole. */
  readonly sink?: (chunk: Uint8Array) => void;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;
  of(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) this.index.set(s, (i = this.index.size));
    return i;
  }
  write(part: Part): void {
    part.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.index.size}">`);
    for (const s of this.index.keys()) part.write(needsPreserve(s) ? `<si><t xml:space="preserve">${cellText(s)}</t></si>` : `<si><t>${cellText(s)}</t></si>`);
    part.write('</sst>');
  }
}

/** What the workbook part needs to know of each sheet written. */
interface SheetEntry {
  readonly name: string;
  readonly state?: 'hidden';
  readonly printArea?: string;
  readonly printTitles?: string;
  readonly filter?: string;
}

const ASCII = new TextEncoder();
const C_OPEN = ASCII.encode('<c r="');

/** A sheet's cells, written byte by byte into its part: `col` the column's letters as bytes, `row` 0-based, `s` the style (0 = none). */
class CellWriter {
  constructor(private readonly part: Part, private readonly sst: SharedStrings) {}

  private open(col: Uint8Array, row: number, s: number): void {
    const p = this.part;
    p.room();
    p.bytes(C_OPEN);
    p.bytes(col);
    p.uint(row + 1);
    if (s) {
      p.ascii('" s="');
      p.uint(s);
    }
    p.ascii('"');
  }

  private number(n: number): void {
    if (Number.isInteger(n) && Math.abs(n) < 1e15) {
      if (n < 0) this.part.ascii('-');
      this.part.uint(Math.abs(n));
    } else this.part.ascii(numberText(n));
  }

  /** A value; strings through the shared-string table. */
  value(col: Uint8Array, row: number, s: number, v: string | number | boolean): void {
    if (typeof v === 'string') {
      const i = this.sst.of(cutText(v).text);
      this.open(col, row, s);
      this.part.ascii(' t="s"><v>');
      this.part.uint(i);
      this.part.ascii('</v></c>');
    } else if (typeof v === 'number') {
      this.open(col, row, s);
      if (!Number.isFinite(v)) return this.part.ascii(' t="e"><v>#NUM!</v></c>');
      this.part.ascii('><v>');
      this.number(v);
      this.part.ascii('</v></c>');
    } else {
      this.open(col, row, s);
      this.part.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
    }
  }

  /** An error value (`#N/A`). */
  error(col: Uint8Array, row: number, s: number, code: string): void {
    this.open(col, row, s);
    this.part.write(` t="e"><v>${textContent(code)}</v></c>`);
  }

  /** A styled cell with nothing in it. */
  empty(col: Uint8Array, row: number, s: number): void {
    this.open(col, row, s);
    this.part.ascii('/>');
  }

  /** A formula, with the model's result cached so that viewers that do not recalculate show it. */
  formula(col: Uint8Array, row: number, s: number, formula: string, v: string | number | boolean | null): void {
    this.open(col, row, s);
    const f = `<f>${textContent(formula)}</f>`;
    if (v === null || (typeof v === 'number' && !Number.isFinite(v))) this.part.write(`>${f}</c>`);
    else if (typeof v === 'number') this.part.write(`>${f}<v>${numberText(v)}</v></c>`);
    else if (typeof v === 'boolean') this.part.write(` t="b">${f}<v>${v ? 1 : 0}</v></c>`);
    else this.part.write(` t="str">${f}<v>${cellText(cutText(v).text)}</v></c>`);
  }

  rowOpen(row: number, height: number | undefined): void {
    this.part.room();
    this.part.ascii('<row r="');
    this.part.uint(row + 1);
    this.part.ascii(height !== undefined && height > 0 ? `" ht="${height}" customHeight="1">` : '">');
  }

  rowClose(): void {
    this.part.ascii('</row>');
  }
}

/** The column letters of 0…n-1 as bytes, made once per sheet. */
function letterBytesUpTo(n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => ASCII.encode(columnLetters(i)));
}

const sheetViews = (selected: boolean, frozen: number): string => {
  const tab = selected ? ' tabSelected="1"' : '';
  if (frozen <= 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const top = `A${frozen + 1}`;
  return `<sheetViews><sheetView${tab} workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews>`;
};

const mergeCellsXml = (merges: ReadonlyArray<Merge>): string => {
  const real = merges.filter((m) => m.top !== m.bottom || m.left !== m.right);
  return real.length ? `<mergeCells count="${real.length}">${real.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join('')}</mergeCells>` : '';
};

const DEFAULT_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

function worksheetOpen(sheetPr: string, dimension: string): string {
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${sheetPr}<dimension ref="${dimension}"/>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Grids

function writeGridSheet(part: Part, g: GridSheet, selected: boolean, styles: StyleRegistry, sst: SharedStrings, widths: ReadonlyArray<number> = [], print?: GridPrint): SheetEntry {
  const r0 = g.origin?.row ?? 0;
  const c0 = g.origin?.col ?? 0;
  let width = 0;
  for (const row of g.values) width = Math.max(width, row.length);
  const letters = letterBytesUpTo(c0 + width);
  const dimension = g.values.length && width ? `${columnLetters(c0)}${r0 + 1}:${columnLetters(c0 + width - 1)}${r0 + g.values.length}` : 'A1';
  const page = print ? pageXml({ page: { ...print, horizontalCentered: false } }) : undefined;
  const wrap = print !== undefined;
  part.write(worksheetOpen(page?.sheetPr ?? '', dimension) + sheetViews(selected, 0) + '<sheetFormatPr defaultRowHeight="15"/>' + colsXml(widths) + '<sheetData>');
  const w = new CellWriter(part, sst);
  g.values.forEach((row, r) => {
    if (!row.some((v) => v !== null && v !== undefined)) return;
    w.rowOpen(r0 + r, print?.rowHeights?.[r]);
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const col = letters[c0 + c];
      const fmt = g.numberFormats?.[r]?.[c] ?? undefined;
      // A date as its serial under a date format (the model's serial keeps Excel's phantom 1900-02-29).
      // printed (a copied sheet): every cell top-aligned, texts wrapped, so a row's number stands beside its text's first line
      if (isDateValue(v)) w.value(col, r0 + r, styles.gridStyle(fmt ?? GRID_DATE_FORMAT, wrap), dateToSerial(v));
      else if (isErrorValue(v)) w.error(col, r0 + r, styles.gridStyle(fmt, wrap), v.code);
      else w.value(col, r0 + r, styles.gridStyle(fmt, wrap), v);
    });
    w.rowClose();
  });
  part.write('</sheetData>' + mergeCellsXml(g.merges ?? []) + (page ? page.margins + page.setup : DEFAULT_MARGINS) + '</worksheet>');
  return { name: g.name, ...(g.hidden ? { state: 'hidden' as const } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// Layouts

/** Lists that go to the lists sheet, one column each, written after all other sheets. */
type PendingLists = string[][];

function pageXml(layout: { readonly page?: Omit<PageSetup, 'printArea'> }): { sheetPr: string; printOptions: string; margins: string; setup: string; footer: string; breaks: string } {
  const p = layout.page;
  const footer = p?.footer ? `<headerFooter><oddFooter>${textContent(p.footer)}</oddFooter></headerFooter>` : '';
  if (!p) return { sheetPr: '', printOptions: '', margins: DEFAULT_MARGINS, setup: '', footer, breaks: '' };
  const inch = (cm: number): number => Math.round((cm / CM_PER_INCH) * 1000) / 1000;
  const m = p.margins;
  // Header/footer bands must fit inside the top/bottom margins.
  const header = Math.min(0.3, inch(m.top) / 2);
  const foot = Math.min(0.3, inch(m.bottom) / 2);
  const breaks = p.rowBreaks?.length
    ? `<rowBreaks count="${p.rowBreaks.length}" manualBreakCount="${p.rowBreaks.length}">${p.rowBreaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
  return {
    // a scale (a form broken into pages: Excel ignores manual breaks under fitToPage), else the fit
    sheetPr: p.scale !== undefined ? '' : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    printOptions: p.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '',
    margins: `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="${header}" footer="${foot}"/>`,
    setup: `<pageSetup paperSize="${PAPER_CODE[p.paperSize]}" ${p.scale !== undefined ? `scale="${p.scale}"` : `fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"`} orientation="${p.orientation}"/>`,
    footer,
    breaks,
  };
}

function colsXml(widths: ReadonlyArray<number>): string {
  const cols: string[] = [];
  widths.forEach((w, i) => {
    if (w > 0) cols.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  });
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

function validationsXml(layout: SheetLayout, lists: PendingLists): string {
  const vs = layout.validations ?? [];
  if (!vs.length) return '';
  const items = vs.map((v) => {
    let formula: string;
    if (v.place === 'inline') formula = `"${v.source}"`;
    else {
      const letters = columnLetters(lists.length);
      lists.push([...v.list]);
      formula = `${quotedSheet(LISTS_SHEET)}!$${letters}$1:$${letters}$${Math.max(1, v.list.length)}`;
    }
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${rangeA1(v.range)}"><formula1>${textContent(formula)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** One `cellIs equal "text"` rule per colour, in order; the fill is the differential format's background. */
function conditionalFormatsXml(layout: SheetLayout, styles: StyleRegistry, priority: { next: number }): string {
  return (layout.conditionalFormats ?? [])
    .map((cf) => {
      const m = cf.range;
      // One cell as `O5`, as Excel writes it.
      const ref = m.top === m.bottom && m.left === m.right ? `${columnLetters(m.left)}${m.top + 1}` : rangeA1(m);
      const rules = cf.rules.map(
        (r) => `<cfRule type="cellIs" dxfId="${styles.dxf(r.fill, r.font)}" priority="${priority.next++}" operator="equal"><formula>${textContent(`"${r.equals.replace(/"/g, '""')}"`)}</formula></cfRule>`,
      );
      return `<conditionalFormatting sqref="${ref}">${rules.join('')}</conditionalFormatting>`;
    })
    .join('');
}

/** The print area as Excel writes it: `$A$1:$H$5`. */
const absoluteRange = (m: Merge): string => `$${columnLetters(m.left)}$${m.top + 1}:$${columnLetters(m.right)}$${m.bottom + 1}`;

/** The used range (advisory to readers): the cells and the merged areas. */
function usedRange(layout: SheetLayout): { right: number; bottom: number } {
  let right = 0;
  let bottom = 0;
  const cells = layout.cells;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.col > right) right = c.col;
    if (c.row > bottom) bottom = c.row;
  }
  for (const m of layout.merges) {
    if (m.right > right) right = m.right;
    if (m.bottom > bottom) bottom = m.bottom;
  }
  const t = layout.table;
  if (t?.rows.length) {
    bottom = Math.max(bottom, t.first + t.rows.length - 1);
    for (const values of t.rows) if (values.length - 1 > right) right = values.length - 1;
  }
  return { right, bottom };
}

/**
 * The last row and column (0-based) a sheet's XML would name: its cells, merges, rows given a height, filter, lists,
 * conditional formats, print area. Excel refuses a file that names a row past 1,048,576 or a column past XFD.
 */
function extentOf(s: SheetToWrite): { name: string; bottom: number; right: number } {
  const g = s.grid;
  if (g) {
    let bottom = (g.origin?.row ?? 0) + g.values.length - 1;
    let right = -1;
    for (const row of g.values) right = Math.max(right, row.length - 1);
    right += g.origin?.col ?? 0;
    for (const m of g.merges ?? []) {
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
    return { name: g.name, bottom, right };
  }
  const layout = s.layout!;
  const used = usedRange(layout);
  let { right, bottom } = used;
  const ranges: Merge[] = [
    ...(layout.autoFilter ? [layout.autoFilter] : []),
    ...(layout.validations ?? []).map((v) => v.range),
    ...(layout.conditionalFormats ?? []).map((cf) => cf.range),
    ...(layout.page ? [layout.page.printArea] : []),
  ];
  for (const m of ranges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  bottom = Math.max(bottom, layout.rowHeights.length - 1, (layout.frozenRows ?? 0) - 1);
  right = Math.max(right, layout.columnWidths.length - 1);
  return { name: layout.name, bottom, right };
}

/** Throws when a sheet would reach past Excel's last row or column: a file Excel refuses is never written. */
function checkBounds(sheets: ReadonlyArray<SheetToWrite>): void {
  for (const s of sheets) {
    const { name, bottom, right } = extentOf(s);
    if (bottom >= EXCEL_MAX_ROWS) throw new Error(`writeXlsx: sheet "${name}" reaches row ${bottom + 1}; a worksheet holds at most ${EXCEL_MAX_ROWS} rows`);
    if (right >= EXCEL_MAX_COLS) throw new Error(`writeXlsx: sheet "${name}" reaches column ${right + 1}; a worksheet holds at most ${EXCEL_MAX_COLS} columns (A…XFD)`);
  }
}

/** Excel's rules for a sheet's name (it refuses, or repairs, a workbook that breaks them). */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_BAD = /[[\]:*?/\\]/;

/** Throws on a name Excel refuses: empty, over 31 characters, one of `[]:*?/\`, a `'` first or last, or the same as another's ignoring case. */
function checkSheetNames(names: ReadonlyArray<string>): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const why =
      name.length === 0 ? 'is empty'
        : name.length > SHEET_NAME_MAX ? `has ${name.length} characters (at most ${SHEET_NAME_MAX})`
          : SHEET_NAME_BAD.test(name) ? 'holds one of [ ] : * ? / \\'
            : name.startsWith("'") || name.endsWith("'") ? "begins or ends with '"
              : seen.has(name.toLowerCase()) ? `is the same as "${seen.get(name.toLowerCase())}" (Excel ignores case)`
                : undefined;
    if (why) throw new Error(`writeXlsx: the sheet name "${name}" ${why}`);
    seen.set(name.toLowerCase(), name);
  }
}

function writeLayoutSheet(part: Part, layout: SheetLayout, selected: boolean, styles: StyleRegistry, sst: SharedStrings, lists: PendingLists, priority: { next: number }): SheetEntry {
  const { right, bottom } = usedRange(layout);
  const letters = letterBytesUpTo(right + 1);
  const page = pageXml(layout);
  const dimension = layout.cells.length || layout.table?.rows.length ? `A1:${columnLetters(right)}${bottom + 1}` : 'A1';
  part.write(worksheetOpen(page.sheetPr, dimension) + sheetViews(selected, layout.frozenRows ?? 0) + '<sheetFormatPr defaultRowHeight="15"/>' + colsXml(layout.columnWidths) + '<sheetData>');
  const heights = layout.rowHeights;
  const w = new CellWriter(part, sst);
  let row = -1;
  const closeRow = (): void => {
    if (row >= 0) w.rowClose();
  };
  /** Rows with a height but no cells, from `from` up to (not including) `to`. */
  const emptyRows = (from: number, to: number): void => {
    for (let r = from; r < Math.min(to, heights.length); r++) {
      const h = heights[r];
      if (h !== undefined && h > 0) {
        w.rowOpen(r, h);
        w.rowClose();
      }
    }
  };
  const font = layout.font;
  forEachCellToWrite(layout, (r, c, value, formula, numberFormat, style) => {
    if (r !== row) {
      closeRow();
      emptyRows(row + 1, r);
      row = r;
      w.rowOpen(row, heights[row]);
    }
    const s = styles.layoutStyle(style, numberFormat, font);
    if (formula !== undefined) w.formula(letters[c], r, s, formula, value);
    else if (value === null) w.empty(letters[c], r, s);
    else w.value(letters[c], r, s, value);
  });
  closeRow();
  emptyRows(row + 1, heights.length);
  part.write('</sheetData>');
  if (layout.autoFilter) part.write(`<autoFilter ref="${rangeA1(layout.autoFilter)}"/>`);
  part.write(mergeCellsXml(layout.merges));
  part.write(conditionalFormatsXml(layout, styles, priority));
  part.write(validationsXml(layout, lists));
  part.write(page.printOptions + page.margins + page.setup + page.footer + page.breaks + '</worksheet>');
  const p = layout.page;
  return {
    name: layout.name,
    ...(p ? { printArea: absoluteRange(p.printArea) } : {}),
    ...(p?.printTitleRows ? { printTitles: `$${p.printTitleRows.first + 1}:$${p.printTitleRows.last + 1}` } : {}),
    ...(layout.autoFilter ? { filter: absoluteRange(layout.autoFilter) } : {}),
  };
}

/** The hidden sheet of drop-down lists: one column per list, its items as text (`001` stays `001`). */
function listsGrid(lists: PendingLists): GridSheet {
  const rows = lists.reduce((n, l) => Math.max(n, l.length), 0);
  const values = Array.from({ length: rows }, (_, r) => lists.map((l) => l[r] ?? null));
  const numberFormats = values.map((row) => row.map((v) => (v === null ? null : LISTS.numberFormat)));
  return { name: LISTS_SHEET, values, numberFormats, ...(LISTS.visibility === 'hidden' ? { hidden: true } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// The package

function workbookXml(entries: ReadonlyArray<SheetEntry>, active: number): string {
  const sheets = entries.map((e, i) => `<sheet name="${escapeAttr(e.name)}" sheetId="${i + 1}"${e.state ? ` state="${e.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  const names: string[] = [];
  entries.forEach((e, i) => {
    const q = quotedSheet(e.name);
    if (e.filter) names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${textContent(`${q}!${e.filter}`)}</definedName>`);
    if (e.printArea) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${textContent(`${q}!${e.printArea}`)}</definedName>`);
    if (e.printTitles) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${textContent(`${q}!${e.printTitles}`)}</definedName>`);
  });
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<workbookPr/><bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}

function contentTypesXml(n: number): string {
  const sheets = Array.from({ length: n }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

function workbookRelsXml(n: number): string {
  const sheets = Array.from({ length: n }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets}<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

const CORE_XML =
  `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  '<dc:creator>绩效自评助手</dc:creator></cp:coreProperties>';
const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>绩效自评助手</Application></Properties>`;

/**
 * Writes a workbook with one worksheet per entry, in order (and the hidden lists sheet last when a
 * drop-down list could not be inline). Each entry holds exactly one of `grid` (plain values) or
 * `layout` (a rendered sheet); anything else is a programming error.
 */
export async function writeXlsx(sheets: ReadonlyArray<SheetToWrite>, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  return writeXlsxSync(sheets, options);
}

/** writeXlsx without the promise (the work is synchronous: one pass, chunk by chunk). */
export function writeXlsxSync(sheets: ReadonlyArray<SheetToWrite>, options: WriteXlsxOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('writeXlsx: a workbook needs at least one sheet');
  for (const s of sheets) if ((s.grid === undefined) === (s.layout === undefined)) throw new Error('writeXlsx: each sheet needs exactly one of grid or layout');
  // everything that can refuse the workbook before the first byte goes out (options.sink writes as it goes)
  checkBounds(sheets);
  const z = { level: options.level ?? 6, ...(options.deflate ? { deflate: options.deflate } : {}) };
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else if (options.sink) options.sink(data);
    else chunks.push(data);
  });
  const encoder = new TextEncoder();
  const whole = (name: string, text: string): void => {
    const p = new Part(zip, name, z, encoder);
    p.write(text);
    p.end();
  };
  // The package's skeleton first, as Excel writes it (a reader that streams the zip meets it before the parts).
  const listsSheet = sheets.some((s) => s.layout?.validations?.some((v) => v.place === 'sheet'));
  const sheetCount = sheets.length + (listsSheet ? 1 : 0);
  checkSheetNames([...sheets.map((s) => (s.grid ?? s.layout!).name), ...(listsSheet ? [LISTS_SHEET] : [])]);
  whole('[Content_Types].xml', contentTypesXml(sheetCount));
  whole('_rels/.rels', ROOT_RELS);
  whole('docProps/core.xml', CORE_XML);
  whole('docProps/app.xml', APP_XML);
  whole('xl/_rels/workbook.xml.rels', workbookRelsXml(sheetCount));
  const styles = new StyleRegistry();
  const sst = new SharedStrings();
  const lists: PendingLists = [];
  const priority = { next: 1 };
  const entries: SheetEntry[] = [];
  const hidden = (s: SheetToWrite): boolean => !!s.grid?.hidden;
  // the first visible sheet is the active tab; a workbook with none visible Excel repairs, so then the first is shown
  const firstVisible = sheets.findIndex((s) => !hidden(s));
  const active = Math.max(0, firstVisible);
  sheets.forEach((s, i) => {
    const part = new Part(zip, `xl/worksheets/sheet${i + 1}.xml`, z, encoder);
    const grid = s.grid && firstVisible < 0 && i === active ? { ...s.grid, hidden: false } : s.grid;
    entries.push(grid ? writeGridSheet(part, grid, i === active, styles, sst, s.columnWidths, s.print) : writeLayoutSheet(part, s.layout!, i === active, styles, sst, lists, priority));
    part.end();
  });
  if (lists.length) {
    const part = new Part(zip, `xl/worksheets/sheet${entries.length + 1}.xml`, z, encoder);
    entries.push(writeGridSheet(part, listsGrid(lists), false, styles, sst));
    part.end();
  }
  const ss = new Part(zip, 'xl/sharedStrings.xml', z, encoder);
  sst.write(ss);
  ss.end();
  whole('xl/styles.xml', styles.xml());
  whole('xl/workbook.xml', workbookXml(entries, active));
  zip.end();
  if (failure) throw failure;
  if (options.sink) return new Uint8Array(0);
  return concatBytes(chunks);
}
