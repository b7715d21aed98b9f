/**
 * Header blocks: the one to four rows that name a table's columns. Budget systems and prefecture
 * offices write two- and three-row headers, group cells (`资金来源`, `拨付情况`) merged over the
 * columns they group, single-level headers merged down beside them:
 *
 *     项目编号 | 项目名称 | … | 资金来源            | 拨付情况
 *              |          |   | 财政资金 | 自筹资金 | 以前年度累计拨付 | 本年拨付
 *
 * A row under the header is a sub-header row when every cell it fills is text standing under a
 * group of the rows above (a merge two or more columns wide, or, in a file without merges such as
 * a CSV, a text followed by blank cells, when the row below names some of them, up to a column
 * whose own header stands on a row above). A project row always fills
 * a column that no group spans (its 项目编号 or 项目名称), so it is never taken for a sub-header.
 * Each column's header is then its path of texts, top group to leaf: the leaf names the column,
 * the group may complete it (`本年` under `拨付情况` → 本年拨付) and gives its unit to the leaves
 * that name none (`资金情况（万元）`).
 */
import type { CellValue, GridSheet, Merge } from '../grid';
import type { ColumnDef, HeaderMatch } from './columns';
import { acceptsYear, matchHeader, yearReadings } from './columns';
import { headerKey, stripSpaces, toHalfWidth, withoutForecast } from './text';

/** Most rows a header block has. */
export const MAX_HEADER_ROWS = 4;

/** A sheet's first rows as the header search sees them (relative coordinates). */
export interface HeaderZone {
  readonly rows: number;
  readonly width: number;
  /** Text of a cell ('' when blank or not text); `nonText` marks a filled cell that is not text. */
  text(r: number, c: number): string;
  nonText(r: number, c: number): boolean;
  /** Start column of the horizontal merge (two or more columns wide) covering the cell, or -1. */
  hspan(r: number, c: number): number;
  /** The cell is covered by a merge whose master is on an earlier row (a header merged down). */
  below(r: number, c: number): boolean;
}

/** Builds the zone of the first `rows` rows of a sheet with its (overlap-free) merges. */
export function headerZone(sheet: GridSheet, merges: ReadonlyArray<Merge>, rows: number): HeaderZone {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const n = Math.min(rows, sheet.values.length);
  let width = 0;
  for (let r = 0; r < n; r++) width = Math.max(width, sheet.values[r]?.length ?? 0);
  const hs: Int32Array[] = [];
  const bl: Uint8Array[] = [];
  for (let r = 0; r < n; r++) {
    hs.push(new Int32Array(width).fill(-1));
    bl.push(new Uint8Array(width));
  }
  for (const m of merges) {
    const top = m.top - o.row;
    const bottom = m.bottom - o.row;
    if (top >= n || bottom < 0) continue;
    const left = Math.max(m.left - o.col, 0);
    const right = Math.min(m.right - o.col, width - 1);
    for (let r = Math.max(top, 0); r <= Math.min(bottom, n - 1); r++)
      for (let c = left; c <= right; c++) {
        if (m.right > m.left) hs[r][c] = m.left - o.col;
        if (r > top) bl[r][c] = 1;
      }
  }
  const cell = (r: number, c: number): CellValue => sheet.values[r]?.[c] ?? null;
  return {
    rows: n,
    width,
    text(r, c) {
      const v = cell(r, c);
      return typeof v === 'string' ? v.trim() : '';
    },
    nonText(r, c) {
      const v = cell(r, c);
      return v !== null && typeof v !== 'string';
    },
    hspan: (r, c) => (r < n && c < width ? hs[r][c] : -1),
    below: (r, c) => (r < n && c < width ? bl[r][c] === 1 : false),
  };
}

/** `单位：万元`, `（单位：元）`, `金额单位：元`, `单位:人民币万元` anywhere in a text: the money unit it declares. */
const UNIT_DECLARATION = /单位[:：]?(?:为)?(?:人民币)?(万元|元)(?![\u4e00-\u9fa5A-Za-z0-9])/;
/** A cell holding nothing but a unit: `万元`, `（元）`, `[万元]`. */
const BARE_UNIT = /^[(（[【〔]?(万元|元)[)）\]】〕]?$/;

/** The money unit a line above a table declares, if any. */
export function declaredUnit(text: string): '万元' | '元' | undefined {
  const s = stripSpaces(text);
  const m = UNIT_DECLARATION.exec(s) ?? BARE_UNIT.exec(s);
  return m ? (m[1] as '万元' | '元') : undefined;
}

const LABEL_VALUE = /[:：]/;

/**
 * The horizontal groups of row `g` over row `g + 1`: for each column, the start column of the
 * group covering it, or -1. A group is a merge two or more columns wide, or a text followed by
 * blank cells while the row below fills that text's column and the blank ones.
 */
function groupsOf(z: HeaderZone, g: number, single: Uint8Array): Int32Array {
  const out = new Int32Array(z.width).fill(-1);
  for (let c = 0; c < z.width; c++) {
    const s = z.hspan(g, c);
    if (s >= 0) out[c] = s;
  }
  for (let c = 0; c < z.width; c++) {
    if (!z.text(g, c) || out[c] >= 0) continue;
    // The blank cells after the text, up to the next filled one, when the row below names some of them.
    let e = c;
    let named = false;
    while (e + 1 < z.width && !single[e + 1] && !z.text(g, e + 1) && !z.nonText(g, e + 1) && z.hspan(g, e + 1) < 0 && !z.below(g, e + 1)) {
      e++;
      named ||= z.text(g + 1, e) !== '';
    }
    if (named) for (let k = c; k <= e; k++) out[k] = c;
    // A year over one column, unmerged (`2018年` over 本年拨付, or over each of its columns, written again in each): a group
    // of that column when the row below names it, as the same year merged over two columns is.
    else if (g + 1 < z.rows && z.text(g + 1, c) !== '' && YEAR_GROUP.test(stripSpaces(toHalfWidth(z.text(g, c))))) out[c] = c;
  }
  return out;
}

/** Filled cells of a row (text or not). */
function filled(z: HeaderZone, r: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < z.width; c++) if (z.text(r, c) || z.nonText(r, c)) out.push(c);
  return out;
}

/** A row that can be a group row: two or more texts, none a `label：value` or a unit line (a title has one). */
function canGroup(z: HeaderZone, r: number): boolean {
  const cells = filled(z, r);
  if (cells.length < 2) return false;
  for (const c of cells) {
    const t = z.text(r, c);
    if (!t || t.length > 40 || LABEL_VALUE.test(t) || declaredUnit(t)) return false;
  }
  return true;
}

export interface HeaderColumn {
  /** Relative column. */
  readonly col: number;
  /** Relative row of the leaf text. */
  readonly row: number;
  /** Texts from the top group to the leaf, as written (trimmed). */
  readonly path: ReadonlyArray<string>;
}

export interface HeaderBlock {
  /** Relative rows of the block, inclusive. */
  readonly top: number;
  readonly bottom: number;
  readonly columns: ReadonlyArray<HeaderColumn>;
}

/**
 * The header block starting at relative row `top`: the row itself and the sub-header rows under
 * it (at most MAX_HEADER_ROWS rows in all), with each column's path of texts.
 */
export function headerBlock(z: HeaderZone, top: number): HeaderBlock {
  // single[c]: column c has its own header on a row of the block so far that groups nothing (a
  // single-level header, merged down or not): no group of a lower row reaches over it.
  const single = new Uint8Array(z.width);
  const groupCache = new Map<number, Int32Array>();
  const groups = (r: number): Int32Array => {
    let g = groupCache.get(r);
    if (!g) {
      groupCache.set(r, (g = groupsOf(z, r, single)));
      for (let c = 0; c < z.width; c++) if (z.text(r, c) && g[c] < 0) single[c] = 1;
    }
    return g;
  };
  // covered[c]: column c stands under a group of the block so far.
  let covered = new Uint8Array(z.width);
  let bottom = top;
  let groupRowOk = canGroup(z, top);
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 < z.rows) {
    const g = groups(bottom);
    const next = new Uint8Array(z.width);
    for (let c = 0; c < z.width; c++) next[c] = g[c] >= 0 || (covered[c] && !z.text(bottom, c)) ? 1 : 0;
    const cells = filled(z, bottom + 1);
    if (!cells.length) {
      // A row wholly covered by header cells merged down (group cells two rows tall) is part of the block.
      let through = false;
      for (let c = 0; c < z.width && !through; c++) through = z.below(bottom + 1, c);
      if (!through || !groupRowOk) break;
      covered = next;
      bottom++;
      continue;
    }
    if (!groupRowOk || !cells.every((c) => z.text(bottom + 1, c) && next[c])) break;
    covered = next;
    bottom++;
    groupRowOk = canGroup(z, bottom);
  }
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < z.width; c++) {
    const path: string[] = [];
    let leafRow = -1;
    for (let r = top; r <= bottom; r++) {
      const own = z.text(r, c);
      let t = own;
      if (!t && r < bottom) {
        const s = groups(r)[c];
        if (s >= 0 && s !== c) t = z.text(r, s);
      }
      if (!t || (!own && z.below(r, c))) continue;
      if (own || path[path.length - 1] !== t) path.push(t);
      if (own) leafRow = r;
    }
    if (path.length && leafRow >= 0) columns.push({ col: c, row: leafRow, path });
  }
  return { top, bottom, columns };
}

const GROUP_SUFFIX = /(?:情况|来源|明细|构成|信息|安排|结构)$/;
/** A leaf that only says "the amount" of its group: `合计`, `金额`, `小计`. */
const GENERIC_LEAF = /^(?:合计|小计|总计|金额|数额|总额|金额合计|计)$/;

/** Words of a group over money columns: `资金来源`, `资金安排（万元）`, `拨付情况`. */
const MONEY_GROUP = /资金|金额|经费|投资|拨付|拨款|资助|补助/;
/**
 * A leaf that is only the name of who gives a share of its group's money: `中央`, `自治区`, `地州`,
 * `其中：市级` (a leaf with money words, `省级财政资金`, stays the fund's money as headerReadings reads
 * it: FUNDING_LEVEL). Under a money group it is a part of that money (`地州` there is the prefecture's share,
 * not the 地州市 column), never a field of its own.
 */
const PART_LEAF = /^(?:其中[:：]?)?(?:中央|省级?|自治区(?:级|本级)?|地州市?|地市|州市?|市|县|(?:市|县|州|区)级|地方|本级|兵团|师市|其他)$/;

/** Whether a group cell stands over money: it names an amount field, a unit, or money words. */
function isMoneyGroup<K extends string>(group: string, index: ReadonlyMap<string, ColumnDef<K>>): boolean {
  const k = headerKey(group);
  return k.unit !== undefined || MONEY_GROUP.test(k.key) || matchHeader(group, index)?.def.type === 'amount';
}

/** Whether a header path is a share of its group's money (PART_LEAF under a money group): known as no field. */
export function isMoneyPart<K extends string>(path: ReadonlyArray<string>, index: ReadonlyMap<string, ColumnDef<K>>): boolean {
  if (path.length < 2 || !PART_LEAF.test(headerKey(path[path.length - 1]).key)) return false;
  for (let i = 0; i < path.length - 1; i++) if (isMoneyGroup(path[i], index)) return true;
  return false;
}

/** The column a header path names: the leaf, completed by its group where that is what makes it known. */
export function matchPath<K extends string>(path: ReadonlyArray<string>, index: ReadonlyMap<string, ColumnDef<K>>): HeaderMatch<K> | undefined {
  const leaf = path[path.length - 1];
  const groups = path.slice(0, -1).reverse();
  const parent = groups[0];
  if (parent !== undefined && isMoneyPart(path, index)) return undefined;
  const inherited = (): '万元' | '元' | undefined => {
    for (const g of groups) {
      const u = headerKey(g).unit;
      if (u) return u;
    }
    return undefined;
  };
  const withUnit = (m: HeaderMatch<K> | undefined): HeaderMatch<K> | undefined => (m && !m.unit ? { ...m, unit: inherited() } : m);
  if (parent !== undefined) {
    const leafKey = headerKey(leaf);
    const core = headerKey(parent).key.replace(GROUP_SUFFIX, '');
    for (const joined of [leafKey.key + core, core + leafKey.key]) {
      const m = matchHeader(joined, index);
      if (m) return withUnit({ ...m, unit: m.unit ?? leafKey.unit });
    }
  }
  const own = matchHeader(leaf, index);
  if (own) return withUnit(own);
  if (parent !== undefined && GENERIC_LEAF.test(headerKey(leaf).key)) return withUnit(matchHeader(parent, index));
  return undefined;
}

/** A header cell that may name a year (`2018年拨付资金`): the cheap gate of matchYearPath. */
const YEAR_MARK = /(?:19|20)\d{2}年/;

/**
 * The column a header path names with a year written in it (`2018年拨付资金`, `截至2017年底累计拨付`,
 * `2018年实际完成值`, a leaf `2018年` under 拨付), at any level of the path, as the column's yearInHeader reads a
 * year that stands so to the sheet's (columns.ts yearReadings, acceptsYear). `sheetYear` is asked only when a text
 * of the path writes a year (readTable infers it from the rows above); undefined when the sheet's year is not known.
 */
export function matchYearPath<K extends string>(
  path: ReadonlyArray<string>,
  index: ReadonlyMap<string, ColumnDef<K>>,
  sheetYear: () => number | undefined,
): HeaderMatch<K> | undefined {
  if (!path.some((t) => YEAR_MARK.test(toHalfWidth(t)))) return undefined;
  const year = sheetYear();
  for (let i = path.length - 1; i >= 0; i--)
    for (const r of yearReadings(path[i], year)) {
      const m = matchPath(path.map((t, j) => (j === i ? r.text : t)), index);
      if (m && acceptsYear(m.def, r.relation)) return m;
    }
  return undefined;
}

/** A group cell that is nothing but a year (`2018年度`, `2017年`, `2019年（预算年度）`): the year of the columns under it. */
const YEAR_GROUP = /^(?:19|20)\d{2}年度?(?:[(（][^()（）]*[)）])?$/;

/**
 * A header path with a text marked a forecast (text.ts withoutForecast): the path without the mark, and whether a mark
 * is a plan's (`（计划）`); else undefined.
 */
function forecastPath(path: ReadonlyArray<string>): { readonly path: string[]; readonly plan: boolean } | undefined {
  const plain = path.map(withoutForecast);
  return plain.some((t) => t !== undefined) ? { path: plain.map((t, i) => t?.text ?? path[i]), plan: plain.some((t) => t?.plan === true) } : undefined;
}

/**
 * What a path marked a forecast names, after any column under its own names (the last rank: the column named so wins,
 * the marked one is its S003): the column of the matched column's ColumnDef.forecast — for what was done, the forecast
 * (`2021年实际完成（预计）` is 全年预计完成值, never scored as the actual), for a plan, the plan itself (`年度指标值（计划）` is
 * the target, `计划拨付（预计）` 计划拨付); under a plan's mark, of its ColumnDef.plan (`2021年拨付（计划）`, `本年拨付（拟）`:
 * 计划拨付). No column when the matched column has neither (`2021年拨付（预计）`: a guess is never 本年拨付 nor its plan).
 */
function asForecast<K extends string>(m: HeaderMatch<K> | undefined, index: ReadonlyMap<string, ColumnDef<K>>, plan: boolean): HeaderMatch<K> | undefined {
  const key = (plan ? m?.def.plan : undefined) ?? m?.def.forecast;
  if (key === undefined) return undefined;
  for (const def of index.values()) if (def.key === key) return { def, unit: m!.unit, canonical: false, rank: Number.MAX_SAFE_INTEGER, standIn: false };
  return undefined;
}

/**
 * The column a header path names: as written (matchPath), else with a year written in it (matchYearPath). A year
 * standing over its columns as a group (`2017年度 | 2018年度`, each over 年度指标值 | 实际完成值: two years side by
 * side) is the year of the leaf: the path reads as `2018年度年度指标值`, so the sheet's year names the column and
 * another year's names none (it is not taken for this year's target because it comes first).
 */
export function matchColumn<K extends string>(
  path: ReadonlyArray<string>,
  index: ReadonlyMap<string, ColumnDef<K>>,
  sheetYear: () => number | undefined,
): HeaderMatch<K> | undefined {
  const plain = forecastPath(path);
  return plain ? asForecast(matchAsWritten(plain.path, index, sheetYear), index, plain.plan) : matchAsWritten(path, index, sheetYear);
}

function matchAsWritten<K extends string>(
  path: ReadonlyArray<string>,
  index: ReadonlyMap<string, ColumnDef<K>>,
  sheetYear: () => number | undefined,
): HeaderMatch<K> | undefined {
  const groups = path.slice(0, -1);
  const year = groups.findIndex((t) => YEAR_GROUP.test(stripSpaces(toHalfWidth(t))));
  if (year >= 0) {
    const leaf = path[path.length - 1];
    const rest = groups.filter((_, i) => i !== year);
    const m = matchYearPath([...rest, `${stripSpaces(toHalfWidth(groups[year])).replace(/[(（].*$/, '')}${leaf}`], index, sheetYear);
    // a sheet of no known year under one year group: the leaf as written (under several, readTable takes the latest as the sheet's: latestYearGroup)
    return m ?? (sheetYear() === undefined ? matchPath(path, index) : undefined);
  }
  return matchPath(path, index) ?? matchYearPath(path, index, sheetYear);
}

/**
 * The year of a header whose groups are years side by side (`2017年度 | 2018年度`, each over 年度指标值 | 实际完成值), read
 * when nothing else names the sheet's year: the latest. A form sets the year before beside this one to compare (上年 |
 * 本年), so the latest is the year reported on; without it matchColumn read every year's columns as this year's, and the
 * first (2017's) was scored while 2018's were dropped as repeats (S003). Undefined for fewer than two distinct years.
 */
export function latestYearGroup(block: HeaderBlock): number | undefined {
  const years = new Set<number>();
  let latest = 0;
  for (const col of block.columns)
    for (const t of col.path.slice(0, -1)) {
      const g = stripSpaces(toHalfWidth(t));
      if (!YEAR_GROUP.test(g)) continue;
      const y = Number(g.slice(0, 4));
      years.add(y);
      latest = Math.max(latest, y);
    }
  return years.size >= 2 ? latest : undefined;
}

/**
 * The year of headers that name one field in two years (`2019年实际完成 | 2020年实际完成`, `2019年拨付 | 2020年拨付`), read
 * when nothing else names the sheet's year: the latest, as latestYearGroup (the year before stands beside to compare: 上年).
 * Without it the first was read as this year's and the latest dropped as a repeat. Undefined when no field has two years.
 */
export function latestFieldYear<K extends string>(block: HeaderBlock, index: ReadonlyMap<string, ColumnDef<K>>): number | undefined {
  const years = new Map<K, Set<number>>();
  let latest: number | undefined;
  for (const col of block.columns) {
    const y = col.path.map((t) => YEAR_WRITTEN.exec(toHalfWidth(t))?.[1]).find((x) => x !== undefined);
    // the field the heading names with its year put in words (2020年拨付 → 本年拨付), whichever years the field reads
    // (a forecast is no year of what was done: `2020年实际完成 | 2021年实际完成（预计）` reports on 2020)
    const m = y === undefined || forecastPath(col.path) || matchPath(col.path, index) ? undefined : fieldOfYearPath(col.path, index);
    if (!m) continue;
    const seen = years.get(m.def.key) ?? new Set<number>();
    years.set(m.def.key, seen.add(Number(y)));
    if (seen.size >= 2) for (const year of seen) latest = Math.max(latest ?? 0, year);
  }
  return latest;
}
const YEAR_WRITTEN = /((?:19|20)\d{2})年/;
function fieldOfYearPath<K extends string>(path: ReadonlyArray<string>, index: ReadonlyMap<string, ColumnDef<K>>): HeaderMatch<K> | undefined {
  for (let i = path.length - 1; i >= 0; i--)
    for (const r of yearReadings(path[i], undefined)) {
      const m = matchPath(path.map((t, j) => (j === i ? r.text : t)), index);
      if (m) return m;
    }
  return undefined;
}

/** Distinct columns of a catalogue a block names (a year in a header read as while the sheet's year is not known). */
export function knownKeys<K extends string>(block: HeaderBlock, index: ReadonlyMap<string, ColumnDef<K>>): Set<K> {
  const seen = new Set<K>();
  for (const col of block.columns) {
    const m = matchColumn(col.path, index, noYear);
    if (m) seen.add(m.def.key);
  }
  return seen;
}
const noYear = (): undefined => undefined;
