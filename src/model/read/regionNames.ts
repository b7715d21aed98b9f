/**
 * What a workbook's sheet names, titles and file name say of its 地州市. Only a workbook's check (check.ts) reads
 * them: FINDINGS checks one range, and functions.js (≤ 60 KB gzipped, sharing its modules with the task pane) stays
 * without them — as regions.ts they took ~0.9 KB of it.
 */
import { matchRegion, REGION_SHORT_FORMS, type Counties } from './regions';

/**
 * The prefecture a sheet name says (`乌鲁木齐市`, `巴州`, `3.阿克苏地区`, `昌吉州项目`): the
 * official name of an allowed division or known short form the name holds (the longest one), or
 * undefined.
 */
export function regionFromSheetName(name: string, allowed: ReadonlySet<string>, counties?: Counties): string | undefined {
  const s = name.replace(/\s+/g, '');
  const whole = matchRegion(s.replace(/^[\d０-９.．、,，_\-()（）]+/, ''), allowed, counties);
  if (whole.kind !== 'unknown') return whole.official;
  let best: { official: string; len: number } | undefined;
  const consider = (written: string, official: string): void => {
    if (written.length >= 2 && allowed.has(official) && s.includes(written) && (!best || written.length > best.len)) best = { official, len: written.length };
  };
  for (const n of allowed) consider(n, n);
  for (const [short, official] of REGION_SHORT_FORMS) consider(short, official);
  // a sheet per county (伊宁市, 霍城县项目): its prefecture's
  for (const [county, official] of counties ?? []) if (holdsCounty(s, county)) consider(county, official);
  return best?.official;
}

/** A county's name in a text, not the start of a word: 环天山区域 names no 天山区 (a district's 区 before 域 is 区域). */
function holdsCounty(s: string, county: string): boolean {
  for (let i = s.indexOf(county); i >= 0; i = s.indexOf(county, i + 1)) if (!(county.endsWith('区') && s[i + county.length] === '域')) return true;
  return false;
}

/**
 * The one 地州市 a table's title lines or its file name name (`伊犁州2019年专利实施资金项目台账`, `填报单位：巴州知识产权局`,
 * `阿克苏地区项目台账.xlsx`): the official name of every allowed division or known short form (two characters or more) the
 * texts hold, when they all name the same one; undefined when they name none, or two (`乌鲁木齐市、昌吉州…` is no one's).
 */
export function regionNamedIn(texts: ReadonlyArray<string>, allowed: ReadonlySet<string>, counties?: Counties): string | undefined {
  let found: string | undefined;
  const meet = (s: string, written: string, official: string): boolean => {
    if (!allowed.has(official) || !s.includes(written)) return true;
    if (found !== undefined && found !== official) return false;
    found = official;
    return true;
  };
  for (const text of texts) {
    const s = text.replace(/\s+/g, '');
    for (const name of allowed) if (name.length >= 2 && !meet(s, name, name)) return undefined;
    for (const [short, official] of REGION_SHORT_FORMS) if (short.length >= 2 && !WITHIN_WORDS.has(short) && !meet(s, short, official)) return undefined;
    for (const [county, official] of counties ?? []) if (holdsCounty(s, county) && !meet(s, county, official)) return undefined;
  }
  return found;
}
/** Short forms that are also a part of other names: 本级 is any level's own (乌鲁木齐市本级 is 乌鲁木齐市's). */
const WITHIN_WORDS: ReadonlySet<string> = new Set(['本级']);
