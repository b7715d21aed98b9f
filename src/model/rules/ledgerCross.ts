/** Rules of 项目台账 that compare rows: duplicates (L004, L015), amounts in 元 (L013), total rows (L021). */
import { medianInPlace } from '../algorithms/median';
import { normalizePatentText } from '../algorithms/patent';
import { FEN_PER } from '../money';
import type { Project, ProjectKey } from '../records';
import { readAmount } from '../read/values';
import { AMOUNT_KEYS } from './keys';
import { cellRefFrom, fieldName, money, rowFinding, type Emit, type LedgerContext } from './context';

/** L004: every row after the first with the same 项目编号, naming the first. */
export function duplicateIds(projects: ReadonlyArray<Project>, ctx: LedgerContext, emit: Emit): void {
  const first = new Map<string, Project>();
  for (const p of projects) {
    if (p.id === undefined) continue;
    const key = p.id.replace(/\s+/g, '').toUpperCase();
    const f = first.get(key);
    if (!f) first.set(key, p);
    else emit(rowFinding(ctx, p, 'L004', 'error', 'id', { id: p.id, firstCell: cellRefFrom(ctx, f, 'id', p) }));
  }
}

/** L015: the same patent funded by more than one project (by application number when readable). */
export function duplicatePatents(projects: ReadonlyArray<Project>, ctx: LedgerContext, emit: Emit): void {
  const first = new Map<string, Project>();
  for (const p of projects) {
    if (p.patentNo === undefined) continue;
    // The application number when the number is readable: a readable number's normalized text is its application number.
    const key = normalizePatentText(p.patentNo);
    if (!key) continue;
    const f = first.get(key);
    if (!f) first.set(key, p);
    else emit(rowFinding(ctx, p, 'L015', 'warning', 'patentNo', { patent: p.patentNo, firstId: f.id ?? '', firstCell: cellRefFrom(ctx, f, 'patentNo', p) }));
  }
}

/** L013: an amount that looks entered in 元 rather than 万元. */
export function amountsInYuan(projects: ReadonlyArray<Project>, ctx: LedgerContext, emit: Emit): void {
  for (const key of AMOUNT_KEYS) {
    // The rule asks whether an amount was entered in 元 instead of 万元: a 元 column has no such question.
    if (ctx.ledger.units[key] !== '万元') continue;
    // Magnitudes of the non-zero amounts; their median by selection (linear), not by sorting.
    const magnitudes = new Float64Array(projects.length);
    let n = 0;
    for (const p of projects) {
      const v = p[key];
      if (v !== undefined && v !== 0) magnitudes[n++] = Math.abs(v);
    }
    if (!n) continue;
    // The mean of the two middle amounts may fall on half a 分: the message shows whole 分.
    const med = medianInPlace(magnitudes.subarray(0, n));
    const bigInWan = 100_000 * FEN_PER['万元'];
    for (const p of projects) {
      const v = p[key];
      if (v === undefined) continue;
      const a = Math.abs(v);
      if (a >= bigInWan || (med > 0 && a >= 1000 * med))
        emit(rowFinding(ctx, p, 'L013', 'warning', key, { field: fieldName(key), value: money(ctx, v), median: money(ctx, Math.round(med)), unit: ctx.profile.unit }));
    }
  }
}

/**
 * L021: each 合计/总计 row totals every project above it, or every project of the sheet when it
 * stands above them all (the usual place in Chinese forms: right under the header); a 小计 row
 * totals the projects since the previous 小计 (or the start). Blank total cells are not checked.
 */
export function totalRows(projects: ReadonlyArray<Project>, ctx: LedgerContext, emit: Emit): void {
  const { table } = ctx.ledger;
  if (!table.totals.length) return;
  const keys: ProjectKey[] = AMOUNT_KEYS.filter((k) => table.columns[k]);
  let pi = 0;
  const grand: Record<string, number> = {};
  const sub: Record<string, number> = {};
  const all: Record<string, number> = {};
  for (const k of keys) {
    grand[k] = sub[k] = 0;
    all[k] = projects.reduce((s, p) => s + ((p[k] as number | undefined) ?? 0), 0);
  }
  for (const t of table.totals) {
    while (pi < projects.length && projects[pi].row < t.row) {
      for (const k of keys) {
        const v = projects[pi][k] ?? 0;
        grand[k] += v as number;
        sub[k] += v as number;
      }
      pi++;
    }
    const expected = t.label === '小计' ? sub : pi === 0 ? all : grand;
    for (const k of keys) {
      const info = table.columns[k]!;
      const r = readAmount(table.value(t.row, info.col), ctx.ledger.units[k] ?? ctx.profile.unit);
      if (r.kind === 'bad')
        emit({ rule: 'L003', severity: 'error', sheet: ctx.sheet, row: t.row, col: info.col, params: { field: info.header, raw: r.raw, expected: '金额' } });
      if (r.kind !== 'ok') continue;
      if (r.value !== expected[k])
        emit({
          rule: 'L021', severity: 'error', sheet: ctx.sheet, row: t.row, col: info.col,
          params: { label: t.label, field: info.header, given: money(ctx, r.value), sum: money(ctx, expected[k]), diff: money(ctx, r.value - expected[k]), unit: ctx.profile.unit },
        });
    }
    if (t.label === '小计') for (const k of keys) sub[k] = 0;
  }
}
