/**
 * Indicator targets (年度指标值) as people write them: ONE table-driven grammar, used by the
 * indicator reader (and through it by the scoring, FINDINGS and INDICATORSCORE), the 自评表
 * layouts, the 绩效目标审核 review and the 绩效监控表.
 *
 * What a target reads as (`TARGET_GRAMMAR` in targetGrammar.ts is the same table as data, with its examples;
 * test/model/read/targets.test.ts runs every example):
 *
 * | class                     | written                                   | reads as                                   |
 * |---------------------------|-------------------------------------------|--------------------------------------------|
 * | comparison word, anywhere | `成本不超过13.7584万元`, `达到95%以上`      | ≤ 13.7584 万元; ≥ 95 %                      |
 * | Chinese numerals          | `半小时内`, `两栋`, `一百二十人次`, `≧两场` | ≤ 0.5 小时; ≥ 2 栋; ≥ 120 人次; ≥ 2 场       |
 * | scale words               | `1.5万人次`, `3亿元`, `总成本1200万`        | the unit keeps the scale: 万人次, 亿元, 万   |
 * | percent, 个百分点           | `百分之九十`, `提高5个百分点`               | ≥ 90 %; a change of 5 个百分点               |
 * | units and per-units       | `5次/年`, `800元/亩`, `99个住宅区（城中村）` | the unit as written (`次/年`, `元/亩`, `个住宅区`) |
 * | subject then number       | `应急人员合格率90%`                        | the default direction (below)              |
 * | defaults by 二级指标        | 成本指标 `160000元`; time limits `3个工作日` | ≤ (成本; durations under 时效 or no 二级); else ≥ |
 * | 约 / 左右 / 近              | `约6.6万人次`                             | the default direction, marked approximate (info finding) |
 * | relative change           | `提升20%`, `下降10%`, `降低至5%以下`         | a change of +20 % / −10 %; `至` makes a level (≤ 5 %) |
 * | deadline                  | `11月底前`, `2023年12月30日前`, `2023/11/30`, `年底前` | a date (year = the fiscal year when not written) |
 * | several values            | `28515株；1241625.93㎡`                     | kept as written (info finding), never the first value |
 * | range                     | `90%-95%`, `≥90%且≤95%`, `90%～95%`          | met inside it, both ends included (rangeOf)  |
 * | line breaks, lists        | `≥90%⏎≥90%`                               | parts read one by one; equal parts are one  |
 * | nothing may happen        | `零`, `零事故`; `无` under 安全事故, 投诉率 …  | ≤ 0                                         |
 * | not applicable            | `不适用`, `无`, `/`, `—`, empty               | not scored, no error                        |
 * | no number                 | `按时完成`, `有效提升`                       | qualitative (定性)                           |
 *
 * Decisions where the issue is silent:
 * - 约 has no direction: it reads as the default direction of the 二级指标 (≥, or ≤ for cost and
 *   time limits), with an info finding that says so.
 * - 为 / 等于 / `=` mean `=` (the list); a weak word (达到, 达, 完成, 为, 超) gives way to a
 *   strong one after the number (`达到3天以内` is ≤ 3 天). But 为 / 均为 / 等于 before a rate or a score under 满意度指标 or
 *   质量指标 (or an indicator that names 满意) read as the default direction (`满意度为95%`: ≥ 95 %, so 97 % meets it;
 *   `差错率为0.5%`: ≤), levelOfQuality; a count (`完成项目数为20个`) and a share (`占比为30%`) keep `=`.
 * - A rank (`第3名`, `前10名`, `排名前3`, `第3-5名`) is better when smaller: ≤ its worst rank (rankOf); so is a ceiling
 *   where a word names a rank (`排名≤10`, `≤10名` under 全国排名) — under any other name `≤10名` is a head count — and a
 *   bare number under an indicator named so (全国排名). Ordinals of other things (`第3季度`, `第二批`) are no rank.
 * - A change word with 至/到 names the level it goes to, whatever is named between (`降低能耗至5%`, `减少投诉至10件`,
 *   `控制到15分钟`: ≤; `提高覆盖率至95%`: ≥); a starting point before it (`由10%降至5%`) is no target.
 * - A relative change is scored as `≥` on the change in the named direction (`下降10%` with an
 *   actual `下降12%` is 12 ≥ 10); an actual in the other direction counts negative.
 * - A date and a quantity in one phrase (`2023年底前完成培训500人次`) read as the quantity, except
 *   under 时效指标, where they read as the deadline.
 * - A range (`90%-95%`, `≥90%且≤95%`) is two values (≥ low, ≤ high), met when the actual is inside it, both ends
 *   included (rangeOf): scored by the end the actual is beyond (inside: the floor, met), never as several values.
 * - A scale word against a 度量单位 column without it (`1.2万` or `1.2万人次`, column 人次; `3亿`, column 万元) is the
 *   number in the column's unit (12000人次, 30000万元): the actuals are read in that unit; a column with the scale (万人) keeps it.
 * - A 4-digit year followed by 年 (`2023年培训500人次`) is context, never the target; a period (`2019-2020年`) is a
 *   deadline at the end of its last year, never a range; a year in Chinese digits (`二〇二三年`) is the same year.
 * - Codes are no numbers: a leading zero (`0991-1234567`, `2023-015`), letters before the digits (`XJZL2018-001`,
 *   `GB/T 19001-2016`, a standards body's number alone: `ISO 9001`), identifierAt; with every digit group joined by `-`, `:` or `.`;
 *   a document's number (`新财预〔2018〕189号`) is none either. Numerals side by side without 十/百/千
 *   (`三五年`, `两三个`) are a rough span or a name, never 35 or 23: the target is text (T001 asks for a number).
 * - Numbers in brackets are a remark when the phrase has a number outside them.
 * - Chinese numerals count only before a unit from the unit table (`两栋`, `三小时`), so words such
 *   as 进一步, 统一, 一定, 十分 are never numbers.
 * - A text longer than MAX_TARGET_CHARS is not a target: it reads as qualitative text.
 */
import { recogniseGrade } from '../scoring/grades';
import { chineseYearDigits, OTHER_MINUS, toHalfWidth } from './text';
import { PLACEHOLDERS } from './values';

// ---------------------------------------------------------------------------------------------
// What a target is

export type Cmp = '≥' | '≤' | '=';

/** A number with its comparison and its unit as written (`万元`, `个小时`, `次/年`, `%`). */
export interface Quantity {
  readonly kind: 'quantity';
  readonly op: Cmp;
  readonly value: number;
  readonly unit: string;
  /** Written with 约 / 左右 / 近 / ≈: the direction is the default one. */
  readonly approx?: true;
  /** Written as a ratio 1:N (`1∶3`): N倍, which the forms print as written. */
  readonly ratio?: true;
  /**
   * A place, not a quantity (`前10名`, `第3-5名`, `排名≤10`: rankOf), op ≤: 5th against it is the target met, no
   * deviation (isRankTarget). The forms print it so that it reads back as one (`前10名`, `排名前3`: targetText.ts rankWords).
   */
  readonly rank?: true;
}

/** A relative change: `提升20%` (up, ≥ 20 %), `下降10%以内` (down, ≤ 10 %). */
export interface Change {
  readonly kind: 'change';
  readonly direction: 'up' | 'down';
  /** The change word as written (提升, 下降 …): the table prints it. */
  readonly word: string;
  readonly op: '≥' | '≤';
  readonly value: number;
  readonly unit: string;
}

/** A deadline: a date, the end of a month (no day), in the fiscal year when no year is written. */
export interface Deadline {
  readonly kind: 'deadline';
  readonly year?: number;
  /** `次年3月底前`: the year after the fiscal year (when no year is written). */
  readonly nextYear?: true;
  readonly month: number;
  readonly day?: number;
}

export type TargetValue = Quantity | Change | Deadline;

/** Several values in one cell: kept as written, never scored as the first one. */
export interface Multi {
  readonly kind: 'multi';
  readonly parts: ReadonlyArray<TargetValue>;
}

/** No number: qualitative (定性). */
export interface Qualitative {
  readonly kind: 'text';
}

/** 不适用, 无, /, —, or empty: not scored, no error. */
export interface NotApplicable {
  readonly kind: 'na';
  /** The cell was empty (rather than saying 不适用). */
  readonly empty?: true;
}

export type Target = TargetValue | Multi | Qualitative | NotApplicable;

/** What the reader knows about the row: the category gives the default direction. */
export interface TargetContext {
  readonly level1?: string;
  readonly level2?: string;
  readonly level3?: string;
}

/** A parsed target and where its comparison came from. */
export interface TargetReading {
  readonly target: Target;
  /** `word`: written in the text; `default`: from the 二级指标 (or ≥). Quantities only. */
  readonly opFrom?: 'word' | 'default';
}

// ---------------------------------------------------------------------------------------------
// The grammar's tables

/** A text longer than this is prose, not a target. */
export const MAX_TARGET_CHARS = 400;

type Reading = Cmp | '≈';

interface WordDef {
  readonly word: string;
  readonly reads: Reading;
  /** A strong word wins over a weak one on the other side of the number. */
  readonly strong: boolean;
}

const w = (reads: Reading, strong: boolean, ...words: string[]): WordDef[] => words.map((word) => ({ word, reads, strong }));

/** Comparison words written before the number (longest match wins). */
export const WORDS_BEFORE: ReadonlyArray<WordDef> = [
  ...w('≥', true, '≥', '>', '大于或等于', '大于等于', '不低于', '不少于', '不小于', '大于', '高于', '超过', '多于', '至少', '最少', '不得低于', '不得少于'),
  ...w('≥', false, '达到', '达到了', '达', '完成', '完成了', '超', '保持在', '保持'),
  ...w('≤', true, '≤', '<', '小于或等于', '小于等于', '不超过', '不高于', '不多于', '不大于', '小于', '低于', '少于', '不足', '最多', '至多', '控制在', '不超', '不得超过', '不得高于'),
  ...w('=', true, '=', '等于'),
  ...w('=', false, '为', '均为'),
  ...w('≈', false, '≈', '约', '大约', '约为', '大概', '近', '接近', '将近'),
];

/** Comparison words written after the number and its unit. */
export const WORDS_AFTER: ReadonlyArray<WordDef> = [
  ...w('≥', true, '以上', '及以上', '或以上', '及其以上'),
  ...w('≥', false, '+'),
  ...w('≤', true, '以下', '及以下', '或以下', '以内', '之内', '内', '以前', '之前', '前'),
  ...w('≈', false, '左右', '上下'),
];

/** Words right after the digits: `1000余人`, `50多家` (more than). */
const OVER_MARKS = ['余', '多'];

/** Change words (a relative target) before the number; followed by 至/到 they name a level instead. */
export const CHANGE_WORDS: ReadonlyArray<{ readonly word: string; readonly direction: 'up' | 'down' }> = [
  ...['提升', '提高', '增长', '增加', '上升', '增幅', '增速', '同比增长', '同比提高', '同比提升', '环比增长'].map((word) => ({ word, direction: 'up' as const })),
  ...['下降', '降低', '减少', '缩短', '压缩', '降幅', '减幅', '缩减', '压减', '削减', '压降', '同比下降', '同比降低', '同比减少'].map((word) => ({ word, direction: 'down' as const })),
];

/**
 * Words that name a level only with 至/到 after them (`降至5%`, `控制到3天`, `升至95%`): never a change on their own
 * (`控制10%` says nothing of a direction).
 */
const LEVEL_WORDS: ReadonlyArray<{ readonly word: string; readonly direction: 'up' | 'down' }> = [
  ...['控制', '降', '减', '压'].map((word) => ({ word, direction: 'down' as const })),
  ...['扩大', '升', '增', '提'].map((word) => ({ word, direction: 'up' as const })),
];

/** Whole-cell words for "not applicable": the texts that say "nothing" in any field (values.ts PLACEHOLDERS), and more. */
export const NA_WORDS: ReadonlyArray<string> = [...PLACEHOLDERS, '不适用', '不涉及', '无此项', '此项不适用', '本项不适用', '\\', '－', 'NA', '×'];

export type UnitClass = 'money' | 'percent' | 'time' | 'count' | 'measure' | 'score';

/** Units people write after a number, by class. Longest match wins. */
export const UNITS: Readonly<Record<UnitClass, ReadonlyArray<string>>> = {
  money: ['元', '万元', '亿元', '千元', '百万元', '千万元', '万亿元'],
  percent: ['%', '‰', '个百分点', '百分点'],
  time: ['秒', '分钟', '小时', '个小时', '天', '日', '个工作日', '工作日', '周', '个月', '月', '年', '个季度', '季度', 'h', 'min'],
  count: [
    '人次', '人', '名', '位', '户', '户次', '家', '家次', '个', '个次', '项', '项次', '次', '场', '场次', '期', '批', '件', '份', '篇', '篇次', '部',
    '本', '册', '套', '台', '台套', '台次', '辆', '艘', '架', '座', '栋', '幢', '处', '所', '间', '条', '张', '块', '株', '棵', '只', '头', '匹', '羽',
    '单', '笔', '宗', '例', '起', '床', '片', '支', '队', '组', '村', '镇', '乡', '课时', '学时', '期次', '门', '类', '种', '首', '幅', '册次', '盏',
    '根', '口', '眼', '对', '点', '个点', '批次', '轮', '届', '课', '节', '人天', '人日', '人月', '家企业', '个村',
  ],
  measure: [
    '亩', '公顷', '平方米', '平米', '平方公里', '㎡', 'm²', 'm2', '米', '延米', '公里', '千米', 'km', '吨', 't', '千克', '公斤', 'kg', '克', '立方米', 'm³', '方',
    '千瓦', 'kW', '兆瓦', 'MW', '千瓦时', 'kWh', '度', '升', 'L', '毫升', '℃', '分贝', 'dB', 'GB', 'TB', 'Mbps', '毫克/升', 'mg/L', '微克/立方米',
  ],
  score: ['分', '星级', '星', '级'],
};

/** Scale words that may stand before a unit (`1.5万人次`, `3亿元`) or alone (`1200万`). */
export const SCALES: ReadonlyArray<{ readonly word: string; readonly factor: number }> = [
  { word: '万亿', factor: 1e12 }, { word: '千万', factor: 1e7 }, { word: '百万', factor: 1e6 }, { word: '万', factor: 1e4 }, { word: '亿', factor: 1e8 },
];

/** Classifiers that may carry their noun (`99个住宅区`, `2场培训`): the noun is kept in the unit when it ends the phrase. */
const CLASSIFIERS = new Set(['个', '家', '项', '座', '处', '栋', '幢', '条', '名', '位', '所', '台', '套', '场', '类', '种', '本', '篇', '部', '辆', '艘', '间', '张', '块', '门', '支', '队', '组']);

/** Durations: under 时效指标 (or with no 二级指标) a bare duration is a time limit (≤). */
const DURATIONS = new Set(UNITS.time);

/** 二级指标 defaults when no word gives the direction. */
export const DEFAULTS_BY_LEVEL2: ReadonlyArray<{ readonly level2: string; readonly reads: Cmp; readonly only?: 'durations' }> = [
  { level2: '成本', reads: '≤' },
  { level2: '时效', reads: '≤', only: 'durations' },
];

/**
 * What should not happen, named at the end of the indicator (or of the target's subject): 差错率, 投诉率, 安全事故发生次数,
 * 资金闲置率 … read as ≤ when no word gives the direction, whatever the 二级指标 (质量指标 mostly). Only at the end, so that
 * what is done about them (投诉处理率, 隐患整改率, 故障修复率) keeps ≥.
 */
const UNWANTED_WORDS = '差错|投诉|事故|故障|失误|返工|不合格|违规|违纪|超支|损失|流失|逾期|误差|空置|闲置|死亡|复发|漏报|错报|次品|不良|退货|损耗|延误|缺陷|发案|安全隐患|重复|挪用|截留|套取|虚报|冒领|拖欠';
export const UNWANTED = new RegExp(`(?:${UNWANTED_WORDS})(?:发生)?(?:率|次数|数量|数|起数|件数|金额|人数|人次|起|次|件)?$`);
/** What should not happen named anywhere (违规使用资金): a bare 0 of it is a cap (parseTarget). */
const NAMES_UNWANTED = new RegExp(UNWANTED_WORDS);

/**
 * An action on what should not happen, written before it: the indicator counts what is done about it (挽回经济损失 500万元,
 * 排查安全隐患数 50处, 受理投诉件数, 查处违法违规 12起), a floor like any count or amount, not a cap.
 */
const HANDLED = /(?:挽回|追回|排查|查处|查办|受理|处理|办理|处置|调处|化解|整改|整治|治理|消除|清理|核查|纠正|减少|避免|防止|预防|防范)/;

/** Whether a name ends in what should not happen (UNWANTED) and names no action on it (HANDLED). */
const unwanted = (name: string): boolean => UNWANTED.test(name) && !HANDLED.test(name);

/** Words that are not numbers although they start with a numeral. */
const NUMERAL_EXCEPTIONS = [
  '十分', '一定', '一些', '一般', '一直', '一切', '一致', '一流', '一体', '一线', '一站', '一网', '一窗', '一次性', '一揽子', '一把手', '一带一路',
  '三农', '三公', '两委', '两会', '万一', '一起', '一下', '一方面', '一步', '一同', '一律', '一旦', '一向', '一再', '一样', '一道', '一级', '二级',
  '三级', '四级', '一类', '二类', '三类', '一等', '二等', '三等', '一期工程', '二期工程', '三期工程', '一批次', '千万', '百万', '万家', '万人',
  '一对一', '一户一', '一村一', '一事一', '一项目一', '百姓', '千方百计', '一二三', '十四五', '十三五', '十五五',
];
/** A numeral right after these is part of a word (进一步, 统一, 唯一 …). */
const BEFORE_NUMERAL_WORD = new Set(['进', '统', '唯', '同', '逐', '之', '不', '第', '万', '单', '专', '初', '高', '每', '周', '星', '礼', '初', '九']);

/** Stop words: a unit never runs into them. */
const UNIT_STOPS = ['的', '完成', '达到', '以上', '以下', '以内', '之内', '内', '左右', '之前', '以前', '前', '及', '或', '和', '与', '且', '并', '其中', '确保', '为', '以', '上下', '余', '多'];

// ---------------------------------------------------------------------------------------------
// Normalising

const SYMBOLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\r\n?/g, '\n'], [/∶/g, ':'], [/[≧⩾]/g, '≥'], [/[≦⩽]/g, '≤'], [/>=|=>/g, '≥'], [/<=|=</g, '≤'], [/\u200b|\u200c|\u200d|\ufeff/g, ''], [/﹪/g, '%'],
  [/[ \t]+/g, ' '], [OTHER_MINUS, '-'],
];

/** Half-width, one spelling per comparison symbol and for the minus sign (OTHER_MINUS), line breaks as `\n`. */
export function normalizeTargetText(raw: string): string {
  let s = toHalfWidth(raw);
  for (const [re, to] of SYMBOLS) s = s.replace(re, to);
  // A number and its unit on two lines (`52\n个`, `52000\n元`: a narrow cell wrapped after the number) are one phrase.
  s = s.replace(/(\d) ?\n ?([^\n]{1,8})(?=\n|$)/g, (all, d: string, line: string) => (readUnit(line, 0, true)?.end === line.length ? d + line : all));
  // A year in Chinese digits (`二〇二三年`) is the year in Arabic ones, so that it reads as a date or as context.
  s = chineseYearDigits(s);
  return s.trim();
}

const TRAILING_PUNCT = '。.；;，,！!、 ';

function isNa(s: string): boolean {
  let end = s.length;
  while (end > 0 && TRAILING_PUNCT.includes(s[end - 1])) end--;
  const t = s.slice(0, end).trim();
  if (t === '') return s.length > 0; // only punctuation
  if (NA_WORDS.includes(t) || NA_WORDS.includes(t.toUpperCase())) return true;
  return /^[-—–―－_]+$/.test(t);
}

// ---------------------------------------------------------------------------------------------
// Splitting a cell into parts (line breaks, list separators; never inside brackets or numbers)

const OPEN = '(【[《〈「';
const CLOSE = ')】]》〉」';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** A comma between digits with exactly three digits after it is a thousands separator. */
function isThousands(s: string, i: number): boolean {
  return isDigit(s[i - 1]) && isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3]) && !isDigit(s[i + 4]);
}

export function splitParts(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '\n' || c === ';' || c === '、' || c === '。' || c === '|' || (c === ',' && !isThousands(s, i)))) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals

const CN_DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
const isCnNumeral = (c: string | undefined): boolean => c !== undefined && (c in CN_DIGIT || c in CN_UNIT || c in CN_BIG);

/** `十二` 12, `一百二十` 120, `一百零五` 105, `三千五` 3500, `一万二千` 12000, `二〇二三` 2023; null when malformed. */
export function chineseNumber(s: string): number | null {
  if (s === '') return null;
  // Digits read one by one are a year's (`二〇二三`: it has a 〇); without one, numerals side by side are a rough span
  // (`三五年` a few years, `两三个` two or three), or a name (`三五`), never 35 or 23.
  if ([...s].every((c) => c in CN_DIGIT) && s.length > 1) return /[零〇]/.test(s) ? Number([...s].map((c) => CN_DIGIT[c]).join('')) : null;
  // … and so with a unit around them (`二三十` twenty or thirty, `十二三`, `三四百`): never 30, 13 or 400.
  if ([...s].some((c, k) => k > 0 && CN_DIGIT[c] > 0 && CN_DIGIT[s[k - 1]] > 0)) return null;
  let total = 0;
  let section = 0;
  let num = 0;
  let lastUnit = 1;
  let prevUnit = false;
  let seenDigit = false;
  for (const c of s) {
    if (c in CN_DIGIT) {
      num = CN_DIGIT[c];
      seenDigit = c !== '零' && c !== '〇' ? true : seenDigit;
      prevUnit = false;
      if (c === '零' || c === '〇') lastUnit = 1; // 一百零五: the 五 is units
    } else if (c in CN_UNIT) {
      const u = CN_UNIT[c];
      section += (num === 0 && !seenDigit && c === '十' ? 1 : num) * u;
      if (num === 0 && c !== '十' && !seenDigit) return null;
      num = 0;
      lastUnit = u;
      prevUnit = true;
      seenDigit = true;
    } else if (c in CN_BIG) {
      const big = CN_BIG[c];
      section += num;
      if (section === 0 && total === 0) return null;
      total = big === 1e8 ? (total + section) * big : total + section * big;
      section = 0;
      num = 0;
      lastUnit = big;
      prevUnit = true;
    } else return null;
  }
  // Colloquial 三千五 = 3500, 两万五 = 25000: a last digit right after a unit counts a tenth of it.
  if (num !== 0 && prevUnit === false && lastUnit >= 100 && s.length >= 2 && (s[s.length - 2] in CN_UNIT || s[s.length - 2] in CN_BIG)) {
    section += num * (lastUnit / 10);
    num = 0;
  }
  return total + section + num;
}

// ---------------------------------------------------------------------------------------------
// Dates (deadlines)

interface Span {
  readonly start: number;
  readonly end: number;
}
interface DateHit extends Span {
  /** Undefined for a date that does not exist (`2月30日`): its numbers are not read either. */
  readonly deadline?: Deadline;
}

const CN_MONTH = '(?:十[一二]?|[一二三四五六七八九])';
const NUM_OR_CN = (digits: string): string => `(\\d{${digits}}|${CN_MONTH})`;
const CN_DAY = '(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const monthOf = (s: string): number => (isDigit(s[0]) ? Number(s) : (chineseNumber(s) ?? 0));
const dayOf = (s: string): number => (isDigit(s[0]) ? Number(s) : (chineseNumber(s) ?? 0));

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;
const validDay = (m: number, d: number): boolean => validMonth(m) && Number.isInteger(d) && d >= 1 && d <= MONTH_DAYS[m - 1];
const validYear = (y: number): boolean => y >= 1990 && y <= 2100;

/** Parts of a month: the day they end on (undefined = the month's last day). */
const MONTH_PART: Readonly<Record<string, number | undefined>> = { 底: undefined, 末: undefined, 份: undefined, 下旬: undefined, 中旬: 20, 上旬: 10 };

interface DatePattern {
  readonly re: RegExp;
  readonly make: (m: RegExpExecArray) => Deadline | null;
}

const ymd = (y: number | undefined, mo: number, d: number | undefined): Deadline | null => {
  if (y !== undefined && !validYear(y)) return null;
  if (!validMonth(mo) || (d !== undefined && !validDay(mo, d))) return null;
  return { kind: 'deadline', ...(y !== undefined ? { year: y } : {}), month: mo, ...(d !== undefined ? { day: d } : {}) };
};

/** Date patterns in priority order (each linear: no nested quantifiers). */
const DATE_PATTERNS: ReadonlyArray<DatePattern> = [
  // A period of years (`2019-2020年`, `2019年至2021年`): it ends at the end of its last year; never a range of numbers.
  {
    re: /(\d{4})年?度?\s*[-—–~至到]\s*(\d{4})年度?/g,
    make: (m) => (Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 10 ? ymd(Number(m[2]), 12, undefined) : null),
  },
  { re: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, make: (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    re: new RegExp(`(\\d{4})年${NUM_OR_CN('1,2')}月(?:(\\d{1,2}|${CN_DAY})[日号]|(底|末|份|中旬|上旬|下旬))?`, 'g'),
    make: (m) => ymd(Number(m[1]), monthOf(m[2]), m[3] !== undefined ? dayOf(m[3]) : m[4] ? MONTH_PART[m[4]] : undefined),
  },
  { re: /(\d{4})[-/](\d{1,2})(?![\d/.-])/g, make: (m) => ymd(Number(m[1]), Number(m[2]), undefined) },
  // A month and its day before 前 (`12/31前完成`, `6/30之前`): that day, never the range 12～31 nor a fraction; before 以内
  // (`6/30以内`) too when no share is written so (a month from 2, a day from 10: `1/3以内`, `3/4以内` are shares).
  { re: /(?<![\d/.])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?=\s*(?:之前|以前|前)|(?<=(?:1\d|[2-9])\/[123]\d)\s*[以之]?内)/g, make: (m) => ymd(undefined, Number(m[1]), Number(m[2])) },
  {
    re: new RegExp(`(?<![\\d个几多.])${NUM_OR_CN('1,2')}月(?:(\\d{1,2}|${CN_DAY})[日号]|(底|末|份|中旬|上旬|下旬))?`, 'g'),
    make: (m) => ymd(undefined, monthOf(m[1]), m[2] !== undefined ? dayOf(m[2]) : m[3] ? MONTH_PART[m[3]] : undefined),
  },
  { re: /(\d{4})年度?(?=底|末|内|前|之前|以前|完成|年底|12月)(?:底|末|内)?/g, make: (m) => ymd(Number(m[1]), 12, undefined) },
  { re: /^(\d{4})年度?$/g, make: (m) => ymd(Number(m[1]), 12, undefined) },
  { re: /(?<![\d一二两三四五六七八九十半个几多])(?:年底|年末|年内|年度内|本年度|当年|本年|年度末|年终)/g, make: () => ymd(undefined, 12, undefined) },
  { re: /(?:上半年|年中)/g, make: () => ymd(undefined, 6, undefined) },
  { re: /下半年/g, make: () => ymd(undefined, 12, undefined) },
  // Quarters (`第三季度`; `3/4季度`, `三至四季度`: the third and fourth, a period ending with the last, as `2019-2020年`).
  {
    re: /(?<![个每\d.])第?(?:[一二三四1-4][/至到~-]第?)?([一二三四1-4])季度(?:末|底)?/g,
    make: (m) => ymd(undefined, (isDigit(m[1]) ? Number(m[1]) : (chineseNumber(m[1]) ?? 0)) * 3, undefined),
  },
];

const NEXT_YEAR = ['次年', '下一年', '下一年度', '明年', '下年', '翌年'];

function findDates(s: string): DateHit[] {
  const hits: DateHit[] = [];
  const overlaps = (a: number, b: number): boolean => hits.some((h) => a < h.end && b > h.start);
  for (const p of DATE_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const d = p.make(m);
      if (!d) {
        hits.push({ start, end });
        continue;
      }
      // 次年 / 下一年 / 明年 before a month without a year: the year after the fiscal year.
      const next = d.year === undefined && NEXT_YEAR.find((y) => s.slice(0, start).endsWith(y));
      if (next) hits.push({ start: start - next.length, end, deadline: { ...d, nextYear: true } });
      else hits.push({ start, end, deadline: d });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Numbers and units

interface NumberHit extends Span {
  readonly value: number;
  /** The unit as written (scale included), `%` for 百分之…/…成. */
  readonly unit: string;
  /** A suffix comparison found after the unit. */
  readonly after?: WordDef;
  /** `1000余人`, `50多家`. */
  readonly over: boolean;
  /** Written inside brackets. */
  readonly bracketed: boolean;
  /** A ratio 1:N read as N倍. */
  readonly ratio?: true;
  /** Where its minus sign is (signAt), when it is negative. */
  readonly sign?: number;
}

const ALL_UNITS: ReadonlyArray<string> = Object.values(UNITS)
  .flat()
  .sort((a, b) => b.length - a.length);
const UNIT_CLASS = new Map<string, UnitClass>(Object.entries(UNITS).flatMap(([k, us]) => us.map((u) => [u, k as UnitClass] as const)));
const SORTED_BEFORE = [...WORDS_BEFORE].sort((a, b) => b.word.length - a.word.length);
const SORTED_AFTER = [...WORDS_AFTER].sort((a, b) => b.word.length - a.word.length);
const SORTED_CHANGE = [...CHANGE_WORDS].sort((a, b) => b.word.length - a.word.length);
/** A change word (two characters or more), what it changes and 至/到: `降低能耗至5%`, `减少投诉至10件`, `提高覆盖率到95%`. */
// What it changes is a thing, not the change's own measure (`下降率达到10%`, `降低幅度达到10%`, `减少比例达到20%` reach a
// change of 10 %: ≥), and 达到 reaches a figure, it goes to no level.
const CHANGE_OF_THING_TO = new RegExp(`(不)?(${CHANGE_WORDS.map((c) => c.word).join('|')}|控制|扩大)(?![率幅比])[\u4e00-\u9fff]{1,8}(?:至|(?<!达)到)$`);

const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);
const startsAt = (s: string, i: number, word: string): boolean => s.startsWith(word, i);

function knownUnitAt(s: string, i: number): string | undefined {
  for (const u of ALL_UNITS) {
    if (!startsAt(s, i, u)) continue;
    // An ASCII unit must end at a word boundary (`5GB`, not `5G基站`).
    if (isAsciiLetter(u[u.length - 1]) && isAsciiLetter(s[i + u.length])) continue;
    return u;
  }
  return undefined;
}

const stopAt = (s: string, i: number): boolean => UNIT_STOPS.some((w2) => startsAt(s, i, w2));

/** Where a phrase may end after a unit: the end, a bracket, punctuation, a space, a comparison word. */
function phraseEndsAt(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s[i];
  if (OPEN.includes(c) || CLOSE.includes(c) || ' ,;:。、!?~-—'.includes(c)) return true;
  return SORTED_AFTER.some((d) => startsAt(s, i, d.word)) || stopAt(s, i);
}

/** The unit written at `i` (after the number): scale, a known unit with its noun, a per-unit. */
function readUnit(s: string, i: number, needKnown: boolean): { unit: string; end: number } | null {
  let j = i;
  let unit = '';
  while (s[j] === ' ') j++;
  const scale = SCALES.find((sc) => startsAt(s, j, sc.word));
  if (scale) {
    unit += scale.word;
    j += scale.word.length;
  }
  if (startsAt(s, j, '个半')) j += 2; // handled by the caller (value + 0.5); unit continues
  const known = knownUnitAt(s, j);
  if (known) {
    unit += known;
    j += known.length;
    // A classifier's noun (`99个住宅区`), kept when it ends the phrase.
    if (CLASSIFIERS.has(known[known.length - 1]) && isCjk(s[j]) && !stopAt(s, j)) {
      let k = j;
      while (k < s.length && k - j < 4 && isCjk(s[k]) && !stopAt(s, k) && !SORTED_AFTER.some((d) => startsAt(s, k, d.word))) k++;
      if (k > j && phraseEndsAt(s, k)) {
        unit += s.slice(j, k);
        j = k;
      }
    }
  } else if (needKnown && !scale) {
    return null;
  } else if (!scale) {
    // An unknown unit: a short word that ends the phrase.
    let k = j;
    while (k < s.length && k - j < 3 && (isCjk(s[k]) || isAsciiLetter(s[k])) && !stopAt(s, k)) k++;
    if (k > j && phraseEndsAt(s, k)) {
      unit += s.slice(j, k);
      j = k;
    }
  }
  // A per-unit: `次/年`, `万元/亩`.
  if (unit !== '' && s[j] === '/') {
    const per = knownUnitAt(s, j + 1);
    if (per) {
      unit += `/${per}`;
      j += 1 + per.length;
    } else {
      let k = j + 1;
      while (k < s.length && k - j - 1 < 2 && isCjk(s[k]) && !stopAt(s, k)) k++;
      if (k > j + 1) {
        unit += s.slice(j, k);
        j = k;
      }
    }
  }
  return { unit, end: j };
}

/** `内` and `前` start other words before these (`内容`, `前期`). */
const NOT_AFTER_WORD = '容部涵外地资控审期提沿景置言列';

/** The suffix comparison after a number's unit (spaces and `(含)` skipped). */
function wordAfter(s: string, i: number): { def: WordDef; end: number } | undefined {
  let j = i;
  const skip = (): void => {
    for (;;) {
      if (s[j] === ' ') j++;
      else if (startsAt(s, j, '(含)')) j += 3;
      else if (startsAt(s, j, '(含本数)')) j += 5;
      else return;
    }
  };
  skip();
  const def = SORTED_AFTER.find((d) => startsAt(s, j, d.word));
  if (!def) return undefined;
  // `前` and `内` as words, not as the start of another (`前期`, `内容`).
  if ((def.word === '前' || def.word === '内') && NOT_AFTER_WORD.includes(s[j + 1] ?? '')) return undefined;
  j += def.word.length;
  skip();
  return { def, end: j };
}

function numeralException(s: string, i: number): boolean {
  if (BEFORE_NUMERAL_WORD.has(s[i - 1]) && s[i] !== '两') return true;
  return NUMERAL_EXCEPTIONS.some((e) => startsAt(s, i, e));
}

const insideSpans = (spans: ReadonlyArray<Span>, i: number): Span | undefined => spans.find((sp) => i >= sp.start && i < sp.end);

/**
 * Whether the digits at `i` are a code's, not a value: after its letters (PM2.5, V2, COVID-19), after a standard's
 * letters and a space (`GB/T 1234-2008`, `GB 175-2007`, `ISO 9001:2015`: a code letters-slash-letter, or one whose
 * number is joined to another), or written with a leading zero (`0991-1234567`, a telephone or serial number). A
 * code and the numbers joined to it by `-`, `:` or `.` are never a target, nor the two ends of a range.
 */
/** A standards body's letters: its number alone (`ISO 9001`, `GB 50300`) is the standard's, never a target figure. */
const STANDARD = /^(?:ISO|IEC|GB|GBJ|HJ|JGJ|CJJ|DB\d*)$/;
/** A document's number (`新财预〔2018〕189号`, `财预[2020]10号`): its year in brackets and its number are no values. */
const DOC_NUMBER = /^[〔[【(]\d{4}[〕\]】)]第?\d{1,5}号/;

function identifierAt(s: string, i: number): boolean {
  const before = s[i - 1];
  if (isAsciiLetter(before) || before === '.' || (before === '-' && isAsciiLetter(s[i - 2]))) return true;
  if (before === ' ') {
    const letters = /(?:^|[^A-Za-z\d])([A-Z]{2,}\d*(?:\/[A-Z]{1,2})?)$/.exec(s.slice(Math.max(0, i - 12), i - 1))?.[1];
    if (letters && (letters.includes('/') || STANDARD.test(letters) || /^\d+[-:]\d/.test(s.slice(i, i + 24)))) return true;
  }
  return s[i] === '0' && isDigit(s[i + 1]);
}

/** Every number of a part (outside the dates), with its unit and suffix word. */
function findNumbers(s: string, dates: ReadonlyArray<Span>, bareFractions = true): NumberHit[] {
  const hits: NumberHit[] = [];
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    const inDate = insideSpans(dates, i);
    if (inDate) {
      i = inDate.end;
      continue;
    }
    const c = s[i];
    if (OPEN.includes(c)) depth++;
    if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    const start = i;
    let value: number | undefined;
    let j = i;
    let needKnown = false;
    let forcedUnit: string | undefined;
    let ratio: true | undefined;
    let sign: number | undefined;
    if (startsAt(s, i, '百分之')) {
      j = i + 3;
      const m = /^\d+(?:\.\d+)?/.exec(s.slice(j, j + 30));
      if (m) {
        value = Number(m[0]);
        j += m[0].length;
      } else {
        let k = j;
        while (k < s.length && k - j < 8 && isCnNumeral(s[k])) k++;
        const n = s.slice(j, k) === '百' ? 100 : chineseNumber(s.slice(j, k)); // 百分之百
        if (n !== null && k > j) {
          value = n;
          j = k;
        }
      }
      forcedUnit = '%';
    } else if (isDigit(c)) {
      // Identifiers: PM2.5, V2, COVID-19, GB/T 1234-2008, 0991-1234567 (identifierAt), with their joined parts.
      if (identifierAt(s, i)) {
        i = codeEnd(s, i);
        continue;
      }
      const doc = DOC_NUMBER.exec(s.slice(i - 1, i + 14));
      if (doc) {
        if (OPEN.includes(s[i - 1])) depth = Math.max(0, depth - 1);
        i += doc[0].length - 1;
        continue;
      }
      const m = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(s.slice(i, i + 40));
      let text = m ? m[0] : c;
      // A comma that is not a thousands separator ends the number.
      const bad = text.indexOf(',');
      if (bad >= 0 && !isThousands(s, i + bad)) text = text.slice(0, bad);
      j = i + text.length;
      if (/^\d*$/.test(text) && j - i > 15) {
        i = j;
        continue;
      }
      // A code joined by a dash to one with a leading zero (`2023-015`): the whole of it is the code.
      if (s[j] === '-' && s[j + 1] === '0' && isDigit(s[j + 2])) {
        i = codeEnd(s, j + 1);
        continue;
      }
      value = Number(text.replace(/,/g, ''));
      // A ratio 1:N (`1:3以上`, `1∶3`: 撬动社会资金, the fund's leverage) is N times the first term: N倍, never two values.
      // Not under 时效指标 (bareFractions false), where `1:30` is no multiple of anything.
      const n = text === '1' && s[j] === ':' && s[i - 1] !== ':' && bareFractions ? /^\d+(?:\.\d+)?(?![\d:])/.exec(s.slice(j + 1, j + 12))?.[0] : undefined;
      if (n !== undefined) {
        value = Number(n);
        forcedUnit = '倍';
        ratio = true;
        j += 1 + n.length;
      }
      // A fraction (`1/3以上`, `2/3`): its percent to two decimals, as officers write it (33.33%), never two values.
      // Not a day or a span (`12/31前`, `7/24小时`, `5/7天`, `3/4季度`: a unit or word after it) nor a part of a list (`1/2/3级`).
      const den = /^\d{1,3}(?![\d/.])/.exec(s.slice(j + 1, j + 5))?.[0];
      const after = den === undefined ? '' : s.slice(j + 1 + den.length);
      // Under 时效指标 only with its comparison word (`1/3以内`): a bare `6/30` there is a day (parsePart's bareFractions).
      const fractionEnds = /^(?:及|或)?(?:以上|以下|以内|左右)/.test(after) || (bareFractions && /^(?:$|[\s,，;；、。)）])/.test(after));
      if (s[j] === '/' && den !== undefined && fractionEnds && s[i - 1] !== '/' && /^\d{1,3}$/.test(text) && value > 0 && value < Number(den)) {
        value = Math.round((value / Number(den)) * 10000) / 100;
        forcedUnit = '%';
        j += 1 + den.length;
      }
      sign = signAt(s, i, hits[hits.length - 1]);
      if (sign !== undefined) value = -value;
      // A year as context (`2023年培训…`), an ordinal (第3), an identifier (5G, 3A级, 3D).
      if (s[i - 1] === '第' || (/^(19|20)\d\d$/.test(text) && (s[j] === '年' || s[j] === '级'))) {
        i = j;
        continue;
      }
      if (/[A-Z]/.test(s[j] ?? '') && !knownUnitAt(s, j)) {
        i = j + 1;
        continue;
      }
      if (s[j] === '成' && /^[1-9]$/.test(text)) {
        value *= 10;
        forcedUnit = '%';
        j++;
      }
    } else if (isCnNumeral(c) || (c === '半' && !isCjkNumeralBefore(s, i))) {
      if (c === '半') {
        value = 0.5;
        j = i + 1;
      } else {
        let k = i;
        while (k < s.length && k - i < 12 && isCnNumeral(s[k])) k++;
        let run = s.slice(i, k);
        if (numeralException(s, i) || !/[零〇一二两三四五六七八九十]/.test(run)) {
          i = k;
          continue;
        }
        // A trailing 万/亿 is the unit's scale (`两万人次` → 2 万人次), as for Arabic digits.
        let back = 0;
        while (run.length - back > 1 && (run[run.length - 1 - back] === '万' || run[run.length - 1 - back] === '亿')) back++;
        if (back > 0 && !run.slice(0, run.length - back).split('').some((ch) => ch === '万' || ch === '亿')) run = run.slice(0, run.length - back);
        else back = 0;
        const n = chineseNumber(run);
        if (n === null) {
          i = k;
          continue;
        }
        value = n;
        j = i + run.length;
        if (s[j] === '成' && n >= 1 && n <= 9) {
          value = n * 10;
          forcedUnit = '%';
          j++;
        }
      }
      needKnown = forcedUnit === undefined;
    }
    if (value === undefined || !Number.isFinite(value)) {
      i++;
      continue;
    }
    let over = false;
    if (OVER_MARKS.includes(s[j]) && forcedUnit === undefined) {
      over = true;
      j++;
    }
    if (startsAt(s, j, '个半') && forcedUnit === undefined) value += 0.5;
    else if (s[j] === '半' && forcedUnit === undefined && startsAt(s, j + 1, '小时')) {
      // `一小时半` is rare; `一半` never a number: nothing to do here.
    }
    let unit: string;
    let end: number;
    if (forcedUnit !== undefined) {
      unit = forcedUnit;
      end = j;
    } else {
      const u = readUnit(s, j, needKnown);
      if (!u) {
        i = j;
        continue;
      }
      unit = u.unit;
      end = u.end;
      // A unit followed by 性 / 化 / 式 is an adjective (`一次性`); a numeral and unit that open a rate's name are part
      // of it (`一次验收合格率`, `两次复检通过率`): the rate is the indicator, its number comes after.
      if (needKnown && (/^[性化式]/.test(s[end] ?? '') || RATE_NAME_AFTER.test(s.slice(end, end + 12)))) {
        i = end;
        continue;
      }
    }
    if (!over && OVER_MARKS.includes(s[end]) && (s[end] === '余' || s[end] === '多')) {
      over = true;
      end++;
    }
    const after = wordAfter(s, end);
    hits.push({ start, end: after?.end ?? end, value, unit, after: after?.def, over, bracketed: depth > 0, ratio, ...(sign !== undefined ? { sign } : {}) });
    i = after?.end ?? end;
  }
  return hits;
}

/** The `-` before `i` with only spaces between (`- 3%`), its index, or -1. */
function minusBefore(s: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && s[k] === ' ') k--;
  return s[k] === '-' ? k : -1;
}

/**
 * The one decision on a number's sign (the grades' on an actual's words ask opensNegative, the same minus signs): the
 * digits at `i` are negative when a minus (normalizeTargetText made every minus sign `-`) stands before them, spaces
 * either side (`增长-3%`, `较上年增长为 - 3%`, `≥ -5%`), after anything but a number: after one, or its unit, it joins a
 * range (`90%-95%`, `3天-5天`, `5 - 10个`, `第3-5名`). Its index, or undefined.
 */
function signAt(s: string, i: number, previous: NumberHit | undefined): number | undefined {
  const m = minusBefore(s, i);
  if (m < 0) return undefined;
  let k = m - 1;
  while (k >= 0 && s[k] === ' ') k--;
  if (k >= 0 && (/[0-9A-Za-z%‰.)\]）】]/.test(s[k]) || (previous !== undefined && k < previous.end))) return undefined;
  return m;
}

/** The end of a code's digits at `i`, with the digit groups joined to them by `-`, `:` or `.`. */
function codeEnd(s: string, i: number): number {
  let k = i;
  for (;;) {
    while (isDigit(s[k])) k++;
    if ((s[k] === '-' || s[k] === '.' || s[k] === ':') && isDigit(s[k + 1])) k++;
    else return k;
  }
}

/** CJK words running to 率 right after a Chinese numeral's unit: the numeral is part of a rate's name. */
const RATE_NAME_AFTER = /^[\u4e00-\u9fff]{1,8}率/;

/** `半` right after a numeral belongs to it (`一个半`), never a number of its own. */
function isCjkNumeralBefore(s: string, i: number): boolean {
  return isCnNumeral(s[i - 1]) || s[i - 1] === '个' || s[i - 1] === '一' || s[i - 1] === '多' || s[i - 1] === '大' || s[i - 1] === '上' || s[i - 1] === '下';
}

// ---------------------------------------------------------------------------------------------
// Comparison words before a number

/** Between a word and its number, nothing to read: the 破折号 (`增长——3%`) too, which is no minus sign (OTHER_MINUS). */
const FILLERS = [' ', ':', '：', '了', '是', '—'];
/** Change words that are a measure of the change itself: with 为 they give its size (`增幅为5%`), never a level. */
const CHANGE_MEASURES = new Set(['增幅', '增速', '降幅', '减幅']);

function wordBefore(s: string, start: number, from: number): { def?: WordDef; change?: (typeof CHANGE_WORDS)[number]; level?: boolean } {
  let end = start;
  const minus = minusBefore(s, end);
  if (minus >= from) end = minus; // the sign
  while (end > from && FILLERS.includes(s[end - 1])) end--;
  const before = s.slice(from, end);
  // A change word, as a change (`提升20%`) or, with 至/到, as a level (`降低至5%`). With 为, the size of a change where
  // the change is what is measured (`增长率为5%`, `增幅为5%`, `较上年增长为-3%`, `同比增长为5%`), else the level it
  // goes to, as with 至 (`提高为90%`: ≥ 90 %; `降低为5%`: ≤ 5 %) — never `=` (为's own reading).
  for (const suffix of ['至', '到', '为', '']) {
    if (!before.endsWith(suffix)) continue;
    const named = before.slice(0, before.length - suffix.length);
    const core = named.replace(/(?:了|幅度|比例|率)$/, '');
    const change = SORTED_CHANGE.find((c) => core.endsWith(c.word)) ?? (suffix ? LEVEL_WORDS.find((c) => core.endsWith(c.word)) : undefined);
    if (!change || (suffix === '' && core.endsWith('不' + change.word))) continue;
    const sized = suffix === '为' && (core !== named || CHANGE_MEASURES.has(change.word) || /[较比]|环比/.test(core.slice(0, core.length - change.word.length)) || change.word.startsWith('同比'));
    return { change, level: suffix !== '' && !sized };
  }
  // The same with what it changes between (`降低能耗至5%`: a level of ≤ 5 %, as `能耗降低至5%`; `降低能耗5%` stays a change).
  const thing = CHANGE_OF_THING_TO.exec(before);
  if (thing && !thing[1]) {
    const change = [...CHANGE_WORDS, ...LEVEL_WORDS].find((c) => c.word === thing[2]);
    if (change) return { change, level: true };
  }
  const def = SORTED_BEFORE.find((d) => before.endsWith(d.word));
  if (!def) return {};
  // A change, then the comparison its size is held to (`同比增长不低于5%`, `较上年下降不超过3%`, `成本降低率不低于10%`): a
  // change (≥ 5 up, ≤ 3 down), not a level of 5 % — which a change actual (同比增长8%) never gives (W005 before).
  const changed = before.slice(0, before.length - def.word.length).trimEnd().replace(/(?:了|幅度|比例|率)$/, '');
  // (a weak word reaches a figure: `下降率达到10%` stays ≥ 10 %)
  const change = def.reads === '≈' || !def.strong ? undefined : SORTED_CHANGE.find((c) => changed.endsWith(c.word) && !changed.endsWith('不' + c.word));
  return change ? { def, change } : { def };
}

// ---------------------------------------------------------------------------------------------
// Defaults

const matchesLevel2 = (ctx: TargetContext, name: string): boolean => (ctx.level2 ?? '').includes(name);

/** A name without spaces and a trailing bracket (`差错率（%）` → 差错率). */
const cleanName = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]$/, '');

/** An indicator that is a rank (全国排名, 考核名次, 综合排位): its number is better when smaller. */
const RANK_INDICATOR = /(?:排名|名次|位次|排位)$/;

/** Words of a climb in rank (排名提升位次, `排名上升10名以内`): a change of place, not a place. */
const CLIMB = /提升|上升|提高|前进|进步/;
/** An indicator named a rank (全国排名, 考核名次), not a climb (排名提升位次). */
const namesRank = (level3: string | undefined): boolean => RANK_INDICATOR.test(cleanName(level3)) && !CLIMB.test(level3 ?? '');

/**
 * Whether an indicator's target is a rank: read as one (`前10名`, `第3-5名`, `≤10名`: rankOf, Quantity.rank), or a number ≤ under an indicator
 * named a rank (`3` or `≤3` under 全国排名, as defaultOp reads it). Its number is a place, not a quantity: 5th against
 * 前10名 is the target met, not a deviation of 50 % (W006, scoring/evaluate.ts).
 */
export function isRankTarget(ind: { readonly parsed?: Target; readonly level3?: string }): boolean {
  const t = ind.parsed;
  if (t?.kind !== 'quantity' || t.op !== '≤') return false;
  return t.rank === true || namesRank(ind.level3);
}

/** The direction when no word gives one (DEFAULTS_BY_LEVEL2, then UNWANTED, then a rank). */
export function defaultOp(ctx: TargetContext, unit: string, subject = ''): Cmp {
  const base = unitBase(unit);
  const isDuration = DURATIONS.has(base) || DURATIONS.has(unit);
  for (const d of DEFAULTS_BY_LEVEL2) {
    if (!matchesLevel2(ctx, d.level2)) continue;
    if (d.only === 'durations' && !isDuration) continue;
    return d.reads;
  }
  if (unwanted(cleanName(ctx.level3)) || unwanted(cleanName(subject))) return '≤';
  // a rank (全国排名, 考核名次): better when smaller, as `前3名` reads (rankOf); not a climb (排名提升位次)
  if (namesRank(ctx.level3)) return '≤';
  if (!ctx.level2?.trim()) {
    if (isDuration) return '≤';
    if (/成本|费用|单价|造价/.test(`${ctx.level3 ?? ''}${subject}`)) return '≤';
  }
  return '≥';
}

// ---------------------------------------------------------------------------------------------
// Units: scale and class

/** A unit's scale and base: `万元` → 1e4 × 元, `万人次` → 1e4 × 人次, `个小时` → 小时, `㎡` → 平方米. */
export function unitScale(unit: string): { factor: number; base: string } {
  const [num, per] = unit.split('/');
  const perText = per !== undefined ? `/${per}` : '';
  const money = MONEY_SCALE[num];
  if (money !== undefined) return { factor: money, base: unitBase(`元${perText}`) };
  const sc = SCALES.find((x) => num.startsWith(x.word));
  if (!sc) return { factor: 1, base: unitBase(unit) };
  return { factor: sc.factor, base: unitBase(`${num.slice(sc.word.length)}${perText}`) };
}

const MONEY_SCALE: Readonly<Record<string, number>> = { 元: 1, 千元: 1e3, 万元: 1e4, 百万元: 1e6, 千万元: 1e7, 亿元: 1e8, 万亿元: 1e12 };

const BASE_SYNONYMS: Readonly<Record<string, string>> = {
  个小时: '小时', h: '小时', 个工作日: '工作日', 个月: '月', 个季度: '季度', 平米: '平方米', '㎡': '平方米', 'm²': '平方米', m2: '平方米',
  百分点: '个百分点', 公斤: '千克', kg: '千克', km: '公里', 千米: '公里', min: '分钟', t: '吨', 'm³': '立方米', 方: '立方米', kW: '千瓦', MW: '兆瓦',
  kWh: '千瓦时', 度: '千瓦时', 日: '天', L: '升',
};

/** The unit without its scale and with one spelling (`个小时` → `小时`). */
export function unitBase(unit: string): string {
  const [num, per] = unit.split('/');
  const b = BASE_SYNONYMS[num] ?? num;
  return per !== undefined ? `${b}/${BASE_SYNONYMS[per] ?? per}` : b;
}

/** The class of a unit (money, percent, time, count, measure, score), or undefined when not in the table. */
export function unitClass(unit: string): UnitClass | undefined {
  if (!unit) return undefined;
  const [num] = unit.split('/');
  const direct = UNIT_CLASS.get(num);
  if (direct) return direct;
  const sc = SCALES.find((x) => num.startsWith(x.word));
  if (sc) {
    const rest = num.slice(sc.word.length);
    if (rest === '') return undefined; // a bare scale (`1200万`): money only where the category says so
    return UNIT_CLASS.get(rest) ?? (CLASSIFIERS.has(rest[0]) ? 'count' : undefined);
  }
  if (CLASSIFIERS.has(num[0])) return 'count';
  return undefined;
}

/**
 * `value` written in `from` expressed in `to`, or undefined when the units do not convert: the same base at any scale
 * (`9500万元` in 亿元), the same measure in another unit (`5200米` in 公里, `1天` in 小时, `3年` in 月: MEASURES), the
 * same things counted by another word (`49项` against `49个`, `500人` against `500人次`: COUNTED_ALIKE), and an actual
 * that leaves out the target's per-unit (`2次` against `≥1次/年`: what was done in the year, by the target's measure).
 */
export function convertUnit(value: number, from: string, to: string): number | undefined {
  if (from === to || from === '') return value;
  const a = unitScale(from);
  const b = unitScale(to);
  const scaled = (factor: number): number => Number(((value * a.factor * factor) / b.factor).toPrecision(12));
  if (a.base === b.base || a.base === '' || b.base === '' || sameCounted(a.base, b.base)) return scaled(1);
  const [numA, perA] = a.base.split('/');
  const [numB, perB] = b.base.split('/');
  // Per year only (or per 亩, per 人: a unit price): a count without the per-unit is the year's, which `次/月` is not.
  if (perA === undefined && perB !== undefined && !shorterThanYear(perB) && (numA === numB || sameCounted(numA, numB))) return scaled(1);
  if (perA !== perB) return undefined;
  const ma = MEASURES[numA];
  const mb = MEASURES[numB];
  if (ma && mb && ma[0] === mb[0]) return scaled(ma[1] / mb[1]);
  const ca = COUNTED_ALIKE.get(numA);
  // 人次 counts attendances, not people: `1200人次` may be 400 people, so it meets no target in 人 (500人 does meet 500人次).
  if (ca !== undefined && ca === COUNTED_ALIKE.get(numB) && !(numA === '人次' && numB !== '人次')) return scaled(1);
  return undefined;
}

/** A per-unit of time shorter than the year (`次/月`, `次/周`): the year's count says nothing of each month's. */
function shorterThanYear(per: string): boolean {
  const m = MEASURES[per];
  return m !== undefined && (m[0] === 'time' || (m[0] === 'months' && m[1] < 12));
}

/**
 * Units of one measure (a dimension and its factor to the first unit of it), as unitBase spells them. Exact conversions
 * only: a 工作日 is no number of 天, nor a 月 of 天.
 */
const MEASURES: Readonly<Record<string, readonly [string, number]>> = {
  秒: ['time', 1], 分钟: ['time', 60], 小时: ['time', 3600], 天: ['time', 86400], 周: ['time', 604800],
  月: ['months', 1], 季度: ['months', 3], 年: ['months', 12],
  米: ['length', 1], 延米: ['length', 1], 公里: ['length', 1000],
  克: ['mass', 1], 千克: ['mass', 1000], 吨: ['mass', 1e6],
  平方米: ['area', 1], 亩: ['area', 2000 / 3], 公顷: ['area', 1e4], 平方公里: ['area', 1e6],
  毫升: ['volume', 1e-3], 升: ['volume', 1], 立方米: ['volume', 1000],
  千瓦: ['power', 1], 兆瓦: ['power', 1000],
};

/**
 * Words that count the same things in an indicator's row: the generic classifier 个 and the classifiers of things
 * (`49项` for `≥49个`), people (人, 名, 位, 人次: `500人` trained meets `500人次`), events (次, 场, 期, 批, 轮). The row names
 * what is counted; the word only counts it. 家/户 (firms, households) are words of their own.
 */
const COUNTED_ALIKE: ReadonlyMap<string, string> = new Map([
  ...['个', '项', '件', '处', '所', '座', '栋', '幢', '台', '套', '台套', '份', '本', '册', '篇', '部', '条', '宗', '笔', '例', '块', '张', '间', '辆', '艘', '架', '只', '头', '株', '棵', '门', '类', '种', '支', '队', '组', '首', '幅'].map((u) => [u, 'things'] as const),
  ...['人', '名', '位', '人次'].map((u) => [u, 'people'] as const),
  ...['次', '场', '场次', '期', '期次', '批', '批次', '轮', '届'].map((u) => [u, 'events'] as const),
]);

/** A classifier and the same classifier with its noun count the same things: `20家` against `20家企业`, `99个` against `99个住宅区`. */
function sameCounted(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return CLASSIFIERS.has(short) && long.startsWith(short);
}

// ---------------------------------------------------------------------------------------------
// Parsing

function keyOf(v: TargetValue): string {
  return JSON.stringify(v);
}

interface PartReading {
  readonly values: TargetValue[];
  readonly opFrom?: 'word' | 'default';
  readonly na?: boolean;
  /** Dates seen in a phrase whose target is a quantity (context). */
}

/** The words that read as `=` but, before a rate or a satisfaction (levelOfQuality), give the default direction. */
const LEVEL_EQUALS: ReadonlySet<string> = new Set(['为', '均为', '等于']);
/** A share of a whole (财政资金占比为30%, 配套比例为1:1): its equality may be meant; no floor. */
const SHARE_NAME = /占比|比例|比重|构成/;

/**
 * Whether a target's number is a level of how well something is done: a rate (%, ‰) or a score (分, 星级), under 满意度指标 or
 * 质量指标, or an indicator that names 满意. `满意度为95%` asks at least 95 %: an officer reads 97 % as met, never as missing an
 * equality by 2 points. A count (`完成项目数为20个`: the number the budget pays for) and a share (`占比为30%`) keep `=`.
 */
function levelOfQuality(ctx: TargetContext, unit: string, subject: string): boolean {
  const cls = unitClass(unit);
  if (unit !== '' && cls !== 'percent' && cls !== 'score') return false;
  if (unitBase(unit) === '个百分点') return false;
  const names = `${ctx.level3 ?? ''}${subject}`;
  if (SHARE_NAME.test(names)) return false;
  return matchesLevel2(ctx, '满意度') || matchesLevel2(ctx, '质量') || /满意/.test(names);
}

function quantityOf(s: string, hit: NumberHit, from: number, ctx: TargetContext, columnUnit = ''): { value: TargetValue; opFrom: 'word' | 'default' } {
  let before = wordBefore(s, hit.start, from);
  // A change word, what it changes and a percent (`减少碳排放10%`, `提高农民收入5%`): a change of that thing, as
  // `碳排放减少10%` — not of a rate or a degree (`提高合格率95%`: the rate's level), nor a level after 至/到.
  const b = s.slice(from, hit.sign ?? hit.start).trimEnd();
  const change = hit.unit === '%' && !before.change && !before.def && !/[率度比至到]$/.test(b) && SORTED_CHANGE.find((c) => new RegExp(`${c.word}[\u4e00-\u9fff]{1,6}$`).test(b));
  if (change) before = { change };
  const after = hit.after;
  if (before.change && !before.level) {
    const op: '≥' | '≤' = (before.def ?? after)?.reads === '≤' ? '≤' : '≥';
    // a fall written as negative growth (增长-3%, 负增长3%): a change of minus 3, as written (read as +3 before)
    const value = (hit.sign !== undefined || b.endsWith('负' + before.change.word) ? -1 : 1) * Math.abs(hit.value);
    return { value: { kind: 'change', direction: before.change.direction, word: before.change.word, op, value, unit: hit.unit }, opFrom: 'word' };
  }
  const candidates: WordDef[] = [];
  if (before.change && before.level) candidates.push({ word: before.change.word, reads: before.change.direction === 'up' ? '≥' : '≤', strong: true });
  if (before.def) candidates.push(before.def);
  if (after) candidates.push(after);
  if (hit.over) candidates.push({ word: '余', reads: '≥', strong: false });
  const approx = candidates.some((d) => d.reads === '≈');
  const directed = candidates.filter((d): d is WordDef & { reads: Cmp } => d.reads !== '≈');
  const chosen = directed.find((d) => d.strong) ?? directed[0];
  const subject = s.slice(from, hit.start);
  const unit = hit.unit;
  const ratio = hit.ratio ? { ratio: hit.ratio } : {};
  // 为 / 等于 before a level of how well it is done (满意度为95%, 验收合格率为100%): a floor, as the default direction reads it
  if (chosen && !approx && chosen.reads === '=' && LEVEL_EQUALS.has(chosen.word) && levelOfQuality(ctx, unit || columnUnit, subject)) {
    const named = subject.trimEnd().replace(/(?:均为|为|等于)[\s:：]*$/, '');
    return { value: { kind: 'quantity', op: defaultOp(ctx, unit || columnUnit, named), value: hit.value, unit, ...ratio }, opFrom: 'default' };
  }
  if (chosen && !approx) return { value: { kind: 'quantity', op: chosen.reads, value: hit.value, unit, ...ratio }, opFrom: 'word' };
  const op = chosen && chosen.strong ? chosen.reads : defaultOp(ctx, unit, subject);
  return { value: { kind: 'quantity', op, value: hit.value, unit, ...(approx ? { approx: true as const } : {}), ...ratio }, opFrom: chosen?.strong ? 'word' : 'default' };
}

const RANGE_SEPARATORS = ['-', '~', '—', '–', '至', '到', '－', '―'];

/** Words that name a rank: `排名前3`, `全国排名第一`, `进入全国前10名`, `位列全省前三`. */
const RANK_NAME = /排名|名次|位次|排位|排序|位列|位居|跻身|进入/;
const RANK_NUMBER = '(\\d{1,4}|[一二两三四五六七八九十百]{1,4})';
/**
 * A rank (`第3名`, `前10名`, `第3-5名`, `排名前3`, `全国排名第一`): its number after 第 or 前, `名` after it or a word that names
 * a rank before it (RANK_NAME, or the 三级指标: 全国排名), and nothing after but 以内/之内. The ordinals of other things
 * (`第3季度`, `第二批`, `第一位`) are none.
 */
const RANK = new RegExp(`^(.{0,16}?)(第|前)\\s*${RANK_NUMBER}(?:\\s*[-~至到—–]\\s*第?\\s*${RANK_NUMBER})?\\s*(名|位)?\\s*(?:以内|之内|内)?$`);

/**
 * The words of WORDS_BEFORE for at most that a place is written with (`≤10名`, `不超过10名`, `排名不高于10`), longest first:
 * all but those of a number of people or that are ambiguous (`控制在50名`, `最多10名`, `不多于10名`, `不足10名`, `少于10名`,
 * `低于5`), named here, so that a ≤ word added to WORDS_BEFORE writes a rank's ceiling too unless it is named.
 */
const NOT_AT_MOST_PLACE = ['不多于', '小于', '低于', '少于', '不足', '最多', '至多', '控制在'];
const AT_MOST = SORTED_BEFORE.filter((d) => d.reads === '≤' && !NOT_AT_MOST_PLACE.includes(d.word)).map((d) => d.word);
/**
 * A rank written as a ceiling (`全国排名≤10名`, `排名不超过10`, `10名以内` under 全省考核排名): at most before the number
 * (AT_MOST) or 以内/之内 after it, and before them nothing but words that name a rank.
 */
const CAPPED_RANK = new RegExp(`^(.{0,16}?)(${AT_MOST.join('|')})?${RANK_NUMBER}(名|位)?(以内|之内|内)?$`);

/** A unit a rank is counted in: a place's (名, 位) or a share's (%). parseTarget gives a rank the 度量单位 column's unit only when it is one. */
export function isRankUnit(unit: string): boolean {
  return /^[名位%]$/.test(unit);
}

/**
 * A place among the top share (`前10%`, `进入全国前2.5%`, `全省排名前5%`, `位列全州同类前10％`, `同行业前10%`): better when
 * smaller, ≤ the share (5 % meets 前10%). Before 前 only words of entering or ranking and of the field ranked in (全国 …
 * 全县, 全疆, 全地区, 行业, 同级, 同类, 同行业), so that `提前10%` (ahead of time) and `较上年前10%` are no place. (`％` is
 * `%` by now: normalizeTargetText.)
 */
const TOP_SHARE = /^(?:进入|位列|排名)?(?:全(?:[国省区市州盟县疆]|地区)|同(?:级|类|行业)|行业)*(?:排名)?前(\d+(?:\.\d+)?)%(?:以内)?$/;

/**
 * A rank is better when smaller: ≤ its worst rank (the second of `第3-5名`), in 名 when written so. Else undefined. Written
 * as a ceiling (CAPPED_RANK) it is one only where a word names a rank, before it (`排名≤10`) or in the 三级指标 (namesRank:
 * `≤10名` under 全国排名): 名 is the counter of people too, and a ceiling in 名 under any other name is a head count
 * (`≤10名` under 聘用专家, `不超过2名` under 安全事故死亡). The forms print a rank as `前10名` (targetText.ts rankWords), which
 * reads back as one under any name.
 */
function rankOf(s: string, ctx: TargetContext): Quantity | undefined {
  const text = s.replace(/\s+/g, '');
  const share = TOP_SHARE.exec(text);
  if (share) {
    const value = Number(share[1]);
    return value > 0 && value <= 100 ? { kind: 'quantity', op: '≤', value, unit: '%', rank: true } : undefined;
  }
  const n = (x: string): number | null => (isDigit(x[0]) ? Number(x) : chineseNumber(x));
  const m = RANK.exec(text);
  if (m) {
    const [, before, , first, second, unit] = m;
    const named = RANK_NAME.test(before) || RANK_NAME.test(ctx.level3 ?? '');
    if (unit === '位' ? !named : unit === undefined && !named) return undefined;
    const worst = n(second ?? first);
    const best = n(first);
    if (worst === null || best === null || worst < 1 || worst < best) return undefined;
    return { kind: 'quantity', op: '≤', value: worst, unit: unit ?? '', rank: true };
  }
  const c = CAPPED_RANK.exec(text);
  if (!c) return undefined;
  const [, before, atMost, number, unit, within] = c;
  if (atMost === undefined && within === undefined) return undefined;
  const namedBefore = RANK_NAME.test(before);
  if ((before !== '' && !namedBefore) || CLIMB.test(before)) return undefined;
  const rank = namedBefore || namesRank(ctx.level3);
  const worst = n(number);
  if (!rank || worst === null || worst < 1) return undefined;
  return { kind: 'quantity', op: '≤', value: worst, unit: unit ?? '', rank: true };
}

function parsePart(s: string, ctx: TargetContext, columnUnit = ''): PartReading {
  if (isNa(s)) return { values: [], na: true };
  const rank = rankOf(s, ctx);
  if (rank) return { values: [rank], opFrom: 'word' };
  const dates = findDates(s);
  const isTime = matchesLevel2(ctx, '时效');
  // Under 时效指标 a slash between numbers alone is a day (`6/30`, `12/31`: June 30th, December 31st), not a fraction.
  let numbers = findNumbers(s, dates, !isTime);
  // Numbers in brackets are a remark when there is one outside them.
  if (numbers.some((n) => !n.bracketed)) numbers = numbers.filter((n) => !n.bracketed);
  const deadlines = dates.flatMap((d) => (d.deadline ? [d.deadline] : []));
  if (numbers.length === 0 || (deadlines.length > 0 && isTime)) {
    return { values: deadlines };
  }
  // A range: two numbers joined by a dash, 至 or ~ (`90%-95%`, `5至10个`).
  if (numbers.length === 2) {
    const [a, b] = numbers;
    const between = s.slice(a.end, b.start).trim();
    // …and… between (`介于90%和100%之间`, `在80与100分之间`): the two ends too, as a dash joins them
    const ends = RANGE_SEPARATORS.includes(between) || (/^(?:和|与|及|、)$/.test(between) && /^\s*之间/.test(s.slice(b.end)));
    if (ends && !a.after && !wordBefore(s, b.start, a.end).def) {
      const unit = a.unit || b.unit;
      // A floor with a scale word and a bare ceiling (`1.2万-15000`): the ceiling is without the scale (15000, 1.5万 —
      // not 15000万) when it is still at or above the floor so (12000); else with it (`1万-2`: 1万～2万).
      const scale = b.unit ? undefined : SCALES.find((x) => a.unit.startsWith(x.word));
      const high = scale && b.value >= a.value * scale.factor ? Number((b.value / scale.factor).toPrecision(12)) : b.value;
      return {
        values: [
          { kind: 'quantity', op: '≥', value: a.value, unit },
          { kind: 'quantity', op: '≤', value: high, unit: b.unit || unit },
        ],
        opFrom: 'word',
      };
    }
  }
  const values: TargetValue[] = [];
  let opFrom: 'word' | 'default' = 'word';
  let from = 0;
  for (const [i, n] of numbers.entries()) {
    // A starting point (`由10%降低至5%`, `从15天压缩到10天`): the target is the level it goes to.
    const next = numbers[i + 1] as NumberHit | undefined;
    if (next && /[由从]$/.test(s.slice(from, n.start).trimEnd()) && wordBefore(s, next.start, n.end).level) {
      from = n.end;
      continue;
    }
    const q = quantityOf(s, n, from, ctx, columnUnit);
    values.push(q.value);
    if (q.opFrom === 'default') opFrom = 'default';
    from = n.end;
  }
  return { values, opFrom };
}

/** `零`, `零发生`, `零事故` …: nothing of it may happen, ≤ 0 (`零容忍` is a stance, not a count, and stays text). */
const ZERO_TARGET = /^零(?:发生|事故|投诉|差错|伤亡|死亡|违规|失误|缺陷|案件|上访|污染)?$/;
/** `无`, `没有`, `不发生` as a target: ≤ 0 where the indicator names what should not happen (else 无 is 不适用). */
const NONE_TARGET = /^(?:无|没有|不发生|无发生)$/;
/** An actual that says none happened or none was done: 0 (`无` alone is 不适用 as a target). */
const NONE_ACTUAL = /^(?:零|无|没有|未发生|无发生|零发生)$/;

/**
 * A target that none of what should not happen happens, in words (`无重大安全事故`, `不发生安全事故`, `杜绝违规违纪问题`,
 * `安全生产事故为零`, `重大质量事故零发生`): qualitative as written, and met by an actual that counts none of it.
 */
const NONE_OF = /^(?:确保|力争)?(?:无|没有|不发生|未发生|杜绝|零)(?:任何|一起|重大|较大|一般)?[\u4e00-\u9fff]{1,12}$|^[\u4e00-\u9fff]{1,12}(?:为零|为0|零发生|发生数为零|发生数为0)$/;

/**
 * How many of it an actual counts against a target that none happens (NONE_OF): 0 for `0起`, `未发生`, `无`; 1 for
 * `发生1起`; undefined when the actual counts nothing (a text the grade words read, a rate, an amount).
 */
export function noneCounted(targetText: string | undefined, actual: string | undefined): number | undefined {
  if (!targetText || !actual) return undefined;
  const t = normalizeTargetText(targetText).replace(/\s+/g, '');
  if (!NONE_OF.test(t) || !NAMES_UNWANTED.test(t)) return undefined;
  const a = normalizeTargetText(actual).replace(/\s+/g, '');
  if (NONE_ACTUAL.test(a)) return 0;
  const r = parseTarget(a).target;
  return r.kind === 'quantity' && r.value >= 0 && (r.unit === '' || unitClass(r.unit) === 'count') ? r.value : undefined;
}

/**
 * A change by an amount, then the level it reaches (`提高10个百分点至90%`, `降低5个百分点至10%`, `较上年提高10个百分点，达到90%`,
 * `增加200人次至1200人次`): the level is the target, as `提高至90%` (≥ 90 %, ≤ 10 %); the change is context.
 */
const CHANGE_THEN_LEVEL = new RegExp(`(${CHANGE_WORDS.map((c) => c.word).join('|')})了?\\s*\\d+(?:\\.\\d+)?\\s*[^\\d\\s,;。至到达]{0,6}?\\s*,?\\s*(?:至|到|达到|达)(?=\\s*\\d)`);

const BARE_NUMERAL = /^(.{0,6}?)([零〇一二两三四五六七八九十百千万亿]+)(.{0,4})$/;

/**
 * A Chinese numeral with no unit after it (`三十`, `不少于三十`, `二十以上`) and its unit in the 度量单位 column (项): read
 * as if the unit were written (`三十项`). Only a whole cell of a comparison word, the numeral and a word after it: a
 * numeral inside a word (进一步, 统一) stays none.
 */
function bareNumeral(s: string, ctx: TargetContext, columnUnit: string | undefined): TargetReading | undefined {
  const unit = columnUnit?.trim() ?? '';
  const m = BARE_NUMERAL.exec(s);
  if (!unit || !m) return undefined;
  const [, before, run, after] = m;
  if (before && !WORDS_BEFORE.some((d) => d.word === before.trim())) return undefined;
  if (after && !WORDS_AFTER.some((d) => d.word === after.trim())) return undefined;
  const r = parseTarget(`${before}${run}${unit}${after}`, ctx, unit);
  return r.target.kind === 'quantity' ? r : undefined;
}

/** Reads a target written in a cell (text, or a number with the column's unit). */
export function parseTarget(written: string | number | null | undefined, ctx: TargetContext = {}, columnUnit?: string): TargetReading {
  const r = readTarget(written, ctx, columnUnit);
  // 0 with no word for its direction (`0`, `0起` under 违规使用资金) of a thing that should not happen is none of it:
  // ≤ 0, as 零. A 0 under 满意度 or a count (新增示范点) is no cap: a blank typed as 0, read as written.
  const zeroCap = r.opFrom === 'default' && r.target.kind === 'quantity' && r.target.value === 0 && !r.target.approx && NAMES_UNWANTED.test(`${ctx.level3 ?? ''}${typeof written === 'string' ? written : ''}`);
  return zeroCap ? { ...r, target: { ...r.target, op: '≤' } } : r;
}

function readTarget(written: string | number | null | undefined, ctx: TargetContext, columnUnit?: string): TargetReading {
  if (written === null || written === undefined) return { target: { kind: 'na', empty: true } };
  if (typeof written === 'number') {
    if (!Number.isFinite(written)) return { target: { kind: 'text' } };
    const unit = columnUnit?.trim() ?? '';
    return { target: { kind: 'quantity', op: defaultOp(ctx, unit), value: written, unit }, opFrom: 'default' };
  }
  const s = normalizeTargetText(written);
  if (s === '') return { target: { kind: 'na', empty: true } };
  if (s.length > MAX_TARGET_CHARS) return { target: { kind: 'text' } };
  // 无 under an indicator that names what should not happen (安全事故, 投诉): none of it, as 零 — not 不适用.
  if (isNa(s) && !(NONE_TARGET.test(s) && unwanted(cleanName(ctx.level3)))) return { target: { kind: 'na' } };
  if (ZERO_TARGET.test(s) || NONE_TARGET.test(s)) return { target: { kind: 'quantity', op: '≤', value: 0, unit: columnUnit?.trim() ?? '' }, opFrom: 'word' };
  const parts = splitParts(s.replace(CHANGE_THEN_LEVEL, '$1至'));
  const values: TargetValue[] = [];
  const seen = new Set<string>();
  let opFrom: 'word' | 'default' | undefined;
  let allNa = parts.length > 0;
  for (const p of parts) {
    const r = parsePart(p, ctx, columnUnit?.trim() ?? '');
    if (!r.na) allNa = false;
    for (const v of r.values) {
      const k = keyOf(v);
      if (seen.has(k)) continue;
      seen.add(k);
      values.push(v);
    }
    if (r.opFrom === 'default' || (r.opFrom === 'word' && opFrom === undefined)) opFrom = r.opFrom;
  }
  if (allNa) return { target: { kind: 'na' } };
  if (values.length === 0) return bareNumeral(s, ctx, columnUnit) ?? { target: { kind: 'text' } };
  if (values.length === 1) {
    const v = values[0];
    // A bare number with the column's unit: `90` with 度量单位 `%`.
    // A rank (`排名前3`) only in a rank's unit (名, 位, %: `前1` with % is the top 1 %): its number is a place, in no other
    // unit of the column's (个, 家: `第2名` would not convert to it).
    if (v.kind === 'quantity' && v.unit === '' && columnUnit?.trim() && (!v.rank || isRankUnit(columnUnit.trim()))) {
      const unit = columnUnit.trim();
      const op = opFrom === 'default' ? defaultOp(ctx, unit) : v.op;
      return { target: { ...v, op, unit }, opFrom: v.kind === 'quantity' ? opFrom : undefined };
    }
    const scaled = inColumnScale(v, columnUnit);
    if (scaled !== v) {
      if (scaled.kind === 'quantity') return { target: { ...scaled, op: opFrom === 'default' ? defaultOp(ctx, scaled.unit) : scaled.op }, opFrom };
      return { target: scaled };
    }
    return { target: v, opFrom: v.kind === 'quantity' ? opFrom : undefined };
  }
  // Each value of several (a range's two ends: `1.2万-1.5万`, `1.2-1.5万人次` with 度量单位 人次) in the column's unit too,
  // and a bare end in it as a bare single number is (`60-80` with 家 is 60家～80家: an actual in 人 is not read as 家)
  const unit = columnUnit?.trim();
  return { target: { kind: 'multi', parts: values.map((v) => inColumnScale(unit && v.kind === 'quantity' && !v.unit ? { ...v, unit } : v, columnUnit)) } };
}

/**
 * A scale word against the column's unit (`1.2万` or `1.2万人次` with 度量单位 人次): the number in the column's unit
 * (12000), which the actuals are read in; a column unit with its own scale (万人次, 万元) keeps 1.2. Else `v` itself.
 */
function inColumnScale(v: TargetValue, columnUnit: string | undefined): TargetValue {
  const unit = columnUnit?.trim() ?? '';
  if ((v.kind !== 'quantity' && v.kind !== 'change') || !unit || v.unit === unit || !SCALES.some((x) => v.unit.startsWith(x.word))) return v;
  const value = convertUnit(v.value, v.unit, unit);
  return value === undefined ? v : { ...v, value, unit };
}

/**
 * A range (`90%-100%`, `≥90%且≤100%`, `5至10个`): two quantities, a floor (≥) and a ceiling (≤) at or above it, in units
 * that convert (the ceiling is given in the floor's unit). Met when the actual is inside it, both ends included.
 */
export function rangeOf(t: Target | undefined): { readonly low: Quantity; readonly high: Quantity } | undefined {
  if (t?.kind !== 'multi' || t.parts.length !== 2) return undefined;
  const [a, b] = t.parts;
  if (a.kind !== 'quantity' || b.kind !== 'quantity' || a.approx || b.approx) return undefined;
  const [low, high] = a.op === '≥' && b.op === '≤' ? [a, b] : a.op === '≤' && b.op === '≥' ? [b, a] : [undefined, undefined];
  if (!low || !high) return undefined;
  const unit = low.unit || high.unit;
  const lowValue = convertUnit(low.value, low.unit, unit);
  const highValue = convertUnit(high.value, high.unit, unit);
  if (lowValue === undefined || highValue === undefined || highValue < lowValue) return undefined;
  return { low: { ...low, value: lowValue, unit }, high: { ...high, value: highValue, unit } };
}

// ---------------------------------------------------------------------------------------------
// Actuals

/** The number of an actual, in the target's unit; a change in the target's direction. */
export function parseActualNumber(written: string | number | null | undefined, target: Target, ctx: TargetContext = {}): number | undefined {
  if (written === null || written === undefined) return undefined;
  if (typeof written === 'number') return Number.isFinite(written) ? written : undefined;
  if ((target.kind === 'quantity' || target.kind === 'change') && NONE_ACTUAL.test(normalizeTargetText(written))) return 0;
  const r = parseTarget(written, ctx).target;
  if (target.kind === 'quantity' && r.kind === 'text' && !/\d/.test(written)) return wordsActual(written, target);
  if (target.kind === 'change') {
    if (r.kind === 'change') {
      const v = convertUnit(r.value, r.unit, target.unit);
      return v === undefined ? undefined : r.direction === target.direction ? v : -v;
    }
    if (r.kind === 'quantity') return convertUnit(r.value, r.unit, target.unit);
    return undefined;
  }
  if (r.kind !== 'quantity' && r.kind !== 'change') return undefined;
  // A change (较上年增长8%) says nothing of the level a level target asks (满意度 ≥90%): no number, W005.change says so.
  if (r.kind === 'change' && target.kind === 'quantity' && !measuresChange(target, ctx)) return undefined;
  const unit = target.kind === 'quantity' ? target.unit : '';
  const value = r.kind === 'change' && r.direction === 'down' ? -r.value : r.value;
  // A target written as a ratio (`0.95`, no unit) and an actual in percent (`90%`): 0.9, not 90 (which met it 95 times over).
  if (unit === '' && target.kind === 'quantity' && Math.abs(target.value) <= 1 && (r.unit === '%' || r.unit === '‰')) return Number((value / (r.unit === '%' ? 100 : 1000)).toPrecision(12));
  return convertUnit(value, r.unit, unit);
}

/** An indicator that names a change (销售收入增长率, 成本降低率, 增幅): its figure is a change, which a change actual gives. */
const CHANGE_NAME = /增长|增幅|增速|涨幅|提高|提升|上升|下降|降低|降幅|减少|减幅|缩短|压缩|变化|变动/;

/** Whether a quantity target measures a change (its indicator names one, or it counts 个百分点), not a level. */
export function measuresChange(target: Quantity, ctx: TargetContext): boolean {
  return unitBase(target.unit) === '个百分点' || CHANGE_NAME.test(ctx.level3 ?? '');
}

/** Words that say all of it (全部通过验收, 均已拨付到位). */
const ALL_OF_IT = /全部|全面|全数|全额|足额|均|一律/;

/**
 * An actual in words that says the target was met (grades.ts recogniseGrade: 达成), where met has one figure: none
 * happened against `零事故` (≤ 0) is 0; all of it (达标, 及时到位 against 100%; 全部通过验收 against any rate) is 100 %.
 * Else undefined: `达标` against ≥95% does not say by how much, nor an appraisal (良好, 优秀, 有效提升) how much of a
 * 100% target was reached (W005 asks for the rate).
 */
function wordsActual(written: string, target: Quantity): number | undefined {
  const g = recogniseGrade(written);
  if (g?.grade !== '达成' || g.defaultTenths === undefined || g.appraisal) return undefined;
  if (target.op === '≤' && target.value === 0) return 0;
  return target.op !== '≤' && target.unit === '%' && (target.value === 100 || ALL_OF_IT.test(written)) ? 100 : undefined;
}

/** The fiscal-year date a deadline names (its last day when no day is written). */
export function deadlineDate(d: Deadline, fiscalYear: number | undefined): { year: number; month: number; day: number } | undefined {
  const year = d.year ?? (fiscalYear === undefined ? undefined : fiscalYear + (d.nextYear ? 1 : 0));
  if (year === undefined) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = d.month === 2 ? (leap ? 29 : 28) : MONTH_DAYS[d.month - 1];
  return { year, month: d.month, day: d.day ?? last };
}

/** Words of an actual that say a deadline was kept, or missed (found anywhere in it: 按期 also finds 已按期完成). */
const DEADLINE_KEPT = ['按期', '按时', '如期', '提前', '准时', '按计划'];
const DEADLINE_MISSED = ['未按期', '未按时', '逾期', '延期', '滞后', '推迟', '未如期', '超期', '拖期'];

/** A date in an actual (`2023年11月20日完成`, `2023/11/20`, a date cell), or undefined. */
export function actualDate(written: string | { year: number; month: number; day: number } | null | undefined, fiscalYear?: number): { year: number; month: number; day: number } | undefined {
  if (written === null || written === undefined) return undefined;
  if (typeof written !== 'string') return written;
  const s = normalizeTargetText(written);
  if (s.length > MAX_TARGET_CHARS) return undefined;
  const hits = findDates(s);
  if (hits.length !== 1 || !hits[0].deadline) return undefined;
  const d = hits[0].deadline;
  if (d.day === undefined && d.year === undefined && !/\d/.test(s.slice(hits[0].start, hits[0].end))) return undefined;
  return deadlineDate(d, fiscalYear);
}

/** Whether an actual keeps a deadline: true (kept), false (missed), undefined (cannot tell). */
export function judgeDeadline(d: Deadline, actual: string | { year: number; month: number; day: number } | null | undefined, fiscalYear?: number): boolean | undefined {
  if (actual === null || actual === undefined) return undefined;
  const at = actualDate(actual, fiscalYear ?? d.year);
  const due = deadlineDate(d, fiscalYear ?? (at ? at.year : undefined));
  if (at && due) {
    const n = (x: { year: number; month: number; day: number }): number => x.year * 10000 + x.month * 100 + x.day;
    return n(at) <= n(due);
  }
  if (typeof actual !== 'string') return undefined;
  const s = normalizeTargetText(actual).replace(/\s+/g, '');
  if (DEADLINE_MISSED.some((x) => s.includes(x))) return false;
  if (DEADLINE_KEPT.some((x) => s.includes(x))) return true;
  return undefined;
}
