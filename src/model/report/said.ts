/**
 * What the 报告素材 says against the figures (R004): the report copies the officer's text as written beside the data
 * paragraphs, so a text that says every target was met while 四（一） lists some not met, or a 预算执行率 other than the
 * 自评表's, would go out stamped with two versions of the year. Chosen where report.md is silent:
 * - a claim of completion (全部完成, 均已完成, 全面完成, 均已达成, 全部实现 … not after 未/没有/尚未) is weighed in the
 *   sections on the targets only (四（一）, 四（二）): elsewhere 全部完成 may speak of an acceptance or a payment;
 * - a 预算执行率 (or 资金执行率) written as a percentage in any section is weighed against the 自评表's 执行率, to the
 *   places it is written with (100% against 99.996% agrees).
 */
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

/** `预算执行率为95%`, `资金执行率达到 98.5 %`, `执行率100%`. */
const RATE = /(?:预算|资金)?执行率\s*(?:为|达到|达|是|约|：|:)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]/g;

/** `100.00%` from a fraction, to two places (as the 自评表 shows 执行率). */
const percent = (x: number, places: number): string => `${roundHalfUp(x * 100, places).toFixed(places)}%`;

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
    if (short.length && TARGET_SECTIONS.has(def.id)) {
      for (const m of text.matchAll(ALL_DONE)) {
        if (NEGATED.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
        out.push(R004.finding.allDone(at, { section: def.id, number: sectionNumber(def), words: m[0], names: short.map((s) => s.indicator.level3 ?? '') }));
        break;
      }
    }
    if (rate === undefined) continue;
    for (const m of text.matchAll(RATE)) {
      const places = m[1].split('.')[1]?.length ?? 0;
      const written = Number(m[1]);
      if (roundHalfUp(rate * 100, places) === written) continue;
      out.push(R004.finding.rate(at, { section: def.id, number: sectionNumber(def), written: `${m[1]}%`, computed: percent(rate, 2) }));
      break;
    }
  }
  return out;
}
