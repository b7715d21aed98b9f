/**
 * The whole job on one workbook: check it, compute the metrics, score the indicators and lay out
 * the 自评表. Every face (CLI, task pane, browser page) calls this, so they cannot disagree.
 */
import { checkWorkbook, type CheckResult } from './check';
import { sortFindings, type Finding } from './findings';
import type { Grid } from './grid';
import { computeMetrics, type Metrics } from './metrics';
import { computeMonitor, type Monitor } from './monitor';
import { buildSelfEval, DEFAULT_LAYOUT, layoutById, type LayoutId, type SelfEval } from './selfeval';
import { MONITOR_LAYOUT } from './selfeval/layouts';

export interface EvaluateOptions {
  /** A layout of the registry (selfeval/layouts.ts); default: the profile's 分值方案. */
  readonly layout?: LayoutId;
  /** Shown in the note below the table. */
  readonly generatedAt?: string;
  /** Sheet names already in the target workbook (the new sheet never takes one). */
  readonly existingSheets?: ReadonlyArray<string>;
  /** Require the 绩效指标 sheet (S001 when it is missing). */
  readonly forSelfEval?: boolean;
  /** The cut-off month of the mid-year monitoring (`--month`), over 配置's 监控截止月份. */
  readonly month?: number;
}

export interface WorkbookEvaluation {
  readonly check: CheckResult;
  /** Every finding (checks + scoring), sorted. */
  readonly findings: ReadonlyArray<Finding>;
  readonly metrics?: Metrics;
  /** The 自评表 (or the monitoring table of a monitoring layout), when the workbook has a ledger and an indicator sheet. */
  readonly selfEval?: SelfEval;
  readonly layout: LayoutId;
  /** The mid-year monitoring, when the workbook is checked as of a cut-off month (stage `midYear`). */
  readonly monitor?: Monitor;
}

export function evaluateWorkbook(grid: Grid, options: EvaluateOptions = {}): WorkbookEvaluation {
  const asked = options.layout !== undefined ? layoutById(options.layout) : undefined;
  const check = checkWorkbook(grid, { forSelfEval: options.forSelfEval, monitor: asked?.monitor === true || options.month !== undefined });
  const profile = { ...check.profile, fiscalYear: check.fiscalYear };
  const midYear = check.stage === 'midYear';
  const layout = options.layout ?? (midYear ? MONITOR_LAYOUT : (profile.scheme ?? DEFAULT_LAYOUT));
  if (!check.ledger) return { check, findings: check.findings, layout };
  const metrics = computeMetrics(check.ledger.projects, profile);
  const { cells } = check.profileRead;
  const monitor = midYear
    ? computeMonitor({
      profile,
      projects: check.ledger.projects,
      indicators: check.indicators?.indicators ?? [],
      month: options.month,
      ledger: { sheet: check.ledger.table.sheet.name, cols: colsOf(check.ledger.table.columns), headerRow: check.ledger.table.headerRow },
      ...(check.indicators ? { indicatorSheet: { sheet: check.indicators.table.sheet.name, cols: check.indicators.cols } } : {}),
      ...(check.sheets.profile && (cells.budgetInitial ?? cells.budget) ? { budgetCell: { sheet: check.sheets.profile, ...(cells.budgetInitial ?? cells.budget)! } } : {}),
    })
    : undefined;
  const sheetOrder = grid.sheets.map((s) => s.name);
  if (!check.indicators) {
    const findings = monitor ? sortFindings([...check.findings, ...monitor.findings], sheetOrder) : check.findings;
    return { check, findings, metrics, layout, ...(monitor ? { monitor } : {}) };
  }
  const at = cells.budget ?? cells.executed ?? cells.budgetInitial;
  const selfEval = buildSelfEval({
    profile,
    projects: check.ledger.projects,
    indicators: check.indicators.indicators,
    metrics,
    layout,
    indicatorSheet: check.indicators.table.sheet.name,
    ledgerSheet: check.ledger.table.sheet.name,
    generatedAt: options.generatedAt,
    existingSheets: options.existingSheets ?? grid.sheets.map((s) => s.name),
    columns: check.indicators.cols,
    headerRow: check.indicators.table.headerRow,
    // Budget findings point at the budget cell of 配置, else at the 配置 sheet, else at no sheet
    // (as S001 does): never at a sheet the workbook does not have.
    profileCell: check.sheets.profile ? { sheet: check.sheets.profile, ...(at ?? { row: 0, col: 0 }) } : { sheet: '', row: 0, col: 0 },
    ...(monitor ? { monitor, midYear: true } : {}),
  });
  const findings = sortFindings([...check.findings, ...selfEval.findings, ...(monitor?.findings ?? [])], sheetOrder);
  return { check, findings, metrics, selfEval, layout, ...(monitor ? { monitor } : {}) };
}

/** The column of each field a table found. */
function colsOf<K extends string>(columns: Partial<Record<K, { readonly col: number }>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [k, v] of Object.entries(columns) as Array<[K, { col: number } | undefined]>) if (v) out[k] = v.col;
  return out;
}
