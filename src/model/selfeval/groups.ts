/**
 * The grouping of a sheet's indicators under a form's categories.
 */
import { CATEGORIES, level2Name, type Level1Category } from './categories';
import type { IndicatorScore } from '../scoring';
import type { Level1Def } from './types';

export { level2Name } from './categories';

export interface Group<T> {
  readonly level2: string;
  readonly items: ReadonlyArray<T>;
}
export interface Level1Group<T> {
  readonly level1: string;
  readonly groups: ReadonlyArray<Group<T>>;
}

/** What an item says of its categories: the level-1 category recognised (if any), and the words as written. */
export interface ItemLevels {
  readonly category?: Level1Category;
  readonly level1?: string;
  readonly level2?: string;
}

/**
 * Where an indicator (or a table row of one) stands: its sheet when not the indicator sheet (Indicator.sheet) and its
 * row. Rows alone repeat when the indicator table goes on in another sheet (绩效指标（效益） after 绩效指标（产出）).
 */
export function indicatorPlace(x: { readonly row: number; readonly sheet?: string }): string {
  return `${x.sheet ?? ''}\u0000${x.row}`;
}

/** The levels of a scored indicator: the category the evaluation recognised, and the words as written. */
export function scoreLevels(sc: IndicatorScore): ItemLevels {
  return { category: sc.category, level1: sc.indicator.level1, level2: sc.indicator.level2 };
}

/**
 * The form's level-2 row an item of a known category goes in, where the form prints every row of its categories: its
 * own, a narrower wording of one (`服务对象满意度指标`, `社会公众满意度指标` in the row 满意度指标), or, left blank, the
 * category's only row. The 2018 form printed an empty 满意度指标 row and a row of its own for 服务对象满意度指标 (the
 * 2020 framework's word) below it. Else the level 2 as written (a row of its own after the form's).
 */
function formRow(written: string | undefined, rows: ReadonlyArray<string>): string {
  if (written === undefined) return rows.length === 1 ? rows[0] : '';
  if (rows.includes(written)) return written;
  return rows.find((r) => written.endsWith(r)) ?? written;
}

/**
 * Groups items by level 1 and level 2 in the form's order, named in the form's wording (`level1`
 * of its layout); the sheet's order is kept within a group, unknown categories follow the known
 * ones. With `allCategories` every category of the form appears, empty where the sheet has none.
 */
export function groupIndicators<T>(
  items: ReadonlyArray<T>,
  levels: (item: T) => ItemLevels,
  level1: ReadonlyArray<Level1Def>,
  allCategories: boolean,
): Array<Level1Group<T>> {
  const nameOf = new Map<Level1Category, string>(level1.map((d) => [d.category, d.name]));
  const level2Of = (c: Level1Category): ReadonlyArray<string> => CATEGORIES.find((x) => x.key === c)?.level2 ?? [];
  const l1Order: string[] = level1.map((d) => d.name);
  // Level-2 names per level 1, in first-seen order after the form's own: a Map keeps insertion
  // order and answers "seen?" in constant time, so grouping stays linear in the indicators.
  const l2Order = new Map<string, Map<string, T[]>>(level1.map((d) => [d.name, new Map(level2Of(d.category).map((l2) => [l2, []]))]));
  const home = new Map<string, string>();
  for (const d of level1) for (const l2 of level2Of(d.category)) home.set(l2, d.name);
  for (const item of items) {
    const lv = levels(item);
    const written = lv.level1?.trim() || undefined;
    const known = lv.category !== undefined ? nameOf.get(lv.category) : undefined;
    const l2 = allCategories && lv.category !== undefined ? formRow(level2Name(lv.level2), level2Of(lv.category)) : (level2Name(lv.level2) ?? '');
    const l1 = known ?? (written !== undefined ? written.replace(/[\s\u3000]+/g, '') : (home.get(l2) ?? ''));
    let byL2 = l2Order.get(l1);
    if (!byL2) {
      l1Order.push(l1);
      l2Order.set(l1, (byL2 = new Map()));
    }
    let bucket = byL2.get(l2);
    if (!bucket) byL2.set(l2, (bucket = []));
    bucket.push(item);
  }
  return l1Order
    .map((name) => ({
      level1: name,
      groups: [...(l2Order.get(name) ?? new Map<string, T[]>())]
        .map(([level2, items]) => ({ level2, items }))
        .filter((g) => allCategories || g.items.length > 0),
    }))
    .filter((g) => g.groups.length > 0 && (allCategories || g.groups.some((x) => x.items.length > 0)));
}
