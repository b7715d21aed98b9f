/** Workbook-level rules: budget against the ledger (W001, W002), indicator sheet sanity (W005, W008). */
import type { Finding } from '../findings';
import { fenToDecimal, type Fen } from '../money';
import type { IndicatorsRead } from '../read/indicators';
import type { ProfileRead } from '../read/profile';
import { AUTO_METRIC_NAMES } from '../metrics';

export function budgetRules(profileRead: ProfileRead, profileSheet: string | undefined, disbursedSum: Fen | undefined, emit: (f: Finding) => void): void {
  const { profile, cells } = profileRead;
  const fmt = (f: Fen): string => fenToDecimal(f, profile.unit);
  if (profileSheet && profile.executed !== undefined && disbursedSum !== undefined && profile.executed !== disbursedSum && cells.executed)
    emit({
      rule: 'W001', severity: 'error', sheet: profileSheet, ...cells.executed,
      params: { sum: fmt(disbursedSum), executed: fmt(profile.executed), diff: fmt(disbursedSum - profile.executed), unit: profile.unit },
    });
  const executed = profile.executed ?? disbursedSum;
  const at = cells.executed ?? cells.budget ?? cells.budgetInitial;
  if (profileSheet && at && executed !== undefined && profile.budget !== undefined && executed > profile.budget)
    emit({ rule: 'W002', severity: 'warning', sheet: profileSheet, ...at, params: { executed: fmt(executed), budget: fmt(profile.budget), unit: profile.unit } });
}

export function indicatorRules(read: IndicatorsRead, emit: (f: Finding) => void): void {
  const sheet = read.table.sheet.name;
  const names = new Set(AUTO_METRIC_NAMES);
  for (const ind of read.indicators) {
    const at = (key: keyof typeof read.cols): { row: number; col: number } => ({ row: ind.row, col: read.cols[key] ?? read.cols.level3 ?? 0 });
    const name = ind.level3 ?? '';
    if (ind.source !== undefined && !names.has(ind.source)) {
      emit({ rule: 'W008', severity: 'error', sheet, ...at('source'), params: { name, source: ind.source, known: AUTO_METRIC_NAMES.join('、') } });
    }
    if (ind.targetText === undefined) {
      emit({ rule: 'W005', variant: 'noTarget', severity: 'error', sheet, ...at('target'), params: { name } });
      continue;
    }
    if (ind.op === '定性' || ind.op === undefined) continue;
    if (ind.target === undefined)
      emit({ rule: 'W005', variant: 'target', severity: 'error', sheet, ...at('target'), params: { name, raw: ind.targetText } });
    if (ind.actual === undefined && ind.source === undefined)
      emit({ rule: 'W005', variant: 'actual', severity: 'error', sheet, ...at('actual'), params: { name, raw: ind.actualText ?? '' } });
  }
}
