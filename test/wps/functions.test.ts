/** The JX functions in WPS: registered with a fake `wps.AddCustomFunction`, the documented values, the error mapping. */
import { registerWpsFunctions, wpsError, wpsFunctionsMetadata, WpsFunctionError } from '../../src/wps/functions';
import { expectDocumentedValues, FINDINGS_CASE, JX_FUNCTION_IDS } from '../support/jxFunctionValues';

type Fn = (...args: unknown[]) => unknown;

function registered(): { calls: Array<[string, string, Fn, unknown]>; fn: Record<string, Fn> } {
  const calls: Array<[string, string, Fn, unknown]> = [];
  const wps = { AddCustomFunction: (ns: string, name: string, f: Fn, meta?: unknown) => void calls.push([ns, name, f, meta]) };
  registerWpsFunctions(wps as never, [{ id: 'EXECRATE', name: 'EXECRATE', parameters: [] }]);
  return { calls, fn: Object.fromEntries(calls.map(([, id, f]) => [id, f])) };
}

describe('JX functions in WPS', () => {
  test('all 13 are registered once each in the JX namespace, with their metadata when given', () => {
    const { calls } = registered();
    expect(calls.map(([ns]) => ns).every((ns) => ns === 'JX')).toBe(true);
    expect(calls.map(([, id]) => id).sort()).toEqual([...JX_FUNCTION_IDS]);
    expect(calls.find(([, id]) => id === 'EXECRATE')![3]).toEqual({ id: 'EXECRATE', name: 'EXECRATE', parameters: [] });
  });

  test('a WPS without AddCustomFunction registers nothing and does not throw', () => {
    expect(registerWpsFunctions(undefined)).toEqual([]);
    expect(registerWpsFunctions({})).toEqual([]);
  });

  test('return the documented values of functions.md (the same as in Excel)', () => {
    expectDocumentedValues(registered().fn);
  });

  test('FINDINGS takes the ledger address as an optional second argument (WPS gives no parameter addresses)', () => {
    const { fn } = registered();
    expect(fn.FINDINGS(FINDINGS_CASE.ledger, FINDINGS_CASE.address)).toEqual(expect.arrayContaining([FINDINGS_CASE.expected]));
    const relative = fn.FINDINGS(FINDINGS_CASE.ledger) as string[][];
    expect(relative.some((r) => r[0] === 'S002' && r[2] === 'A1')).toBe(true);
  });

  test('no value → a thrown Error named after the Excel error code, with the message', () => {
    const { fn } = registered();
    expect(() => fn.EXECRATE(1, 0)).toThrow(WpsFunctionError);
    try {
      fn.COHORTDISBURSED([[2017], [2018]], [[1]], 2017);
      throw new Error('no error');
    } catch (e) {
      expect(e).toMatchObject({ name: '#VALUE!', message: expect.stringMatching(/^#VALUE! .*区域大小不一致/) });
    }
    expect(wpsError({ error: '#N/A', message: { 'zh-CN': '无', 'en-US': 'none' } }, 'en-US').message).toBe('#N/A none');
  });

  test("WPS's functions.json: Excel's metadata, FINDINGS with its address parameter and without requiresParameterAddresses", () => {
    const m = wpsFunctionsMetadata({
      functions: [
        { id: 'EXECRATE', name: 'EXECRATE', parameters: [{ name: 'executed' }, { name: 'budget' }] },
        { id: 'FINDINGS', name: 'FINDINGS', parameters: [{ name: 'ledger', dimensionality: 'matrix' }], options: { requiresParameterAddresses: true } },
      ],
    });
    expect(m.functions[0]).toEqual({ id: 'EXECRATE', name: 'EXECRATE', parameters: [{ name: 'executed' }, { name: 'budget' }] });
    expect(m.functions[1]).not.toHaveProperty('options');
    expect(m.functions[1].parameters.map((p) => [p.name, p.optional ?? false])).toEqual([['ledger', false], ['address', true]]);
  });
});
