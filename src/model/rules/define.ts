/**
 * The rule framework (ESLint's `meta` + `create`, zod's typed issues): a rule is ONE object with
 * its id, category, severity, zh/en title, its messages — each declaring its parameters and its
 * text in both locales — and, where the rule has code of its own, that code.
 *
 * Parameters are data: user text (as written in the workbook), numbers, exact decimals, cells,
 * and codes that the message translates (`expected: 'int'`, `unit: '万元'`). Never prose in one
 * language: the en-US text of a finding has no Chinese except what the user's workbook gave.
 *
 *     export const L011 = defineRule({
 *       id: 'L011', category: 'ledger', severity: 'error',
 *       title: { 'zh-CN': '超额拨付', 'en-US': 'Over-disbursement' },
 *       messages: {
 *         main: msg({
 *           params: { sum: P.decimal, approved: P.decimal, unit: P.moneyUnit },
 *           'zh-CN': (p) => `…${p.sum} ${p.unit}…`,
 *           'en-US': (p) => `…${p.sum} ${p.unit}…`,
 *         }),
 *       },
 *     });
 *     L011.finding.main({ sheet, row, col }, { sum: '35', approved: '30', unit: '万元' });
 *
 * `main` is the rule's own message; any other key is a variant (`L006.short`), with its own
 * parameters and, when it differs, its own severity.
 */
import type { Locale } from '../messages/types';
import type { MoneyUnit } from '../money';

export type Severity = 'error' | 'warning' | 'info';

/** What a rule looks at (for grouping and for CONTRIBUTING's map of where rules live). */
export type RuleCategory = 'sheet' | 'reading' | 'ledger' | 'budget' | 'indicators' | 'scoring' | 'report' | 'monitor' | 'across';

/** A text in both locales. */
export type Localized = Readonly<Record<Locale, string>>;

/** Where a finding points: 0-based sheet coordinates, and the project of the row when there is one. */
export interface Where {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly projectId?: string;
}

// ---------------------------------------------------------------------------------------------
// Parameter kinds

/**
 * How a parameter reads: `data` kinds (text, list) come from the user's workbook and are shown as
 * written; every other kind shows digits, cells or the translation of a code, never Chinese in en-US.
 */
export interface ParamKind<T, O extends boolean = false> {
  readonly kind: 'text' | 'list' | 'number' | 'decimal' | 'cell' | 'date' | 'code';
  readonly optional: O;
  /** The value as the locale shows it. */
  readonly show: (value: T, locale: Locale) => string;
  /** A code kind's codes (for tests that show every one). */
  readonly codes?: ReadonlyArray<string>;
  /** Phantom: the value's type. */
  readonly __value?: T;
}

export type AnyParamKind = ParamKind<any, boolean>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type ParamKinds = Readonly<Record<string, AnyParamKind>>;

/** The value type a kind declares. */
type ValueOf<K> = K extends ParamKind<infer T, boolean> ? T : never;
type OptionalKeys<PS> = { [K in keyof PS]: PS[K] extends { readonly optional: true } ? K : never }[keyof PS];

/** The params object a message declares (optional kinds may be left out). */
export type ParamsOf<PS> = { readonly [K in Exclude<keyof PS, OptionalKeys<PS>>]: ValueOf<PS[K]> } & {
  readonly [K in OptionalKeys<PS>]?: ValueOf<PS[K]>;
};

/** What a message's text function receives: every declared param as shown in its locale ('' when absent). */
export type Shown<PS> = { readonly [K in keyof PS]: string };

const kind = <T>(k: ParamKind<T>['kind'], show: (v: T, l: Locale) => string): ParamKind<T> => ({ kind: k, optional: false, show });

/** A translation table of a code parameter. */
export type CodeTable<C extends string> = Readonly<Record<C, Localized>>;

function codeKind<C extends string>(table: CodeTable<C>): ParamKind<C> {
  return { ...kind<C>('code', (v, l) => table[v]?.[l] ?? v), codes: Object.keys(table) };
}

const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { 'zh-CN': '、', 'en-US': ', ' };

/** The money units of the model, as each locale names them. */
export const MONEY_UNIT_TEXT: CodeTable<MoneyUnit> = {
  万元: { 'zh-CN': '万元', 'en-US': '×10,000 yuan' },
  元: { 'zh-CN': '元', 'en-US': 'yuan' },
};

/** The parameter kinds. */
export const P = {
  /** Text from the workbook (a value, a name, a header, a sheet name), shown as written. */
  text: kind<string>('text', (v) => v),
  /** Several such texts: `a、b` in zh-CN, `a, b` in en-US. */
  list: kind<ReadonlyArray<string>>('list', (v, l) => v.join(LIST_SEPARATOR[l])),
  /** A list that may be long (the 20 headers accepted for 地州市): its first six, then 等 N 个 / … (N in all). */
  some: kind<ReadonlyArray<string>>('list', (v, l) => v.slice(0, 6).join(LIST_SEPARATOR[l]) + (v.length > 6 ? (l === 'zh-CN' ? ` 等 ${v.length} 个` : `… (${v.length} in all)`) : '')),
  number: kind<number>('number', (v) => String(v)),
  /** An exact decimal already written out (an amount in the profile's unit: `12.03`). */
  decimal: kind<string>('decimal', (v) => v),
  /** An A1 reference. */
  cell: kind<string>('cell', (v) => v),
  /** An ISO date (`2018-06-30`). */
  date: kind<string>('date', (v) => v),
  /** A code of the model, shown through its table in each locale. */
  code: <C extends string>(table: CodeTable<C>): ParamKind<C> => codeKind(table),
  moneyUnit: codeKind(MONEY_UNIT_TEXT),
  /** The same kind, which a finding may leave out. */
  optional: <T>(k: ParamKind<T>): ParamKind<T, true> => ({ ...k, optional: true }),
} as const;

// ---------------------------------------------------------------------------------------------
// Messages and rules

export interface MessageDef<PS extends ParamKinds = ParamKinds> {
  readonly params: PS;
  /** When this message's severity differs from the rule's (L006.short is info, L006 an error). */
  readonly severity?: Severity;
  /** When the rule's title would misname this message (L006's 地州市不在范围内 over L006.county, a note): its own. */
  readonly title?: Localized;
  readonly 'zh-CN': (p: Shown<PS>) => string;
  readonly 'en-US': (p: Shown<PS>) => string;
}

/** A message with its parameters; `msg` types each text function's `p` from `params`. */
export function msg<const PS extends ParamKinds>(m: MessageDef<PS>): MessageDef<PS> {
  return m;
}

export type Messages = Readonly<Record<string, MessageDef<any>>>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface RuleSpec<Id extends string, M extends Messages> {
  readonly id: Id;
  readonly category: RuleCategory;
  /** The severity of every message that does not say otherwise. */
  readonly severity: Severity;
  /** A short title per locale, for group headers and summaries. */
  readonly title: Localized;
  readonly messages: M;
}

type KindsOf<M, V extends keyof M> = M[V] extends MessageDef<infer PS> ? PS : never;

/** The finding of one message of one rule. */
export type FindingOf<Id extends string, V, PS> = {
  readonly rule: Id;
  readonly severity: Severity;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly projectId?: string;
  readonly params: ParamsOf<PS>;
} & (V extends 'main' ? { readonly variant?: undefined } : { readonly variant: V });

/** Every finding a rule can make: one member per message. */
export type FindingsOfRule<R> = R extends RuleSpec<infer Id, infer M> ? { [V in keyof M & string]: FindingOf<Id, V, KindsOf<M, V>> }[keyof M & string] : never;

/** Typed constructors, one per message: `L006.finding.short(where, { region, official })`. */
export type FindingMakers<Id extends string, M extends Messages> = {
  readonly [V in keyof M & string]: (where: Where, params: ParamsOf<KindsOf<M, V>>) => FindingOf<Id, V, KindsOf<M, V>>;
};

export interface Rule<Id extends string = string, M extends Messages = Messages> extends RuleSpec<Id, M> {
  readonly finding: FindingMakers<Id, M>;
}

/** Severity of a message of a rule (the message's own, else the rule's). */
export function messageSeverity(rule: RuleSpec<string, Messages>, variant: string | undefined): Severity {
  return rule.messages[variant ?? 'main']?.severity ?? rule.severity;
}

export function defineRule<const Id extends string, const M extends Messages, X extends object = object>(
  spec: RuleSpec<Id, M> & X,
): Rule<Id, M> & X {
  const finding: Record<string, (where: Where, params: unknown) => unknown> = {};
  for (const v of Object.keys(spec.messages)) {
    const severity = messageSeverity(spec, v);
    const rule = spec.id;
    // Object literals, not spreads: a ledger check may make 100,000 findings before the cap.
    // The keys keep their order: rule, variant, severity, sheet, row, col, projectId, params.
    finding[v] =
      v === 'main'
        ? (where, params) =>
            where.projectId !== undefined
              ? { rule, severity, sheet: where.sheet, row: where.row, col: where.col, projectId: where.projectId, params }
              : { rule, severity, sheet: where.sheet, row: where.row, col: where.col, params }
        : (where, params) =>
            where.projectId !== undefined
              ? { rule, variant: v, severity, sheet: where.sheet, row: where.row, col: where.col, projectId: where.projectId, params }
              : { rule, variant: v, severity, sheet: where.sheet, row: where.row, col: where.col, params };
  }
  return { ...spec, finding: finding as FindingMakers<Id, M> };
}

/**
 * Any finding, by its shape (the registry's `Finding` is the exact union; rule code is typed
 * against this shape so that the union can be derived from the rules without a cycle).
 */
export interface AnyFinding extends Where {
  readonly rule: string;
  readonly variant?: string;
  readonly severity: Severity;
  readonly params: object;
}

/**
 * How rule code reports: one function per message of its own rule (`report.short(where, params)`),
 * and `emit` for a finding of another rule made with that rule's `finding` (L021 reading an
 * unreadable total reports an L003).
 */
export type Report<M extends Messages> = {
  readonly [V in keyof M & string]: (where: Where, params: ParamsOf<KindsOf<M, V>>) => void;
} & { readonly emit: (f: AnyFinding) => void };

/** The report of a rule whose findings go to `emit` (which takes the registry's findings). */
export function reporter<Id extends string, M extends Messages, F>(rule: Rule<Id, M>, emit: (f: F) => void): Report<M> {
  const out: Record<string, unknown> = { emit };
  for (const [v, make] of Object.entries(rule.finding)) out[v] = (where: Where, params: never) => emit(make(where, params) as F);
  return out as Report<M>;
}
