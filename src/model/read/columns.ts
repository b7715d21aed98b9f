/**
 * Column catalogues of the table sheets (workbook.md): one metadata row per column, so that the
 * reader, the templates and the messages all use the same names and aliases.
 */
import type { ProjectKey } from '../records';
import { headerKey, headerReadings, stripSpaces } from './text';

/** The dashes and words people write between the months of a span (`1-7月`, `1—7月`, `1至7月`). */
const SPAN_MARKS = ['-', '—', '－', '~', '～', '至'] as const;

/** `1-M月{what}` for every cut-off month and every way of writing the span (monitor.md's aliases). */
export function monthSpanAliases(what: string): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) for (const d of SPAN_MARKS) out.push(`1${d}${m}月${what}`);
  return out;
}

/** `prose`: free text a person wrote (备注), kept as written — its full-width ，（） are not made half-width as a name's are. */
export type FieldType = 'text' | 'prose' | 'year' | 'amount' | 'date' | 'count' | 'bool' | 'number' | 'patent';

/**
 * How a year written in a column's header is read — the one decision for every catalogue (header.ts matchYearPath:
 * readTable, and knownKeys when it looks for the header row):
 *  - 'sheetYear' (the default): the sheet's year names the column: `2018年拨付资金` / `2018年度拨付` in a 2018 ledger
 *    is 本年拨付, `2018年得分` is 得分. Another year's (`2017年拨付` in a 2018 ledger: one year of a breakdown) is no
 *    field, nor is any year while the sheet's year is not known.
 *  - 'sheetYearOrUnknown': as 'sheetYear', and also while the sheet's year is not known — the indicators' target and
 *    actual (`2018年度指标值`, `2018年实际完成值`): a sheet of one year. Another year's is still none (a 2019
 *    request's reference column 2018年实际完成值 is last year's, not this year's actual).
 *  - 'yearsBefore': the years before the sheet's, paid so far: `截至2017年底累计拨付`, `2017年及以前年度拨付`,
 *    `2018年以前拨付` (a leaf `2017年及以前` under 拨付) in a 2018 ledger are 以前年度累计拨付. Only this reading.
 * The sheet's year is 配置's 评价年度, else the year the rows above the header or the sheet's name write (readTable).
 */
export type YearInHeader = 'sheetYear' | 'sheetYearOrUnknown' | 'yearsBefore';

export interface ColumnDef<K extends string> {
  readonly key: K;
  readonly header: string;
  readonly aliases: ReadonlyArray<string>;
  readonly type: FieldType;
  readonly required: boolean;
  /**
   * The column that names a record (项目编号): a row with it blank may be a note or a block title
   * (table.ts, bodyOf), one with it filled never is.
   */
  readonly identity?: boolean;
  /** How a year written in the header is read (YearInHeader); 'sheetYear' when not said. */
  readonly yearInHeader?: YearInHeader;
  /** Also read as `1-M月{monthSpans}` for any month and way of writing the span (monitor.md); not listed in messages. */
  readonly monthSpans?: string | ReadonlyArray<string>;
  /**
   * Names of another thing that stands in for this column only where the table has none under its own header or
   * aliases: 县市区 (counties) for 地州市, 下达日期 for 立项年度, 补助金额 for 财政支持资金 in another fund's ledger.
   * Beside a column under its own names such a column is one the check does not read (S004, a note), not a second
   * 地州市 (S003, a warning: a ledger with 地州市 and 县市区 is an ordinary one). Listed last among the accepted names.
   */
  readonly standIns?: ReadonlyArray<string>;
  /**
   * A value that may share one column with another such value under a header joined by a slash (`指标值/实际完成值`,
   * each cell `≥90%/95%`): readIndicators reads each its part (table.ts pairedHeader, pairedPart). Only where a reader
   * splits the cells: a ledger's `项目名称/承担单位` read whole as both would be a wrong name and a wrong unit.
   */
  readonly paired?: boolean;
  /**
   * What was done (实际完成值) is never a forecast: a header that names this column and is marked a forecast (text.ts
   * NOT_YET: `实际完成值（预计）`, `2021年实际完成（预测）`) names the column of this key instead (header.ts asForecast).
   * A plan is its own key: `年度指标值（计划）` is still the target, `计划拨付（预计）` still 计划拨付 (after any column under
   * their own names). Without it, a marked header names no column (`2021年拨付（预计）` is never 本年拨付).
   */
  readonly forecast?: K;
  /**
   * What is paid has a plan: a header that names this column marked a plan (text.ts: `（计划）`, `（拟）`, not `（预计）`)
   * names the column of this key (`2021年拨付（计划）`, `本年拨付（计划）`: 计划拨付), after any column under its own names.
   */
  readonly plan?: K;
}

/**
 * The columns `jx merge` adds to the consolidated 项目台账 (which file, sheet and row a project came
 * from, and the 地州市 the row wrote where the consolidated 地州市 reads it otherwise: a county, a short
 * name): known, not fields, so a consolidated ledger read again has no unknown columns (S004).
 */
export const PROVENANCE_HEADERS = ['来源文件', '来源工作表', '来源行', '原填地州市'] as const;

/**
 * A county column's headers (县（市、区）, the first, is how `jx merge` writes it): a stand-in for 地州市 where a ledger
 * has none, and beside a 地州市 column the project's county (Table.county), which the 汇总 carries after 地州市.
 */
export const COUNTY_HEADERS = ['县（市、区）', '县市区', '县(市、区)', '县市', '区县', '所属县市', '所属县市区', '所属县（市、区）'] as const;

export const LEDGER_COLUMNS: ReadonlyArray<ColumnDef<ProjectKey>> = [
  { key: 'id', header: '项目编号', aliases: ['编号', '项目代码', '合同编号', '项目号', '立项编号', '合同号', '项目合同编号', '项目编码'], type: 'text', required: true, identity: true },
  { key: 'name', header: '项目名称', aliases: ['项目名'], type: 'text', required: true },
  { key: 'unit', header: '承担单位', aliases: ['项目承担单位', '单位名称', '申报单位', '执行单位', '申报部门', '项目单位', '实施单位', '承担单位名称', '承担企业', '项目承担企业', '企业名称', '申报企业', '项目负责单位', '负责单位'], type: 'text', required: true },
  { key: 'creditCode', header: '统一社会信用代码', aliases: ['信用代码', '社会信用代码', '统一信用代码', '社会统一信用代码'], type: 'text', required: false },
  { key: 'region', header: '地州市', aliases: ['所属地区', '地区', '推荐单位', '地州', '州市', '地市', '所属地州市', '所属地州', '所属州市', '地州市名称', '所在地区', '所在地州', '所在地州市'], standIns: [...COUNTY_HEADERS, '行政区划代码', '区划代码', '行政区划'], type: 'text', required: true },
  { key: 'cohortYear', header: '立项年度', aliases: ['立项年份', '项目年度', '年度', '开始执行年份', '立项批次', '下达年度', '立项时间', '立项日期'], standIns: ['下达日期', '下达时间', '批复日期', '批复时间', '立项批复时间', '立项批复日期'], type: 'year', required: true },
  { key: 'industry', header: '产业领域', aliases: ['所属产业', '行业领域', '所属行业', '产业类别'], type: 'text', required: false },
  { key: 'patentNo', header: '专利号', aliases: ['专利申请号', '申请号', '专利号码', '授权专利号', '专利号/申请号', '申请号/专利号'], type: 'patent', required: true },
  { key: 'patentType', header: '专利类型', aliases: ['专利类别', '专利种类'], type: 'text', required: false },
  { key: 'legalStatus', header: '法律状态', aliases: ['专利法律状态', '专利状态'], type: 'text', required: true },
  { key: 'totalInvestment', header: '项目总投资', aliases: ['总投资', '计划总投资', '总投资额', '项目投资总额'], type: 'amount', required: true },
  { key: 'approved', header: '财政支持资金', aliases: ['财政资金', '资助金额', '支持资金', '财政支持金额', '资助资金', '财政资助资金', '财政补助资金', '补助资金', '立项资助金额', '批复金额', '批复资金', '财政补助'], standIns: ['补助金额', '补助额度', '资金额度', '资助额度', '下达资金', '下达金额', '安排资金', '安排金额', '分配资金', '分配金额', '扶持资金', '扶持金额', '奖补资金', '奖补金额', '补贴资金', '补贴金额'], type: 'amount', required: true },
  { key: 'priorDisbursed', header: '以前年度累计拨付', aliases: ['累计已拨付', '往年拨付', '以前年度拨付', '以前年度已拨付', '往年累计拨付', '以前年度累计拨款'], yearInHeader: 'yearsBefore', type: 'amount', required: false },
  // Mid-year (monitor.md): 截至监控日拨付, 1-7月拨付 …: the amount paid so far this year, as of the cut-off.
  { key: 'disbursed', header: '本年拨付', aliases: ['本年拨付资金', '本年拨款', '本年度拨付', '本年拨付金额', '当年拨付', '本年度拨款', '年度资金总额', '本年下达资金', '截至监控日拨付', '本年已拨付', '本年实际拨付', '已拨付', '拨付金额', '拨付资金', '拨付'], monthSpans: ['拨付', '已拨付', '拨付资金', '已拨付资金', '拨付金额', '拨款', '执行数'], type: 'amount', required: true, plan: 'planned' },
  { key: 'socialInvestment', header: '带动社会投入', aliases: ['社会投入', '自筹资金', '带动社会投资', '社会资金投入', '企业自筹', '自筹'], type: 'amount', required: false },
  { key: 'contractStart', header: '合同开始日期', aliases: ['开始日期', '起始日期', '合同起始日期', '项目开始日期', '开始时间'], type: 'date', required: false },
  { key: 'contractEnd', header: '合同结束日期', aliases: ['结束日期', '完成日期', '合同截止日期', '项目结束日期', '截止日期', '结束时间'], type: 'date', required: false },
  { key: 'status', header: '项目状态', aliases: ['状态', '结项状态', '实施状态', '执行状态', '项目进展'], type: 'text', required: false },
  { key: 'newPatents', header: '新申请专利数', aliases: ['新申请专利', '新申请专利数量', '新增专利申请'], type: 'count', required: false },
  { key: 'trainees', header: '培训人次', aliases: ['培训人数'], type: 'count', required: false },
  { key: 'certified', header: '贯标认证', aliases: ['通过贯标', '是否贯标', '贯标'], type: 'bool', required: false },
  { key: 'note', header: '备注', aliases: [], type: 'prose', required: false },
  // Mid-year (monitor.md): what the year's plan pays each project; 全年预计执行数's suggestion adds what is still due. A
  // project's 全年预计执行数 (预计全年执行数, 全年预计拨付) is that too: what the whole year is expected to pay it, of which
  // the suggestion adds what is not paid yet (Σ max(预计, 已拨付) with what is paid: the year's expected execution).
  { key: 'planned', header: '计划拨付', aliases: ['本年计划拨付', '全年计划拨付', '本年度计划拨付', '年度计划拨付', '计划拨付资金', '本年计划拨付资金', '全年计划拨付资金', '计划拨付金额', '本年计划拨款', '计划拨款', '全年预计执行数', '预计全年执行数', '全年预计执行', '全年预计拨付', '预计全年拨付', '全年预计拨付资金', '预计全年拨付资金'], type: 'amount', required: false, forecast: 'planned' },
];

export const INDICATOR_KEYS = [
  'level1', 'level2', 'level3', 'op', 'target', 'unit', 'actual', 'source', 'points', 'score', 'deviation', 'explanation',
  'monitored', 'forecast', 'causes', 'causeNote', 'likelihood', 'correction', 'adjustedTarget',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/**
 * The indicator table's columns by their canonical headers, in the order of the forms (INDICATORSCORE reads these, and
 * the default column of each key is its place here). The headers people write for them (预期指标值, 调整后（家）, 原因分析 …)
 * are added in read/indicatorColumns.ts (INDICATOR_COLUMNS), which a workbook's check reads and functions.js
 * (≤ 60 KB gzipped, issue 4) does not carry.
 */
export const INDICATOR_HEADERS: ReadonlyArray<ColumnDef<IndicatorKey>> = [
  { key: 'level1', header: '一级指标', aliases: [], type: 'text', required: false },
  { key: 'level2', header: '二级指标', aliases: [], type: 'text', required: false },
  { key: 'level3', header: '三级指标', aliases: [], type: 'text', required: true },
  { key: 'op', header: '指标性质', aliases: [], type: 'text', required: false },
  { key: 'target', header: '年度指标值', aliases: [], yearInHeader: 'sheetYearOrUnknown', type: 'text', required: false, paired: true, forecast: 'target' },
  { key: 'unit', header: '度量单位', aliases: [], type: 'text', required: false },
  { key: 'actual', header: '实际完成值', aliases: [], yearInHeader: 'sheetYearOrUnknown', type: 'text', required: false, paired: true, forecast: 'forecast' },
  { key: 'source', header: '数据来源', aliases: [], type: 'text', required: false },
  { key: 'points', header: '分值', aliases: [], type: 'number', required: false },
  { key: 'score', header: '得分', aliases: [], type: 'number', required: false },
  { key: 'deviation', header: '偏差原因分析及改进措施', aliases: [], type: 'text', required: false },
  { key: 'explanation', header: '指标解释', aliases: [], type: 'text', required: false },
  { key: 'monitored', header: '监控期完成值', aliases: [], type: 'text', required: false, paired: true },
  { key: 'forecast', header: '全年预计完成值', aliases: [], type: 'text', required: false, paired: true },
  { key: 'causes', header: '偏差原因类别', aliases: [], type: 'text', required: false },
  { key: 'causeNote', header: '偏差原因说明', aliases: [], type: 'text', required: false },
  { key: 'likelihood', header: '完成目标可能性', aliases: [], type: 'text', required: false },
  { key: 'correction', header: '纠偏措施', aliases: [], type: 'text', required: false },
  { key: 'adjustedTarget', header: '调整后目标值', aliases: [], type: 'text', required: false },
];

/**
 * The alias table. Beyond workbook.md's aliases it holds the headers that budget systems and
 * prefecture offices write (issue 12, item 5: 执行单位/申报部门/项目单位/实施单位 → 承担单位;
 * 年度/开始执行年份 → 立项年度; 结项状态 → 项目状态; 申报目标/目标值/年度目标值 → 年度指标值),
 * and more of the same class (README, "Headers the reader knows"; sweep C6: 项目编码, 项目负责单位,
 * 立项时间 (a date cell gives its year), 专利号/申请号, 专利状态, and 批复金额 — the amount the fund
 * approved for the project, which is what 财政支持资金 is: workbook.md's `approved`). An exact canonical header
 * always wins over an alias (readTable).
 */

/** Normalised header text → column key, for one catalogue. */
export function headerIndex<K extends string>(defs: ReadonlyArray<ColumnDef<K>>): ReadonlyMap<string, ColumnDef<K>> {
  // Built once per catalogue: every sheet's first rows are matched against it several times.
  const known = indexes.get(defs);
  if (known) return known as ReadonlyMap<string, ColumnDef<K>>;
  const m = new Map<string, ColumnDef<K>>();
  for (const d of defs) {
    m.set(d.header, d);
    for (const a of d.aliases) m.set(a, d);
    for (const a of d.standIns ?? []) m.set(a, d);
    for (const what of typeof d.monthSpans === 'string' ? [d.monthSpans] : d.monthSpans ?? []) for (const a of monthSpanAliases(what)) m.set(a, d);
  }
  indexes.set(defs, m);
  return m;
}
const indexes = new WeakMap<ReadonlyArray<ColumnDef<string>>, ReadonlyMap<string, ColumnDef<string>>>();

/** Every header a column is known by: its own, then its aliases, then its stand-ins. */
export function acceptedNamesOf<K extends string>(def: ColumnDef<K>): ReadonlyArray<string> {
  return [def.header, ...def.aliases, ...(def.standIns ?? [])];
}

/** A header cell read against a catalogue: its column, the unit it names, and whether it is the canonical header. */
export interface HeaderMatch<K extends string> {
  readonly def: ColumnDef<K>;
  readonly unit?: '万元' | '元';
  readonly canonical: boolean;
  /**
   * How specifically the header names its column: 0 the canonical header, then the aliases in catalogue order (the
   * catalogue lists the specific ones first: 本年度拨付 before 已拨付), the month spans last. Of two columns naming the
   * same field, the lower rank is read (readTable).
   */
  readonly rank: number;
  /** Named by a stand-in (ColumnDef.standIns): read only where no column has the field's own names. */
  readonly standIn: boolean;
}

/** The column a header text names (the first reading of headerReadings the catalogue knows). */
export function matchHeader<K extends string>(raw: string, index: ReadonlyMap<string, ColumnDef<K>>): HeaderMatch<K> | undefined {
  const readings = headerReadings(raw);
  for (const r of readings) {
    const def = index.get(r.key);
    if (def) {
      const names = acceptedNamesOf(def);
      const named = names.indexOf(r.key);
      return { def, unit: r.unit, canonical: r.key === def.header, rank: named < 0 ? names.length : named, standIn: named > def.aliases.length };
    }
  }
  return undefined;
}

/** A header that names a year: `2018年拨付资金`, `截至2017年底累计拨付`, `2017年及以前年度拨付`, a leaf `2018年` under 拨付. */
const YEAR_HEADER = /^(截至|截止到?|至)?((?:19|20)\d{2})年度?(底|末)?(及以前|及之前|以前|之前|前)?(?:年度)?(累计)?(已)?/;
const PAID = /^(?:拨付|拨款|下达)?(?:资金|金额)?$/;

/** How a header's year stands to the sheet's: its year (`2018年…` in a 2018 sheet), the years before it, or a sheet of no known year. */
export type YearRelation = 'sheetYear' | 'yearsBefore' | 'unknownYear';

/**
 * The ways a header written with a year (`2018年拨付资金`) may be read, the year put in words: `sheetYear` ones
 * `本年拨付资金` then `拨付资金` (any header: `2018年培训人次` → 本年培训人次, 培训人次), a `yearsBefore` one
 * `以前年度累计拨付` (`截至2017年底累计拨付`, `2017年及以前年度拨付`, `2018年以前拨付`; a leaf `2017年及以前` under
 * 拨付 → 以前年度累计, which its group completes), and, while the sheet's year is not known (`sheetYear`
 * undefined), `unknownYear` ones for a plain `2018年…`. A header of another year is none, as is a text with no year.
 * Which column takes which reading is the column's yearInHeader (acceptsYear).
 */
export function yearReadings(text: string, sheetYear: number | undefined): { text: string; relation: YearRelation }[] {
  const t = stripSpaces(text).replace(/^\*+|\*+$/g, '').replace(/^其中[:：]/, '');
  const m = YEAR_HEADER.exec(t);
  if (!m) return [];
  const [whole, upTo, y, end, before, cumulative] = m;
  const year = Number(y);
  const rest = t.slice(whole.length);
  const plain = upTo === undefined && end === undefined && before === undefined && cumulative === undefined;
  const words = (relation: YearRelation) => [{ text: `本年${rest}`, relation }, ...(rest ? [{ text: rest, relation }] : [])];
  if (sheetYear === undefined) return plain ? words('unknownYear') : [];
  const paidSoFar = upTo !== undefined || end !== undefined || (before !== undefined && before.startsWith('及')) || cumulative !== undefined;
  const beforeThis = before !== undefined && !before.startsWith('及');
  if ((year === sheetYear - 1 && paidSoFar) || (year === sheetYear && beforeThis)) {
    const { key, unit } = headerKey(rest);
    if (!PAID.test(key)) return [];
    return [{ text: `以前年度累计${key ? '拨付' : ''}${unit ? `（${unit}）` : ''}`, relation: 'yearsBefore' }];
  }
  return year === sheetYear && plain ? words('sheetYear') : [];
}

/** Whether a column is read off a header whose year stands so to the sheet's (the column's yearInHeader). */
export function acceptsYear<K extends string>(def: ColumnDef<K>, relation: YearRelation): boolean {
  const how = def.yearInHeader ?? 'sheetYear';
  if (relation === 'yearsBefore') return how === 'yearsBefore';
  if (relation === 'unknownYear') return how === 'sheetYearOrUnknown';
  return how !== 'yearsBefore';
}
