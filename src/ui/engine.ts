/**
 * What both hosts render, from the model's one pipeline (`evaluateWorkbook`: check → metrics →
 * scores → 自评表), so that the task pane, the page and the CLI cannot disagree. Pure: no DOM, no host.
 */
import { evaluateWorkbook, readSummaryOf, type EvaluateOptions, type WorkbookEvaluation } from '../model/evaluate';
import { type Finding } from '../model/findings';
import { countBySeverity } from '../model/findingsShown';
import type { Grid } from '../model/grid';
import type { Metrics } from '../model/metrics';
import { fenTo } from '../model/money';
import { monitorMonth, type Monitor } from '../model/monitor';
import { DEFAULT_LAYOUT, type SelfEval } from '../model/selfeval';
// for the pane's 生成自评表, which loads this module on demand (ui/workbookHost.ts)
export { generatedAt } from '../model/selfeval';
import { HostError, type CheckView, type PreviewView } from './host';
import { findingText } from '../model/messages';

export interface Analysis extends WorkbookEvaluation {
  readonly grid: Grid;
  readonly view: CheckView;
}

/** Checks a workbook (and lays out its 自评表 when it can). Never throws on user data. */
export function analyse(grid: Grid, options: EvaluateOptions = {}): Analysis {
  const ev = evaluateWorkbook(grid, options);
  const findings = [...ev.findings];
  const view: CheckView = {
    findings,
    counts: countBySeverity(findings),
    // The layout the workbook asks for: its 分值方案, or the monitoring table for a mid-year workbook.
    scheme: ev.layout ?? ev.check.profile.scheme ?? DEFAULT_LAYOUT,
    fiscalYear: ev.check.fiscalYear,
    monitorMonth: ev.monitor?.month ?? monitorMonth(ev.check.profile),
    preview: ev.metrics ? previewOf(ev.metrics, ev.selfEval ?? ev.scored, ev.monitor) : undefined,
    read: readSummaryOf(ev),
    ...(ev.check.ownTable ? { ownSheet: ev.check.ownTable.sheet } : {}),
  };
  return { ...ev, grid, view };
}

function previewOf(m: Metrics, se: Pick<SelfEval, 'total' | 'grade' | 'paragraph'> | undefined, mon: Monitor | undefined): PreviewView {
  return {
    fiscalYear: m.fiscalYear,
    unit: m.unit,
    executionRate: m.executionRate,
    leverage: m.leverage,
    projectCount: m.projectCount,
    newCount: m.newCount,
    carriedCount: m.carriedCount,
    total: se?.total,
    grade: se?.grade,
    cohorts: m.cohorts.map((c) => ({
      year: c.year,
      count: c.count,
      disbursed: fenTo(c.disbursed, m.unit),
      isNew: c.year === m.fiscalYear,
    })),
    paragraph: se?.paragraph,
    ...(mon ? {
      monitor: {
        month: mon.month, timeProgress: mon.timeProgress, counts: mon.counts,
        ...(mon.rate !== undefined ? { executionRate: mon.rate } : {}), ...(mon.budgetLight ? { budgetLight: mon.budgetLight } : {}),
      },
    } : {}),
  };
}

/** The table of an analysis made with `forSelfEval`, or the HostError that says why there is none. */
export function selfEvalOf(a: Analysis): SelfEval {
  if (a.selfEval) return a.selfEval;
  if (a.refused) throw refusedError(a.refused);
  // more indicators than a form is laid out for: the finding says how many, the cap, and what to do (no draft helps)
  if (a.overCap) throw new HostError('tooManyIndicators', { 'zh-CN': findingText(a.overCap, 'zh-CN'), 'en-US': findingText(a.overCap, 'en-US') });
  throw blockedError(a.view.findings.filter((f) => f.severity === 'error'));
}

/** No 自评表 from a bad read: the structural errors, and how to get a draft anyway. */
function refusedError(errors: ReadonlyArray<Finding>): HostError {
  const shown = errors.slice(0, 3);
  const more = errors.length - shown.length;
  const list = (l: 'zh-CN' | 'en-US'): string => shown.map((f) => `${f.rule} ${findingText(f, l)}`).join(l === 'zh-CN' ? '；' : '; ') + (more > 0 ? (l === 'zh-CN' ? `；另有 ${more} 个` : `; ${more} more`) : '');
  return new HostError('refused', {
    'zh-CN': `未生成自评表：工作簿的结构有 ${errors.length} 个错误，读出的数据不完整或不可靠（${list('zh-CN')}）。请先修正；如需先看一份草稿，请勾选“数据有错误时仍生成草稿”，表中将标明“草稿：数据存在错误”。`,
    'en-US': `No table was built: the workbook's structure has ${errors.length} error(s), so what was read is incomplete or unreliable (${list('en-US')}). Fix them first; to see a draft anyway, tick "Build a draft despite errors": the table is then marked as a draft with errors.`,
  });
}

function blockedError(errors: ReadonlyArray<Finding>): HostError {
  const rules = [...new Set(errors.map((f) => f.rule))].join(', ');
  const zhWhy = errors.length ? `工作簿有 ${errors.length} 个错误（${rules}）` : '工作簿缺少“项目台账”或“绩效指标”';
  const enWhy = errors.length
    ? `The workbook has ${errors.length} errors (${rules})`
    : 'The workbook lacks the ledger or the indicator sheet';
  return new HostError('blocked', {
    'zh-CN': `${zhWhy}，无法生成自评表。请先在“检查”中查看并修正。`,
    'en-US': `${enWhy}; the table cannot be built. See them under Check and fix them first.`,
  });
}
