/**
 * Native Excel formulas of the monitoring table (IF, AND, OR, NOT, ISNUMBER, ROUND, FIND, DATE,
 * MONTH only: the file goes to people without the add-in, and to WPS). Each one says what
 * monitor/index.ts decides, in the same order and with the same rounding, so that the cached value
 * the model writes is what Excel recomputes after an edit.
 */
import type { DateValue } from '../grid';
import { AMBER_BAND, COMPARE_PLACES, LIGHT_WORD, LIKELIHOOD_LIGHT, NO_LIGHT, progressBar } from './index';
import { DONE_WORDS, LIKELIHOODS, NOT_DONE_WORDS } from './words';

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** The light of a progress against time progress (lightOfProgress). */
export function progressLightFormula(progress: string, time: string): string {
  const r = (x: string): string => `ROUND(${x},${COMPARE_PLACES})>=0`;
  return `IF(${r(`${progress}-${time}`)},${q(LIGHT_WORD.green)},IF(${r(`${progress}-${time}+${AMBER_BAND}`)},${q(LIGHT_WORD.amber)},${q(LIGHT_WORD.red)}))`;
}

/** The light 完成目标可能性 gives (确定能 green, 有可能 amber, 完全不可能 red), else none. */
export function likelihoodLightFormula(likelihood: string): string {
  return LIKELIHOODS.reduceRight((inner, w) => `IF(${likelihood}=${q(w)},${q(LIGHT_WORD[LIKELIHOOD_LIGHT[w]])},${inner})`, q(NO_LIGHT));
}

/** Whether a monitored text says a deadline is done (words.saysDone). */
export function doneFormula(text: string): string {
  const has = (w: string): string => `ISNUMBER(FIND(${q(w)},${text}))`;
  return `AND(OR(${DONE_WORDS.map(has).join(',')}),NOT(OR(${NOT_DONE_WORDS.map(has).join(',')})))`;
}

/**
 * Progress: monitored / target for ≥ and =; for ≤ 1 at or under the ceiling, else target / monitored (progressOf). A
 * range's target cell holds its floor; beyond its ceiling (`ceiling`, a number) it is ceiling / monitored (rangeBound).
 */
export function progressFormula(op: '≥' | '≤' | '=', target: string, monitored: string, ceiling?: number): string {
  const both = `AND(ISNUMBER(${target}),ISNUMBER(${monitored}))`;
  if (op === '≤') return `IF(${both},IF(OR(${monitored}<=${target},${monitored}<=0),1,${target}/${monitored}),"—")`;
  const floor = `IF(${target}=0,"—",${monitored}/${target})`;
  if (ceiling !== undefined) return `IF(${both},IF(${beyond(monitored, ceiling)},${ceiling}/${monitored},${floor}),"—")`;
  return `IF(${both},${floor},"—")`;
}

/** Whether a monitored value is beyond a range's ceiling, rounded as the model compares (rangeBound). */
const beyond = (monitored: string, ceiling: number): string => `ROUND(${monitored}-${ceiling},${COMPARE_PLACES})>0`;

export interface LightRefs {
  /** The target's comparison: a ceiling (≤) holds its progress to 100 %, the others to time progress (progressBar). */
  readonly op: '≥' | '≤' | '=';
  readonly likelihood: string;
  readonly monitored: string;
  /** The progress cell, for a quantitative row. */
  readonly progress?: string;
  /** A range's ceiling: beyond it the progress is held to 100 %, as a ceiling's (rangeBound). */
  readonly ceiling?: number;
  readonly time: string;
  /** A deadline's date and the monitoring date cell, for a deadline row. */
  readonly deadline?: { readonly date: DateValue; readonly on: string };
}

const RED_WORD = q(LIGHT_WORD.red);

/** An indicator's light (monitorIndicator): 完全不可能 red; a passed deadline red unless done; progress; else likelihood. */
export function indicatorLightFormula(r: LightRefs): string {
  let inner = likelihoodLightFormula(r.likelihood);
  if (r.progress) {
    const bar = r.ceiling !== undefined ? `IF(AND(ISNUMBER(${r.monitored}),${beyond(r.monitored, r.ceiling)}),1,${r.time})` : String(progressBar(r.op, r.time));
    inner = `IF(ISNUMBER(${r.progress}),${progressLightFormula(r.progress, bar)},${inner})`;
  }
  if (r.deadline) {
    const d = r.deadline.date;
    inner = `IF(AND(ISNUMBER(${r.deadline.on}),DATE(${d.year},${d.month},${d.day})<${r.deadline.on}),IF(${doneFormula(r.monitored)},${q(LIGHT_WORD.green)},${RED_WORD}),${inner})`;
  }
  return `IF(${r.likelihood}=${q('完全不可能')},${RED_WORD},${inner})`;
}

/** 执行率 = 执行数 / 年初预算数, `—` without a budget. */
export function executionRateFormula(budget: string, executed: string): string {
  return `IF(AND(ISNUMBER(${budget}),ISNUMBER(${executed})),IF(${budget}=0,"—",${executed}/${budget}),"—")`;
}

/** The budget's light, from its rate and time progress. */
export function budgetLightFormula(rate: string, time: string): string {
  return `IF(ISNUMBER(${rate}),${progressLightFormula(rate, time)},${q(NO_LIGHT)})`;
}

/** Time progress: the month of the monitoring date / 12, else M/12 written out. */
export function timeProgressFormula(month: number, dateCell?: string): string {
  return dateCell ? `MONTH(${dateCell})/12` : `${month}/12`;
}
