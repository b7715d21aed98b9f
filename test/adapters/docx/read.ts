/**
 * Reading a .docx back in tests: unzip (fflate), parse the parts (jsdom's XML DOMParser) and
 * describe what Word would show: paragraphs with their text, fonts, sizes, highlight, spacing
 * and indent; tables as grids with their merges; sections with their page setup.
 */
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const { DOMParser } = new JSDOM('').window;

export interface DocxRun {
  readonly text: string;
  readonly font?: string;
  readonly fontAscii?: string;
  readonly sizeHalfPt?: number;
  readonly bold: boolean;
  readonly highlight?: string;
}

export interface DocxParagraph {
  readonly text: string;
  readonly runs: ReadonlyArray<DocxRun>;
  readonly align?: string;
  readonly firstLineChars?: number;
  readonly line?: number;
  readonly lineRule?: string;
  readonly outlineLevel?: number;
  /** 0-based section (w:sectPr) the paragraph is in. */
  readonly section: number;
}

export interface DocxMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface DocxTable {
  readonly section: number;
  readonly gridMm: ReadonlyArray<number>;
  /** Text by [row][gridColumn] where a cell starts. */
  readonly cells: ReadonlyArray<ReadonlyArray<string | undefined>>;
  /** Every cell spanning more than one grid position. */
  readonly merges: ReadonlyArray<DocxMerge>;
  readonly headerRows: ReadonlyArray<number>;
  readonly borders: ReadonlyArray<string>;
}

export interface DocxSection {
  readonly pageTwips: { readonly w: number; readonly h: number; readonly orient: string | null };
  readonly marginsTwips: Readonly<Record<'top' | 'bottom' | 'left' | 'right' | 'header' | 'footer', number>>;
  readonly footers: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
}

export interface DocxRead {
  readonly parts: ReadonlyMap<string, string>;
  readonly paragraphs: ReadonlyArray<DocxParagraph>;
  readonly tables: ReadonlyArray<DocxTable>;
  readonly sections: ReadonlyArray<DocxSection>;
  part(path: string): Document;
}

const el = (parent: Element | Document, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(W, name));
const child = (parent: Element, name: string): Element | undefined =>
  Array.from(parent.children).find((c) => c.namespaceURI === W && c.localName === name);
const attr = (e: Element | undefined, name: string): string | null => (e ? e.getAttributeNS(W, name) : null);
const num = (v: string | null): number | undefined => (v === null ? undefined : Number(v));
const on = (e: Element | undefined): boolean => !!e && !['0', 'false', 'off'].includes(attr(e, 'val') ?? 'true');

function runOf(r: Element): DocxRun {
  const rPr = child(r, 'rPr');
  const fonts = rPr && child(rPr, 'rFonts');
  return {
    text: el(r, 't')
      .map((t) => t.textContent ?? '')
      .join(''),
    font: attr(fonts, 'eastAsia') ?? undefined,
    fontAscii: attr(fonts, 'ascii') ?? undefined,
    sizeHalfPt: num(attr(rPr && child(rPr, 'sz'), 'val')),
    bold: on(rPr && child(rPr, 'b')),
    highlight: attr(rPr && child(rPr, 'highlight'), 'val') ?? undefined,
  };
}

function paragraphOf(p: Element, section: number): DocxParagraph {
  const pPr = child(p, 'pPr');
  const runs = el(p, 'r').map(runOf);
  const spacing = pPr && child(pPr, 'spacing');
  return {
    text: runs.map((r) => r.text).join(''),
    runs,
    align: attr(pPr && child(pPr, 'jc'), 'val') ?? undefined,
    firstLineChars: num(attr(pPr && child(pPr, 'ind'), 'firstLineChars')),
    line: num(attr(spacing, 'line')),
    lineRule: attr(spacing, 'lineRule') ?? undefined,
    outlineLevel: num(attr(pPr && child(pPr, 'outlineLvl'), 'val')),
    section,
  };
}

function tableOf(tbl: Element, section: number): DocxTable {
  const gridMm = el(child(tbl, 'tblGrid')!, 'gridCol').map((g) => (Number(attr(g, 'w')) * 25.4) / 1440);
  const rows = Array.from(tbl.children).filter((c) => c.localName === 'tr');
  const cells: Array<Array<string | undefined>> = [];
  const open = new Map<number, { top: number; left: number; right: number; bottom: number }>();
  const merges: DocxMerge[] = [];
  const headerRows: number[] = [];
  rows.forEach((tr, r) => {
    const trPr = child(tr, 'trPr');
    if (on(trPr && child(trPr, 'tblHeader'))) headerRows.push(r);
    const row: Array<string | undefined> = [];
    let c = 0;
    for (const tc of Array.from(tr.children).filter((x) => x.localName === 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const span = Number(attr(tcPr && child(tcPr, 'gridSpan'), 'val') ?? 1);
      const vMerge = tcPr && child(tcPr, 'vMerge');
      const restart = !!vMerge && attr(vMerge, 'val') === 'restart';
      const cont = !!vMerge && !restart;
      if (cont) {
        const m = open.get(c);
        if (!m) throw new Error(`vMerge continue without a start at row ${r}, column ${c}`);
        m.bottom = r;
      } else {
        const ended = open.get(c);
        if (ended) {
          open.delete(c);
          merges.push(ended);
        }
        row[c] = el(tc, 'p')
          .map((p) =>
            el(p, 't')
              .map((t) => t.textContent ?? '')
              .join('')
          )
          .join('\n');
        const m = { top: r, left: c, right: c + span - 1, bottom: r };
        if (restart) open.set(c, m);
        else if (span > 1) merges.push(m);
      }
      c += span;
    }
    cells.push(row);
  });
  for (const m of open.values()) merges.push(m);
  const borders = el(child(tbl, 'tblPr')!, 'tblBorders').flatMap((b) =>
    Array.from(b.children).map((x) => `${x.localName}:${attr(x, 'val')}`)
  );
  return {
    section,
    gridMm,
    cells,
    merges: merges.filter((m) => m.bottom > m.top || m.right > m.left).sort((a, b) => a.top - b.top || a.left - b.left),
    headerRows,
    borders,
  };
}

export function readDocx(bytes: Uint8Array): DocxRead {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
  const parse = (path: string): Document => {
    const xml = parts.get(path);
    if (xml === undefined) throw new Error(`no part ${path}`);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) throw new Error(`${path} is not well-formed XML`);
    return doc;
  };
  const doc = parse('word/document.xml');
  const rels = parse('word/_rels/document.xml.rels');
  const target = (id: string): string => {
    const rel = Array.from(rels.getElementsByTagName('Relationship')).find((x) => x.getAttribute('Id') === id);
    return `word/${rel?.getAttribute('Target') ?? ''}`;
  };
  const body = el(doc, 'body')[0];
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxTable[] = [];
  let section = 0;
  for (const node of Array.from(body.children)) {
    if (node.localName === 'p') {
      paragraphs.push(paragraphOf(node, section));
      const pPr = child(node, 'pPr');
      if (pPr && child(pPr, 'sectPr')) section++;
    } else if (node.localName === 'tbl') tables.push(tableOf(node, section));
  }
  const textOfPart = (path: string): string =>
    el(parse(path), 'p')
      .map((p) =>
        el(p, 'r')
          .map(
            (r) =>
              el(r, 't')
                .map((t) => t.textContent)
                .join('') +
              (el(r, 'instrText')
                .map((t) => `{${(t.textContent ?? '').trim()}}`)
                .join('') +
                (el(r, 'fldSimple').length ? '{PAGE}' : ''))
          )
          .join('')
      )
      .join('\n');
  const sections: DocxSection[] = el(doc, 'sectPr').map((s) => {
    const pg = child(s, 'pgSz');
    const mar = child(s, 'pgMar');
    const refs = (name: string): Record<string, string> =>
      Object.fromEntries(
        el(s, name).map((f) => [
          attr(f, 'type') ?? '',
          textOfPart(
            target(f.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? '')
          ),
        ])
      );
    return {
      pageTwips: { w: Number(attr(pg, 'w')), h: Number(attr(pg, 'h')), orient: attr(pg, 'orient') },
      marginsTwips: {
        top: Number(attr(mar, 'top')),
        bottom: Number(attr(mar, 'bottom')),
        left: Number(attr(mar, 'left')),
        right: Number(attr(mar, 'right')),
        header: Number(attr(mar, 'header')),
        footer: Number(attr(mar, 'footer')),
      },
      footers: refs('footerReference'),
      headers: refs('headerReference'),
    };
  });
  return { parts, paragraphs, tables, sections, part: parse };
}
