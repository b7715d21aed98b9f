/** Row rules of 项目台账: each looks at one project. One entry per rule: its messages and its code. */
import { parsePatentNumber, validPatentKind, type PatentKind } from '../algorithms/patent';
import { checkUscc, validAsWritten } from '../algorithms/uscc';
import type { Finding } from '../findings';
import { compareDates, isoDate, type DateValue } from '../grid';
import { headerIndex, LEDGER_COLUMNS, matchHeader } from '../read/columns';
import { matchRegion, type RegionMatch } from '../read/regions';
import { inForce, projectStatusOf } from '../read/status';
import type { Project } from '../records';
import { cellOf, cellValueOf, fieldName, lostToNumber, money, writtenOf, type LedgerContext } from './context';
import { defineRule, msg, P, reporter, type Messages, type Report, type Rule, type RuleSpec } from './define';
import { AMOUNT_KEYS, COUNT_KEYS } from './keys';
import { PATENT_TYPE_TEXT } from './vocab';

type RowCheck<M extends Messages> = (p: Project, ctx: LedgerContext, report: Report<M>) => void;
export type RowRule<Id extends string = string, M extends Messages = Messages> = Rule<Id, M> & { readonly row: RowCheck<M> };

/** A rule with its row check. */
function rowRule<const Id extends string, const M extends Messages>(spec: RuleSpec<Id, M> & { readonly row: RowCheck<M> }): RowRule<Id, M> {
  return defineRule(spec);
}

/** 0.01 in the profile unit, in 分. */
const tolerance = (ctx: LedgerContext): number => (ctx.profile.unit === '万元' ? 10_000 : 1);

export const L005 = rowRule({
  id: 'L005', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '立项年度超出范围', 'en-US': 'Cohort year out of range' },
  messages: {
    future: msg({
      params: { year: P.number, fiscalYear: P.number },
      'zh-CN': (p) => `立项年度 ${p.year} 晚于评价年度 ${p.fiscalYear}。`,
      'en-US': (p) => `Cohort year ${p.year} is after the fiscal year ${p.fiscalYear}.`,
    }),
    old: msg({
      params: { year: P.number, fiscalYear: P.number, earliest: P.number, maxCarryYears: P.number },
      'zh-CN': (p) => `立项年度 ${p.year} 早于 ${p.earliest} 年（评价年度 ${p.fiscalYear} − 最长结转年限 ${p.maxCarryYears} 年），已超过结转期限。`,
      'en-US': (p) => `Cohort year ${p.year} is before ${p.earliest} (fiscal year ${p.fiscalYear} − maximum carry-over ${p.maxCarryYears} years).`,
    }),
  },
  row: (p, ctx, report) => {
    const fy = ctx.fiscalYear;
    if (fy === undefined || p.cohortYear === undefined) return;
    const earliest = fy - ctx.profile.maxCarryYears;
    if (p.cohortYear > fy) report.future(cellOf(ctx, p, 'cohortYear'), { year: p.cohortYear, fiscalYear: fy });
    else if (p.cohortYear < earliest)
      report.old(cellOf(ctx, p, 'cohortYear'), { year: p.cohortYear, fiscalYear: fy, earliest, maxCarryYears: ctx.profile.maxCarryYears });
  },
});

export const L006 = rowRule({
  id: 'L006', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '地州市不在范围内', 'en-US': 'Region not allowed' },
  messages: {
    main: msg({
      params: { region: P.text },
      'zh-CN': (p) => `地州市“${p.region}”不在地区范围内。`,
      'en-US': (p) => `Region "${p.region}" is not in the fund's list of regions.`,
    }),
    short: msg({
      severity: 'info',
      title: { 'zh-CN': '地州市简称', 'en-US': 'Region shortened' },
      params: { region: P.text, official: P.text },
      'zh-CN': (p) => `地州市“${p.region}”不是规范名称，按“${p.official}”读取。`,
      'en-US': (p) => `Region "${p.region}" is not the official name; it is read as "${p.official}".`,
    }),
    /** A county (伊宁市) in the 地州市 column: counted under its prefecture. Not said under a 县市区 column, which holds counties. */
    county: msg({
      severity: 'info',
      title: { 'zh-CN': '县市按所属地州市计', 'en-US': 'County under its prefecture' },
      params: { region: P.text, official: P.text },
      'zh-CN': (p) => `地州市“${p.region}”是县（市、区），按其所属的“${p.official}”计。`,
      'en-US': (p) => `Region "${p.region}" is a county; it is counted under its prefecture "${p.official}".`,
    }),
  },
  row: (p, ctx, report) => {
    if (p.region === undefined) return;
    const m = regionMatch(ctx, p.region);
    // a 地州市's code under a column of codes or counties (行政区划代码, 县市区) is what the column holds: no word
    if (m.kind === 'short' && !(countyColumn(ctx) && /^\d/.test(p.region))) report.short(cellOf(ctx, p, 'region'), { region: p.region, official: m.official });
    else if (m.kind === 'county' && !countyColumn(ctx)) report.county(cellOf(ctx, p, 'region'), { region: p.region, official: m.official });
    else if (m.kind === 'unknown') report.main(cellOf(ctx, p, 'region'), { region: p.region });
  },
});

/** The last 地州市 header countyColumn was asked about, and its answer. */
let lastRegionHeader: string | undefined;
let lastCountyColumn = false;

/**
 * The ledger's 地州市 is read from a column of counties (县市区: a stand-in of 地州市, columns.ts), where a county is no surprise.
 * Remembered for the last header asked: L006 asks it at each row of a short name or a county (5,000 rows of 乌市 or 伊犁州 in
 * 100,000), and matching a header again is most of such a row's check.
 */
function countyColumn(ctx: LedgerContext): boolean {
  const header = ctx.ledger.table.columns.region?.header;
  if (header === undefined) return false;
  if (header !== lastRegionHeader) {
    lastCountyColumn = matchHeader(header, headerIndex(LEDGER_COLUMNS))?.standIn === true;
    lastRegionHeader = header;
  }
  return lastCountyColumn;
}

/** Distinct 地州市 texts whose match a ledger context keeps (a hostile ledger may write 100,000). */
const REGION_MATCHES_KEPT = 1024;

/** matchRegion of a 地州市 text, once per distinct text of the ledger: a ledger writes a few names 100,000 times. */
function regionMatch(ctx: LedgerContext, written: string): RegionMatch {
  let m = ctx.regionMatches.get(written);
  if (m === undefined) {
    m = matchRegion(written, ctx.allowedRegions, ctx.counties);
    if (ctx.regionMatches.size < REGION_MATCHES_KEPT) ctx.regionMatches.set(written, m);
  }
  return m;
}

export const L007 = rowRule({
  id: 'L007', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '专利号错误', 'en-US': 'Bad patent number' },
  messages: {
    main: msg({
      params: { raw: P.text },
      'zh-CN': (p) => `专利号“${p.raw}”格式不正确（应为 12 位或 8 位申请号加校验位，如 ZL201710736136.2）。`,
      'en-US': (p) => `Patent number "${p.raw}" is malformed (expected a 12- or 8-digit application number plus check digit, e.g. ZL201710736136.2).`,
    }),
    check: msg({
      params: { raw: P.text, expected: P.text },
      'zh-CN': (p) => `专利号“${p.raw}”校验位错误，按申请号计算应为 ${p.expected}。`,
      'en-US': (p) => `Patent number "${p.raw}" has a wrong check digit; it should be ${p.expected}.`,
    }),
    /** Two or more numbers in one cell (`…、…`, `…；…`): each may be right, the cell is not one number. */
    several: msg({
      params: { raw: P.text, count: P.number },
      'zh-CN': (p) => `专利号“${p.raw}”：一格中有 ${p.count} 个专利号，每格只填一个。`,
      'en-US': (p) => `Patent number "${p.raw}": one cell holds ${p.count} numbers; write one per cell.`,
    }),
    /** Saved in scientific notation (a CSV from Excel of numbers typed without ZL): the digits are gone. */
    number: msg({
      params: { raw: P.text },
      'zh-CN': (p) => `专利号“${p.raw}”是以数字录入、显示为科学计数法的，申请号的数字已丢失，无法校验。请将该列设为文本格式，重新录入完整的专利号（如 ZL201710736136.2）。`,
      'en-US': (p) => `Patent number "${p.raw}" was entered as a number and saved in scientific notation: the digits of the application number are lost and it cannot be checked. Format the column as text and type the full number again (e.g. ZL201710736136.2).`,
    }),
  },
  row: (p, ctx, report) => {
    // A valid number (the usual row) needs no parse; the parse says what is wrong with another.
    if (p.patentNo === undefined || patentKindOf(p.patentNo) !== undefined) return;
    const r = parsePatentNumber(p.patentNo);
    if (r.ok) return;
    const at = cellOf(ctx, p, 'patentNo');
    const raw = writtenOf(ctx, p, 'patentNo', p.patentNo);
    if (lostToNumber(cellValueOf(ctx, p, 'patentNo'))) {
      report.number(at, { raw });
      return;
    }
    const count = r.reason === 'format' ? numbersIn(p.patentNo) : 0;
    if (count > 1) report.several(at, { raw, count });
    else if (r.reason === 'check') report.check(at, { raw, expected: r.expectedCheck ?? '' });
    else report.main(at, { raw });
  },
});

/** The last 专利号 patentKindOf was asked about, and its answer. */
let lastPatent: string | undefined;
let lastPatentKind: PatentKind | undefined;

/**
 * validPatentKind of a 专利号, remembered for the last number asked: L007 and then L008 ask it of
 * each row's number, one after the other (the second answer is a comparison of the two texts).
 */
export function patentKindOf(raw: string): PatentKind | undefined {
  if (raw !== lastPatent) {
    lastPatentKind = validPatentKind(raw);
    lastPatent = raw;
  }
  return lastPatentKind;
}

/** How many patent numbers (right or with a wrong check digit) a cell lists, separated by 、，；/ or spaces. */
function numbersIn(text: string): number {
  const parts = text.split(/[、,，;；/\s]+/);
  return parts.length > 1 && parts.every((t) => {
    const q = parsePatentNumber(t);
    return q.ok || q.reason !== 'format';
  }) ? parts.length : 0;
}

/** What L008 takes off a written 专利类型 before comparing it (a written type mostly has none). */
const PATENT_TYPE_NOISE = /\s|专利$/;

export const L008 = rowRule({
  id: 'L008', category: 'ledger', severity: 'warning',
  title: { 'zh-CN': '专利类型不符', 'en-US': 'Patent type mismatch' },
  messages: {
    main: msg({
      params: { written: P.text, raw: P.text, type: P.code(PATENT_TYPE_TEXT) },
      'zh-CN': (p) => `专利类型“${p.written}”与专利号 ${p.raw} 的类型位（${p.type}）不一致。`,
      'en-US': (p) => `Patent type "${p.written}" disagrees with the type digit of ${p.raw} (${p.type}).`,
    }),
  },
  row: (p, ctx, report) => {
    if (p.patentNo === undefined || p.patentType === undefined) return;
    const type = patentKindOf(p.patentNo);
    if (type === undefined) return; // L007
    if (p.patentType === type) return; // the number's own type, written plainly (the usual row): nothing to take off or compare
    // `发明专利`, `实用新型专利`: the type with the word 专利 after it is the same type.
    const written = PATENT_TYPE_NOISE.test(p.patentType) ? p.patentType.replace(/\s/g, '').replace(/专利$/, '') : p.patentType;
    if (written !== type && !(written === '发明' && type === 'PCT发明') && !(written === '实用新型' && type === 'PCT实用新型'))
      report.main(cellOf(ctx, p, 'patentType'), { written: p.patentType, raw: p.patentNo, type });
  },
});

export const L009 = rowRule({
  id: 'L009', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '专利未处于有效状态', 'en-US': 'Patent not in force' },
  messages: {
    main: msg({
      params: { status: P.text },
      'zh-CN': (p) => `专利法律状态为“${p.status}”，本资金只支持有效专利。`,
      'en-US': (p) => `Patent legal status is "${p.status}"; the fund only supports patents in force.`,
    }),
  },
  row: (p, ctx, report) => {
    // 授权, 有效（已授权）, 专利权维持 … are in force too (read/status.ts); an unknown word is not known to be.
    if (p.legalStatus !== undefined && !inForce(p.legalStatus))
      report.main(cellOf(ctx, p, 'legalStatus'), { status: p.legalStatus });
  },
});

export const L010 = rowRule({
  id: 'L010', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '统一社会信用代码错误', 'en-US': 'Bad credit code' },
  messages: {
    check: msg({
      params: { code: P.text, expected: P.text },
      'zh-CN': (p) => `统一社会信用代码“${p.code}”校验位错误，应为 ${p.expected}。`,
      'en-US': (p) => `Unified social credit code "${p.code}" has a wrong check character; it should be ${p.expected}.`,
    }),
    org: msg({
      severity: 'warning',
      params: { code: P.text, expected: P.text },
      'zh-CN': (p) => `统一社会信用代码“${p.code}”中的组织机构代码校验位不符（应为 ${p.expected}），请核对。`,
      'en-US': (p) => `The organization code inside credit code "${p.code}" has a wrong check character (expected ${p.expected}); please verify.`,
    }),
    charset: msg({
      params: { code: P.text, char: P.text },
      'zh-CN': (p) => `统一社会信用代码“${p.code}”含有不允许的字符“${p.char}”（不使用 I、O、Z、S、V）。`,
      'en-US': (p) => `Credit code "${p.code}" contains the character "${p.char}", which is not allowed (I, O, Z, S, V are not used).`,
    }),
    length: msg({
      params: { code: P.text, length: P.number },
      'zh-CN': (p) => `统一社会信用代码“${p.code}”应为 18 位，实为 ${p.length} 位。`,
      'en-US': (p) => `Credit code "${p.code}" must have 18 characters, it has ${p.length}.`,
    }),
    number: msg({
      params: { code: P.text },
      'zh-CN': (p) => `统一社会信用代码“${p.code}”是以数字录入的：Excel 只保留 15 位有效数字，其后各位已变为 0（或显示为科学计数法），原代码无法校验。请将该列设为文本格式，重新录入完整的 18 位代码。`,
      'en-US': (p) => `Credit code "${p.code}" was entered as a number: Excel keeps 15 significant digits, so the rest became 0 (or it shows in scientific notation) and the code cannot be checked. Format the column as text and type the full 18-character code again.`,
    }),
  },
  row: (p, ctx, report) => {
    if (p.creditCode === undefined || validCode(ctx, p.creditCode)) return; // the usual row: no result made
    const r = checkUscc(p.creditCode);
    if (r.ok) return;
    const at = cellOf(ctx, p, 'creditCode');
    const code = writtenOf(ctx, p, 'creditCode', p.creditCode);
    // typed as a number (or saved in scientific notation in a CSV): its digits past 15 are lost, and a check
    // character computed from them ("应为 M") would be a wrong code that passes
    if (lostToNumber(cellValueOf(ctx, p, 'creditCode'))) {
      report.number(at, { code });
      return;
    }
    if (r.reason === 'orgCheck') report.org(at, { code, expected: r.expected ?? '' });
    else if (r.reason === 'check') report.check(at, { code, expected: r.expected ?? '' });
    else if (r.reason === 'charset') report.charset(at, { code, char: r.badChar ?? '' });
    else report.length(at, { code, length: [...r.code].length });
  },
});

/** Distinct 统一社会信用代码 texts whose validAsWritten a ledger context keeps. */
const CREDIT_CODES_KEPT = 4096;

/**
 * validAsWritten of a credit code, once per distinct text of the ledger: a unit's code is written
 * on each of its projects (169 codes on 100,000 rows), and one look-up costs a fifth of the check.
 */
function validCode(ctx: LedgerContext, code: string): boolean {
  let valid = ctx.creditCodesValid.get(code);
  if (valid === undefined) {
    valid = validAsWritten(code);
    if (ctx.creditCodesValid.size < CREDIT_CODES_KEPT) ctx.creditCodesValid.set(code, valid);
  }
  return valid;
}

export const L011 = rowRule({
  id: 'L011', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '超额拨付', 'en-US': 'Over-disbursement' },
  messages: {
    main: msg({
      params: { prior: P.decimal, disbursed: P.decimal, sum: P.decimal, approved: P.decimal, excess: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `以前年度累计拨付 ${p.prior} + 本年拨付 ${p.disbursed} = ${p.sum} ${p.unit}，超过财政支持资金 ${p.approved} ${p.unit}（超出 ${p.excess} ${p.unit}）。`,
      'en-US': (p) => `Prior disbursements ${p.prior} + this year ${p.disbursed} = ${p.sum} ${p.unit} exceed the approved support of ${p.approved} ${p.unit} (by ${p.excess} ${p.unit}).`,
    }),
  },
  row: (p, ctx, report) => {
    if (p.approved === undefined || p.disbursed === undefined) return;
    // a negative amount is L012's finding; its sum against the others would say the same cause twice
    if (p.approved < 0 || p.disbursed < 0 || (p.priorDisbursed ?? 0) < 0) return;
    const prior = p.priorDisbursed ?? 0;
    const sum = prior + p.disbursed;
    if (sum > p.approved)
      report.main(cellOf(ctx, p, 'disbursed'), {
        prior: money(ctx, prior), disbursed: money(ctx, p.disbursed), sum: money(ctx, sum),
        approved: money(ctx, p.approved), excess: money(ctx, sum - p.approved), unit: ctx.profile.unit,
      });
  },
});

export const L012 = rowRule({
  id: 'L012', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '金额或数量为负', 'en-US': 'Negative amount or count' },
  messages: {
    main: msg({
      /** `unit` for amounts; a count has none. */
      params: { field: P.text, value: P.decimal, unit: P.optional(P.moneyUnit) },
      'zh-CN': (p) => `“${p.field}”为负数 ${p.value}${p.unit ? ' ' + p.unit : ''}。`,
      'en-US': (p) => `"${p.field}" is negative: ${p.value}${p.unit ? ' ' + p.unit : ''}.`,
    }),
  },
  row: (p, ctx, report) => {
    if (!anyNegative(p)) return;
    for (const key of AMOUNT_KEYS) {
      const v = p[key];
      if (v !== undefined && v < 0) report.main(cellOf(ctx, p, key), { field: fieldName(key), value: money(ctx, v), unit: ctx.profile.unit });
    }
    for (const key of COUNT_KEYS) {
      const v = p[key];
      if (v !== undefined && v < 0) report.main(cellOf(ctx, p, key), { field: fieldName(key), value: String(v) });
    }
  },
});

/**
 * Whether an amount or a count of the project is negative: L012's question of every row, asked
 * with a read of each field by its name (the usual row has none; reading through a variable key,
 * `p[key]`, is V8's slow generic read).
 */
function anyNegative(p: Project): boolean {
  return (p.totalInvestment ?? 0) < 0 || (p.approved ?? 0) < 0 || (p.priorDisbursed ?? 0) < 0 || (p.disbursed ?? 0) < 0 ||
    (p.socialInvestment ?? 0) < 0 || (p.newPatents ?? 0) < 0 || (p.trainees ?? 0) < 0;
}
// anyNegative reads the fields L012 reports: a key added to AMOUNT_KEYS or COUNT_KEYS fails to compile here until it is read there too.
const NEGATIVE_CHECKED: readonly ['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment', 'newPatents', 'trainees'] = [...AMOUNT_KEYS, ...COUNT_KEYS];
void NEGATIVE_CHECKED;

export const L014 = rowRule({
  id: 'L014', category: 'ledger', severity: 'warning',
  title: { 'zh-CN': '带动社会投入不符', 'en-US': 'Social investment mismatch' },
  messages: {
    main: msg({
      params: { given: P.decimal, total: P.decimal, approved: P.decimal, expected: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `带动社会投入 ${p.given} ${p.unit} 与 项目总投资 ${p.total} − 财政支持资金 ${p.approved} = ${p.expected} ${p.unit} 不符。`,
      'en-US': (p) => `Social investment ${p.given} ${p.unit} differs from total investment ${p.total} − approved ${p.approved} = ${p.expected} ${p.unit}.`,
    }),
  },
  row: (p, ctx, report) => {
    if (p.socialInvestment === undefined || p.totalInvestment === undefined || p.approved === undefined) return;
    const expected = p.totalInvestment - p.approved;
    if (Math.abs(p.socialInvestment - expected) > tolerance(ctx))
      report.main(cellOf(ctx, p, 'socialInvestment'), {
        given: money(ctx, p.socialInvestment), total: money(ctx, p.totalInvestment), approved: money(ctx, p.approved),
        expected: money(ctx, expected), unit: ctx.profile.unit,
      });
  },
});

export const L016 = rowRule({
  id: 'L016', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '合同日期问题', 'en-US': 'Contract dates' },
  messages: {
    main: msg({
      params: { start: P.date, end: P.date },
      'zh-CN': (p) => `合同结束日期 ${p.end} 早于合同开始日期 ${p.start}。`,
      'en-US': (p) => `Contract end ${p.end} is before contract start ${p.start}.`,
    }),
    overdue: msg({
      severity: 'warning',
      /** `status`: the 项目状态 as written (实施中 when blank). */
      params: { end: P.date, fiscalYear: P.number, status: P.text },
      'zh-CN': (p) => `合同已于 ${p.end} 到期，但项目状态仍为“${p.status}”，请督促验收。`,
      'en-US': (p) => `The contract ended on ${p.end} but the project is still in progress: acceptance is overdue.`,
    }),
  },
  row: (p, ctx, report) => {
    if (p.contractStart && p.contractEnd && compareDates(p.contractEnd, p.contractStart) < 0) {
      report.main(cellOf(ctx, p, 'contractEnd'), { start: isoDate(p.contractStart), end: isoDate(p.contractEnd) });
      return;
    }
    const fy = ctx.fiscalYear;
    // Overdue acceptance is judged only where the ledger states a 项目状态: without that column,
    // every finished contract would be flagged on the default 实施中.
    if (!ctx.ledger.table.columns.status) return;
    // 在研, 执行中 … are 实施中 too (read/status.ts); the message quotes the word written.
    const status = p.status ?? '实施中';
    if (fy !== undefined && p.contractEnd && (status === '实施中' || projectStatusOf(status) === '实施中') && beforeYearEnd(p.contractEnd, fy))
      report.overdue(cellOf(ctx, p, 'contractEnd'), { end: isoDate(p.contractEnd), fiscalYear: fy, status });
  },
});

/** Whether a date comes before 12-31 of `year`: compareDates against that day, with no date made at every row. */
function beforeYearEnd(d: DateValue, year: number): boolean {
  return (d.year - year || d.month - 12 || d.day - 31) < 0;
}

export const L017 = rowRule({
  id: 'L017', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '终止或中止项目仍拨款', 'en-US': 'Terminated or suspended project paid' },
  messages: {
    main: msg({
      /** `status`: the 项目状态 as written (终止, 撤销 …). */
      params: { disbursed: P.decimal, unit: P.moneyUnit, status: P.text },
      'zh-CN': (p) => `项目状态为“${p.status}”，但本年拨付 ${p.disbursed} ${p.unit}。`,
      'en-US': (p) => `The project is terminated but received ${p.disbursed} ${p.unit} this year.`,
    }),
    /** 中止 (suspended, read/status.ts): not ended, so not the error; the payment is to be verified. */
    suspended: msg({
      severity: 'warning',
      params: { disbursed: P.decimal, unit: P.moneyUnit, status: P.text },
      'zh-CN': (p) => `项目状态为“${p.status}”（中止，暂停实施），但本年拨付 ${p.disbursed} ${p.unit}：请核实拨付的依据。`,
      'en-US': (p) => `The project is suspended ("${p.status}") but received ${p.disbursed} ${p.unit} this year: check what the payment was for.`,
    }),
    /**
     * 备注 opening with the word of an end or a stop (`已撤销`, `项目终止，已收回资金`, `已终止（2020年6月）`, `暂停`) where
     * 项目状态 says neither (or there is no such column): the note is free text, which may say why (收回), so the
     * payment is to be verified, a warning.
     */
    note: msg({
      severity: 'warning',
      params: { disbursed: P.decimal, unit: P.moneyUnit, note: P.text },
      'zh-CN': (p) => `备注“${p.note}”说明项目已停止，但本年拨付 ${p.disbursed} ${p.unit}：请核实拨付的依据。`,
      'en-US': (p) => `The note "${p.note}" says the project was stopped, but it received ${p.disbursed} ${p.unit} this year: check what the payment was for.`,
    }),
  },
  row: (p, ctx, report) => {
    if ((p.disbursed ?? 0) <= 0) return;
    const status = p.status && projectStatusOf(p.status);
    const stopped = status === '终止' || status === '中止';
    if (!stopped && !(p.note && STOPPED_NOTE.test(p.note))) return; // the usual paid project: no cell or amount text made
    const at = cellOf(ctx, p, 'disbursed');
    const args = { disbursed: money(ctx, p.disbursed!), unit: ctx.profile.unit };
    if (status === '终止') report.main(at, { ...args, status: p.status! });
    else if (status === '中止') report.suspended(at, { ...args, status: p.status! });
    else report.note(at, { ...args, note: p.note! });
  },
});

/**
 * A 备注 that opens by saying the project ended or stopped: `已撤销`, `项目已终止。`, `终止实施（2020年6月）`, `暂停，…`. 备注
 * is read as written (prose: its ，；：（ stay full-width), so the punctuation after the word is either width.
 */
const STOPPED_NOTE = /^(?:该?项目)?已?(?:终止|撤销|撤项|取消|中止|暂停)(?:实施|执行)?(?:$|[,;:(。，；：（、\s])/;

export const L018 = rowRule({
  id: 'L018', category: 'ledger', severity: 'error',
  title: { 'zh-CN': '超过单项资助上限', 'en-US': 'Over the per-project cap' },
  messages: {
    main: msg({
      params: { approved: P.decimal, max: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `财政支持资金 ${p.approved} ${p.unit} 超过单项资助上限 ${p.max} ${p.unit}。`,
      'en-US': (p) => `Approved support ${p.approved} ${p.unit} exceeds the per-project cap of ${p.max} ${p.unit}.`,
    }),
  },
  row: (p, ctx, report) => {
    const max = ctx.profile.maxApproved;
    if (max !== undefined && p.approved !== undefined && p.approved > max)
      report.main(cellOf(ctx, p, 'approved'), { approved: money(ctx, p.approved), max: money(ctx, max), unit: ctx.profile.unit });
  },
});

export const L019 = rowRule({
  id: 'L019', category: 'ledger', severity: 'warning',
  title: { 'zh-CN': '带动比偏低', 'en-US': 'Leverage too low' },
  messages: {
    main: msg({
      params: { leverage: P.number, min: P.number },
      'zh-CN': (p) => `带动比 ${p.leverage} 低于最低带动比 ${p.min}。`,
      'en-US': (p) => `Leverage ${p.leverage} is below the minimum of ${p.min}.`,
    }),
  },
  row: (p, ctx, report) => {
    const min = ctx.profile.minLeverage;
    if (min === undefined || p.totalInvestment === undefined || p.approved === undefined || p.approved <= 0) return;
    const leverage = (p.totalInvestment - p.approved) / p.approved;
    if (leverage < min) report.main(cellOf(ctx, p, 'totalInvestment'), { leverage: Math.round(leverage * 100) / 100, min });
  },
});

export const L020 = rowRule({
  id: 'L020', category: 'ledger', severity: 'warning',
  title: { 'zh-CN': '产业领域不在支持范围', 'en-US': 'Industry not supported' },
  messages: {
    main: msg({
      params: { industry: P.text, allowed: P.list },
      'zh-CN': (p) => `产业领域“${p.industry}”不在支持产业范围内（${p.allowed}）。`,
      'en-US': (p) => `Industry "${p.industry}" is not among the supported industries (${p.allowed}).`,
    }),
  },
  row: (p, ctx, report) => {
    if (ctx.industries.size && p.industry !== undefined && !ctx.industries.has(p.industry))
      report.main(cellOf(ctx, p, 'industry'), { industry: p.industry, allowed: [...ctx.industries] });
  },
});

export const L022 = rowRule({
  id: 'L022', category: 'ledger', severity: 'warning',
  title: { 'zh-CN': '财政支持资金大于总投资', 'en-US': 'Support exceeds total investment' },
  messages: {
    main: msg({
      params: { approved: P.decimal, total: P.decimal, unit: P.moneyUnit },
      'zh-CN': (p) => `财政支持资金 ${p.approved} ${p.unit} 大于项目总投资 ${p.total} ${p.unit}。`,
      'en-US': (p) => `Approved support ${p.approved} ${p.unit} exceeds the total investment of ${p.total} ${p.unit}.`,
    }),
  },
  row: (p, ctx, report) => {
    if (p.approved !== undefined && p.totalInvestment !== undefined && p.approved > p.totalInvestment)
      report.main(cellOf(ctx, p, 'approved'), { approved: money(ctx, p.approved), total: money(ctx, p.totalInvestment), unit: ctx.profile.unit });
  },
});

export const ROW_RULES = [L005, L006, L007, L008, L009, L010, L011, L012, L014, L016, L017, L018, L019, L020, L022] as const;

/**
 * Runs every row rule (or `rules`, in their order) over the projects, row by row. Each rule's check
 * and report are taken out of the rules once, then called from a call site of its own (ROW_CALLS of
 * them): a site that only ever sees one check is one V8 inlines into the loop, where a single site
 * for all the rules (a call through an array of functions) sees fifteen and makes 1.5 million calls
 * over 100,000 projects. Rules past ROW_CALLS go through the array.
 */
export function runRowRules(projects: ReadonlyArray<Project>, ctx: LedgerContext, emit: (f: Finding) => void, rules: ReadonlyArray<RowRule> = ROW_RULES as unknown as ReadonlyArray<RowRule>): void {
  const checks = rules.map((r) => r.row);
  const reports = rules.map((r) => reporter(r, emit));
  const n = checks.length;
  // The call sites no rule takes call a check that does nothing.
  while (checks.length < ROW_CALLS) checks.push(noCheck);
  const [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15] = checks;
  const [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15] = reports;
  for (let j = 0; j < projects.length; j++) {
    const p = projects[j];
    c0(p, ctx, r0);
    c1(p, ctx, r1);
    c2(p, ctx, r2);
    c3(p, ctx, r3);
    c4(p, ctx, r4);
    c5(p, ctx, r5);
    c6(p, ctx, r6);
    c7(p, ctx, r7);
    c8(p, ctx, r8);
    c9(p, ctx, r9);
    c10(p, ctx, r10);
    c11(p, ctx, r11);
    c12(p, ctx, r12);
    c13(p, ctx, r13);
    c14(p, ctx, r14);
    c15(p, ctx, r15);
    for (let i = ROW_CALLS; i < n; i++) checks[i](p, ctx, reports[i]);
  }
}

/** The call sites of runRowRules that take one rule each: the row rules of the ledger, and one to spare. */
const ROW_CALLS = 16;

/** What runRowRules calls at a call site no rule takes. */
const noCheck: RowCheck<Messages> = () => undefined;
