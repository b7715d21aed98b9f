/**
 * The rule registry: every rule, one module per family. A new rule goes into its family's module
 * (and that family's list at the bottom of it); a new family is one line here.
 */
import { messageSeverity, type FindingsOfRule, type Localized, type Severity } from './define';
import { ruleLookup, type RuleLookup } from '../messages/text';
import { ACROSS_RULES } from './across';
import { CROSS_RULES } from './ledgerCross';
import { MONITOR_RULES } from './monitor';
import { ROW_RULES } from './ledgerRow';
import { READING_RULES } from './reading';
import { REPORT_RULES } from './report';
import { W007, W011 } from './scoring';
import { W003, W004, W006, W009, W010, W012 } from './scoringWorkbook';
import { S002, S003, S004, S007 } from './sheets';
import { S001, S005, S006, S008, S009, S010, S011, S012, S013, S014, S015, S016, S017, S018, S019, S020, S021, S022 } from './sheetsWorkbook';
import { TARGET_RULES } from './targets';
import { WORKBOOK_RULES } from './workbook';

/** The sheet rules by id: a ledger range's (sheets.ts) and a whole workbook's (sheetsWorkbook.ts). */
export const SHEET_RULES = [S001, S002, S003, S004, S005, S006, S007, S008, S009, S010, S011, S012, S013, S014, S015, S016, S017, S018, S019, S020, S021, S022] as const;

/** The scoring rules by id: one indicator's (scoring.ts) and the whole table's (scoringWorkbook.ts). */
export const SCORING_RULES = [W003, W004, W006, W007, W009, W010, W011, W012] as const;

export const RULES = [
  ...SHEET_RULES,
  ...READING_RULES,
  ...CROSS_RULES,
  ...ROW_RULES,
  ...WORKBOOK_RULES,
  ...TARGET_RULES,
  ...SCORING_RULES,
  ...REPORT_RULES,
  ...MONITOR_RULES,
  ...ACROSS_RULES,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

/** Every rule id, sorted (S…, L…, W…, T…, R…, M…, X… as the catalogue numbers them). */
export const RULE_IDS: ReadonlyArray<RuleId> = RULES.map((r) => r.id).sort(
  (a, b) => 'SLWTRMX'.indexOf(a[0]) - 'SLWTRMX'.indexOf(b[0]) || (a < b ? -1 : a > b ? 1 : 0),
);

/** Every finding any rule can make: a union with one member per message, its params typed. */
export type Finding = FindingsOfRule<(typeof RULES)[number]>;

/** Every rule by its id (the same look-up a face given a few families makes: messages/text.ts). */
export const ruleById: RuleLookup = ruleLookup(RULES);

/** The rule's short title; a message's own where it has one (L006.county, a note, is no 地州市不在范围内). */
export function ruleTitle(id: string, locale: keyof Localized, variant?: string): string | undefined {
  const r = ruleById(id);
  return r && (r.messages[variant ?? 'main']?.title ?? r.title)[locale];
}

/** The severity the registry gives a rule's message. */
export function severityOf(rule: string, variant?: string): Severity | undefined {
  const r = ruleById(rule);
  return r && messageSeverity(r, variant);
}

export { defineRule, msg, P, type Rule, type Severity, type RuleCategory, type Where, type Localized } from './define';
