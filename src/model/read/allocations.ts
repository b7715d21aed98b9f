/**
 * The optional allocation table of 配置 (issue 20): a header row `地州市 | 分配金额` and one row per
 * 地州市 below it, up to the first blank row. The province's allocation of the year's funds to each
 * prefecture, against which the prefectures' total 本年拨付 is checked across their ledgers (X004).
 * The 参数 | 值 rows of 配置 around it are not part of it (readProfile skips this table's rows:
 * neither 地州市 nor a prefecture's name is a parameter).
 */
import type { GridSheet } from '../grid';
import type { Finding } from '../findings';
import type { Fen, MoneyUnit } from '../money';
import { L003 } from '../rules/reading';
import { matchRegion } from './regions';
import { XINJIANG_COUNTIES } from './counties';
import { headerKey } from './text';
import { isBlank, rawText, readAmount } from './values';

export interface Allocation {
  /** The official name of the 地州市 (a short form written is read as its official name). */
  readonly region: string;
  /** As written. */
  readonly written: string;
  readonly amount: Fen;
  /** 0-based sheet cell of the amount. */
  readonly row: number;
  readonly col: number;
}

export interface AllocationsRead {
  readonly sheet: string;
  /** The sheet is a file's own one table (a CSV: GridSheet.namedAfterFile), which has no sheets to name. */
  readonly inFile?: boolean;
  readonly allocations: ReadonlyArray<Allocation>;
  /** The header cell of 分配金额. */
  readonly header: { readonly row: number; readonly col: number };
  readonly findings: ReadonlyArray<Finding>;
}

const REGION_HEADERS: ReadonlySet<string> = new Set(['地州市', '地区', '地州', '地州市名称']);
const AMOUNT_HEADERS: ReadonlySet<string> = new Set(['分配金额', '分配资金', '分配数', '资金分配数', '下达金额']);

const keyOf = (v: unknown): string => (typeof v === 'string' ? headerKey(v).key : '');

/** The allocation table of a 配置 sheet, or undefined when the sheet has none. Amounts in the header's unit, else `unit`. */
export function readAllocations(sheet: GridSheet | undefined, unit: MoneyUnit, allowed: ReadonlySet<string>): AllocationsRead | undefined {
  if (!sheet) return undefined;
  const o = sheet.origin ?? { row: 0, col: 0 };
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const rc = row.findIndex((v) => REGION_HEADERS.has(keyOf(v)));
    const ac = row.findIndex((v) => AMOUNT_HEADERS.has(keyOf(v)));
    if (rc < 0 || ac < 0) continue;
    const amountUnit = headerKey(String(row[ac])).unit ?? unit;
    const allocations: Allocation[] = [];
    const findings: Finding[] = [];
    for (let b = r + 1; b < sheet.values.length; b++) {
      const cells = sheet.values[b];
      const name = cells[rc] ?? null;
      const value = cells[ac] ?? null;
      if (isBlank(name) && isBlank(value)) break;
      const written = rawText(name).trim();
      const at = { sheet: sheet.name, row: o.row + b, col: o.col + ac };
      const amount = readAmount(value, amountUnit);
      if (amount.kind === 'bad') findings.push(L003.finding.main(at, { field: String(row[ac]), raw: amount.raw, expected: 'amount' }));
      if (amount.kind !== 'ok' || !written) continue;
      const m = matchRegion(written, allowed, XINJIANG_COUNTIES);
      allocations.push({ region: m.kind === 'unknown' ? written : m.official, written, amount: amount.value, row: at.row, col: at.col });
    }
    return { sheet: sheet.name, ...(sheet.namedAfterFile !== undefined ? { inFile: true } : {}), allocations, header: { row: o.row + r, col: o.col + ac }, findings };
  }
  return undefined;
}
