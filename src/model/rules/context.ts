import { fenToDecimal, type Fen } from '../money';
import type { Profile, Project, ProjectKey } from '../records';
import type { LedgerRead } from '../read/ledger';
import { LEDGER_COLUMNS } from '../read/columns';
import type { Where } from './define';

/** What every ledger rule sees. */
export interface LedgerContext {
  readonly profile: Profile;
  readonly fiscalYear?: number;
  readonly ledger: LedgerRead;
  readonly sheet: string;
  readonly allowedRegions: ReadonlySet<string>;
  readonly industries: ReadonlySet<string>;
}

/** Column of a field, or the first column of the row when the field has no column. */
export function colOf(ctx: LedgerContext, key: ProjectKey): number {
  return ctx.ledger.table.columns[key]?.col ?? ctx.ledger.table.sheet.origin?.col ?? 0;
}

/** Where a finding about a field of a project points: that cell, named with the project. */
export function cellOf(ctx: LedgerContext, p: Project, key: ProjectKey): Where {
  return { sheet: ctx.sheet, row: p.row, col: colOf(ctx, key), projectId: p.id };
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
