/**
 * The rule tester (ESLint's RuleTester): each rule family's `*.cases.ts` lists, per rule, the
 * workbooks where it must fire (`expect`: its findings as `severity@Sheet!A1`) and where it must
 * not (`expect: []`). rules.test.ts runs every cases file of this folder and checks that every
 * rule of the registry has both kinds, and that every message of a rule fires somewhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkAcross, type AcrossInput } from '../../../src/model/across';
import { evaluateWorkbook, type EvaluateOptions } from '../../../src/model/evaluate';
import type { Finding, RuleId } from '../../../src/model/findings';
import { a1, type Grid } from '../../../src/model/grid';
import { book, colOf, validRow, type Book, type Row } from '../support/ledger';

export interface RuleCase {
  readonly name: string;
  /** The workbook: a Book of support/ledger.ts, or a grid. */
  readonly book?: Book;
  readonly grid?: Grid;
  readonly options?: EvaluateOptions;
  /** Several workbooks, each with its file name: the cross-file rules' cases (`expect` as `severity@file:Sheet!A1`). */
  readonly files?: ReadonlyArray<AcrossInput>;
  /** With `files`: the province's 配置 (`jx merge --profile`). */
  readonly profile?: AcrossInput;
  /** The rule's findings as `severity@Sheet!A1`, in order; [] = it must not fire. */
  readonly expect: ReadonlyArray<string>;
}

export type RuleCases = Readonly<Partial<Record<RuleId, ReadonlyArray<RuleCase>>>>;

/** Every finding of a case's workbook (the check, the metrics and the scoring, as every face runs them). */
export function findingsOf(c: RuleCase): ReadonlyArray<Finding> {
  if (c.files) return checkAcross(c.files, c.profile ? { profile: c.profile } : {}).findings;
  return evaluateWorkbook(c.grid ?? book(c.book), c.options).findings;
}

export const at = (f: Finding): string => {
  const file = (f as Finding & { file?: string }).file;
  return `${f.severity}@${file !== undefined ? `${file}:` : ''}${f.sheet}!${a1(f.row, f.col)}`;
};

/** The default two projects, the second one changed. */
export const second = (over: Row): Row[] => [validRow(0), { ...validRow(1), ...over }];
/** Cell of a header on the second project (sheet row 3). */
export const cell = (h: Parameters<typeof colOf>[0]): string => `项目台账!${colOf(h)}3`;

/** Every `*.cases.ts` of this folder, by file name: each rule family's cases. */
export function loadCases(): ReadonlyArray<readonly [string, RuleCases]> {
  return fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.cases.ts'))
    .sort()
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((f) => [f, (require(path.join(__dirname, f)) as { CASES: RuleCases }).CASES] as const);
}
