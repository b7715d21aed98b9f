/**
 * utf8Text (the short-text decoder of the shared strings) gives exactly TextDecoder's text, for
 * well-formed text of every length class and for bytes that are not UTF-8 at all (where
 * TextDecoder's replacement characters are the answer).
 */
import fc from 'fast-check';
import { hostText, utf8Text } from '../../../src/adapters/xlsx/utf8';

const decoder = new TextDecoder('utf-8');
const want = (b: Uint8Array, s = 0, e = b.length): string => decoder.decode(b.subarray(s, e));
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Bad leads, cut sequences, overlongs, surrogates, past U+10FFFF, a BOM at the start and inside. */
const ILL_FORMED = [
  [0x80], [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
  [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0xe4, 0xb8], [0x41, 0xe4],
  [0xef, 0xbb, 0xbf, 0x41], [0x41, 0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98], [0xc3],
];

describe('utf8Text', () => {
  test('ledger texts: ASCII codes, CJK names, full-width forms, astral characters, mixed', () => {
    for (const s of ['', 'XJZL2018-000045', '昌吉回族自治州', '自治区专利实施计划项目（第2批）', 'ＡＢＣ１２３', '𠀀𪚥 emoji 😀', 'a\u00e9\u07ff\u0800\uffff', '\u0000\t\n'])
      expect(utf8Text(bytes(s), 0, bytes(s).length)).toBe(s);
  });

  test('a range inside a larger buffer', () => {
    const b = bytes('<t>乌鲁木齐市</t>');
    expect(utf8Text(b, 3, b.length - 4)).toBe('乌鲁木齐市');
  });

  test('what TextDecoder replaces or drops, it replaces or drops: bad leads, cut sequences, overlongs, surrogates, past U+10FFFF, a BOM', () => {
    for (const c of ILL_FORMED) {
      const b = new Uint8Array(c);
      expect({ c, got: utf8Text(b, 0, b.length) }).toEqual({ c, got: want(b) });
    }
  });

  test('random strings (every plane) and random bytes, short and long: TextDecoder\'s text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const b = bytes(s);
        expect(utf8Text(b, 0, b.length)).toBe(want(b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), fc.nat(), (b, x, y) => {
        const s = b.length ? x % b.length : 0;
        const e = s + (b.length ? y % (b.length - s + 1) : 0);
        expect(utf8Text(b, s, e)).toBe(want(b, s, e));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('hostText (Node decodes the shared strings itself)', () => {
  const host = (b: Uint8Array, s = 0, e = b.length): string => {
    const text = hostText(b);
    if (text === null) throw new Error('Node has a Buffer: hostText must decode here');
    return text.text(s, e);
  };

  test('TextDecoder\'s text for well-formed and ill-formed bytes alike, anywhere in a chunk', () => {
    for (const c of ILL_FORMED.filter((c) => c[0] !== 0xef)) {
      const b = new Uint8Array([0x20, ...c, 0x20]);
      expect({ c, got: host(b, 1, b.length - 1) }).toEqual({ c, got: want(b, 1, b.length - 1) });
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const b = bytes(s);
        expect(host(b)).toBe(want(b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(), (b, x, y) => {
        const s = b.length ? x % b.length : 0;
        const e = s + (b.length ? y % (b.length - s + 1) : 0);
        // a leading byte-order mark is the one difference (below)
        fc.pre(!(b[s] === 0xef && b[s + 1] === 0xbb && b[s + 2] === 0xbf && e - s >= 3));
        expect(host(b, s, e)).toBe(want(b, s, e));
      }),
      { numRuns: 5000 },
    );
  });

  test('a byte-order mark it keeps where TextDecoder drops it (so the reader leaves such a text to utf8Text)', () => {
    const b = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    expect(host(b)).toBe('\ufeffA');
    expect(want(b)).toBe('A');
  });
});

describe('hostText on a Node without Buffer#utf8Slice (internal, undocumented: nodejs/node#46467)', () => {
  test('decodes through the documented toString, with the same text, instead of throwing a TypeError', () => {
    // Node's own toString calls utf8Slice too, so the method is hidden only while the module looks for it.
    const proto = Buffer.prototype as unknown as { utf8Slice?: unknown };
    const saved = proto.utf8Slice;
    let fresh: typeof hostText | undefined;
    delete proto.utf8Slice;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, loaded while the method is hidden
        fresh = (require('../../../src/adapters/xlsx/utf8') as typeof import('../../../src/adapters/xlsx/utf8')).hostText;
      });
    } finally {
      proto.utf8Slice = saved;
    }
    const b = bytes(' 项目台账 \u{20bb7}');
    const text = fresh!(b);
    expect(text?.constructor.name).toBe('NodeChunkToString');
    expect(text!.text(1, b.length)).toBe(want(b, 1, b.length));
    expect(hostText(b)?.constructor.name).toBe('NodeChunkText');
  });
});
