/** The stack-safe array helpers work on arrays far past the ~120,000 arguments a spread can pass. */
import { pushAll } from '../../src/model/arrays';
import { maxOf, minOf } from '../../src/model/aggregates';

const BIG = 500_000;

describe('array helpers on half a million elements', () => {
  const xs = Array.from({ length: BIG }, (_, i) => (i * 7919) % BIG);

  it('a spread of this size overflows the stack (why the helpers exist)', () => {
    expect(() => Math.max(...xs)).toThrow(RangeError);
  });

  it('pushAll appends everything in order', () => {
    const out = [-1];
    expect(pushAll(out, xs)).toBe(out);
    expect(out).toHaveLength(BIG + 1);
    expect(out[1]).toBe(xs[0]);
    expect(out[BIG]).toBe(xs[BIG - 1]);
  });

  it('maxOf and minOf', () => {
    expect(maxOf(xs)).toBe(BIG - 1);
    expect(minOf(xs)).toBe(0);
    expect(maxOf([])).toBeUndefined();
    expect(minOf([NaN, 3, NaN, -2])).toBe(-2);
    expect(maxOf([NaN])).toBeUndefined();
  });
});
