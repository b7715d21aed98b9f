/**
 * Findings are data. Text comes from the message maps (messages/), never from here.
 */
import { a1 } from './grid';
import type { Finding } from './rules';
import type { Severity } from './rules/define';

export { RULE_IDS, type Finding, type RuleId } from './rules';
export type { Severity } from './rules/define';

/** A finding's rule, variant and params: what its text is made of (params typed per message). */
export type FindingMessage = Finding extends infer F ? (F extends Finding ? Pick<F, 'rule' | 'variant' | 'params'> : never) : never;
/** … and its project, for the full text. */
export type FindingWithProject = Finding extends infer F ? (F extends Finding ? Pick<F, 'rule' | 'variant' | 'params' | 'projectId'> : never) : never;

export function findingCell(f: Pick<Finding, 'row' | 'col'>): string {
  return a1(f.row, f.col);
}

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
      sheetKey(a.sheet) - sheetKey(b.sheet) ||
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (JSON.stringify(a.params) < JSON.stringify(b.params) ? -1 : 1),
  );
}

export function countBySeverity(findings: ReadonlyArray<Finding>): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
