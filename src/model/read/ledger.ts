/** 项目台账 → typed Project records, with L002 (required empty) and L003 (unreadable) findings. */
import type { Finding } from '../findings';
import type { MoneyUnit } from '../money';
import { PROJECT_KEYS, type Project, type ProjectKey } from '../records';
import { LEDGER_COLUMNS, type ColumnDef, type FieldType } from './columns';
import type { Table } from './table';
import { L002, L003 } from '../rules/reading';
import type { ExpectedCode } from '../rules/vocab';
import { rawText, readAmount, readBool, readCount, readDate, readText, readYear, type Read } from './values';
import type { CellValue } from '../grid';

export interface LedgerRead {
  readonly table: Table<ProjectKey>;
  readonly projects: Project[];
  /** Unit of each amount column (header unit, else the profile's). */
  readonly units: Partial<Record<ProjectKey, MoneyUnit>>;
  readonly findings: Finding[];
}

/** A field's type is what L003 says it expected. */
const expectedOf = (type: FieldType): ExpectedCode => type;

function readField(type: FieldType, v: CellValue, unit: MoneyUnit): Read<unknown> {
  switch (type) {
    case 'amount': return readAmount(v, unit);
    case 'year': return readYear(v);
    case 'date': return readDate(v);
    case 'count': return readCount(v);
    case 'bool': return readBool(v);
    default: return readText(v);
  }
}

/**
 * A project with every field present, undefined until read: all rows share one object shape, so
 * the rules' property reads stay fast (fields added one by one through computed keys would turn
 * each record into a slow dictionary-mode object).
 */
function blankProject(row: number): Project {
  return {
    row, id: undefined, name: undefined, unit: undefined, creditCode: undefined, region: undefined,
    cohortYear: undefined, industry: undefined, patentNo: undefined, patentType: undefined, legalStatus: undefined,
    totalInvestment: undefined, approved: undefined, priorDisbursed: undefined, disbursed: undefined,
    socialInvestment: undefined, contractStart: undefined, contractEnd: undefined, status: undefined,
    newPatents: undefined, trainees: undefined, certified: undefined, note: undefined,
  };
}
// Keeps blankProject in step with the catalogue of fields.
const BLANK_KEYS: ReadonlySet<string> = new Set(Object.keys(blankProject(0)));
if (PROJECT_KEYS.some((k) => !BLANK_KEYS.has(k))) throw new Error('blankProject misses a field of PROJECT_KEYS');

export function readLedger(table: Table<ProjectKey>, profileUnit: MoneyUnit): LedgerRead {
  const findings: Finding[] = [];
  const sheet = table.sheet.name;
  const present: { def: ColumnDef<ProjectKey>; col: number; unit: MoneyUnit }[] = [];
  const units: Partial<Record<ProjectKey, MoneyUnit>> = {};
  for (const def of LEDGER_COLUMNS) {
    const info = table.columns[def.key];
    if (!info) continue;
    const unit = info.unit ?? profileUnit;
    if (def.type === 'amount') units[def.key] = unit;
    present.push({ def, col: info.col, unit });
  }
  const idCol = table.columns.id?.col;

  const projects: Project[] = [];
  for (const row of table.bodyRows) {
    const p = blankProject(row) as Record<ProjectKey, unknown>;
    let projectId: string | undefined;
    if (idCol !== undefined) {
      const idRead = readText(table.value(row, idCol));
      if (idRead.kind === 'ok') projectId = idRead.value;
    }
    for (const { def, col, unit } of present) {
      const v = table.value(row, col);
      const r = readField(def.type, v, unit);
      if (r.kind === 'ok') p[def.key] = r.value;
      else if (r.kind === 'bad')
        findings.push(L003.finding.main({ sheet, row, col, projectId }, { field: def.header, raw: r.raw, expected: expectedOf(def.type) }));
      else if (def.required) findings.push(L002.finding.main({ sheet, row, col, projectId }, { field: def.header }));
    }
    projects.push(p as unknown as Project);
  }
  return { table, projects, units, findings };
}

/** Raw text of a project's cell (for messages). */
export function cellText(table: Table<string>, row: number, key: string): string {
  const info = (table.columns as Record<string, { col: number } | undefined>)[key];
  return info ? rawText(table.value(row, info.col)) : '';
}
