// The duplicate checks' table (L004, L015) answers as a Map of first occurrences does.
import fc from 'fast-check';
import { FirstSeen, hashOf } from '../../../src/model/rules/firstSeen';

/** What FirstSeen must answer: the index of the first equal key, -1 for a first occurrence. */
function byMap(keys: ReadonlyArray<string>): number[] {
  const first = new Map<string, number>();
  return keys.map((k, i) => {
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    return f ?? -1;
  });
}

const byTable = (keys: ReadonlyArray<string>): number[] => {
  const t = new FirstSeen(keys.length, (i) => keys[i]);
  return keys.map((k, i) => t.first(k, i));
};

describe('FirstSeen', () => {
  it('gives each repeated key the index of its first occurrence, whatever the keys', () => {
    // Few distinct short keys: many repeats, and keys that share a slot in a small table.
    const key = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('', 'XJZL2018-000001', 'xjzl2018-000001', '2015101234567', '２０１５', '\u0000', '\uffff'));
    fc.assert(fc.property(fc.array(key, { maxLength: 300 }), (keys) => expect(byTable(keys)).toEqual(byMap(keys))), { numRuns: 300 });
  });

  it('tells apart 30,000 ids, with the planted duplicates found', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `XJZL${2014 + (i % 5)}-${String(i).padStart(6, '0')}`);
    keys[15_000] = keys[7];
    keys[29_999] = keys[0];
    const out = byTable(keys);
    expect(out.filter((f) => f >= 0)).toEqual([7, 0]);
    expect(out[15_000]).toBe(7);
    expect(out[29_999]).toBe(0);
  });

  it('tells apart two keys of the same hash, and finds the repeat of each', () => {
    // The table compares hashes first and a key only when its hash is met again: two different
    // keys of one hash (found by search) must still be two keys.
    const a = 'XJZL2018-877796';
    const b = 'XJZL2018-1147900';
    expect(hashOf(a)).toBe(hashOf(b));
    for (const keys of [[a, b, a, b], [b, a, a, b], [a, 'x', b, 'y', b, a]]) expect(byTable(keys)).toEqual(byMap(keys));
  });
});
