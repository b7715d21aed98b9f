/**
 * The indicator categories of the forms and the grouping of a sheet's indicators under them.
 */
import type { Scheme } from '../records';
import { LEVEL1, level1Name } from '../scoring';

/** Level-2 categories under each level-1 category (index into LEVEL1), in the forms' order. */
const LEVEL2: ReadonlyArray<ReadonlyArray<string>> = [
  ['数量指标', '质量指标', '时效指标', '成本指标'],
  ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  ['满意度指标'],
];

export function level2Name(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const n = name.replace(/[\s\u3000]+/g, '');
  if (!n) return undefined;
  return n.endsWith('指标') ? n : `${n}指标`;
}

export interface Group<T> {
  readonly level2: string;
  readonly items: ReadonlyArray<T>;
}
export interface Level1Group<T> {
  readonly level1: string;
  readonly groups: ReadonlyArray<Group<T>>;
}

/**
 * Groups items by level 1 and level 2 in the form's order, named in the scheme's wording; the
 * sheet's order is kept within a group, unknown categories follow the known ones. With
 * `allCategories` every category of the form appears, empty where the sheet has none.
 */
export function groupIndicators<T>(
  items: ReadonlyArray<T>,
  levels: (item: T) => { level1?: string; level2?: string },
  scheme: Scheme,
  allCategories: boolean,
): Array<Level1Group<T>> {
  const l1Order: string[] = LEVEL1.map((l) => (scheme === '2020' ? l.name2020 : l.name2018));
  // Level-2 names per level 1, in first-seen order after the form's own: a Map keeps insertion
  // order and answers "seen?" in constant time, so grouping stays linear in the indicators.
  const l2Order = new Map<string, Map<string, T[]>>(l1Order.map((n, i) => [n, new Map(LEVEL2[i].map((l2) => [l2, []]))]));
  const home = new Map<string, string>();
  LEVEL2.forEach((l2s, i) => l2s.forEach((l2) => home.set(l2, l1Order[i])));
  for (const item of items) {
    const lv = levels(item);
    const l2 = level2Name(lv.level2) ?? '';
    const l1 = level1Name(lv.level1?.trim() || undefined, scheme) ?? home.get(l2) ?? '';
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
    .map((level1) => ({
      level1,
      groups: [...(l2Order.get(level1) ?? new Map<string, T[]>())]
        .map(([level2, items]) => ({ level2, items }))
        .filter((g) => allCategories || g.items.length > 0),
    }))
    .filter((g) => g.groups.length > 0 && (allCategories || g.groups.some((x) => x.items.length > 0)));
}
