/**
 * A minimal XML tag scanner for patching package parts in place.
 *
 * The annotated copy changes a few attributes and inserts a few elements in the submitted file's
 * own XML, and must leave every other byte of it as it was. A DOM or SAX round trip rewrites
 * what it does not model (namespace prefixes, attribute quoting, whitespace, entity forms,
 * unknown extension elements), so this scanner only reports where each tag starts and ends; the
 * caller splices text at those offsets. Linear in the text; comments, CDATA sections and
 * processing instructions are stepped over; a DOCTYPE is refused (an OOXML part never has one,
 * and entity declarations are how hostile XML expands).
 */

export type TagKind = 'open' | 'close' | 'empty';

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** A cursor over the tags of `text`: call `next()` until it returns false. */
export class TagScanner {
  kind: TagKind = 'open';
  /** Qualified name, e.g. `x:row`. */
  name = '';
  /** Offset of `<` and the offset just after `>`. */
  start = 0;
  end = 0;
  private pos: number;

  constructor(
    readonly text: string,
    from = 0,
    private readonly to = text.length,
  ) {
    this.pos = from;
  }

  /** Whether the current tag is of this kind (a method, so that type narrowing does not outlive `next()`). */
  is(kind: TagKind): boolean {
    return this.kind === kind;
  }

  /** Whether the current tag's local name is `name`. */
  localIs(name: string): boolean {
    return this.local === name;
  }

  /** The local name (without prefix). */
  get local(): string {
    const i = this.name.indexOf(':');
    return i < 0 ? this.name : this.name.slice(i + 1);
  }

  /** The prefix with its colon (`x:`), or '' when unprefixed. */
  get prefix(): string {
    const i = this.name.indexOf(':');
    return i < 0 ? '' : this.name.slice(0, i + 1);
  }

  /** The whole tag text, `<…>`. */
  get tag(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Continues the scan from `offset` (e.g. after skipping an element). */
  seek(offset: number): void {
    this.pos = offset;
  }

  next(): boolean {
    const t = this.text;
    for (;;) {
      const lt = t.indexOf('<', this.pos);
      if (lt < 0 || lt >= this.to) return false;
      const c = t.charCodeAt(lt + 1);
      if (c === 0x3f /* ? */) {
        this.pos = this.after(t.indexOf('?>', lt + 2), 2, 'processing instruction');
        continue;
      }
      if (c === 0x21 /* ! */) {
        if (t.startsWith('<!--', lt)) this.pos = this.after(t.indexOf('-->', lt + 4), 3, 'comment');
        else if (t.startsWith('<![CDATA[', lt)) this.pos = this.after(t.indexOf(']]>', lt + 9), 3, 'CDATA section');
        else throw new XmlError('DOCTYPE or declaration in a package part');
        continue;
      }
      const closing = c === 0x2f; /* / */
      let i = closing ? lt + 2 : lt + 1;
      const nameStart = i;
      while (i < this.to && !isNameEnd(t.charCodeAt(i))) i++;
      if (i === nameStart) throw new XmlError(`bad tag at offset ${lt}`);
      this.name = t.slice(nameStart, i);
      // the end of the tag: the first '>' outside a quoted attribute value
      let quote = 0;
      for (; i < this.to; i++) {
        const ch = t.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 0x22 || ch === 0x27) quote = ch;
        else if (ch === 0x3e /* > */) break;
      }
      if (i >= this.to) throw new XmlError(`unterminated tag <${this.name}`);
      this.start = lt;
      this.end = i + 1;
      this.kind = closing ? 'close' : t.charCodeAt(i - 1) === 0x2f ? 'empty' : 'open';
      this.pos = this.end;
      return true;
    }
  }

  /**
   * From an `open` tag, the offset of its matching close tag's `<` (same name; elements of the
   * same name nested inside are counted). Leaves the cursor after that close tag.
   */
  skipElement(): number {
    if (this.kind !== 'open') return this.end;
    const name = this.name;
    let depth = 1;
    while (this.next()) {
      if (this.name !== name) continue;
      if (this.kind === 'open') depth++;
      else if (this.kind === 'close' && --depth === 0) return this.start;
    }
    throw new XmlError(`<${name}> is not closed`);
  }

  private after(found: number, len: number, what: string): number {
    if (found < 0) throw new XmlError(`unterminated ${what}`);
    return found + len;
  }
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e || c === 0x2f;
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag's text (`<c r="A1" s="3">`), values with entities decoded. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const start = tag.search(/[\s/>]/);
  ATTR.lastIndex = start < 0 ? tag.length : start;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) out.set(m[1], decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

/** One attribute's value, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  return attributes(tag).get(name);
}

/**
 * The tag with attribute `name` set to `value`: replaced in place when present (the other
 * attributes, their order and quoting untouched), else added before the tag's end.
 */
export function setAttribute(tag: string, name: string, value: string): string {
  const start = tag.search(/[\s/>]/);
  ATTR.lastIndex = start < 0 ? tag.length : start;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) {
    if (m[1] !== name) continue;
    const q = m[2] !== undefined ? '"' : "'";
    return tag.slice(0, m.index) + `${name}=${q}${escapeAttr(value)}${q}` + tag.slice(m.index + m[0].length);
  }
  const endLen = tag.endsWith('/>') ? 2 : 1;
  return `${tag.slice(0, tag.length - endLen)} ${name}="${escapeAttr(value)}"${tag.slice(tag.length - endLen)}`;
}

/** An empty-element tag (`<a x="1"/>`) as a start tag (`<a x="1">`). */
export function openForm(tag: string): string {
  return tag.endsWith('/>') ? tag.slice(0, -2).replace(/\s+$/, '') + '>' : tag;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named];
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

/**
 * Text content escaped for XML, with the characters XML 1.0 cannot hold (C0 other than tab, LF,
 * CR; U+FFFE/FFFF; lone surrogates) dropped. Callers make control characters visible first.
 */
export function escapeText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- removing the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** The prefix (with colon, or '') a root tag binds to namespace `uri`, if any. */
export function prefixFor(rootTag: string, uri: string): string | undefined {
  for (const [k, v] of attributes(rootTag)) {
    if (v !== uri) continue;
    if (k === 'xmlns') return '';
    if (k.startsWith('xmlns:')) return k.slice(6) + ':';
  }
  return undefined;
}

/** A text edit: replace `[at, at + remove)` by `insert`. */
export interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Applies non-overlapping edits (any order; equal offsets keep their given order). */
export function applyEdits(text: string, edits: ReadonlyArray<Edit>): string {
  if (edits.length === 0) return text;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i);
  const out: string[] = [];
  let pos = 0;
  for (const { e } of sorted) {
    if (e.at < pos) throw new Error('applyEdits: overlapping edits');
    out.push(text.slice(pos, e.at), e.insert);
    pos = e.at + e.remove;
  }
  out.push(text.slice(pos));
  return out.join('');
}
