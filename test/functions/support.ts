/** Fixtures of the custom function tests: the source year's ledger (spec README), cell by cell. */
import type { CellValue } from '../../src/model/grid';
import { patentCheckChar } from '../../src/model/algorithms';
import { HEADERS, validRow, type Row } from '../model/support/ledger';

/** The source document's cohorts (spec README, fiscal year 2018, 万元). */
export const SOURCE_COHORTS = [
  { year: 2018, count: 49, approved: 1335, disbursed: 160 },
  { year: 2017, count: 50, approved: 1431, disbursed: 680 },
  { year: 2016, count: 18, approved: 586, disbursed: 90 },
  { year: 2015, count: 30, approved: 854, disbursed: 160 },
  { year: 2014, count: 22, approved: 755, disbursed: 110 },
] as const;

/**
 * `total` 万元 over `n` rows in 0.01 steps that are not exact in binary (3.27, 3.26 …), the last
 * row taking the remainder, computed in integer 分 (never by float subtraction).
 */
export function split(total: number, n: number): number[] {
  const cents = Math.round(total * 100);
  const each = Math.floor(cents / n) - (n > 1 ? 3 : 0);
  const out = Array.from({ length: n - 1 }, () => each / 100);
  out.push((cents - each * (n - 1)) / 100);
  return out;
}

export interface SourceRow {
  year: number;
  approved: number;
  disbursed: number;
}

/** 169 project rows, cohorts interleaved (as a real ledger sorted by region is). */
export function sourceRows(): SourceRow[] {
  const perCohort = SOURCE_COHORTS.map((c) => {
    const approved = split(c.approved, c.count);
    const disbursed = split(c.disbursed, c.count);
    return approved.map((a, i) => ({ year: c.year, approved: a, disbursed: disbursed[i] }));
  });
  const out: SourceRow[] = [];
  for (let i = 0; out.length < 169; i++) for (const rows of perCohort) if (i < rows.length) out.push(rows[i]);
  return out;
}

/** A column as Excel passes a range: one value per row, `[[v], [v], …]`. */
export const column = <T>(values: ReadonlyArray<T>): T[][] => values.map((v) => [v]);

/** A valid, distinct patent number for row i. */
export function patentFor(i: number): string {
  const body = `2015${i % 2 ? 1 : 2}${String(1000 + i).padStart(7, '0')}`;
  return `ZL${body}.${patentCheckChar(body)}`;
}

/** A clean 项目台账 range (header + one row per project) in the canonical column order. */
export function ledgerValues(rows: ReadonlyArray<SourceRow>, above: CellValue[][] = []): CellValue[][] {
  const out: CellValue[][] = [...above, [...HEADERS]];
  rows.forEach((r, i) => {
    const row: Row = {
      ...validRow(i),
      项目编号: `XJZL${r.year}-${String(i + 1).padStart(3, '0')}`,
      立项年度: r.year,
      专利号: patentFor(i),
      专利类型: i % 2 ? '发明' : '实用新型',
      项目总投资: r.approved * 10,
      财政支持资金: r.approved,
      以前年度累计拨付: 0,
      本年拨付: r.disbursed,
      带动社会投入: Math.round(r.approved * 900) / 100,
      合同开始日期: `${r.year}-06-30`,
      合同结束日期: `${r.year + 3}-06-30`,
    };
    out.push(HEADERS.map((h) => (row[h] === undefined ? null : row[h]!)));
  });
  return out;
}
