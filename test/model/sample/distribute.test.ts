/** The exact splitter behind the sample's sums, and the seeded PRNG. */
import fc from 'fast-check';
import { distribute } from '../../../src/model/sample/distribute';
import { Rng, rngFor } from '../../../src/model/sample/prng';

describe('distribute', () => {
  test('parts add up exactly, are whole steps (but one), and respect the caps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 5_000_000_000 }),
        fc.constantFrom(1, 5, 100, 100_000, 1_000_000),
        (weights, total, step) => {
          const parts = distribute(total, weights, { step });
          expect(parts.reduce((s, x) => s + x, 0)).toBe(total);
          expect(parts.filter((x) => x % step !== 0).length).toBeLessThanOrEqual(1);
          expect(parts.every((x) => Number.isSafeInteger(x) && x >= 0)).toBe(true);
        },
      ),
    );
  });

  test('caps hold, and the split follows the weights', () => {
    const parts = distribute(100, [1, 1, 8], { caps: [50, 50, 30] });
    expect(parts).toEqual([35, 35, 30]);
    expect(distribute(10, [1, 3])).toEqual([3, 7]); // 2.5 → 3 and 7.5 → 7: largest remainder, ties by position
  });

  test('impossible requests are programming errors, not silent wrong sums', () => {
    expect(() => distribute(100, [1, 1], { caps: [10, 10] })).toThrow();
    expect(() => distribute(1.5, [1])).toThrow();
    expect(() => distribute(5, [])).toThrow();
  });
});

describe('Rng', () => {
  test('same seed, same stream; different labels, different streams', () => {
    const a = rngFor('x');
    const b = rngFor('x');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    const c = rngFor('y');
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  test('int stays in range and hits both ends; shuffle is a permutation', () => {
    const r = new Rng(42);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const x = r.int(1, 6);
      expect(x >= 1 && x <= 6).toBe(true);
      seen.add(x);
    }
    expect(seen.size).toBe(6);
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(r.shuffle(items).sort((x, y) => x - y)).toEqual(items);
  });
});
