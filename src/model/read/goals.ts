/**
 * 年度总体目标 / 实际完成情况 (and the mid-year 1—M月执行情况) written on the indicator sheet, above its table, as the
 * official forms carry them (report.md: 一（二）'s default is "the 年度总体目标 of the indicators sheet", 四（一）'s
 * "实际完成情况 of the indicators sheet"). 配置's parameters win; these fill only what 配置 leaves blank.
 *
 * The shapes read, each in the rows above the indicator table's header:
 *  - a label and its text on one row: `年度总体目标 | 支持…` (the 申报表), `实际完成情况 | 扶持了…`, or one cell
 *    `年度总体目标：支持…`;
 *  - the form's block: a row `年度总体目标 | 预期目标 | 实际完成情况` (2018: `年度目标完成情况 | 预期目标 | 实际完成目标`;
 *    the monitoring form: `… | 1—7月执行情况`) and the texts on the next row under each sub-label.
 */
import type { CellValue, GridSheet } from '../grid';
import type { Profile } from '../records';
import { PROFILE_PARAMS } from './profile';
import { stripSpaces } from './text';
import { spanMonth } from './months';
import { readProse } from './values';

export type GoalKey = 'goal' | 'goalResult' | 'goalProgress';

const namesOf = (key: GoalKey): ReadonlyArray<string> => PROFILE_PARAMS.find((d) => d.key === key)?.names ?? [];

/** A row's label → what its text is: 配置's names of the three, and the forms' words for the goal. */
const ROW_LABELS: ReadonlyMap<string, GoalKey> = new Map<string, GoalKey>([
  ...['总体目标', '年度目标', '年度绩效目标', '年度总体绩效目标', '项目年度总体目标', ...namesOf('goal').filter((n) => n !== '预期目标')].map((n) => [n, 'goal'] as const),
  ...['总体目标完成情况', '年度总体目标完成情况', ...namesOf('goalResult')].map((n) => [n, 'goalResult'] as const),
  ...namesOf('goalProgress').map((n) => [n, 'goalProgress'] as const),
]);

/** The block's own label (a row of sub-labels follows it, never a text). */
const BLOCK_LABELS: ReadonlySet<string> = new Set(['年度目标完成情况', '年度总体目标完成情况', '总体目标完成情况', ...ROW_LABELS.keys()]);

/** A sub-label of the block → the text under it. */
function subLabel(t: string): GoalKey | undefined {
  if (t === '预期目标' || t === '年度目标' || t === '总体目标') return 'goal';
  if (t === '实际完成情况' || t === '实际完成目标' || t === '实际完成' || t === '完成情况') return 'goalResult';
  if (t === '执行情况' || t === '目标执行情况' || spanMonth(t) !== undefined) return 'goalProgress';
  return undefined;
}

/** A label cell's words: spaces and line breaks out, a closing colon off. */
const labelOf = (v: CellValue): string | undefined => (typeof v === 'string' ? stripSpaces(v).replace(/[:：]$/, '') : undefined);

const text = (v: CellValue): string | undefined => {
  const r = readProse(v);
  return r.kind === 'ok' && r.value !== '' ? r.value : undefined;
};

interface Cell {
  readonly col: number;
  readonly value: CellValue;
}

function filled(row: ReadonlyArray<CellValue> | undefined): Cell[] {
  const out: Cell[] = [];
  row?.forEach((value, col) => {
    if (text(value) !== undefined) out.push({ col, value });
  });
  return out;
}

/** The goals written above the indicator table (its sheet's rows above headerRow, a sheet row). */
export function readSheetGoals(sheet: GridSheet, headerRow: number): Partial<Record<GoalKey, string>> {
  const above = headerRow - (sheet.origin?.row ?? 0); // values[r] is sheet row origin.row + r
  const out: Partial<Record<GoalKey, string>> = {};
  const take = (key: GoalKey, v: CellValue | undefined): void => {
    const t = v === undefined ? undefined : text(v);
    if (t !== undefined && out[key] === undefined) out[key] = t;
  };
  for (let r = 0; r < Math.min(above, sheet.values.length); r++) {
    const cells = filled(sheet.values[r]);
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i].value;
      const label = labelOf(raw);
      if (label === undefined) continue;
      // one cell: 年度总体目标：支持…
      const inline = typeof raw === 'string' ? /^\s*([^:：]{2,12})[:：]\s*([\s\S]+)$/.exec(raw) : null;
      const inlineKey = inline ? ROW_LABELS.get(stripSpaces(inline[1])) : undefined;
      if (inline && inlineKey) {
        take(inlineKey, inline[2]);
        continue;
      }
      if (!BLOCK_LABELS.has(label)) continue;
      const rest = cells.slice(i + 1);
      const subs = rest.map((c) => ({ col: c.col, key: subLabel(labelOf(c.value) ?? '') }));
      if (rest.length > 0 && subs.every((s) => s.key !== undefined)) {
        // the form's block: the texts are on the next row with any, under their sub-labels
        const below = sheet.values.slice(r + 1, above).map(filled).find((c) => c.length > 0) ?? [];
        const under = below.filter((c) => c.col > cells[i].col || (c.col === cells[i].col && subs[0].col === c.col));
        subs.forEach((s, k) => {
          const next = subs[k + 1]?.col ?? Infinity;
          take(s.key!, under.find((c) => c.col >= s.col && c.col < next)?.value);
        });
        break;
      }
      const key = ROW_LABELS.get(label);
      if (key && rest.length > 0 && ROW_LABELS.get(labelOf(rest[0].value) ?? '') === undefined) {
        take(key, rest[0].value);
        i++; // its text is taken; a second label may follow on the row (年度总体目标 | … | 实际完成情况 | …)
      }
    }
  }
  return out;
}

/** 配置's profile with what it leaves blank of the goals taken from the indicator sheet. */
export function withSheetGoals(profile: Profile, table: { readonly sheet: GridSheet; readonly headerRow: number } | null | undefined): Profile {
  if (!table || table.headerRow <= (table.sheet.origin?.row ?? 0)) return profile;
  if (profile.goal !== undefined && profile.goalResult !== undefined && profile.goalProgress !== undefined) return profile;
  const found = readSheetGoals(table.sheet, table.headerRow);
  const add: Partial<Record<GoalKey, string>> = {};
  for (const k of ['goal', 'goalResult', 'goalProgress'] as const) if (profile[k] === undefined && found[k] !== undefined) add[k] = found[k];
  return Object.keys(add).length ? { ...profile, ...add } : profile;
}
