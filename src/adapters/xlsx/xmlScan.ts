/**
 * A small incremental XML tag scanner for the parts of an .xlsx: bytes arrive in chunks, tags
 * and text go to a handler. Made for SpreadsheetML, not for XML at large, and safe on hostile
 * input by construction: no DTD is processed and no entity but the five predefined and numeric
 * references is expanded (a billion-laughs or external-entity file is plain text here), nothing
 * recurses (nesting depth costs nothing), and an unfinished tag carried from one chunk to the
 * next is bounded (MAX_TAG). Element names are matched on their local part (`x:c` is `c`) against
 * the handler's list without allocating; text is handed over raw, to be decoded with `xmlText`.
 */

/** Longest tag (or comment, or processing instruction) accepted: beyond, the part is corrupt. */
export const MAX_TAG = 4 * 1024 * 1024;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  /**
   * An element opens: `id` is its index in the scanner's name list (-1: not listed); its
   * attributes are `s.slice(from, to)`. Return false to stop scanning (the caller has enough).
   */
  open(id: number, s: string, from: number, to: number, selfClosing: boolean): boolean | void;
  close(id: number): void;
  /** Raw character data `s.slice(from, to)` (may come in several pieces; entities undecoded). */
  text(s: string, from: number, to: number): void;
  /**
   * Optional fast path for the most frequent tags, tried at every `<`: returns the position after
   * what it consumed, FAST_NONE to leave the tag to the generic path, or FAST_MORE when the tag
   * is not complete in `s` yet.
   */
  fast?(s: string, lt: number): number;
}

export const FAST_NONE = -1;
export const FAST_MORE = -2;

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const DQ = 34;
const SQ = 39;

function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === GT || ch === SLASH || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch);
}

export class XmlScanner {
  private readonly decoder = new TextDecoder('utf-8');
  private carry = '';
  private stopped = false;
  private readonly byLength: ReadonlyArray<ReadonlyArray<readonly [string, number]>>;
  private nextDq = -1;
  private nextSq = -1;

  constructor(
    names: ReadonlyArray<string>,
    private readonly h: XmlHandler,
  ) {
    const byLength: Array<Array<readonly [string, number]>> = [];
    names.forEach((n, i) => (byLength[n.length] ??= []).push([n, i]));
    this.byLength = byLength;
  }

  /** Stops scanning (from a fast path: the handler has what it needs). */
  stop(): void {
    this.stopped = true;
  }

  /** Feeds bytes; returns false once the handler has asked to stop. */
  push(bytes: Uint8Array): boolean {
    if (this.stopped) return false;
    const text = this.decoder.decode(bytes, { stream: true });
    return this.pushText(text);
  }

  /** Feeds text (already decoded). */
  pushText(text: string): boolean {
    if (this.stopped) return false;
    let s = text;
    if (this.carry) {
      s = this.carry + text;
      // Flatten the concatenation once (ToNumber does), rather than walk a rope on every charCodeAt.
      void Number(s);
    }
    this.carry = '';
    this.scan(s);
    if (this.carry.length > MAX_TAG) throw new XmlError('tag too long');
    return !this.stopped;
  }

  /** Ends the input: anything left unfinished is an error. */
  end(): void {
    if (this.stopped) return;
    const rest = this.decoder.decode();
    if (rest) this.pushText(rest);
    if (this.carry.trim()) throw new XmlError('unexpected end of part');
  }

  private id(s: string, from: number, to: number): number {
    let start = from;
    for (let i = from; i < to; i++) if (s.charCodeAt(i) === COLON) start = i + 1;
    const list = this.byLength[to - start];
    if (list) for (const [n, i] of list) if (s.startsWith(n, start)) return i;
    return -1;
  }

  /** End of the tag opened at `lt` (the `>` not inside a quoted attribute), or -1 if not in `s` yet. */
  private tagEnd(s: string, lt: number): number {
    let p = lt + 1;
    for (;;) {
      const gt = s.indexOf('>', p);
      if (gt < 0) return -1;
      if (this.nextDq !== -2 && this.nextDq < p) {
        const i = s.indexOf('"', p);
        this.nextDq = i < 0 ? -2 : i;
      }
      if (this.nextSq !== -2 && this.nextSq < p) {
        const i = s.indexOf("'", p);
        this.nextSq = i < 0 ? -2 : i;
      }
      const dq = this.nextDq < 0 ? Infinity : this.nextDq;
      const sq = this.nextSq < 0 ? Infinity : this.nextSq;
      const q = Math.min(dq, sq);
      if (q > gt) return gt;
      const close = s.indexOf(q === dq ? '"' : "'", q + 1);
      if (close < 0) return -1;
      p = close + 1;
    }
  }

  private scan(s: string): void {
    const n = s.length;
    const h = this.h;
    const fast = h.fast ? h.fast.bind(h) : null;
    this.nextDq = -1;
    this.nextSq = -1;
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        h.text(s, pos, n);
        return;
      }
      if (lt > pos) h.text(s, pos, lt);
      if (lt + 1 >= n) {
        this.carry = s.slice(lt);
        return;
      }
      if (fast) {
        const next = fast(s, lt);
        if (next >= 0) {
          pos = next;
          if (this.stopped) return;
          continue;
        }
        if (next === FAST_MORE) {
          this.carry = s.slice(lt);
          return;
        }
      }
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === BANG || c1 === QUESTION) {
        const end = this.special(s, lt, c1);
        if (end < 0) {
          this.carry = s.slice(lt);
          return;
        }
        pos = end;
        continue;
      }
      const gt = this.tagEnd(s, lt);
      if (gt < 0) {
        this.carry = s.slice(lt);
        return;
      }
      if (c1 === SLASH) {
        let e = lt + 2;
        while (!isNameEnd(s.charCodeAt(e))) e++;
        h.close(this.id(s, lt + 2, e));
      } else {
        let e = lt + 1;
        while (!isNameEnd(s.charCodeAt(e))) e++;
        const self = s.charCodeAt(gt - 1) === SLASH;
        const id = this.id(s, lt + 1, e);
        if (h.open(id, s, e, self ? gt - 1 : gt, self) === false) {
          this.stopped = true;
          return;
        }
        if (self) h.close(id);
      }
      pos = gt + 1;
    }
  }

  /** Comments, CDATA (its text goes to the handler), DOCTYPE and processing instructions: end index, or -1. */
  private special(s: string, lt: number, c1: number): number {
    if (c1 === QUESTION) {
      const e = s.indexOf('?>', lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('-->', lt + 4);
      return e < 0 ? -1 : e + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const e = s.indexOf(']]>', lt + 9);
      if (e < 0) return -1;
      this.h.text(s, lt + 9, e);
      return e + 3;
    }
    if (s.length - lt < 9) return -1; // cannot tell yet
    // <!DOCTYPE …> possibly with an internal subset […]: skipped whole, nothing in it is used.
    const bracket = s.indexOf('[', lt);
    const gt = s.indexOf('>', lt);
    if (gt < 0) return -1;
    if (bracket < 0 || bracket > gt) return gt + 1;
    const e = s.indexOf(']', bracket);
    if (e < 0) return -1;
    const g = s.indexOf('>', e);
    return g < 0 ? -1 : g + 1;
  }
}

/**
 * Calls `cb` for each attribute of `s.slice(from, to)` with the positions of its local name and
 * of its (raw) value. Stops when cb returns false.
 */
export function forEachAttr(s: string, from: number, to: number, cb: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => boolean | void): void {
  let p = from;
  while (p < to) {
    let ch = s.charCodeAt(p);
    while (p < to && (ch === 32 || ch === 9 || ch === 10 || ch === 13)) ch = s.charCodeAt(++p);
    if (p >= to) return;
    const ns = p;
    let local = p;
    while (p < to && (ch = s.charCodeAt(p)) !== 61 /* = */ && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13) {
      if (ch === COLON) local = p + 1;
      p++;
    }
    const ne = p;
    while (p < to && s.charCodeAt(p) !== 61) p++;
    p++;
    while (p < to && ((ch = s.charCodeAt(p)) === 32 || ch === 9 || ch === 10 || ch === 13)) p++;
    const q = s.charCodeAt(p);
    if (q !== DQ && q !== SQ) return;
    const ve = s.indexOf(q === DQ ? '"' : "'", p + 1);
    if (ve < 0 || ve > to) return;
    if (cb(local > ns ? local : ns, ne, p + 1, ve) === false) return;
    p = ve + 1;
  }
}

/** The attributes of a tag as a plain map of local names to decoded values (for the small parts). */
export function attrs(s: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  forEachAttr(s, from, to, (ns, ne, vs, ve) => {
    out[s.slice(ns, ne)] = xmlText(s.slice(vs, ve), false);
  });
  return out;
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function fromCode(code: number, whole: string): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
}

/**
 * Raw character data → text: the predefined and numeric character references decoded (any
 * other `&name;` is left as written), line ends normalised as XML requires (CR LF and CR → LF),
 * and, for cell text (`ooxml`), Excel's `_xHHHH_` escapes decoded as Excel and ExcelJS do.
 */
export function xmlText(raw: string, ooxml = true): string {
  let t = raw;
  if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
  if (t.indexOf('&') >= 0) t = t.replace(ENTITY, (whole, hex?: string, dec?: string, name?: string) => (name ? NAMED[name] : fromCode(hex ? parseInt(hex, 16) : Number(dec), whole)));
  if (ooxml && t.indexOf('_x') >= 0) t = t.replace(/_x([0-9A-F]{4})_/g, (_w, h: string) => String.fromCharCode(parseInt(h, 16)));
  return t;
}
