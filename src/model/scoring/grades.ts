/** The tables of scoring.md: grade bands of the total, qualitative grades, constants (level-1 categories: selfeval/categories.ts). */
import { roundHalfUp } from './rounding';
import { opensNegative } from '../read/text';

export type Grade = '优' | '良' | '中' | '差';

/** Grade bands of the total (lower bound inclusive), best first. */
export const GRADE_BANDS: ReadonlyArray<{ readonly grade: Grade; readonly min: number }> = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: -Infinity },
];

/** The grade of a total as shown (rounded half-up to 2 decimals first). */
export function gradeOf(total: number): Grade {
  const shown = roundHalfUp(total, 2);
  return (GRADE_BANDS.find((b) => shown >= b.min) ?? GRADE_BANDS[GRADE_BANDS.length - 1]).grade;
}

export type QualGrade = '达成' | '部分达成' | '未达成';

export interface QualGradeDef {
  readonly grade: QualGrade;
  /** The official wording. */
  readonly label: string;
  readonly phrases: ReadonlyArray<string>;
  /** Band of the score in tenths of the points: [lower, upper) or [lower, upper] when upperInclusive. */
  readonly lowerTenths: number;
  readonly upperTenths: number;
  readonly upperInclusive: boolean;
  /** Score without an explicit 得分, in tenths of the points; undefined = none (W007). */
  readonly defaultTenths?: number;
  /**
   * The grade was read from words that say how well it went (良好, 较好, 有效提升), not how much of it was done: against
   * a figure (100%) they give none (wordsActual), and W005 does not say the target was achieved.
   */
  readonly appraisal?: true;
}

export const QUAL_GRADES: ReadonlyArray<QualGradeDef> = [
  {
    grade: '达成', label: '达成年度指标',
    phrases: ['达成年度指标', '达成', '已达成', '完成', '全部完成', '已完成'],
    lowerTenths: 8, upperTenths: 10, upperInclusive: true, defaultTenths: 10,
  },
  {
    grade: '部分达成', label: '部分达成年度指标并具有一定效果',
    phrases: ['部分达成年度指标并具有一定效果', '部分达成年度指标', '部分达成', '基本达成', '基本完成'],
    lowerTenths: 6, upperTenths: 8, upperInclusive: false,
  },
  {
    grade: '未达成', label: '未达成年度指标且效果较差',
    phrases: ['未达成年度指标且效果较差', '未达成年度指标', '未达成', '未完成'],
    lowerTenths: 0, upperTenths: 6, upperInclusive: false,
  },
];

const GRADE_PHRASES = QUAL_GRADES.flatMap((d) => d.phrases.map((p) => ({ phrase: p, def: d }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);
const AFTER_PHRASE = /^[，,。.；;：:（(、！!\s]/;

/** A qualitative text as it is compared: without spaces and closing punctuation (`按期完成。` is `按期完成`). */
export function qualitativeText(text: string): string {
  const t = text.replace(/[\s\u3000]+/g, '');
  // Trailing punctuation off (a loop: `/[。.；;！!]+$/` backtracks quadratically on long runs).
  let end = t.length;
  while (end > 0 && '。.；;！!'.includes(t[end - 1])) end--;
  return t.slice(0, end);
}

/** A grade in English, as W011's English text names them (`achieved`, `Partly achieved`, `target not achieved`). */
const EN_GRADE = /^(?:target)?(not|partly|partially)?achieved$/i;

/**
 * The grade an actual names: the whole text is a grade phrase, or starts with one followed by
 * punctuation (`已达成。……`); else what its words say by the class rule below (gradeWords), weighed
 * against the target's words when given. `完成500人次以上` names none: a grade is never guessed from a
 * clause that holds a number.
 */
export function recogniseGrade(text: string | undefined, target?: string): QualGradeDef | undefined {
  if (!text) return undefined;
  const t = qualitativeText(text);
  if (FULL_RATE.test(t) && fullRateMeets(target)) return QUAL_GRADES[0];
  // the grades as W011 names them in English (achieved / partly achieved / not achieved), spaces and case aside
  const en = EN_GRADE.exec(t);
  if (en) return QUAL_GRADES[en[1] ? (/^n/i.test(en[1]) ? 2 : 1) : 0];
  for (const { phrase, def } of GRADE_PHRASES) {
    if (t === phrase) return def;
    if (t.startsWith(phrase) && AFTER_PHRASE.test(t.slice(phrase.length))) {
      // `已完成，但质量有待提高`: the grade as the clauses after it qualify it (gradeWords's rule), not a full 达成
      const g = qualifiedBy({ grade: def.grade }, t.slice(phrase.length).split(CLAUSE_SPLIT), targetPredicate(target));
      return g.grade === def.grade ? def : QUAL_GRADES.find((d) => d.grade === g.grade)!;
    }
  }
  const g = gradeWords(t, target);
  if (g === undefined) return undefined;
  const def = QUAL_GRADES.find((d) => d.grade === g.grade)!;
  // An appraisal that sits at the band's edge (较好): the grade's band, the score left to the officer (W007).
  const graded = g.scoreByOfficer && def.defaultTenths !== undefined ? { ...def, defaultTenths: undefined } : def;
  return g.appraisal ? { ...graded, appraisal: true } : graded;
}

// ---------------------------------------------------------------------------------------------
// Grade words: the class rule for actuals written as people write them

/**
 * How a qualitative actual is graded when it is no grade phrase (按期完成, 有所提升, 未发生重大安全事故, 健全, 基本达到预期,
 * 较好 …). A clause (up to ，。；) is read from its last PREDICATE (what was done or how it turned out), with the
 * MODIFIERS written right before it:
 *
 * | predicate class | words | 达成 | 部分达成 | 未达成 |
 * |---|---|---|---|---|
 * | done / met | 完成 达到 达成 实现 落实 符合 满足 达标 合格 到位 兑现 见效 | bare, or 已/全部/全面/圆满/顺利/超额/按期 … | 基本/部分/大部分/初步/总体/逐步/有待 …, or 未全部/未完全 | 未/没有/尚未/未能/不/无法 … |
 * | in place | 健全 完善 建立 建成 规范 正常 | as above | as above | as above (不健全, 未建立) |
 * | on time | 及时 按时 按期 如期 准时 提前 | as above | 基本按期 | 未按期, 不及时; 逾期/延期/滞后/推迟 anywhere |
 * | appraisal | 好 良好 优秀 优良 很好 满意 / 较好 较满意 / 较差 差 | 好 …; 较好: the 达成 band, the score left to the officer | 基本满意 | 较差, 差, 不满意 |
 * | change | 提升 提高 增强 改善 增加 增长 优化 加强 … / 降低 减少 下降 缩短 … | at least the target's strength (有所 < plain/有效/进一步 < 明显/显著/大幅) in its direction | weaker than the target's | negated, or the other direction |
 * | nothing happened | 未发生/无/没有/零/杜绝/未出现 + what should not happen (事故, 投诉, 违规 …) | always | | |
 *
 * - A change without a target to weigh it against: plain or strong is 达成, weak (有所提升) is left to the officer.
 * - A clause with a number is never graded by its words (the number is the actual), except a change by an amount
 *   against a target that asks only a direction (较上年增长8% meets 不低于上年; 与上年持平 reads as 不低于); the first clause with a
 *   grade decides, and a later clause that grades lower (`按期完成，但个别项目滞后`) makes a 达成 a 部分达成.
 * - Words that say nothing of the outcome (一般, 进行中, 正在推进) grade nothing: W011 asks the officer.
 */
export interface WordGrade {
  readonly grade: QualGrade;
  /** The words give the band but not the score (较好). */
  readonly scoreByOfficer?: true;
  /** The words say how well it went or how it changed (良好, 较好, 有效提升), not how much was done (QualGradeDef.appraisal). */
  readonly appraisal?: true;
}

const NEGATIONS = ['未能', '没有', '尚未', '仍未', '并未', '暂未', '无法', '不能', '未', '没', '不', '无'];
const PARTIAL_MODS = ['基本上', '基本', '大部分', '大部', '部分', '初步', '大体', '总体', '大多', '逐步', '逐渐', '有待', '尚需', '仍需', '不够', '不太'];
/** All of it: negated (未全部完成, 未完全达到) they say part of it was done. */
const ALL_MODS = ['全部', '全面', '全额', '足额', '完全', '充分', '均已', '均', '都'];
const FULL_MODS = ['已经', '已', '圆满', '顺利', '如期', '按期', '按时', '按计划', '提前', '超额', '及时', '准时', '较好地', '很好地', '良好', '得到', '得以'];
/** Not yet: the outcome is not told (正在落实, 将于年底完成, 拟建立). */
const PENDING_MODS = ['正在', '尚待', '将', '拟', '准备', '计划', '预计'];
/** Not yet, as what is to be done (待完成, 需落实, 即将完成); 有待/尚需 are PARTIAL_MODS. */
const PENDING_END = /(?:即将|需要|(?<![有尚仍])[待需])$/;
/** Not yet, as an aim or a hope anywhere before the predicate (力争完成, 争取年底完成, 确保按期完成, 有望实现). */
const AIMED = /力争|争取|确保|有望|可望/;
/** Strength of a change: weak < plain < strong (有所提升 < 提升 / 有效提升 < 显著提升). */
const WEAK_MODS = ['有所', '略有', '稍有', '一定程度', '有一定', '一定', '小幅', '逐步', '逐渐'];
const STRONG_MODS = ['显著', '明显', '大幅度', '大幅', '大大', '极大', '较大', '大力', '较大幅度'];
const PLAIN_MODS = ['有效', '进一步', '持续', '不断', '稳步', '全面', '切实', '较'];

type PredicateClass = 'done' | 'place' | 'time' | 'good' | 'fair' | 'bad' | 'up' | 'down';
const PREDICATES: ReadonlyArray<readonly [string, PredicateClass]> = [
  ...['完成', '达到', '达成', '实现', '落实', '符合', '满足', '达标', '合格', '到位', '兑现', '见效', '发挥', '验收', '拨付', '办结', '结题', '通过', '覆盖', '执行'].map((w) => [w, 'done'] as const),
  ...['健全', '完善', '建立', '建成', '规范', '正常', '顺畅', '畅通'].map((w) => [w, 'place'] as const),
  ...['及时', '按时', '按期', '如期', '准时', '提前'].map((w) => [w, 'time'] as const),
  // 满意 (非常满意, 基本满意, 不满意) says how people judged it, as 良好 does: an appraisal, no rate of 满意度
  ...['良好', '优秀', '优良', '很好', '好', '有效', '满意'].map((w) => [w, 'good'] as const),
  ...['较好', '比较好', '较满意', '比较满意'].map((w) => [w, 'fair'] as const),
  ...['较差', '很差', '差'].map((w) => [w, 'bad'] as const),
  // a comparison with last year or the like (高于上年, 不低于上年) is a change its way
  ...['提升', '提高', '增强', '改善', '增加', '增长', '优化', '加强', '上升', '扩大', '增进', '改进', '高于', '多于', '优于', '好于'].map((w) => [w, 'up'] as const),
  ...['降低', '减少', '下降', '缩短', '压缩', '减轻', '缩小', '减弱', '低于', '少于'].map((w) => [w, 'down'] as const),
];
const SORTED_PREDICATES = [...PREDICATES].sort((a, b) => b[0].length - a[0].length);
/** Words anywhere in a clause that say a deadline was missed. */
const MISSED = ['未按期', '未按时', '未如期', '逾期', '延期', '滞后', '推迟', '拖期', '超期', '拖延', '延误'];
/** What should not happen: `未发生重大安全事故`, `零投诉`, `无违规违纪` say the target was met. */
const NOTHING_HAPPENED =
  /^[\u4e00-\u9fff]{0,8}?(?:未发生|没有发生|未出现|没有出现|未发现|没有发现|无(?!法)|没有|零(?!星)|杜绝|未有|未收到|没有收到|未接到)(?:(?!解决|处理|整改|完成|落实|达到|实现|处置|化解|消除|减少|降低)[\u4e00-\u9fff]){0,10}?(?:事故|投诉|差错|违规|违纪|违法|纠纷|上访|信访|案件|事件|损失|隐患|污染|伤亡|死亡|失误|浪费|挪用|截留|问题|舆情)/;
/**
 * A cap such as the budget (预算, 限额, 概算, 定额): kept (未超预算, 不超出限额, 控制在预算范围内, 预算内) or broken (超预算, 超出
 * 概算, 超支). Read before the predicates, so that 超 is never an over-achievement here nor 控制 a plain 'done'.
 */
const CAP_WORD = '[\\u4e00-\\u9fff]{0,4}?(?:预算|限额|概算|定额)';
/** What never happened (未发生超支, 未出现超预算, 零超支, 杜绝超支, 不超支): the cap kept, as 未超预算 says it. */
const CAP_NOT = '(?:未|没有|不|无|均未|并未|零(?!星)|杜绝)(?:发生|出现|有)?';
const CAP_KEPT = new RegExp(`${CAP_NOT}(?:(?:超出?|超过|突破)${CAP_WORD}|超支)|${CAP_WORD}(?:范围)?(?:之内|以内|内)`);
const CAP_BROKEN = new RegExp(`(?:超出?|超过|突破)了?${CAP_WORD}|超支`);
/** Whether words say a cap is kept (未超预算, 控制在预算范围内): a budget target, graded by the year's figures where known. */
export const capKept = (text: string): boolean => CAP_KEPT.test(text);
/** Whether words say a cap is broken (超预算, 超支50万元), figures or not. */
export const capBroken = (text: string): boolean => !CAP_KEPT.test(text) && CAP_BROKEN.test(text);
/** Codes and document numbers in words (`ISO 9001`, `GB/T 19001-2016`, `〔2018〕189号`): their digits are no actual. */
const CODES = /[A-Z]{2,}(?:\/[A-Z]{1,2})?\s?\d[\d.:-]*|[〔[【(]\d{4}[〕\]】)]\d+号/g;
/** A part named after the predicate. */
const PART_AFTER = /一半|部分|大部|大半|过半|少数|个别|多数|若干/;
/** No progress at all: 无进展, 未见成效. */
const NO_PROGRESS = /^[\u4e00-\u9fff]{0,8}?(?:无|没有|未见|未取得|没有取得)(?:明显|任何)?(?:进展|成效|效果|起色)/;
/**
 * No change: against a target that asks a change, not met (无变化, 持平, 增长0%: a change of nothing); else the officer's
 * call (保持稳定 may be the target).
 */
const NO_CHANGE = /(?:无|没有|未|未见)(?:明显|任何)?变化|持平|(?:增长|提高|提升|上升|增加|下降|降低|减少)了?\s*[0０](?:\.0+)?\s*(?:%|％|个百分点|百分点)?(?![0-9０-９.])/;
/** A target that keeps a level (与上年持平, 保持上年水平): a floor, as 不低于上年 (a cost would write 不高于上年). */
const LEVEL_KEPT = /持平|(?:保持|维持)在?(?:上年|去年|上一年|往年|同期)/;
/** A bare "none happened" (`未发生`, `无`): met when the target names what should not happen (`无重大安全事故`). */
const NONE_BARE = /^(?:未发生|无发生|没有发生|未出现|没有出现|无|没有|零|均未发生|未发现|没有发现)$/;
const CLAUSE_SPLIT = /[，,。；;！!？?\n]/;
/**
 * A predicate followed by 率/度/程度 is a noun, the thing judged (完成率, 达标率, 实现程度): no predicate of its own.
 */
const AS_NOUN = /^(?:率|度|程度)/;
/**
 * A judgement after the predicate that says it fell short (完成情况不理想, 进度完成较慢, 效果欠佳): the clause tells
 * neither that the target was met nor by how much it was missed — the officer's call (W011), never 达成.
 */
const SHORT_AFTER = /不理想|不够?理想|欠佳|不佳|不高|较低|偏低|很低|低于|不足|不够|较慢|偏慢|缓慢|迟缓|不明显|不充分|不到位|不达标|较弱|偏弱|一般|有差距|差距较大|未达/;

interface Predicate {
  readonly cls: PredicateClass;
  readonly neg: boolean;
  readonly partial: boolean;
  /** 全部, 完全 …: negated, part of it. */
  readonly all: boolean;
  /** Of a change: 1 weak, 2 plain, 3 strong; 0 when no word says how much (较上年提高: any rise meets it). */
  readonly strength: number;
  /** It is judged to have fallen short after it (SHORT_AFTER): no grade by the words. */
  readonly short: boolean;
  /** Of a target: a change or a floor or cap with no number (不低于上年, 较上年提高, 持平): it asks only a direction. */
  readonly direction?: true;
}

/** The last predicate of a clause and the modifiers written right before it; undefined when it has none. */
function predicateOf(clause: string): Predicate | undefined {
  let at = -1;
  let found: (typeof PREDICATES)[number] | undefined;
  for (let i = clause.length - 1; i >= 0 && !found; i--)
    for (const p of SORTED_PREDICATES)
      if (clause.startsWith(p[0], i)) {
        // 好 and 差 only end a clause (效果好; not 好转, 差距), and give way to 较好, 良好, 较差 (found one character on).
        if ((p[0] === '好' || p[0] === '差') && (i !== clause.length - 1 || /[很较良比偏误落时]/.test(clause[i - 1] ?? ''))) continue;
        if (p[0] === '满意' && /[较比]/.test(clause[i - 1] ?? '')) continue;
        // 有效 too (长期有效, 运行有效; not 有效提升, 有效期)
        if (p[0] === '有效' && i !== clause.length - 2) continue;
        if (AS_NOUN.test(clause.slice(i + p[0].length))) continue;
        found = p;
        at = i;
        break;
      }
  if (!found) return undefined;
  let before = clause.slice(0, at);
  if (AIMED.test(before)) return undefined;
  const after = clause.slice(at + found[0].length);
  // a change the other way, as statistics write a fall: 负增长, 增长-3%
  let cls = found[1];
  if ((cls === 'up' || cls === 'down') && (before.endsWith('负') || opensNegative(after.replace(/^[了为]/, '')))) {
    before = before.replace(/负$/, '');
    cls = cls === 'up' ? 'down' : 'up';
  }
  let neg = false;
  let partial = false;
  let all = false;
  let strength = 0;
  for (let guard = 0; guard < 8; guard++) {
    const strip = (words: ReadonlyArray<string>): string | undefined => {
      const w = [...words].sort((a, b) => b.length - a.length).find((x) => before.endsWith(x));
      if (w) before = before.slice(0, before.length - w.length);
      return w;
    };
    if (strip(PENDING_MODS) || PENDING_END.test(before)) return undefined;
    if (strip(STRONG_MODS)) strength = 3;
    else if (strip(WEAK_MODS)) {
      strength = 1;
      partial ||= found[1] !== 'up' && found[1] !== 'down';
    } else if (strip(PARTIAL_MODS)) partial = true;
    // 未全部完成: not all of it (part); 均未完成, 全部未完成: all of it not (none) — read outward from the predicate
    else if (strip(ALL_MODS)) all ||= !neg;
    else if (strip(NEGATIONS)) neg = true;
    else if (strip(PLAIN_MODS)) strength ||= 2;
    else if (!strip(FULL_MODS)) break;
  }
  // What was done, named after it as a part (完成了一半, 完成部分任务, 落实大部分): part of it.
  if (after.startsWith('中')) return undefined; // 执行中, 建设中: under way, the outcome not told
  if (PART_AFTER.test(after)) partial = true;
  return { cls, neg, partial, all, strength, short: SHORT_AFTER.test(after) };
}

/** None left undone (不存在未完成项目, 没有未按期完成的, 无未落实事项): a negated shortfall, met. */
const NONE_UNDONE = /(?:不存在|没有|并无|无|未发现|未出现)(?:任何|一个|一项)?(?:未|没有|没|不能|未能)(?:按期|按时|如期|全部|及时)?(?:完成|达到|达标|落实|到位|实现|验收|拨付)/;
/**
 * A clause whose subject is some of them (部分项目…, 个别单位…, 少数企业…, 仍有少量资金…): a shortfall it says is of those
 * few, so part of the target was met, not none of it (部分项目未按期完成, 个别项目未完成).
 */
const SOME_SUBJECT = /^(?:其中|但|但是|仍有|尚有|还有|有)*(?:极个别|个别|极少数|少数(?!民族)|少量|小部分|部分|一些|有的|某些)/;

/** The grade one clause names, weighed against the target's predicate. */
function clauseGrade(clause: string, target: Predicate | undefined): WordGrade | undefined {
  const g = clauseGradeAsSaid(clause, target);
  return g?.grade === '未达成' && SOME_SUBJECT.test(clause) ? { grade: '部分达成' } : g;
}

/** The grade one clause names, its subject taken whole. */
function clauseGradeAsSaid(clause: string, target: Predicate | undefined): WordGrade | undefined {
  // A change by an amount (较上年增长8%, 下降3个百分点) against a target that asks only its direction (不低于上年, 较上年
  // 提高, 持平): graded by the direction (the amount after it is more than it asks); any other number is the actual's.
  const amount = /[0-9０-９]/.test(clause.replace(CODES, ''));
  if (amount && !target?.direction) return undefined;
  if (CAP_KEPT.test(clause)) return { grade: '达成' };
  if (CAP_BROKEN.test(clause)) return { grade: '未达成' };
  if (NONE_UNDONE.test(clause)) return { grade: '达成' };
  if (MISSED.some((w) => clause.includes(w))) return { grade: '未达成' };
  if (NOTHING_HAPPENED.test(clause)) return { grade: '达成' };
  if (NO_PROGRESS.test(clause)) return { grade: '未达成' };
  // no change meets a floor or a cap (不低于上年, 不高于上年), not a change asked (较上年提高)
  if (NO_CHANGE.test(clause)) return target && (target.cls === 'up' || target.cls === 'down') ? { grade: target.neg ? '达成' : '未达成' } : undefined;
  const p = predicateOf(clause);
  if (!p || p.short || (amount && p.cls !== 'up' && p.cls !== 'down')) return undefined;
  switch (p.cls) {
    case 'good':
      // 部分有效, 基本良好: in part, as a thing done in part (部分达成), never the whole of a 100% target
      return p.neg ? { grade: '未达成' } : { grade: p.partial ? '部分达成' : '达成', appraisal: true };
    case 'fair':
      return p.neg ? { grade: '未达成' } : { grade: '达成', scoreByOfficer: true, appraisal: true };
    case 'bad':
      return p.neg ? undefined : { grade: '未达成' };
    case 'up':
    case 'down': {
      const dir = target && (target.cls === 'up' || target.cls === 'down') && !target.neg ? target : undefined;
      // a floor or a cap (不低于上年: no fall; 不高于上年: no rise): the way it forbids misses it, not going that way or
      // going the other meets it (未下降, 高于上年); not going the other (未提高) does not tell
      if (target && !dir && target.neg && (target.cls === 'up' || target.cls === 'down'))
        return p.cls === target.cls ? { grade: p.neg ? '达成' : '未达成' } : p.neg ? undefined : { grade: '达成' };
      if (p.neg) return { grade: '未达成' };
      if (dir && dir.cls !== p.cls) return { grade: '未达成' };
      if (p.partial) return { grade: '部分达成' };
      // A target that says no amount (提高, 较上年提高) is met by any change its way; an actual that says none is a plain one.
      if (dir) return { grade: (p.strength || 2) >= dir.strength ? '达成' : '部分达成' };
      // No target to weigh it against: an improvement said plainly is met; a slight one, or a fall, is the officer's call.
      return p.cls === 'up' && (p.strength || 2) >= 2 ? { grade: '达成', appraisal: true } : undefined;
    }
    default:
      // 未全部完成, 未完全达到: part of it was done.
      if (p.neg && p.all) return { grade: '部分达成' };
      if (p.neg) return { grade: '未达成' };
      return { grade: p.partial ? '部分达成' : '达成' };
  }
}

/** The first predicate of a target's words (what the actual is weighed against); 持平 / 保持上年水平 a floor (不低于). */
function targetPredicate(target: string | undefined): Predicate | undefined {
  if (target === undefined) return undefined;
  const text = qualitativeText(target);
  const p = text.split(CLAUSE_SPLIT).map(predicateOf).find((x) => x !== undefined) ??
    (LEVEL_KEPT.test(text) ? predicateOf('不低于') : undefined);
  return p && (p.cls === 'up' || p.cls === 'down') && !/[0-9０-９]/.test(text) ? { ...p, direction: true } : p;
}

/**
 * Whether a target in words asks only a direction (不低于上年, 较上年增长, 与上年持平, 有效提升): graded by the words of
 * its actual (较上年增长8% meets 不低于上年) whatever 指标性质 says, as it has no figure for a formula.
 */
export const asksDirection = (target: string | undefined): boolean => targetPredicate(target)?.direction === true;

/** All of it, as a rate: `100%` (`100.0%`, full-width too). */
const FULL_RATE = /^100(?:\.0+)?[%％]$|^１００[%％]$/;
/**
 * Whether a full rate meets a target in words: one that asks a thing done, in place or on time (及时, 按期完成, 到位,
 * 健全), not negated, not in part — `100%` of it is all of it. A rate below 100 % stays the officer's call (W011), as
 * does 100 % of a change (提升) or an appraisal (良好), which a share does not measure.
 */
function fullRateMeets(target: string | undefined): boolean {
  const p = targetPredicate(target);
  return p !== undefined && (p.cls === 'done' || p.cls === 'time' || p.cls === 'place') && !p.neg && !p.partial && !p.short;
}

const RANK: Record<QualGrade, number> = { 达成: 2, 部分达成: 1, 未达成: 0 };
/**
 * A later clause that says a shortcoming without grading the whole (`但存在不足`, `仍有一定差距`, `尚有2个项目未验收`, a
 * count of what is left undone, `效果一般`): part of it was met. Read only after a clause that grades, never as a grade of its own.
 */
const SHORTCOMING =
  /^(?:但|但是|然而|不过|其中|同时)*(?:(?:仍|尚|还)?(?:存在|有)(?:一定|部分|少许|些许|个别|少量|若干)?的?(?:不足|问题|差距|短板|欠缺|薄弱)|(?:尚有|仍有|还有)[0-9０-９一二三四五六七八九十两几]+[\u4e00-\u9fff]*?(?:未|没有|尚未|待)|(?:效果|质量|成效|效益|进度)(?:还|仍|尚)?(?:一般|欠佳|不佳|不够?理想|不明显|较慢|偏慢))/;

/**
 * A grade as the clauses after it qualify it: a later clause that grades lower, or says a shortcoming, makes a 达成 a
 * 部分达成 (`按期完成，但个别项目滞后`, `已完成，但质量有待提高`); a 部分达成 followed by a 未达成 is that.
 */
function qualifiedBy(first: WordGrade, later: ReadonlyArray<string>, target: Predicate | undefined): WordGrade {
  for (const clause of later) {
    if (!clause) continue;
    const g = clauseGrade(clause, target) ?? (SHORTCOMING.test(clause) ? { grade: '部分达成' as const } : undefined);
    if (g && RANK[g.grade] < RANK[first.grade]) return { grade: first.grade === '达成' ? '部分达成' : g.grade };
  }
  return first;
}

/** The grade a qualitative actual's words name by the class rule above, weighed against the target's words; undefined when they name none. */
export function gradeWords(actual: string, target?: string): WordGrade | undefined {
  const targetText = target === undefined ? '' : qualitativeText(target);
  if (NONE_BARE.test(qualitativeText(actual)) && NOTHING_HAPPENED.test(targetText)) return { grade: '达成' };
  const t = targetPredicate(target);
  const clauses = qualitativeText(actual).split(CLAUSE_SPLIT);
  for (let i = 0; i < clauses.length; i++) {
    const g = clauses[i] ? clauseGrade(clauses[i], t) : undefined;
    if (g) return qualifiedBy(g, clauses.slice(i + 1), t);
  }
  return undefined;
}

/** Budget execution counts 10 of 100 points. */
export const BUDGET_POINTS = 10;
/** The share of the target beyond which a deviation needs an explanation (W006) or is marked down. */
export const DEVIATION_SHARE = 0.3;
/** The over-achievement factor of 偏离扣分. */
export const PENALTY_FACTOR = 1.3;
/** `=` indicators: full marks within this share of the target. */
export const EQUAL_TOLERANCE = 0.005;
/** Below this execution rate the budget needs an explanation (W010). */
export const RATE_EXPLAIN_BELOW = 0.9;
