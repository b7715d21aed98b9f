/**
 * A ledger over several sheets, made one: its sheets' projects together, and the sheets left out because they repeat
 * the others (S010). Only a workbook's check (check.ts) has several sheets; FINDINGS checks one range, and functions.js
 * (≤ 60 KB gzipped) stays without this.
 */
import type { Finding } from '../findings';
import type { Project } from '../records';
import { idKey } from '../rules/ledgerCross';
import type { LedgerRead } from './ledger';

/** The sheets of a ledger: its parts, or itself (here, not in ledger.ts: the functions read one range, never a ledger of parts). */
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

/** A sheet named by a year alone (`2019年`, `2020年度`, `2019年立项项目`): the year of the projects it lists. */
const YEAR_SHEET = /^((?:19|20)\d\d)年?度?(?:立项)?(?:项目)?(?:台账|明细)?$/;

/**
 * The cohort year of each sheet of a ledger laid out a sheet per year (2019年 | 2020年, no 立项年度 column): each sheet's
 * name is a year alone, a different one each. Undefined when not so — one sheet named 2020年 may be the ledger of the
 * year 2020, whose projects started in many.
 */
export function yearsOfSheets(names: ReadonlyArray<string>): number[] | undefined {
  const years = names.map((n) => Number(YEAR_SHEET.exec(n.replace(/\s+/g, ''))?.[1]));
  return years.length > 1 && years.every((y) => y > 0) && new Set(years).size === years.length ? years : undefined;
}

/** A ledger sheet left out because its projects are all in the other sheets of the ledger (S010). */
export interface RepeatedPart {
  readonly part: LedgerRead;
  /** Projects with a 项目编号 in it. */
  readonly count: number;
  /** The sheets read that hold them. */
  readonly others: ReadonlyArray<string>;
}

/**
 * The sheets of a ledger read once: a sheet whose rows are all rows of the other sheets (the whole
 * ledger as 汇总 beside the per-地州市 sheets, a visible copy `项目台账 (2)`) would count every
 * project twice, so it is left out. A row repeats another when its 项目编号, 项目名称, 承担单位 and
 * amounts are the same (a shared 项目编号 alone is not enough: prefectures number their own
 * projects, a project moves between regions). Of several such sheets the one with the most
 * projects goes first (the whole ledger, so the per-地州市 sheets stay), between equals the later
 * (the first of two copies stays); then the others are looked at again. A sheet with any row
 * without a 项目编号 is never left out.
 */
export function leaveOutRepeats(parts: ReadonlyArray<LedgerRead>): { kept: LedgerRead[]; left: RepeatedPart[] } {
  if (parts.length < 2) return { kept: [...parts], left: [] };
  // A sheet is a repeat only when EVERY one of its rows is a row of another sheet: the same 项目编号,
  // 项目名称, 承担单位 and amounts. Each prefecture numbering its own projects (XM001 on every sheet),
  // a project moved to another region, or a sheet with rows of no 项目编号 are not repeats: they
  // are read, and L004 says what repeats.
  const rows = parts.map((p) => {
    const keys: string[] = [];
    for (const x of p.projects) {
      if (typeof x.id !== 'string' || !x.id) return null;
      keys.push(rowKey(x));
    }
    return keys.length ? new Set(keys) : null;
  });
  // How many kept sheets hold each row.
  const holders = new Map<string, number>();
  for (const set of rows) if (set) for (const k of set) holders.set(k, (holders.get(k) ?? 0) + 1);
  const kept = parts.map(() => true);
  const dropped: number[] = [];
  for (;;) {
    let drop = -1;
    for (let i = 0; i < parts.length; i++) {
      const set = rows[i];
      if (!kept[i] || set === null || (drop >= 0 && set.size < rows[drop]!.size)) continue;
      let covered = true;
      for (const k of set) if (holders.get(k)! < 2) { covered = false; break; }
      if (covered) drop = i;
    }
    if (drop < 0) break;
    kept[drop] = false;
    dropped.push(drop);
    for (const k of rows[drop]!) holders.set(k, holders.get(k)! - 1);
  }
  const left = dropped.map((i) => ({
    part: parts[i],
    count: parts[i].projects.length,
    others: clipList(parts.filter((p, j) => kept[j] && rows[j] !== null && [...rows[i]!].some((k) => rows[j]!.has(k))).map((p) => p.table.sheet.name)),
  }));
  return { kept: parts.filter((_, i) => kept[i]), left };
}

/** What makes two ledger rows the same project written twice: its 编号, 名称, 承担单位 and amounts (in 分). */
function rowKey(x: Project): string {
  return [idKey(x.id!), x.name ?? '', x.unit ?? '', ...REPEAT_AMOUNTS.map((k) => x[k] ?? '')].join('\u0000');
}
const REPEAT_AMOUNTS = ['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment'] as const;

/** Sheet names a finding lists: the first five, then `…`. */
const clipList = (names: string[]): string[] => (names.length > 5 ? [...names.slice(0, 5), '…'] : names);
