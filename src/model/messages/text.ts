/**
 * The text of a finding, made from the rule it names, found through a look-up the caller gives. The rule registry's
 * look-up (messages/index.ts) knows every rule; a face that can only meet a few families (the custom functions:
 * FINDINGS the ledger's, INDICATORSCORE the scoring rules') passes a look-up of those, so that its bundle does not
 * carry every other family's texts in two languages (functions.js ≤ 60 KB gzipped, issues 4 and 8).
 */
import type { FindingMessage, FindingWithProject, Severity } from '../findings';
import type { Messages, ParamKinds, Rule } from '../rules/define';
import type { Locale } from './types';

/** A rule by its id, or undefined when the look-up does not hold it. */
export type RuleLookup = (id: string) => Rule<string, Messages> | undefined;

/** A look-up of the given rules (the registry's, or a few families'); two rules with one id are a programming error. */
export function ruleLookup(rules: ReadonlyArray<{ readonly id: string }>): RuleLookup {
  const byId = new Map(rules.map((r) => [r.id, r as unknown as Rule<string, Messages>]));
  if (byId.size !== rules.length) throw new Error('two rules share an id');
  return (id) => byId.get(id);
}

/**
 * Longest quoted cell text in a message. A cell may hold megabytes (a pasted document); the
 * message quotes its start so that it stays one readable line. The finding's params keep it whole.
 */
export const MAX_QUOTED_CHARS = 200;

/**
 * `s` as a message quotes it, one line: cut to MAX_QUOTED_CHARS characters with `…` (never splitting a surrogate
 * pair), each line break typed in the cell (Alt+Enter, a CSV's quoted newline: \n or \r\n) and the spaces around it one
 * space; a lone \r is no line break (the CLI pictures it, ␍: textSafety.test.ts).
 * Every finding output is a line (jx check's text, --json's message, the 问题清单, the pane's list); the params keep the
 * text as written. (Cut first: the breaks are then looked for in 200 characters, never in megabytes.)
 */
export function clipText(s: string): string {
  let cut = s;
  if (s.length > MAX_QUOTED_CHARS) {
    cut = s.slice(0, MAX_QUOTED_CHARS);
    const last = cut.charCodeAt(cut.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
    cut += '…';
  }
  return cut.includes('\n') ? cut.replace(/\s*\n\s*/g, ' ') : cut;
}

function messageOf(rules: RuleLookup, f: FindingMessage) {
  const m = rules(f.rule)?.messages[f.variant ?? 'main'];
  // A missing message is a programming error (the types and the registry tests prevent it).
  if (!m) throw new Error(`no message for ${f.variant ? `${f.rule}.${f.variant}` : f.rule}`);
  return m;
}

/** Every declared parameter of a finding's message as its locale shows it ('' when absent). */
export function shownParamsIn(rules: RuleLookup, f: FindingMessage, locale: Locale): Readonly<Record<string, string>> {
  return shown(messageOf(rules, f).params as ParamKinds, f, locale);
}

function shown(kinds: ParamKinds, f: FindingMessage, locale: Locale): Readonly<Record<string, string>> {
  const params = f.params as Readonly<Record<string, unknown>>;
  const out: Record<string, string> = {};
  for (const [k, kind] of Object.entries(kinds)) {
    const v = params[k];
    out[k] = v === undefined || v === null ? '' : clipText(kind.show(v as never, locale));
  }
  return out;
}

/** The text of a finding. */
export function formatFindingIn(rules: RuleLookup, f: FindingMessage, locale: Locale = 'zh-CN'): string {
  const m = messageOf(rules, f);
  return m[locale](shown(m.params as ParamKinds, f, locale));
}

/** The full text of a finding: `项目 X：` + its message. */
export function findingTextIn(rules: RuleLookup, f: FindingWithProject, locale: Locale = 'zh-CN'): string {
  const msg = formatFindingIn(rules, f, locale);
  if (!f.projectId) return msg;
  const id = clipText(f.projectId);
  return locale === 'zh-CN' ? `项目 ${id}：${msg}` : `Project ${id}: ${msg}`;
}

/** Picks zh-CN unless the display language is English. */
export function localeFromLanguage(lang: string | undefined | null): Locale {
  return lang && /^en\b/i.test(lang) ? 'en-US' : 'zh-CN';
}

/**
 * A severity standing on its own — a badge, a count's label, a column header, a spreadsheet cell (the 问题清单's, and
 * FINDINGS' spilled column) — capitalised as English writes a label (Error, Warning, Info); SEVERITY_LABEL is the
 * word inside a line (L009 error 项目台账!J6 …). Chinese has one word for both (错误, 警告, 提示).
 */
export const SEVERITY_TITLE: Readonly<Record<Locale, Readonly<Record<Severity, string>>>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'Error', warning: 'Warning', info: 'Info' },
};

export const SEVERITY_LABEL: Readonly<Record<Locale, Readonly<Record<Severity, string>>>> = {
  'zh-CN': SEVERITY_TITLE['zh-CN'],
  'en-US': { error: 'error', warning: 'warning', info: 'info' },
};
