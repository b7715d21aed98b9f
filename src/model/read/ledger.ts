/** 项目台账 → typed Project records, with L002 (required empty) and L003 (unreadable) findings. */
import type { Finding } from '../findings';
import type { MoneyUnit } from '../money';
import { PROJECT_KEYS, type Project, type ProjectKey } from '../records';
import { LEDGER_COLUMNS, type ColumnDef, type FieldType } from './columns';
import type { Table } from './table';
import { L002, L003 } from '../rules/reading';
import { S002 } from '../rules/sheets';
import type { ExpectedCode } from '../rules/vocab';
import { amountValue, boolValue, countValue, dateValueOf, rawText, textValue, Unreadable, yearValue, type Raw } from './values';
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

/**
 * A cell read as its field's type (the Read-free form of values.ts's readers). One function that
 * calls each reader directly, which V8 can inline, rather than a reader per column called through
 * one call site that sees six functions.
 */
function readCell(type: FieldType, unit: MoneyUnit, v: CellValue): Raw<unknown> {
  switch (type) {
    case 'amount': return amountValue(v, unit);
    case 'year': return yearValue(v);
    case 'date': return dateValueOf(v);
    case 'count': return countValue(v);
    case 'bool': return boolValue(v);
    default: return textValue(v);
  }
}

/**
 * A project from its fields' values in PROJECT_KEYS order (undefined: empty or unreadable). One
 * object literal with every field: all rows share one object shape, so the rules' property reads
 * stay fast (fields added one by one through computed keys would turn each record into a slow
 * dictionary-mode object, and each computed store is a slow generic one).
 */
function projectOf(row: number, f: ReadonlyArray<unknown>): Project {
  return {
    row, id: f[0], name: f[1], unit: f[2], creditCode: f[3], region: f[4],
    cohortYear: f[5], industry: f[6], patentNo: f[7], patentType: f[8], legalStatus: f[9],
    totalInvestment: f[10], approved: f[11], priorDisbursed: f[12], disbursed: f[13],
    socialInvestment: f[14], contractStart: f[15], contractEnd: f[16], status: f[17],
    newPatents: f[18], trainees: f[19], certified: f[20], note: f[21],
  } as Project;
}
// Keeps projectOf in step with the catalogue of fields: every key, in PROJECT_KEYS order.
{
  const probe = projectOf(-1, PROJECT_KEYS.map((_, i) => i)) as unknown as Record<string, unknown>;
  if (Object.keys(probe).length !== PROJECT_KEYS.length + 1 || PROJECT_KEYS.some((k, i) => probe[k] !== i))
    throw new Error('projectOf is out of step with PROJECT_KEYS');
}
const FIELD_INDEX: ReadonlyMap<ProjectKey, number> = new Map(PROJECT_KEYS.map((k, i) => [k, i]));

export interface ReadLedgerOptions {
  /** 地州市 of every project when the sheet has no 地州市 column (from the sheet's name). */
  readonly region?: string;
}

/**
 * Distinct strings a column's readings are kept for. A ledger repeats most of its columns' strings
 * (地州市, 是/否, 项目状态, units, names, dates written as text), and a kept reading is one look-up
 * instead of normalising and parsing the text again; a column that repeats nothing (项目编号,
 * 专利号) keeps this many and then stops looking.
 */
export const READINGS_KEPT = 4096;

/** A column of the ledger as readLedger reads it. */
interface FieldReader {
  readonly def: ColumnDef<ProjectKey>;
  readonly col: number;
  readonly field: number;
  readonly type: FieldType;
  readonly unit: MoneyUnit;
  /** The readings of the first READINGS_KEPT distinct strings met. */
  readonly kept: Map<string, Raw<unknown>>;
  /** Strings found among the kept. */
  hits: number;
  /** Whether strings are looked up: no longer once the column has met READINGS_KEPT distinct strings in fewer than twice as many cells. */
  looking: boolean;
}

/** A cell's reading; a string's is kept (the first READINGS_KEPT distinct strings of a column). */
function readingOf(c: FieldReader, v: CellValue): Raw<unknown> {
  if (typeof v !== 'string' || !c.looking) return readCell(c.type, c.unit, v);
  const kept = c.kept;
  const r = kept.get(v);
  if (r !== undefined || kept.has(v)) {
    c.hits++;
    return r;
  }
  const fresh = readCell(c.type, c.unit, v);
  if (kept.size < READINGS_KEPT) kept.set(v, fresh);
  else if (c.hits < READINGS_KEPT) c.looking = false; // a column of ids or numbers: its strings do not repeat
  return fresh;
}

export function readLedger(table: Table<ProjectKey>, profileUnit: MoneyUnit, options: ReadLedgerOptions = {}): LedgerRead {
  const findings: Finding[] = [];
  const sheet = table.sheet.name;
  const present: FieldReader[] = [];
  const units: Partial<Record<ProjectKey, MoneyUnit>> = {};
  for (const def of LEDGER_COLUMNS) {
    const info = table.columns[def.key];
    if (!info) continue;
    const unit = info.unit ?? table.unit ?? profileUnit;
    if (def.type === 'amount') units[def.key] = unit;
    present.push({ def, col: info.col, field: FIELD_INDEX.get(def.key)!, type: def.type, unit, kept: new Map(), hits: 0, looking: true });
  }
  const idCol = table.columns.id?.col;
  const region = table.columns.region ? undefined : options.region;
  const regionField = FIELD_INDEX.get('region')!;

  /** A row's 项目编号 for its findings (read only when a row has one). */
  const idAt = (row: number): string | undefined => {
    if (idCol === undefined) return undefined;
    const id = textValue(table.value(row, idCol));
    return typeof id === 'string' ? id : undefined;
  };

  const projects: Project[] = [];
  const fields: unknown[] = new Array<unknown>(PROJECT_KEYS.length).fill(undefined);
  for (const row of table.bodyRows) {
    for (let i = 0; i < fields.length; i++) fields[i] = undefined;
    for (let i = 0; i < present.length; i++) {
      const c = present[i];
      const r = readingOf(c, table.value(row, c.col));
      if (r === undefined) {
        if (c.def.required) findings.push(L002.finding.main({ sheet, row, col: c.col, projectId: idAt(row) }, { field: c.def.header }));
      } else if (r instanceof Unreadable)
        findings.push(L003.finding.main({ sheet, row, col: c.col, projectId: idAt(row) }, { field: c.def.header, raw: r.raw, expected: expectedOf(c.def.type) }));
      else fields[c.field] = r;
    }
    if (region !== undefined) fields[regionField] = region;
    projects.push(projectOf(row, fields));
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
