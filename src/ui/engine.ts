/**
 * The one pipeline both hosts run on a Grid: check → metrics → scores → the view the UI renders.
 * Pure (model only): no DOM, no host.
 */
import { checkWorkbook, type CheckResult } from '../model/check';
import { countBySeverity, sortFindings, type Finding } from '../model/findings';
import type { Grid } from '../model/grid';
import type { SheetLayout } from '../model/layout';
import { computeMetrics, type Metrics } from '../model/metrics';
import { fenTo } from '../model/money';
import type { Scheme } from '../model/records';
import { evaluate, type Evaluation } from '../model/scoring';
import { HostError, type CheckView, type PreviewView } from './host';

export interface Analysis {
  readonly grid: Grid;
  readonly check: CheckResult;
  readonly metrics?: Metrics;
  readonly evaluation?: Evaluation;
  readonly view: CheckView;
}

/** Checks a workbook and computes what the pane previews. Never throws on user data. */
export function analyse(grid: Grid, options: { forSelfEval?: boolean } = {}): Analysis {
  const check = checkWorkbook(grid, { forSelfEval: options.forSelfEval });
  const findings: Finding[] = [...check.findings];
  let metrics: Metrics | undefined;
  let evaluation: Evaluation | undefined;
  if (check.ledger) {
    metrics = computeMetrics(check.ledger.projects, check.profile);
    if (check.indicators && check.sheets.indicators) {
      evaluation = evaluate(check.profile, check.indicators.indicators, metrics, {
        indicatorSheet: check.sheets.indicators,
        columns: check.indicators.cols,
        headerRow: check.indicators.table.headerRow,
        profileCell: check.sheets.profile ? { sheet: check.sheets.profile, row: 0, col: 0 } : undefined,
      });
      findings.push(...evaluation.findings);
    }
  }
  const sorted = sortFindings(findings, grid.sheets.map((s) => s.name));
  const view: CheckView = {
    findings: sorted,
    counts: countBySeverity(sorted),
    scheme: check.profile.scheme,
    fiscalYear: check.fiscalYear,
    preview: metrics ? previewOf(metrics, evaluation, check.fiscalYear) : undefined,
  };
  return { grid, check, metrics, evaluation, view };
}

function previewOf(m: Metrics, e: Evaluation | undefined, fiscalYear: number | undefined): PreviewView {
  const year = fiscalYear ?? m.fiscalYear;
  return {
    fiscalYear: year,
    unit: m.unit,
    executionRate: m.executionRate,
    leverage: m.leverage,
    projectCount: m.projectCount,
    newCount: m.newCount,
    carriedCount: m.carriedCount,
    total: e?.total,
    grade: e?.grade,
    cohorts: m.cohorts.map((c) => ({ year: c.year, count: c.count, disbursed: fenTo(c.disbursed, m.unit), isNew: c.year === year })),
  };
}

/** The table to create: what src/model/selfeval builds. */
export interface SelfEvalBuild {
  readonly layout: SheetLayout;
  readonly sheetName: string;
  readonly paragraph?: string;
}

/** Builds the 自评表 of an analysed workbook; `taken` = sheet names already in the workbook. */
export type SelfEvalBuilder = (analysis: Analysis, layout: Scheme, taken: ReadonlyArray<string>) => SelfEvalBuild;

/** Blocking problems: the table cannot be built while the workbook has these. */
export function blockingFindings(a: Analysis): Finding[] {
  return a.view.findings.filter((f) => f.severity === 'error' && f.rule.startsWith('S'));
}

export function blockedError(blocking: ReadonlyArray<Finding>): HostError {
  const rules = [...new Set(blocking.map((f) => f.rule))].join(', ');
  return new HostError({
    'zh-CN': `工作簿有 ${blocking.length} 个结构性错误（${rules}），无法生成自评表。请先在“检查”中查看并修正。`,
    'en-US': `The workbook has ${blocking.length} structural errors (${rules}); the table cannot be built. See them under Check and fix them first.`,
  });
}

/** A sheet name not yet taken: `name`, `name (2)`, `name (3)` … (selfeval.md). Case-insensitive, as Excel is. */
export function uniqueSheetName(name: string, taken: ReadonlyArray<string>): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
