/**
 * .xlsx bytes → the model's Grid, streaming, guarded. Works in Node and in the browser (and in
 * a Web Worker): bytes in, values out, no file system. Every way a file can fail to be a
 * readable workbook is a `{ ok: false, reason, message }`, never an exception (a cancellation
 * rejects with an AbortError).
 *
 * The package is guarded before any part is parsed: the total of the sizes its zip directory
 * declares is capped (`maxSize`); only the parts the grid needs are inflated (the workbook, its
 * relationships, the styles, the shared strings, the worksheets), each with an output limit
 * equal to its declared size, so a lying directory costs at most what it declared; defined
 * names, column definitions and everything else are never read. The sheet XML is scanned as it
 * inflates (sheet.ts) and the grid built directly, its memory and time charged to a Budget.
 * With `select`, the first rows of every sheet are read first and only the sheets chosen from
 * them are read whole (the checks need three sheets, not every sheet of a workbook).
 */
import { a1, type Grid, type GridSheet } from '../../model/grid';
import { readsFormat } from '../../model/read/formats';
import { damagedCellFindings } from '../../model/rules/sheetsWorkbook';
import { Aborted, Budget, MAX_STRUCTURE_PART, OverBudget, PAGE_LIMITS, type ReadLimits } from './budget';
import { sniff, toBytes } from './detect';
import { defaultInflater } from './inflate';
import { LateStrings, type StringsError, type StringsThread } from './lateStrings';
import { failureMessage, mbOver, overBudgetFailure, type FailureParams, type FailureVariant, type LocalizedText, type ReadFailureReason } from './messages';
import { parseRels, parseStyles, parseWorkbook, relsPathOf, type Relationship, type Styles } from './parts';
import { DateCache, OutOfRange, TooManyCells, type SheetRead } from './sheet';
import { BadCellType, SharedStringsReader, SheetReader } from './sheetScan';
import { utf8Sink } from './utf16';
import { XmlError } from './xmlScan';
import { entryCheck, entryData, storedChunks, type InflateEnd, type Inflater, type ZipEntry } from './zip';

export type { ReadFailureReason, LocalizedText } from './messages';
export type { ReadLimits } from './budget';

export type ReadXlsxResult =
  | { ok: true; grid: Grid; date1904: boolean }
  | { ok: false; reason: ReadFailureReason; message: LocalizedText; variant?: FailureVariant };

/** Chooses, from the first rows of every sheet, the sheets to read whole. */
export type SheetSelector = (heads: Grid) => ReadonlySet<string>;

export interface ReadXlsxOptions {
  /** Give up with `tooLarge` above this many non-empty cells (all sheets together). Default: no count limit. */
  readonly maxCells?: number;
  /** Budgets; unset ones take PAGE_LIMITS (the CLI passes its own). */
  readonly limits?: Partial<ReadLimits>;
  /** How deflated parts are inflated (Node passes native zlib). Default: DecompressionStream, else fflate. */
  readonly inflater?: Inflater;
  /** Read only the sheets this chooses from the sheets' first `headRows` rows; the others keep their first rows, marked `partial`. */
  readonly select?: SheetSelector;
  readonly headRows?: number;
  /** 0..1 as the data is read. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
  /**
   * Reads the shared strings on another thread while the sheets are read (lateStrings.ts; the CLI
   * passes a Node worker). Default, and with `maxCells`: read here, whole, before any sheet.
   */
  readonly strings?: StringsThread;
  /**
   * Keep the number formats of non-General cells (GridSheet.numberFormats). Default true. The
   * checks read only percent formats and formats with text before the number (a date is told by its
   * style while reading, and typed by its column in the model; a 年度指标值 of 0.9 in a `0%` cell is
   * 90%, 49 in a `"≥"0"家"` cell ≥49家: read/indicators.ts): `jx check` passes false, and the grid is
   * built with those formats alone.
   */
  readonly numberFormats?: boolean;
}

/** Rows of each sheet read to choose the sheets (the model finds a header within the first 10). */
export const DEFAULT_HEAD_ROWS = 10;

/**
 * With an explicit `maxCells`, sheet XML beyond this many bytes per allowed cell is refused from
 * the zip directory (a stored cell takes ~35 bytes of XML). Never below 1 MB.
 */
const XML_BYTES_PER_CELL = 50;
const MIN_XML_BUDGET = 1_000_000;

const MB = 1024 * 1024;
const mbOf = (n: number): number => Math.ceil(n / MB);

class Failure {
  readonly variant: FailureVariant;
  constructor(
    readonly reason: ReadFailureReason,
    variant?: FailureVariant,
    readonly params: FailureParams = {},
  ) {
    this.variant = variant ?? reason;
  }
}

function fail(reason: ReadFailureReason, variant: FailureVariant = reason, p: FailureParams = {}): ReadXlsxResult {
  return { ok: false, reason, message: failureMessage(variant, p), variant };
}

/** The zip entries by name (exact, then case-insensitive: Excel treats part names so). */
class Package {
  private readonly exact = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();
  constructor(
    readonly bytes: Uint8Array,
    entries: ReadonlyArray<ZipEntry>,
    private readonly inflater: Inflater,
    private readonly budget: Budget,
  ) {
    for (const e of entries) {
      this.exact.set(e.name, e);
      if (!this.folded.has(e.name.toLowerCase())) this.folded.set(e.name.toLowerCase(), e);
    }
  }

  get(name: string): ZipEntry | undefined {
    return this.exact.get(name) ?? this.folded.get(name.toLowerCase());
  }

  /** An entry's stored bytes, checked as `stream` checks them before inflating. */
  data(e: ZipEntry, cap: number): { data: Uint8Array; method: 0 | 8 } {
    if (e.size > cap) throw new Failure('tooLarge', 'partOverLimit', { part: e.name, limitMb: mbOf(cap) });
    const data = entryData(this.bytes, e);
    if (!data || e.encrypted) throw new Failure('corrupt');
    if (e.method !== 0 && e.method !== 8) throw new Failure('corrupt');
    return { data, method: e.method };
  }

  /** An entry that inflated past `limit`: over its declared size, or over the cap. */
  static overLimit(e: ZipEntry, cap: number): Failure {
    return e.size < cap
      ? new Failure('tooLarge', 'partOverDeclared', { part: e.name, kb: Math.ceil(e.size / 1024) })
      : new Failure('tooLarge', 'partOverLimit', { part: e.name, limitMb: mbOf(cap) });
  }

  get inflate(): Inflater {
    return this.inflater;
  }

  /** Streams an entry's uncompressed bytes into `sink`, at most `cap` bytes and never more than it declares. */
  async stream(e: ZipEntry, cap: number, sink: (chunk: Uint8Array) => boolean | void, counted: boolean): Promise<InflateEnd> {
    const { data, method } = this.data(e, cap);
    const limit = Math.min(e.size, cap);
    const budget = this.budget;
    const utf8 = utf8Sink(sink);
    const feed = (chunk: Uint8Array): boolean | void => {
      if (counted) budget.advance(chunk.length);
      else budget.check();
      return utf8(chunk);
    };
    const checked = entryCheck(feed, this.inflater, method, e);
    let end: InflateEnd;
    if (method === 0) end = storedChunks(data, limit, checked.sink);
    else {
      try {
        end = await this.inflater(data, limit, checked.sink, checked.own);
      } catch (x) {
        if (x instanceof Failure || x instanceof OverBudget || x instanceof Aborted || x instanceof XmlError || x instanceof OutOfRange || x instanceof TooManyCells) throw x;
        throw new Failure('corrupt');
      }
    }
    if (end === 'overLimit') throw Package.overLimit(e, cap);
    if (end === 'done' && !checked.matches()) throw new Failure('corrupt');
    return end;
  }

  /** A small part as text (structure parts: at most MAX_STRUCTURE_PART). */
  async text(e: ZipEntry): Promise<string> {
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    await this.stream(e, MAX_STRUCTURE_PART, (c) => void parts.push(decoder.decode(c, { stream: true })), false);
    parts.push(decoder.decode());
    return parts.join('');
  }
}

const TYPE = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  styles: /\/styles$/,
  sharedStrings: /\/sharedStrings$/,
};

function findRel(rels: ReadonlyArray<Relationship>, type: RegExp): Relationship | undefined {
  return rels.find((r) => type.test(r.type));
}

/** The workbook part: where the package relationships say, else the usual name; null when this is no workbook. */
async function workbookPart(pkg: Package): Promise<ZipEntry | null> {
  const root = pkg.get('_rels/.rels');
  if (root) {
    const rel = findRel(parseRels(await pkg.text(root), ''), TYPE.officeDocument);
    const e = rel && pkg.get(rel.target);
    // a Word document or a presentation names its own main part here: not a workbook
    if (e && /\.xml$/i.test(e.name) && !OTHER_OFFICE_PART.test(e.name)) return e;
  }
  return pkg.get('xl/workbook.xml') ?? null;
}

/** The main part of a Word document (.docx) or a presentation (.pptx). */
const OTHER_OFFICE_PART = /^(?:word\/document|ppt\/presentation)\.xml$/i;

function notAWorkbook(entries: ReadonlyArray<ZipEntry>): ReadXlsxResult {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return fail('notXlsx', 'docx');
  if (names.has('ppt/presentation.xml')) return fail('notXlsx', 'pptx');
  if (names.has('xl/workbook.bin')) return fail('notXlsx', 'xlsb');
  if (names.has('mimetype') && names.has('content.xml')) return fail('notXlsx', 'ods');
  return fail('notXlsx');
}

/** A string or array past what the engine allows (a RangeError): memory, not damage. */
function overMemory(memory: number, limits: ReadLimits): Failure {
  return new Failure('tooLarge', 'overMemory', mbOver(memory, limits.maxMemory));
}

/** The shared strings read on `thread` (null when it declines the part), each failure the in-thread read's. */
function lateStrings(pkg: Package, entry: ZipEntry, limits: ReadLimits, budget: Budget, thread: StringsThread): LateStrings | null {
  const cap = limits.maxSize;
  const { data, method } = pkg.data(entry, cap);
  const failure = (e: StringsError): unknown => {
    switch (e.kind) {
      case 'overLimit':
        return Package.overLimit(entry, cap);
      case 'overBudget':
        return new OverBudget(e.budget, e.used, e.limit, e.projected);
      case 'range':
        return overMemory(e.memory, limits);
      default:
        return new Failure('corrupt');
    }
  };
  const job = { data, method, crc: entry.crc, limit: Math.min(entry.size, cap), planned: entry.size, limits, start: budget.start, skip: 0 };
  const late = new LateStrings(job, budget, pkg.inflate, failure);
  return late.start(thread) ? late : null;
}

/** Not blank: a value other than null and whitespace-only text. */
function hasData(sheets: ReadonlyArray<GridSheet>): boolean {
  for (const s of sheets) for (const row of s.values) for (const v of row) if (v !== null && (typeof v !== 'string' || v.trim() !== '')) return true;
  return false;
}

/**
 * Reads a workbook into the model's Grid: every worksheet in tab order (hidden ones flagged),
 * values trimmed to the last non-empty row and column (origin A1; rows ragged, empty rows shared),
 * merges listed with the value in the top-left cell only, formula cells as their cached result,
 * dates as DateValue, number formats of non-General cells in `numberFormats`.
 * Fails (never throws) with: notZip, notXlsx (other zip / .xlsb / .ods / other CFB), encrypted,
 * oldXls, corrupt (truncated, unparsable, rows or columns beyond Excel's sheet), tooLarge (over a
 * budget, a part over its limit, over `maxCells`), empty (0 bytes, no sheets, or nothing but
 * blank and whitespace-only cells in every sheet).
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer, options: ReadXlsxOptions = {}): Promise<ReadXlsxResult> {
  const bytes = toBytes(data);
  const s = sniff(bytes);
  switch (s.kind) {
    case 'empty':
      return fail('empty', 'emptyFile');
    case 'encrypted':
      return fail('encrypted');
    case 'oldXls':
      return fail('oldXls');
    case 'cfbOther':
      return fail('notXlsx', 'otherOffice');
    case 'notZip':
      return fail('notZip');
    case 'zipBroken':
      return fail('corrupt', 'truncated');
  }
  const limits: ReadLimits = { ...PAGE_LIMITS, ...options.limits };
  const entries = s.entries;

  // Before anything is inflated: the declared total, and (with maxCells) the sheet data.
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > limits.maxSize) return fail('tooLarge', 'overSize', Number.isFinite(declared) ? mbOver(declared, limits.maxSize) : { limitMb: mbOver(0, limits.maxSize).limitMb });
  const maxCells = options.maxCells ?? Infinity;
  if (options.maxCells !== undefined) {
    let xmlBytes = 0;
    for (const e of entries) if (/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name)) xmlBytes += e.size;
    const limit = Math.max(maxCells * XML_BYTES_PER_CELL, MIN_XML_BUDGET);
    if (xmlBytes > limit) {
      const mb = (n: number): number => Math.ceil(n / 1_000_000);
      return fail('tooLarge', 'tooMuchData', { mb: Number.isFinite(xmlBytes) ? mb(xmlBytes) : undefined, limitMb: mb(limit) });
    }
  }

  const budget = new Budget(limits, options.onProgress, options.signal);
  const pkg = new Package(bytes, entries, options.inflater ?? defaultInflater(), budget);
  const cells = { n: 0, max: maxCells };
  let sheetName = '';
  let late: LateStrings | null = null;
  try {
    const wbEntry = await workbookPart(pkg);
    if (!wbEntry) return notAWorkbook(entries);
    const wb = parseWorkbook(await pkg.text(wbEntry));
    // No sheet list: an empty workbook (ExcelJS writes one so), unless the package holds worksheets the list lost.
    if (!wb.sheets && entries.some((e) => /^xl\/worksheets\/[^/]+$/i.test(e.name))) throw new Failure('corrupt');
    const relsEntry = pkg.get(relsPathOf(wbEntry.name));
    const rels = relsEntry ? parseRels(await pkg.text(relsEntry), wbEntry.name) : [];
    const relById = new Map(rels.map((r) => [r.id, r]));

    const stylesRel = findRel(rels, TYPE.styles);
    const stylesEntry = stylesRel && pkg.get(stylesRel.target);
    const parsed: Styles = stylesEntry ? parseStyles(await pkg.text(stylesEntry)) : { format: [], isDate: [] };
    // without formats: every style General but those the checks read (read/formats.ts readsFormat: a percent, text
    // around the number but a money unit alone after it), in an array of the same length, so that the sheet scan's
    // look-up of a cell's format stays within it.
    const kept = (f: string | null): boolean => f !== null && readsFormat(f);
    const styles: Styles = options.numberFormats === false ? { format: parsed.format.map((f) => (kept(f) ? f : null)), isDate: parsed.isDate } : parsed;

    // The worksheets, in tab order (chart sheets and dialog sheets hold no cells).
    const parts: Array<{ name: string; hidden: boolean; entry: ZipEntry }> = [];
    for (const ref of wb.sheets ?? []) {
      const rel = relById.get(ref.rid);
      if (!rel || !TYPE.worksheet.test(rel.type)) continue;
      const entry = pkg.get(rel.target);
      if (!entry) throw new Failure('corrupt');
      parts.push({ name: ref.name, hidden: ref.hidden, entry });
    }

    const sstRel = findRel(rels, TYPE.sharedStrings);
    const sstEntry = sstRel && pkg.get(sstRel.target);
    // Progress: the shared strings and every sheet, until the sheets to read are chosen.
    const sstSize = sstEntry?.size ?? 0;
    let expected = sstSize;
    for (const p of parts) expected += p.entry.size;
    budget.expect(expected);
    let strings: ReadonlyArray<string> = [];
    if (sstEntry) {
      budget.plan(sstEntry.size);
      // On another thread when there is one (and no cell count to keep: a cell waiting for its
      // string would count before it is known to be a cell), else here, whole, before any sheet.
      if (options.strings && maxCells === Infinity) late = lateStrings(pkg, sstEntry, limits, budget, options.strings);
      if (late) strings = late.strings;
      else {
        const reader = new SharedStringsReader(budget);
        await pkg.stream(sstEntry, limits.maxSize, (c) => void reader.push(c), true);
        strings = reader.finish();
      }
    }

    const dates = new DateCache(wb.date1904);
    type Part = (typeof parts)[number];
    /** What the reads made so far charged to the budget, the strings that arrived meanwhile left out. */
    const charged = (): { bytes: number; memory: number } => ({ bytes: budget.bytesRead - (late?.bytes ?? 0), memory: budget.memoryUsed - (late?.memory ?? 0) });
    /** Takes back what was charged since `from` (a read made again or not wanted). */
    const uncharge = (from: { bytes: number; memory: number }): void => {
      const now = charged();
      budget.release(now.bytes - from.bytes, now.memory - from.memory);
    };
    interface Scanned {
      readonly read: SheetRead;
      readonly reader: SheetReader;
      readonly before: { bytes: number; memory: number; cells: number };
    }
    /** Reads a sheet; its cells may still wait for their shared strings (`settle`). */
    const scanSheet = async (p: Part, maxRows?: number): Promise<Scanned> => {
      sheetName = p.name;
      const before = { ...charged(), cells: cells.n };
      const reader = new SheetReader(p.name, p.hidden, { styles, strings, late: late ?? undefined, dates, budget, cells, maxRows });
      try {
        await pkg.stream(p.entry, limits.maxSize, (c) => reader.push(c), maxRows === undefined);
        return { read: reader.finish(), reader, before };
      } catch (e) {
        // damage in the sheet's XML, named as Excel would find it: the part (and the cell)
        if (e instanceof BadCellType) throw new Failure('corrupt', 'badCellType', { sheet: p.name, part: p.entry.name, cell: a1(e.row, e.col), type: e.type });
        if (e instanceof XmlError) throw new Failure('corrupt', 'damagedPart', { sheet: p.name, part: p.entry.name });
        throw e;
      }
    };
    /** Whether every string the sheet's cells wait for has arrived. */
    const ready = (s: Scanned): boolean => late === null || s.reader.awaited < late.strings.length;
    /** The sheet with its cells' shared strings, once they have arrived. */
    const settle = async (p: Part, s: Scanned, maxRows?: number): Promise<SheetRead> => {
      if (!late || s.reader.awaited < 0) return s.read;
      await late.until(s.reader.awaited);
      if (s.reader.resolveLate(late.strings)) return s.read;
      // A cell names a string past the end of the table (empty, as without the thread): the sheet
      // is read again with the whole table, what this read charged taken back.
      await late.whole();
      uncharge(s.before);
      cells.n = s.before.cells;
      return readSheet(p, maxRows);
    };
    const readSheet = async (p: Part, maxRows?: number): Promise<SheetRead> => settle(p, await scanSheet(p, maxRows), maxRows);
    interface Charge {
      bytes: number;
      memory: number;
    }
    /**
     * Reads sheets whole: each is scanned before any waits for its strings (a sheet's may come late
     * in the table). With what each charged to the budget.
     */
    const readSheets = async (ps: ReadonlyArray<Part>): Promise<Array<{ read: SheetRead; cost: Charge }>> => {
      const scanned: Scanned[] = [];
      const costs: Charge[] = [];
      const add = (cost: Charge, from: Charge): void => {
        const to = charged();
        cost.bytes += to.bytes - from.bytes;
        cost.memory += to.memory - from.memory;
      };
      for (const p of ps) {
        const from = charged();
        scanned.push(await scanSheet(p));
        costs.push({ bytes: 0, memory: 0 });
        add(costs[costs.length - 1], from);
      }
      const out: Array<{ read: SheetRead; cost: Charge }> = [];
      for (let i = 0; i < ps.length; i++) {
        const from = charged();
        out.push({ read: await settle(ps[i], scanned[i]), cost: costs[i] });
        add(costs[i], from);
      }
      return out;
    };

    /** The sheets' damaged cells, said (S021) once every shared string has arrived (the table's size is in the text). */
    const damaged = new Map<GridSheet, NonNullable<SheetRead['damaged']>>();
    const asRead = (r: SheetRead, partial = false): GridSheet => {
      const sheet = partial ? { ...r.sheet, partial } : r.sheet;
      if (r.damaged) damaged.set(sheet, r.damaged);
      return sheet;
    };
    let sheets: GridSheet[];
    if (options.select) {
      const headRows = options.headRows ?? DEFAULT_HEAD_ROWS;
      const scanned: Scanned[] = [];
      for (const p of parts) scanned.push(await scanSheet(p, headRows));
      // While a head waits for strings further on in the table (a writer may put a sheet's strings
      // after the ledger's), the sheets chosen from the heads there are (a waiting head counts as
      // an empty sheet) are read whole meanwhile; one the full choice does not take is dropped,
      // its charges taken back, and one that failed is read again if chosen.
      const early = new Map<number, { read: SheetRead; cost: Charge }>();
      if (late && !scanned.every(ready)) {
        const guess = options.select({ sheets: scanned.map((s, i) => (ready(s) && s.reader.resolveLate(late!.strings) ? s.read.sheet : { name: parts[i].name, values: [] })) });
        const ahead = parts.flatMap((p, i) => (scanned[i].read.truncated && guess.has(p.name) ? [i] : []));
        let size = 0;
        for (const i of ahead) size += parts[i].entry.size;
        const from = charged();
        budget.plan(size);
        try {
          const reads = await readSheets(ahead.map((i) => parts[i]));
          ahead.forEach((i, k) => early.set(i, reads[k]));
        } catch (e) {
          if (e instanceof Aborted) throw e;
          budget.plan(-size);
          uncharge(from);
          early.clear();
        }
      }
      const heads: SheetRead[] = [];
      for (let i = 0; i < parts.length; i++) heads.push(await settle(parts[i], scanned[i], headRows));
      // The head read counted its cells; the full read counts them again from zero.
      cells.n = 0;
      const chosen = options.select({ sheets: heads.map((h) => h.sheet) });
      expected = sstSize;
      for (let i = 0; i < parts.length; i++)
        if (heads[i].truncated && chosen.has(parts[i].name)) {
          if (!early.has(i)) budget.plan(parts[i].entry.size);
          expected += parts[i].entry.size;
        }
      for (const [i, { cost }] of early)
        if (!chosen.has(parts[i].name)) {
          budget.plan(-parts[i].entry.size);
          budget.release(cost.bytes, cost.memory);
          // not kept either: its grid is freed before the chosen sheets are read
          early.delete(i);
        }
      budget.expect(expected);
      const whole = parts.flatMap((p, i) => (heads[i].truncated && chosen.has(p.name) && !early.has(i) ? [i] : []));
      const reads = await readSheets(whole.map((i) => parts[i]));
      whole.forEach((i, k) => early.set(i, reads[k]));
      sheets = [];
      for (let i = 0; i < parts.length; i++) {
        const h = heads[i];
        if (!h.truncated) sheets.push(asRead(h));
        else if (chosen.has(parts[i].name)) sheets.push(asRead(early.get(i)!.read));
        else sheets.push(asRead(h, true));
      }
      // A workbook whose only data lies below the first rows of sheets not chosen is not empty.
      if (!hasData(sheets) && heads.some((h) => h.truncated)) {
        const rest = parts.flatMap((_, i) => (sheets[i].partial ? [i] : []));
        (await readSheets(rest.map((i) => parts[i]))).forEach((r, k) => (sheets[rest[k]] = asRead(r.read)));
      }
    } else {
      for (const p of parts) budget.plan(p.entry.size);
      sheets = (await readSheets(parts)).map((r) => asRead(r.read));
    }
    if (late) {
      // Every string charged. Strings that arrived after the sheets' last check are checked now; the
      // in-thread read checks its strings before the sheets' first chunk and never after the last
      // one, so a check here with nothing new would refuse what one thread accepts.
      await late.whole();
      if (budget.absorbedSinceCheck) budget.check();
    }
    if (!hasData(sheets)) return fail('empty');
    if (damaged.size)
      sheets = sheets.map((sheet) => {
        const d = damaged.get(sheet);
        const readFindings = d ? damagedCellFindings(sheet, d.cells, d.count, strings.length) : [];
        return readFindings.length ? { ...sheet, readFindings } : sheet;
      });
    return { ok: true, grid: { sheets }, date1904: wb.date1904 };
  } catch (caught) {
    let e = caught;
    if (late) {
      // The strings were read first before: their failure comes first.
      if (!(e instanceof Aborted)) e = (await late.failed()) ?? e;
      late.cancel();
    }
    if (e instanceof Aborted) throw e;
    if (e instanceof RangeError) e = overMemory(budget.memoryUsed, limits);
    if (e instanceof Failure) return fail(e.reason, e.variant, e.params);
    if (e instanceof OverBudget) {
      const o = overBudgetFailure(e);
      return fail('tooLarge', o.variant, o.params);
    }
    if (e instanceof OutOfRange) return fail('corrupt', 'outOfRange', { sheet: sheetName, what: e.what, value: e.value });
    if (e instanceof TooManyCells) return fail('tooLarge', 'tooLarge', { limit: maxCells });
    return fail('corrupt');
  }
}
