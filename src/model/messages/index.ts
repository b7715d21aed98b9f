/**
 * The text of a finding, in zh-CN or en-US. Each rule's messages live with the rule (rules/…,
 * the rule registry): a message declares its parameters, and turns them — shown in the locale,
 * codes translated — into its text. Here through the whole registry; messages/text.ts makes the
 * text through a look-up of a few families (the custom functions).
 */
import type { FindingMessage, FindingWithProject } from '../findings';
import { ruleById } from '../rules';
import { findingTextIn, formatFindingIn, shownParamsIn } from './text';
import type { Locale } from './types';

export type { Locale } from './types';
export { LOCALES } from './types';
export { MAX_QUOTED_CHARS, clipText, localeFromLanguage, SEVERITY_LABEL, SEVERITY_TITLE } from './text';

/**
 * Every declared parameter of a finding's message as its locale shows it ('' when absent). A
 * missing message is a programming error (the types and the registry tests prevent it).
 */
export function shownParams(f: FindingMessage, locale: Locale): Readonly<Record<string, string>> {
  return shownParamsIn(ruleById, f, locale);
}

/** The text of a finding. */
export function formatFinding(f: FindingMessage, locale: Locale = 'zh-CN'): string {
  return formatFindingIn(ruleById, f, locale);
}

/** The full text of a finding: `项目 X：` + its message. */
export function findingText(f: FindingWithProject, locale: Locale = 'zh-CN'): string {
  return findingTextIn(ruleById, f, locale);
}
