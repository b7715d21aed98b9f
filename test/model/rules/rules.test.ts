/**
 * The rule tester: runs the cases of every `*.cases.ts` in this folder (one per rule family) and
 * holds the registry to them: every rule has cases that fire and cases that must not, and every
 * message of a rule fires in some case.
 */
import { RULES } from '../../../src/model/rules';
import { at, findingsOf, loadCases, type RuleCase } from './tester';

const FAMILIES = loadCases();

const ALL = new Map<string, Array<{ file: string; c: RuleCase }>>();
for (const [file, cases] of FAMILIES)
  for (const [rule, list] of Object.entries(cases)) for (const c of list ?? []) ALL.set(rule, [...(ALL.get(rule) ?? []), { file, c }]);

/** Messages (`main` or a variant) seen firing, per rule. */
const fired = new Map<string, Set<string>>();

describe.each(FAMILIES.map(([file, cases]) => [file, cases] as const))('%s', (_file, cases) => {
  describe.each(Object.entries(cases))('%s', (rule, list) => {
    it.each((list ?? []).map((c) => [c.name, c] as const))('%s', (_n, c) => {
      const mine = findingsOf(c).filter((f) => f.rule === rule);
      for (const f of mine) fired.set(rule, (fired.get(rule) ?? new Set()).add(f.variant ?? 'main'));
      expect(mine.map(at)).toEqual(c.expect);
    });
  });
});

describe('the registry and its cases', () => {
  it('every rule has a case where it fires and a case where it must not', () => {
    const missing: string[] = [];
    for (const r of RULES) {
      const cases = ALL.get(r.id) ?? [];
      if (!cases.some(({ c }) => c.expect.length > 0)) missing.push(`${r.id}: no case that fires`);
      if (!cases.some(({ c }) => c.expect.length === 0)) missing.push(`${r.id}: no case where it must not fire`);
    }
    expect(missing).toEqual([]);
  });

  it('every message of every rule fires in some case (runs after the cases)', () => {
    const silent = RULES.flatMap((r) => Object.keys(r.messages).filter((v) => !fired.get(r.id)?.has(v)).map((v) => (v === 'main' ? r.id : `${r.id}.${v}`)));
    expect(silent).toEqual([]);
  });

  it('cases name only rules of the registry', () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    expect([...ALL.keys()].filter((k) => !ids.has(k))).toEqual([]);
  });
});
