import { fenToDecimal, type Fen } from '../money';
import type { Profile, Project, ProjectKey } from '../records';
import type { LedgerRead } from '../read/ledger';
import type { RegionMatch } from '../read/regions';
import { LEDGER_COLUMNS } from '../read/columns';
import type { Where } from './define';
import { a1, type CellValue } from '../grid';

/** What every ledger rule sees. */
export interface LedgerContext {
  readonly profile: Profile;
  readonly fiscalYear?: number;
  readonly ledger: LedgerRead;
  readonly sheet: string;
  readonly allowedRegions: ReadonlySet<string>;
  /** Counties → their 地州市 (read/counties.ts), given by checkWorkbook; FINDINGS has none (its bundle's budget). */
  readonly counties?: ReadonlyMap<string, string>;
  readonly industries: ReadonlySet<string>;
  /** L006's matchRegion of each 地州市 text met so far (filled as the rows are checked). */
  readonly regionMatches: Map<string, RegionMatch>;
  /** L010's validAsWritten of each 统一社会信用代码 text met so far (filled as the rows are checked). */
  readonly creditCodesValid: Map<string, boolean>;
  /** A ledger over several sheets: the context of the sheet a project is on (absent: this one). */
  readonly partOf?: (p: Project) => LedgerContext;
}

/** The context of the sheet a project is on. */
export function own(ctx: LedgerContext, p: Project): LedgerContext {
  return ctx.partOf?.(p) ?? ctx;
}

/** A sheet name as a formula reference writes it: quoted when it holds more than letters, digits and CJK. */
export function sheetPrefix(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * The cell of a field of `first` as seen from a finding about `at`: `D5`, or `乌鲁木齐市!D5` when
 * the two projects are on different sheets of the ledger.
 */
export function cellRefFrom(ctx: LedgerContext, first: Project, key: ProjectKey, at: Project): string {
  const cf = own(ctx, first);
  const ref = a1(first.row, colOf(cf, key));
  return cf.sheet === own(ctx, at).sheet ? ref : sheetPrefix(cf.sheet) + ref;
}

/** Column of a field, or the first column of the row when the field has no column. */
export function colOf(ctx: LedgerContext, key: ProjectKey): number {
  return ctx.ledger.table.columns[key]?.col ?? ctx.ledger.table.sheet.origin?.col ?? 0;
}

/** Where a finding about a field of a project points: that cell, named with the project. */
export function cellOf(ctx: LedgerContext, p: Project, key: ProjectKey): Where {
  const c = own(ctx, p);
  return { sheet: c.sheet, row: p.row, col: colOf(c, key), projectId: p.id };
}

/** Excel keeps 15 significant digits of a number. */
const EXCEL_DIGITS = 1e15;
/** A long number as Excel shows (and a CSV saves) it: 9.16501E+17. */
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE]\+?\d+$/;

/** A text in scientific notation (9.16501E+17): a code whose digits a number lost. */
export const isScientific = (text: string): boolean => SCIENTIFIC.test(text.trim());

/** A code cell whose digits a number lost: a number past 15 digits, or a text in scientific notation. */
export function lostToNumber(v: CellValue): boolean {
  if (typeof v === 'number') return Math.abs(v) >= EXCEL_DIGITS;
  return typeof v === 'string' && isScientific(v);
}

/** A field's cell as it is in the sheet (a number, a text …), null when the field has no column. */
export function cellValueOf(ctx: LedgerContext, p: Project, key: ProjectKey): CellValue {
  const c = own(ctx, p);
  const col = c.ledger.table.columns[key]?.col;
  return col === undefined ? null : c.ledger.table.value(p.row, col);
}

/**
 * A field's cell as the user wrote it, trimmed, for messages that quote it (`ＸＪＺＬ…`, `专利号：…`,
 * not the half-width text the rules compare); `read` (the value read) when the cell holds no text.
 */
export function writtenOf(ctx: LedgerContext, p: Project, key: ProjectKey, read: string): string {
  const c = own(ctx, p);
  const col = c.ledger.table.columns[key]?.col;
  const v = col === undefined ? null : c.ledger.table.value(p.row, col);
  return typeof v === 'string' ? v.trim() || read : read;
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
