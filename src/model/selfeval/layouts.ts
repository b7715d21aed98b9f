/**
 * The layout registry: every form the generator builds, one file per layout. Profile reading
 * (分值方案), scoring (W004, level-1 wording), the CLI's `--layout`, the pane's choices and their
 * labels all read this list. A new layout is its own file, its test, and one line here.
 *
 * Import direction: the evaluation (scoring/evaluate.ts) reads this registry, so a layout file
 * imports scoring's leaf modules (grades, operators, rounding) and types only, never
 * `../scoring` itself.
 */
import { CATEGORIES, categoryKey, type Level1Category } from './categories';
import { LAYOUT_2018 } from './layout2018';
import { LAYOUT_2020 } from './layout2020';
import type { LayoutDef } from './types';

/** In the order the pane offers them; the first 分值方案 layout is the default. */
export const LAYOUTS = [LAYOUT_2020, LAYOUT_2018] as const;

export type LayoutId = (typeof LAYOUTS)[number]['id'];

export const LAYOUT_IDS: ReadonlyArray<LayoutId> = LAYOUTS.map((l) => l.id);

/** The ids 分值方案 accepts. */
export const SCHEME_IDS: ReadonlyArray<LayoutId> = LAYOUTS.filter((l) => l.scheme).map((l) => l.id);

/** The layout of a profile that names none. */
export const DEFAULT_LAYOUT: LayoutId = SCHEME_IDS[0];

export function isLayoutId(s: unknown): s is LayoutId {
  return typeof s === 'string' && (LAYOUT_IDS as ReadonlyArray<string>).includes(s);
}

export function layoutById(id: string): LayoutDef<LayoutId> | undefined {
  return (LAYOUTS as ReadonlyArray<LayoutDef<LayoutId>>).find((l) => l.id === id);
}

/** Every wording of a level-1 category: the national one and each layout's. */
const CATEGORY_BY_NAME: ReadonlyMap<string, Level1Category> = new Map([
  ...CATEGORIES.map((c) => [categoryKey(c.name), c.key] as const),
  ...LAYOUTS.flatMap((l) => l.level1.map((d) => [categoryKey(d.name), d.category] as const)),
]);

/** The category a written 一级指标 names, in any form's wording (`项目完成指标`, `产出`); undefined when none. */
export function categoryOf(level1: string | undefined): Level1Category | undefined {
  const n = level1?.trim();
  return n ? CATEGORY_BY_NAME.get(categoryKey(n)) : undefined;
}
