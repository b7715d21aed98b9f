/**
 * The text of a finding, in zh-CN or en-US. Each rule's messages live with the rule (rules/…,
 * the rule registry): a message declares its parameters, and turns them — shown in the locale,
 * codes translated — into its text.
 */
import type { FindingMessage, FindingWithProject, Severity } from '../findings';
import { ruleById } from '../rules';
import type { ParamKinds } from '../rules/define';
import type { Locale } from './types';

export type { Locale } from './types';
export { LOCALES } from './types';

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

/**
 * Every declared parameter of a finding's message as its locale shows it ('' when absent). A
 * missing message is a programming error (the types and the registry tests prevent it).
 */
export function shownParams(f: FindingMessage, locale: Locale): Readonly<Record<string, string>> {
  const m = ruleById(f.rule)?.messages[f.variant ?? 'main'];
  if (!m) throw new Error(`no message for ${f.variant ? `${f.rule}.${f.variant}` : f.rule}`);
  const params = f.params as Readonly<Record<string, unknown>>;
  const shown: Record<string, string> = {};
  for (const [k, kind] of Object.entries(m.params as ParamKinds)) {
    const v = params[k];
    shown[k] = v === undefined || v === null ? '' : clipText(kind.show(v as never, locale));
  }
  return shown;
}

/** The text of a finding. */
export function formatFinding(f: FindingMessage, locale: Locale = 'zh-CN'): string {
  const m = ruleById(f.rule)!.messages[f.variant ?? 'main'];
  return m[locale](shownParams(f, locale));
}

/** Picks zh-CN unless the display language is English. */
export function localeFromLanguage(lang: string | undefined | null): Locale {
  return lang && /^en\b/i.test(lang) ? 'en-US' : 'zh-CN';
}

export const SEVERITY_LABEL: Readonly<Record<Locale, Readonly<Record<Severity, string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'error', warning: 'warning', info: 'info' },
};

/** The full text of a finding: `项目 X：` + its message. */
export function findingText(f: FindingWithProject, locale: Locale = 'zh-CN'): string {
  const msg = formatFinding(f, locale);
  if (!f.projectId) return msg;
  const id = clipText(f.projectId);
  return locale === 'zh-CN' ? `项目 ${id}：${msg}` : `Project ${id}: ${msg}`;
}
