/**
 * How many indicators a form (自评表, 监控表) is laid out for. A real 自评表 has tens of indicators (the source's 2018
 * table 15, the 2020 national form about 20–30); the largest a careful officer could mean is a province-wide fund's
 * table listing every project's own indicators: a few hundred projects × 5–10 indicators each, up to about 2,000
 * rows, near 100 printed A4 pages. Past that the table is no form anyone prints, stamps and sends, but a sheet pasted
 * twice, filled down or of another kind — and laying it out (a hostile sheet of 140,000 rows: ~7,000 pages, laid out
 * several times over while rows and pages are fitted) took more CPU than the whole check besides. Above the cap no
 * form is laid out (S022 says so, the checks and the scores still run: evaluate.ts).
 */
import type { Finding } from '../findings';
import type { IndicatorsRead } from '../read/indicators';
import { S022 } from '../rules/sheetsWorkbook';
import type { LayoutDef } from './types';

export const MAX_FORM_INDICATORS = 2_000;

/** S022 when `read` has more indicators than a form is laid out for, at the first past the cap; else undefined. */
export function formCapFinding(read: Pick<IndicatorsRead, 'table' | 'indicators' | 'cols'>, def: Pick<LayoutDef, 'monitor'>): Finding | undefined {
  const { indicators, table } = read;
  if (indicators.length <= MAX_FORM_INDICATORS) return undefined;
  const first = indicators[MAX_FORM_INDICATORS];
  const at = { sheet: first.sheet ?? table.sheet.name, row: first.row, col: read.cols.level3 ?? 0 };
  return S022.finding.main(at, {
    sheet: table.sheet.name,
    count: indicators.length,
    max: MAX_FORM_INDICATORS,
    first: MAX_FORM_INDICATORS + 1,
    form: def.monitor ? 'monitor' : 'selfEval',
  });
}
