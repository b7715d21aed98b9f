/**
 * The indicator categories of the national framework (财预〔2020〕10号): three level-1 categories
 * with their default points, the level-2 categories under each, and every wording a workbook may
 * use for them (workbook.md: the 2018 scheme says 项目完成指标 for 产出指标). A layout names the
 * level-1 categories in its own words (layouts.ts); its registry test holds those words here.
 */
import type { Localized } from '../rules/define';

export type Level1Category = 'output' | 'outcome' | 'satisfaction';

export interface CategoryDef {
  readonly key: Level1Category;
  /** The national wording. */
  readonly name: string;
  /** Other wordings an indicator sheet may use (read as this category). */
  readonly synonyms: ReadonlyArray<string>;
  /** For messages (W004): the national wording in zh-CN, its translation in en-US. */
  readonly text: Localized;
  /** The default points (原则上) of the category. */
  readonly points: number;
  /** Level-2 categories under it, in the forms' order. */
  readonly level2: ReadonlyArray<string>;
}

export const CATEGORIES: ReadonlyArray<CategoryDef> = [
  {
    key: 'output', name: '产出指标', synonyms: ['项目完成指标'], text: { 'zh-CN': '产出指标', 'en-US': 'Output indicators' }, points: 50,
    level2: ['数量指标', '质量指标', '时效指标', '成本指标'],
  },
  {
    key: 'outcome', name: '效益指标', synonyms: ['项目效果指标'], text: { 'zh-CN': '效益指标', 'en-US': 'Outcome indicators' }, points: 30,
    level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  },
  {
    key: 'satisfaction', name: '满意度指标', synonyms: [], text: { 'zh-CN': '满意度指标', 'en-US': 'Satisfaction indicators' }, points: 10,
    level2: ['满意度指标'],
  },
];

export const CATEGORY_TEXT = Object.fromEntries(CATEGORIES.map((c) => [c.key, c.text])) as Readonly<Record<Level1Category, Localized>>;

/** A category name as the forms compare it: no spaces, `指标` at the end (`产出` → `产出指标`). */
export function categoryKey(name: string): string {
  const n = name.replace(/[\s\u3000]+/g, '');
  return n.endsWith('指标') ? n : `${n}指标`;
}

/** A level-2 name as the forms write it (`数量` → `数量指标`); undefined when blank. */
export function level2Name(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const n = name.replace(/[\s\u3000]+/g, '');
  if (!n) return undefined;
  return n.endsWith('指标') ? n : `${n}指标`;
}

const BY_NAME: ReadonlyMap<string, Level1Category> = new Map(
  CATEGORIES.flatMap((c) => [c.name, ...c.synonyms].map((n) => [categoryKey(n), c.key] as const)),
);

/** The category a written 一级指标 names, in any of its wordings (`项目完成指标`, `产出`); undefined when none. */
export function categoryOf(level1: string | undefined): Level1Category | undefined {
  const n = level1?.trim();
  return n ? BY_NAME.get(categoryKey(n)) : undefined;
}
