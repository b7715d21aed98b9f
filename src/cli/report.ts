/** Turning findings into what the CLI prints (text and the documented JSON shape). */
import { type Finding, type Severity } from '../model/findings';
import { countBySeverity, findingCell, findingPlace } from '../model/findingsShown';
import { findingText, SEVERITY_LABEL, type Locale } from '../model/messages';
import { jsonSafe, visibleText } from '../model/text/visible';
import type { Stage } from '../model/check';

export interface JsonFinding {
  readonly rule: string;
  readonly severity: Severity;
  /** null in a file that is one table (a CSV: CheckResult.ownTable), which has no sheet; its `cell` is still given. */
  readonly sheet: string | null;
  /** '' for a finding on the workbook as a whole (sheet ''): no cell of it to point at. */
  readonly cell: string;
  readonly projectId: string | null;
  readonly message: string;
}

/** `ownSheet`: the sheet a file of one table was read as (CheckResult.ownTable), said as no sheet. */
export function jsonFinding(f: Finding, locale: Locale, ownSheet?: string): JsonFinding {
  const sheet = f.sheet && f.sheet === ownSheet ? null : f.sheet;
  return { rule: f.rule, severity: f.severity, sheet, cell: f.sheet ? findingCell(f) : '', projectId: f.projectId ?? null, message: findingText(f, locale) };
}

export function findingLine(f: Finding, locale: Locale, ownSheet?: string): string {
  const where = findingPlace(f, ownSheet);
  // one line for a terminal: control and bidi characters of the user's text made visible
  return visibleText(`${f.rule} ${SEVERITY_LABEL[locale][f.severity]} ${where ? `${where} ` : ''}${findingText(f, locale)}`);
}

/** Which form the check judged the workbook as (check.ts `Stage`). */
export function stageLine(stage: Stage, locale: Locale): string {
  return STAGE_TEXT[locale][stage];
}

const STAGE_TEXT: Readonly<Record<Locale, Readonly<Record<Stage, string>>>> = {
  'zh-CN': {
    request: '阶段：预算申报（无实际完成值、无项目台账）——仅审核绩效目标',
    midYear: '阶段：年中监控——按监控截止月份检查预算执行与目标进度（双监控）',
    yearEnd: '阶段：年终自评——检查项目台账、绩效指标与评分',
  },
  'en-US': {
    request: 'Stage: budget request (no actuals, no ledger): the targets are reviewed only',
    midYear: 'Stage: mid-year monitoring: budget execution and target progress checked as of the cut-off month',
    yearEnd: 'Stage: year-end self-evaluation: ledger, indicators and scores checked',
  },
};

export function countsLine(findings: ReadonlyArray<Finding>, locale: Locale): string {
  const c = countBySeverity(findings);
  return locale === 'zh-CN'
    ? `错误 ${c.error} 个，警告 ${c.warning} 个，提示 ${c.info} 个`
    : `${c.error} error(s), ${c.warning} warning(s), ${c.info} info`;
}

/**
 * What `--json` prints when a command refuses to build its output (exit 1): the same findings the
 * error stream lists, so a script reading stdout learns why nothing was written instead of
 * reading nothing. `blocking`: the errors that stopped it; `findings`: all of them.
 */
/**
 * Where a command that writes a file (selfeval, report, monitor; merge, whose `input` is its files) says it failed
 * before it built anything — an input unreadable, the output taken: the line on stderr, and with --json the same as
 * `{ input, file: null, error, ...more }` on stdout, so that a script reading stdout gets JSON as it does from
 * `jx check --json` (it got nothing).
 */
export function failureSink(
  input: string | ReadonlyArray<string>,
  json: boolean,
  io: { readonly out: (l: string) => void; readonly err: (l: string) => void },
): (line: string, more?: Readonly<Record<string, unknown>>) => void {
  return (line, more) => {
    io.err(line);
    if (json) io.out(jsonSafe(JSON.stringify({ input, file: null, error: line, ...more }, null, 2)));
  };
}

/**
 * A form refused over structural errors (jx selfeval, jx monitor): the `--json` refusal on stdout, then on stderr
 * the form's words, each blocking finding and the hint to ask for a draft. Returns the exit code, 1.
 */
export function sayRefusal(
  input: string,
  refused: ReadonlyArray<Finding>,
  findings: ReadonlyArray<Finding>,
  opts: { readonly json?: boolean; readonly locale: Locale; readonly ownSheet?: string },
  words: { readonly refused: (n: number) => string; readonly draftHint: string },
  io: { readonly out: (l: string) => void; readonly err: (l: string) => void }
): 1 {
  if (opts.json) io.out(jsonSafe(refusalJson(input, refused, findings, opts.locale, opts.ownSheet)));
  io.err(words.refused(refused.length));
  for (const f of refused) io.err('  ' + findingLine(f, opts.locale, opts.ownSheet));
  io.err(words.draftHint);
  return 1;
}

/**
 * A form not laid out for its number of indicators (S022, evaluate.ts `overCap`: jx selfeval, jx monitor, jx report):
 * refused as over errors — the `--json` refusal on stdout with S022 its one error, then on stderr the form's words and
 * the finding, which says what to do; no draft is offered (a draft would be the same form). Returns the exit code, 1.
 */
export function sayOverCap(
  input: string,
  overCap: Finding,
  findings: ReadonlyArray<Finding>,
  opts: { readonly json?: boolean; readonly locale: Locale; readonly ownSheet?: string },
  noTable: string,
  io: { readonly out: (l: string) => void; readonly err: (l: string) => void }
): 1 {
  if (opts.json) io.out(jsonSafe(refusalJson(input, [overCap], findings, opts.locale, opts.ownSheet)));
  io.err(noTable);
  io.err('  ' + findingLine(overCap, opts.locale, opts.ownSheet));
  return 1;
}

export function refusalJson(input: string, blocking: ReadonlyArray<Finding>, findings: ReadonlyArray<Finding>, locale: Locale, ownSheet?: string): string {
  return JSON.stringify(
    {
      input,
      file: null,
      refused: true,
      errors: blocking.map((f) => jsonFinding(f, locale, ownSheet)),
      findings: findings.map((f) => jsonFinding(f, locale, ownSheet)),
    },
    null,
    2
  );
}
