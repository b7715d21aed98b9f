/** The JX functions in WPS: registered with a fake `wps.AddCustomFunction`, the documented values, the error mapping. */
import { registerWpsFunctions, wpsError, wpsFunctionsMetadata, WpsFunctionError } from '../../src/wps/functions';
import { column, sourceRows } from '../functions/support';

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
    expect(calls.map(([, id]) => id).sort()).toEqual(
      ['BUDGETSCORE', 'CARRYOVER', 'COHORTCOUNT', 'COHORTDISBURSED', 'EVALGRADE', 'EXECRATE', 'FINDINGS', 'FUNDLEVERAGE',
        'INDICATORSCORE', 'PATENTTYPE', 'PATENTVALID', 'RMBUPPER', 'USCCVALID'],
    );
    expect(calls.find(([, id]) => id === 'EXECRATE')![3]).toEqual({ id: 'EXECRATE', name: 'EXECRATE', parameters: [] });
  });

  test('a WPS without AddCustomFunction registers nothing and does not throw', () => {
    expect(registerWpsFunctions(undefined)).toEqual([]);
    expect(registerWpsFunctions({})).toEqual([]);
  });

  test('return the documented values of functions.md (the same as in Excel)', () => {
    const { fn } = registered();
    const rows = sourceRows();
    const cohorts = column(rows.map((r) => r.year));
    const disbursed = column(rows.map((r) => r.disbursed));
    expect(fn.FUNDLEVERAGE([[37590.1]], [[1335]])).toBeCloseTo(28.1574, 4);
    expect(fn.COHORTDISBURSED(cohorts, disbursed, 2017)).toBe(680);
    expect(fn.COHORTCOUNT(cohorts, 2017)).toBe(50);
    expect(fn.CARRYOVER(cohorts, disbursed, 2018)).toBe(1040);
    expect(fn.EXECRATE(1200, 1200)).toBe(1);
    expect(fn.BUDGETSCORE(1200, 1200)).toBe(10);
    expect(fn.INDICATORSCORE(1100, 500, 15, '≥')).toBe(15);
    expect(fn.EVALGRADE(92.5)).toBe('优');
    expect(fn.RMBUPPER(1200, '万元')).toBe('人民币壹仟贰佰万元整');
    expect(fn.PATENTVALID('ZL200710308494.X')).toBe(true);
    expect(fn.PATENTTYPE('ZL200710308494.X')).toBe('发明');
    expect(fn.USCCVALID('91110000710925462X')).toBe(true);
  });

  test('FINDINGS takes the ledger address as an optional second argument (WPS gives no parameter addresses)', () => {
    const { fn } = registered();
    const ledger = [['项目编号', '项目名称', '承担单位', '本年拨付']];
    expect(fn.FINDINGS(ledger, '项目台账!C5:F5')).toEqual(expect.arrayContaining([['S002', '错误', '项目台账!C5', expect.stringContaining('专利号')]]));
    const relative = fn.FINDINGS(ledger) as string[][];
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
