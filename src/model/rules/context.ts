import type { Finding, FindingParams, RuleId, Severity } from '../findings';
import { fenToDecimal, type Fen } from '../money';
import type { Profile, Project, ProjectKey } from '../records';
import type { LedgerRead } from '../read/ledger';
import { LEDGER_COLUMNS } from '../read/columns';

/** What every ledger rule sees. */
export interface LedgerContext {
  readonly profile: Profile;
  readonly fiscalYear?: number;
  readonly ledger: LedgerRead;
  readonly sheet: string;
  readonly allowedRegions: ReadonlySet<string>;
  readonly industries: ReadonlySet<string>;
}

export type Emit = (f: Finding) => void;

/** Column of a field, or the first column of the row when the field has no column. */
export function colOf(ctx: LedgerContext, key: ProjectKey): number {
  return ctx.ledger.table.columns[key]?.col ?? ctx.ledger.table.sheet.origin?.col ?? 0;
}

export function rowFinding(
  ctx: LedgerContext,
  p: Project,
  rule: RuleId,
  severity: Severity,
  key: ProjectKey,
  params: FindingParams,
  variant?: string,
): Finding {
  return { rule, variant, severity, sheet: ctx.sheet, row: p.row, col: colOf(ctx, key), projectId: p.id, params };
}

/** An amount for messages, in the profile's unit, exact. */
export function money(ctx: LedgerContext, fen: Fen): string {
  return fenToDecimal(fen, ctx.profile.unit);
}

const CANONICAL: ReadonlyMap<ProjectKey, string> = new Map(LEDGER_COLUMNS.map((d) => [d.key, d.header] as const));

/** The field's canonical header (项目总投资 …), for messages. */
export function fieldName(key: ProjectKey): string {
  return CANONICAL.get(key) ?? key;
}
