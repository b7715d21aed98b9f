/**
 * The one message map. Each rule family keeps its texts in its own part file (both locales side
 * by side, so a parity test can hold them together); this file only joins the parts.
 */
import { messageKey, type Finding } from '../findings';
import type { Locale, Message, MessagePart } from './types';
import { RULE_MESSAGES } from './rules';
import { REPORT_MESSAGES } from './report';
import { SCORING_MESSAGES } from './scoring';

export type { Locale, Message, MessagePart } from './types';
export { LOCALES } from './types';
export { RULE_TITLES } from './titles';

/** Every part, one per rule family. Add a new part file here. */
const PARTS: ReadonlyArray<MessagePart> = [RULE_MESSAGES, SCORING_MESSAGES, REPORT_MESSAGES];

export function messageTable(locale: Locale): Readonly<Record<string, Message>> {
  const out: Record<string, Message> = {};
  for (const p of PARTS) Object.assign(out, p[locale]);
  return out;
}

/**
 * Longest quoted cell text in a message. A cell may hold megabytes (a pasted document); the
 * message quotes its start so that it stays one readable line. The finding's params keep it whole.
 */
export const MAX_QUOTED_CHARS = 200;

/** `s` cut to MAX_QUOTED_CHARS characters with `…`, never splitting a surrogate pair. */
export function clipText(s: string): string {
  if (s.length <= MAX_QUOTED_CHARS) return s;
  let cut = s.slice(0, MAX_QUOTED_CHARS);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut + '…';
}

function clipParams(params: Finding['params']): Finding['params'] {
  let out: Record<string, Finding['params'][string]> | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' && v.length > MAX_QUOTED_CHARS) (out ??= { ...params })[k] = clipText(v);
  }
  return out ?? params;
}

/** The text of a finding. A missing key is a programming error, caught by the parity tests. */
export function formatFinding(f: Pick<Finding, 'rule' | 'variant' | 'params'>, locale: Locale = 'zh-CN'): string {
  const key = messageKey(f);
  for (let i = PARTS.length - 1; i >= 0; i--) {
    const m = PARTS[i][locale][key];
    if (m) return m(clipParams(f.params));
  }
  throw new Error(`no ${locale} message for ${key}`);
}

/** Picks zh-CN unless the display language is English. */
export function localeFromLanguage(lang: string | undefined | null): Locale {
  return lang && /^en\b/i.test(lang) ? 'en-US' : 'zh-CN';
}

export const SEVERITY_LABEL: Readonly<Record<Locale, Readonly<Record<Finding['severity'], string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'error', warning: 'warning', info: 'info' },
};

/** The full text of a finding: `项目 X：` + its message. */
export function findingText(f: Pick<Finding, 'rule' | 'variant' | 'params' | 'projectId'>, locale: Locale = 'zh-CN'): string {
  const msg = formatFinding(f, locale);
  if (!f.projectId) return msg;
  const id = clipText(f.projectId);
  return locale === 'zh-CN' ? `项目 ${id}：${msg}` : `Project ${id}: ${msg}`;
}
