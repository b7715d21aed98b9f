/**
 * The annotated copy of a submitted workbook (标注副本): every finding's cell filled in its
 * severity's colour, with a note carrying the messages, and NOTHING else of the workbook changed.
 *
 * Why not ExcelJS: loading and saving through it drops or rewrites what it does not model
 * (conditional formats' extensions, threaded comments, form controls, sparklines, slicers,
 * custom XML, theme-based colours, shared-formula layout…). So the package's own XML is patched:
 * - styles: one solid fill per severity used is appended to `<fills>`, and for every cell format
 *   a marked cell uses, a copy of that `<xf>` with the new fill is appended to `<cellXfs>`;
 * - each marked sheet: only the `s` attribute of the marked `<c>` changes (an absent cell is
 *   inserted empty, with its row's or column's format), and a `<legacyDrawing>` is added when
 *   the sheet has none;
 * - notes: a comments part and its VML drawing (legacy notes, what Excel, WPS and LibreOffice all
 *   read), new or extended; a cell that already had a note keeps it, ours is appended below;
 * - the new parts are declared in the sheet's rels and in `[Content_Types].xml`.
 * Every other entry of the zip is copied as it was. The input bytes are never modified.
 *
 * A finding on a cell hidden under a merged range is shown on the range's top-left cell (the
 * only one Excel displays), so that its fill and note can be seen.
 */
import { pushAll } from '../../model/arrays';
import { firstAtLeast } from '../../model/algorithms/sorted';
import type { Finding, Severity } from '../../model/findings';
import { a1 } from '../../model/grid';
import { parseA1 } from '../../model/gridWhole';
import { cellMarks, MARK_FILLS, markNoteText, NOTE_AUTHORS, type CellMark } from '../../model/marks';
import type { Locale } from '../../model/messages';
import { visibleText } from '../../model/text/visible';
import type { LocalizedText } from './messages';
import { PackageError, REL, XlsxPackage, partDir, relsPartOf, resolveTarget } from './package';
import type { Inflater } from './zip';
import {
  applyEdits,
  attribute,
  attributes,
  escapeText,
  openForm,
  prefixFor,
  setAttribute,
  TagScanner,
  XmlError,
  type Edit,
} from './xml';

const SML_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_ATTR_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Largest part read as text: far above any real ledger's sheet, below what a string can hold. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

export interface AnnotateOptions {
  readonly locale?: Locale;
  readonly maxPartBytes?: number;
  /** How parts are inflated (Node passes native zlib; default: the browser's or fflate). */
  readonly inflater?: Inflater;
}

export interface AnnotateSummary {
  /** Cells filled (after moving hidden merged cells to their range's corner). */
  readonly cells: number;
  /** Findings with no cell in the file (no sheet, or a sheet the file does not have). */
  readonly skipped: number;
}

export type AnnotateResult =
  | ({ readonly ok: true; readonly bytes: Uint8Array } & AnnotateSummary)
  | { readonly ok: false; readonly reason: 'unreadable' | 'tooLarge' | 'unsupported'; readonly message: LocalizedText };

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function failure(reason: 'unreadable' | 'tooLarge' | 'unsupported'): AnnotateResult {
  const message: Record<typeof reason, LocalizedText> = {
    unreadable: {
      'zh-CN': '无法生成标注副本：文件的结构无法识别（可能已损坏）。',
      'en-US': 'The annotated copy cannot be made: the file’s structure cannot be read (it may be damaged).',
    },
    tooLarge: {
      'zh-CN': '无法生成标注副本：工作簿过大。',
      'en-US': 'The annotated copy cannot be made: the workbook is too large.',
    },
    unsupported: {
      'zh-CN': '无法生成标注副本：文件使用了不支持的编码（请在 Excel 中另存为 .xlsx 后再试）。',
      'en-US': 'The annotated copy cannot be made: the file uses an unsupported encoding (save it again as .xlsx in Excel).',
    },
  };
  return { ok: false, reason, message: message[reason] };
}

/**
 * Writes the annotated copy of `input` for `findings`. Returns new bytes; `input` is not modified.
 */
export async function annotateXlsx(input: Uint8Array, findings: ReadonlyArray<Finding>, options: AnnotateOptions = {}): Promise<AnnotateResult> {
  const marks = cellMarks(findings, options.locale ?? 'zh-CN');
  try {
    return await annotate(input, marks, findings.length, { ...options, locale: options.locale ?? 'zh-CN' });
  } catch (e) {
    if (e instanceof PackageError) return failure(e.reason);
    if (e instanceof XmlError) return failure('unreadable');
    throw e;
  }
}

interface SheetRef {
  readonly name: string;
  readonly part: string;
}

async function annotate(input: Uint8Array, marks: ReadonlyArray<CellMark>, findingCount: number, options: AnnotateOptions & { locale: Locale }): Promise<AnnotateResult> {
  // a copy: JSZip keeps views on the buffer it is given, and the caller's bytes stay theirs
  const pkg = await XlsxPackage.open(input.slice(), { maxPartBytes: options.maxPartBytes ?? MAX_PART_BYTES, inflater: options.inflater });
  const workbookPart = (await pkg.relationships(null)).find((r) => r.type.endsWith(REL.officeDocument) && !r.external)?.target;
  if (!workbookPart) throw new PackageError('unreadable', 'no workbook part');
  const workbookXml = await pkg.read(workbookPart);
  if (workbookXml === undefined) throw new PackageError('unreadable', 'workbook part missing');
  const wbRels = await pkg.relationships(workbookPart);
  const sheets = sheetRefs(workbookXml, wbRels);
  const byName = new Map<string, SheetRef>();
  for (const s of sheets) byName.set(s.name, s);
  for (const s of sheets) if (!byName.has(s.name.toLowerCase())) byName.set(s.name.toLowerCase(), s);

  const perSheet = new Map<SheetRef, CellMark[]>();
  let skippedFindings = 0;
  const markedFindings = new Map<string, number>();
  for (const m of marks) {
    const ref = byName.get(m.sheet) ?? byName.get(m.sheet.toLowerCase());
    if (!ref) continue;
    const list = perSheet.get(ref) ?? [];
    list.push(m);
    perSheet.set(ref, list);
    markedFindings.set(m.sheet, (markedFindings.get(m.sheet) ?? 0) + 1);
  }
  skippedFindings = countSkipped(marks, byName, findingCount);

  const stylesPart = wbRels.find((r) => r.type.endsWith(REL.styles) && !r.external)?.target;
  const styles = new StylePatch(stylesPart ? await pkg.read(stylesPart) : undefined);
  const vmlBlocks = await usedVmlBlocks(pkg);
  let cells = 0;
  for (const [ref, list] of perSheet) {
    const xml = await pkg.read(ref.part);
    if (xml === undefined) continue;
    cells += await annotateSheet(pkg, ref, xml, list, styles, vmlBlocks, options.locale);
  }
  if (cells > 0) {
    if (stylesPart) pkg.write(stylesPart, styles.result());
    else {
      const part = `${partDir(workbookPart) ? partDir(workbookPart) + '/' : ''}styles.xml`;
      pkg.write(part, styles.result());
      await pkg.addRelationship(workbookPart, REL.styles, part);
      await pkg.addContentType(part, CT_STYLES, false);
    }
  }
  await asPlainWorkbook(pkg, workbookPart);
  return { ok: true, bytes: await pkg.save(), cells, skipped: skippedFindings };
}

/** A plain workbook's content type: what a file named .xlsx must declare for Excel to open it. */
const CT_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
/** The workbook's content types of a workbook with macros (.xlsm), a template (.xltx) and both (.xltm). */
const CT_OTHER_WORKBOOKS = new Set([
  'application/vnd.ms-excel.sheet.macroenabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroenabled.main+xml',
]);

/**
 * The copy is an .xlsx (every face names it so): a workbook with macros or a template keeps its content type in a
 * file named .xlsx, which Excel refuses to open ("the file format or file extension is not valid"). It is declared a
 * plain workbook, and its VBA project (with the parts it refers to, e.g. its signature) is left out, as Excel's own
 * 另存为 .xlsx does. The submitted file keeps its macros: only the copy is made without them.
 */
async function asPlainWorkbook(pkg: XlsxPackage, workbookPart: string): Promise<void> {
  const retyped = await editTags(pkg, '[Content_Types].xml', 'Override', (a, tag) =>
    (a.get('PartName') ?? '').toLowerCase() === `/${workbookPart.toLowerCase()}` && CT_OTHER_WORKBOOKS.has((a.get('ContentType') ?? '').toLowerCase())
      ? setAttribute(tag, 'ContentType', CT_WORKBOOK)
      : undefined,
  );
  if (!retyped) return;
  await editTags(pkg, relsPartOf(workbookPart), 'Relationship', async (a) => {
    if (!(a.get('Type') ?? '').endsWith('/vbaProject') || a.get('TargetMode') === 'External') return undefined;
    const vba = resolveTarget(partDir(workbookPart), a.get('Target') ?? '');
    for (const x of await pkg.relationships(vba)) if (!x.external) pkg.remove(x.target);
    pkg.remove(relsPartOf(vba));
    pkg.remove(vba);
    return ''; // the relationship dropped
  });
}

/**
 * Rewrites the `local` elements of one part (their opening or empty tags): `edit` gives a tag's replacement ('' drops
 * it) or undefined to keep it. The part is written again only when something changed; whether it was.
 */
async function editTags(
  pkg: XlsxPackage,
  part: string,
  local: string,
  edit: (attrs: ReturnType<typeof attributes>, tag: string) => string | undefined | Promise<string | undefined>,
): Promise<boolean> {
  const xml = await pkg.read(part);
  if (xml === undefined) return false;
  const edits: Edit[] = [];
  const s = new TagScanner(xml);
  while (s.next()) {
    if (!s.localIs(local) || s.is('close')) continue;
    const insert = await edit(attributes(s.tag), s.tag);
    if (insert !== undefined) edits.push({ at: s.start, remove: s.end - s.start, insert });
  }
  if (edits.length) pkg.write(part, applyEdits(xml, edits));
  return edits.length > 0;
}

/** Findings whose cell is not in the workbook: no sheet, or a sheet it does not have. */
function countSkipped(marks: ReadonlyArray<CellMark>, byName: ReadonlyMap<string, SheetRef>, findingCount: number): number {
  let onCells = 0;
  for (const m of marks) if (byName.has(m.sheet) || byName.has(m.sheet.toLowerCase())) onCells += m.findings;
  return findingCount - onCells;
}

function sheetRefs(workbookXml: string, rels: ReadonlyArray<{ id: string; target: string; type: string }>): SheetRef[] {
  const byId = new Map(rels.filter((r) => r.type.endsWith(REL.worksheet)).map((r) => [r.id, r.target] as const));
  const out: SheetRef[] = [];
  const s = new TagScanner(workbookXml);
  while (s.next()) {
    if (!s.localIs('sheet') || s.is('close')) continue;
    const a = attributes(s.tag);
    let id: string | undefined;
    for (const [k, v] of a) if (/^[^:]+:id$/.test(k)) id = v;
    const part = id === undefined ? undefined : byId.get(id);
    const name = a.get('name');
    if (part && name !== undefined) out.push({ name, part });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// styles.xml

const DEFAULT_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${SML_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const STYLE_BLOCKS: ReadonlySet<string> = new Set(['fills', 'cellXfs']);
const SHEET_BLOCKS: ReadonlySet<string> = new Set(['cols', 'mergeCells']);
const COMMENT_BLOCKS: ReadonlySet<string> = new Set(['authors', 'commentList']);

/** Children of CT_Stylesheet in schema order (new elements go to their place). */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

interface Block {
  /** Offsets of the element's start tag, its content and its end (after the close tag). */
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
  readonly tag: string;
  readonly name: string;
  /** Each child element's [start, end) (direct children only). */
  readonly children: ReadonlyArray<readonly [number, number]>;
}

/** The direct child elements of the root, by local name, with their own direct children. */
function rootBlocks(xml: string, want: ReadonlySet<string>): { root: { start: number; end: number; tag: string; prefix: string; closeStart: number }; blocks: Map<string, Block>; order: Array<{ local: string; start: number }> } {
  const s = new TagScanner(xml);
  while (s.next() && s.is('close'));
  if (s.is('close') || !s.name) throw new XmlError('no root element');
  const root = { start: s.start, end: s.end, tag: s.tag, prefix: s.prefix, closeStart: -1 };
  const blocks = new Map<string, Block>();
  const order: Array<{ local: string; start: number }> = [];
  if (s.is('empty')) return { root: { ...root, closeStart: s.start }, blocks, order };
  while (s.next()) {
    if (s.is('close')) {
      root.closeStart = s.start;
      break;
    }
    const local = s.local;
    const start = s.start;
    const tag = s.tag;
    const name = s.name;
    order.push({ local, start });
    if (s.is('empty')) {
      if (!blocks.has(local)) blocks.set(local, { start, contentStart: s.end, contentEnd: s.end, end: s.end, tag, name, children: [] });
      continue;
    }
    const contentStart = s.end;
    const children: Array<readonly [number, number]> = [];
    let contentEnd = -1;
    if (!want.has(local)) {
      contentEnd = s.skipElement();
      if (!blocks.has(local)) blocks.set(local, { start, contentStart, contentEnd, end: s.end, tag, name, children });
      continue;
    }
    while (s.next()) {
      if (s.is('close')) {
        contentEnd = s.start;
        break;
      }
      const cs = s.start;
      if (s.is('empty')) children.push([cs, s.end]);
      else {
        s.skipElement();
        children.push([cs, s.end]);
      }
    }
    if (contentEnd < 0) throw new XmlError(`<${name}> is not closed`);
    if (!blocks.has(local)) blocks.set(local, { start, contentStart, contentEnd, end: s.end, tag, name, children });
  }
  if (root.closeStart < 0) throw new XmlError('root is not closed');
  return { root, blocks, order };
}

/** Collects the fills and cell formats the marks need, and writes them into styles.xml at the end. */
class StylePatch {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly xfTexts: string[] = [];
  private readonly fillCount: number;
  private readonly newFills: string[] = [];
  private readonly fillFor = new Map<Severity, number>();
  private readonly cloneFor = new Map<string, number>();
  private readonly newXfs: string[] = [];

  constructor(xml: string | undefined) {
    this.xml = xml ?? DEFAULT_STYLES;
    const { root, blocks } = rootBlocks(this.xml, STYLE_BLOCKS);
    this.prefix = root.prefix;
    const xfs = blocks.get('cellXfs');
    if (xfs) for (const [a, b] of xfs.children) this.xfTexts.push(this.xml.slice(a, b));
    this.fillCount = blocks.get('fills')?.children.length ?? 0;
  }

  /** Index of the cell format that is `base` with the severity's fill. */
  restyle(base: number, severity: Severity): number {
    const b = Number.isInteger(base) && base >= 0 && base < this.xfTexts.length ? base : 0;
    const key = `${b}:${severity}`;
    let idx = this.cloneFor.get(key);
    if (idx !== undefined) return idx;
    const source = this.xfTexts[b] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const end = source.indexOf('>') + 1;
    let open = source.slice(0, end);
    open = setAttribute(setAttribute(open, 'fillId', String(this.fill(severity))), 'applyFill', '1');
    idx = Math.max(1, this.xfTexts.length) + this.newXfs.length;
    this.newXfs.push(open + source.slice(end));
    this.cloneFor.set(key, idx);
    return idx;
  }

  private fill(severity: Severity): number {
    let id = this.fillFor.get(severity);
    if (id !== undefined) return id;
    // fills 0 and 1 are reserved by Excel (none, gray125): pad a short list before ours
    const p = this.prefix;
    if (this.fillCount + this.newFills.length === 0) this.newFills.push(`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
    if (this.fillCount + this.newFills.length === 1) this.newFills.push(`<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    const argb = 'FF' + MARK_FILLS[severity].replace('#', '').toUpperCase();
    id = this.fillCount + this.newFills.length;
    this.newFills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    this.fillFor.set(severity, id);
    return id;
  }

  result(): string {
    const { root, blocks, order } = rootBlocks(this.xml, STYLE_BLOCKS);
    const p = root.prefix;
    const edits: Edit[] = [];
    const place = (local: string): number => {
      // before the first existing child that comes after `local` in schema order
      const rank = STYLESHEET_ORDER.indexOf(local);
      const after = order.find((o) => STYLESHEET_ORDER.indexOf(o.local) > rank || STYLESHEET_ORDER.indexOf(o.local) < 0);
      return after ? after.start : root.closeStart;
    };
    const appendTo = (local: string, items: string[], seed: string[]): void => {
      if (items.length === 0) return;
      const block = blocks.get(local);
      if (!block) {
        const all = [...seed, ...items];
        edits.push({ at: place(local), remove: 0, insert: `<${p}${local} count="${all.length}">${all.join('')}</${p}${local}>` });
        return;
      }
      const count = block.children.length + items.length;
      if (block.contentStart === block.end) {
        // <fills/>: an empty element becomes a full one
        edits.push({ at: block.start, remove: block.end - block.start, insert: `${setAttribute(openForm(block.tag), 'count', String(count))}${items.join('')}</${block.name}>` });
        return;
      }
      edits.push({ at: block.start, remove: block.tag.length, insert: setAttribute(block.tag, 'count', String(count)) });
      edits.push({ at: block.contentEnd, remove: 0, insert: items.join('') });
    };
    appendTo('fills', this.newFills, []);
    // a stylesheet without cellXfs gets the default format 0 before ours
    appendTo('cellXfs', this.newXfs, this.xfTexts.length ? [] : [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`]);
    return applyEdits(this.xml, edits);
  }
}

// ---------------------------------------------------------------------------------------------
// a worksheet

interface Cell {
  severity: Severity;
  messages: string[];
  findings: number;
}

/** An A1 reference within the sheet's limits (1,048,576 × 16,384), or undefined. */
function cellRef(ref: string | undefined): { row: number; col: number } | undefined {
  if (!ref || !/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(ref)) return undefined;
  const p = parseA1(ref);
  return p.row >= 0 && p.row < 1_048_576 && p.col >= 0 && p.col < 16_384 ? p : undefined;
}

/** 0-based column of an A1 reference (`AB12` → 27), or undefined. */
function refCol(ref: string | undefined): number | undefined {
  return cellRef(ref)?.col;
}

async function annotateSheet(
  pkg: XlsxPackage,
  ref: SheetRef,
  xml: string,
  marks: ReadonlyArray<CellMark>,
  styles: StylePatch,
  vmlBlocks: Set<number>,
  locale: Locale,
): Promise<number> {
  const { root, blocks, order } = rootBlocks(xml, SHEET_BLOCKS);
  const sheetData = blocks.get('sheetData');
  if (!sheetData) throw new XmlError('worksheet without sheetData');

  // merged ranges and column formats
  const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  const mc = blocks.get('mergeCells');
  if (mc) {
    for (const [a, b] of mc.children) {
      const r = attribute(xml.slice(a, b), 'ref');
      const [tl, br] = (r ?? '').split(':');
      const p = cellRef(tl);
      const q = cellRef(br ?? tl);
      if (p && q) merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
    }
  }
  const colStyles: Array<{ min: number; max: number; style: number }> = [];
  const cols = blocks.get('cols');
  if (cols) {
    for (const [a, b] of cols.children) {
      const at = attributes(xml.slice(a, b));
      const style = Number(at.get('style') ?? 0);
      if (style) colStyles.push({ min: Number(at.get('min')) - 1, max: Number(at.get('max')) - 1, style });
    }
  }
  const colStyle = (c: number): number => colStyles.find((x) => c >= x.min && c <= x.max)?.style ?? 0;

  // one entry per shown cell: a mark under a merge goes to the range's top-left cell
  const cells = anchorMarks(marks, merges);
  const byRow = new Map<number, Map<number, Cell>>();
  for (const [k, c] of cells) {
    const [r, col] = k.split(':').map(Number);
    let row = byRow.get(r);
    if (!row) byRow.set(r, (row = new Map()));
    row.set(col, c);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const p = prefixOf(sheetData.name);
  const edits: Edit[] = [];
  const newCell = (r: number, c: number, base: number, cell: Cell): string =>
    `<${p}c r="${a1(r, c)}" s="${styles.restyle(base, cell.severity)}"/>`;
  const newRow = (r: number): string => {
    const row = byRow.get(r)!;
    const cellsXml = [...row.keys()].sort((a, b) => a - b).map((c) => newCell(r, c, colStyle(c), row.get(c)!));
    return `<${p}row r="${r + 1}">${cellsXml.join('')}</${p}row>`;
  };

  let wi = 0;
  if (sheetData.contentStart === sheetData.end) {
    // <sheetData/>
    edits.push({ at: sheetData.start, remove: sheetData.end - sheetData.start, insert: `${openForm(sheetData.tag)}${rows.map(newRow).join('')}</${sheetData.name}>` });
    wi = rows.length;
  } else {
    const s = new TagScanner(xml, sheetData.contentStart, sheetData.contentEnd);
    let prevRow = -1;
    while (wi < rows.length && s.next()) {
      if (s.is('close') || !s.localIs('row')) {
        if (s.is('open')) s.skipElement();
        continue;
      }
      const rAttr = attribute(s.tag, 'r');
      const rowNum = rAttr !== undefined && /^\d+$/.test(rAttr) ? Number(rAttr) - 1 : prevRow + 1;
      prevRow = rowNum;
      const rowStart = s.start;
      while (wi < rows.length && rows[wi] < rowNum) edits.push({ at: rowStart, remove: 0, insert: newRow(rows[wi++]) });
      if (wi >= rows.length || rows[wi] !== rowNum) {
        if (s.is('open')) s.skipElement();
        continue;
      }
      const want = byRow.get(rowNum)!;
      const colsWanted = [...want.keys()].sort((a, b) => a - b);
      const ra = attributes(s.tag);
      const custom = ra.get('customFormat');
      const rowStyle = custom === '1' || custom === 'true' ? Number(ra.get('s') ?? 0) : undefined;
      const base = (c: number): number => rowStyle ?? colStyle(c);
      let ci = 0;
      if (s.is('empty')) {
        const inner = colsWanted.map((c) => newCell(rowNum, c, base(c), want.get(c)!)).join('');
        edits.push({ at: s.start, remove: s.end - s.start, insert: `${openForm(s.tag)}${inner}</${s.name}>` });
        wi++;
        continue;
      }
      const rowName = s.name;
      let prevCol = -1;
      let rowClose = -1;
      while (s.next()) {
        if (s.is('close') && s.name === rowName) {
          rowClose = s.start;
          break;
        }
        if (s.is('close') || !s.localIs('c')) {
          if (s.is('open')) s.skipElement();
          continue;
        }
        const colNum = refCol(attribute(s.tag, 'r')) ?? prevCol + 1;
        prevCol = colNum;
        while (ci < colsWanted.length && colsWanted[ci] < colNum) {
          const c = colsWanted[ci++];
          edits.push({ at: s.start, remove: 0, insert: newCell(rowNum, c, base(c), want.get(c)!) });
        }
        if (ci < colsWanted.length && colsWanted[ci] === colNum) {
          const cell = want.get(colNum)!;
          const own = Number(attribute(s.tag, 's') ?? 0);
          edits.push({ at: s.start, remove: s.tag.length, insert: setAttribute(s.tag, 's', String(styles.restyle(own, cell.severity))) });
          ci++;
        }
        if (s.is('open')) s.skipElement();
      }
      if (rowClose < 0) throw new XmlError('row is not closed');
      const rest = colsWanted.slice(ci).map((c) => newCell(rowNum, c, base(c), want.get(c)!)).join('');
      if (rest) edits.push({ at: rowClose, remove: 0, insert: rest });
      wi++;
    }
    if (wi < rows.length) edits.push({ at: sheetData.contentEnd, remove: 0, insert: rows.slice(wi).map(newRow).join('') });
  }

  // notes
  const noteCells = [...cells].map(([k, c]) => {
    const [row, col] = k.split(':').map(Number);
    return { row, col, cell: c };
  });
  const legacy = blocks.get('legacyDrawing');
  const relsOfSheet = await pkg.relationships(ref.part);
  const legacyId = legacy ? [...attributes(legacy.tag)].find(([k]) => /^[^:]+:id$/.test(k))?.[1] : undefined;
  let vmlPart = legacyId ? relsOfSheet.find((r) => r.id === legacyId && !r.external)?.target : undefined;
  if (vmlPart && !pkg.has(vmlPart)) vmlPart = undefined;
  let commentsPart = relsOfSheet.find((r) => r.type.endsWith(REL.comments) && !r.external)?.target;
  if (commentsPart && !pkg.has(commentsPart)) commentsPart = undefined;

  const existing = commentsPart ? await pkg.read(commentsPart) : undefined;
  const { xml: commentsXml, added } = patchComments(existing, noteCells, locale);
  const base = partDir(partDir(ref.part)) || partDir(ref.part);
  if (!commentsPart) {
    commentsPart = pkg.freeName((n) => `${base ? base + '/' : ''}comments${n}.xml`);
    await pkg.addRelationship(ref.part, REL.comments, commentsPart);
    await pkg.addContentType(commentsPart, CT_COMMENTS, false);
  }
  pkg.write(commentsPart, commentsXml);

  const vmlShapes = added.map((n) => ({ row: n.row, col: n.col, lines: noteLines(n.text) }));
  if (vmlPart) {
    const vml = await pkg.read(vmlPart);
    pkg.write(vmlPart, extendVml(vml ?? '', vmlShapes, vmlBlocks));
  } else {
    vmlPart = pkg.freeName((n) => `${base ? base + '/' : ''}drawings/vmlDrawing${n}.vml`);
    pkg.write(vmlPart, newVml(vmlShapes, vmlBlocks));
    const id = await pkg.addRelationship(ref.part, REL.vmlDrawing, vmlPart);
    await pkg.addContentType(vmlPart, CT_VML, true);
    const rp = prefixFor(root.tag, REL_ATTR_NS);
    const el = rp !== undefined && rp !== '' ? `<${root.prefix}legacyDrawing ${rp}id="${id}"/>` : `<${root.prefix}legacyDrawing xmlns:r="${REL_ATTR_NS}" r:id="${id}"/>`;
    if (legacy) throw new XmlError('legacyDrawing without its part');
    edits.push({ at: legacyDrawingPlace(order, root.closeStart), remove: 0, insert: el });
  }
  pkg.write(ref.part, applyEdits(xml, edits));
  return cells.size;
}

function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i + 1);
}

/** CT_Worksheet children that come after legacyDrawing (and AlternateContent, which wraps controls and objects). */
const AFTER_LEGACY = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent']);

function legacyDrawingPlace(order: ReadonlyArray<{ local: string; start: number }>, rootClose: number): number {
  return order.find((o) => AFTER_LEGACY.has(o.local))?.start ?? rootClose;
}

/** Marks keyed `row:col`, a mark under a merged range moved to the range's top-left cell. */
function anchorMarks(marks: ReadonlyArray<CellMark>, merges: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>): Map<string, Cell> {
  const marksByRow = new Map<number, CellMark[]>();
  for (const m of marks) {
    const list = marksByRow.get(m.row);
    if (list) list.push(m);
    else marksByRow.set(m.row, [m]);
  }
  const rowsMarked = [...marksByRow.keys()].sort((a, b) => a - b);
  const anchorOf = new Map<CellMark, { row: number; col: number }>();
  for (const g of merges) {
    // the marked rows inside [top, bottom], found by binary search: a huge range costs no more than a small one
    for (let i = firstAtLeast(rowsMarked, g.top); i < rowsMarked.length && rowsMarked[i] <= g.bottom; i++) {
      for (const m of marksByRow.get(rowsMarked[i])!) {
        if (m.col < g.left || m.col > g.right || (m.row === g.top && m.col === g.left)) continue;
        anchorOf.set(m, { row: g.top, col: g.left });
      }
    }
  }
  const out = new Map<string, Cell>();
  for (const m of marks) {
    const at = anchorOf.get(m) ?? { row: m.row, col: m.col };
    const k = `${at.row}:${at.col}`;
    const c = out.get(k);
    if (!c) out.set(k, { severity: m.severity, messages: [...m.messages], findings: m.findings });
    else {
      for (const t of m.messages) if (!c.messages.includes(t)) c.messages.push(t);
      if (SEVERITY_RANK[m.severity] < SEVERITY_RANK[c.severity]) c.severity = m.severity;
      c.findings += m.findings;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// comments part

interface NoteCell {
  readonly row: number;
  readonly col: number;
  readonly cell: Cell;
}

/** The comments part with our notes; `added` are the cells that got a new comment (they need a VML shape). */
function patchComments(
  existing: string | undefined,
  notes: ReadonlyArray<NoteCell>,
  locale: Locale,
): { xml: string; added: Array<{ row: number; col: number; text: string }> } {
  const sorted = [...notes].sort((a, b) => a.row - b.row || a.col - b.col);
  const ours = (n: NoteCell): string => visibleNote(markNoteText(n.cell.messages, null, locale));
  const author = NOTE_AUTHORS[locale];
  if (existing === undefined) {
    const body = sorted.map((n) => commentXml('', n, 0, ours(n))).join('');
    return {
      xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${SML_NS}"><authors><author>${escapeText(author)}</author></authors><commentList>${body}</commentList></comments>`,
      added: sorted.map((n) => ({ row: n.row, col: n.col, text: ours(n) })),
    };
  }
  const { root, blocks, order } = rootBlocks(existing, COMMENT_BLOCKS);
  const p = root.prefix;
  const edits: Edit[] = [];
  // authors: ours is reused when present, else appended
  const authors = blocks.get('authors');
  let authorId = -1;
  const authorNames = (authors?.children ?? []).map(([a, b]) => innerText(existing.slice(a, b)));
  authorId = authorNames.indexOf(author);
  if (authorId < 0) {
    authorId = authorNames.length;
    const el = `<${p}author>${escapeText(author)}</${p}author>`;
    if (!authors) edits.push({ at: order[0]?.start ?? root.closeStart, remove: 0, insert: `<${p}authors>${el}</${p}authors>` });
    else if (authors.contentStart === authors.end) edits.push({ at: authors.start, remove: authors.end - authors.start, insert: `${openForm(authors.tag)}${el}</${authors.name}>` });
    else edits.push({ at: authors.contentEnd, remove: 0, insert: el });
  }
  const list = blocks.get('commentList');
  const present: Array<{ row: number; col: number; start: number; end: number }> = [];
  for (const [a, b] of list?.children ?? []) {
    const at = cellRef(attribute(existing.slice(a, b), 'ref'));
    if (at) present.push({ row: at.row, col: at.col, start: a, end: b });
  }
  const presentAt = new Map(present.map((c) => [`${c.row}:${c.col}`, c] as const));
  const added: Array<{ row: number; col: number; text: string }> = [];
  const inserts: Array<{ at: number; xml: string }> = [];
  let pi = 0;
  const byPos = [...present].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const n of sorted) {
    const had = presentAt.get(`${n.row}:${n.col}`);
    if (had) {
      pushAll(edits, appendToComment(existing, had.start, had.end, p, `\n\n${ours(n)}`));
      continue;
    }
    while (pi < byPos.length && (byPos[pi].row < n.row || (byPos[pi].row === n.row && byPos[pi].col < n.col))) pi++;
    const at = pi < byPos.length ? byPos[pi].start : list && list.contentStart !== list.end ? list.contentEnd : -1;
    inserts.push({ at, xml: commentXml(p, n, authorId, ours(n)) });
    added.push({ row: n.row, col: n.col, text: ours(n) });
  }
  const homeless = inserts.filter((i) => i.at < 0).map((i) => i.xml).join('');
  for (const i of inserts) if (i.at >= 0) edits.push({ at: i.at, remove: 0, insert: i.xml });
  if (homeless) {
    if (!list) edits.push({ at: blocks.get('extLst')?.start ?? root.closeStart, remove: 0, insert: `<${p}commentList>${homeless}</${p}commentList>` });
    else edits.push({ at: list.start, remove: list.end - list.start, insert: `${openForm(list.tag)}${homeless}</${list.name}>` });
  }
  return { xml: applyEdits(existing, edits), added };
}

function commentXml(p: string, n: NoteCell, authorId: number, text: string): string {
  return `<${p}comment ref="${a1(n.row, n.col)}" authorId="${authorId}"><${p}text><${p}r>${noteRunProps(p)}<${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r></${p}text></${p}comment>`;
}

/** Notes in 9-point 宋体, as Chinese Excel writes a new note. */
function noteRunProps(p: string): string {
  return `<${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr>`;
}

/** Note text: control characters made visible (XML cannot hold most of them). */
function visibleNote(s: string): string {
  return s
    .split('\n')
    .map((line) => visibleText(line))
    .join('\n');
}

/** The text of a simple element (`<author>x</author>` → `x`). */
function innerText(el: string): string {
  const a = el.indexOf('>');
  const b = el.lastIndexOf('<');
  return b > a ? el.slice(a + 1, b).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&') : '';
}

/**
 * Edits that append a run with `text` to an existing comment's `<text>`: after its last run (a
 * plain `<t>` is first wrapped in a run, as rich text requires), before any phonetic parts.
 */
function appendToComment(xml: string, start: number, end: number, p: string, text: string): Edit[] {
  const s = new TagScanner(xml, start, end);
  const run = `<${p}r>${noteRunProps(p)}<${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;
  while (s.next()) {
    if (!s.localIs('text')) continue;
    if (s.is('empty')) return [{ at: s.start, remove: s.end - s.start, insert: `${openForm(s.tag)}${run}</${s.name}>` }];
    if (!s.is('open')) continue;
    const edits: Edit[] = [];
    let insertAt = s.end;
    const textName = s.name;
    while (s.next()) {
      if (s.is('close') && s.name === textName) break;
      if (s.is('close')) continue;
      const local = s.local;
      const cs = s.start;
      const ce = s.is('open') ? (s.skipElement(), s.end) : s.end;
      if (local === 'r') insertAt = ce;
      else if (local === 't') {
        // a plain string → a run holding it
        edits.push({ at: cs, remove: 0, insert: `<${p}r>` });
        edits.push({ at: ce, remove: 0, insert: `</${p}r>` });
        insertAt = ce;
      }
    }
    edits.push({ at: insertAt, remove: 0, insert: run });
    return edits;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// VML (the note boxes)

const VML_SHAPETYPE_ID = '_x0000_t202';

/** The id blocks (`<o:idmap data="1,2">`) every VML part of the package uses. */
async function usedVmlBlocks(pkg: XlsxPackage): Promise<Set<number>> {
  const used = new Set<number>();
  for (const name of pkg.partNames()) {
    if (!/\.vml$/i.test(name)) continue;
    const vml = await pkg.read(name);
    for (const m of (vml ?? '').matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g)) for (const n of m[1].split(',')) if (/^\d+$/.test(n.trim())) used.add(Number(n.trim()));
  }
  return used;
}

function takeBlocks(used: Set<number>, count: number): number[] {
  const out: number[] = [];
  for (let n = 1; out.length < count; n++) {
    if (used.has(n)) continue;
    used.add(n);
    out.push(n);
  }
  return out;
}

/** Lines of a note as shown in a box about 36 characters wide (CJK count 2). */
function noteLines(text: string): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
    lines += Math.max(1, Math.ceil(w / 36));
  }
  return lines;
}

function shapeXml(id: number, typeId: string, z: number, n: { row: number; col: number; lines: number }): string {
  const heightPt = Math.min(400, 14 + n.lines * 12);
  const rows = Math.max(4, Math.ceil(heightPt / 15));
  const anchor = `${n.col + 1}, 15, ${Math.max(0, n.row - 1)}, 10, ${n.col + 4}, 15, ${Math.max(0, n.row - 1) + rows}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#${typeId}" style="position:absolute;margin-left:60pt;margin-top:2pt;width:216pt;height:${heightPt}pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPETYPE =
  `<v:shapetype id="${VML_SHAPETYPE_ID}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function newVml(shapes: ReadonlyArray<{ row: number; col: number; lines: number }>, used: Set<number>): string {
  const blocks = takeBlocks(used, Math.max(1, Math.ceil((shapes.length + 1) / 1024)));
  const ids = shapeIds(blocks, shapes.length, 0);
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
    SHAPETYPE +
    shapes.map((s, i) => shapeXml(ids[i], VML_SHAPETYPE_ID, i + 1, s)).join('') +
    '</xml>'
  );
}

/** `count` shape ids in the given blocks (block n holds n·1024 + 1 … n·1024 + 1023), after `skip` taken ones. */
function shapeIds(blocks: ReadonlyArray<number>, count: number, skip: number): number[] {
  const out: number[] = [];
  let k = 0;
  for (const b of blocks) {
    for (let i = 1; i < 1024 && out.length < count; i++, k++) if (k >= skip) out.push(b * 1024 + i);
  }
  return out;
}

/** An existing VML part with shapes for the new notes (ids after the largest there, in its blocks or new ones). */
function extendVml(vml: string, shapes: ReadonlyArray<{ row: number; col: number; lines: number }>, used: Set<number>): string {
  if (shapes.length === 0) return vml;
  const close = vml.lastIndexOf('</xml>');
  if (close < 0) throw new XmlError('VML without </xml>');
  let typeId: string | undefined;
  for (const m of vml.matchAll(/<v:shapetype\b[^>]*>/g)) if (/o:spt="202"/.test(m[0])) typeId = /\bid="([^"]+)"/.exec(m[0])?.[1];
  let head = '';
  if (!typeId) {
    typeId = vml.includes(`id="${VML_SHAPETYPE_ID}"`) ? '_jx_t202' : VML_SHAPETYPE_ID;
    head = SHAPETYPE.replace(VML_SHAPETYPE_ID, typeId);
  }
  let maxId = 0;
  for (const m of vml.matchAll(/\bid="_x0000_s(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
  const idmap = /<o:idmap\b[^>]*\bdata="([^"]*)"[^>]*>/.exec(vml);
  const own = idmap ? idmap[1].split(',').map((x) => Number(x.trim())).filter((x) => Number.isInteger(x)) : [];
  // free ids in our own blocks after the largest taken, then new blocks
  const ids: number[] = [];
  for (const b of own) for (let i = Math.max(b * 1024 + 1, maxId + 1); i < b * 1024 + 1024 && ids.length < shapes.length; i++) ids.push(i);
  let out = vml;
  if (ids.length < shapes.length) {
    const extra = takeBlocks(used, Math.ceil((shapes.length - ids.length) / 1023));
    pushAll(ids, shapeIds(extra, shapes.length - ids.length, 0));
    if (idmap) {
      const tag = idmap[0].replace(/\bdata="[^"]*"/, `data="${[...own, ...extra].join(',')}"`);
      out = out.slice(0, idmap.index) + tag + out.slice(idmap.index + idmap[0].length);
    } else head = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${extra.join(',')}"/></o:shapelayout>` + head;
  }
  // Each new shape goes before the first note shape of a later cell, so that the shapes keep the
  // comments' row-major order (Excel pairs them by row and column; some readers by position).
  const notes: Array<{ row: number; col: number; start: number }> = [];
  for (const m of out.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    if (!/ObjectType="Note"/.test(m[0])) continue;
    const row = Number(/<x:Row>(\d+)<\/x:Row>/.exec(m[0])?.[1]);
    const col = Number(/<x:Column>(\d+)<\/x:Column>/.exec(m[0])?.[1]);
    if (Number.isInteger(row) && Number.isInteger(col)) notes.push({ row, col, start: m.index });
  }
  const end = out.lastIndexOf('</xml>');
  // a shape type of our own goes before every shape
  const firstShape = /<v:shape\b/.exec(out);
  const edits: Edit[] = [{ at: firstShape ? firstShape.index : end, remove: 0, insert: head }];
  notes.sort((x, y) => x.row - y.row || x.col - y.col);
  let ni = 0;
  shapes
    .map((sh, i) => ({ sh, id: ids[i], z: 1000 + i }))
    .sort((x, y) => x.sh.row - y.sh.row || x.sh.col - y.sh.col)
    .forEach(({ sh, id, z }) => {
      while (ni < notes.length && (notes[ni].row < sh.row || (notes[ni].row === sh.row && notes[ni].col <= sh.col))) ni++;
      edits.push({ at: ni < notes.length ? notes[ni].start : end, remove: 0, insert: shapeXml(id, typeId!, z, sh) });
    });
  return applyEdits(out, edits);
}
