/** Builds small workbooks for rule tests: a valid default project, overridden per case. */
import type { CellValue, Grid, GridSheet, Merge } from '../../../src/model/grid';

export const HEADERS = [
  '项目编号', '项目名称', '承担单位', '统一社会信用代码', '地州市', '立项年度', '产业领域', '专利号', '专利类型', '法律状态',
  '项目总投资', '财政支持资金', '以前年度累计拨付', '本年拨付', '带动社会投入', '合同开始日期', '合同结束日期', '项目状态',
  '新申请专利数', '培训人次', '贯标认证', '备注',
] as const;
export type Header = (typeof HEADERS)[number];
export type Row = Partial<Record<Header, CellValue>>;

/** Valid patents (check digits computed per algorithms.md) for distinct rows. */
export const PATENTS = ['ZL200710308494.X', 'CN202111118032.8', '201710736136.2', 'ZL202110408724.X', '202210217055.2', 'ZL202220828888.8'];
export const CODES = ['914403001922038216', '91440300708461136T', '91330100716105852F', '91110000710925462X', '91110108MA005BCA25', '91110102689248179K'];

export function validRow(i: number): Row {
  return {
    项目编号: `XJZL2017-${String(i + 1).padStart(3, '0')}`,
    项目名称: `专利产业化项目${i + 1}`,
    承担单位: `新疆示例科技有限公司${i + 1}`,
    统一社会信用代码: CODES[i % CODES.length],
    地州市: '乌鲁木齐市',
    立项年度: 2017,
    产业领域: '新材料',
    专利号: PATENTS[i % PATENTS.length],
    专利类型: PATENTS[i % PATENTS.length].includes('2022208') ? '实用新型' : '发明',
    法律状态: '有效',
    项目总投资: 300,
    财政支持资金: 30,
    以前年度累计拨付: 10,
    本年拨付: 15,
    带动社会投入: 270,
    合同开始日期: '2017-06-30',
    合同结束日期: '2019-06-30',
    项目状态: '实施中',
    新申请专利数: 2,
    培训人次: 10,
    贯标认证: '否',
    备注: '',
  };
}

export interface Book {
  rows?: Row[];
  /** Rows added after the projects (e.g. a 合计 row) as raw arrays in header order. */
  extra?: CellValue[][];
  profile?: [string, CellValue][];
  headers?: ReadonlyArray<string>;
  above?: CellValue[][];
  merges?: Merge[];
  indicators?: CellValue[][];
}

export const LEDGER_SHEET = '项目台账';
export const DATA_ROW0 = 1; // 0-based sheet row of the first project when nothing is above the header

export function book(b: Book = {}): Grid {
  const headers = b.headers ?? HEADERS;
  const rows = b.rows ?? [validRow(0), validRow(1)];
  const values: CellValue[][] = [...(b.above ?? []), [...headers]];
  for (const r of rows) values.push(HEADERS.filter((h) => headers.includes(h)).map((h) => (r[h] === undefined ? null : r[h]!)));
  for (const e of b.extra ?? []) values.push(e);
  const sheets: GridSheet[] = [
    { name: '配置', values: [['参数', '值'], ['评价年度', 2018], ...(b.profile ?? [])] },
    { name: LEDGER_SHEET, values, merges: b.merges ?? [] },
  ];
  if (b.indicators) sheets.push({ name: '绩效指标', values: b.indicators });
  return { sheets };
}

/** Column letter of a header in the default layout. */
export function colOf(h: Header): string {
  return String.fromCharCode(65 + HEADERS.indexOf(h));
}

/** The indicator sheet's headers (columns A–K). */
export const INDICATOR_HEADERS = [
  '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施', '数据来源',
] as const;
export type IndicatorHeader = (typeof INDICATOR_HEADERS)[number];
export type IndicatorRow = Partial<Record<IndicatorHeader, CellValue>>;

/** Three indicators that score cleanly: points 50 / 30 / 10 (+ 10 for the budget), targets met, a 达成 qualitative one. */
export function validIndicators(): IndicatorRow[] {
  return [
    { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '支持项目数', 指标性质: '≥', 年度指标值: '2', 度量单位: '项', 实际完成值: '2', 分值: 50 },
    { 一级指标: '效益指标', 二级指标: '社会效益指标', 三级指标: '带动社会投入', 指标性质: '≥', 年度指标值: '500', 度量单位: '万元', 实际完成值: '540', 分值: 30 },
    { 一级指标: '满意度指标', 二级指标: '满意度指标', 三级指标: '企业满意度', 指标性质: '定性', 年度指标值: '满意', 实际完成值: '达成', 分值: 10 },
  ];
}

/** The default indicators with rows changed: `{ 0: { 分值: 40 } }` changes the first. */
export function indicators(over: Record<number, IndicatorRow> = {}): IndicatorRow[] {
  return validIndicators().map((r, i) => ({ ...r, ...over[i] }));
}

/** `n` indicator rows: the default three over and over, each named apart (支持项目数1, 带动社会投入2 …). */
export function manyIndicators(n: number): IndicatorRow[] {
  const three = validIndicators();
  return Array.from({ length: n }, (_, i) => ({ ...three[i % 3], 三级指标: `${String(three[i % 3].三级指标)}${i + 1}` }));
}

export interface ScoredBook extends Book {
  /** The indicator rows (default: validIndicators()). */
  indicatorRows?: IndicatorRow[];
}

/**
 * A book that also scores cleanly: budget = executed = Σ 本年拨付 (30), the default indicators.
 * A case's profile rows come first, so they win over these (配置 keeps the first of a name).
 */
export function scoredBook(b: ScoredBook = {}): Grid {
  const rows = b.indicatorRows ?? validIndicators();
  return book({
    ...b,
    profile: [...(b.profile ?? []), ['全年预算数', 30], ['全年执行数', 30]],
    indicators: [[...INDICATOR_HEADERS], ...rows.map((r) => INDICATOR_HEADERS.map((h) => (r[h] === undefined ? null : r[h]!)))],
  });
}
