// The metadata Excel reads (functions.json) as custom-functions-metadata generates it from the JSDoc of
// src/functions/functions.ts, and its English twin src/functions/functions-en.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTION_IDS, FUNCTION_PARAMS } from '../../src/model/functions';

const root = path.resolve(__dirname, '..', '..');
const SOURCE = path.join(root, 'src/functions/functions.ts');

interface Param { name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }
interface Fn {
  id: string; name: string; description: string; parameters: Param[];
  result: { type: string; dimensionality?: string }; options?: Record<string, boolean>;
}
interface Metadata { functions: Fn[] }

/** What every function must declare: [name, type, matrix?, optional?] per parameter, and the result. */
const EXPECTED: Record<string, { params: [string, string, boolean, boolean][]; result: string; matrix?: boolean }> = {
  FUNDLEVERAGE: { params: [['social', 'any', true, false], ['fiscal', 'any', true, false], ['social_is_total', 'boolean', false, true]], result: 'number' },
  COHORTDISBURSED: { params: [['cohorts', 'any', true, false], ['amounts', 'any', true, false], ['year', 'any', false, false]], result: 'number' },
  COHORTCOUNT: { params: [['cohorts', 'any', true, false], ['year', 'any', false, false]], result: 'number' },
  CARRYOVER: { params: [['cohorts', 'any', true, false], ['amounts', 'any', true, false], ['fiscal_year', 'any', false, false]], result: 'number' },
  EXECRATE: { params: [['executed', 'any', false, false], ['budget', 'any', false, false]], result: 'number' },
  BUDGETSCORE: { params: [['executed', 'any', false, false], ['budget', 'any', false, false], ['points', 'any', false, true]], result: 'number' },
  INDICATORSCORE: {
    params: [['actual', 'any', false, false], ['target', 'any', false, false], ['points', 'any', false, false], ['op', 'string', false, true], ['score', 'any', false, true]],
    result: 'number',
  },
  EVALGRADE: { params: [['total', 'any', false, false]], result: 'string' },
  RMBUPPER: { params: [['amount', 'any', false, false], ['unit', 'string', false, true], ['prefix', 'boolean', false, true]], result: 'string' },
  PATENTVALID: { params: [['number', 'any', false, false]], result: 'boolean' },
  PATENTTYPE: { params: [['number', 'any', false, false]], result: 'string' },
  USCCVALID: { params: [['code', 'any', false, false]], result: 'boolean' },
  FINDINGS: { params: [['ledger', 'any', true, false]], result: 'string', matrix: true },
};

const CJK = /[\u4e00-\u9fff]/;
let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let zh: Metadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  zh = generated.metadataJson ? (JSON.parse(generated.metadataJson) as Metadata) : { functions: [] };
});

describe('generated metadata (functions.json)', () => {
  it('has no errors (the generator reports them in a list, it does not throw)', () => {
    expect(generated.errors).toEqual([]);
  });

  it('declares the 13 functions of functions.md, ids = names, upper-case ASCII', () => {
    expect(zh.functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
    expect([...FUNCTION_IDS].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of zh.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z]+$/);
    }
  });

  it.each(Object.entries(EXPECTED))('%s: parameters, types, dimensionality, optional flags, result', (id, want) => {
    const f = zh.functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => [p.name, p.type, p.dimensionality === 'matrix', p.optional === true])).toEqual(want.params);
    expect(f.result.type).toBe(want.result);
    expect(f.result.dimensionality === 'matrix').toBe(want.matrix === true);
  });

  it('matches the model\'s parameter lists: names, optional flags, ranges as matrices', () => {
    for (const f of zh.functions) {
      const model = FUNCTION_PARAMS[f.id as keyof typeof FUNCTION_PARAMS];
      expect(f.parameters.map((p) => p.name)).toEqual(model.map((p) => p.name));
      expect(f.parameters.map((p) => p.optional === true)).toEqual(model.map((p) => p.optional === true));
      expect(f.parameters.map((p) => p.dimensionality === 'matrix')).toEqual(model.map((p) => p.type === 'range' || p.type === 'table'));
    }
  });

  it('describes every function and parameter in Chinese', () => {
    for (const f of zh.functions) {
      expect(f.description).toMatch(CJK);
      for (const p of f.parameters) expect(p.description ?? '').toMatch(CJK);
    }
  });

  it('FINDINGS requires parameter addresses; no function is volatile or streaming', () => {
    const findings = zh.functions.find((f) => f.id === 'FINDINGS')!;
    expect(findings.options).toEqual({ requiresParameterAddresses: true });
    for (const f of zh.functions.filter((x) => x.id !== 'FINDINGS')) expect(f.options).toBeUndefined();
  });

  it('the plugin associates each id with the function of the same name', () => {
    expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual(Object.keys(EXPECTED).map((id) => [id, id]));
  });
});

describe('functions-en.json (English metadata)', () => {
  const en = JSON.parse(fs.readFileSync(path.join(root, 'src/functions/functions-en.json'), 'utf8')) as Metadata;
  const shape = (m: Metadata) =>
    m.functions.map((f) => ({
      id: f.id, name: f.name, result: f.result, options: f.options,
      parameters: f.parameters.map(({ description: _d, ...p }) => p),
    }));

  it('has the same ids, names, parameters, results and options as the generated metadata', () => {
    expect(shape(en)).toEqual(shape(zh));
    expect(Object.keys(en)).toEqual(Object.keys(JSON.parse(generated.metadataJson)));
  });

  it('describes every function and parameter in English', () => {
    for (const f of en.functions) {
      const z = zh.functions.find((x) => x.id === f.id)!;
      expect(f.description).toMatch(/[A-Za-z]{3,}/);
      expect(f.description).not.toBe(z.description);
      f.parameters.forEach((p, i) => {
        expect(p.description).toMatch(/[A-Za-z]{3,}/);
        expect(p.description).not.toBe(z.parameters[i].description);
      });
    }
  });
});
