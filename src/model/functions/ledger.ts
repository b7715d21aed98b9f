/**
 * FINDINGS(ledger): the ledger checks of a 项目台账 range, spilled as rows
 * `[rule, severity, cell, message]`, or one row `[无问题, "", "", ""]` when clean.
 *
 * The range comes with its address (`项目台账!C5:X170`, `'My Sheet'!A1:V170`): the grid gets the
 * sheet's name and its origin at the range's top-left, so cells are named where they are.
 *
 * What runs is the ledger part of checkWorkbook (ledgerFindings.ts): column findings
 * (S002–S004), reading (L002/L003), the row rules and the cross-row rules, with the default
 * profile (a formula has no 配置). Decisions:
 * - The fiscal year is inferred as checkWorkbook does (a `2018年` in the rows above the header or
 *   in the sheet's name). When there is none, the rules that need it (L005, L016 overdue) are
 *   skipped and S005 is NOT reported: a bare range has no 配置 to put 评价年度 in, and an error on
 *   every clean ledger would make the function useless.
 * - No header row (S001.noHeader) is reported as one finding at the range's first cell.
 * - Excel errors inside the range are cell values like any other (L003 names them); they are not
 *   passed through: the function's job is to report them.
 *
 * Work is cached per address, in a cache its owner makes (`createLedgerFindings`: the Excel
 * functions make one for the workbook's session, a test or the benchmark its own). A call with the
 * same values does nothing; a call where some rows below the header changed re-reads and re-checks
 * those rows only, then re-runs the cross-row rules (duplicates, amounts in 元, total rows) over
 * the cached projects: the result is always the same as a full check (a property test holds the
 * two together).
 */
import { HEADER_EXAMPLES, inferYear, ledgerColumnFindings, ledgerContext, SHEET_NAMES } from '../ledgerCheck';
import { capPerRule, sortFindings, type Finding } from '../findings';
import { a1, isErrorValue, type CellValue, type GridSheet } from '../grid';
import { findingTextIn, ruleLookup, SEVERITY_TITLE } from '../messages/text';
import type { Locale } from '../messages/types';
import type { Profile, Project, ProjectKey } from '../records';
import { LEDGER_COLUMNS } from '../read/columns';
import { collapseBlankColumns, readLedger, type LedgerRead } from '../read/ledger';
import { defaultProfile } from '../read/defaults';
import { readTable, type Table } from '../read/table';
import { CROSS_RULES, runCrossRules } from '../rules/ledgerCross';
import { ROW_RULES, runRowRules } from '../rules/ledgerRow';
import { READING_RULES } from '../rules/reading';
import { LEDGER_SHEET_RULES, S001_RANGE } from '../rules/sheets';
import { invoke, defineFunction, type CellRange, type FunctionSignature } from './args';
import type { FnResult } from './types';
import { pushAll } from '../arrays';

// ---------------------------------------------------------------------------------------------
// Addresses

export interface RangeAddress {
  /** Sheet name, unquoted; '' when the address names none. */
  readonly sheet: string;
  /** 0-based top-left cell. */
  readonly row: number;
  readonly col: number;
}

function colNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * `项目台账!C5:X170`, `'My Sheet'!A1:V170`, `'It''s'!B2`, `[Book1.xlsx]Sheet1!A1`, `Sheet1!A:V`,
 * `Sheet1!5:170`, `C5` → sheet and top-left. Unreadable or absent → '' and A1.
 */
export function parseRangeAddress(address: string | null | undefined): RangeAddress {
  if (!address) return { sheet: '', row: 0, col: 0 };
  const bang = address.lastIndexOf('!');
  let sheet = bang >= 0 ? address.slice(0, bang) : '';
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').split(':')[0].trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  sheet = sheet.replace(/^\[[^\]]*\]/, '');
  let m = /^([A-Za-z]{1,3})(\d+)$/.exec(ref);
  if (m) return { sheet, row: Number(m[2]) - 1, col: colNumber(m[1]) };
  m = /^([A-Za-z]{1,3})$/.exec(ref);
  if (m) return { sheet, row: 0, col: colNumber(m[1]) };
  m = /^(\d+)$/.exec(ref);
  if (m) return { sheet, row: Number(m[1]) - 1, col: 0 };
  return { sheet, row: 0, col: 0 };
}

/** A sheet name as Excel writes it in a reference: quoted when it has to be. */
export function sheetRef(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `项目台账!N37`, or `N37` when the sheet is unnamed. */
export function cellRef(sheet: string, row: number, col: number): string {
  return sheet ? `${sheetRef(sheet)}!${a1(row, col)}` : a1(row, col);
}

// ---------------------------------------------------------------------------------------------
// The check, full or incremental

const PROFILE: Profile = defaultProfile();

interface RowResult {
  readonly project: Project;
  readonly findings: ReadonlyArray<Finding>;
}

interface Entry {
  readonly address: string;
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly sheet: GridSheet;
  /** null: no header row. */
  readonly table: Table<ProjectKey> | null;
  readonly fiscalYear: number | undefined;
  readonly headerFindings: ReadonlyArray<Finding>;
  readonly rows: ReadonlyMap<number, RowResult>;
  readonly findings: ReadonlyArray<Finding>;
  readonly output: Map<Locale, string[][]>;
}

/** Counters of the work done, for tests and the benchmark. */
export interface FindingsStats {
  calls: number;
  hits: number;
  full: number;
  incremental: number;
  rowsChecked: number;
}

const CACHE_SIZE = 8;

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (isErrorValue(a) && isErrorValue(b)) return a.code === b.code;
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** Relative rows whose content differs; null when the shapes differ. */
function changedRows(prev: ReadonlyArray<ReadonlyArray<CellValue>>, next: ReadonlyArray<ReadonlyArray<CellValue>>): number[] | null {
  if (prev.length !== next.length) return null;
  const out: number[] = [];
  for (let r = 0; r < next.length; r++) {
    const p = prev[r];
    const n = next[r];
    if (p.length !== n.length) return null;
    for (let c = 0; c < n.length; c++)
      if (!sameCell(p[c], n[c])) {
        out.push(r);
        break;
      }
  }
  return out;
}

/** Reads and row-checks the given body rows of a table. */
function checkRows(table: Table<ProjectKey>, rows: ReadonlyArray<number>, fiscalYear: number | undefined, stats: FindingsStats): Map<number, RowResult> {
  const read = readLedger({ ...table, bodyRows: rows, totals: [] }, PROFILE.unit);
  const byRow = new Map<number, Finding[]>();
  const add = (f: Finding): void => {
    const list = byRow.get(f.row);
    if (list) list.push(f);
    else byRow.set(f.row, [f]);
  };
  read.findings.forEach(add);
  runRowRules(read.projects, ledgerContext(read, PROFILE, fiscalYear), add);
  stats.rowsChecked += rows.length;
  return new Map(read.projects.map((p) => [p.row, { project: p, findings: byRow.get(p.row) ?? [] }]));
}

function check(
  address: string, values: ReadonlyArray<ReadonlyArray<CellValue>>, prev: Entry | undefined, changed: number[] | null, stats: FindingsStats,
): Entry {
  const at = parseRangeAddress(address);
  const sheet: GridSheet = { name: at.sheet, values, origin: { row: at.row, col: at.col } };
  const table = readTable<ProjectKey>(sheet, LEDGER_COLUMNS);
  const base = { address, values, sheet, table, output: new Map<Locale, string[][]>() };
  if (!table) {
    const f: Finding = S001_RANGE.finding.noHeader(at, { table: at.sheet || SHEET_NAMES.ledger[0], examples: HEADER_EXAMPLES });
    stats.full++;
    return { ...base, fiscalYear: undefined, headerFindings: [f], rows: new Map(), findings: [f] };
  }

  // Reuse what the previous call of this address computed when only rows below the header changed.
  let reuse: ReadonlyMap<number, RowResult> = new Map();
  let dirty: ReadonlySet<number> = new Set();
  let headerFindings: ReadonlyArray<Finding> | undefined;
  let fiscalYear: number | undefined;
  if (prev?.table && prev.table.headerRow === table.headerRow && changed && changed.every((r) => at.row + r > table.headerRow)) {
    dirty = new Set(changed.map((r) => at.row + r));
    reuse = prev.rows;
    headerFindings = prev.headerFindings;
    fiscalYear = prev.fiscalYear;
    stats.incremental++;
  } else {
    fiscalYear = inferYear([...table.titleTexts, at.sheet]);
    stats.full++;
  }
  const kept = (r: number): RowResult | undefined => (dirty.has(r) ? undefined : reuse.get(r));
  const fresh = checkRows(table, table.bodyRows.filter((r) => !kept(r)), fiscalYear, stats);
  const rows = new Map<number, RowResult>();
  for (const r of table.bodyRows) rows.set(r, kept(r) ?? fresh.get(r)!);

  const projects = table.bodyRows.map((r) => rows.get(r)!.project);
  const units = readLedger({ ...table, bodyRows: [], totals: [] }, PROFILE.unit).units;
  const ledger: LedgerRead = { table, projects, units, findings: [] };
  headerFindings ??= ledgerColumnFindings(table);
  const rowFindings: Finding[] = [];
  for (const r of table.bodyRows) pushAll(rowFindings, rows.get(r)!.findings);
  const all: Finding[] = [...headerFindings, ...collapseBlankColumns(rowFindings, table)];
  const ctx = ledgerContext(ledger, PROFILE, fiscalYear);
  const emit = (f: Finding): void => void all.push(f);
  runCrossRules(projects, ctx, emit);
  return { ...base, fiscalYear, headerFindings, rows, findings: capPerRule(sortFindings(all, [at.sheet])) };
}

/**
 * The rules FINDINGS can report: the ledger part of checkWorkbook (sheets S001–S004, S007, reading L002/L003, the row and
 * cross-row rules). Their texts only, not the whole registry's: functions.js ≤ 60 KB gzipped (issues 4 and 8).
 */
export const FINDINGS_RULES = ruleLookup([...LEDGER_SHEET_RULES, ...READING_RULES, ...ROW_RULES, ...CROSS_RULES]);

const NO_PROBLEMS: Readonly<Record<Locale, string>> = { 'zh-CN': '无问题', 'en-US': 'No problems' };

function spill(entry: Entry, locale: Locale): string[][] {
  const cached = entry.output.get(locale);
  if (cached) return cached;
  const out = entry.findings.length
    ? entry.findings.map((f) => [f.rule, SEVERITY_TITLE[locale][f.severity], cellRef(f.sheet, f.row, f.col), findingTextIn(FINDINGS_RULES, f, locale)])
    : [[NO_PROBLEMS[locale], '', '', '']];
  entry.output.set(locale, out);
  return out;
}

export interface LedgerFindings {
  /** The findings of a ledger range (see the module note). */
  findings(range: CellRange, address: string | null | undefined): ReadonlyArray<Finding>;
  /** FINDINGS as the wrapper calls it: the range's values, its address, the display locale. */
  spill(ledger: unknown, address: string | null | undefined, locale?: Locale): FnResult<string[][]>;
  readonly stats: Readonly<FindingsStats>;
  /** Forgets every range and zeroes the counters. */
  clear(): void;
}

/** FINDINGS' registry entry: its computation needs the cache and the address, so `spill` below supplies `run`. */
export const FINDINGS_SIGNATURE = {
  id: 'FINDINGS',
  result: 'string',
  spills: true,
  requiresParameterAddresses: true,
  description: {
    'zh-CN': '检查项目台账区域（含标题行），逐行列出问题：规则、级别、单元格、说明；没有问题时为“无问题”。',
    'en-US': 'Checks a project ledger range (with its header row) and lists the problems: rule, severity, cell, message; "无问题" when there are none.',
  },
  params: [
    {
      name: 'ledger',
      type: 'table',
      description: { 'zh-CN': '项目台账区域，含标题行，如 项目台账!A1:V170', 'en-US': 'The ledger range with its header row, e.g. 项目台账!A1:V170' },
    },
  ],
} as const satisfies FunctionSignature;

export const FINDINGS_PARAMS = FINDINGS_SIGNATURE.params;

/** A FINDINGS cache of the last `size` ranges, by address. */
export function createLedgerFindings(size = CACHE_SIZE): LedgerFindings {
  const cache = new Map<string, Entry>();
  const stats: FindingsStats = { calls: 0, hits: 0, full: 0, incremental: 0, rowsChecked: 0 };

  function entryFor(range: CellRange, address: string | null | undefined): Entry {
    stats.calls++;
    const key = address ?? '';
    const prev = cache.get(key);
    let diff: number[] | null = null;
    if (prev) {
      cache.delete(key);
      diff = changedRows(prev.values, range.values);
      if (diff && diff.length === 0) {
        stats.hits++;
        cache.set(key, prev);
        return prev;
      }
    }
    // A snapshot: the caller's arrays may change after the call.
    const entry = check(key, range.values.map((r) => r.slice()), prev, diff, stats);
    cache.set(key, entry);
    while (cache.size > size) cache.delete(cache.keys().next().value!);
    return entry;
  }

  return {
    stats,
    findings: (range, address) => entryFor(range, address).findings,
    spill: (ledger, address, locale = 'zh-CN') =>
      invoke(defineFunction({ ...FINDINGS_SIGNATURE, run: (a) => spill(entryFor(a.ledger, address), locale) }), [ledger]),
    clear: () => {
      cache.clear();
      for (const k of Object.keys(stats) as (keyof FindingsStats)[]) stats[k] = 0;
    },
  };
}
