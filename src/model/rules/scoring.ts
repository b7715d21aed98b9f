/**
 * Scoring rules of one indicator that INDICATORSCORE can meet (scoring.md): W007 W011, met where an indicator is scored
 * (scoring/evaluate.ts). Those of the whole table (W003 W004 W009 W010: its points, the budget) and what only a table's
 * evaluation says of an indicator (W006 its deviation unexplained, W012 a typed 得分 above its share) are in
 * scoringWorkbook.ts, so that functions.js (≤ 60 KB gzipped, issue 4), which meets none of them, does not carry
 * their texts. The registry lists all in id order (rules/index.ts SCORING_RULES).
 */
import { QUAL_GRADES, type QualGrade } from '../scoring/grades';
import { defineRule, msg, P, type CodeTable } from './define';

/** An empty value shows as `—` in these messages. */
export const d = (s: string): string => (s === '' ? '—' : s);

const QUAL_GRADE_EN: Readonly<Record<QualGrade, string>> = {
  达成: 'target achieved',
  部分达成: 'target partly achieved, with some effect',
  未达成: 'target not achieved, with poor effect',
};
/** A qualitative grade: its official wording in zh-CN. */
const QUAL_GRADE_TEXT = Object.fromEntries(QUAL_GRADES.map((g) => [g.grade, { 'zh-CN': g.label, 'en-US': QUAL_GRADE_EN[g.grade] }])) as CodeTable<QualGrade>;

/**
 * Whether a band's upper bound belongs to it (达成: up to the points) or to the band above (部分达成 6–8 of 10 stops
 * below 8): written as the comparison, since `6–8 分之间` left a score of 8 'outside 6–8' unexplained.
 */
const UPPER_BOUND: CodeTable<'included' | 'excluded'> = { included: { 'zh-CN': '≤', 'en-US': '≤' }, excluded: { 'zh-CN': '<', 'en-US': '<' } };

export const W007 = defineRule({
  id: 'W007', category: 'scoring', severity: 'error',
  title: { 'zh-CN': '定性指标得分问题', 'en-US': 'Qualitative score problem' },
  messages: {
    main: msg({
      /** Without `grade` (a free-text actual) the band is 0 – points. */
      params: { name: P.text, grade: P.optional(P.code(QUAL_GRADE_TEXT)), score: P.number, lower: P.number, upper: P.number, upperBound: P.code(UPPER_BOUND), points: P.number },
      'zh-CN': (p) =>
        p.grade
          ? `定性指标“${d(p.name)}”评为“${p.grade}”，得分 ${d(p.score)} 不在该档范围内（${d(p.lower)} ≤ 得分 ${p.upperBound} ${d(p.upper)}，分值 ${d(p.points)}），未采用。`
          : `指标“${d(p.name)}”得分 ${d(p.score)} 超出 0–${d(p.upper)} 分（分值 ${d(p.points)}），未采用。`,
      'en-US': (p) =>
        p.grade
          ? `Qualitative indicator "${d(p.name)}" graded "${p.grade}": score ${d(p.score)} is outside its band (${d(p.lower)} ≤ score ${p.upperBound} ${d(p.upper)}, points ${d(p.points)}); not used.`
          : `Indicator "${d(p.name)}": score ${d(p.score)} is outside 0–${d(p.upper)} (points ${d(p.points)}); not used.`,
    }),
    missing: msg({
      params: { name: P.text, grade: P.code(QUAL_GRADE_TEXT), lower: P.number, upper: P.number, upperBound: P.code(UPPER_BOUND), points: P.number },
      'zh-CN': (p) => `定性指标“${d(p.name)}”评为“${d(p.grade)}”，须填写得分（该档：${d(p.lower)} ≤ 得分 ${p.upperBound} ${d(p.upper)}，分值 ${d(p.points)}）。`,
      'en-US': (p) =>
        `Qualitative indicator "${d(p.name)}" graded "${d(p.grade)}" needs a score (its band: ${d(p.lower)} ≤ score ${p.upperBound} ${d(p.upper)}, points ${d(p.points)}).`,
    }),
  },
});

export const W011 = defineRule({
  id: 'W011', category: 'scoring', severity: 'warning',
  title: { 'zh-CN': '定性指标无法评级', 'en-US': 'Qualitative grade unreadable' },
  messages: {
    main: msg({
      params: { name: P.text, actual: P.text, points: P.number },
      // the grades as the user writes them (达成 …) in zh-CN; what they mean in en-US, whose text has no Chinese of ours
      'zh-CN': (p) =>
        `定性指标“${d(p.name)}”的实际完成值“${d(p.actual)}”不是可识别的评价档次（达成 / 部分达成 / 未达成），且未填写得分，计 0 分（分值 ${d(p.points)}）。`,
      'en-US': (p) =>
        `Qualitative indicator "${d(p.name)}": the actual "${d(p.actual)}" names no grade (achieved / partly achieved / not achieved) and no score is given; it scores 0 (points ${d(p.points)}).`,
    }),
  },
});

/** The rules of this file: what scoring one indicator can find (INDICATORSCORE words these alone). */
export const INDICATOR_SCORING_RULES = [W007, W011] as const;


