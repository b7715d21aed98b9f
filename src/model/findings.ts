/**
 * Findings are data. Text comes from the message maps (messages/), never from here.
 */
import { a1 } from './grid';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_IDS = [
  'S001', 'S002', 'S003', 'S004', 'S005', 'S006',
  'L002', 'L003', 'L004', 'L005', 'L006', 'L007', 'L008', 'L009', 'L010', 'L011', 'L012',
  'L013', 'L014', 'L015', 'L016', 'L017', 'L018', 'L019', 'L020', 'L021', 'L022',
  'W001', 'W002', 'W003', 'W004', 'W005', 'W006', 'W007', 'W008',
  // scoring-related findings not in the numbered catalogue but required by scoring.md
  'W009', 'W010', 'W011',
  // the 报告素材 sheet of the 自评报告 (report.md)
  'R001', 'R002', 'R003',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type ParamValue = string | number | boolean;
export type FindingParams = Readonly<Record<string, ParamValue>>;

export interface Finding {
  readonly rule: RuleId;
  /** Selects the message variant, e.g. `L006.short`; absent = the rule's main message. */
  readonly variant?: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** 0-based sheet coordinates of the offending cell (the header for column rules, first cell of the row for row rules). */
  readonly row: number;
  readonly col: number;
  readonly projectId?: string;
  readonly params: FindingParams;
}

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
