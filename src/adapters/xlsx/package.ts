/**
 * An .xlsx package (OPC zip) opened for patching: parts read as text on demand, changed or new
 * parts written back, every other entry copied as it was (JSZip reuses an unchanged entry's
 * compressed bytes). Part names are case-insensitive, as OPC says. Node and browser.
 *
 * Reading goes through the reader's guarded zip code (zip.ts): an entry is inflated only when
 * needed and never past its declared size (nor the part limit), so a lying directory costs at
 * most that — JSZip would inflate whatever the data holds. JSZip only writes the copy.
 */
import { concatBytes } from './bytes';
import JSZip from 'jszip';
import { defaultInflater } from './inflate';
import { entryData, storedChunks, zipEntries, type Inflater, type ZipEntry } from './zip';
import { utf16Bytes, utf16Form } from './utf16';
import { attributes, escapeAttr, TagScanner } from './xml';

export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** Relationship type suffixes (transitional `…/officeDocument/2006/relationships/x` and strict `…/officeDocument/relationships/x`). */
export const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  styles: '/styles',
  comments: '/comments',
  vmlDrawing: '/vmlDrawing',
} as const;
const TRANSITIONAL_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class PackageError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'tooLarge' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved part name without leading slash, or the raw target for external ones. */
  readonly target: string;
  readonly external: boolean;
}

/** The byte-order mark, as text. */
const UTF8_BOM = '\ufeff';

/** The directory of a part name (`xl/worksheets/sheet1.xml` → `xl/worksheets`). */
export function partDir(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** The rels part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package → `_rels/.rels`). */
export function relsPartOf(part: string): string {
  const dir = partDir(part);
  const name = part.slice(dir ? dir.length + 1 : 0);
  return `${dir ? dir + '/' : ''}_rels/${name}.rels`;
}

/** A relationship target resolved against the source part's directory. */
export function resolveTarget(sourceDir: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : (sourceDir ? sourceDir + '/' : '') + target;
  const out: string[] = [];
  for (const seg of raw.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** The target to write in `fromPart`'s rels for `toPart` (`../comments1.xml`). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = partDir(fromPart).split('/').filter(Boolean);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...Array<string>(from.length - i).fill('..'), ...to.slice(i)].join('/');
}

export interface PackageOptions {
  /** Largest part, uncompressed, that is read as text. */
  readonly maxPartBytes: number;
  /** Default: the browser's DecompressionStream, else fflate (Node passes native zlib). */
  readonly inflater?: Inflater;
}

export class XlsxPackage {
  /** Lower-case part name → the entry's own name. */
  private readonly names = new Map<string, string>();
  private readonly changed = new Map<string, string>();
  private readonly boms = new Set<string>();
  /** Parts written in UTF-16, by form: a changed one is written back so, with its byte-order mark. */
  private readonly utf16 = new Map<string, 'utf-16le' | 'utf-16be'>();

  private readonly entries = new Map<string, ZipEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly zip: JSZip,
    entries: ReadonlyArray<ZipEntry>,
    private readonly options: PackageOptions,
  ) {
    for (const e of entries) this.entries.set(e.name.toLowerCase(), e);
    for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) this.names.set(name.toLowerCase(), name);
  }

  static async open(bytes: Uint8Array, options: PackageOptions): Promise<XlsxPackage> {
    const entries = zipEntries(bytes);
    if (!entries) throw new PackageError('unreadable', 'no zip directory');
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (e) {
      throw new PackageError('unreadable', `not a readable zip: ${(e as Error).message}`);
    }
    return new XlsxPackage(bytes, zip, entries, options);
  }

  /** Every part name, as stored. */
  partNames(): string[] {
    return [...this.names.values()];
  }

  has(part: string): boolean {
    return this.names.has(part.toLowerCase()) || this.changed.has(part.toLowerCase());
  }

  /** The part's text (UTF-8), or undefined when there is no such part. */
  async read(part: string): Promise<string | undefined> {
    const key = part.toLowerCase();
    const pending = this.changed.get(key);
    if (pending !== undefined) return pending;
    const name = this.names.get(key);
    if (name === undefined) return undefined;
    const bytes = await this.inflate(key, name);
    // A part in UTF-16 (Excel opens one) is read as text and, if changed, written back in its form.
    const form = utf16Form(bytes);
    let text: string;
    try {
      text = new TextDecoder(form ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new PackageError('unsupported', `${name} is not valid ${form ?? 'UTF-8'}`);
    }
    if (form) {
      this.utf16.set(key, form);
      if (text.startsWith(UTF8_BOM)) text = text.slice(1);
      return text;
    }
    if (text.startsWith(UTF8_BOM)) {
      this.boms.add(key);
      text = text.slice(1);
    }
    return text;
  }

  /** An entry's bytes, inflated never past its declared size nor the part limit. */
  private async inflate(key: string, name: string): Promise<Uint8Array> {
    const e = this.entries.get(key);
    if (!e || e.encrypted || (e.method !== 0 && e.method !== 8)) throw new PackageError('unreadable', `${name}: unreadable entry`);
    if (e.size > this.options.maxPartBytes) throw new PackageError('tooLarge', `${name}: ${e.size} bytes`);
    const data = entryData(this.bytes, e);
    if (!data) throw new PackageError('unreadable', `${name}: data outside the file`);
    const chunks: Uint8Array[] = [];
    const sink = (c: Uint8Array): void => void chunks.push(c.slice());
    let end;
    try {
      end = e.method === 0 ? storedChunks(data, e.size, sink) : await (this.options.inflater ?? defaultInflater())(data, e.size, sink);
    } catch {
      throw new PackageError('unreadable', `${name}: bad deflate data`);
    }
    if (end === 'overLimit') throw new PackageError('tooLarge', `${name}: more than its declared ${e.size} bytes`);
    return concatBytes(chunks);
  }

  /** Sets a part's new text (a changed part keeps its entry name and its byte-order mark). */
  write(part: string, text: string): void {
    const key = part.toLowerCase();
    if (!this.names.has(key)) this.names.set(key, part);
    this.changed.set(key, text);
  }

  /** Leaves a part out of the saved package (a part of the input: the input's bytes stay as they were). */
  remove(part: string): void {
    const key = part.toLowerCase();
    const name = this.names.get(key);
    if (name !== undefined) this.zip.remove(name);
    this.names.delete(key);
    this.changed.delete(key);
  }

  /** A part name like `xl/comments{n}.xml` that no entry has, with the smallest n ≥ 1. */
  freeName(make: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const name = make(n);
      if (!this.has(name)) return name;
    }
  }

  async relationships(sourcePart: string | null): Promise<Relationship[]> {
    const relsPart = sourcePart === null ? '_rels/.rels' : relsPartOf(sourcePart);
    const xml = await this.read(relsPart);
    if (xml === undefined) return [];
    const dir = sourcePart === null ? '' : partDir(sourcePart);
    const out: Relationship[] = [];
    const s = new TagScanner(xml);
    while (s.next()) {
      if (!s.localIs('Relationship') || s.is('close')) continue;
      const a = attributes(s.tag);
      const external = a.get('TargetMode') === 'External';
      const target = a.get('Target') ?? '';
      out.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: external ? target : resolveTarget(dir, target), external });
    }
    return out;
  }

  /**
   * Adds a relationship from `sourcePart` to `targetPart` (creating the rels part when needed)
   * and returns its id: `rId` + one more than the largest numbered id there.
   */
  async addRelationship(sourcePart: string, typeSuffix: string, targetPart: string): Promise<string> {
    const relsPart = relsPartOf(sourcePart);
    const existing = await this.read(relsPart);
    const rels = existing === undefined ? [] : await this.relationships(sourcePart);
    let max = 0;
    for (const r of rels) {
      const m = /^rId(\d+)$/.exec(r.id);
      if (m) max = Math.max(max, Number(m[1]));
    }
    const ids = new Set(rels.map((r) => r.id));
    let id = `rId${max + 1}`;
    for (let k = max + 2; ids.has(id); k++) id = `rId${k}`;
    const el = `<Relationship Id="${id}" Type="${TRANSITIONAL_REL}${typeSuffix}" Target="${escapeAttr(relativeTarget(sourcePart, targetPart))}"/>`;
    if (existing === undefined) {
      this.write(relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${el}</Relationships>`);
    } else {
      this.write(relsPart, insertBeforeRootEnd(existing, el, 'Relationships'));
    }
    return id;
  }

  /** Declares a content type for a new part (an Override, or a Default for its extension when none exists). */
  async addContentType(part: string, contentType: string, asDefault: boolean): Promise<void> {
    const xml = await this.read('[Content_Types].xml');
    if (xml === undefined) throw new PackageError('unreadable', 'no [Content_Types].xml');
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const s = new TagScanner(xml);
    let hasDefault = false;
    while (s.next()) {
      if (s.is('close')) continue;
      const a = attributes(s.tag);
      if (s.localIs('Default') && (a.get('Extension') ?? '').toLowerCase() === ext) hasDefault = true;
      if (s.localIs('Override') && (a.get('PartName') ?? '').toLowerCase() === '/' + part.toLowerCase()) return;
    }
    if (asDefault && hasDefault) return;
    const el = asDefault
      ? `<Default Extension="${escapeAttr(ext)}" ContentType="${contentType}"/>`
      : `<Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`;
    this.write('[Content_Types].xml', insertBeforeRootEnd(xml, el, 'Types'));
  }

  /** The package with the changes: new bytes; the source bytes are never touched. */
  async save(): Promise<Uint8Array> {
    for (const [key, text] of this.changed) {
      const name = this.names.get(key) ?? key;
      const form = this.utf16.get(key);
      if (form) this.zip.file(name, utf16Bytes(UTF8_BOM + text, form), { createFolders: false, binary: true });
      else this.zip.file(name, this.boms.has(key) ? UTF8_BOM + text : text, { createFolders: false, binary: false });
    }
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/** `xml` with `insert` placed just before the root element's close tag (`</Types>`). */
export function insertBeforeRootEnd(xml: string, insert: string, rootLocal: string): string {
  const s = new TagScanner(xml);
  let rootEnd = -1;
  let emptyRoot: { start: number; end: number; tag: string; name: string } | null = null;
  while (s.next()) {
    if (s.local !== rootLocal) continue;
    if (s.is('close')) rootEnd = s.start;
    else if (s.is('empty')) emptyRoot = { start: s.start, end: s.end, tag: s.tag, name: s.name };
  }
  if (rootEnd >= 0) return xml.slice(0, rootEnd) + insert + xml.slice(rootEnd);
  if (emptyRoot) {
    const open = emptyRoot.tag.slice(0, -2).replace(/\s+$/, '') + '>';
    return xml.slice(0, emptyRoot.start) + open + insert + `</${emptyRoot.name}>` + xml.slice(emptyRoot.end);
  }
  throw new PackageError('unreadable', `no <${rootLocal}> root`);
}
