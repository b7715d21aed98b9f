/**
 * The whole job on one workbook: check it, compute the metrics, score the indicators and lay out
 * the 自评表. Every face (CLI, task pane, browser page) calls this, so they cannot disagree.
 */
import { checkWorkbook, type CheckResult } from './check';
import { capPerRule, sortFindings, type Finding } from './findings';
import type { Grid } from './grid';
import { computeMetrics, type Metrics } from './metrics';
import type { ReadSummary } from './messages/read';
import { buildSelfEval, DEFAULT_LAYOUT, structuralErrors, type LayoutId, type SelfEval } from './selfeval';

/** The ledger's sheets as the note below the 自评表 names them: `项目台账`, or `乌鲁木齐市”至“阿勒泰地区`. */
function ledgerSheetsNamed(sheets: ReadonlyArray<string>): string {
  return sheets.length > 1 ? `${sheets[0]}”至“${sheets[sheets.length - 1]}` : (sheets[0] ?? '');
}

export interface EvaluateOptions {
  /** A layout of the registry (selfeval/layouts.ts); default: the profile's 分值方案. */
  readonly layout?: LayoutId;
  /** Shown in the note below the table. */
  readonly generatedAt?: string;
  /** Sheet names already in the target workbook (the new sheet never takes one). */
  readonly existingSheets?: ReadonlyArray<string>;
  /** Require the 绩效指标 sheet (S001 when it is missing). */
  readonly forSelfEval?: boolean;
  /**
   * Build the 自评表 even over structural errors (S-rules at error severity), marked
   * `草稿：数据存在错误`. Without it such a workbook gives no 自评表 (`refused` says why).
   */
  readonly draft?: boolean;
}

export interface WorkbookEvaluation {
  readonly check: CheckResult;
  /** Every finding (checks + scoring), sorted. */
  readonly findings: ReadonlyArray<Finding>;
  readonly metrics?: Metrics;
  /** The 自评表, when the workbook has a ledger and an indicator sheet. */
  readonly selfEval?: SelfEval;
  readonly layout: LayoutId;
  /** The structural errors for which no 自评表 was built (no draft asked for); absent when none. */
  readonly refused?: ReadonlyArray<Finding>;
}

/** What the check read: the ledger's sheets and its projects. */
export function readSummaryOf(e: Pick<WorkbookEvaluation, 'check'>): ReadSummary | undefined {
  // a budget request (申报) has no ledger to read, and none is missing
  if (e.check.stage === 'request' && !e.check.ledgerSheets.length) return undefined;
  return { sheets: e.check.ledgerSheets, projects: e.check.ledger?.projects.length ?? 0 };
}

export function evaluateWorkbook(grid: Grid, options: EvaluateOptions = {}): WorkbookEvaluation {
  const check = checkWorkbook(grid, { forSelfEval: options.forSelfEval });
  const profile = { ...check.profile, fiscalYear: check.fiscalYear };
  const layout = options.layout ?? profile.scheme ?? DEFAULT_LAYOUT;
  if (!check.ledger) return { check, findings: check.findings, layout };
  const metrics = computeMetrics(check.ledger.projects, profile);
  if (!check.indicators) return { check, findings: check.findings, metrics, layout };
  // Never a 自评表 from a bad read: a sheet or column not found, no year — unless a draft is asked for.
  const blockers = structuralErrors(check.findings);
  if (blockers.length && !options.draft) return { check, findings: check.findings, metrics, layout, refused: blockers };
  const { cells } = check.profileRead;
  const at = cells.budget ?? cells.executed ?? cells.budgetInitial;
  const selfEval = buildSelfEval({
    profile,
    projects: check.ledger.projects,
    indicators: check.indicators.indicators,
    metrics,
    layout,
    indicatorSheet: check.indicators.table.sheet.name,
    ledgerSheet: ledgerSheetsNamed(check.ledgerSheets),
    draft: blockers.length > 0,
    generatedAt: options.generatedAt,
    existingSheets: options.existingSheets ?? grid.sheets.map((s) => s.name),
    columns: check.indicators.cols,
    headerRow: check.indicators.table.headerRow,
    // Budget findings point at the budget cell of 配置, else at the 配置 sheet, else at no sheet
    // (as S001 does): never at a sheet the workbook does not have.
    profileCell: check.sheets.profile ? { sheet: check.sheets.profile, ...(at ?? { row: 0, col: 0 }) } : { sheet: '', row: 0, col: 0 },
  });
  const findings = capPerRule(sortFindings([...check.findings, ...selfEval.findings], grid.sheets.map((s) => s.name)));
  return { check, findings, metrics, selfEval, layout };
}
