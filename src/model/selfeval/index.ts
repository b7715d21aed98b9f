/**
 * buildSelfEval: scores the evaluation and lays out the 自评表 (selfeval.md) in a new sheet.
 */
import { computeMetrics } from '../metrics';
import { evaluate } from '../scoring';
import { layout2018 } from './layout2018';
import { layout2020 } from './layout2020';
import { fundsParagraph } from './paragraph';
import { DRAFT_SHEET_SUFFIX, markDraft } from './draft';
import type { LayoutInput, LayoutKind, LayoutResult, SelfEval, SelfEvalInput } from './types';

export type { LayoutKind, SelfEval, SelfEvalIndicator, SelfEvalInput } from './types';
export { fundsParagraph } from './paragraph';
export { DRAFT_MARK, structuralErrors } from './draft';

const LAYOUTS: Readonly<Record<LayoutKind, (x: LayoutInput) => LayoutResult>> = { '2018': layout2018, '2020': layout2020 };

/** The layouts a 自评表 (and the 自评报告's appendix) can be drawn in. */
export const LAYOUT_KINDS: ReadonlyArray<LayoutKind> = Object.keys(LAYOUTS) as LayoutKind[];

/** `{年度}年度绩效自评表`, then ` (2)`, ` (3)` … until the name is free (compared case-insensitively, as Excel does). */
export function selfEvalSheetName(fiscalYear: number | undefined, existing: ReadonlyArray<string> = [], draft = false): string {
  const base = (fiscalYear === undefined ? '绩效自评表' : `${fiscalYear}年度绩效自评表`) + (draft ? DRAFT_SHEET_SUFFIX : '');
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) if (!taken.has(`${base} (${k})`.toLowerCase())) return `${base} (${k})`;
}

export function generatedNote(input: Pick<SelfEvalInput, 'generatedAt' | 'ledgerSheet' | 'indicatorSheet'>): string {
  const when = input.generatedAt ? `于${input.generatedAt}` : '';
  return `本表由绩效自评助手${when}根据工作表“${input.ledgerSheet}”“${input.indicatorSheet}”生成。`;
}

export function buildSelfEval(input: SelfEvalInput): SelfEval {
  const metrics = input.metrics ?? computeMetrics(input.projects, input.profile);
  const evaluation = evaluate(input.profile, input.indicators, metrics, {
    indicatorSheet: input.indicatorSheet,
    columns: input.columns,
    headerRow: input.headerRow,
    profileCell: input.profileCell,
  });
  const sheetName = selfEvalSheetName(metrics.fiscalYear, input.existingSheets, input.draft);
  const paragraph = fundsParagraph(metrics);
  const { layout, indicators } = LAYOUTS[input.layout]({
    profile: input.profile, metrics, evaluation, sheetName, paragraph, note: generatedNote(input),
  });
  return {
    layout: input.draft ? markDraft(layout) : layout,
    ...(input.draft ? { draft: true } : {}),
    sheetName,
    budget: evaluation.budget,
    indicators,
    scores: evaluation.indicators,
    total: evaluation.total,
    grade: evaluation.grade,
    findings: evaluation.findings,
    paragraph,
  };
}
