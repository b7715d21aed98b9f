/**
 * The bundled sample reshaped the ways prefectures and budget systems send it (issue 12): the same
 * 169 projects, the same 配置 and 绩效指标, in the workbook shapes people actually produce. Each
 * builder returns a whole workbook grid; the tests expect every shape to check to 0 errors and to
 * give the plain sample's 自评表 and figures.
 */
import type { CellValue, Grid, GridSheet, Merge } from '../../src/model/grid';
import type { ProjectKey } from '../../src/model/records';
import { cleanCell, LEDGER_HEADERS, LEDGER_TITLE, sampleProjects, sampleWorkbookGrid, SAMPLE_SHEETS, type SampleProject } from '../../src/model/sample';
import { XINJIANG_PREFECTURES } from '../../src/model/read/regions';

const AMOUNTS: ReadonlySet<ProjectKey> = new Set(['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment']);

/** The sample with its 项目台账 sheet replaced by `ledger` (or by several sheets in its place). */
export function withLedger(ledger: GridSheet | ReadonlyArray<GridSheet>): Grid {
  const base = sampleWorkbookGrid();
  const sheets: GridSheet[] = [];
  for (const s of base.sheets) {
    if (s.name === SAMPLE_SHEETS.ledger) sheets.push(...(Array.isArray(ledger) ? ledger : [ledger as GridSheet]));
    else sheets.push(s);
  }
  return { sheets };
}

/** A project's cell, amounts scaled to `unit` (the sample's amounts are in 万元). */
function cell(p: SampleProject, key: ProjectKey, unit: '万元' | '元' = '万元'): CellValue {
  const v = cleanCell(p, key);
  if (unit === '元' && AMOUNTS.has(key) && typeof v === 'number') return Math.round(v * 1_000_000) / 100; // exact to the 分
  return v;
}

const pad = (width: number, cells: ReadonlyArray<CellValue>): CellValue[] => [...cells, ...Array<CellValue>(Math.max(0, width - cells.length)).fill(null)];

/** The column order of the multi-row shapes: the amounts grouped (总投资, 财政, 自筹 | 以前年度, 本年). */
const GROUPED: ReadonlyArray<ProjectKey> = [
  'id', 'name', 'unit', 'creditCode', 'region', 'cohortYear', 'industry', 'patentNo', 'patentType', 'legalStatus',
  'totalInvestment', 'approved', 'socialInvestment', 'priorDisbursed', 'disbursed',
  'contractStart', 'contractEnd', 'status', 'newPatents', 'trainees', 'certified', 'note',
];
const HEADER_OF: ReadonlyMap<ProjectKey, string> = new Map(LEDGER_HEADERS.map(([k, h]) => [k, h] as const));

export interface MultiRowOptions {
  /** Merge the group cells across and the single-level headers down (as Excel files do); false: blank cells (as a CSV has). */
  readonly merged?: boolean;
  readonly unit?: '万元' | '元';
}

/**
 * Two-row header: `资金来源` over 财政资金 | 自筹资金, `拨付情况` over 以前年度累计拨付 | 本年拨付, the
 * other headers on the first row (merged down), a title and a `单位：…` line above.
 */
export function twoRowHeaderLedger(o: MultiRowOptions = {}): GridSheet {
  const merged = o.merged ?? true;
  const unit = o.unit ?? '万元';
  const w = GROUPED.length;
  const at = (k: ProjectKey): number => GROUPED.indexOf(k);
  const top: CellValue[] = GROUPED.map((k) => HEADER_OF.get(k)!);
  const sub: CellValue[] = Array<CellValue>(w).fill(null);
  top[at('approved')] = '资金来源';
  top[at('socialInvestment')] = null;
  sub[at('approved')] = '财政资金';
  sub[at('socialInvestment')] = '自筹资金';
  top[at('priorDisbursed')] = '拨付情况';
  top[at('disbursed')] = null;
  sub[at('priorDisbursed')] = '以前年度累计拨付';
  sub[at('disbursed')] = '本年拨付';
  const values: CellValue[][] = [pad(w, [LEDGER_TITLE]), pad(w, [`单位：${unit}`]), top, sub, ...sampleProjects().map((p) => GROUPED.map((k) => cell(p, k, unit)))];
  const merges: Merge[] = [{ top: 0, left: 0, bottom: 0, right: w - 1 }];
  if (merged) {
    merges.push({ top: 2, left: at('approved'), bottom: 2, right: at('socialInvestment') });
    merges.push({ top: 2, left: at('priorDisbursed'), bottom: 2, right: at('disbursed') });
    for (let c = 0; c < w; c++) if (sub[c] === null) merges.push({ top: 2, left: c, bottom: 3, right: c });
  }
  return { name: SAMPLE_SHEETS.ledger, values, ...(merged ? { merges } : {}) };
}

/**
 * Three-row header: `资金情况（元）` over the five amount columns; under it 项目总投资 (merged down),
 * `资金来源` over 财政 | 自筹 and `拨付情况` over 以前年度累计 | 本年 — leaves that only the group
 * completes; amounts in 元, the unit given by the top group alone (no unit line).
 */
export function threeRowHeaderLedger(o: MultiRowOptions = {}): GridSheet {
  const merged = o.merged ?? true;
  const unit = o.unit ?? '元';
  const w = GROUPED.length;
  const at = (k: ProjectKey): number => GROUPED.indexOf(k);
  const r1: CellValue[] = GROUPED.map((k) => HEADER_OF.get(k)!);
  const r2: CellValue[] = Array<CellValue>(w).fill(null);
  const r3: CellValue[] = Array<CellValue>(w).fill(null);
  const first = at('totalInvestment');
  const last = at('disbursed');
  for (let c = first; c <= last; c++) r1[c] = null;
  r1[first] = `资金情况（${unit}）`;
  r2[first] = '项目总投资';
  r2[at('approved')] = '资金来源';
  r3[at('approved')] = '财政';
  r3[at('socialInvestment')] = '自筹';
  r2[at('priorDisbursed')] = '拨付情况';
  r3[at('priorDisbursed')] = '以前年度累计';
  r3[at('disbursed')] = '本年';
  const values: CellValue[][] = [pad(w, [LEDGER_TITLE]), r1, r2, r3, ...sampleProjects().map((p) => GROUPED.map((k) => cell(p, k, unit)))];
  const merges: Merge[] = [{ top: 0, left: 0, bottom: 0, right: w - 1 }];
  if (merged) {
    merges.push({ top: 1, left: first, bottom: 1, right: last });
    merges.push({ top: 2, left: at('approved'), bottom: 2, right: at('socialInvestment') });
    merges.push({ top: 2, left: at('priorDisbursed'), bottom: 2, right: at('disbursed') });
    merges.push({ top: 2, left: first, bottom: 3, right: first });
    for (let c = 0; c < w; c++) if (c < first || c > last) merges.push({ top: 1, left: c, bottom: 3, right: c });
  }
  return { name: SAMPLE_SHEETS.ledger, values, ...(merged ? { merges } : {}) };
}

/** The plain ledger with the rows above its header replaced (title, unit lines, notes) and amounts in `unit`. */
export function ledgerWithAbove(above: ReadonlyArray<ReadonlyArray<CellValue>>, unit: '万元' | '元' = '万元', name: string = SAMPLE_SHEETS.ledger): GridSheet {
  const w = LEDGER_HEADERS.length;
  const values: CellValue[][] = [...above.map((r) => pad(w, r)), LEDGER_HEADERS.map(([, h]) => h), ...sampleProjects().map((p) => LEDGER_HEADERS.map(([k]) => cell(p, k, unit)))];
  return { name, values };
}

/** The sample's projects by prefecture, in the order of the official list. */
export function projectsByPrefecture(): ReadonlyArray<readonly [string, SampleProject[]]> {
  const by = new Map<string, SampleProject[]>(XINJIANG_PREFECTURES.map((r) => [r, []]));
  for (const p of sampleProjects()) {
    const list = by.get(p.region);
    if (!list) throw new Error(`sample project ${p.id} is in ${p.region}, not a prefecture`);
    list.push(p);
  }
  return [...by.entries()].filter(([, ps]) => ps.length > 0);
}

export interface PerPrefectureOptions {
  /** Keep the 地州市 column (default true); without it the sheet name says the prefecture. */
  readonly withRegion?: boolean;
  /** Sheet name of a prefecture (default: its official name). */
  readonly sheetName?: (prefecture: string, index: number) => string;
}

/** One sheet per 地州市 with the same header (title and unit line above), in the order of the official list. */
export function perPrefectureLedgers(o: PerPrefectureOptions = {}): GridSheet[] {
  const withRegion = o.withRegion ?? true;
  const keys = LEDGER_HEADERS.filter(([k]) => withRegion || k !== 'region');
  const w = keys.length;
  return projectsByPrefecture().map(([region, ps], i) => ({
    name: o.sheetName ? o.sheetName(region, i) : region,
    values: [pad(w, [`${LEDGER_TITLE}（${region}）`]), pad(w, ['单位：万元']), keys.map(([, h]) => h), ...ps.map((p) => keys.map(([k]) => cell(p, k)))],
    merges: [{ top: 0, left: 0, bottom: 0, right: w - 1 }],
  }));
}

/** A ledger sheet as CSV text (RFC 4180: quotes doubled, fields with a comma, quote or line break quoted). */
export function toCsv(sheet: GridSheet, eol = '\r\n'): string {
  const field = (v: CellValue): string => {
    let s: string;
    if (v === null) s = '';
    else if (typeof v === 'object' && v.kind === 'date') s = `${v.year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
    else if (typeof v === 'object') s = v.code;
    else s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return sheet.values.map((r) => r.map(field).join(',')).join(eol) + eol;
}

/** A bad read: the two-row header with its sub-header row cut, so 财政支持资金 and 本年拨付 are not found (S002). */
export function badReadGrid(): Grid {
  const sheet = twoRowHeaderLedger({ merged: true });
  return withLedger({ ...sheet, values: sheet.values.filter((_, r) => r !== 3), merges: sheet.merges!.filter((m) => m.bottom < 3) });
}
