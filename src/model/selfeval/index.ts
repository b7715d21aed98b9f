/**
 * buildSelfEval: scores the evaluation and lays out the 自评表 (selfeval.md) in a new sheet.
 */
import { computeMetrics, type Metrics } from '../metrics';
import { computeMonitor, type Monitor } from '../monitor';
import { evaluate, type Evaluation } from '../scoring';
import { DEFAULT_LAYOUT, layoutById } from './layouts';
import { fitCellTexts } from './cellText';
import { fundsParagraph, fundsSubject } from './paragraph';
import { DRAFT_SHEET_SUFFIX, markDraft } from './draft';
import { selfEvalBaseName, uniqueSheetName } from './sheet';
import type { LayoutDef, SelfEval, SelfEvalInput } from './types';

export type { LayoutDef, Level1Def, SelfEval, SelfEvalIndicator, SelfEvalInput } from './types';
export { DEFAULT_LAYOUT, LAYOUT_IDS, LAYOUTS, SCHEME_IDS, categoryOf, isLayoutId, layoutById, type LayoutId } from './layouts';
export { fundsParagraph } from './paragraph';
export { DRAFT_MARK, DRAFT_SHEET_SUFFIX, structuralErrors } from './draft';
export { formCapFinding, MAX_FORM_INDICATORS } from './cap';

/** `{年度}年度绩效自评表`, then ` (2)`, ` (3)` … until the name is free (compared case-insensitively, as Excel does). */
export function selfEvalSheetName(fiscalYear: number | undefined, existing: ReadonlyArray<string> = []): string {
  return uniqueSheetName(selfEvalBaseName(fiscalYear), existing);
}

/** `2019-03-01 10:20`, local time: when the table was generated (the note below it). Every face stamps with this. */
export function generatedAt(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

export function generatedNote(input: Pick<SelfEvalInput, 'generatedAt' | 'ledgerSheet' | 'indicatorSheet' | 'indicatorSheets'>): string {
  const when = input.generatedAt ? `于${input.generatedAt}` : '';
  const indicators = (input.indicatorSheets?.length ? input.indicatorSheets : [input.indicatorSheet]).join('”“');
  return `本表由绩效自评助手${when}根据工作表“${input.ledgerSheet}”“${indicators}”生成。`;
}

/** Scores the evaluation and lays out the table in `input.layout`, a layout of the registry. */
export function buildSelfEval(input: SelfEvalInput): SelfEval {
  const def = layoutById(input.layout);
  if (!def) throw new Error(`no layout ${input.layout}`);
  return buildWithLayout(def, input);
}

/** What a form shows besides its layout: the scores as its 分值方案 scores them, and the funds paragraph. */
export type Scored = Pick<SelfEval, 'budget' | 'scores' | 'total' | 'grade' | 'findings' | 'paragraph'>;

/**
 * `input` scored as `input.layout`'s form scores it, without laying the form out: a workbook with more indicators than
 * a form is laid out for (cap.ts) is still scored, and its figures previewed.
 */
export function scoreSelfEval(input: SelfEvalInput): Scored {
  const def = layoutById(input.layout);
  if (!def) throw new Error(`no layout ${input.layout}`);
  const { evaluation, paragraph } = scoreWith(def, input);
  return { budget: evaluation.budget, scores: evaluation.indicators, total: evaluation.total, grade: evaluation.grade, findings: evaluation.findings, paragraph };
}

function scoreWith(def: LayoutDef, input: Omit<SelfEvalInput, 'layout'>): { metrics: Metrics; evaluation: Evaluation; monitor?: Monitor; paragraph: string } {
  const metrics = input.metrics ?? computeMetrics(input.projects, input.profile);
  const evaluation = evaluate(input.profile, input.indicators, metrics, {
    indicatorSheet: input.indicatorSheet,
    columns: input.columns,
    headerRow: input.headerRow,
    profileCell: input.profileCell,
    // Under a 分值方案 whose form has points (2020), the level-1 points follow the national defaults.
    holdLevel1Points: layoutById(input.profile.scheme ?? DEFAULT_LAYOUT)?.hasPoints ?? false,
    midYear: input.midYear ?? def.monitor,
  });
  const monitor = def.monitor
    ? (input.monitor ?? computeMonitor({ profile: input.profile, projects: input.projects, indicators: input.indicators, month: input.monitorMonth }))
    : undefined;
  // mid-year, the ledger's 本年拨付 is paid so far: 1—M月拨付
  const paragraph = fundsParagraph(metrics, { subject: fundsSubject(input.profile) ?? '项目资金', ...(monitor ? { month: monitor.month } : {}) });
  return { metrics, evaluation, paragraph, ...(monitor ? { monitor } : {}) };
}

/** The same with the layout's entry given (a layout on its way into the registry, in its test). */
export function buildWithLayout(def: LayoutDef, input: Omit<SelfEvalInput, 'layout'>): SelfEval {
  const { metrics, evaluation, monitor, paragraph } = scoreWith(def, input);
  const sheetName = uniqueSheetName(def.sheetName(metrics.fiscalYear) + (input.draft ? DRAFT_SHEET_SUFFIX : ''), input.existingSheets);
  const built = def.build({
    profile: input.profile, metrics, evaluation, sheetName, paragraph, note: generatedNote(input), ...(monitor ? { monitor } : {}),
  });
  const { indicators } = built;
  const { layout, findings: cut } = fitCellTexts(built.layout);
  return {
    layout: input.draft ? markDraft(layout) : layout,
    ...(input.draft ? { draft: true } : {}),
    sheetName,
    budget: evaluation.budget,
    indicators,
    scores: evaluation.indicators,
    total: evaluation.total,
    grade: evaluation.grade,
    findings: cut.length ? [...evaluation.findings, ...cut] : evaluation.findings,
    paragraph,
    ...(monitor ? { monitor } : {}),
  };
}
