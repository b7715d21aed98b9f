/**
 * The grouping of a sheet's indicators under a form's categories.
 */
import { CATEGORIES, level2Name, type Level1Category } from './categories';
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
  const l1Order: string[] = level1.map((d) => d.name);
  const l2Order = new Map<string, string[]>(level1.map((d) => [d.name, [...(CATEGORIES.find((c) => c.key === d.category)?.level2 ?? [])]]));
  const home = new Map<string, string>();
  for (const d of level1) for (const l2 of CATEGORIES.find((c) => c.key === d.category)?.level2 ?? []) home.set(l2, d.name);
  const buckets = new Map<string, Map<string, T[]>>();
  for (const item of items) {
    const lv = levels(item);
    const l2 = level2Name(lv.level2) ?? '';
    const written = lv.level1?.trim() || undefined;
    const known = lv.category !== undefined ? nameOf.get(lv.category) : undefined;
    const l1 = known ?? (written !== undefined ? written.replace(/[\s\u3000]+/g, '') : (home.get(l2) ?? ''));
    if (!l2Order.has(l1)) {
      l1Order.push(l1);
      l2Order.set(l1, []);
    }
    const order = l2Order.get(l1) ?? [];
    if (!order.includes(l2)) order.push(l2);
    const byL2 = buckets.get(l1) ?? new Map<string, T[]>();
    byL2.set(l2, [...(byL2.get(l2) ?? []), item]);
    buckets.set(l1, byL2);
  }
  return l1Order
    .map((name) => ({
      level1: name,
      groups: (l2Order.get(name) ?? [])
        .map((level2) => ({ level2, items: buckets.get(name)?.get(level2) ?? [] }))
        .filter((g) => allCategories || g.items.length > 0),
    }))
    .filter((g) => g.groups.length > 0 && (allCategories || g.groups.some((x) => x.items.length > 0)));
}
