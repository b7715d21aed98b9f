/** 绩效指标 → typed Indicator records (一级/二级 filled down; 年度指标值 read by the target grammar, read/targets.ts). */
import type { Finding } from '../findings';
import type { Indicator, Op } from '../records';
import { INDICATOR_HEADERS, type IndicatorKey } from './columns';
import { pairedPart, rawFormat, type ColumnInfo, type Table } from './table';
import { L002, L003 } from '../rules/reading';
import { normalizeTargetText, parseActualNumber, parseTarget, rangeOf, WORDS_AFTER, WORDS_BEFORE, type Target, type TargetContext } from './targets';
import { isBlank, isNone, rawText, readPoints, readProse, readText } from './values';
import { isErrorValue, type CellValue } from '../grid';
import type { Cause, Likelihood } from '../monitor/words';
import type { MonitorColumns } from '../monitor/columns';
import { CATEGORIES, categoryKey, categoryOf, level2Name } from '../selfeval/categories';
import { roundHalfUp } from '../scoring/rounding';

export interface IndicatorsRead {
  readonly table: Table<IndicatorKey>;
  readonly indicators: Indicator[];
  /** Absolute column of each indicator field, for findings. */
  readonly cols: Partial<Record<IndicatorKey, number>>;
  /**
   * The central monitoring form's 偏差原因分析 block: a column per cause (经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他),
   * a mark (√) in the causes of each row. Column → its cause; read as 偏差原因类别, so no unknown columns (S004).
   */
  readonly causeColumns: ReadonlyMap<number, Cause>;
  /**
   * The central form's 完成目标可能性 block: a column per answer (确定能 | 有可能 | 完全不可能), a mark in the one that
   * holds. Column → its answer; read as 完成目标可能性, so no unknown columns (S004).
   */
  readonly likelihoodColumns: ReadonlyMap<number, Likelihood>;
  /** The columns the 监控表 computes itself (完成进度, 预警: monitor/columns.ts), read as the form's: no unknown columns (S004). */
  readonly computedColumns: ReadonlySet<number>;
  readonly findings: Finding[];
}

/** What the 指标性质 column may say besides the grammar's comparison words. */
const OP_COLUMN_WORDS: ReadonlyArray<readonly [string, Op]> = [
  ['正向', '≥'], ['正向指标', '≥'], ['反向', '≤'], ['反向指标', '≤'], ['定性', '定性'], ['定性指标', '定性'], ['≈', '='],
  // as INDICATORSCORE's English text names it (any case)
  ['qualitative', '定性'],
];

/**
 * The 指标性质 column (`≥`, `>=`, `＞＝`, `不低于`, `大于等于`, `≤`, `不高于`, `=`, `正向`, `反向`,
 * `定性`); undefined for a blank cell, `定量` (the target says which), or a word it does not know.
 */
export function readOpColumn(text: string | undefined): Op | undefined {
  if (!text) return undefined;
  const s = normalizeTargetText(text).replace(/\s+/g, '');
  const own = OP_COLUMN_WORDS.find(([w]) => w === s || w === s.toLowerCase());
  if (own) return own[1];
  const word = [...WORDS_BEFORE, ...WORDS_AFTER].find((d) => d.word === s && d.reads !== '≈');
  return word ? (word.reads as Op) : undefined;
}

/**
 * A 三级指标 copied from a printed form keeps the form's numbering (`指标1：支持专利实施项目`, `1、…`, `（2）…`): the 2018
 * table numbers its indicators itself (`指标1：指标1：…` otherwise), and findings name the indicator. The number is
 * dropped; a number that is part of the name (`1.5万人次培训`, `3D打印`) has no separator after it, or a digit. `指标1：`
 * alone is the form's empty row.
 */
const NUMBERING = /^\s*(?:指标\s*[0-9０-９一二三四五六七八九十]+\s*[：:、.．]?|[0-9０-９]+\s*[：:、．](?![0-9０-９])|[0-9０-９]+\.(?![0-9０-９])|[（(][0-9０-９一二三四五六七八九十]+[)）])\s*/;

function withoutNumbering(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const rest = name.replace(NUMBERING, '');
  return rest === '' ? undefined : rest; // `指标1：` alone: the form's empty row
}

/**
 * A 一级/二级指标 numbered as an outline (`一、产出指标`, `（一）数量指标`, `1.经济效益指标`, `2、社会效益指标`): the number is
 * dropped, so that the category is known (categoryOf: W004 counted 产出指标 as 0 points, and the 2018 table left its rows
 * out of 项目完成指标) and the table prints its own words. A name with nothing after the number is kept as written.
 */
const OUTLINE = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十0-9０-９]{1,3}\s*[)）]\s*[、.．]?|[0-9０-９]{1,2}\s*[、.．](?![0-9０-９])|[0-9０-９]{1,2}\s*[)）])\s*/;

/**
 * A page's continuation mark after a 一级/二级 label cut at a page start (`产出指标\n（续）`, as selfeval/sheet.ts writes
 * it on a form of several pages; `(续)`, `（续表）`, `（续2）`, ` 续表` retyped): the label is the category above it, not
 * another (W004 counted 产出指标 on page 1 only when a 2020 form of two pages was read back).
 */
const CONTINUED = /\s*(?:[(（]续(?:上?表)?[\d一二三四五六七八九十]*[)）]|续表)$/;

function withoutOutline(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const rest = name.replace(OUTLINE, '').replace(CONTINUED, '');
  return rest === '' ? name : rest;
}

/** Level-2 names of the national framework, and the words people add to them (服务对象满意度指标, 效率指标). */
const LEVEL2_HEADING = /(?:数量|质量|时效|成本|效率|效果|经济效益|社会效益|生态效益|环境效益|可持续影响|满意度)指标$/;

/**
 * A category written as a row of its own in the 三级指标 column (`产出指标`, `（一）数量指标`, `服务对象满意度指标`), as a
 * sheet with ONE 指标 column writes its 一级 and 二级 names above their 三级 rows: the level it sets, or undefined when the
 * text names no category. The level-1 category of a level 2 comes with it (数量指标 is under 产出指标).
 */
function categoryHeading(name: string): { level1?: string; level2?: string } | undefined {
  const n = withoutOutline(name)!.replace(/[\s\u3000]+/g, '').replace(/[:：]$/, '');
  if (categoryOf(n) !== undefined) return { level1: n };
  if (!LEVEL2_HEADING.test(n)) return undefined;
  const l2 = level2Name(n)!;
  const home = CATEGORIES.find((c) => c.level2.some((x) => l2 === x || l2.endsWith(x)));
  return { level1: home?.name, level2: n };
}

/**
 * A heading that names its 一级 again where that 一级's only 二级 has its name (三、满意度指标 / （一）满意度指标): the second
 * is the 二级, as the forms write it, not the category started over with a blank 二级 (asked only of a heading that
 * repeats the 一级 before any 二级 under it).
 */
function sameNameLevel2(heading: string): boolean {
  const c = categoryOf(heading);
  return c !== undefined && CATEGORIES.find((x) => x.key === c)!.level2.includes(categoryKey(heading));
}

/** Whether a row is one of the form's empty category rows (no 三级指标 and nothing else to read). */
function isPlaceholder(cells: ReadonlyArray<CellValue>): boolean {
  return cells.every((v) => isBlank(v) || (typeof v === 'string' && parseTarget(v).target.kind === 'na'));
}

/**
 * What only a workbook's reading gives the indicator reader, from modules the custom functions do not import: INDICATORSCORE
 * reads its one row without them, and functions.js (≤ 60 KB gzipped) stays without the format and monitoring reading.
 * checkWorkbook gives both (check.ts INDICATOR_READING).
 */
export interface IndicatorReading {
  /**
   * A number in a value column as its cell's number format shows it (read/formats.ts shownNumber: 0.9 under `0%` is
   * 90%, 49 under `"≥"0"家"` is ≥49家).
   */
  readonly shown?: (value: number, format: string) => CellValue;
  /** The mid-year answers (偏差原因类别, 完成目标可能性) in words or marks (monitor/columns.ts monitorColumns). */
  readonly monitor?: (table: Table<IndicatorKey>, cols: Partial<Record<IndicatorKey, number>>) => MonitorColumns;
}

/** What says a row's target was not adjusted (未调整, 不调整, 无调整, 无变化). */
const NOT_ADJUSTED = /^(?:未|不|无|没有)(?:调整|变化|变更)$/;

/** The value columns whose numbers read as their formats show them (IndicatorReading.shown). */
export const FORMATTED_KEYS = ['target', 'adjustedTarget', 'actual', 'monitored', 'forecast'] as const;

export function readIndicators(table: Table<IndicatorKey>, reading: IndicatorReading = {}): IndicatorsRead {
  const findings: Finding[] = [];
  const sheet = table.sheet.name;
  const cols: Partial<Record<IndicatorKey, number>> = {};
  for (const def of INDICATOR_HEADERS) if (table.columns[def.key]) cols[def.key] = table.columns[def.key]!.col;
  /** A number in the value columns reads as its format shows it (`reading.shown`: 0.9 in a `0%` cell is 90%). */
  const valueCols = new Set(FORMATTED_KEYS.flatMap((k) => (cols[k] === undefined ? [] : [cols[k]!])));
  /** A column holding two fields (`指标值/实际完成值`): which part of its cells each field is (table.ts pairedPart). */
  const parts = new Map<number, Partial<Record<IndicatorKey, 0 | 1>>>();
  for (const [k, info] of Object.entries(table.columns) as Array<[IndicatorKey, ColumnInfo | undefined]>)
    if (info?.part !== undefined) parts.set(info.col, { ...parts.get(info.col), [k]: info.part });
  const fieldValue = (row: number, key: IndicatorKey): CellValue => {
    const c = cols[key]!;
    const part = parts.size ? parts.get(c)?.[key] : undefined;
    return part === undefined ? valueOf(row, c) : pairedPart(valueOf(row, c), part);
  };
  const valueOf = (row: number, c: number): CellValue => {
    const v = table.value(row, c);
    if (typeof v !== 'number' || !valueCols.has(c)) return v;
    const f = reading.shown && rawFormat(table.sheet, row, c);
    return f ? reading.shown!(v, f) : v;
  };
  const text = (row: number, key: IndicatorKey): string | undefined => {
    const c = cols[key];
    if (c === undefined) return undefined;
    const r = readText(fieldValue(row, key));
    return r.kind === 'ok' ? r.value : undefined;
  };
  /** Free text that the 自评表 prints (三级指标, 年度指标值, 实际完成值, 偏差原因): as written. */
  const prose = (row: number, key: IndicatorKey): string | undefined => {
    const c = cols[key];
    if (c === undefined) return undefined;
    const r = readProse(fieldValue(row, key));
    return r.kind === 'ok' ? r.value : undefined;
  };
  const cell = (row: number, key: IndicatorKey): CellValue => (cols[key] === undefined ? null : fieldValue(row, key));
  const deviationKey: IndicatorKey = cols.deviation === undefined ? 'causeNote' : 'deviation';

  const monitor = reading.monitor?.(table, cols);
  const causeColumns = monitor?.causeColumns ?? new Map<number, Cause>();
  const likelihoodColumns = monitor?.likelihoodColumns ?? new Map<number, Likelihood>();
  const computedColumns = monitor?.computedColumns ?? new Set<number>();
  const indicators: Indicator[] = [];
  let level1: string | undefined;
  let level2: string | undefined;
  for (const row of table.bodyRows) {
    const l1 = withoutOutline(text(row, 'level1'));
    const l2 = withoutOutline(text(row, 'level2'));
    if (l1 !== undefined && l1 !== level1) {
      level1 = l1;
      level2 = undefined; // a new 一级 starts a new 二级 run
    }
    if (l2 !== undefined) level2 = l2;
    const level3 = withoutNumbering(prose(row, 'level3'));
    const rest = (['target', 'actual', 'points', 'score', 'op'] as const).map((k) => cell(row, k));
    // A category's row of its own in the 三级指标 column, its 一级/二级 cells blank (a subtotal of 分值 may stand beside it).
    const heading = level3 !== undefined && l1 === undefined && l2 === undefined && isPlaceholder([cell(row, 'target'), cell(row, 'actual'), cell(row, 'score')]) ? categoryHeading(level3) : undefined;
    if (heading) {
      const again = heading.level1 !== undefined && heading.level2 === undefined && categoryOf(heading.level1) === categoryOf(level1);
      if (heading.level1 !== undefined && categoryOf(heading.level1) !== categoryOf(level1)) {
        level1 = heading.level1;
        level2 = undefined;
      }
      if (heading.level2 !== undefined) level2 = heading.level2;
      else if (again && level2 === undefined && sameNameLevel2(heading.level1!)) level2 = heading.level1;
      else if (heading.level1 !== undefined) level2 = undefined;
      continue;
    }
    // A paragraph across the table (a 自评表 sent back: its note of what was paid, 本表由…生成, a text merged over every
    // column): the same text in 三级指标 and in two of its value cells is no indicator.
    const name = cell(row, 'level3');
    if (typeof name === 'string' && name.trim() !== '' && rest.filter((v) => v === name).length >= 2) continue;
    if (level3 === undefined || (parseTarget(level3).target.kind === 'na' && isPlaceholder(rest))) {
      // The form's empty category rows (`生态效益指标` with nothing under it) are not indicators; a table without a
      // 三级指标 column is said once, at its header (S002), not at each row.
      if (!isPlaceholder(rest) && cols.level3 !== undefined)
        findings.push(L002.finding.indicator({ sheet, row, col: cols.level3 }, { field: '三级指标' }));
      continue;
    }
    const num = (key: IndicatorKey): number | undefined => {
      const c = cols[key];
      if (c === undefined) return undefined;
      const r = readPoints(table.value(row, c));
      if (r.kind === 'bad')
        findings.push(L003.finding.indicator({ sheet, row, col: c }, { field: key === 'points' ? '分值' : '得分', raw: r.raw, expected: 'number' }));
      return r.kind === 'ok' ? r.value : undefined;
    };
    // a target adjusted in the year (调整后目标值) is the row's target where filled; 未调整, a placeholder or blank: none
    const adjustedCell = cell(row, 'adjustedTarget');
    const columnUnit = text(row, 'unit');
    const columnOp = readOpColumn(text(row, 'op'));
    let read = readTarget(cell(row, 'target'), { level1, level2, level3 }, columnUnit, columnOp);
    let adjusted = !isNone(adjustedCell) && !(typeof adjustedCell === 'string' && NOT_ADJUSTED.test(adjustedCell.trim()));
    if (adjusted) {
      // a 调整后目标值 column filled on every row copies the targets not adjusted (49 beside ≥49家): no adjustment there;
      // a figure compares by what it scores (comparison, value, unit, direction), a text as written
      const key = (r: TargetRead, v: CellValue): string => (r.value === undefined ? rawText(v).replace(/\s/g, '') : `${[r.parsed.kind, r.op, r.value, r.unit ?? columnUnit, (r.parsed as { direction?: string }).direction]}`);
      const was = read;
      read = readTarget(adjustedCell, { level1, level2, level3 }, columnUnit, columnOp);
      adjusted = key(was, cell(row, 'target')) !== key(read, adjustedCell);
      if (!adjusted) read = was;
    }
    const targetKey: IndicatorKey = adjusted ? 'adjustedTarget' : 'target';
    const targetCell = cell(row, targetKey);
    if (isErrorValue(targetCell))
      findings.push(L003.finding.indicator({ sheet, row, col: cols[targetKey]! }, { field: adjusted ? '调整后目标值' : '年度指标值', raw: targetCell.code, expected: 'text' }));
    const actualCell = cell(row, 'actual');
    const range = read.op === '定性' && read.opFrom === 'column' ? undefined : rangeOf(read.parsed);
    const actual = actualNumber(actualCell, range?.low ?? read.parsed, { level1, level2, level3 });
    const written = range ? range.low.unit : read.unit;
    // a percent written in the target wins over the 度量单位 column (`90%以上` with 个 is ≥90%, not ≥90个)
    const unit = (written === '%' ? written : columnUnit) ?? (written || undefined);
    const targetText = prose(row, targetKey);
    // A range is scored against the end the actual is beyond (inside it: the floor, met); no actual: the floor. Beyond
    // as the actual compares (inPercent: 0.95 against 60%-80% is 95 %, beyond the ceiling as 95 is).
    const ends = range && { low: range.low.value, high: range.high.value };
    const bound = range && (actual !== undefined && inPercent({ unit, targetText, range: ends }, actual) > range.high.value ? range.high : range.low);
    indicators.push({
      row,
      level1,
      level2,
      level3,
      op: bound ? bound.op : read.op,
      opFrom: bound ? 'word' : read.opFrom,
      targetText,
      ...(adjusted ? { adjustedFrom: prose(row, 'target') ?? '' } : {}),
      target: bound ? bound.value : read.value,
      ...(ends ? { range: ends } : {}),
      unit,
      actualText: actualCell === null ? undefined : (prose(row, 'actual') ?? (rawText(actualCell) || undefined)), // an error as its code
      actual,
      source: text(row, 'source'),
      points: num('points'),
      score: num('score'),
      // a table with no column of its own for it explains a miss in 备注 (偏差原因说明): that is the deviation's text;
      // a 无 or / there says no reason was given (W006 still asks, 四（二） keeps its 【请填写偏差原因】)
      deviation: isNone(cell(row, deviationKey)) ? undefined : prose(row, deviationKey),
      explanation: prose(row, 'explanation'),
      parsed: read.parsed,
      ...monitoring(row, read.parsed, { level1, level2, level3 }),
    });
  }

  /** The mid-year columns of a row (monitor.md): values as written and as numbers, causes, likelihood. */
  function monitoring(row: number, parsed: Target, ctx: TargetContext): Partial<Indicator> {
    const out: { -readonly [K in keyof Indicator]?: Indicator[K] } = {};
    const number = (key: 'monitored' | 'forecast'): void => {
      const v = cell(row, key);
      if (v === null) return;
      const textKey = key === 'monitored' ? 'monitoredText' : 'forecastText';
      out[textKey] = prose(row, key) ?? (rawText(v) || undefined);
      out[key] = actualNumber(v, parsed, ctx);
    };
    number('monitored');
    number('forecast');
    const answers = monitor?.readRow(row, { causes: text(row, 'causes'), likelihood: text(row, 'likelihood') }, (f) => void findings.push(f));
    out.causes = answers?.causes;
    out.causeNote = prose(row, 'causeNote');
    out.correction = prose(row, 'correction');
    out.likelihood = answers?.likelihood;
    for (const k of Object.keys(out) as Array<keyof Indicator>) if (out[k] === undefined) delete out[k];
    return out;
  }
  return { table, indicators, cols, causeColumns, likelihoodColumns, computedColumns, findings };
}

interface TargetRead {
  readonly parsed: Target;
  readonly op?: Op;
  readonly opFrom?: Indicator['opFrom'];
  /** The number the score compares (a quantity's value, a change's size). */
  readonly value?: number;
  /** The unit written in the target. */
  readonly unit?: string;
}

/**
 * A target cell through the grammar. The 指标性质 column, when it names a comparison, wins over
 * the text's words; `定性` makes any target qualitative.
 */
export function readTarget(v: CellValue, ctx: TargetContext, columnUnit: string | undefined, columnOp: Op | undefined): TargetRead {
  const written = typeof v === 'number' ? v : typeof v === 'string' ? v : isBlank(v) ? null : rawText(v);
  const { target: parsed, opFrom } = parseTarget(isErrorValue(v) ? null : written, ctx, columnUnit);
  const fromColumn = columnOp !== undefined && columnOp !== '定性' ? { op: columnOp, opFrom: 'column' as const } : undefined;
  switch (parsed.kind) {
    case 'quantity':
      if (columnOp === '定性') return { parsed, op: '定性', opFrom: 'column', value: parsed.value, unit: parsed.unit || undefined };
      return { parsed, ...(fromColumn ?? { op: parsed.op, opFrom }), value: parsed.value, unit: parsed.unit || undefined };
    case 'change':
      if (columnOp === '定性') return { parsed, op: '定性', opFrom: 'column', value: parsed.value, unit: parsed.unit || undefined };
      return { parsed, op: parsed.op, opFrom: 'word', value: parsed.value, unit: parsed.unit || undefined };
    case 'na':
      return { parsed, ...(fromColumn ?? (columnOp === '定性' ? { op: '定性', opFrom: 'column' } : {})) };
    case 'text':
      // A comparison in the column with a text target: a quantitative indicator whose target is no number (W005).
      return { parsed, ...(fromColumn ?? { op: '定性', opFrom: columnOp === '定性' ? 'column' : undefined }) };
    default:
      // Deadlines and several values are judged, never compared as one number.
      return { parsed, op: '定性', opFrom: columnOp === '定性' ? 'column' : undefined };
  }
}

/** Whether an indicator is measured in percent: its unit, else a `%` in its target. */
function isPercent(ind: Pick<Indicator, 'unit' | 'targetText'>): boolean {
  return (ind.unit ?? '').trim() === '%' || (ind.unit === undefined && /[%％]/.test(ind.targetText ?? ''));
}

/**
 * An actual (or a monitored or forecast value) of a `%` indicator as the percent it compares as: 95 is 95 %, and a
 * fraction of a target above 1 % is that share in percent (0.92 against ≥90% → 92). The one reading of a percent actual:
 * the reader picks a range's end by it, the scoring and the monitoring compare it. A range's ends are one scale, so its
 * floor decides whichever end the actual is then scored by (0.95 against 60%-80% is 95 %, beyond the ceiling, as 95
 * is). Not under a cap: 0.5 against ≤2% (违规使用率, 差错率) is 0.5%, well under it, not 50%.
 */
export function inPercent(ind: Pick<Indicator, 'unit' | 'targetText' | 'op' | 'target' | 'range'>, a: number): number {
  const scale = ind.range ? ind.range.low : ind.op === '≤' ? undefined : ind.target;
  return scale !== undefined && scale > 1 && isPercent(ind) && a >= 0 && a <= 1 ? roundHalfUp(a * 100, 9) : a;
}

/** The actual as a number in the target's unit (a change in the target's direction), or undefined. */
function actualNumber(v: CellValue, target: Target, ctx: TargetContext): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || target.kind === 'deadline' || target.kind === 'multi') return undefined;
  return parseActualNumber(v, target, ctx);
}
