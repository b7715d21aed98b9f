/**
 * The layout registry: every form the generator builds, one file per layout. Profile reading
 * (分值方案), scoring (W004, level-1 wording), the CLI's `--layout`, the pane's choices and their
 * labels all read this list. A new layout is its own file, its test, and one line here.
 *
 * What the readers and the scoring need of a layout (the 分值方案 ids, whether a form has points)
 * reaches them from here through their callers (checkWorkbook, buildSelfEval): the custom
 * functions bundle, which reads profiles and scores indicators, never carries the builders.
 */
import { LAYOUT_2018 } from './layout2018';
import { LAYOUT_2020 } from './layout2020';
import { LAYOUT_MONITOR } from './layoutMonitor';
import type { Locale } from '../messages/types';
import type { LayoutDef } from './types';

/** In the order the pane offers them; the first 分值方案 layout is the default. */
export const LAYOUTS = [LAYOUT_2020, LAYOUT_2018, LAYOUT_MONITOR] as const;

export type LayoutId = (typeof LAYOUTS)[number]['id'];

export const LAYOUT_IDS: ReadonlyArray<LayoutId> = LAYOUTS.map((l) => l.id);

/** The ids 分值方案 accepts. */
export const SCHEME_IDS: ReadonlyArray<LayoutId> = LAYOUTS.filter((l) => l.scheme).map((l) => l.id);

/** The monitoring layout: what a mid-year workbook is built as when no layout is asked for. */
export const MONITOR_LAYOUT: LayoutId = LAYOUT_MONITOR.id;

/** The layout of a profile that names none. */
export const DEFAULT_LAYOUT: LayoutId = SCHEME_IDS[0];

export function isLayoutId(s: unknown): s is LayoutId {
  return typeof s === 'string' && (LAYOUT_IDS as ReadonlyArray<string>).includes(s);
}

export function layoutById(id: string): LayoutDef<LayoutId> | undefined {
  return (LAYOUTS as ReadonlyArray<LayoutDef<LayoutId>>).find((l) => l.id === id);
}

/** What the pane calls a layout: its label, a monitoring form's with the cut-off month filled in (1—7月), never 1—M月. */
export function layoutLabel(id: string, locale: Locale, month?: number): string {
  const label = layoutById(id)?.label;
  if (!label) return id;
  return (typeof label === 'function' ? label(month) : label)[locale];
}

/** The label of a written 自评表 (a layout's entry may name its own). */
const SELFEVAL_FILE_LABEL: Readonly<Record<Locale, string>> = { 'zh-CN': '自评表', 'en-US': 'self-evaluation' };

/**
 * `台账.xlsx` → `台账-{label}.xlsx`: the label of a layout's written file (自评表 unless its entry says otherwise), in the
 * language of the face that names it (the page in English: 台账-self-evaluation.xlsx).
 */
export function fileLabelOf(id: string, locale: Locale = 'zh-CN'): string {
  return (layoutById(id)?.fileLabel ?? SELFEVAL_FILE_LABEL)[locale];
}

export { categoryOf } from './categories';
