/**
 * The words of the mid-year monitoring (monitor.md) that people write in 绩效指标 and the table
 * prints: the 完成目标可能性 answers, the 偏差原因类别 and what a monitored deadline says when done.
 * One place for each list: the reader, the lights, the rules and the table read them from here.
 */
import { cleanText } from '../read/text';

export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

/** Other ways people answer 完成目标可能性, and what they mean. */
const LIKELIHOOD_WORDS: ReadonlyArray<readonly [string, Likelihood]> = [
  ['确定能', '确定能'], ['能', '确定能'], ['确定', '确定能'], ['可以', '确定能'], ['能完成', '确定能'], ['确定能完成', '确定能'],
  ['能够完成', '确定能'], ['可以完成', '确定能'], ['肯定能', '确定能'], ['确保完成', '确定能'],
  ['有可能', '有可能'], ['可能', '有可能'], ['有可能完成', '有可能'], ['基本能', '有可能'], ['基本能完成', '有可能'], ['可能完成', '有可能'],
  ['较大可能', '有可能'], ['有较大可能', '有可能'], ['可能性较大', '有可能'], ['基本确定', '有可能'], ['不确定', '有可能'], ['存在风险', '有可能'],
  ['完全不可能', '完全不可能'], ['不可能', '完全不可能'], ['不能', '完全不可能'], ['无法完成', '完全不可能'], ['完全不可能完成', '完全不可能'],
  ['不能完成', '完全不可能'], ['不可能完成', '完全不可能'], ['完全不能', '完全不可能'], ['完全不能完成', '完全不可能'], ['无法', '完全不可能'],
];

/** A 完成目标可能性 cell as one of the three answers; undefined for a word it does not know. */
export function readLikelihood(text: string): Likelihood | undefined {
  const s = cleanText(text).replace(/\s+/g, '').replace(/[。.]$/, '');
  return LIKELIHOOD_WORDS.find(([w]) => w === s)?.[1];
}

/** The five columns of 偏差原因分析 in the central form, in its order. */
export const CAUSES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;
export type Cause = (typeof CAUSES)[number];

/** Short forms people write for a cause. */
const CAUSE_WORDS: ReadonlyArray<readonly [string, Cause]> = [
  ...CAUSES.map((c) => [c, c] as const),
  ['经费', '经费保障'], ['资金保障', '经费保障'], ['资金', '经费保障'], ['制度', '制度保障'], ['人员', '人员保障'],
  ['硬件', '硬件条件保障'], ['硬件条件', '硬件条件保障'], ['其它', '其他'],
];

/** `经费保障、人员保障` → the causes in the form's order, and the words that are no cause. */
export function readCauses(text: string): { causes: Cause[]; unknown: string[] } {
  const words = cleanText(text).split(/[、,，;；/\s\r\n]+/).map((w) => w.trim()).filter(Boolean);
  const found = new Set<Cause>();
  const unknown: string[] = [];
  for (const w of words) {
    const c = CAUSE_WORDS.find(([x]) => x === w)?.[1];
    if (c) found.add(c);
    else unknown.push(w);
  }
  return { causes: CAUSES.filter((c) => found.has(c)), unknown };
}

/**
 * What a monitored deadline says when it is done: one of these words and none of the negations.
 * The table's light formula tests the same words (formulas.ts), so an edit re-colours the row.
 */
export const DONE_WORDS = ['完成', '达成', '已'] as const;
export const NOT_DONE_WORDS = ['未', '没有', '尚'] as const;

export function saysDone(text: string | undefined): boolean {
  if (!text) return false;
  return DONE_WORDS.some((w) => text.includes(w)) && !NOT_DONE_WORDS.some((w) => text.includes(w));
}
