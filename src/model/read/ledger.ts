/** 项目台账 → typed Project records, with L002 (required empty) and L003 (unreadable) findings. */
import type { Finding } from '../findings';
import type { MoneyUnit } from '../money';
import { PROJECT_KEYS, type Project, type ProjectKey } from '../records';
import { LEDGER_COLUMNS, type ColumnDef, type FieldType } from './columns';
import type { Table } from './table';
import { L002, L003 } from '../rules/reading';
import { S002 } from '../rules/sheets';
import type { ExpectedCode } from '../rules/vocab';
import { rawText, readAmount, readBool, readCount, readDate, readText, readYear, type Read } from './values';
import { a1, type CellValue } from '../grid';

export interface LedgerRead {
  /** The table read (of a ledger over several sheets: its first sheet's). */
  readonly table: Table<ProjectKey>;
  readonly projects: Project[];
  /** Unit of each amount column (header unit, else the unit line above the header, else the profile's). */
  readonly units: Partial<Record<ProjectKey, MoneyUnit>>;
  readonly findings: Finding[];
  /** 地州市 of every project, from the sheet name, when the sheet has no 地州市 column. */
  readonly regionFromSheet?: string;
  /** A ledger over several sheets (one per 地州市): each sheet read on its own, in sheet order. Absent: one sheet. */
  readonly parts?: ReadonlyArray<LedgerRead>;
}

/** The sheets of a ledger: its parts, or itself. */
export function ledgerParts(ledger: LedgerRead): ReadonlyArray<LedgerRead> {
  return ledger.parts ?? [ledger];
}

/** One ledger of several sheets read on their own: the projects of all, in sheet order. */
export function combineLedger(parts: ReadonlyArray<LedgerRead>): LedgerRead {
  if (parts.length === 1) return parts[0];
  const projects: Project[] = [];
  const findings: Finding[] = [];
  for (const p of parts) {
    for (const x of p.projects) projects.push(x);
    for (const f of p.findings) findings.push(f);
  }
  return { table: parts[0].table, projects, units: parts[0].units, findings, parts };
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

export interface ReadLedgerOptions {
  /** 地州市 of every project when the sheet has no 地州市 column (from the sheet's name). */
  readonly region?: string;
}

export function readLedger(table: Table<ProjectKey>, profileUnit: MoneyUnit, options: ReadLedgerOptions = {}): LedgerRead {
  const findings: Finding[] = [];
  const sheet = table.sheet.name;
  const present: { def: ColumnDef<ProjectKey>; col: number; unit: MoneyUnit }[] = [];
  const units: Partial<Record<ProjectKey, MoneyUnit>> = {};
  for (const def of LEDGER_COLUMNS) {
    const info = table.columns[def.key];
    if (!info) continue;
    const unit = info.unit ?? table.unit ?? profileUnit;
    if (def.type === 'amount') units[def.key] = unit;
    present.push({ def, col: info.col, unit });
  }
  const idCol = table.columns.id?.col;
  const region = table.columns.region ? undefined : options.region;

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
    if (region !== undefined) p.region = region;
    projects.push(p as unknown as Project);
  }
  return { table, projects, units, findings, ...(region !== undefined ? { regionFromSheet: region } : {}) };
}

/** Raw text of a project's cell (for messages). */
export function cellText(table: Table<string>, row: number, key: string): string {
  const info = (table.columns as Record<string, { col: number } | undefined>)[key];
  return info ? rawText(table.value(row, info.col)) : '';
}

/** Blank cells from which a required column empty on most rows is one finding. */
const MOSTLY_EMPTY_MIN = 5;

/**
 * The L002 of a sheet's required columns seen whole: a column empty on every row is one S002
 * (.empty), a column empty on most rows (more than half, at least 5) one L002 (.column) naming the
 * count and the first rows — not one finding per row. Other findings pass through.
 */
export function collapseBlankColumns(findings: ReadonlyArray<Finding>, table: Table<ProjectKey>): Finding[] {
  const total = table.bodyRows.length;
  const byCol = new Map<number, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.rule === 'L002' && f.variant === undefined && f.sheet === table.sheet.name) {
      const list = byCol.get(f.col);
      if (list) list.push(f);
      else byCol.set(f.col, [f]);
    } else out.push(f);
  }
  for (const [col, l002] of byCol) {
    const def = LEDGER_COLUMNS.find((d) => table.columns[d.key]?.col === col);
    const info = def && table.columns[def.key];
    const many = l002.length >= MOSTLY_EMPTY_MIN && l002.length * 2 > total;
    if (!def || !info || !(many || l002.length === total)) {
      for (const f of l002) out.push(f);
      continue;
    }
    const at = { sheet: table.sheet.name, row: info.row ?? table.headerRow, col };
    if (l002.length === total) out.push(S002.finding.empty(at, { field: def.header, cell: a1(at.row, col) }));
    else out.push(L002.finding.column(at, { field: def.header, count: l002.length, total, rows: l002.slice(0, 5).map((f) => a1(f.row, f.col)) }));
  }
  return out;
}
