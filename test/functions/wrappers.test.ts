// src/functions/functions.ts under a fake custom functions runtime: association, error values, language.
import { FakeError, excel, fakeRuntime, type Fn, type FakeRuntime } from './harness';
import { FUNCTION_IDS } from '../../src/model/functions';

type Module = (typeof import('../../src/functions/functions'))['JX_FUNCTIONS'];

function load(rt: Partial<FakeRuntime>): Module {
  const g = globalThis as Record<string, unknown>;
  g.CustomFunctions = rt.CustomFunctions;
  g.Office = rt.Office;
  let mod!: Module;
  jest.isolateModules(() => {
    // A fresh module instance per runtime: jest.isolateModules needs a synchronous require.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = (require('../../src/functions/functions') as typeof import('../../src/functions/functions')).JX_FUNCTIONS;
  });
  return mod;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('Excel wrappers', () => {
  it('associate each of the 13 ids once, with its function', () => {
    const rt = fakeRuntime();
    const mod = load(rt);
    expect(rt.associations.map(([id]) => id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const [id, fn] of rt.associations) expect(fn).toBe(mod[id as keyof Module]);
  });

  it('load without a runtime (a plain page) without throwing', () => {
    const mod = load({});
    expect(mod.EVALGRADE(95)).toBe('优');
  });

  it('return values as they are; errors as CustomFunctions.Error, #VALUE! with a Chinese message', () => {
    const mod = load(fakeRuntime('zh-CN'));
    expect(mod.FUNDLEVERAGE([[37590.1]], [[1335]], null as never)).toBeCloseTo(28.1574, 4);
    const e = excel(mod.COHORTCOUNT as Fn, [[2017], ['2O17']], 2017);
    expect(e).toBeInstanceOf(FakeError);
    expect(e).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('无法识别') });
    expect(excel(mod.EXECRATE as Fn, 1, 0)).toEqual(new FakeError('#DIV/0!'));
    expect((excel(mod.EXECRATE as Fn, 1, 0) as FakeError).message).toBeUndefined();
    expect(excel(mod.USCCVALID as Fn, { code: '#N/A' })).toEqual(new FakeError('#N/A'));
  });

  it('speak English when Office\'s display language is English (read at each call)', () => {
    const rt = fakeRuntime('en-US');
    const mod = load(rt);
    expect(excel(mod.EXECRATE as Fn, 'lots', 1)).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('cannot be read') });
    rt.Office.context.displayLanguage = 'zh-TW';
    expect(excel(mod.EXECRATE as Fn, 'lots', 1)).toMatchObject({ message: expect.stringContaining('无法识别') });
  });

  it('FINDINGS reads the address from the invocation', () => {
    const mod = load(fakeRuntime());
    const out = (mod.FINDINGS as (l: unknown, i: unknown) => string[][])([['项目编号', '项目名称', '承担单位']], { parameterAddresses: ["'My Sheet'!C5:E5"] } as never);
    expect(out[0].slice(0, 3)).toEqual(['S002', '错误', "'My Sheet'!C5"]);
  });
});
