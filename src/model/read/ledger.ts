/** 项目台账 → typed Project records, with L002 (required empty) and L003 (unreadable) findings. */
import type { Finding } from '../findings';
import type { MoneyUnit } from '../money';
import type { Project } from '../records';
import { PROJECT_KEYS, type ProjectKey } from '../projectKeys';
import { LEDGER_COLUMNS, type ColumnDef, type FieldType } from './columns';
import { blockRegion, type Table } from './table';
import { L002, L003 } from '../rules/reading';
import { S002 } from '../rules/sheets';
import type { ExpectedCode } from '../rules/vocab';
import { amountValue, boolValue, countValue, dateValueOf, dateYearValue, rawText, readProse, textValue, Unreadable, yearValue, type Raw } from './values';
import { a1, type CellValue } from '../grid';
import { unknownStatuses } from './status';

export interface LedgerRead {
  /** The table read (of a ledger over several sheets: its first sheet's). */
  readonly table: Table<ProjectKey>;
  readonly projects: Project[];
  /** Unit of each amount column (header unit, else the unit line above the header, else the profile's). */
  readonly units: Partial<Record<ProjectKey, MoneyUnit>>;
  readonly findings: Finding[];
  /** 地州市 of every project, from the sheet name (else its title or file name), when the sheet has no 地州市 column. */
  readonly regionFromSheet?: string;
  /** 立项年度 of every project from the sheet's name (a sheet per year: 2019年 | 2020年), when the sheet has no 立项年度 column. */
  readonly yearFromSheet?: number;
  /** 地州市 of every project from the block title above it (`乌鲁木齐市（48个）`), when the sheet has no 地州市 column. */
  readonly regionFromTitles?: true;
  /** A ledger over several sheets (one per 地州市): each sheet read on its own, in sheet order. Absent: one sheet. */
  readonly parts?: ReadonlyArray<LedgerRead>;
}

/** A field's type is what L003 says it expected. */
const expectedOf = (type: FieldType): ExpectedCode => (type === 'prose' ? 'text' : type);

/** A cell read as a field's type: values.ts's Read-free readers. */
type CellReader = (v: CellValue, unit: MoneyUnit) => Raw<unknown>;

/**
 * The reader of each field type. The ledger's reading loop calls them through one call site that
 * sees all of them, which V8 does not inline: each reader is compiled on its own, small, and a
 * reader meeting a new case (the first text amount, the first unreadable date) is compiled again
 * alone. With the readers inlined into the loop (a switch calling each), every first meeting
 * recompiled the whole loop, ~20–40 ms a time, three or four times in one cold read of a ledger.
 */
const READERS: Readonly<Record<FieldType, CellReader>> = {
  amount: amountValue,
  year: yearValue,
  date: (v) => dateValueOf(v),
  count: countValue,
  bool: boolValue,
  text: textValue,
  // text as textValue finds it (no placeholder), as written (readProse: edges trimmed only)
  prose: (v) => (typeof textValue(v) === 'string' ? (readProse(v) as { value: string }).value : textValue(v)),
  patent: textValue,
  number: textValue,
};

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
    newPatents: f[18], trainees: f[19], certified: f[20], note: f[21], planned: f[22],
  } as Project;
}
// Keeps projectOf in step with the catalogue of fields: every key, in PROJECT_KEYS order.
{
  const probe = projectOf(-1, PROJECT_KEYS.map((_, i) => i)) as unknown as Record<string, unknown>;
  if (Object.keys(probe).length !== PROJECT_KEYS.length + 1 || PROJECT_KEYS.some((k, i) => probe[k] !== i))
    throw new Error('projectOf is out of step with PROJECT_KEYS');
  // A project of blank fields too: every field has then held a number and undefined, and V8 keeps
  // the fields in their most general form from the start. Otherwise the shape of a project changed
  // while a ledger was read (a number field meeting its first blank or its first non-integer), and
  // each change threw away the compiled reading loop.
  projectOf(-1, PROJECT_KEYS.map(() => undefined));
}
/** A year column whose header names a date (立项日期, 下达时间): an Excel serial in it is a day, and gives its year (dateYearValue). */
const DATE_NAMED = /日期|时间/;
const FIELD_INDEX: ReadonlyMap<ProjectKey, number> = new Map(PROJECT_KEYS.map((k, i) => [k, i]));
// readRows marks a row's columns in the bits of one 32-bit integer: at most 31 (test/model/read/ledger-direct.test.ts).

export interface ReadLedgerOptions {
  /** 地州市 of every project when the sheet has no 地州市 column (from the sheet's name). */
  readonly region?: string;
  /**
   * 地州市 of every project when the sheet has no 地州市 column, no region in its name and no block titles naming one
   * (from its title lines or its file name: `伊犁州2019年专利实施资金项目台账`).
   */
  readonly titleRegion?: string;
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
  readonly unit: MoneyUnit;
  readonly read: CellReader;
  readonly required: boolean;
  /** The readings of the first READINGS_KEPT distinct strings met. */
  readonly kept: Map<string, Raw<unknown>>;
  /** Strings found among the kept. */
  hits: number;
  /** Whether strings are looked up: no longer once the column has met READINGS_KEPT distinct strings in fewer than twice as many cells. */
  looking: boolean;
}

/**
 * A cell's reading; a string's is kept (the first READINGS_KEPT distinct strings of a column).
 * (Both limits are compared at every new string, so that the first full column finds code V8 has
 * already compiled for it.)
 */
function readingOf(c: FieldReader, v: CellValue): Raw<unknown> {
  if (typeof v !== 'string' || !c.looking) return c.read(v, c.unit);
  const kept = c.kept;
  const r = kept.get(v);
  if (r !== undefined || kept.has(v)) {
    c.hits++;
    return r;
  }
  const fresh = c.read(v, c.unit);
  const room = kept.size < READINGS_KEPT;
  const repeats = c.hits >= READINGS_KEPT;
  if (room) kept.set(v, fresh);
  c.looking = room || repeats; // a full column of ids or numbers stops looking: its strings do not repeat
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
    present.push({ def, col: info.col, field: FIELD_INDEX.get(def.key)!, unit, read: def.type === 'year' && DATE_NAMED.test(info.header) ? dateYearValue : READERS[def.type], required: def.required, kept: new Map(), hits: 0, looking: true });
  }
  const idCol = table.columns.id?.col;
  const region = table.columns.region ? undefined : (options.region ?? (options.titleRegion !== undefined && !hasBlockTitles(table) ? options.titleRegion : undefined));

  /** A row's 项目编号 for its findings (read only when a row has one). */
  const idAt = (row: number): string | undefined => {
    if (idCol === undefined) return undefined;
    const id = textValue(table.value(row, idCol));
    return typeof id === 'string' ? id : undefined;
  };

  const rows = table.bodyRows;
  const projects: Project[] = [];
  const flagged: Flagged = { at: new Int32Array(rows.length), columns: new Int32Array(rows.length) };
  const count = readRows(table, present, region, projects, flagged);
  // The findings, in row then column order.
  for (let j = 0; j < count; j++) {
    const row = rows[flagged.at[j]];
    const columns = flagged.columns[j];
    for (let i = 0; i < present.length; i++) {
      if ((columns & (1 << i)) === 0) continue;
      const c = present[i];
      const r = c.read(table.value(row, c.col), c.unit);
      if (r instanceof Unreadable)
        findings.push(L003.finding.main({ sheet, row, col: c.col, projectId: idAt(row) }, { field: c.def.header, raw: r.raw, expected: expectedOf(c.def.type) }));
      else findings.push(L002.finding.main({ sheet, row, col: c.col, projectId: idAt(row) }, { field: c.def.header }));
    }
  }
  // 项目状态 words of no class (read/status.ts) are kept as written, with a finding.
  const status = present.find((c) => c.def.key === 'status');
  if (status) for (const f of unknownStatuses(projects, sheet, status.col, status.def.header)) findings.push(f);
  const titled = region === undefined && !table.columns.region ? regionsFromTitles(table, projects) : undefined;
  if (titled) return { table, projects: titled, units, findings, regionFromTitles: true };
  return { table, projects, units, findings, ...(region !== undefined ? { regionFromSheet: region } : {}) };
}

/** Whether a table's rows are grouped under titles naming a 地州市 each (regionsFromTitles reads them). */
function hasBlockTitles(table: Table<ProjectKey>): boolean {
  return table.skipped.some((k) => k.kind === 'title' && blockRegion(k.label) !== undefined);
}

/**
 * A ledger grouped by 地州市 without a 地州市 column: each block under a title row naming its prefecture
 * (table.ts blockRegion). The projects with the 地州市 of the title above each, when every project has one
 * (a project above the first title leaves the column missing: S002); else undefined.
 */
function regionsFromTitles(table: Table<ProjectKey>, projects: ReadonlyArray<Project>): Project[] | undefined {
  const titles: { row: number; region: string }[] = [];
  for (const k of table.skipped) {
    const region = k.kind === 'title' ? blockRegion(k.label) : undefined;
    if (region !== undefined) titles.push({ row: k.row, region });
  }
  if (!titles.length || !projects.length || projects[0].row < titles[0].row) return undefined;
  let t = 0;
  return projects.map((p) => {
    while (t + 1 < titles.length && titles[t + 1].row < p.row) t++;
    return { ...p, region: titles[t].region };
  });
}

const A1_ORIGIN = { row: 0, col: 0 } as const;

/** The body rows (`at`: index in bodyRows) with cells that give a finding (blank and required, or unreadable), and those cells (bit i: present[i]). */
interface Flagged {
  readonly at: Int32Array;
  readonly columns: Int32Array;
}

/**
 * The projects of the table's body rows, in order, and the rows with cells that give a finding
 * (returns how many). A ledger's millions of cells pass through this loop once, cold, while V8
 * compiles it: it has no branch of its own that only a rare row takes (such a branch, first taken
 * after the loop was compiled, throws the compiled code away), and it ends without a store V8 has
 * not met before (which threw it away at the end of each sheet of a ledger of many). A body no merge fills is read straight from the sheet's rows (what
 * `table.value` returns for it), without a call per cell.
 */
function readRows(table: Table<ProjectKey>, present: ReadonlyArray<FieldReader>, region: string | undefined, projects: Project[], flagged: Flagged): number {
  const rows = table.bodyRows;
  const values = table.bodyUnmerged === true ? table.sheet.values : undefined;
  const o = table.sheet.origin ?? A1_ORIGIN;
  const fields: unknown[] = new Array<unknown>(PROJECT_KEYS.length).fill(undefined);
  if (region !== undefined) fields[FIELD_INDEX.get('region')!] = region;
  const n = present.length;
  const flaggedAt = flagged.at;
  const flaggedColumns = flagged.columns;
  let count = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const cells = values === undefined ? undefined : values[row - o.row];
    let mask = 0;
    for (let i = 0; i < n; i++) {
      const c = present[i];
      const required = c.required;
      let v: CellValue;
      if (!cells) v = table.value(row, c.col);
      else {
        const x = cells[c.col - o.col];
        v = x === undefined ? null : x;
      }
      let r = readingOf(c, v);
      let issue = 0;
      if (r === undefined) issue = required ? 1 : 0;
      else if (r instanceof Unreadable) {
        r = undefined;
        issue = 1;
      }
      fields[c.field] = r;
      mask |= issue << i;
    }
    // Written at every row, kept (counted) when it marks a cell.
    flaggedAt[count] = k;
    flaggedColumns[count] = mask;
    count += mask === 0 ? 0 : 1;
    projects.push(projectOf(row, fields));
  }
  return count;
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
