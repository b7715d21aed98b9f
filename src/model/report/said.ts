/**
 * What the 报告素材 says against the figures (R004): the report copies the officer's text as written beside the data
 * paragraphs, so a text that says every target was met while 四（一） lists some not met, or a 预算执行率 other than the
 * 自评表's, would go out stamped with two versions of the year. Chosen where report.md is silent:
 * - a claim of completion (全部完成, 均已完成, 全面完成, 均已达成, 全部实现 … not after 未/没有/尚未) is weighed in the
 *   sections on the targets only (四（一）, 四（二）): elsewhere 全部完成 may speak of an acceptance or a payment;
 *   a claim of some, not all, is no contradiction: one its sentence qualifies (`A、B等指标均已完成`, `其余指标均已完成`,
 *   `除X外均已完成`) or whose sentence itself says what is not done (`…均已完成；X未完成，原因是…`); nor is a claim
 *   of what is to come, the 改进措施 of 四（二） (`确保全面完成`, `力争下年度全部完成`: INTENT in the claim's clause);
 * - a 预算执行率 (or 资金执行率) written as a percentage in any section is weighed against the 自评表's 执行率, to the
 *   places it is written with (100% against 99.996% agrees) — only the year's rate at its end: one its clause dates
 *   to a month before December (`截至6月底`, `1—7月`, `上半年`, `一季度`), to another year (`上年`, `2017年`) or to
 *   carried-over money (`结转资金执行率`) is another figure. The message names the rate as the text does (资金执行率).
 */
import { firstAtLeast } from '../algorithms/sorted';
import type { Finding } from '../findings';
import type { MaterialRead } from '../read/material';
import type { Profile } from '../records';
import { R004 } from '../rules/report';
import { roundHalfUp, type IndicatorScore } from '../scoring';
import { sectionNumber, SECTIONS } from './outline';
import { verdictOf } from './paragraphs';

/** The sections whose claim of completion speaks of the year's targets. */
const TARGET_SECTIONS: ReadonlySet<string> = new Set(['四（一）', '四（二）']);

/** `全部完成`, `均已完成`, `全面完成`, `均已达成`, `已全部实现`, `全部达标`: every target met, as a text says it. */
const ALL_DONE = /(?:均已|已全部|已全面|全部|全面|均)(?:完成|达成|实现|达到|达标)/g;
/** Words before the claim that undo it: 未全部完成, 没有全面完成, 尚未全部达到. */
const NEGATED = /(?:未|没有|尚未|并未|未能|不能|无法)$/;
/** What is not done, said in the claim's own sentence: `X未完成`, `没有全部达到`, `尚未实现`. */
const NOT_DONE = /(?:未|没有|尚未|并未|未能|不能|无法)(?:全部|完全|全面)?(?:完成|达成|实现|达到|达标)/;
/** The claim is of the rest: `其余指标`, `其他各项目标` just before it, or `除X外` in its sentence. */
const OF_REST = /(?:其余|其他|其它)(?:各项|所有)?(?:绩效)?(?:指标|目标|任务)?$|除.+外/;
/** The claim is of those listed before it: `A、B等指标`. */
const OF_LISTED = /等(?:各项|所有)?(?:绩效)?(?:指标|目标|任务)?$/;
/** The ends of sentences. */
const SENTENCE_ENDS = /[。！？!?\n]/g;
/**
 * A claim of what is to come, the usual 改进措施 of 四（二）: a word of intent or a later time in the claim's clause
 * (`确保全面完成`, `力争下年度全部完成`, `预计明年全部完成验收`, `为全面完成…`) — what is planned, not what was done;
 * not 按计划 or 已将 (`均按计划全部完成`, `已将资金全部拨付完成`: done), nor the nouns: a plan or a target drafted
 * (`年初计划的…`, `年度计划任务已全部完成`, `原定计划全部完成`, `计划项目均已全部完成`, `年初拟定的…`) and a condition met
 * (`在保证质量的前提下…`) are what was done. 计划 is a verb of intent only before the when (`计划于2019年6月底前…`,
 * `计划在…`, `计划年内…`; 明年, 下年 are intent on their own): whatever else follows it — a noun, 的, 中, 各项, the
 * claim — makes it the plan. 将 before a determiner (`将各项指标全部完成`, `将所有项目…`) marks the object, not the future.
 * 为 is a purpose only right before the claim (`为全面完成`, `为按期全部完成`) or as 为使/为让: `为期一年的…`, `为企业开展的…`
 * are what was done.
 */
const INTENT = /(?<!在)(?:确保|保证)|力争|争取|力求|以期|有望|预计|(?<!按)计划(?=于|在|到|用|\d|[〇一二三四五六七八九十两]|年内|年底|年末|月底|尽快|近期)|拟(?!定)|(?<!已|已经)将(?!各|所有|上述|该|此|这|本|其)|待|明年|下年|下一年|下一步|今后|为了|^为(?:使|让|按期|如期|按时|尽快|早日)?$|^为(?:使|让)/;
/** The part of a sentence's text before a claim that is the claim's clause: after its last comma or semicolon. */
const clauseEnding = (before: string): string => before.slice([...'，,；;'].reduce((at, c) => Math.max(at, before.lastIndexOf(c)), -1) + 1);
/**
 * Claims (and rates) weighed in one section: an officer's text has a few; a cell of thousands (a hostile file) would
 * otherwise make each claim's look at its sentence a pass over the whole text.
 */
const MAX_WEIGHED = 50;

/** `预算执行率为95%`, `资金执行率达到 98.5 %`, `执行率100%`: the words, then the figure. */
const RATE = /((?:预算|资金)?执行率)\s*(?:为|达到|达|是|约|：|:)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]/g;
/** A clause before another (a rate's date stands in the clause before it: `截至6月底，资金执行率为45%`). */
const CLAUSES = /[，,、]/;
/** Words of a time other than the year's end, or of money other than the year's. */
const OTHER_TIME = /上年|去年|上一年|前年|往年|历年|以前年度|结转|半年|季度|(?<!\d)(?:[1-9]|1[01])\s*月|(?<!十)(?:[一二三四五六七八九十]|十一)月/;
/** Words of the year (`全年`, `年底`, `本年度`, `12月底`) that a clause may date its rate with. */
const THIS_TIME = /本年|今年|全年|当年|年底|年末|年度|12\s*月|十二月/;

/** `100.00%` from a fraction, to two places (as the 自评表 shows 执行率). */
const percent = (x: number, places: number): string => `${roundHalfUp(x * 100, places).toFixed(places)}%`;

/** A text and where its sentences end (the index of each 。！？ or line break), found once. */
interface Sentences {
  readonly text: string;
  readonly ends: ReadonlyArray<number>;
}
const sentencesOf = (text: string): Sentences => ({ text, ends: [...text.matchAll(SENTENCE_ENDS)].map((m) => m.index) });

/** The sentence around [start, end) of a text, with the claim cut out. */
function sentenceAround({ text, ends }: Sentences, start: number, end: number): { before: string; after: string } {
  // the first sentence end at or after `start`: the sentence begins after the one before it
  let lo = firstAtLeast(ends, start);
  const from = lo > 0 ? ends[lo - 1] + 1 : 0;
  while (lo < ends.length && ends[lo] < end) lo++;
  const to = lo < ends.length ? ends[lo] : text.length;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/**
 * The indicators not completed that a claim of completion still says were: all of them for a plain claim; none for a
 * plan (INTENT); for a claim its own sentence answers with what is not done, or makes of the rest (`X未完成，其余指标均已
 * 完成`, `除X外…均已完成`), those not completed it leaves unnamed — when it names one of them by its name (it may name
 * them in words of its own: then it is taken as said); for a claim of those listed (`A、B等指标均已完成`), all of them
 * when the list names one not completed.
 */
function claimedShort(text: Sentences, start: number, end: number, short: ReadonlyArray<string>): ReadonlyArray<string> {
  const { before, after } = sentenceAround(text, start, end);
  if (INTENT.test(clauseEnding(before))) return [];
  if (NOT_DONE.test(before) || NOT_DONE.test(after) || OF_REST.test(before)) {
    const named = (name: string): boolean => name !== '' && (before.includes(name) || after.includes(name));
    return short.some(named) ? short.filter((name) => name !== '' && !named(name)) : [];
  }
  if (OF_LISTED.test(before)) return short.some((name) => name !== '' && before.includes(name)) ? short : [];
  return short;
}

/** Whether the rate at `start` is the year's at its end: the nearest clause before it (or its own) that dates it. */
function ofTheYear(text: Sentences, start: number, fiscalYear: number | undefined): boolean {
  const { before } = sentenceAround(text, start, start);
  for (const clause of before.split(/[；;]/).pop()!.split(CLAUSES).reverse()) {
    const years = [...clause.matchAll(/(\d{4})\s*年/g)].map((y) => Number(y[1]));
    if (OTHER_TIME.test(clause) || (fiscalYear !== undefined && years.some((y) => y !== fiscalYear))) return false;
    if (THIS_TIME.test(clause) || years.length) return true;
  }
  return true;
}

export function materialFindings(
  material: MaterialRead,
  scores: ReadonlyArray<IndicatorScore>,
  rate: number | undefined,
  profile: Profile
): Finding[] {
  const out: Finding[] = [];
  const short = scores.filter((s) => {
    const v = verdictOf(s, profile).kind;
    return v === 'partial' || v === 'notDone';
  });
  for (const def of SECTIONS) {
    const lines = material.texts.get(def.id);
    const cell = material.cells.get(def.id);
    if (!lines?.length || !cell) continue;
    const at = { sheet: material.sheet, ...cell };
    const text = lines.join('\n');
    const sentences = sentencesOf(text);
    if (short.length && TARGET_SECTIONS.has(def.id)) {
      const names = short.map((s) => s.indicator.level3 ?? '');
      let weighed = 0;
      for (const m of text.matchAll(ALL_DONE)) {
        if (++weighed > MAX_WEIGHED) break;
        if (NEGATED.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
        const claimed = claimedShort(sentences, m.index, m.index + m[0].length, names);
        if (!claimed.length) continue;
        out.push(R004.finding.allDone(at, { section: def.id, number: sectionNumber(def), words: m[0], names: claimed }));
        break;
      }
    }
    if (rate === undefined) continue;
    let weighed = 0;
    for (const m of text.matchAll(RATE)) {
      if (++weighed > MAX_WEIGHED) break;
      const places = m[2].split('.')[1]?.length ?? 0;
      const written = Number(m[2]);
      if (roundHalfUp(rate * 100, places) === written) continue;
      if (!ofTheYear(sentences, m.index + m[0].indexOf(m[1]), profile.fiscalYear)) continue;
      out.push(R004.finding.rate(at, { section: def.id, number: sectionNumber(def), words: m[1], written: `${m[2]}%`, computed: percent(rate, 2) }));
      break;
    }
  }
  return out;
}
