/**
 * Reading a table sheet (项目台账, 绩效指标): find the header row, match columns by header, walk
 * the body (blank rows skipped, merged cells filled, 合计/总计/小计 rows set apart).
 */
import type { CellValue, GridSheet } from '../grid';
import { acceptedNamesOf, COUNTY_HEADERS, headerIndex, matchHeader, PROVENANCE_HEADERS, type ColumnDef, type HeaderMatch } from './columns';
import { declaredUnit, headerBlock, headerZone, isMoneyPart, knownKeys, latestFieldYear, latestYearGroup, matchColumn, MAX_HEADER_ROWS, type HeaderBlock, type HeaderZone } from './header';
import { normalizeMerges, type MergeOverlap, type NormalizedMerges } from './merges';
import { isRegionName, regionNamed } from './regions';
import { UNITS } from './targets';
import { inferYear, stripSpaces } from './text';
import { isBlank } from './values';

/**
 * Headers of columns that are known and hold no field, so no unknown column (S004): jx merge's provenance
 * (PROVENANCE_HEADERS), and a row's serial number 序号, which ledgers and indicator tables alike carry in front.
 */
const NOT_FIELDS: ReadonlySet<string> = new Set([...PROVENANCE_HEADERS, '序号']);

export interface ColumnInfo {
  /** Absolute 0-based sheet column. */
  readonly col: number;
  /** Absolute 0-based row of the header cell (the leaf of a multi-row header). */
  readonly row?: number;
  /** Unit named in the header (or by a group above it), if any. */
  readonly unit?: '万元' | '元';
  /** The header as written (the leaf; for an unknown column of a multi-row header, its groups and leaf). */
  readonly header: string;
  /**
   * Two fields in one column, their header joined by a slash (`指标值/实际完成值`, each cell `≥90%/95%`): which one
   * this field is, 0 before the slash, 1 after it (pairedPart reads a cell's part).
   */
  readonly part?: 0 | 1;
}

export interface TotalRow {
  readonly row: number;
  readonly label: '合计' | '总计' | '小计';
  /** A 合计/总计 that names a group before its label (`乌鲁木齐市合计`, `新上项目合计`): the total of its block (L021). */
  readonly group?: true;
}

/**
 * Rows of the body that are not data (bodyOf's one decision, with the total rows):
 * - `columnNumbers`: a 栏次 row right under the header (1, 2, 3 … or (1), (2) …, after 甲/乙/栏次);
 * - `units`: a row right under the header whose cells are all units in brackets (`（万元）`, `（件）`);
 * - `header`: the header written again inside the body (a second block, a printed page);
 * - `title`: a block title alone on its row (`一、新上项目`, `（二）结转项目`);
 * - `note`: a note or signature line (`注：…`, `填表人：…`) on a row without a project ID;
 * - `breakdown`: a `其中：…` line, on a row without a project ID: a part of the row above (其中：新上项目), no project.
 * - `continuation`: a row whose 项目编号 is the cell above merged down over it: the same project on a second
 *   row (a second patent, the other cells merged), never a project of its own (its merged amounts would count twice).
 * - `subItem`: a row numbered 3.1, 3.2 … in front (序号) without a 项目编号, under the project numbered 3: a part of it
 *   (a 子课题), whose amounts the project's row holds.
 * - a numbered line (`2.…`, `3、…`, `（4）…`) alone on its row right under a note (`注：1.…`) is that note's: `note`.
 * The last three only in a table with an identity column (项目编号): an indicator table's level rows are data.
 */
export type SkippedKind = 'columnNumbers' | 'units' | 'header' | 'title' | 'note' | 'breakdown' | 'continuation' | 'subItem';

export interface SkippedRow {
  readonly row: number;
  readonly kind: SkippedKind;
  /** Absolute column of the row's first filled cell. */
  readonly col: number;
  /** The row's first text, as written (trimmed). */
  readonly label: string;
  /**
   * Absolute columns of the row's number cells (a skipped row that holds numbers is reported); of a
   * continuation row, of every cell it fills itself (none is read). Its label is then the project's 项目编号.
   */
  readonly numbers: ReadonlyArray<number>;
}

export interface DuplicateColumn<K extends string> {
  readonly key: K;
  /** The column not used, and the row of its header (the leaf of a multi-row header). */
  readonly col: number;
  readonly row: number;
  readonly header: string;
  /** The column used: a visible one over a hidden one, then the canonical header when there is one, else the first. */
  readonly firstCol: number;
  readonly keptHeader: string;
  /** The column not used is hidden in the sheet (GridSheet.hiddenCols), the one used is not. */
  readonly hidden?: true;
}

export interface PartsOnly {
  /** Absolute cell of the group. */
  readonly row: number;
  readonly col: number;
  readonly group: string;
  readonly parts: ReadonlyArray<string>;
}

export interface Table<K extends string> {
  readonly sheet: GridSheet;
  /** Absolute 0-based row of the header (the top row of a multi-row header). */
  readonly headerRow: number;
  /** Absolute 0-based last row of the header block (= headerRow for a one-row header). */
  readonly headerBottom: number;
  /** Rows above the header (titles, unit lines), as text, for year inference. */
  readonly titleTexts: ReadonlyArray<string>;
  /** The money unit a line above the header declares (`单位：元`), for amount columns whose header names none. */
  readonly unit?: '万元' | '元';
  readonly columns: Partial<Record<K, ColumnInfo>>;
  readonly unknown: ReadonlyArray<ColumnInfo>;
  /**
   * A county column (COUNTY_HEADERS) beside the 地州市 one: known, not read by the check (it reads the 地州市), carried
   * by `jx merge` into the 汇总. As an unknown column, a province officer lost which county each project is in.
   */
  readonly county?: ColumnInfo;
  readonly duplicates: ReadonlyArray<DuplicateColumn<K>>;
  /**
   * Amount fields the header gives only as shares of a group (`财政支持资金` over 中央 | 自治区 | 地州,
   * no total column): the group cell and its parts. Such a field is not read (S002.parts).
   */
  readonly partsOnly: Partial<Record<K, PartsOnly>>;
  /** Merged ranges that overlapped a kept one and were dropped. */
  readonly overlaps: ReadonlyArray<MergeOverlap>;
  /** Absolute rows of data (projects / indicators), in order. */
  readonly bodyRows: ReadonlyArray<number>;
  /** Total rows, in order, interleaved positions known by `row`. */
  readonly totals: ReadonlyArray<TotalRow>;
  /** Rows of the body that are neither data nor totals (column numbers, units, notes, titles, a repeated header), in order. */
  readonly skipped: ReadonlyArray<SkippedRow>;
  /** Value of a cell, absolute coordinates, with merged body cells filled from their master. */
  value(row: number, col: number): CellValue;
  /**
   * True when no merge fills a body cell: `value(row, col)` is then `rawValue(sheet, row, col)`, and a
   * reader of many rows may read the sheet's rows directly (readLedger). Absent: read through `value`.
   */
  readonly bodyUnmerged?: boolean;
}

/** A sheet is searched for its header in its first 30 rows (national forms put it on rows 9–21). */
export const HEADER_SCAN_ROWS = 30;
export const MIN_KNOWN_HEADERS = 3;

const A1_ORIGIN = { row: 0, col: 0 } as const;

function origin(sheet: GridSheet): { readonly row: number; readonly col: number } {
  return sheet.origin ?? A1_ORIGIN;
}

/** Raw value at absolute coordinates (no merge fill). */
export function rawValue(sheet: GridSheet, row: number, col: number): CellValue {
  const o = origin(sheet);
  const r = sheet.values[row - o.row];
  if (!r) return null;
  const v = r[col - o.col];
  return v === undefined ? null : v;
}

/** Number format at absolute coordinates (null when General or not known: a host that gives none). */
export function rawFormat(sheet: GridSheet, row: number, col: number): string | null {
  const f = sheet.numberFormats;
  if (!f) return null;
  const o = origin(sheet);
  return f[row - o.row]?.[col - o.col] ?? null;
}

/** The header zone of a sheet (its first rows with the merges that are kept); read/locate.ts looks at it too. */
const zones = new WeakMap<GridSheet, { zone: HeaderZone; merges: NormalizedMerges }>();
export function zoneOf(sheet: GridSheet): { zone: HeaderZone; merges: NormalizedMerges } {
  let z = zones.get(sheet);
  if (!z) {
    const merges = normalizeMerges(sheet.merges);
    z = { zone: headerZone(sheet, merges.merges, HEADER_SCAN_ROWS + MAX_HEADER_ROWS - 1), merges };
    zones.set(sheet, z);
  }
  return z;
}

/** The first header block within the first 30 rows naming ≥ 3 known columns, or null. */
export function findHeader<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>): HeaderBlock | null {
  const index = headerIndex(defs);
  const { zone } = zoneOf(sheet);
  const n = Math.min(HEADER_SCAN_ROWS, zone.rows);
  // The header naming the most known columns, the first of equals: a small table above the ledger (a 汇总 of
  // 地州市 | 财政支持资金 | 本年拨付 over the detail) names a few of them, the ledger's own header names them all.
  let best: HeaderBlock | null = null;
  let bestCount = MIN_KNOWN_HEADERS - 1;
  for (let r = 0; r < n; r++) {
    const block = headerBlock(zone, r);
    const count = knownKeys(block, index).size;
    if (count > bestCount) {
      best = block;
      bestCount = count;
      if (count === defs.length) break;
    }
  }
  return best;
}

/**
 * What a total's words say when its figures are elsewhere (`合计见附表`, `合计：详见附件2`, `小计略`, `总计附后`): then the row is a
 * note, no total (NOTE_START). Text as stripSpaces leaves it (half-width colon and brackets).
 */
const TOTAL_ELSEWHERE = '[合总小]计[:(]?(?:详?见|附后|略)';
/** `合计`, `合 计：`, and with a short prefix: `乌鲁木齐市小计`, `一、合计`; not a total whose figures are elsewhere (TOTAL_ELSEWHERE). */
const TOTAL_LABEL = new RegExp(`^(?:.{0,12}?)(合计|总计|小计)[:：]?$|^(?!${TOTAL_ELSEWHERE})(合计|总计|小计)`);
/** A prefix of a total label that names no group: numbering (`一、`), or the whole (`全区`, `总`, `本表`). */
const WHOLE_PREFIX = /^(?:[一二三四五六七八九十\d]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?(?:全区|全疆|全省|全州|全市|全部|总|累计|本表|以上)?$/;

/** The total row of a label: a 合计/总计 after a group's name (`乌鲁木齐市合计`) totals that group. */
function totalRow(row: number, text: string, m: RegExpExecArray): TotalRow {
  const label = (m[1] ?? m[2]) as TotalRow['label'];
  const prefix = m[1] === undefined ? '' : text.slice(0, text.lastIndexOf(label));
  return label !== '小计' && !WHOLE_PREFIX.test(prefix) ? { row, label, group: true } : { row, label };
}

/** A header of one row naming two values that may share a column (ColumnDef.paired) with a slash between (`指标值/实际完成值`), else undefined. */
function pairedHeader<K extends string>(path: ReadonlyArray<string>, index: ReadonlyMap<string, ColumnDef<K>>): [HeaderMatch<K>, HeaderMatch<K>] | undefined {
  if (path.length !== 1) return undefined;
  // 指标值/实际完成值, and in words: 指标值及完成情况, 目标值与实际完成值 (完成情况 there is the 实际完成情况)
  const halves = path[0].split(/[/／]|及|与/);
  if (halves.length !== 2) return undefined;
  const [a, b] = halves.map((h) => (h.trim() ? (matchHeader(h, index) ?? matchHeader(`实际${h}`, index)) : undefined));
  return a && b && a.def.key !== b.def.key && a.def.paired && b.def.paired ? [a, b] : undefined;
}

// The result is said by 完成 with a colon, 值/情况 or 实际, or a bare 完成 before a figure (完成62家, 约): a bare 完成 before
// words is the target's second task (目标：完成项目立项；完成资金拨付, 开工建设，完成投资5000万元), no result.
const PAIRED_SENTENCE =
  /^(?:[全本]年|年度)?目标值?[:：]?\s*(.+?)\s*[，,；;。]\s*(?:实际完成|完成(?=值|情况|[:：]|\s*[\d约]))(?:值|情况)?[:：]?\s*(.+?)[。；;]?$/;

/**
 * One part of a cell holding two fields (ColumnInfo.part: `≥90%/95%`, `≥3场/2场`, `≤500元/人/480元/人`): split at
 * its middle slash when it has an odd number of them, the units on both sides written alike; with none, or an even
 * number (a unit with a slash on one side only), the whole cell is the first field's and the second is blank. So is a
 * cell whose middle slash is a per-unit's, a unit alone after it (`≥5次/年`, `≥800元/亩`: the target, no actual yet).
 * The slashes of a date written year first (`2023/11/30`) are not counted. A sentence naming both (`目标≥60家，完成62家`)
 * is split at its words.
 */
export function pairedPart(v: CellValue, part: 0 | 1): CellValue {
  if (typeof v !== 'string') return part === 0 ? v : null;
  // the two in a sentence: 目标≥60家，完成62家; 目标：≥3场；完成：2场; 年度目标≥95%，实际完成100%
  // (spaces run together first: a run of them under \s* and .+? both backtracks for minutes — 目标 and 4,000 spaces)
  const said = PAIRED_SENTENCE.exec(v.trim().replace(/\s+/g, ' '));
  if (said) return said[part + 1];
  const at: number[] = [];
  // a date's slashes are no field's (`2023/11/30/11月20日完成`: the target 2023/11/30, the actual 11月20日完成)
  const masked = v.replace(/(\d{4})[/／](\d\d?)[/／](?=\d)/g, '$1-$2-');
  for (let i = 0; i < v.length; i++) if (masked[i] === '/' || masked[i] === '／') at.push(i);
  if (at.length % 2 === 0) return part === 0 ? v : null;
  const cut = at[(at.length - 1) / 2];
  const after = v.slice(cut + 1).trim();
  if (Object.values(UNITS).some((us) => us.includes(after))) return part === 0 ? v : null;
  return part === 0 ? v.slice(0, cut).trim() : after;
}

/**
 * Reads a table sheet; returns null when no header row is found. `fiscalYear` (配置's 评价年度) reads
 * headers that name it (`2018年拨付资金`); without it, the year the rows above the header or the
 * sheet's name write (`2018年度…台账`).
 */
export function readTable<K extends string>(sheet: GridSheet, defs: ReadonlyArray<ColumnDef<K>>, fiscalYear?: number): Table<K> | null {
  const block = findHeader(sheet, defs);
  if (!block) return null;
  const { merges: normalized } = zoneOf(sheet);
  const o = origin(sheet);
  const headerRow = o.row + block.top;
  const headerBottom = o.row + block.bottom;
  const index = headerIndex(defs);

  // Every column's match first; then, per field, a visible column over a hidden one (what the officer sees, edits and
  // prints: a hidden column is an old or a helper one), then the most specific header (the canonical one, else the alias
  // listed first in the catalogue: 本年度拨付 over 已拨付), between equals the first column.
  const matched: { info: ColumnInfo; key: K; rank: number; standIn?: { readonly path: string; readonly county: boolean } }[] = [];
  const unknown: ColumnInfo[] = [];
  const shares: { key: K; group: string; col: number; leaf: string }[] = [];
  // The sheet's year, for a header that writes one (header.ts matchYearPath): asked at most once.
  let year: { readonly is: number | undefined } | undefined;
  const sheetYear = (): number | undefined =>
    (year ??= { is: fiscalYear ?? inferYear([...textsAbove(sheet, block.top), sheet.name]) ?? latestYearGroup(block) ?? latestFieldYear(block, index) }).is;
  for (const hc of block.columns) {
    const m = matchColumn(hc.path, index, sheetYear);
    const leaf = hc.path[hc.path.length - 1];
    const base = { col: o.col + hc.col, row: o.row + hc.row };
    const pair = m ? undefined : pairedHeader(hc.path, index);
    if (pair) {
      pair.forEach((p, part) => matched.push({ info: { ...base, header: leaf, part: part as 0 | 1 }, key: p.def.key, rank: p.rank }));
      continue;
    }
    if (!m) {
      if (!NOT_FIELDS.has(leaf)) unknown.push({ ...base, header: hc.path.join('/') });
      if (isMoneyPart(hc.path, index))
        for (let g = hc.path.length - 2; g >= 0; g--) {
          const gm = matchHeader(hc.path[g], index);
          if (gm?.def.type === 'amount') {
            shares.push({ key: gm.def.key, group: hc.path[g], col: hc.col, leaf });
            break;
          }
        }
    }
    else matched.push({ info: { ...base, unit: m.unit, header: leaf }, key: m.def.key, rank: m.rank, ...(m.standIn ? { standIn: { path: hc.path.join('/'), county: (COUNTY_HEADERS as ReadonlyArray<string>).includes(acceptedNamesOf(m.def)[m.rank]) } } : {}) });
  }
  const columns: Partial<Record<K, ColumnInfo>> = {};
  const chosen = new Map<K, (typeof matched)[number]>();
  const hidden = (m: (typeof matched)[number]): boolean => sheet.hiddenCols?.includes(m.info.col) === true;
  const weight = (m: (typeof matched)[number]): number => m.rank + (hidden(m) ? 1e4 : 0);
  for (const m of matched) {
    const cur = chosen.get(m.key);
    if (!cur || weight(m) < weight(cur)) chosen.set(m.key, m);
  }
  const duplicates: DuplicateColumn<K>[] = [];
  let county: ColumnInfo | undefined;
  for (const m of matched) {
    const kept = chosen.get(m.key)!;
    if (kept === m) columns[m.key] = m.info;
    // a county beside 地州市: the project's county (the first such column)
    else if (m.standIn?.county && !kept.standIn && !county) county = m.info;
    // another stand-in (补助金额) beside the field's own column (财政支持资金) is another thing, not read: as any unknown column
    else if (m.standIn && !kept.standIn) {
      unknown.push({ col: m.info.col, row: m.info.row, header: m.standIn.path });
      unknown.sort((a, b) => a.col - b.col);
    }
    else duplicates.push({ key: m.key, col: m.info.col, row: m.info.row ?? headerRow, header: m.info.header, firstCol: kept.info.col, keptHeader: kept.info.header, ...(hidden(m) && !hidden(kept) ? { hidden: true as const } : {}) });
  }

  const partsOnly: Partial<Record<K, PartsOnly>> = {};
  for (const sh of shares) {
    if (columns[sh.key]) continue;
    const cur = partsOnly[sh.key];
    if (cur) partsOnly[sh.key] = { ...cur, parts: [...cur.parts, sh.leaf] };
    else partsOnly[sh.key] = { ...groupCell(zoneOf(sheet).zone, block, sh.col, sh.group, o), group: sh.group, parts: [sh.leaf] };
  }

  // Merged body cells give their value to every cell they span, within the body rows and the
  // header's columns (the only cells read): a merge over A2:XFD1048576 must not expand into
  // 17 billion cells.
  const fill = new Map<number, CellValue>();
  // rows whose first cell is merged across three or more of the table's columns: row → that cell's column. Counted in
  // the header's columns, not the sheet's: a 项目名称 whose header is merged over three sheet columns (and every
  // name under it so) is one column, and a project that wrote only its name is still a project.
  const across = new Map<number, number>();
  const lastRow = o.row + sheet.values.length - 1;
  const firstCol = o.col;
  const lastCol = o.col + (block.columns.length ? block.columns[block.columns.length - 1].col : 0);
  const width = lastCol + 1;
  // headersBefore[c]: the header's columns left of sheet column c
  const headersBefore = new Int32Array(width + 1);
  for (const hc of block.columns) headersBefore[o.col + hc.col + 1] = 1;
  for (let c = 1; c <= width; c++) headersBefore[c] += headersBefore[c - 1];
  const records = defs.some((d) => d.identity);
  for (const m of normalized.merges) {
    if (m.top <= headerBottom) continue; // a header cell merged down is a header, not a body value
    const master = rawValue(sheet, m.top, m.left);
    const r1 = Math.min(m.bottom, lastRow);
    const c0 = Math.max(m.left, firstCol);
    const c1 = Math.min(m.right, lastCol);
    if (headersBefore[c1 + 1] - headersBefore[c0] >= 3) across.set(m.top, m.left);
    // A record's merge (a catalogue with an identity field: the ledger) fills down its own column only: a name merged
    // across 承担单位 and 统一社会信用代码 leaves them blank (L002), not the name. A form's label merged across (一级 and
    // 二级 满意度指标, 绩效指标) names every column it spans.
    for (let r = Math.max(m.top, headerBottom + 1); r <= r1; r++)
      for (let c = c0; c <= c1 && !(records && headersBefore[c + 1] > headersBefore[c0 + 1]); c++) if (r !== m.top || c !== m.left) fill.set(r * width + c, master);
  }
  const value = (row: number, col: number): CellValue => {
    if (fill.size) {
      const f = fill.get(row * width + col);
      if (f !== undefined) return f;
    }
    return rawValue(sheet, row, col);
  };

  const titleTexts = textsAbove(sheet, block.top);
  let unit: '万元' | '元' | undefined;
  for (const t of titleTexts) unit = declaredUnit(t) ?? unit; // the line nearest the header counts

  const bodyRows: number[] = [];
  const totals: TotalRow[] = [];
  const skipped: SkippedRow[] = [];
  const first = leadRows(sheet, block.bottom + 1, skipped);
  const unitRow = skipped.find((k) => k.kind === 'units');
  if (unitRow) unitsFromRow(sheet, unitRow.row, columns, defs);
  const idDef = defs.find((d) => d.identity);
  const idCol = idDef ? columns[idDef.key]?.col : undefined;
  const continued = idCol === undefined ? NO_ROWS : continuationRows(normalized.merges, idCol, headerBottom);
  bodyOf(sheet, first, bodyRows, totals, rowSense(block, columns, defs, o.col), skipped, continued, across);
  return { sheet, headerRow, headerBottom, titleTexts, unit, columns, unknown, ...(county ? { county } : {}), duplicates, partsOnly, overlaps: normalized.overlaps, bodyRows, totals, skipped, value, bodyUnmerged: fill.size === 0 };
}

/** The texts of the rows above the header (relative row `top`): titles, unit lines (trimmed, in order). */
function textsAbove(sheet: GridSheet, top: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < top; r++) for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && v.trim()) out.push(v.trim());
  return out;
}

/** The cell (absolute) of the group text over relative column `col`: its merge's first cell, or the text itself. */
function groupCell(z: HeaderZone, block: HeaderBlock, col: number, group: string, o: { readonly row: number; readonly col: number }): { row: number; col: number } {
  for (let r = block.top; r <= block.bottom; r++) {
    const s = z.hspan(r, col);
    for (const c of s >= 0 ? [s] : [col, ...Array.from({ length: col }, (_, i) => col - 1 - i)]) {
      if (z.text(r, c) === group) return { row: o.row + r, col: o.col + c };
      if (s < 0 && z.text(r, c)) break;
    }
  }
  return { row: o.row + block.top, col: o.col + col };
}

/** Rows right under the header that may be a 栏次 row or a unit row (either order). */
const LEAD_ROWS = 2;

/**
 * The 栏次 and unit rows right under the header (relative row `first` on) into `skipped`; returns
 * the relative row the body starts at.
 */
function leadRows(sheet: GridSheet, first: number, skipped: SkippedRow[]): number {
  const o = origin(sheet);
  let rel = first;
  for (let seen = 0; seen < LEAD_ROWS && rel < sheet.values.length; rel++) {
    const cells = sheet.values[rel];
    if (!cells || cells.every(isBlank)) continue;
    seen++;
    const kind: SkippedKind | undefined = isColumnNumbers(cells) ? 'columnNumbers' : isUnitRow(cells) ? 'units' : undefined;
    if (!kind) break;
    skipped.push(skippedRow(cells, o, o.row + rel, kind));
  }
  // The body starts at the first row not skipped.
  let start = first;
  for (const k of skipped) start = Math.max(start, k.row - o.row + 1);
  return start;
}

/** A 栏次 cell: `1`, `(1)`, `（1）`, `3=1+2` (or a letter: isColumnLetters). */
const COLUMN_NUMBER = /^[(（]?(\d{1,3})[)）]?(?:=[\d+\-*/×()（）]*)?$/;
/** Cells a 栏次 row may start with before its numbers: the letters of text columns (甲, 乙 …), `栏次`. */
const COLUMN_LETTER = /^(?:[甲乙丙丁戊己庚辛]|栏次|栏号|行次|序号|[-—─])$/;

/** Cells that are consecutive numbers from 1 (at least 3), after any column letters: a column-number row. */
function isColumnNumbers(cells: ReadonlyArray<CellValue>): boolean {
  return isColumnLetters(cells) || isColumnDigits(cells);
}

/** 栏次 written as letters, one per column: `A B C …` (or `a b c …`), from the first; after 栏次/序号 too. */
function isColumnLetters(cells: ReadonlyArray<CellValue>): boolean {
  let next = -1;
  let seen = 0;
  for (const v of cells) {
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    const t = stripSpaces(v);
    if (seen === 0 && next < 0 && COLUMN_LETTER.test(t)) continue;
    if (t.length !== 1) return false;
    const c = t.toUpperCase().charCodeAt(0);
    if (next < 0 ? c !== 65 : c !== next) return false;
    next = c + 1;
    seen++;
  }
  return seen >= 3;
}

function isColumnDigits(cells: ReadonlyArray<CellValue>): boolean {
  let next = 1;
  for (const v of cells) {
    if (isBlank(v)) continue;
    let n: number;
    if (typeof v === 'number') n = v;
    else if (typeof v === 'string') {
      const t = stripSpaces(v);
      const m = COLUMN_NUMBER.exec(t);
      if (m) n = Number(m[1]);
      else if (next === 1 && COLUMN_LETTER.test(t)) continue;
      else return false;
    } else return false;
    if (n !== next) return false;
    next++;
  }
  return next > 3;
}

/** A unit in brackets alone in its cell: `（万元）`, `(件)`, `【人次】`, `（单位：万元）`. */
const UNIT_CELL = /^[(（[【〔][^()（）[\]【】〔〕\d]{1,8}[)）\]】〕]$/;
/** A unit written bare (`万元`, `元`, `年`, `个`): a unit row of them names a money unit too (a word alone is no unit row). */
const UNIT_WORDS: ReadonlySet<string> = new Set(Object.values(UNITS).flat());

function isUnitRow(cells: ReadonlyArray<CellValue>): boolean {
  let any = false;
  let bare = false;
  let money = false;
  for (const v of cells) {
    if (isBlank(v)) continue;
    const t = typeof v === 'string' ? stripSpaces(v) : '';
    if (!UNIT_CELL.test(t)) {
      if (!UNIT_WORDS.has(t)) return false;
      bare = true;
    }
    money ||= declaredUnit(t) !== undefined;
    any = true;
  }
  return any && (!bare || money);
}

/** A unit row gives its money unit to the columns whose header names none, as `（万元）` in the header does. */
function unitsFromRow<K extends string>(sheet: GridSheet, row: number, columns: Partial<Record<K, ColumnInfo>>, defs: ReadonlyArray<ColumnDef<K>>): void {
  for (const d of defs) {
    const info = columns[d.key];
    if (!info || info.unit) continue;
    const v = rawValue(sheet, row, info.col);
    const u = typeof v === 'string' ? declaredUnit(v) : undefined;
    if (u) columns[d.key] = { ...info, unit: u };
  }
}

/** What bodyOf needs to tell a note, a title or a repeated header from a record. */
interface RowSense {
  /** Every header text (as written, and trimmed): the gate to the header test. */
  readonly headerTexts: ReadonlySet<string>;
  /**
   * 1 at `c & HEADER_START_MASK` for the first character `c` of each header text: a text whose
   * first character is not marked is no header text, with no look-up (no hash made of each row's
   * 项目编号, new text at every row). A mark may stand for another character too: then the look-up answers.
   */
  readonly headerStarts: Uint8Array;
  /** Relative column → the texts of its header path (trimmed). */
  readonly headerAt: ReadonlyMap<number, ReadonlySet<string>>;
  /** Relative column of the identity field (项目编号), -1 when the catalogue or the sheet has none. */
  readonly idCol: number;
  /**
   * Relative column a note leaves blank: the identity field, else (a catalogue without one: 绩效指标) the first required
   * text field (三级指标). A row that opens with a note's words and leaves it blank is a note (`填表说明：…`, `总分`,
   * `填表人：`), not an indicator.
   */
  readonly noteCol: number;
  /** Relative columns of the required text fields. */
  readonly requiredText: ReadonlyArray<number>;
  /** Relative columns of the amount fields: a project's money, where a footer writes none. */
  readonly money: ReadonlyArray<number>;
}

const HEADER_START_MASK = 1023;

function rowSense<K extends string>(block: HeaderBlock, columns: Partial<Record<K, ColumnInfo>>, defs: ReadonlyArray<ColumnDef<K>>, col0: number): RowSense {
  const headerTexts = new Set<string>();
  const headerStarts = new Uint8Array(HEADER_START_MASK + 1);
  const headerAt = new Map<number, Set<string>>();
  for (const hc of block.columns) {
    const set = new Set<string>();
    for (const t of hc.path) {
      set.add(t);
      headerTexts.add(t);
      if (t !== '') headerStarts[t.charCodeAt(0) & HEADER_START_MASK] = 1;
    }
    headerAt.set(hc.col, set);
  }
  let idCol = -1;
  const requiredText: number[] = [];
  const money: number[] = [];
  for (const d of defs) {
    const info = columns[d.key];
    if (!info) continue;
    if (d.identity) idCol = info.col - col0;
    else if (d.required && (d.type === 'text' || d.type === 'patent')) requiredText.push(info.col - col0);
    else if (d.type === 'amount') money.push(info.col - col0);
  }
  return { headerTexts, headerStarts, headerAt, idCol, noteCol: idCol >= 0 ? idCol : (requiredText[0] ?? -1), requiredText, money };
}

/**
 * First characters of a text that may open a note, a block title or a header cell written again (bit 1), and last
 * ones that may end a page's title line (bit 2: `项目台账（续2）`, `…台账 续表`, a space after): the cheap gate of bodyOf.
 */
const SUSPECT_START = new Uint8Array(0x10000);
for (const ch of ')）表页 \u3000') SUSPECT_START[ch.charCodeAt(0)] |= 2;
for (const ch of '其注说备填审复负单部经联电制一二三四五六七八九十（( \u3000') SUSPECT_START[ch.charCodeAt(0)] |= 1;
// … or a group title: a 地州市's name (official or short: regions.ts) or a cohort block (新上项目, 结转项目).
for (const ch of '乌克吐哈昌博巴阿喀和伊塔自区本新结续往') SUSPECT_START[ch.charCodeAt(0)] |= 1;
// … or a printed page's line: 续表, 第2页.
for (const ch of '第共') SUSPECT_START[ch.charCodeAt(0)] |= 1;
// … or the foot of a scored form: 总分 (自评总分（含预算执行10分）, the 2018 form's), 自评等级, 评价等级, 综合得分.
for (const ch of '总评综') SUSPECT_START[ch.charCodeAt(0)] |= 1;
// … or the header written again by another form's words: 序号 over the 项目编号 column.
SUSPECT_START['序'.charCodeAt(0)] |= 1;
// … or a footer's signature or sender line (SIGNATURE: 报送单位, 上报单位, 编制人, 审批人, 核对, 校对, 分管领导, 主管领导, 财务负责人, 手机,
// 邮箱, 传真, 日期：, 盖章, 公章, 签字), or a total whose
// figures are elsewhere (TOTAL_ELSEWHERE: 合计见附表, 小计略).
for (const ch of '报上编核校审批分主财手邮传日盖公签合小') SUSPECT_START[ch.charCodeAt(0)] |= 1;

/** A block title alone on its row: `一、新上项目`, `（二）结转项目`. */
const BLOCK_TITLE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]).{0,40}$/;
/** What may follow a group's name on its title row: a count (`（48个）`, `(共5项)`) or a colon. */
const GROUP_TAIL = /(?:[(（][^()（）]{0,12}[)）])?[:：]?$/;
/** A cohort block's title without numbering: `新上项目`, `2017年结转项目`, `续建项目（120个）`. */
const COHORT_TITLE = /^(?:\d{4}年度?)?(?:新上|新立项|新增|结转|续建|往年|以前年度)(?:项目)?$/;
/**
 * A printed page's continuation line: `续表`, `（续表2）`, `续表一`, `续上表`, `（接上页）`, `第2页`, `第2页，共5页`, `共5页第2页`; and
 * the table's title retyped with its mark (`项目台账（续2）`, `2018年度…台账（续表）`, `…明细表 续表`, `…清单（续）`): a name that
 * ends so (…中心（续）, …（续建）) is no table's. Text as stripSpaces leaves it (half-width brackets and commas).
 */
const PAGE_LINE = /^(?:.{0,60}(?:台账|[表单]|明细))?\(?(?:续[上前]?[表页]?[\d一二三四五六七八九十]*|[接承][上前][页表])\)?$|^(?:第\d+页(?:,?共\d+页)?|共\d+页,?第\d+页)$/;

/**
 * A block title alone on its row: numbered (`一、新上项目`), or a group's name without numbering —
 * a 地州市 (`乌鲁木齐市`, `巴州（12个）`: a ledger grouped by prefecture) or a cohort block (`新上项目`) —,
 * or a printed page's continuation line (`续表`, `第2页`).
 * The name must be the whole text (less a count): a project's name that starts with a place is a project.
 */
/** The 地州市 a block title names (`乌鲁木齐市（48个）`, `巴州：` → 巴音郭楞蒙古自治州), or undefined. */
export function blockRegion(label: string): string | undefined {
  const text = stripSpaces(label);
  return text.length > 30 ? undefined : regionNamed(text.replace(GROUP_TAIL, ''));
}

function isBlockTitle(text: string): boolean {
  if (BLOCK_TITLE.test(text) || PAGE_LINE.test(text)) return true;
  if (text.length > 30) return false;
  const name = text.replace(GROUP_TAIL, '');
  return name !== '' && (isRegionName(name) || COHORT_TITLE.test(name));
}
/**
 * What a note says — one list for the two places a note is told: the words a note or signature line opens with
 * (注：, 填表人 …: NOTE_START, any row of the body), and with them those of a line of words alone in the 项目编号
 * column (以下空白, 以下为重复粘贴, 此页无数据 …: LINE_NOTE, wordsAlone — a project's name may open with 以上 or hold 重复,
 * its code never). Where a row is looked at (its column, the rest of it blank) is apart.
 */
/**
 * The words a footer's signature or sender line opens with (the class, not one form's): who signs (填表人, 审核人, 分管领导,
 * 财务负责人 …), who sends or compiles (报送单位, 编制单位, 填报单位 — with a colon, a space or nothing after: `填报单位
 * 自治区科学技术厅`), who approves or checks (上报单位, 审批人, 审定, 核对：张三, 校对, 批准人 — a bare verb only as a label: a
 * colon, a bracket, a digit or nothing after, or a space and who (SIGNED: 核对 张三), so 审批时限 and 核对准确率 stay names), when (报送日期, 编制时间 …), how to reach them
 * (联系电话, 联系方式, 手机：, 邮箱：, 传真：). The seal or signature (（盖章）, 公章, 签字：) is NOTE_START's. Kept short: its
 * text is in functions.js (FINDINGS reads a range's notes too).
 */
const SIGNS = '(?:报送|上报|编制|填报|填表|制表|审[核批定]|复核|核对|校对|批准|经办)';
const SIGNATURE = `(?:单位|部门|财务|主要)?负责人|[分主]管领导|${SIGNS}(?:单位|部门|人|日期|时间|(?=[:：(（\\d]|$))|制表|联系(?:人|电话|方式)|(?:手机|(?:电子)?邮箱|传真)(?:号码?)?(?=[:：(（\\d]|$)`;
/** A bare verb, a space and who (`核对 张三`, `审核 李四`): the label with a space for its colon (核对系统建设 has none). */
const SIGNED = new RegExp(`^\\s*${SIGNS}\\s+\\S`);
const NOTE_START = new RegExp(
  `^(?:其中|注[:：\\d①-⑩一二三四五六七八九十、.．]|(?:填表|填报)?说明[:：]|备注[:：]|(?:(?:自评)?总分|自评等级|评价等级|综合得分)(?![\\u4e00-\\u9fa5])|等级[:：]|${SIGNATURE}|(?:电话|日期)[:：]|(?:单位)?[(（]?(?:[盖公签]章|签[字名])|${TOTAL_ELSEWHERE})`,
);
const LINE_NOTE = new RegExp(`${NOTE_START.source}|^(?:以下|以上|此页|本页|此表|本表|此处|下同|同上)|空白|重复|无数据|无正文|无内容|无项目`);

const isNote = (v: CellValue): boolean => typeof v === 'string' && (NOTE_START.test(stripSpaces(v)) || SIGNED.test(v));

/**
 * Words of NOTE_START that also open an indicator's name (三级指标): `其中：培训贫困户` is a sub-indicator, and
 * `部门负责人满意度` a satisfaction indicator. In a catalogue without an identity field (绩效指标), where the note's cell
 * is the 三级指标 itself, 其中 opens no note, and a signature or seal word opens one only as a label (`负责人：`, `填表人 张三`,
 * `审核人（签字）：`, `公章`, `联系电话0991-…`); in a ledger, such a word run on into a name with money beside it is a
 * project (审批人员培训, 公章管理系统建设: rowClass). The label is taken whole before what follows it is looked at — `(?=(…))\1`, as JavaScript has no
 * atomic group — so `制表人：李四`, `制表单位：…` and `制表日期：…` stay notes (an optional `人` given back made them names).
 */
const NAME_LIKE_NOTE = new RegExp(`^\\s*(?:其中|(?=(${SIGNATURE}|(?:单位)?(?:[盖公签]章|签[字名])))\\1(?!\\s*[:：(（\\d]|\\s|$))`);

/** isNote in a catalogue without an identity field (sense.idCol < 0): NAME_LIKE_NOTE's words are names there. */
const isNoteIn = (v: CellValue, sense: RowSense): boolean => isNote(v) && (sense.idCol >= 0 || !NAME_LIKE_NOTE.test(v as string));

/** A section's numbering alone in its cell (序号 `一`, `二、`, `（三）`): a project is numbered 1, 2, 3. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]?|[(（][一二三四五六七八九十]{1,3}[)）])$/;
/** A group's subtotal word, alone in its cell or after the group's name (`伊犁州小计`). */
const SUBTOTAL_END = /[小合]计[:：]?$/;
/** A figure written as text on a group's row (its subtotal): `1,234.50`. */
const FIGURE_TEXT = /^[-\d,.，．]+$/;

/** A positive amount under 10 digits, as a number or its figures as text (`12.5`, `1,200`): no phone number. */
function amountLike(v: CellValue): boolean {
  const n = typeof v === 'string' && FIGURE_TEXT.test(v.trim()) ? Number(v.replace(/,/g, '')) : v;
  return typeof n === 'number' && n > 0 && n < 1e9;
}

/**
 * A section's row numbered in a cell of its own — `一 | 新上项目`, `二、 | 阿克苏地区 | 1341 | 585.5` (a group's name with
 * its subtotal) — a title, the block's name its one other text, no 项目编号; its figures are listed (S009), not summed.
 * A row with figures is a title only when its name is a group's (GROUP_NAME: a 地州市, a county, a cohort, a class of
 * projects): `二 | 喀什冷链物流中心建设 | 500 | 300` is a project numbered in words, its missing fields said (L002).
 */
function numberedTitle(cells: ReadonlyArray<CellValue>, first: number, sense: RowSense): boolean {
  if (!SECTION_NUMBER.test(stripSpaces(cells[first] as string))) return false;
  let title = -1;
  let figures = false;
  for (let c = first + 1; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    if (typeof v === 'number' || (typeof v === 'string' && FIGURE_TEXT.test(v.trim()))) figures = true;
    // the group's 小计 or 合计 in a cell after its name (二 | 伊犁州 | 小计 | 400): its subtotal row
    else if (title >= 0 && typeof v === 'string' && !stripSpaces(v).replace(SUBTOTAL_END, '')) continue;
    else if (typeof v !== 'string' || title >= 0) return false;
    else title = c;
  }
  // a ragged row ends before its 项目编号 (undefined there: blank)
  const id = cells[sense.idCol];
  if (title < 0 || (title !== sense.idCol && id !== undefined && !isBlank(id))) return false;
  const text = stripSpaces(cells[title] as string).replace(SUBTOTAL_END, '');
  return text.length <= 40 && !/[0-9A-Za-z]/.test(text) && (!figures || isBlockTitle(text) || GROUP_NAME.test(text));
}

/**
 * A group's name beside its subtotal, besides a 地州市 or a cohort (isBlockTitle): a county (疏附县, 伊州区, 达坂城区), a class
 * (种植类项目). Not a zone a project builds or runs, named by its kind's last character (现代农业示范区, 经济技术开发区, 试验区,
 * 自然保护区, 集聚区, 工业区, 景区, 灌区, 库区, 厂区, 片区, 产业园区, 校区, 社区, 示范县; 智慧城市, 超市): with money beside it, a
 * project. (林区, 矿区 are counties' names too: 神农架林区.)
 */
const GROUP_NAME = /^[\u4e00-\u9fa5]{1,8}(?:(?<![范发验护聚业景灌库厂片园校社])(?:县|(?<![城超集])市|区|旗)|类(?:项目)?)$/;

/** The class of a row that is not data (a note, a block title, the header again), or undefined for a record. */
function rowClass(cells: ReadonlyArray<CellValue>, sense: RowSense): SkippedKind | undefined {
  let first = -1;
  let filled = 0;
  let asHeader = 0;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    filled++;
    if (first < 0) first = c;
    if (typeof v === 'string' && sense.headerAt.get(c)?.has(v.trim())) asHeader++;
  }
  if (asHeader >= MIN_KNOWN_HEADERS) return 'header';
  if (sense.noteCol < 0 || first < 0) return undefined;
  const lead = cells[first];
  const id = cells[sense.noteCol];
  const noId = sense.noteCol === first || id === undefined || isBlank(id);
  if (sense.idCol >= 0 && filled === 1 && noId && typeof lead === 'string' && isBlockTitle(stripSpaces(lead))) return 'title';
  if (sense.idCol >= 0 && typeof lead === 'string' && numberedTitle(cells, first, sense)) return 'title';
  if (!isNoteIn(lead, sense) || !(noId || isNoteIn(id, sense) || labelled(cells, sense.noteCol))) return undefined;
  // a signer's or seal word run on into a name (审批人员培训, 公章管理系统建设: NAME_LIKE_NOTE's group 1, not 其中) with an
  // amount: a project; a footer's numbers are a phone (10+ digits) or a date, and a label ends where its colon, space or
  // digits start (核对 张三, 联系电话0991…)
  if (sense.idCol >= 0 && NAME_LIKE_NOTE.exec(lead as string)?.[1] && sense.money.some((c) => amountLike(cells[c]))) return undefined;
  for (const c of sense.requiredText) {
    const v = cells[c];
    if (c !== first && v !== undefined && !isBlank(v) && !isNoteIn(v, sense) && !labelled(cells, c)) return undefined;
  }
  return stripSpaces(lead as string).startsWith('其中') ? 'breakdown' : 'note';
}

/**
 * Whether the nearest filled cell left of column `c` is a note's label ending in a colon: a footer written as label and
 * value pairs across the row (`填表人：` | 张三 | … | `核对：` | 王五) — the value under a required column is the label's, no
 * project's. Without the colon (`编制单位` | 某公司) the row stays a project: nothing says the next cell is a value.
 */
function labelled(cells: ReadonlyArray<CellValue>, c: number): boolean {
  for (let k = c - 1; k >= 0; k--) {
    const v = cells[k];
    if (isBlank(v)) continue;
    return typeof v === 'string' && isNote(v) && /:$/.test(stripSpaces(v));
  }
  return false;
}

function skippedRow(cells: ReadonlyArray<CellValue>, o: { readonly row: number; readonly col: number }, row: number, kind: SkippedKind): SkippedRow {
  let col = -1;
  let label = '';
  const numbers: number[] = [];
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    if (col < 0) col = o.col + c;
    // a part's own number (its 序号 1.1, isSubItem's first cell) is no amount left uncounted
    if (typeof v === 'number') {
      if (kind !== 'subItem' || col < o.col + c) numbers.push(o.col + c);
    }
    // a section's or a part's numbering alone in its cell (一 | 新上项目, 4.1 | 子课题) labels nothing: the name does
    else if (!label && typeof v === 'string' && !SECTION_NUMBER.test(stripSpaces(v)) && !SUB_SERIAL.test(v.trim())) label = v.trim();
  }
  if (!label && col >= 0) label = String(cells[col - o.col]);
  return { row, kind, col: Math.max(col, o.col), label, numbers };
}

/**
 * A total numbered in a cell of its own (`六 | 合计 | 400`, `（六）| 小计`, `一、| 全区合计`): the label is the next cell's, into
 * `totals`. A group's name before it (`八 | 伊犁州小计 | 400`) is the group's row, a title (numberedTitle).
 */
function numberedTotal(cells: ReadonlyArray<CellValue>, at: number, row: number, totals: TotalRow[]): boolean {
  if (!SECTION_NUMBER.test(stripSpaces(cells[at] as string))) return false;
  for (let c = at + 1; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    const text = typeof v === 'string' ? stripSpaces(v) : '';
    const m = TOTAL_LABEL.exec(text);
    if (!m || (m[1] !== undefined && !WHOLE_PREFIX.test(text.slice(0, text.lastIndexOf(m[1]))))) return false;
    totals.push(totalRow(row, text, m));
    return true;
  }
  return false;
}

/** Whether a row whose first text passed the gate is a note, a title or the header again (then into `skipped`). */
function skips(cells: ReadonlyArray<CellValue>, sense: RowSense, o: { readonly row: number; readonly col: number }, row: number, skipped: SkippedRow[]): boolean {
  const kind = rowClass(cells, sense);
  if (kind) skipped.push(skippedRow(cells, o, row, kind));
  return kind !== undefined;
}

/**
 * The body rows (absolute) from relative row `first` on, into `bodyRows`: blank rows skipped,
 * 合计/总计/小计 rows set apart into `totals`, notes, block titles and the header written again
 * into `skipped` (looked at only when the row's first text opens like one: SUSPECT_START, a header text). (A function of its own: V8 compiles this loop over
 * every row of a ledger while it runs, and a small function compiles in a fraction of the time
 * readTable as a whole takes.)
 */
const NO_ROWS: ReadonlyMap<number, number> = new Map();

/** Rows (absolute) whose identity cell (column `idCol`) is a body merge's from a row above: row → the merge's first row. */
function continuationRows(merges: NormalizedMerges['merges'], idCol: number, headerBottom: number): ReadonlyMap<number, number> {
  const out = new Map<number, number>();
  for (const m of merges)
    if (m.top > headerBottom && m.bottom > m.top && m.left <= idCol && idCol <= m.right) for (let r = m.top + 1; r <= m.bottom; r++) out.set(r, m.top);
  return out;
}

/** A continuation row: labelled with its project's 项目编号 (the merge's first cell), every cell it fills itself listed. */
function continuationRow(sheet: GridSheet, cells: ReadonlyArray<CellValue>, row: number, top: number, idCol: number): SkippedRow {
  const o = origin(sheet);
  const filledCols: number[] = [];
  for (let c = 0; c < cells.length; c++) if (!isBlank(cells[c])) filledCols.push(o.col + c);
  const id = rawValue(sheet, top, idCol);
  return { row, kind: 'continuation', col: filledCols[0] ?? idCol, label: typeof id === 'string' ? id.trim() : String(id ?? ''), numbers: filledCols };
}

/**
 * A line of words alone in the 项目编号 column, the rest of its row blank (以下空白, 以下为重复粘贴, 此页无数据): a note to
 * the reader, no project — a 项目编号 has a digit or a letter. (Asked only of a row whose first text is in that column
 * and opens with no ASCII character: a project's code never gets here.) The words must say what a note says
 * (LINE_NOTE): any other text alone there (远处的内容 in A1048576) is a project row missing its fields, and says so
 * (L002), so that nothing written in the ledger is passed over in silence.
 */
function wordsAlone(cells: ReadonlyArray<CellValue>, at: number, text: string): boolean {
  return !/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/.test(text) && LINE_NOTE.test(text) && alone(cells, at);
}

/** Whether column `at` is the row's one filled cell. */
function alone(cells: ReadonlyArray<CellValue>, at: number): boolean {
  for (let c = 0; c < cells.length; c++) if (c !== at && !isBlank(cells[c])) return false;
  return true;
}

/** Whether a row's first text may open a note, a title or the header again (then its row is looked at whole). */
function suspect(firstText: string, sense: RowSense): boolean {
  const c = firstText.charCodeAt(0);
  if ((SUSPECT_START[c] | (SUSPECT_START[firstText.charCodeAt(firstText.length - 1)] >> 1)) & 1) return true;
  if (sense.headerStarts[c & HEADER_START_MASK] !== 1) return false;
  // the header again as retyped: `项目编号 ` (rowClass compares its cells trimmed too)
  return sense.headerTexts.has(firstText) || sense.headerTexts.has(firstText.trim());
}

/**
 * A sentence alone on its row, its cell merged across the table (`across`: three columns or more), as a form writes a
 * note under its table (预警说明：…, 本表由…生成): no record — filled into every column it would be a name, a target
 * and an answer at once. Over 30 characters (a name longer than that is a description: T007), so that a group's
 * name merged across (一、产出指标, 乌鲁木齐市) stays what it was.
 */
function lineAcross(cells: ReadonlyArray<CellValue>, at: number, text: string): boolean {
  return text.trim().length > 30 && alone(cells, at);
}

/** A note's further line, numbered: `2.本年拨付含…`, `3、…`, `（4）…` (not `1.5`, a figure). */
const NOTE_LINE = /^(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）])/;
/** A part's number: `3.1`, `3．2` (text) or 3.1 (a number, as Excel keeps it typed): the project's number and the part's. */
const SUB_SERIAL = /^(\d{1,4})[.．]\d{1,2}$/;

/**
 * Whether a row without a 项目编号 is numbered, in a cell before the 项目编号 column, as a part of the project of the last body
 * row (`lastBody`): 3.1 under 3.
 */
function isSubItem(cells: ReadonlyArray<CellValue>, lastBody: ReadonlyArray<CellValue> | undefined, idCol: number): boolean {
  if (!lastBody) return false;
  for (let c = 0; c < idCol; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    const m = SUB_SERIAL.exec(String(v).trim());
    const parent = lastBody[c];
    return m !== null && parent != null && String(parent).trim() === m[1];
  }
  return false;
}

function bodyOf(sheet: GridSheet, first: number, bodyRows: number[], totals: TotalRow[], sense: RowSense, skipped: SkippedRow[], continued: ReadonlyMap<number, number>, across: ReadonlyMap<number, number>): void {
  const o = origin(sheet);
  // the header written again over several rows (附表1's 新上 and 结转 tables): its 项目编号 merged down over them
  let headerAgain = -1;
  let lastBody: ReadonlyArray<CellValue> | undefined;
  let lastRow = -1;
  for (let rel = first; rel < sheet.values.length; rel++) {
    const cells = sheet.values[rel];
    if (!cells) continue;
    let firstText: string | null = null;
    let firstAt = -1;
    let blank = true;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (isBlank(v)) continue;
      blank = false;
      if (typeof v === 'string') {
        firstText = v;
        firstAt = c;
        break;
      }
    }
    if (blank) continue;
    const row = o.row + rel;
    const prev = lastRow;
    lastRow = row;
    if (continued.size !== 0 && continued.has(row)) {
      const top = continued.get(row)!;
      skipped.push(top === headerAgain ? skippedRow(cells, o, row, 'header') : continuationRow(sheet, cells, row, top, o.col + sense.idCol));
      continue;
    }
    // Every label holds 计, which stripSpaces keeps: a row without it is a body row, unstripped.
    const text = firstText !== null && firstText.includes('计') ? stripSpaces(firstText) : null;
    const label = text !== null ? TOTAL_LABEL.exec(text) : null;
    if (label) totals.push(totalRow(row, text!, label));
    else if (firstText !== null && suspect(firstText, sense) && (numberedTotal(cells, firstAt, row, totals) || skips(cells, sense, o, row, skipped))) {
      const last = skipped[skipped.length - 1];
      if (last?.row === row && last.kind === 'header') headerAgain = row;
      continue;
    }
    else if (firstText !== null && firstAt === sense.idCol && firstText.charCodeAt(0) >= 0x80 && wordsAlone(cells, firstAt, firstText)) skipped.push(skippedRow(cells, o, row, 'note'));
    else if (firstText !== null && across.size !== 0 && across.get(row) === o.col + firstAt && lineAcross(cells, firstAt, firstText)) skipped.push(skippedRow(cells, o, row, 'note'));
    else if (firstText !== null && NOTE_LINE.test(firstText) && skipped[skipped.length - 1]?.row === prev && skipped[skipped.length - 1].kind === 'note' && alone(cells, firstAt)) skipped.push(skippedRow(cells, o, row, 'note'));
    else if (sense.idCol > 0 && isBlank(cells[sense.idCol]) && isSubItem(cells, lastBody, sense.idCol)) skipped.push(skippedRow(cells, o, row, 'subItem'));
    else {
      bodyRows.push(row);
      lastBody = cells;
    }
  }
}
