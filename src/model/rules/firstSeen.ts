/**
 * The first occurrence of each key among many: the duplicate checks (L004 项目编号, L015 专利号)
 * ask it of every project. An open-addressing table sized once for all the keys: a Map of 100,000
 * new string keys grows and rehashes about seventeen times and allocates an entry per key.
 *
 * The table holds numbers only, each slot's two side by side: the key's hash and the index given
 * with it. A key is looked at again (`keyAt`) only when its full hash is met again, which is a
 * repeat but for one chance in four billion: a slot asked about is one read of memory, with no
 * array of strings to allocate, fill and keep (a table of 262,144 string slots for 100,000 keys,
 * the GC's to scan, and one more read per slot and one per key compared).
 */
export class FirstSeen {
  /** Per slot, two numbers: the hash of the key that took it, and 1 + the index given with it (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * A table for up to `capacity` distinct keys; `keyAt(i)` is the key given with index `i` (asked
   * only of an index the table keeps).
   */
  constructor(capacity: number, private readonly keyAt: (index: number) => string) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** The index given with the first `key` met, or -1 when this is the first (then `index` is kept for it). */
  first(key: string, index: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const hash = hashOf(key);
    let h = hash & mask;
    for (;;) {
      const at = h << 1;
      const s = slots[at + 1];
      if (s === 0) {
        slots[at] = hash;
        slots[at + 1] = index + 1;
        return -1;
      }
      if (slots[at] === hash && this.keyAt(s - 1) === key) return s - 1;
      h = (h + 1) & mask;
    }
  }
}

/**
 * The index of the next item from `from` whose key (undefined: none) was met before, or -1: the
 * keys of the items passed over are kept as met. The duplicate checks' loop over every row, in a
 * function of its own: a cold run optimizes it once, and the rare duplicate reported in between
 * does not throw that code away.
 */
export function nextRepeat<T>(seen: FirstSeen, items: ReadonlyArray<T>, keyOf: (item: T) => string | undefined, from: number): number {
  for (let i = from; i < items.length; i++) {
    const key = keyOf(items[i]);
    if (key !== undefined && seen.first(key, i) >= 0) return i;
  }
  return -1;
}

/**
 * Each item whose key (undefined: none) was met before, in order, with the index of the first
 * item of that key: the duplicate checks (L004, L015). The loop over every item is nextRepeat's;
 * `found` is called only for a repeat.
 */
export function eachRepeat<T>(items: ReadonlyArray<T>, keyOf: (item: T) => string | undefined, found: (i: number, first: number) => void): void {
  const seen = new FirstSeen(items.length, (i) => keyOf(items[i])!);
  for (let i = nextRepeat(seen, items, keyOf, 0); i >= 0; i = nextRepeat(seen, items, keyOf, i + 1)) found(i, seen.first(keyOf(items[i])!, i));
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits depend on every unit. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
