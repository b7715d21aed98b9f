/** Rules of 项目台账 that compare rows: duplicates (L004, L015), amounts in 元 (L013), total rows (L021). */
import { medianInPlace } from '../algorithms/median';
import { patentKey, plainPatentKey } from '../algorithms/patent';
import type { Finding } from '../findings';
import { FEN_PER, fenToDecimal } from '../money';
import type { Project, ProjectKey } from '../records';
import { isNone, readAmount } from '../read/values';
import { cellOf, cellRefFrom, fieldName, isScientific, money, writtenOf, type LedgerContext } from './context';
import { defineRule, msg, P, reporter, type Messages, type Report, type Rule, type RuleSpec } from './define';
import { AMOUNT_KEYS } from './keys';
import { L003 } from './reading';
import { TOTAL_LABEL_TEXT } from './vocab';
import { eachRepeat } from './firstSeen';

type RowsCheck<M extends Messages> = (projects: ReadonlyArray<Project>, ctx: LedgerContext, report: Report<M>) => void;
type CrossRule<Id extends string = string, M extends Messages = Messages> = Rule<Id, M> & { readonly rows: RowsCheck<M> };

/** A rule with its check over all the rows. */
function crossRule<const Id extends string, const M extends Messages>(spec: RuleSpec<Id, M> & { readonly rows: RowsCheck<M> }): CrossRule<Id, M> {
  return defineRule(spec);
}

/**
 * A 项目编号 as L004 compares it: spaces removed, upper case. The usual id (visible ASCII but for
 * lower-case letters, and CJK ideographs) is its own key, with no new string to make and hash.
 */
export function idKey(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f && (c < 97 || c > 122)) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    return id.replace(/\s+/g, '').toUpperCase();
  }
  return id;
}

/** L004: every row after the first with the same 项目编号, naming the first. */
export const L004 = crossRule({
  id: 'L004', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '项目编号重复', 'en-US': 'Duplicate project id' },
  messages: {
    main: msg({
      params: { id: P.text, firstCell: P.cell },
      'zh-CN': (p) => `项目编号“${p.id}”重复，首次出现在 ${p.firstCell}。`,
      'en-US': (p) => `Project id "${p.id}" is duplicated; it first appears at ${p.firstCell}.`,
    }),
  },
  rows: (projects, ctx, report) =>
    eachRepeat(projects, idKeyOf, (i, f) => {
      const p = projects[i];
      report.main(cellOf(ctx, p, 'id'), { id: writtenOf(ctx, p, 'id', p.id!), firstCell: cellRefFrom(ctx, projects[f], 'id', p) });
    }),
});

/** L004's key of a project: its 项目编号 as compared, or none. */
const idKeyOf = (p: Project): string | undefined => (p.id === undefined ? undefined : idKey(p.id));

/** L015: the same patent funded by more than one project (by application number when readable). */
export const L015 = crossRule({
  id: 'L015', category: 'ledger', severity: 'warning',
  title: { 'zh-CN': '同一专利重复资助', 'en-US': 'Patent funded twice' },
  messages: {
    main: msg({
      params: { patent: P.text, firstId: P.text, firstCell: P.cell },
      'zh-CN': (p) => `专利“${p.patent}”已由项目 ${p.firstId}（${p.firstCell}）资助，同一专利重复支持。`,
      'en-US': (p) => `Patent "${p.patent}" is already funded by project ${p.firstId} (${p.firstCell}).`,
    }),
  },
  rows: (projects, ctx, report) =>
    eachRepeat(projects, patentKeyOf, (i, fi) => {
      const p = projects[i];
      const f = projects[fi];
      report.main(cellOf(ctx, p, 'patentNo'), { patent: p.patentNo!, firstId: f.id ?? '', firstCell: cellRefFrom(ctx, f, 'patentNo', p) });
    }),
});

/**
 * L015's key of a project: its 专利号's patentKey, the same for two numbers exactly when their
 * normalized texts are (a readable number's is its application number), or none (blank, or digits lost to
 * scientific notation). X002
 * (rules/across.ts) keys the same patent in two files by it too.
 */
export const patentKeyOf = (p: Project): string | undefined => {
  const raw = p.patentNo;
  if (raw === undefined) return undefined;
  // A number written plainly (nearly every row) is its own key, and never in scientific notation (it has no E): no
  // trimming and regular expression at every row. A number in scientific notation (2.01511E+12) has lost its digits:
  // many patents print alike, none is a repeat (L007 says so).
  return plainPatentKey(raw) ?? (isScientific(raw) ? undefined : patentKey(raw) || undefined);
};

/**
 * L013: amounts that look entered in the other unit. In a 万元 column, an amount ≥ 100000 万元 or
 * 1000 × the column's median looks entered in 元 (a cell each; the whole column when most of its
 * non-zero amounts are that big: one finding at its header). In a 元 column (its header or the unit line says 元), a
 * median of the non-zero amounts under 1000 元 looks entered in 万元 (35 元 of support for a
 * project): one finding at its header, since reading it so makes every figure 10,000 times too small.
 */
export const L013 = crossRule({
  id: 'L013', category: 'ledger', severity: 'warning',
  title: { 'zh-CN': '疑似单位填错', 'en-US': 'Amount in the wrong unit' },
  messages: {
    main: msg({
      params: { field: P.text, value: P.decimal, median: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `“${p.field}”为 ${p.value} ${p.unit}，疑似按“元”填写（该列非零值的中位数为 ${p.median} ${p.unit}）。`,
      'en-US': (p) => `"${p.field}" is ${p.value} ${p.unit}: it looks entered in yuan (the column's median of non-zero values is ${p.median} ${p.unit}).`,
    }),
    column: msg({
      params: { field: P.text, median: P.decimal, unit: P.moneyUnit, word: P.text },
      'zh-CN': (p) => `“${p.field}”整列疑似按“元”填写：该列非零值的中位数为 ${p.median} ${p.unit}。如确为元，请在列标题或单位行注明“${p.word}”。`,
      'en-US': (p) => `The whole "${p.field}" column looks entered in yuan: its median of non-zero values is ${p.median} ${p.unit}. If it is in yuan, write "${p.word}" in its header or the unit line.`,
    }),
    inWan: msg({
      params: { field: P.text, median: P.decimal, unit: P.moneyUnit, word: P.text },
      'zh-CN': (p) => `“${p.field}”列按“元”读取，但该列非零值的中位数只有 ${p.median} ${p.unit}，疑似按“万元”填写。如确为万元，请将列标题或单位行改为“${p.word}”。`,
      'en-US': (p) => `"${p.field}" is read in yuan, but its median of non-zero values is only ${p.median} ${p.unit}: it looks entered in units of 10,000 yuan. If so, write "${p.word}" in its header or the unit line.`,
    }),
  },
  rows: (projects, ctx, report) => {
    const keys = AMOUNT_KEYS.filter((key) => ctx.ledger.units[key] !== undefined);
    if (!keys.length) return;
    const amounts = amountColumns(projects);
    const bigInWan = 100_000 * FEN_PER['万元'];
    const smallInYuan = 1000 * FEN_PER['元'];
    // One buffer for every column's magnitudes (a column's selection reorders it).
    const magnitudes = new Float64Array(projects.length);
    for (const key of keys) {
      const column = amounts[key];
      const n = nonZeroMagnitudes(column, magnitudes);
      if (!n) continue;
      // The usual 万元 column: no amount is big enough, told without the median (no selection made).
      if (ctx.ledger.units[key] !== '元' && noneBigInWan(magnitudes, n, bigInWan)) continue;
      // The mean of the two middle amounts may fall on half a 分: the message shows whole 分.
      const med = medianInPlace(magnitudes.subarray(0, n));
      const info = ctx.ledger.table.columns[key];
      const header = { sheet: ctx.sheet, row: info?.row ?? ctx.ledger.table.headerRow, col: info?.col ?? 0 };
      if (ctx.ledger.units[key] === '元') {
        if (med < smallInYuan) report.inWan(header, { field: fieldName(key), median: fenToDecimal(Math.round(med), '元'), unit: '元', word: '万元' });
        continue;
      }
      if (med >= bigInWan && countAtLeast(column, bigInWan) * 2 > n) {
        report.column(header, { field: fieldName(key), median: money(ctx, Math.round(med)), unit: ctx.profile.unit, word: '元' });
        continue;
      }
      const big = med > 0 ? Math.min(bigInWan, 1000 * med) : bigInWan;
      for (let i = nextAtLeast(column, big, 0); i >= 0; i = nextAtLeast(column, big, i + 1))
        report.main(cellOf(ctx, projects[i], key), { field: fieldName(key), value: money(ctx, column[i]), median: money(ctx, Math.round(med)), unit: ctx.profile.unit });
    }
  },
});

/**
 * The magnitudes of the non-zero amounts of a column (NaN: blank) into `out`, in order; how many.
 * The loops over every row are functions of their own: a cold run (one `jx check`) optimizes each
 * once, with the feedback of all its code, rather than a rule's whole body mid-loop again at each
 * loop it reaches.
 */
function nonZeroMagnitudes(column: Float64Array, out: Float64Array): number {
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v === v && v !== 0) out[n++] = Math.abs(v); // NaN: blank
  }
  return n;
}

/**
 * Whether the first `n` magnitudes of a 万元 column (non-zero, whole 分) hold none that L013 flags,
 * told without their median: the largest is under `bigInWan` (100,000 万元) and under 1000 × each
 * magnitude the median is made of (the middle one, or the two middle ones), which holds when fewer
 * magnitudes than stand below the middle are at most 1/1000 of the largest. Then every
 * amount is under both bounds, and the median under `bigInWan` (no whole-column finding). False
 * says only that the median must be looked at. (Under 10¹¹ 分, every product and half-sum here is exact.)
 */
export function noneBigInWan(magnitudes: Float64Array, n: number, bigInWan: number): boolean {
  let max = 0;
  for (let i = 0; i < n; i++) if (magnitudes[i] > max) max = magnitudes[i];
  if (max >= bigInWan) return false;
  let small = 0;
  for (let i = 0; i < n; i++) if (1000 * magnitudes[i] <= max) small++;
  // Below the middle: n >> 1 magnitudes for an odd count, one fewer for an even one (the lower of the two middle ones).
  return small <= (n % 2 === 1 ? n >> 1 : (n >> 1) - 1);
}

/** How many amounts' magnitudes are at least `big` (never a blank: NaN). */
function countAtLeast(column: Float64Array, big: number): number {
  let n = 0;
  for (let i = 0; i < column.length; i++) if (Math.abs(column[i]) >= big) n++;
  return n;
}

/** The first index from `from` whose amount's magnitude is at least `big` (never a blank: NaN), or -1. */
function nextAtLeast(column: Float64Array, big: number, from: number): number {
  for (let i = from; i < column.length; i++) if (Math.abs(column[i]) >= big) return i;
  return -1;
}

/**
 * The amounts of the projects, one column per amount field, in project order (NaN: blank). One
 * pass that reads each field by its name: a read through a variable key (`p[key]`) is V8's slow
 * generic property read.
 */
function amountColumns(projects: ReadonlyArray<Project>): Record<(typeof AMOUNT_KEYS)[number], Float64Array> {
  const n = projects.length;
  const out = {
    totalInvestment: new Float64Array(n), approved: new Float64Array(n), priorDisbursed: new Float64Array(n),
    disbursed: new Float64Array(n), socialInvestment: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = projects[i];
    out.totalInvestment[i] = p.totalInvestment ?? NaN;
    out.approved[i] = p.approved ?? NaN;
    out.priorDisbursed[i] = p.priorDisbursed ?? NaN;
    out.disbursed[i] = p.disbursed ?? NaN;
    out.socialInvestment[i] = p.socialInvestment ?? NaN;
  }
  return out;
}

/**
 * L021: each 合计/总计 row totals every project above it, or every project of the sheet when it
 * stands above them all (the usual place in Chinese forms: right under the header); a 小计 row
 * totals the projects since the previous 小计 (or the start). A 合计 that names its group
 * (`乌鲁木齐市合计` under each block of a ledger grouped by 地州市) totals its block, the projects since
 * the previous total row (or, as any 合计, every project above it: `项目合计` names no block). A 合计 under the header
 * written again (a second table under the first: 新上, then 结转 under its own header) totals that table, the projects
 * since the header (or, as any 合计, every project above it).
 * Blank total cells, and those holding a dash or 无 (no total given), are not checked; an unreadable one is an L003.
 */
export const L021 = crossRule({
  id: 'L021', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '合计行不符', 'en-US': 'Total row mismatch' },
  messages: {
    main: msg({
      params: { label: P.code(TOTAL_LABEL_TEXT), field: P.text, given: P.decimal, sum: P.decimal, diff: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `${p.label}行“${p.field}”为 ${p.given} ${p.unit}，与所合计各行之和 ${p.sum} ${p.unit} 不符（相差 ${p.diff} ${p.unit}）。`,
      'en-US': (p) => `The ${p.label} row's "${p.field}" is ${p.given} ${p.unit}, but the rows it totals sum to ${p.sum} ${p.unit} (difference ${p.diff} ${p.unit}).`,
    }),
  },
  rows: (projects, ctx, report) => {
    const { table } = ctx.ledger;
    if (!table.totals.length) return;
    const keys: ProjectKey[] = AMOUNT_KEYS.filter((k) => table.columns[k]);
    let pi = 0;
    const grand: Record<string, number> = {};
    const sub: Record<string, number> = {};
    const block: Record<string, number> = {};
    const all: Record<string, number> = {};
    // the projects since the header written again above them (a second table's own), when it is
    const section: Record<string, number> = {};
    const headers = table.skipped.filter((s) => s.kind === 'header').map((s) => s.row);
    let hi = 0;
    for (const k of keys) {
      grand[k] = sub[k] = block[k] = section[k] = 0;
      all[k] = projects.reduce((s, p) => s + ((p[k] as number | undefined) ?? 0), 0);
    }
    for (const t of table.totals) {
      while (pi < projects.length && projects[pi].row < t.row) {
        for (; hi < headers.length && headers[hi] < projects[pi].row; hi++) for (const k of keys) section[k] = 0;
        for (const k of keys) {
          const v = projects[pi][k] ?? 0;
          grand[k] += v as number;
          sub[k] += v as number;
          block[k] += v as number;
          section[k] += v as number;
        }
        pi++;
      }
      const whole = pi === 0 ? all : hi > 0 ? section : grand;
      const expected = t.label === '小计' ? sub : t.group ? block : whole;
      const other = t.group ? whole : expected;
      // under the header again, a 合计 may still total every project above it (both tables)
      const above = t.label === '小计' || pi === 0 ? expected : grand;
      for (const k of keys) {
        const info = table.columns[k]!;
        const at = { sheet: ctx.sheet, row: t.row, col: info.col };
        const cell = table.value(t.row, info.col);
        if (isNone(cell)) continue; // a dash in a total row: no total given (in a project's row it is 0 paid)
        const r = readAmount(cell, ctx.ledger.units[k] ?? ctx.profile.unit);
        if (r.kind === 'bad') report.emit(L003.finding.main(at, { field: info.header, raw: r.raw, expected: 'amount' }));
        if (r.kind !== 'ok') continue;
        if (r.value !== expected[k] && r.value !== other[k] && r.value !== above[k])
          report.main(at, {
            label: t.label, field: info.header, given: money(ctx, r.value), sum: money(ctx, expected[k]), diff: money(ctx, r.value - expected[k]), unit: ctx.profile.unit,
          });
      }
      if (t.label === '小计') for (const k of keys) sub[k] = 0;
      for (const k of keys) block[k] = 0;
    }
  },
});

/** In the order they run (FINDINGS re-runs them after an incremental re-read). */
export const CROSS_RULES = [L004, L015, L013, L021] as const;

/**
 * A ledger over several sheets: L013 (a column's median) and L021 (a sheet's 合计 rows) compare the
 * rows of one sheet; L004 and L015 (duplicates) run across all the sheets.
 */
const SHEET_SCOPED: ReadonlySet<string> = new Set(['L013', 'L021']);
export type CrossScope = 'all' | 'sheet' | 'ledger';

/** Runs every cross-row rule over the projects. */
export function runCrossRules(projects: ReadonlyArray<Project>, ctx: LedgerContext, emit: (f: Finding) => void, scope: CrossScope = 'all'): void {
  for (const r of CROSS_RULES as unknown as ReadonlyArray<CrossRule>)
    if (scope === 'all' || (scope === 'sheet') === SHEET_SCOPED.has(r.id)) r.rows(projects, ctx, reporter(r, emit));
}
