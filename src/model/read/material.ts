/**
 * Reading the optional 报告素材 sheet (report.md): the narrative text of the 自评报告, one cell
 * per section under the headers `章节 | 内容`. Other columns (a 标题 column that names the
 * section for the person filling it in) are ignored. Line breaks in a cell are paragraphs.
 *
 * Tolerant, like every reader: the header row is looked for in the first 10 rows; without one,
 * rows whose first cell names a section are read as `章节 | 内容`. Findings:
 * - R001 (warning): a 章节 that names no section (or 七, whose content is the generated table);
 *   its text is not used.
 * - R002 (info): a section given on several rows; the texts are used in sheet order.
 * - R003 (warning): the sheet has no `章节 | 内容` columns and no row that names a section;
 *   R003.unreadable: a 内容 cell holding an Excel error (#REF! …) is read as empty.
 */
import type { Finding } from '../findings';
import { a1, isErrorValue, type Grid, type GridSheet } from '../grid';
import { sectionNumber, sectionOf, SECTIONS } from '../report/outline';
import { R001, R002, R003 } from '../rules/report';
import { locateSheet } from './locate';
import { headerKey, stripSpaces } from './text';
import { isBlank, rawText, readProse } from './values';

export const MATERIAL_SHEET_NAMES = ['报告素材', '报告文字', '自评报告素材'] as const;

const SECTION_HEADERS: ReadonlySet<string> = new Set(['章节', '章节编号', '章节号', '节次']);
const CONTENT_HEADERS: ReadonlySet<string> = new Set(['内容', '文字', '正文', '报告文字', '报告内容']);
const HEADER_SCAN_ROWS = 10;

export interface MaterialRead {
  readonly sheet: string;
  /** Paragraphs per section id (`一（一）`, `六`), in sheet order. */
  readonly texts: ReadonlyMap<string, ReadonlyArray<string>>;
  /** The cell of each section's first text (0-based, the sheet's own), for findings on what it says (R004). */
  readonly cells: ReadonlyMap<string, { readonly row: number; readonly col: number }>;
  readonly findings: ReadonlyArray<Finding>;
}

/** The paragraphs of a cell: one per line, edge spaces (an indent typed as spaces) trimmed, empty lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => {
      const r = readProse(l);
      return r.kind === 'ok' ? r.value : '';
    })
    .filter((l) => l !== '');
}

function findColumns(sheet: GridSheet): { headerRel: number; section: number; content: number } | undefined {
  const n = Math.min(HEADER_SCAN_ROWS, sheet.values.length);
  for (let r = 0; r < n; r++) {
    const row = sheet.values[r] ?? [];
    let section = -1;
    let content = -1;
    row.forEach((v, c) => {
      if (typeof v !== 'string') return;
      const k = headerKey(v).key;
      if (section < 0 && SECTION_HEADERS.has(k)) section = c;
      else if (content < 0 && CONTENT_HEADERS.has(k)) content = c;
    });
    if (section >= 0 && content >= 0) return { headerRel: r, section, content };
  }
  return undefined;
}

/**
 * The 报告素材 sheet (locateWorkbookSheets, check.ts, asks for it with the other sheets): by its name (or alias); else the first sheet (not excluded) whose name holds one
 * (`报告素材（2018年）`, `报告素材表`), a visible one first — a report's text under such a name was left
 * out, its sections said to be still 【请填写】. A sheet of another name is not taken for it, whatever
 * its headers (report.md names the sheet).
 */
export function locateMaterialSheet(grid: Grid, exclude: ReadonlySet<string> = new Set()): GridSheet | undefined {
  const byName = locateSheet(grid, MATERIAL_SHEET_NAMES, null, exclude);
  if (byName) return byName;
  const named = grid.sheets.filter((s) => !exclude.has(s.name) && MATERIAL_SHEET_NAMES.some((n) => stripSpaces(s.name).includes(n)));
  return named.find((s) => !s.hidden) ?? named[0];
}

/** Reads a 报告素材 sheet (the one locateWorkbookSheets found). */
export function readMaterialSheet(sheet: GridSheet): MaterialRead {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const findings: Finding[] = [];
  const texts = new Map<string, string[]>();
  const firstRow = new Map<string, number>();
  const cells = new Map<string, { row: number; col: number }>();
  const cols = findColumns(sheet);
  const start = cols ? cols.headerRel + 1 : 0;
  let named = 0;

  for (let rel = start; rel < sheet.values.length; rel++) {
    const row = sheet.values[rel] ?? [];
    const sc = cols?.section ?? row.findIndex((v) => !isBlank(v));
    if (sc < 0) continue;
    const label = row[sc];
    const cc = cols ? cols.content : sc + 1;
    const content = row[cc] ?? null;
    if (isBlank(label)) {
      if (!isBlank(content))
        findings.push(R001.finding.empty(where(sheet, o.row + rel, o.col + sc), {}));
      continue;
    }
    const def = sectionOf(rawText(label ?? null));
    if (!cols && def === undefined) continue; // without a header, only rows that name a section are read
    named++;
    const at = { row: o.row + rel, col: o.col + sc };
    if (def === undefined || def === 'appendix') {
      if (!isBlank(content) || cols)
        findings.push(R001.finding[def === 'appendix' ? 'appendix' : 'main'](where(sheet, at.row, at.col), { section: rawText(label ?? null) }));
      continue;
    }
    if (isErrorValue(content)) {
      findings.push(R003.finding.unreadable(where(sheet, o.row + rel, o.col + cc), { section: def.id, number: sectionNumber(def), raw: content.code }));
      continue;
    }
    const r = readProse(content);
    if (r.kind !== 'ok') continue;
    const paras = paragraphsOf(r.value);
    if (!paras.length) continue;
    const seen = firstRow.get(def.id);
    if (seen !== undefined) {
      findings.push(
        R002.finding.main(where(sheet, at.row, at.col), { section: def.id, number: sectionNumber(def), heading: def.heading, firstCell: a1(seen, at.col) })
      );
    } else {
      firstRow.set(def.id, at.row);
      cells.set(def.id, { row: o.row + rel, col: o.col + cc });
    }
    texts.set(def.id, [...(texts.get(def.id) ?? []), ...paras]);
  }
  if (!cols && named === 0 && sheet.values.some((row) => row.some((v) => !isBlank(v))))
    findings.push(R003.finding.noHeader(where(sheet, o.row, o.col), { headers: ['章节', '内容'], sections: SECTIONS.map((d) => d.id) }));
  return { sheet: sheet.name, texts, cells, findings };
}

const where = (sheet: GridSheet, row: number, col: number) => ({ sheet: sheet.name, row, col });
