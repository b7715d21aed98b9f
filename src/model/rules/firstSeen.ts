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
    return this.firstOfHash(key, hashOf(key), index);
  }

  /** `first` of a key whose hashOf is already known. */
  firstOfHash(key: string, hash: number, index: number): number {
    const slots = this.slots;
    const mask = this.mask;
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

/** Items taken at a time by eachRepeat. */
const BLOCK = 256;

/**
 * Each item whose key (undefined: none) was met before, in order, with the index of the first
 * item of that key: the duplicate checks (L004, L015). The items are taken BLOCK at a time: their
 * keys first, then the keys' hashes, then the table: each loop does one thing over a few hundred
 * items, so that the reads of 100,000 projects, of their texts and of the table's slots (each
 * mostly a miss of the CPU's caches) are under way several at once, rather than each waiting for
 * the hashing of the key before. `found` is called only for a repeat.
 */
export function eachRepeat<T>(items: ReadonlyArray<T>, keyOf: (item: T) => string | undefined, found: (i: number, first: number) => void): void {
  const seen = new FirstSeen(items.length, (i) => keyOf(items[i])!);
  const keys = new Array<string | undefined>(BLOCK).fill(undefined);
  const hashes = new Int32Array(BLOCK);
  for (let start = 0; start < items.length; start += BLOCK) {
    const count = Math.min(BLOCK, items.length - start);
    keysOf(items, keyOf, start, count, keys);
    hashesOf(keys, count, hashes);
    for (let j = nextRepeat(seen, keys, hashes, start, count, 0); j >= 0; j = nextRepeat(seen, keys, hashes, start, count, j + 1))
      found(start + j, seen.firstOfHash(keys[j]!, hashes[j], start + j));
  }
}

/** The keys of `count` items from `start` into `keys` (from 0). */
function keysOf<T>(items: ReadonlyArray<T>, keyOf: (item: T) => string | undefined, start: number, count: number, keys: Array<string | undefined>): void {
  for (let j = 0; j < count; j++) keys[j] = keyOf(items[start + j]);
}

/** hashOf each of the first `count` keys (none: 0). */
function hashesOf(keys: ReadonlyArray<string | undefined>, count: number, hashes: Int32Array): void {
  for (let j = 0; j < count; j++) {
    const key = keys[j];
    hashes[j] = key === undefined ? 0 : hashOf(key);
  }
}

/**
 * The position (from `from`, below `count`) of the next key of a block that was met before, or -1:
 * the keys passed over are kept as met, with their item's index (`start` + position). The loop
 * over every key, in a function of its own: the rare repeat reported in between does not throw
 * its compiled code away.
 */
export function nextRepeat(seen: FirstSeen, keys: ReadonlyArray<string | undefined>, hashes: Int32Array, start: number, count: number, from: number): number {
  for (let j = from; j < count; j++) {
    const key = keys[j];
    if (key !== undefined && seen.firstOfHash(key, hashes[j], start + j) >= 0) return j;
  }
  return -1;
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits depend on every unit. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
