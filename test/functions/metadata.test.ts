// functions.json and functions-en.json, generated from the function registry (src/model/functions/metadata.ts),
// checked against the catalogue of the spec (functions.md: each function's signature and an example) and for what
// Excel relies on. Adding a function: its registry entry, and its line in CATALOGUE below.
import { FUNCTION_IDS, FUNCTION_SIGNATURES, FUNCTION_SPECS, createLedgerFindings, invoke, isFnError, type FunctionId } from '../../src/model/functions';
import type { FunctionSpec } from '../../src/model/functions/args';
import { functionsMetadata, parameterType, type FunctionMetadata } from '../../src/model/functions/metadata';

/** spec/functions.md's catalogue: the signature as written there, and its example (arguments → result). */
const CATALOGUE: ReadonlyArray<readonly [signature: string, args: ReadonlyArray<unknown>, result: unknown]> = [
  ['FUNDLEVERAGE(social, fiscal, [social_is_total])', [37590.1, 1335], 28.1574],
  ['COHORTDISBURSED(cohorts, amounts, year)', [[[2017], [2018], [2017]], [[500], [160], [180]], 2017], 680],
  ['COHORTCOUNT(cohorts, year)', [[[2017], [2018], [2017]], 2017], 2],
  ['CARRYOVER(cohorts, amounts, fiscal_year)', [[[2016], [2017], [2018]], [[1], [2], [4]], 2018], 3],
  ['EXECRATE(executed, budget)', [1200, 1200], 1],
  ['BUDGETSCORE(executed, budget, [points])', [1200, 1200], 10],
  ['INDICATORSCORE(actual, target, points, [op], [score])', [1100, 500, 15, '≥'], 15],
  ['EVALGRADE(total)', [92.5], '优'],
  ['RMBUPPER(amount, [unit], [prefix])', [1200, '万元'], '人民币壹仟贰佰万元整'],
  ['PATENTVALID(number)', ['ZL200710308494.X'], true],
  ['PATENTTYPE(number)', ['ZL200710308494.X'], '发明'],
  ['USCCVALID(code)', ['91110000710925462X'], true],
  ['FINDINGS(ledger)', [[['项目编号', '项目名称', '承担单位']]], expect.arrayContaining([expect.arrayContaining(['S002'])])],
];

function parseSignature(sig: string): { id: string; params: { name: string; optional: boolean }[] } {
  const m = /^([A-Z]+)\((.*)\)$/.exec(sig)!;
  const params = m[2].split(', ').map((p) => ({ name: p.replace(/[[\]]/g, ''), optional: p.startsWith('[') }));
  return { id: m[1], params };
}

function call(id: FunctionId, args: ReadonlyArray<unknown>): unknown {
  if (id === 'FINDINGS') return createLedgerFindings().spill(args[0], 'Sheet1!A1:C1');
  return invoke(FUNCTION_SPECS[id] as FunctionSpec, args);
}

const zh = functionsMetadata('zh-CN');
const en = functionsMetadata('en-US');
const CJK = /[\u4e00-\u9fff]/;

describe('the function registry against the spec\'s catalogue', () => {
  it('has the catalogue\'s functions, in its order', () => {
    expect(FUNCTION_IDS).toEqual(CATALOGUE.map(([sig]) => parseSignature(sig).id));
    expect(zh.functions.map((f) => f.id)).toEqual(FUNCTION_IDS);
  });

  it.each(CATALOGUE.map(([sig, args, want]) => [parseSignature(sig).id as FunctionId, sig, args, want] as const))(
    '%s: the signature\'s parameters and optional flags; the example\'s result has the declared type',
    (id, sig, args, want) => {
      const f = zh.functions.find((x) => x.id === id)!;
      expect(f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(parseSignature(sig).params);
      const got = call(id, args);
      expect(isFnError(got)).toBe(false);
      if (typeof want === 'number') expect(got).toBeCloseTo(want, 4);
      else expect(got).toEqual(want);
      // what functions.json promises Excel: the result's type, and a 2D result only where it spills
      expect(Array.isArray(got)).toBe(f.result.dimensionality === 'matrix');
      const cell = Array.isArray(got) ? (got as unknown[][])[0][0] : got;
      expect(typeof cell).toBe(f.result.type);
    }
  );
});

describe('the generated metadata', () => {
  it('lets errors reach `any` parameters (allowErrorForDataTypeAny), in both files', () => {
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    expect(en.allowErrorForDataTypeAny).toBe(true);
  });

  it('ids = names, upper-case ASCII (a user types =JX.NAME)', () => {
    for (const f of zh.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z]+$/);
    }
  });

  it('ranges and tables are `any` matrices; TRUE/FALSE and words are typed; every other value is `any`, so an error in it reaches the function', () => {
    expect(parameterType('range')).toEqual({ type: 'any', dimensionality: 'matrix' });
    expect(parameterType('table')).toEqual({ type: 'any', dimensionality: 'matrix' });
    expect(parameterType('bool')).toEqual({ type: 'boolean' });
    expect(parameterType('unit')).toEqual({ type: 'string' });
    expect(parameterType('text')).toEqual({ type: 'string' });
    for (const t of ['amount', 'number', 'year', 'cell'] as const) expect(parameterType(t)).toEqual({ type: 'any' });
    // FINDINGS must see the ledger's error cells: its range is `any`
    expect(zh.functions.find((f) => f.id === 'FINDINGS')!.parameters[0]).toMatchObject({ type: 'any', dimensionality: 'matrix' });
  });

  it('only FINDINGS asks for parameter addresses and spills; nothing is volatile or streaming', () => {
    const findings = zh.functions.find((f) => f.id === 'FINDINGS')!;
    expect(findings.options).toEqual({ requiresParameterAddresses: true });
    expect(findings.result).toEqual({ type: 'string', dimensionality: 'matrix' });
    for (const f of zh.functions.filter((x) => x.id !== 'FINDINGS')) {
      expect(f.options).toBeUndefined();
      expect(f.result.dimensionality).toBeUndefined();
    }
  });

  it('describes every function and parameter in Chinese in functions.json', () => {
    for (const f of zh.functions) {
      expect(f.description).toMatch(CJK);
      for (const p of f.parameters) expect(p.description).toMatch(CJK);
    }
  });

  it('describes them in English in functions-en.json; everything else is the same', () => {
    const shape = (f: FunctionMetadata) => ({ ...f, description: '', parameters: f.parameters.map((p) => ({ ...p, description: '' })) });
    expect(en.functions.map(shape)).toEqual(zh.functions.map(shape));
    en.functions.forEach((f, i) => {
      expect(f.description).toMatch(/[A-Za-z]{3,}/);
      expect(f.description).not.toBe(zh.functions[i].description);
      f.parameters.forEach((p, j) => {
        expect(p.description).toMatch(/[A-Za-z]{3,}/);
        expect(p.description).not.toBe(zh.functions[i].parameters[j].description);
      });
    });
  });

  it('a WPS build can pass changed signatures (FINDINGS with an address argument: WPS has no parameter addresses)', () => {
    const findings = FUNCTION_SIGNATURES.FINDINGS;
    const wps = functionsMetadata('zh-CN', [
      {
        ...findings,
        requiresParameterAddresses: false,
        params: [...findings.params, { name: 'address', type: 'text', optional: true, description: { 'zh-CN': '区域地址', 'en-US': 'Address' } }],
      },
    ]);
    expect(wps.functions).toHaveLength(1);
    expect(wps.functions[0].options).toBeUndefined();
    expect(wps.functions[0].parameters.map((p) => [p.name, p.type, p.optional === true])).toEqual([['ledger', 'any', false], ['address', 'string', true]]);
  });
});
