/** 绩效指标 → typed Indicator records (一级/二级 filled down, 指标性质 read from targets like `≥90`). */
import type { Finding } from '../findings';
import type { Indicator, Op } from '../records';
import { INDICATOR_COLUMNS, type IndicatorKey } from './columns';
import type { Table } from './table';
import { L002, L003 } from '../rules/reading';
import { cleanText } from './text';
import { normalizeNumberText, rawText, readNumber, readProse, readText } from './values';
import type { CellValue } from '../grid';

export interface IndicatorsRead {
  readonly table: Table<IndicatorKey>;
  readonly indicators: Indicator[];
  /** Absolute column of each indicator field, for findings. */
  readonly cols: Partial<Record<IndicatorKey, number>>;
  readonly findings: Finding[];
}

/** Words for the comparison, longest first. */
const OP_WORDS: ReadonlyArray<readonly [string, Op]> = [
  ['大于等于', '≥'], ['小于等于', '≤'], ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['不高于', '≤'],
  ['不多于', '≤'], ['不超过', '≤'], ['不大于', '≤'], ['正向', '≥'], ['反向', '≤'], ['定性', '定性'], ['等于', '='],
  ['>=', '≥'], ['<=', '≤'], ['≥', '≥'], ['≧', '≥'], ['≤', '≤'], ['≦', '≤'], ['=', '='], ['>', '≥'], ['<', '≤'],
];

/** Reads a comparison at the start of a text: `≥90` → {op: '≥', rest: '90'}. Full-width forms count. */
export function splitOp(text: string): { op?: Op; rest: string } {
  const s = cleanText(text).replace(/＞/g, '>').replace(/＜/g, '<').replace(/＝/g, '=');
  for (const [w, op] of OP_WORDS) if (s.startsWith(w)) return { op, rest: s.slice(w.length).trim() };
  return { rest: s };
}

/** A number at the start of a text with what follows: `37000万元` → 37000 and `万元`; `100%符合要求` → 100, `%符合要求`. */
export function leadingNumber(text: string): { value: number; tail: string } | null {
  const m = /^([+-]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?)(.*)$/.exec(cleanText(text));
  if (!m) return null;
  const n = normalizeNumberText(m[1]);
  return n ? { value: Number(n.text), tail: m[2].trim() } : null;
}

function numberOf(v: CellValue): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const { rest } = splitOp(v);
  const n = leadingNumber(rest);
  if (!n) return undefined;
  // A number followed by a short unit (`49家`, `90%`, `37000万元`) or by the form's words (`100%符合要求`).
  return n.value;
}

export function readIndicators(table: Table<IndicatorKey>): IndicatorsRead {
  const findings: Finding[] = [];
  const sheet = table.sheet.name;
  const cols: Partial<Record<IndicatorKey, number>> = {};
  for (const def of INDICATOR_COLUMNS) if (table.columns[def.key]) cols[def.key] = table.columns[def.key]!.col;
  const text = (row: number, key: IndicatorKey): string | undefined => {
    const c = cols[key];
    if (c === undefined) return undefined;
    const r = readText(table.value(row, c));
    return r.kind === 'ok' ? r.value : undefined;
  };
  /** Free text that the 自评表 prints (三级指标, 年度指标值, 实际完成值, 偏差原因): as written. */
  const prose = (row: number, key: IndicatorKey): string | undefined => {
    const c = cols[key];
    if (c === undefined) return undefined;
    const r = readProse(table.value(row, c));
    return r.kind === 'ok' ? r.value : undefined;
  };
  const cell = (row: number, key: IndicatorKey): CellValue => (cols[key] === undefined ? null : table.value(row, cols[key]!));

  const indicators: Indicator[] = [];
  let level1: string | undefined;
  let level2: string | undefined;
  for (const row of table.bodyRows) {
    const l1 = text(row, 'level1');
    const l2 = text(row, 'level2');
    if (l1 !== undefined && l1 !== level1) {
      level1 = l1;
      level2 = undefined; // a new 一级 starts a new 二级 run
    }
    if (l2 !== undefined) level2 = l2;
    const level3 = prose(row, 'level3');
    if (level3 === undefined) {
      findings.push(L002.finding.indicator({ sheet, row, col: cols.level3 ?? table.headerRow }, { field: '三级指标' }));
      continue;
    }
    const targetText = prose(row, 'target');
    const opText = text(row, 'op');
    let op: Op | undefined = opText ? splitOp(opText).op : undefined;
    if (!op && targetText) op = splitOp(targetText).op;
    const target = numberOf(cell(row, 'target'));
    const actualCell = cell(row, 'actual');
    const actual = numberOf(actualCell);
    if (!op && targetText) op = target !== undefined ? '≥' : '定性';

    const num = (key: IndicatorKey): number | undefined => {
      const c = cols[key];
      if (c === undefined) return undefined;
      const r = readNumber(table.value(row, c));
      if (r.kind === 'bad')
        findings.push(L003.finding.indicator({ sheet, row, col: c }, { field: key === 'points' ? '分值' : '得分', raw: r.raw, expected: 'number' }));
      return r.kind === 'ok' ? r.value : undefined;
    };

    indicators.push({
      row,
      level1,
      level2,
      level3,
      op,
      targetText,
      target,
      unit: text(row, 'unit'),
      actualText: actualCell === null ? undefined : (prose(row, 'actual') ?? (rawText(actualCell) || undefined)), // an error as its code
      actual,
      source: text(row, 'source'),
      points: num('points'),
      score: num('score'),
      deviation: prose(row, 'deviation'),
    });
  }
  return { table, indicators, cols, findings };
}
