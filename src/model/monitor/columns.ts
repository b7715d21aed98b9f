/**
 * The mid-year form's answers in 绩效指标 (monitor.md): 偏差原因类别 and 完成目标可能性, written as words in a column of
 * their own or marked (√) in the central form's blocks of a column per cause (经费保障 | 制度保障 | 人员保障 | 硬件条件保障 |
 * 其他) and per answer (确定能 | 有可能 | 完全不可能). checkWorkbook gives this to the indicator reader
 * (read/indicators.ts `IndicatorReading`): INDICATORSCORE's one row has no such column, and functions.js (≤ 60 KB
 * gzipped) stays without the words.
 */
import type { Finding } from '../findings';
import { isErrorValue, type CellValue } from '../grid';
import type { IndicatorKey } from '../read/columns';
import type { Table } from '../read/table';
import { normalizeTargetText } from '../read/targets';
import { isBlank } from '../read/values';
import { L003 } from '../rules/reading';
import { CAUSES, LIKELIHOODS, readCauses, readLikelihood, type Cause, type Likelihood } from './words';

export interface MonitorColumns {
  /** The 偏差原因分析 block: column → its cause (read as 偏差原因类别, so no unknown columns: S004). */
  readonly causeColumns: ReadonlyMap<number, Cause>;
  /** The 完成目标可能性 block: column → its answer (read as 完成目标可能性, so no unknown columns: S004). */
  readonly likelihoodColumns: ReadonlyMap<number, Likelihood>;
  /** The columns the 监控表 computes itself (COMPUTED_HEADERS), when the table is one: the form's own, no unknown columns (S004). */
  readonly computedColumns: ReadonlySet<number>;
  /**
   * A row's causes (its 偏差原因类别 words and its marked cause columns, in the form's order) and likelihood (its
   * 完成目标可能性 words, else the one answer marked), with L003 for words that are none and for two answers marked.
   */
  readRow(row: number, words: { causes?: string; likelihood?: string }, emit: (f: Finding) => void): { causes?: Cause[]; likelihood?: Likelihood };
}

/** The monitoring answers of a 绩效指标 table whose columns are `cols`. */
export function monitorColumns(table: Table<IndicatorKey>, cols: Partial<Record<IndicatorKey, number>>): MonitorColumns {
  const sheet = table.sheet.name;
  const causeColumns = causeColumnsOf(table);
  const likelihoodColumns = likelihoodColumnsOf(table);
  return {
    causeColumns,
    likelihoodColumns,
    computedColumns: new Set(tickColumns(table, (leaf) => (COMPUTED_HEADERS.includes(leaf) ? leaf : undefined)).keys()),
    readRow(row, words, emit) {
      const out: { causes?: Cause[]; likelihood?: Likelihood } = {};
      const ticked = new Set<Cause>();
      for (const [c, cause] of causeColumns) if (isTicked(table.value(row, c))) ticked.add(cause);
      if (words.causes !== undefined) {
        const r = readCauses(words.causes);
        for (const c of r.causes) ticked.add(c);
        if (r.unknown.length)
          emit(L003.finding.indicator({ sheet, row, col: cols.causes! }, { field: '偏差原因类别', raw: r.unknown.join('、'), expected: 'oneOf', options: CAUSES }));
      }
      if (ticked.size) out.causes = CAUSES.filter((c) => ticked.has(c));
      if (words.likelihood !== undefined) {
        out.likelihood = readLikelihood(words.likelihood);
        if (out.likelihood === undefined)
          emit(L003.finding.indicator({ sheet, row, col: cols.likelihood! }, { field: '完成目标可能性', raw: words.likelihood, expected: 'oneOf', options: LIKELIHOODS }));
      } else if (likelihoodColumns.size) {
        const marked = [...likelihoodColumns].filter(([c]) => isTicked(table.value(row, c)));
        if (marked.length === 1) out.likelihood = marked[0][1];
        else if (marked.length > 1)
          // Two answers marked: none is taken (a light from either would be a guess); the cell of the first says so.
          emit(L003.finding.indicator({ sheet, row, col: marked[0][0] }, { field: '完成目标可能性', raw: marked.map(([, l]) => l).join('、'), expected: 'oneOf', options: LIKELIHOODS }));
      }
      return out;
    },
  };
}

/** The 完成目标可能性 block of the central form: unknown columns whose header (its leaf) is one of the answers, two or more of them. */
function likelihoodColumnsOf(table: Table<IndicatorKey>): ReadonlyMap<number, Likelihood> {
  const out = tickColumns(table, (leaf) => {
    const l = readLikelihood(leaf);
    return l && (LIKELIHOODS as ReadonlyArray<string>).includes(normalizeTargetText(leaf).replace(/\s+/g, '')) ? l : undefined;
  });
  return out.size >= 2 && new Set(out.values()).size === out.size ? out : new Map();
}

/**
 * What the 监控表 (layoutMonitor.ts) computes in columns of its own: each indicator's 完成进度 and its 预警 light, the
 * budget's 时间进度 — formulas over the form's cells. Read back (jx check on a 监控表), they are the form's, not columns
 * the officer added: a figure or a light there is computed again from 执行情况 and the target, never read.
 */
const COMPUTED_HEADERS: ReadonlyArray<string> = ['完成进度', '预警', '时间进度'];

/**
 * The unknown columns of a table whose header's leaf (after its last `/`, white space left out: the form breaks 经费 /
 * 保障 over two lines, as people do with Alt+Enter) `answerOf` reads as an answer, with it.
 */
function tickColumns<T>(table: Table<IndicatorKey>, answerOf: (leaf: string) => T | undefined): Map<number, T> {
  const out = new Map<number, T>();
  for (const u of table.unknown) {
    const a = answerOf(u.header.slice(u.header.lastIndexOf('/') + 1).replace(/\s+/g, ''));
    if (a !== undefined) out.set(u.col, a);
  }
  return out;
}

/** The 偏差原因分析 block of the central form: unknown columns whose header (its leaf) is a cause, two or more of them. */
function causeColumnsOf(table: Table<IndicatorKey>): ReadonlyMap<number, Cause> {
  const out = tickColumns(table, (leaf) => {
    const r = readCauses(leaf);
    return r.causes.length === 1 && r.unknown.length === 0 ? r.causes[0] : undefined;
  });
  return out.size >= 2 ? out : new Map();
}

/** A cell of a cause column that marks it: √, ✓, 是, 1, or any words; blank, ×, 否, 无, 0 and dashes do not. */
function isTicked(v: CellValue): boolean {
  if (isBlank(v) || isErrorValue(v)) return false;
  if (v === false || v === 0) return false;
  const s = typeof v === 'string' ? normalizeTargetText(v).replace(/\s+/g, '') : String(v);
  return !/^(?:[×xX✗✘否无N0\-—－/／]|不是)$/.test(s);
}
