/**
 * The JX functions' documented values (spec/functions.md, the source year's figures), as one table that every host's
 * test checks: the built Excel functions bundle (test/functions/bundle.test.ts), the registration in WPS from the source
 * (test/wps/functions.test.ts) and the built WPS add-in loaded as WPS loads it (test/e2e/wps.e2e.ts).
 */
import { FUNCTION_SIGNATURES } from '../../src/model/functions';
import { column, sourceRows } from '../functions/support';

type Fn = (...args: unknown[]) => unknown;

/** The 13 functions of spec/functions.md, by id. */
export const JX_FUNCTION_IDS = [
  'BUDGETSCORE', 'CARRYOVER', 'COHORTCOUNT', 'COHORTDISBURSED', 'EVALGRADE', 'EXECRATE', 'FINDINGS', 'FUNDLEVERAGE',
  'INDICATORSCORE', 'PATENTTYPE', 'PATENTVALID', 'RMBUPPER', 'USCCVALID',
] as const;

export interface DocumentedValue {
  readonly id: (typeof JX_FUNCTION_IDS)[number];
  readonly args: ReadonlyArray<unknown>;
  /** The value the function returns; a number with `digits` is compared to that many decimals. */
  readonly value: unknown;
  readonly digits?: number;
}

/** The values functions.md documents, over the source year's 169 project rows where a function takes the ledger. */
export function documentedValues(): DocumentedValue[] {
  const rows = sourceRows();
  const cohorts = column(rows.map((r) => r.year));
  const disbursed = column(rows.map((r) => r.disbursed));
  return [
    { id: 'FUNDLEVERAGE', args: [[[37590.1]], [[1335]]], value: 28.1574, digits: 4 },
    { id: 'COHORTDISBURSED', args: [cohorts, disbursed, 2017], value: 680 },
    { id: 'COHORTCOUNT', args: [cohorts, 2017], value: 50 },
    { id: 'CARRYOVER', args: [cohorts, disbursed, 2018], value: 1040 },
    { id: 'EXECRATE', args: [1200, 1200], value: 1 },
    { id: 'BUDGETSCORE', args: [1200, 1200], value: 10 },
    { id: 'INDICATORSCORE', args: [1100, 500, 15, '≥'], value: 15 },
    { id: 'EVALGRADE', args: [92.5], value: '优' },
    { id: 'RMBUPPER', args: [1200, '万元'], value: '人民币壹仟贰佰万元整' },
    { id: 'PATENTVALID', args: ['ZL200710308494.X'], value: true },
    { id: 'PATENTTYPE', args: ['ZL200710308494.X'], value: '发明' },
    { id: 'USCCVALID', args: ['91110000710925462X'], value: true },
  ];
}

/**
 * A ledger header row without 地州市 and the address WPS passes it with: FINDINGS gives S002 at C5. (Not 专利号: since
 * 84dfdac a range that shows no patent asks no patent columns.)
 */
export const FINDINGS_CASE = {
  ledger: [['项目编号', '项目名称', '承担单位', '本年拨付']],
  address: '项目台账!C5:F5',
  expected: ['S002', '错误', '项目台账!C5', expect.stringContaining('缺少必填列“地州市”')],
} as const;

/** The arguments as Excel passes them: every omitted optional parameter as `null` (WPS leaves them out). */
export function excelArguments(id: DocumentedValue['id'], args: ReadonlyArray<unknown>): unknown[] {
  const count = FUNCTION_SIGNATURES[id].params.length;
  return [...args, ...Array.from({ length: Math.max(0, count - args.length) }, () => null)];
}

/**
 * Checks every documented value on the functions `fn` (by id), the failure naming the function; `host` turns the
 * user's arguments into what the host passes (default: as written).
 */
export function expectDocumentedValues(
  fn: Readonly<Record<string, Fn>>,
  host: (id: DocumentedValue['id'], args: ReadonlyArray<unknown>) => unknown[] = (_, args) => [...args]
): void {
  for (const { id, args, value, digits } of documentedValues()) {
    const got = fn[id](...host(id, args));
    if (digits !== undefined) expect({ id, got }).toEqual({ id, got: expect.closeTo(value as number, digits) });
    else expect({ id, got }).toEqual({ id, got: value });
  }
}
