/** Text normalisation shared by every reader: full-width forms, odd spaces, header keys. */

import { foldFullWidth } from '../algorithms/halfwidth';

/** Full-width ASCII (！…～) and the ideographic space → half-width; NBSP and other odd spaces → ' '. */
const ODD_SPACE = /[\u00a0\u2000-\u200b\u202f\ufeff]/;
const ODD_SPACES = /[\u00a0\u2000-\u200b\u202f\ufeff]/g;

/** Any character toHalfWidth changes: one test lets the usual plain cell through untouched. */
const NEEDS_WORK = /[\uFF01-\uFF5E\u3000\u00a0\u2000-\u200b\u202f\ufeff]/;

export function toHalfWidth(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  const folded = foldFullWidth(s);
  return ODD_SPACE.test(folded) ? folded.replace(ODD_SPACES, ' ') : folded;
}

/**
 * The minus signs a number is written with, other than the hyphen-minus `-` (toHalfWidth makes the full-width － one):
 * the minus sign −, the small ﹣, the hyphens ‐ ‑ and the en dash – (Word turns ` - ` into ` – ` as it is typed). Not
 * the em dash —: in Chinese it is the 破折号 (——), which introduces what follows and is no sign (`增长——3%` is a rise).
 */
export const OTHER_MINUS = /[\u2212\ufe63\u2010\u2011\u2013]/g;

/** Whether a text opens with a negative number: a minus sign (any of them), spaces either side (`-3%`, ` - 3%`, `－3`). */
export function opensNegative(s: string): boolean {
  return /^\s*-\s*[0-9０-９]/.test(toHalfWidth(s).replace(OTHER_MINUS, '-'));
}

/**
 * Half-width, trimmed, without a leading apostrophe: the `'` typed (or written by a system's CSV export) to keep
 * a number as text (`'91650104614684574Q`, `'2018`) is not part of the value (Excel hides it; a CSV keeps it).
 */
export function cleanText(s: string): string {
  const t = toHalfWidth(s).trim();
  return t.charCodeAt(0) === 39 /* ' */ ? t.slice(1).trim() : t;
}

/** Removes every kind of white space (incl. line breaks). */
export function stripSpaces(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '');
}

const SLASH_UNIT = /\/(?:万元|元)$/;
// `【万元】`, `[万元]`, `〔元〕` too: budget systems write units in square brackets.
const isOpen = (ch: string): boolean => ch === '(' || ch === '（' || ch === '[' || ch === '【' || ch === '〔';
const isClose = (ch: string): boolean => ch === ')' || ch === '）' || ch === ']' || ch === '】' || ch === '〕';

/**
 * The trailing unit suffix `(…)`, `（…）`, `[…]`, `【…】` or `/万元`, `/元`: what the regex
 * `(?:[(（][^)）]*[)）]|\/(?:万元|元))$` finds, in linear time (that regex backtracks
 * quadratically on a long run of `(`, and a cell may hold megabytes).
 */
function unitSuffix(s: string): { index: number; inner: string } | null {
  if (s.length > 0 && isClose(s[s.length - 1])) {
    let k = s.length - 2;
    while (k >= 0 && !isClose(s[k])) k--;
    for (let j = k + 1; j < s.length - 1; j++) if (isOpen(s[j])) return { index: j, inner: s.slice(j) };
  }
  const m = SLASH_UNIT.exec(s);
  return m ? { index: m.index, inner: m[0] } : null;
}

/** A bracket after a header that says it is the target after the year's adjustment: `（调整后）`. */
const ADJUSTED = /^\(调整后\)$/;
/**
 * A bracket that says the column is not yet what happened (`（预计）`, `（预测数）`, `（预估）`, `（估计）`, `（计划）`): part of
 * its name, no unit to strip. The one place that says what a forecast heading is: headerKey keeps it (a forecast is no
 * field under its plain name: never 本年拨付, never 实际完成值), and withoutForecast lets header.ts matchColumn read what
 * it forecasts (`实际完成值（预计）` is the indicator table's forecast: ColumnDef.forecast).
 */
const NOT_YET = /^\((?:预[计测估]|估计|计划|拟)/;
/** Of NOT_YET's marks, those of a plan (`（计划）`, `（拟）`): what is to be paid, not a guess at what will be. */
const PLAN = /^\((?:计划|拟)/;

/**
 * A header text marked a forecast (NOT_YET, before any unit: `2021年拨付（预计）`, `实际完成值(预估数)（万元）`): the text
 * without that bracket (spaces removed, half-width), and whether the mark is a plan's (PLAN: `2021年拨付（计划）`);
 * undefined when the text has no such mark.
 */
export function withoutForecast(raw: string): { readonly text: string; readonly plan: boolean } | undefined {
  let s = stripSpaces(raw).replace(/^\*+|\*+$/g, '');
  let tail = '';
  for (let guard = 0; guard < 3; guard++) {
    const m = unitSuffix(s);
    if (!m) return undefined;
    if (NOT_YET.test(m.inner)) return { text: s.slice(0, m.index) + tail, plan: PLAN.test(m.inner) };
    tail = m.inner + tail;
    s = s.slice(0, m.index);
  }
  return undefined;
}

/**
 * Header text → comparable key and the unit it names, if any:
 * `财政支持资金（万元）` → {key: '财政支持资金', unit: '万元'}; `本年拨付(元)` → unit 元;
 * `财政支持资金/万元`; line breaks and spaces removed; a leading `*` (required marker) dropped.
 */
export function headerKey(raw: string): { key: string; unit?: '万元' | '元' } {
  let s = stripSpaces(raw).replace(/^\*+|\*+$/g, '');
  let unit: '万元' | '元' | undefined;
  for (let guard = 0; guard < 3; guard++) {
    const m = unitSuffix(s);
    if (!m) break;
    const inner = m.inner;
    if (ADJUSTED.test(inner)) {
      // `年度指标值（调整后）` is the adjusted column, as `调整后年度指标值`: the word moves before the header, not dropped
      s = `调整后${s.slice(0, m.index)}`;
      break;
    }
    if (NOT_YET.test(inner)) break;
    if (/万元/.test(inner)) unit = '万元';
    else if (/元/.test(inner)) unit = '元';
    s = s.slice(0, m.index);
  }
  return { key: s, unit };
}

/** One way to read a header: the comparable key and the money unit the text names. */
export interface HeaderReading {
  readonly key: string;
  readonly unit?: '万元' | '元';
}

const BRACKETS_AND_SEPARATORS = /[()（）[\]【】〔〕、,，/]/g;

/**
 * The keys a header may stand for, most literal first: the text as written (spaces and a leading
 * `其中：` dropped), the text with its unit suffix removed (`本年拨付（万元）` → 本年拨付), the text
 * with its brackets dissolved (`地（州、市）` → 地州市: a bracket that holds no unit is part of the
 * name), and a trailing bare `万元` (`项目总投资万元`). The catalogue takes the first key it knows.
 */
export function headerReadings(raw: string): ReadonlyArray<HeaderReading> {
  // The same header texts are read again and again (each sheet's first rows against each
  // catalogue, before and after the sheets are chosen): their readings are kept.
  // (Short texts only: a header is a few words, and a long cell must not be kept twice.)
  if (raw.length > MAX_KEPT_LENGTH) return readingsOfText(raw);
  let out = readingsOf.get(raw);
  if (!out) {
    if (readingsOf.size >= MAX_KEPT_READINGS) readingsOf.clear();
    out = readingsOfText(raw);
    readingsOf.set(raw, out);
  }
  return out;
}
const readingsOf = new Map<string, ReadonlyArray<HeaderReading>>();
const MAX_KEPT_READINGS = 4096;
const MAX_KEPT_LENGTH = 100;

function readingsOfText(raw: string): ReadonlyArray<HeaderReading> {
  const full = stripSpaces(raw).replace(/^\*+|\*+$/g, '').replace(/^其中[:：]/, '').replace(/[:：]$/, '');
  const stripped = headerKey(full);
  const out: HeaderReading[] = [{ key: full, unit: stripped.unit }];
  const push = (r: HeaderReading): void => {
    if (r.key && !out.some((o) => o.key === r.key)) out.push(r);
  };
  push(stripped);
  push({ key: full.replace(BRACKETS_AND_SEPARATORS, ''), unit: stripped.unit });
  // A remark in brackets inside the heading (项目（课题）名称, 本年（2020年）拨付): the heading around it; one at its end is
  // headerKey's. Not an adjustment (年度（调整后）指标值 is no 年度指标值: the adjusted target is not the one it replaced)
  push({ key: stripped.key.replace(/[（(]([^（）()]*)[）)](?=.)/g, (b, inner: string) => (ADJUSTED.test(`(${inner})`) ? b : '')), unit: stripped.unit });
  // The sum of columns before it (第一批拨付 | 第二批拨付 | 本年拨付合计): the heading summed
  const summed = /^(.+?)(?:合计|总计)$/.exec(stripped.key);
  if (summed) push({ key: summed[1], unit: stripped.unit });
  const bare = /^(.+?)(万元|元)$/.exec(stripped.key);
  if (bare && bare[2] === '万元') push({ key: bare[1], unit: '万元' });
  // The level of government that gives the money, before a money header: 省级财政资金, 自治区补助资金, 中央财政资金 →
  // 财政资金, 补助资金 (the fund's own money, whichever level a prefecture names it by). Only the levels that fund a
  // special fund: 市级/县级/州级 money is the prefecture's own matching funds, and 本级/区级 name no level on their
  // own (a district's, or the 自治区's?); read as the fund's, they would change every money figure with no finding.
  const level = FUNDING_LEVEL.exec(stripped.key);
  if (level) push({ key: stripped.key.slice(level[0].length), unit: stripped.unit });
  // A cut-off written as a date, not as a span: 截至7月底完成情况, 截止6月30日拨付, 截至9月末执行情况 → 1-7月完成情况 …
  // An adjustment said when it was made (年中调整后指标值, 中期调整后目标值): the adjusted column, as 调整后指标值
  if (/^(?:年中|中期|期中|年度中期)调整/.test(stripped.key)) push({ key: stripped.key.replace(/^(?:年中|中期|期中|年度中期)/, ''), unit: stripped.unit });
  const upTo = UP_TO_MONTH.exec(stripped.key);
  if (upTo) push({ key: `1-${Number(upTo[1])}月${upTo[2]}`, unit: stripped.unit });
  return out;
}

/** `截至7月底…`, `截止到6月30日…`, `至9月末…`, `截至7月份…`: the months from January to that month (a day before the month's end is not it). */
export const UP_TO_MONTH = /^(?:截至|截止到?|至)(1[01]|[1-9])月(?:底|末|份|(?:28|29|30|31)日|(?:28|29|30|31)号)?(?!\d)(.+)$/;

const FUNDING_LEVEL = /^(?:中央|省级|省|自治区级|自治区本级|自治区)(?=.*(?:资金|补助|拨款|资助))/;

const YEAR_IN_TEXT = /((?:19|20)\d{2})\s*年/;
/** A year's four digits written in Chinese before 年 (`二〇一九年`, `二零一九年度`, ○ typed for 〇) as Arabic digits: `2019年`. */
export function chineseYearDigits(t: string): string {
  return t.includes('年') ? t.replace(/[〇○零一二三四五六七八九]{4}(?=\s*年)/g, (d) => [...d].map((c) => '〇一二三四五六七八九'.indexOf(c === '○' || c === '零' ? '〇' : c)).join('')) : t;
}
/**
 * A date written in a text (`2019年1月10日`, `2019年1月`), with the 截至/截止/至 that makes it the end of the period
 * reported on (`截至2018年12月31日`, `2018年1月1日至2018年12月31日`). Starts only at 截/至 or a year's digits.
 */
const DATE_IN_TEXT = /(?:(截至|截止到?|至)[\s:：]*)?((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/g;
/** What follows the first date of a period written as two (`2018年1月1日-2018年12月31日`, `2018年1月1日起至12月31日止`). */
const PERIOD_END = /^\s*起?\s*[-—–~～－至到]+\s*(?:((?:19|20)\d{2})\s*年)?\s*\d{1,2}\s*月/;
/** The words that label a date as when the form was filled, printed or sent (`填报日期：2019年1月`). */
const WHEN_FILLED = /(?:日期|时间|填报|填表|制表|报送|打印)[\s:：]*$/;
/** The words that label a period of two dates as when the form was filled (`填报时间：2019年1月1日至1月10日`). */
const FILLED_PERIOD = /(?:填报|填表|制表|报送|打印)(?:日期|时间)?[\s:：]*$/;

/**
 * The text with its dates of filling taken out, and each 截至 date as its year: a full date (with its day) is when
 * the form was filled unless 截至/至 makes it the end of the period, or a second date after it makes it the start of
 * one (the period's year is its end's); a month alone (`2019年6月绩效监控表`,
 * `2018年12月项目台账`) is the period itself, unless a label names it the form's date (`填报日期：2019年1月`).
 */
function withoutDatesOfFilling(t: string): string {
  /** Where the end of a period of filling lies (填报时间：2019年1月1日至2019年1月10日): no year either. */
  let filledEnd = { from: -1, to: -1 };
  return t.replace(DATE_IN_TEXT, (m: string, upTo: string | undefined, y: string, at: number) => {
    if (at >= filledEnd.from && at < filledEnd.to) return '';
    const before = t.slice(Math.max(0, at - 8), at);
    const labelled = WHEN_FILLED.test(before);
    const day = /[日号]$/.test(m);
    // a full date that opens a period (2018年1月1日-2018年12月31日): the period's year, its end's — unless a label
    // names the period as when the form was filled (not 统计时间：, the period reported on)
    const end = day && !upTo ? PERIOD_END.exec(t.slice(at + m.length)) : null;
    if (end && FILLED_PERIOD.test(before)) {
      filledEnd = { from: at + m.length, to: at + m.length + end[0].length };
      return '';
    }
    if (upTo) return `${y}年`;
    if (end) return `${end[1] ?? y}年`;
    return day || labelled ? '' : m;
  });
}

/**
 * The fiscal year the texts name (sheet titles, the lines above a header, sheet names): the first year written as
 * `2018年`. A full date names it only as the end of the period reported on (`截至2018年12月31日`); any other full date,
 * and a month labelled as the form's date, is when the form was filled (`填报日期：2019年1月10日`, written after the
 * year it reports on) and names no fiscal year. A month alone names its year (`2019年6月绩效监控表`).
 */
export function inferYear(texts: ReadonlyArray<string>): number | undefined {
  for (let i = 0; i < texts.length; i++) {
    // a label in the cell before (填报时间： | 2019年1月1日至2019年1月10日) labels the date as if written with it
    const t = i > 0 && LABEL_CELL.test(texts[i - 1]) ? `${texts[i - 1].trim()}${texts[i]}` : texts[i];
    const c = chineseYearDigits(t);
    const m = YEAR_IN_TEXT.exec(c.includes('月') ? withoutDatesOfFilling(c) : c);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A cell that is only a date's label (`填报时间：`, `制表日期`, `统计时间：`): the texts are cells, the date in the next one. */
const LABEL_CELL = /^[^\d年月日]{0,8}(?:日期|时间|填报|填表|制表|报送|打印)[\s:：]*$/;
