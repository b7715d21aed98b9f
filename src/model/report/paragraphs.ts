/**
 * The data paragraphs of the 自评报告 (report.md): every figure the ledger, the profile or the
 * indicators can give. Amounts are written in 万元 without trailing zeros, as the funds paragraph
 * of the 自评表 writes them (selfeval.md), also for a 元 profile (converted), so that the report
 * never mixes units; indicator values carry the indicator's own unit.
 */
import type { Metrics } from '../metrics';
import { rangeOf, UNITS } from '../read/targets';
import { type Fen } from '../money';
import { formatWan } from '../text/wan';
import type { Profile } from '../records';
import { layoutById, type LayoutId } from '../selfeval/layouts';
import { quantitativeScore, roundHalfUp, type IndicatorScore } from '../scoring';
import { groupIndicators, indicatorPlace, scoreLevels } from '../selfeval/groups';
import { FUNDS_LEAD, fundsLines, fundsParts, fundsSubject } from '../selfeval/paragraph';
import { QUAL_GRADES, qualitativeText, type QualGradeDef } from '../scoring/grades';
import type { SelfEvalIndicator } from '../selfeval/types';
import { formValue } from '../selfeval/values';
import type { Run } from './types';

/** A paragraph as runs (a placeholder inside a sentence is a run of its own). */
export type Para = ReadonlyArray<Run>;

const t = (text: string): Run => ({ text });
export const hole = (text: string): Run => ({ text, placeholder: true });

/** Where the report names the fund and 配置 gives no 项目名称 (S015): highlighted, as every other blank of the draft. */
export const FUND_NAME_HOLE = '【请填写资金名称】';

/** `1200`, `37590.1`: an amount in 万元 without trailing zeros. */
const wan = (fen: Fen): string => formatWan(fen);

/** A percentage to two decimals without trailing zeros: 40, 83.33. */
function pct(x: number): string {
  return String(roundHalfUp(x, 2));
}

/**
 * A: 资金安排 (二（一）), in two lines as the source prints it.
 * `{FY}年{称谓}经研究审定，共列入项目计划{N}项。` / `其中新上项目…累计带动社会投入{so_all}万元。`
 */
export function paragraphA(m: Metrics, profile: Profile): Para[] {
  const subject = profile.reportSubject?.trim() || profile.projectName.trim();
  return [
    merge([
      t(`${m.fiscalYear ?? ''}年`),
      subject ? t(subject) : hole(FUND_NAME_HOLE),
      t(`经研究审定，共列入项目计划${m.projectCount}项。`),
    ]),
    [
      t(
        `其中新上项目${m.newCount}项，项目总投资${wan(m.newTotalInvestment)}万元，财政支持资金${wan(m.newApproved)}万元，本年拨付${wan(m.newDisbursed)}万元` +
          // a fund with no project carried over says nothing of them (结转项目共计0项，财政支持资金0万元… is no officer's sentence)
          (m.carriedCount > 0
            ? `；结转项目共计${m.carriedCount}项，财政支持资金${wan(m.carriedApproved)}万元，本年拨付${wan(m.carriedDisbursed)}万元`
            : '') +
          `，带动社会投入${wan(m.newSocial)}万元。累计带动社会投入${wan(m.cumulativeSocial)}万元。`
      ),
    ],
  ];
}

/**
 * B: the funds paragraph of the 自评表 (selfeval.md), one line per cohort as the source prints
 * 二（二）. The section's own text (the outcomes) continues its last sentence after `；`, as the
 * source writes `累计带动社会投入83553.61万元；新申请发明…`; without text the sentence ends with `。`
 * and the placeholder follows.
 */
export function paragraphB(
  m: Metrics,
  text: ReadonlyArray<string> | undefined,
  placeholder: string,
  profile: Profile,
): { data: Para[]; rest: Para[] } {
  const subject = fundsSubject(profile);
  const lines = fundsLines(fundsParts(m, { subject: subject ?? '' }));
  const last = lines.pop() ?? '';
  const data: Para[] = lines.map((l) => [t(l)]);
  // a fund without a name (S015): its head line says 本年共计拨付【请填写资金名称】…, as the title and 二（一） do
  const headRuns = (l: string): Run[] => (subject === undefined && l.startsWith(FUNDS_LEAD) ? [t(FUNDS_LEAD), hole(FUND_NAME_HOLE), t(l.slice(FUNDS_LEAD.length))] : [t(l)]);
  if (data.length) data[0] = headRuns(data[0][0].text);
  if (text?.length) {
    data.push(headRuns(`${last}；${text[0]}`));
    return { data, rest: text.slice(1).map((l) => [t(l)]) };
  }
  data.push(headRuns(`${last}。`));
  return { data, rest: [[hole(placeholder)]] };
}

export type Verdict =
  /** `percent`: a partial ≥/≤ score; none for a grade (部分达成) or a 得分 below the 分值. */
  { kind: 'done' } | { kind: 'partial'; percent?: number } | { kind: 'notDone' } | { kind: 'unknown' };

/**
 * The grade an actual written as a grade and nothing more names (`达成`, `部分达成`, `未完成`): C says it in the grade's
 * words, and it is the indicator's verdict where no number can be weighed (a quantitative target with such an actual).
 */
export function gradeWordOf(text: string | undefined): QualGradeDef | undefined {
  if (!text) return undefined;
  const t = qualitativeText(text);
  return QUAL_GRADES.find((d) => d.phrases.includes(t));
}

const byGrade = (def: QualGradeDef): Verdict =>
  def.grade === '达成' ? { kind: 'done' } : def.grade === '部分达成' ? { kind: 'partial' } : { kind: 'notDone' };

/** A 得分 against its 分值: full is done, 0 is not done, between is partly done. */
function byScore(score: number, points: number): Verdict {
  if (score >= points) return { kind: 'done' };
  return score <= 0 ? { kind: 'notDone' } : { kind: 'partial' };
}

/**
 * Whether an indicator was completed: a quantitative one by its numbers (the scoring rule at 100
 * points, without 偏离扣分: over-achievement is completion), else by the grade its actual names; a
 * qualitative one by its grade (达成 done, 部分达成 partly, 未达成 not) or, without a recognised grade, by its 得分
 * (full, some, none).
 */
export function verdictOf(sc: IndicatorScore, profile: Profile): Verdict {
  if (sc.kind === 'quantitative') {
    if (sc.target === undefined || sc.actual === undefined) {
      // the officer's own word that it fell short (部分达成, 未完成) lists it in D; a 达成 the form could not score
      // (W005: no number) never makes 均已完成 — its 得分 decides, or nothing does
      const named = sc.actual === undefined ? gradeWordOf(sc.indicator.actualText) : undefined;
      if (named && named.grade !== '达成') return byGrade(named);
      if (sc.points !== undefined && sc.score !== undefined) return byScore(sc.score, sc.points);
      return { kind: 'unknown' };
    }
    const { score } = quantitativeScore(sc.op ?? '≥', sc.target, sc.actual, 100, {
      ...profile,
      deviationPenalty: undefined,
    });
    if (score >= 100) return { kind: 'done' };
    if (score <= 0) return { kind: 'notDone' };
    return { kind: 'partial', percent: score };
  }
  if (sc.grade) return byGrade(sc.grade);
  if (sc.points !== undefined && sc.score !== undefined) return byScore(sc.score, sc.points);
  return { kind: 'unknown' };
}

/**
 * A grade as the sentence says it: 达成年度指标, 部分达成年度指标, 未达成年度指标 — the grade's phrase that names the target,
 * not the form's band label, whose 且效果较差 / 并具有一定效果 the officer did not write.
 */
function gradeInWords(def: QualGradeDef): string {
  return def.phrases.find((p) => p.endsWith('年度指标')) ?? def.label;
}

function verdictText(v: Verdict, sc: IndicatorScore): string {
  switch (v.kind) {
    case 'done':
      return '已完成';
    case 'partial':
      // a cap exceeded is said so (超出上限): its partial score is the scoring's share (30万元 against ≤20万元 scores
      // 67%), not a part of the target done, and 完成年度指标的67% read as if less than the cap had been reached
      if (sc.op === '≤' && sc.target !== undefined && sc.actual !== undefined && sc.actual > sc.target) return '超出上限';
      // of the target, said so: `实际完成96%，完成96%` (against ≥100%) read as the actual said twice
      return v.percent === undefined ? '部分完成' : `完成年度指标的${pct(v.percent)}%`;
    default:
      return '未完成';
  }
}

/** A comparison sign the table writes before a number, as running text says it: `≥95%` → `不低于95%`. */
const SIGN_WORDS: ReadonlyArray<readonly [sign: RegExp, words: string, countWords: string]> = [
  [/^(?:≥|≧|[>＞]=)\s*/, '不低于', '不少于'],
  [/^(?:≤|≦|[<＜]=)\s*/, '不超过', '不超过'],
  [/^[>＞]\s*/, '高于', '多于'],
  [/^[<＜]\s*/, '低于', '少于'],
  [/^[=＝]=?\s*/, '为', '为'],
];

/** Units of a count (`家`, `人次`): `不少于49家` rather than `不低于49家`. */
const COUNT_UNITS: ReadonlyArray<string> = UNITS.count;

/** A range as the table writes it, `90%-95%`: its two ends. */
const RANGE = /^(-?\d+(?:\.\d+)?[^\d\s~～—–\-至到]*)\s*[-~～—–至到]\s*(-?\d+(?:\.\d+)?\S*)$/;

/**
 * A target in running text (`年度指标值{…}`), from the words of the appended table: a comparison sign in words
 * (`=100%` → `为100%`, `≥90%` → `不低于90%`, `≥49家` → `不少于49家`, `≤30天` → `不超过30天`), a bare value after
 * `为` (`49家` → `为49家`), a range (two values, ≥ the first and ≤ the second) `在90%至95%之间`, a text that starts with
 * its own words as written (`提高5个百分点`, `不低于95%`), and what is not a number (qualitative text, a deadline)
 * quoted after `为`. The number and unit stay the table's, so the report and its appendix never give two values.
 */
export function targetInWords(shown: string, sc: IndicatorScore): string {
  const range = RANGE.exec(shown);
  const twoEnds = rangeOf(sc.indicator.parsed) !== undefined;
  if (range && twoEnds) return `在${range[1]}至${range[2]}之间`;
  if (twoEnds || sc.kind !== 'quantitative' || sc.target === undefined) return `为“${shown}”`;
  for (const [sign, words, countWords] of SIGN_WORDS) {
    const m = sign.exec(shown);
    if (!m) continue;
    const rest = shown.slice(m[0].length);
    return `${COUNT_UNITS.some((u) => rest.endsWith(u)) ? countWords : words}${rest}`;
  }
  return /^-?\d/.test(shown) ? `为${shown}` : shown;
}

/**
 * C: indicator by indicator, one paragraph per 一级指标 (named as the layout names it):
 * `{二级指标}“{三级指标}”年度指标值{target}，实际完成{actual}，{verdict}。`
 * Target and actual in the words of the appended table (`shown`: its rows; `提高5个百分点`, `≥49家`), the target's
 * comparison said in words as running text says it (targetInWords: `不少于49家`), so the report and its appendix
 * never give one value two ways. A qualitative indicator quotes them; an indicator without an actual gets the
 * placeholder in its place and no verdict.
 */
export function paragraphC(
  se: { readonly scores: ReadonlyArray<IndicatorScore>; readonly indicators: ReadonlyArray<SelfEvalIndicator> },
  profile: Profile,
  layout: LayoutId,
): Para[] {
  const out: Para[] = [];
  const shown = new Map(se.indicators.map((i) => [indicatorPlace(i), i]));
  for (const l1 of groupIndicators(se.scores, scoreLevels, layoutById(layout)?.level1 ?? [], false)) {
    const runs: Run[] = [t(`${l1.level1}：`)];
    for (const g of l1.groups) {
      for (const sc of g.items) {
        const ind = sc.indicator;
        const unit = ind.unit?.trim() ?? '';
        const name = ind.level3 ?? '';
        const v = verdictOf(sc, profile);
        const row = shown.get(indicatorPlace(ind));
        const tt = row?.adjusted?.to ?? row?.target ?? formValue(ind.targetText, ind.target, unit);
        const at = row?.actual ?? formValue(ind.actualText, sc.actual ?? ind.actual, unit);
        // a number is written as the table writes it; words (定性, or 完成 against ≥95%: by how much is not said) are quoted: 实际完成“完成”
        const quote = !(sc.kind === 'quantitative' && sc.target !== undefined && (sc.actual ?? ind.actual) !== undefined);
        const actual = at && quote ? `“${at}”` : at;
        // `满意度指标：满意度指标“…”` would say it twice
        const level2 = g.level2 === l1.level1 ? '' : g.level2;
        // a target adjusted in the year says what it replaced, once, as the table does (values.ts adjustedNote)
        const from = row?.adjusted?.from;
        const said = tt ? targetInWords(tt, sc) : '未填写';
        const head = `${level2}“${name}”年度指标值${from ? `由${targetInWords(from, sc).replace(/^为/, '')}调整为${said.replace(/^为/, '')}` : said}，实际`;
        // an actual that is a grade and nothing more (达成, 已完成, 部分达成): the form's wording of its grade, said once
        // (`实际达成年度指标。`), where `实际完成“达成”，已完成。` said it twice and read as if 达成 were the thing done —
        // against a number too (`实际完成“部分达成”，未完成`: a grade word quoted as a value, then judged again)
        const named = at ? gradeWordOf(at) : undefined;
        if (named && (sc.kind !== 'quantitative' || (sc.actual ?? ind.actual) === undefined)) {
          runs.push(t(`${head}${gradeInWords(sc.grade && sc.kind !== 'quantitative' ? sc.grade : named)}。`));
          continue;
        }
        runs.push(t(`${head}完成`));
        if (!actual) {
          runs.push(hole('【请填写实际完成值】'), t('。'));
          continue;
        }
        runs.push(t(v.kind === 'unknown' ? `${actual}。` : `${actual}，${verdictText(v, sc)}。`));
      }
    }
    out.push(merge(runs));
  }
  return out;
}

/**
 * D: `“{三级指标}”未完全完成：{偏差原因分析及改进措施}` for each indicator partly completed (a partial score, 部分达成),
 * `“{三级指标}”未完成：…` for one of which nothing was (0 points, 未达成: report.md's 未完全完成 would say part was done);
 * `【请填写偏差原因】` where the explanation is empty; `本年度绩效目标均已完成。` when none — and only when every
 * indicator is known to be completed: where none is known not completed but some cannot be judged (no 实际完成值,
 * a grade not recognised: C writes 【请填写实际完成值】 or no verdict), the section's placeholder `unjudged` stands
 * (none where the officer's own text for the section follows).
 */
export function paragraphD(
  scores: ReadonlyArray<IndicatorScore>,
  profile: Profile,
  split: (text: string) => string[],
  unjudged?: string
): Para[] {
  const out: Para[] = [];
  let unknown = 0;
  for (const sc of scores) {
    const v = verdictOf(sc, profile);
    if (v.kind === 'unknown') unknown++;
    if (v.kind === 'done' || v.kind === 'unknown') continue;
    // partly done (a partial score, 部分达成) is 未完全完成; nothing of it (0 points, 未达成) is 未完成
    const head = `“${sc.indicator.level3 ?? ''}”${v.kind === 'partial' ? '未完全完成' : '未完成'}：`;
    const lines = split(sc.indicator.deviation ?? '');
    if (!lines.length) {
      out.push([t(head), hole('【请填写偏差原因】')]);
      continue;
    }
    // the officer's explanation ends as a sentence does (a cell's text often has no 。 at its end); a trailing
    // comma or colon (…未通过验收，) is the sentence left open: 。 takes its place, never ，。
    const ended = lines.map((l, i) =>
      i === lines.length - 1 && !/[。！？；.!?;…）)”」]$/.test(l) ? `${l.replace(/[，,、：:]+$/, '')}。` : l
    );
    out.push([t(head + ended[0])]);
    for (const l of ended.slice(1)) out.push([t(l)]);
  }
  if (out.length) return out;
  if (unknown) return unjudged ? [[hole(unjudged)]] : [];
  return [[t('本年度绩效目标均已完成。')]];
}

/**
 * E: `本年预算{B}万元，较上年{P}万元{增加|减少}{|P−B|}万元，{增幅|降幅}{pct}%。` when 配置 gives
 * 上年预算数 and the year's budget is known; `与上年持平` when equal; no rate against a 0 budget.
 */
export function sentenceE(budget: Fen | undefined, previous: Fen | undefined): Para | undefined {
  if (budget === undefined || previous === undefined) return undefined;
  const head = `本年预算${wan(budget)}万元，较上年${wan(previous)}万元`;
  if (budget === previous) return [t(`本年预算${wan(budget)}万元，与上年持平。`)];
  const up = budget > previous;
  const diff = `${up ? '增加' : '减少'}${wan(Math.abs(budget - previous))}万元`;
  if (previous <= 0) return [t(`${head}${diff}。`)];
  return [t(`${head}${diff}，${up ? '增幅' : '降幅'}${pct((Math.abs(budget - previous) * 100) / previous)}%。`)];
}

/** Adjacent plain runs joined (fewer runs in the document, same text). */
function merge(runs: ReadonlyArray<Run>): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    if (prev && !prev.placeholder && !r.placeholder && !prev.bold && !r.bold)
      out[out.length - 1] = { text: prev.text + r.text };
    else out.push(r);
  }
  return out;
}
