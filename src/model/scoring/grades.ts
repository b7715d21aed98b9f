/** The tables of scoring.md: grade bands of the total, qualitative grades, constants (level-1 categories: selfeval/categories.ts). */
import { roundHalfUp } from './rounding';

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

/**
 * The grade an actual names: the whole text is a grade phrase, or starts with one followed by
 * punctuation (`已达成。……`). `完成500人次以上` names none: a grade is never guessed from a word.
 */
export function recogniseGrade(text: string | undefined): QualGradeDef | undefined {
  if (!text) return undefined;
  const t = qualitativeText(text);
  for (const { phrase, def } of GRADE_PHRASES) {
    if (t === phrase) return def;
    if (t.startsWith(phrase) && AFTER_PHRASE.test(t.slice(phrase.length))) return def;
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
