/** Reading the 配置 sheet (fund profile): one `参数 | 值` pair per row, defaults applied. */
import type { CellValue, GridSheet } from '../grid';
import type { Finding } from '../findings';
import { L003 } from '../rules/reading';
import type { ExpectedCode } from '../rules/vocab';
import type { MoneyUnit } from '../money';
import { profileSchema, type Profile } from '../records';
import { DEFAULT_LAYOUT, SCHEME_IDS } from '../selfeval/layouts';
import { BUDGET_PARAM, PROFILE_DEFAULTS as BASE_DEFAULTS } from './defaults';
import { DEFAULT_REGIONS } from './regions';
import { headerKey, cleanText, chineseYearDigits, stripSpaces } from './text';
import { chineseNumber } from './targets';
import { isBlank, rawText, readAmount, readDate, readNumber, readProse, readText, readYear, type Read } from './values';

type ParamType = 'text' | 'year' | 'amount' | 'int' | 'number' | 'list' | 'unit' | 'scheme' | 'inverse' | 'caps' | 'month' | 'date';

interface ParamDef {
  readonly key: keyof Profile;
  readonly names: ReadonlyArray<string>;
  readonly type: ParamType;
}

/** One row per parameter of workbook.md and scoring.md's province options. */
export const PROFILE_PARAMS: ReadonlyArray<ParamDef> = [
  { key: 'projectName', names: ['项目名称'], type: 'text' },
  { key: 'agency', names: ['预算单位', '主管部门'], type: 'text' },
  { key: 'implementer', names: ['实施单位'], type: 'text' },
  { key: 'fiscalYear', names: ['评价年度', '年度'], type: 'year' },
  { key: 'unit', names: ['金额单位'], type: 'unit' },
  { key: 'maxCarryYears', names: ['最长结转年限'], type: 'int' },
  { key: 'regions', names: ['地区范围'], type: 'list' },
  { key: 'industries', names: ['支持产业'], type: 'list' },
  { key: 'maxApproved', names: ['单项资助上限'], type: 'amount' },
  { key: 'minLeverage', names: ['最低带动比'], type: 'number' },
  { key: 'budgetInitial', names: ['年初预算数'], type: 'amount' },
  { key: 'budget', names: [BUDGET_PARAM], type: 'amount' },
  { key: 'executed', names: ['全年执行数'], type: 'amount' },
  { key: 'budgetFiscal', names: ['财政拨款', '财政拨款预算数', '当年财政拨款', '当年财政拨款预算数', '财政拨款全年预算数'], type: 'amount' },
  { key: 'executedFiscal', names: ['财政拨款执行数', '当年财政拨款执行数', '财政拨款全年执行数'], type: 'amount' },
  { key: 'budgetInitialFiscal', names: ['财政拨款年初预算数', '当年财政拨款年初预算数'], type: 'amount' },
  { key: 'budgetCarried', names: ['上年结转资金', '上年结转资金预算数', '上年结转资金全年预算数'], type: 'amount' },
  { key: 'executedCarried', names: ['上年结转资金执行数', '上年结转资金全年执行数'], type: 'amount' },
  { key: 'budgetInitialCarried', names: ['上年结转资金年初预算数'], type: 'amount' },
  { key: 'budgetOther', names: ['其他资金', '其他资金预算数', '其他资金全年预算数'], type: 'amount' },
  { key: 'executedOther', names: ['其他资金执行数', '其他资金全年执行数'], type: 'amount' },
  { key: 'budgetInitialOther', names: ['其他资金年初预算数'], type: 'amount' },
  { key: 'goal', names: ['年度总体目标', '预期目标'], type: 'text' },
  { key: 'goalResult', names: ['实际完成情况', '实际完成目标'], type: 'text' },
  { key: 'reportSubject', names: ['报告称谓'], type: 'text' },
  { key: 'previousBudget', names: ['上年预算数', '上年全年预算数'], type: 'amount' },
  { key: 'scheme', names: ['分值方案'], type: 'scheme' },
  { key: 'monitorMonth', names: ['监控截止月份', '监控月份', '监控期'], type: 'month' },
  { key: 'monitorDate', names: ['监控日期', '监控截止日期'], type: 'date' },
  { key: 'forecastExecuted', names: ['全年预计执行数'], type: 'amount' },
  { key: 'goalProgress', names: ['目标执行情况', '总体目标执行情况', '年度总体目标执行情况'], type: 'text' },
  { key: 'inverseMethod', names: ['反向指标算法'], type: 'inverse' },
  { key: 'deviationPenalty', names: ['偏离扣分'], type: 'number' },
  { key: 'rateCaps', names: ['执行率封顶'], type: 'caps' },
];

const PARAM_INDEX: ReadonlyMap<string, ParamDef> = new Map(PROFILE_PARAMS.flatMap((d) => d.names.map((n) => [n, d] as const)));

/** The defaults of workbook.md, 分值方案 the registry's first. */
export const PROFILE_DEFAULTS = { ...BASE_DEFAULTS, scheme: DEFAULT_LAYOUT };

/** What L003.profile says a parameter expected. */
interface Expected {
  readonly expected: ExpectedCode;
  readonly options?: ReadonlyArray<string>;
  readonly unit?: MoneyUnit;
}

const isSchemeId = (s: string): boolean => (SCHEME_IDS as ReadonlyArray<string>).includes(s);

export interface ProfileRead {
  readonly profile: Profile;
  /** Where each given parameter's value sits (absolute 0-based). */
  readonly cells: Partial<Record<keyof Profile, { row: number; col: number }>>;
  readonly findings: Finding[];
}

function paramName(v: CellValue): { def: ParamDef; unit?: MoneyUnit } | undefined {
  if (typeof v !== 'string') return undefined;
  const { key, unit } = headerKey(v.replace(/^\s*其中[:：]\s*/, ''));
  const def = PARAM_INDEX.get(key.replace(/[:：]$/, ''));
  return def ? { def, unit } : undefined;
}

function splitList(s: string): string[] {
  return s.split(/[、,，;；\r\n]+/).map((x) => cleanText(x)).filter(Boolean);
}

/** `0.7-0.8:89; 0.6-0.7:79` → bands. */
export function parseRateCaps(s: string): { lower: number; upper: number; cap: number }[] | null {
  const out: { lower: number; upper: number; cap: number }[] = [];
  for (const part of s.split(/[;；\r\n]+/).map((x) => x.trim()).filter(Boolean)) {
    const m = /^(\d+(?:\.\d+)?)(%?)\s*[-~～—]\s*(\d+(?:\.\d+)?)(%?)\s*[:：]\s*(\d+(?:\.\d+)?)$/.exec(cleanText(part).replace(/\s+/g, ''));
    if (!m) return null;
    const lo = Number(m[1]) / (m[2] ? 100 : 1);
    const hi = Number(m[3]) / (m[4] ? 100 : 1);
    const cap = Number(m[5]);
    // 400 digits read as Infinity, which is no band (and would break the profile's schema).
    if (![lo, hi, cap].every(Number.isFinite)) return null;
    out.push({ lower: lo, upper: hi, cap });
  }
  return out.length ? out : null;
}

const VALUE_HEADERS: ReadonlySet<string> = new Set(['值', '参数值', '取值', '数值']);

/** The column (relative) of a `值` header in the first rows, when the sheet has a `参数 | 值` header row. */
function valueColumn(sheet: GridSheet): number | undefined {
  for (const row of sheet.values.slice(0, 10)) {
    const c = row.findIndex((v) => typeof v === 'string' && VALUE_HEADERS.has(headerKey(v).key));
    if (c >= 0) return c;
  }
  return undefined;
}

/** Headers of a column that explains the parameters rather than giving their values (`参数 | 说明`, a template's notes). */
const NOTES_HEADERS: ReadonlySet<string> = new Set(['说明', '备注', '填写说明', '填报说明', '参数说明', '含义', '释义', '解释', '注释', '描述', '填写要求', '填写方法']);
/** Headers of the parameters' names column. */
const NAME_HEADERS: ReadonlySet<string> = new Set(['参数', '参数名称', '参数名', '名称', '项目']);

/**
 * Whether the first rows hold a `参数 | 说明` header row: a names header whose next header is a notes header. A notes
 * column after another (`项目 | 内容 | 备注`, `参数 | 填写内容 | 填写说明`: the values under a header VALUE_HEADERS does
 * not know) is a 配置's remarks, not a sheet of notes.
 */
function notesHeader(sheet: GridSheet): boolean {
  return sheet.values.slice(0, 10).some((row) => {
    const keys = row.map((v) => (typeof v === 'string' ? headerKey(v).key : ''));
    const n = keys.findIndex((k) => NAME_HEADERS.has(k));
    const next = n < 0 ? undefined : keys.slice(n + 1).find((k) => k !== '');
    return next !== undefined && NOTES_HEADERS.has(next);
  });
}

/**
 * What a sheet's first `rows` rows say about it being a 配置: how many different known parameters
 * head its rows (`评价年度`, `预算单位`, …), whether a `参数 | 值` header row is among them, and whether
 * it only explains them (`notesOnly`: a `参数 | 说明` header and no `值` column — a template's 参数说明,
 * whose cells say how to fill a parameter, never its value).
 */
export function profileShape(sheet: GridSheet, rows: number): { readonly params: number; readonly valueHeader: boolean; readonly notesOnly: boolean } {
  const seen = new Set<keyof Profile>();
  const head = sheet.values.slice(0, rows);
  for (const cellsOfRow of head) {
    const c = cellsOfRow.findIndex((v) => !isBlank(v));
    const name = c < 0 ? undefined : paramName(cellsOfRow[c]);
    if (name) seen.add(name.def.key);
  }
  const valueHeader = valueColumn(sheet) !== undefined;
  return { params: seen.size, valueHeader, notesOnly: !valueHeader && notesHeader(sheet) };
}

export function readProfile(sheet: GridSheet | undefined): ProfileRead {
  const findings: Finding[] = [];
  const cells: ProfileRead['cells'] = {};
  const raw: Partial<Record<keyof Profile, unknown>> = {};
  const o = sheet?.origin ?? { row: 0, col: 0 };
  const pending: { def: ParamDef; unit?: MoneyUnit; v: CellValue; row: number; col: number }[] = [];

  if (sheet) {
    const valueCol = valueColumn(sheet);
    sheet.values.forEach((cellsOfRow, rel) => {
      const c = cellsOfRow.findIndex((v) => !isBlank(v));
      if (c < 0) return;
      const name = paramName(cellsOfRow[c]);
      if (!name || cells[name.def.key]) return; // unknown rows (e.g. the 参数 | 值 header) and repeats are skipped
      // Under a `值` header the value is in that column (a 说明 column beside it is not a value);
      // else it is the next non-blank cell (a name merged over two cells leaves one blank).
      let vc = c + 1;
      if (valueCol !== undefined && valueCol > c) vc = valueCol;
      else {
        while (vc < cellsOfRow.length && isBlank(cellsOfRow[vc])) vc++;
        if (vc >= cellsOfRow.length) vc = c + 1;
      }
      const v = vc < cellsOfRow.length ? cellsOfRow[vc] : null;
      const at = { row: o.row + rel, col: o.col + vc };
      cells[name.def.key] = at;
      pending.push({ def: name.def, unit: name.unit, v, ...at });
    });
  }

  // The unit first: amounts depend on it.
  const unitEntry = pending.find((p) => p.def.type === 'unit');
  let unit: MoneyUnit = PROFILE_DEFAULTS.unit;
  if (unitEntry && !isBlank(unitEntry.v)) {
    const t = readText(unitEntry.v);
    if (t.kind === 'ok' && (t.value === '万元' || t.value === '元')) unit = t.value;
    else badValue(unitEntry, { expected: 'oneOf', options: ['万元', '元'] });
  }

  /** L003.profile: what the value was expected to be, and the values allowed or the unit of an amount. */
  function badValue(p: { def: ParamDef; v: CellValue; row: number; col: number }, expected: Expected): void {
    findings.push(L003.finding.profile({ sheet: sheet!.name, row: p.row, col: p.col }, { field: p.def.names[0], raw: rawText(p.v), ...expected }));
  }

  for (const p of pending) {
    if (p.def.type === 'unit' || isBlank(p.v)) continue;
    const take = <T>(r: Read<T>, expected: Expected, check: (x: T) => boolean = () => true): void => {
      if (r.kind === 'ok' && check(r.value)) raw[p.def.key] = r.value;
      else badValue(p, expected);
    };
    switch (p.def.type) {
      case 'text': take(readProse(p.v), { expected: 'text' }); break; // names and goals are printed as typed
      case 'year': take(readYear(p.v), { expected: 'year' }); break;
      case 'amount': take(readAmount(p.v, p.unit ?? unit), { expected: 'amount', unit: p.unit ?? unit }); break;
      case 'int': take(readNumber(typeof p.v === 'string' ? p.v.replace(/\s*年$/, '') : p.v), { expected: 'int' }, (x) => Number.isSafeInteger(x) && x >= 0); break;
      case 'number': take(readNumber(p.v), { expected: 'number' }); break;
      case 'list': take(readText(p.v), { expected: 'list' }); if (typeof raw[p.def.key] === 'string') raw[p.def.key] = splitList(raw[p.def.key] as string); break;
      case 'scheme': {
        // A layout id as written, or as a year (`2020年`, `２０２０`).
        const y = readYear(p.v);
        const t = readText(p.v);
        const id = [y.kind === 'ok' ? String(y.value) : undefined, t.kind === 'ok' ? t.value : undefined].find((s) => s !== undefined && isSchemeId(s));
        if (id !== undefined) raw.scheme = id;
        else badValue(p, { expected: 'oneOf', options: SCHEME_IDS });
        break;
      }
      case 'month': {
        const month = cutoffMonth(p.v) ?? NaN;
        if (month >= 1 && month <= 11) raw.monitorMonth = month;
        else badValue(p, { expected: 'month' });
        break;
      }
      case 'date': take(readDate(p.v), { expected: 'date' }); break;
      case 'inverse': take(readText(p.v), { expected: 'oneOf', options: ['线性', '比值'] }, (s) => s === '线性' || s === '比值'); break;
      case 'caps': {
        const t = readText(p.v);
        const caps = t.kind === 'ok' ? parseRateCaps(t.value) : null;
        if (caps) raw.rateCaps = caps;
        else badValue(p, { expected: 'caps' });
        break;
      }
    }
  }

  const agency = (raw.agency as string | undefined) ?? PROFILE_DEFAULTS.agency;
  const profile = profileSchema().parse({
    projectName: raw.projectName ?? PROFILE_DEFAULTS.projectName,
    agency,
    implementer: raw.implementer ?? agency,
    fiscalYear: raw.fiscalYear,
    unit,
    maxCarryYears: raw.maxCarryYears ?? PROFILE_DEFAULTS.maxCarryYears,
    regions: (raw.regions as string[] | undefined)?.length ? raw.regions : [...DEFAULT_REGIONS],
    industries: raw.industries ?? [],
    maxApproved: raw.maxApproved,
    minLeverage: raw.minLeverage,
    budgetInitial: raw.budgetInitial,
    budget: raw.budget ?? raw.budgetInitial,
    executed: raw.executed,
    budgetFiscal: raw.budgetFiscal,
    executedFiscal: raw.executedFiscal,
    budgetCarried: raw.budgetCarried,
    executedCarried: raw.executedCarried,
    budgetOther: raw.budgetOther,
    executedOther: raw.executedOther,
    budgetInitialFiscal: raw.budgetInitialFiscal,
    budgetInitialCarried: raw.budgetInitialCarried,
    budgetInitialOther: raw.budgetInitialOther,
    goal: raw.goal,
    goalResult: raw.goalResult,
    reportSubject: raw.reportSubject,
    previousBudget: raw.previousBudget,
    scheme: raw.scheme ?? PROFILE_DEFAULTS.scheme,
    monitorMonth: raw.monitorMonth,
    monitorDate: raw.monitorDate,
    forecastExecuted: raw.forecastExecuted,
    goalProgress: raw.goalProgress,
    inverseMethod: raw.inverseMethod ?? PROFILE_DEFAULTS.inverseMethod,
    deviationPenalty: raw.deviationPenalty,
    rateCaps: raw.rateCaps ?? [],
  });
  return { profile, cells, findings };
}

/** Quarters and halves people write for a cut-off: the month they end. */
const PERIOD_MONTHS: Readonly<Record<string, number>> = {
  一季度: 3, 第一季度: 3, 一季度末: 3, 上半年: 6, 半年: 6, 二季度: 6, 第二季度: 6, 二季度末: 6, 前两季度: 6, 三季度: 9, 第三季度: 9, 三季度末: 9, 前三季度: 9,
};

/**
 * 监控截止月份 as written (monitor.md): `7`, `7月`, `7月底`, `1-7月`, `1—7月`, Chinese numerals (`七月`, `一至七月`), a
 * quarter or half (`上半年` 6, `前三季度` 9), or the cut-off date itself (a date cell, `2018-06-30`, `2018年6月30日`): its
 * month. The caller keeps 1–11 (a 12th month is the year's end).
 */
export function cutoffMonth(v: CellValue): number | undefined {
  if (typeof v === 'object' && v !== null && v.kind === 'date') return v.month;
  const t = readText(v);
  if (t.kind !== 'ok') return undefined;
  const s = cleanText(t.value).replace(/\s+/g, '');
  if (PERIOD_MONTHS[s] !== undefined) return PERIOD_MONTHS[s];
  if (/^\d{4}\s*[-/.年]/.test(s)) {
    const d = readDate(s);
    return d.kind === 'ok' ? d.value.month : undefined;
  }
  const m = /^(?:(?:1|一)[-—－~～至到])?(\d{1,2}|[一二三四五六七八九十]{1,3})(?:月(?:份|底|末)?)?$/.exec(s);
  if (!m) return undefined;
  const n = /\d/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
  return n === null ? undefined : n;
}

/**
 * The fund a title line names, where 配置 names none: the words that end in 资金 and open the line, after its year and
 * the prefecture before it (`2020年度自治区科技成果转化专项资金项目明细表` → 自治区科技成果转化专项资金, `阿克苏地区2020年度农业发展专项
 * 资金项目表` → 农业发展专项资金), and only before a table's words (项目, 台账, 明细, 绩效, 表 …) or the line's end. A note
 * (`3. 本年拨付指…拨付到项目单位的资金。`), a line with punctuation in the name, a title without 资金 (2019年度项目台账) or
 * with words of any fund only (项目资金, 财政专项资金) names none. The first line, in order, that names one.
 */
const FUND_IN_TITLE = /^(?:[\u4e00-\u9fa5]{0,12}?\d{4}年度?)?([\u4e00-\u9fa5]{2,30}?资金)(?=项目|台账|明细|安排|分配|使用|执行|情况|汇总|绩效|自评|监控|目标|表|[（(]|$)/;
/**
 * Words that name no fund of their own (项目资金, 财政专项资金, 自治区补助资金, 第一批专项资金), also with the money's state or
 * place before them (结转专项资金, 已拨付专项资金, 各地州市专项资金, 以前年度结余资金).
 */
const GENERIC_FUND =
  /^(?:自治区|中央|省级|本级|上级|财政|专项|项目|补助|(?:已|拟|待)?(?:下达|拨付|分配)|结转|结余|以前年度|上年度?|本年度?|各(?:地州市?|地市|地区|州市|县市区?|市县区?|县区)|和|及|和|及|第[一二三四五六七八九十\d]{1,3}批次?)*资金$/;
/**
 * How a fund's name ends: the kind of fund it is (专项资金, 发展资金, 补助资金 …). Money described by its state, its batch
 * or its place (结转资金, 已拨付资金, 拟下达资金, 第一批资金, 各地州市资金, 中央和自治区资金) is no fund's name.
 */
const FUND_KIND = /(?:专项|发展|补助|引导|奖补|以奖代补|扶持|奖励|补贴|扶贫|衔接|激励|救助|救灾)资金$/;
export function fundNamedIn(titles: ReadonlyArray<string>): string | undefined {
  for (const t of titles) {
    const m = FUND_IN_TITLE.exec(chineseYearDigits(stripSpaces(t)));
    if (m && FUND_KIND.test(m[1]) && !GENERIC_FUND.test(m[1])) return m[1];
  }
  return undefined;
}
