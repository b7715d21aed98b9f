/**
 * The whole job on one workbook: check it, compute the metrics, score the indicators and lay out
 * the 自评表. Every face (CLI, task pane, browser page) calls this, so they cannot disagree.
 */
import { materialFindings } from './report/said';
import { typedTotalFindings } from './rules/scoringWorkbook';
import { checkWorkbook, type CheckResult } from './check';
import { capPerRule, sortFindings, type Finding } from './findings';
import type { Grid } from './grid';
import { computeMetrics, type Metrics } from './metrics';
import type { ReadSummary } from './messages/read';
import { computeMonitor, type Monitor } from './monitor';
import { ledgerParts } from './read/ledgerSheets';
import { buildSelfEval, DEFAULT_LAYOUT, formCapFinding, layoutById, scoreSelfEval, structuralErrors, type LayoutId, type Scored, type SelfEval, type SelfEvalInput } from './selfeval';
import { MONITOR_LAYOUT } from './selfeval/layouts';

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
  /** The cut-off month of the mid-year monitoring (`--month`), over 配置's 监控截止月份. */
  readonly month?: number;
  /**
   * Build the 自评表 even over structural errors (S-rules at error severity), marked
   * `草稿：数据存在错误`. Without it such a workbook gives no 自评表 (`refused` says why).
   */
  readonly draft?: boolean;
  /** The workbook's file name (the check reads a 地州市 from it: CheckOptions.fileName). */
  readonly fileName?: string;
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
  /** The structural errors for which no 自评表 was built (no draft asked for); absent when none. */
  readonly refused?: ReadonlyArray<Finding>;
  /**
   * More indicators than a form is laid out for (selfeval/cap.ts): S022, also among `findings`. No form was laid out
   * (nor would a draft be); the checks and the scores ran. Absent otherwise.
   */
  readonly overCap?: Finding;
  /** With `overCap`: the scores and the funds paragraph of the form not laid out (what the preview shows). */
  readonly scored?: Scored;
}

/** What the check read: the ledger's sheets and its projects. */
export function readSummaryOf(e: Pick<WorkbookEvaluation, 'check'>): ReadSummary | undefined {
  // a budget request (申报) has no ledger to read, and none is missing
  if (e.check.stage === 'request' && !e.check.ledgerSheets.length) return undefined;
  const file = e.check.ledgerSheets.length === 1 ? e.check.ledger?.table.sheet.namedAfterFile : undefined;
  return { sheets: e.check.ledgerSheets, projects: e.check.ledger?.projects.length ?? 0, ...(file ? { file } : {}) };
}

/**
 * The structural errors over which `layout`'s form is refused (selfeval/draft.ts): the one decision the
 * table, the monitoring table and the report share. A form that reads only some ledger fields (its
 * registry entry's `ledgerFields`) is not refused over a column it does not read.
 */
export function refusalOf(check: Pick<CheckResult, 'findings' | 'ledgerSheets'>, layout: LayoutId): Finding[] {
  const fields = layoutById(layout)?.ledgerFields;
  return structuralErrors(check.findings, fields ? { ledgerSheets: check.ledgerSheets, fields } : undefined);
}

export function evaluateWorkbook(grid: Grid, options: EvaluateOptions = {}): WorkbookEvaluation {
  const asked = options.layout !== undefined ? layoutById(options.layout) : undefined;
  const check = checkWorkbook(grid, { forSelfEval: options.forSelfEval, monitor: asked?.monitor === true || options.month !== undefined, fileName: options.fileName });
  const profile = { ...check.profile, fiscalYear: check.fiscalYear };
  const midYear = check.stage === 'midYear';
  const layout = options.layout ?? (midYear ? MONITOR_LAYOUT : (profile.scheme ?? DEFAULT_LAYOUT));
  if (!check.ledger) return { check, findings: check.findings, layout };
  const metrics = computeMetrics(check.ledger.projects, profile);
  const { cells } = check.profileRead;
  const parts = ledgerParts(check.ledger);
  const monitor = midYear
    ? computeMonitor({
      profile,
      projects: check.ledger.projects,
      indicators: check.indicators?.indicators ?? [],
      month: options.month,
      ledger: { sheet: check.ledger.table.sheet.name, cols: colsOf(check.ledger.table.columns), headerRow: check.ledger.table.headerRow },
      plannedHeader: parts.find((part) => part.table.columns.planned)?.table.columns.planned?.header,
      ledgerParts: parts.map((part) => ({ sheet: part.table.sheet.name, disbursedCol: part.table.columns.disbursed?.col, projects: part.projects })),
      ...(check.indicators ? { indicatorSheet: { sheet: check.indicators.table.sheet.name, cols: check.indicators.cols, headerRow: check.indicators.table.headerRow } } : {}),
      ...(check.sheets.profile && (cells.budgetInitial ?? cells.budget) ? { budgetCell: { sheet: check.sheets.profile, ...(cells.budgetInitial ?? cells.budget)! } } : {}),
      ...(check.sheets.profile && cells.monitorDate ? { monitorDateCell: { sheet: check.sheets.profile, ...cells.monitorDate } } : {}),
      spanHeaders: [
        ...parts.map((part) => ({ table: part.table, info: part.table.columns.disbursed })),
        ...(check.indicators ? [{ table: check.indicators.table, info: check.indicators.table.columns.monitored }] : []),
      ].flatMap(({ table, info }) => (info ? [{ sheet: table.sheet.name, row: info.row ?? table.headerRow, col: info.col, header: info.header }] : [])),
    })
    : undefined;
  const sheetOrder = grid.sheets.map((s) => s.name);
  const withMonitor = monitor ? { monitor } : {};
  const checked = monitor ? sortFindings([...check.findings, ...monitor.findings], sheetOrder) : check.findings;
  if (!check.indicators) return { check, findings: checked, metrics, layout, ...withMonitor };
  // Never a 自评表 from a bad read: a sheet or column not found, no year — unless a draft is asked for.
  const blockers = refusalOf(check, layout);
  if (blockers.length && !options.draft) return { check, findings: checked, metrics, layout, refused: blockers, ...withMonitor };
  const at = cells.budget ?? cells.executed ?? cells.budgetInitial;
  const input: SelfEvalInput = {
    profile,
    projects: check.ledger.projects,
    indicators: check.indicators.indicators,
    metrics,
    layout,
    indicatorSheet: check.indicators.table.sheet.name,
    ...(check.indicatorSheets ? { indicatorSheets: check.indicatorSheets } : {}),
    ledgerSheet: ledgerSheetsNamed(check.ledgerSheets),
    draft: blockers.length > 0,
    generatedAt: options.generatedAt,
    existingSheets: options.existingSheets ?? grid.sheets.map((s) => s.name),
    columns: check.indicators.cols,
    headerRow: check.indicators.table.headerRow,
    // Budget findings point at the budget cell of 配置, else at the 配置 sheet, else at no sheet
    // (as S001 does): never at a sheet the workbook does not have.
    profileCell: check.sheets.profile ? { sheet: check.sheets.profile, ...(at ?? { row: 0, col: 0 }) } : { sheet: '', row: 0, col: 0 },
    ...(monitor ? { monitor, midYear: true } : {}),
  };
  // past the cap, scored as the form would be and not laid out (S022 says why)
  const overCap = formCapFinding(check.indicators, layoutById(layout) ?? {});
  const selfEval = overCap ? undefined : buildSelfEval(input);
  const scored = selfEval ?? scoreSelfEval(input);
  // what the 报告素材 says against the figures (R004): year-end only, the material being the year's report
  const said = check.material && !midYear ? materialFindings(check.material, scored.scores, scored.budget.rate, profile) : [];
  // a 总分 typed at the table's foot (a 自评表 filled by hand) against the scores added up
  const typed: Finding[] = [];
  if (!midYear) typedTotalFindings(check.indicators.table, scored, (f) => void typed.push(f as Finding));
  const findings = capPerRule(sortFindings([...check.findings, ...(overCap ? [overCap] : []), ...scored.findings, ...(monitor?.findings ?? []), ...said, ...typed], sheetOrder));
  return { check, findings, metrics, layout, ...(overCap ? { overCap, scored } : { selfEval }), ...withMonitor };
}

/** The column of each field a table found. */
function colsOf<K extends string>(columns: Partial<Record<K, { readonly col: number }>>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [k, v] of Object.entries(columns) as Array<[K, { col: number } | undefined]>) if (v) out[k] = v.col;
  return out;
}
