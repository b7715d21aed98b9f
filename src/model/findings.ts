/**
 * Findings are data. Text comes from the message maps (messages/), never from here.
 */
import type { Finding } from './rules';
import type { Severity } from './rules/define';
import { S007 } from './rules/sheets';

export type { Finding, RuleId } from './rules';
export type { Severity } from './rules/define';

/** A finding's rule, variant and params: what its text is made of (params typed per message). */
export type FindingMessage = Finding extends infer F ? (F extends Finding ? Pick<F, 'rule' | 'variant' | 'params'> : never) : never;
/** … and its project, for the full text. */
export type FindingWithProject = Finding extends infer F ? (F extends Finding ? Pick<F, 'rule' | 'variant' | 'params' | 'projectId'> : never) : never;

/** Message-map key of a finding. */
export function messageKey(f: Pick<Finding, 'rule' | 'variant'>): string {
  return f.variant ? `${f.rule}.${f.variant}` : f.rule;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Deterministic order: by sheet (in workbook order when given, else by name), row, column, rule,
 * then the message params so that equal positions are stable too.
 */
export function sortFindings(findings: Finding[], sheetOrder: ReadonlyArray<string> = []): Finding[] {
  const idx = new Map(sheetOrder.map((s, i) => [s, i] as const));
  const sheetKey = (s: string): number => idx.get(s) ?? sheetOrder.length;
  return findings.sort(
    (a, b) =>
      // Most pairs are on one sheet: its order and its name compare equal, without a look-up.
      (a.sheet === b.sheet ? 0 : sheetKey(a.sheet) - sheetKey(b.sheet) || (a.sheet < b.sheet ? -1 : 1)) ||
      a.row - b.row ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (JSON.stringify(a.params) < JSON.stringify(b.params) ? -1 : 1),
  );
}

/**
 * At most this many findings of one rule are listed (pane, CLI, page, 问题清单, FINDINGS, 标注): past it, a ledger
 * has a systematic problem (a whole column misread), and 140,000 rows of one finding help nobody. The rest are one
 * S007 finding per rule and severity that counts them.
 */
export const MAX_FINDINGS_PER_RULE = 1_000;

/**
 * Sorted findings with at most `max` per rule: the rest of each rule become one S007 finding per severity, in the
 * place of the first finding it stands for (so the order stays sorted). Counts by severity are unchanged.
 */
export function capPerRule(sorted: Finding[], max: number = MAX_FINDINGS_PER_RULE): Finding[] {
  const perRule = new Map<string, number>();
  let over = false;
  for (const f of sorted) {
    if (f.rule === 'S007') continue;
    const n = (perRule.get(f.rule) ?? 0) + 1;
    perRule.set(f.rule, n);
    if (n > max) over = true;
  }
  if (!over) return sorted;
  const seen = new Map<string, number>();
  const summaries = new Map<string, { at: number; first: Finding; count: number }>();
  const out: (Finding | null)[] = [];
  for (const f of sorted) {
    const n = f.rule === 'S007' ? 0 : (seen.get(f.rule) ?? 0) + 1;
    if (f.rule !== 'S007') seen.set(f.rule, n);
    if (n <= max) {
      out.push(f);
      continue;
    }
    const key = `${f.rule}\u0000${f.severity}`;
    const s = summaries.get(key);
    if (s) s.count++;
    else {
      summaries.set(key, { at: out.length, first: f, count: 1 });
      out.push(null);
    }
  }
  for (const { at, first, count } of summaries.values())
    out[at] = { ...S007.finding.main({ sheet: first.sheet, row: first.row, col: first.col }, { rule: first.rule, count, shown: max }), severity: first.severity };
  return out.filter((f): f is Finding => f !== null);
}
