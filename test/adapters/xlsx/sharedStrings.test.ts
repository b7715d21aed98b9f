/**
 * The shared strings part read by the byte scanner (sheetScan.ts): what each `<si>` means, and
 * the same strings wherever the inflater happens to cut the bytes (a multi-byte character, a tag,
 * an entity or a CDATA section split across two chunks).
 */
import fc from 'fast-check';
import { Budget, PAGE_LIMITS } from '../../../src/adapters/xlsx/budget';
import { SharedStringsReader } from '../../../src/adapters/xlsx/sheetScan';
import { hostText } from '../../../src/adapters/xlsx/utf8';
import { MAX_TAG, XmlError } from '../../../src/adapters/xlsx/xmlScan';
import { Rng } from '../../../src/model/sample/prng';

const SST =
  '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">' +
  '<si><t>自治区知识产权局</t></si>' +
  '<si><t xml:space="preserve">  前后有空格 </t></si>' +
  '<si><r><rPr><b/><sz val="11"/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r><r><t>运行</t></r></si>' +
  '<si><t>专利</t><rPh sb="0" eb="2"><t>ゼンリ</t></rPh><phoneticPr fontId="1"/></si>' +
  '<si><t>A &amp; B &lt;c&gt; &#x4E2D;&#25991; &quot;q&quot;</t></si>' +
  '<si><t>_x000D_换行_x0041_</t></si>' +
  '<si><t/></si>' +
  '<si/>' +
  '<!-- a comment <si><t>not a string</t></si> --><si><t><![CDATA[<原样> & 保留]]></t></si>' +
  '<x:si xmlns:x="urn:x"><x:t>前缀</x:t></x:si>' +
  '</sst>';

const EXPECTED = ['自治区知识产权局', '  前后有空格 ', '富文本 运行', '专利', 'A & B <c> 中文 "q"', '\r换行A', '', '', '<原样> & 保留', '前缀'];

/** The strings of `bytes` pushed in two chunks cut at `cut`, each a fresh copy the reader may not keep views into (the inflater reuses its buffer). */
function readCut(bytes: Uint8Array, cut: number): string[] {
  const r = new SharedStringsReader(new Budget(PAGE_LIMITS));
  const a = bytes.slice(0, cut);
  r.push(a);
  a.fill(0);
  r.push(bytes.slice(cut));
  return r.finish();
}

function read(chunks: ReadonlyArray<Uint8Array>): string[] {
  const r = new SharedStringsReader(new Budget(PAGE_LIMITS));
  for (const c of chunks) r.push(c);
  return r.finish();
}

describe('shared strings, read as bytes', () => {
  const bytes = new TextEncoder().encode(SST);

  test('rich text runs joined, phonetic runs left out, entities, Excel escapes and CDATA decoded, empty items kept', () => {
    expect(read([bytes])).toEqual(EXPECTED);
  });

  test('the same strings wherever the bytes are cut into two chunks', () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const got = readCut(bytes, cut);
      if (JSON.stringify(got) !== JSON.stringify(EXPECTED)) throw new Error(`cut at byte ${cut}: ${JSON.stringify(got)}`);
    }
  });

  test('the same strings read a few bytes at a time', () => {
    const chunks: Uint8Array[] = [];
    for (let p = 0; p < bytes.length; p += 3) chunks.push(bytes.slice(p, p + 3));
    expect(read(chunks)).toEqual(EXPECTED);
  });

  test('an item carried to the next chunk is completed there by its own end, not by a `</si>` inside a CDATA section', () => {
    // (the carried item is completed with the next chunk's bytes up to its first `</si>`: here, inside the CDATA)
    const text = '<sst><si><t>甲</t></si><si><t><![CDATA[a</si>b]]></t></si><si><t>乙</t></si></sst>';
    const b = new TextEncoder().encode(text);
    for (let cut = 1; cut < b.length; cut++) expect([cut, readCut(b, cut)]).toEqual([cut, ['甲', 'a</si>b', '乙']]);
  });

  test('a part that ends inside a tag is damaged', () => {
    const cut = new TextEncoder().encode('<sst><si><t>甲</t></si><si><t x="1');
    expect(() => read([cut])).toThrow(XmlError);
  });
});

describe('the usual item, read without the general path', () => {
  // `<x:si><x:t>` is read by the general path only: the same items written both ways read the same.
  function randomSst(seed: number, prefix: string): string {
    const rng = new Rng(seed);
    const texts = ['XJZL2018-000177', '自治区知识产权局', '', '  两边 ', 'A &amp; B', '_x000D_行', 'a\r\nb', '&#x4E2D;', '３２２.７７', '<![CDATA[<原样>]]>'];
    const t = prefix + 't';
    const si = prefix + 'si';
    let items = '';
    for (let i = 0; i < 60; i++) {
      const text = rng.pick(texts);
      const k = rng.next();
      const open = k < 0.4 ? `<${t}>` : k < 0.8 ? `<${t} xml:space="preserve">` : k < 0.85 ? `<${t} xml:space='preserve'>` : `<${t}  xml:space="preserve">`;
      if (k < 0.05) items += `<${si}><${t}/></${si}>`;
      else if (k < 0.1) items += `<${si}>${open}${text}</${t}><${prefix}rPh sb="0" eb="1"><${t}>ゼ</${t}></${prefix}rPh></${si}>`;
      else if (k < 0.15) items += `<${si}><${prefix}r>${open}${text}</${t}></${prefix}r><${prefix}r><${t}>尾</${t}></${prefix}r></${si}>`;
      else items += `<${si}>${open}${text}</${t}></${si}>`;
    }
    return `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"${prefix ? ` xmlns:${prefix.slice(0, -1)}="urn:x"` : ''}>${items}</sst>`;
  }
  const chunksOf = (text: string, size: number): Uint8Array[] => {
    const bytes = new TextEncoder().encode(text);
    const out: Uint8Array[] = [];
    for (let p = 0; p < bytes.length; p += size) out.push(bytes.slice(p, p + size));
    return out;
  };

  test('random items read the same as by the general path, wherever the chunks are cut', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const general = read(chunksOf(randomSst(seed, 'x:'), 1 << 20));
      expect(general).toHaveLength(60);
      for (const size of [1 << 20, 5, 37, 256]) expect(read(chunksOf(randomSst(seed, ''), size))).toEqual(general);
    }
  });
});

describe('a plain item decoded straight from its chunk (by Node itself, or by utf8Text as in a browser)', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  /** Item texts as bytes: every escape the general path decodes, and bytes that are not UTF-8. */
  const TEXTS: Uint8Array[] = [
    ...['XJZL2018-035163', '自治区知识产权局', '', '  两边 ', 'A &amp; B', '&#x4E2D;&#25991;', '&lt;&gt;&quot;&apos;', '& 孤', '_x000D_行', '_x0041_', 'a_b', 'a\r\nb', 'a\rb\r', '\n', '𠀀𪚥😀', '１２３'].map(enc),
    ...[[0xef, 0xbb, 0xbf, 0x41], [0x41, 0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf0, 0x9f, 0x98], [0xe4, 0xb8, 0x41], [0xff, 0x80]].map((c) => new Uint8Array(c)),
    enc('很长的项目名称'.repeat(12)), // past utf8Text's short texts
  ];
  const cat = (parts: ReadonlyArray<Uint8Array | string>): Uint8Array => {
    const bs = parts.map((p) => (typeof p === 'string' ? enc(p) : p));
    const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of bs) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  };
  /** The part with these texts: as plain items (`<si><t>`), or in a prefix the plain read does not take (`<x:si><x:t>`). */
  const sst = (texts: ReadonlyArray<Uint8Array>, general: boolean): Uint8Array => {
    const p = general ? 'x:' : '';
    const items = texts.flatMap((t, i) => [`<${p}si><${p}t${i % 2 ? ' xml:space="preserve"' : ''}>`, t, `</${p}t></${p}si>`]);
    return cat([`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"${general ? ' xmlns:x="urn:x"' : ''}>`, ...items, '</sst>']);
  };
  const hosts = { node: undefined, browser: () => null } as const;
  const readWith = (host: keyof typeof hosts, chunks: ReadonlyArray<Uint8Array>): string[] => {
    const r = new SharedStringsReader(new Budget(PAGE_LIMITS), hosts[host]);
    for (const c of chunks) r.push(c);
    return r.finish();
  };

  test.each(Object.keys(hosts) as Array<keyof typeof hosts>)('%s: the general path\'s strings, wherever the chunks are cut', (host) => {
    if (host === 'node') expect(hostText(new Uint8Array(1))).not.toBeNull();
    const general = readWith('browser', [sst(TEXTS, true)]);
    expect(general).toHaveLength(TEXTS.length);
    expect(general).toContain('A & B');
    expect(general).toContain('a\nb');
    const plain = sst(TEXTS, false);
    expect(readWith(host, [plain])).toEqual(general);
    for (let cut = 1; cut < plain.length; cut++) {
      const a = plain.slice(0, cut);
      const got = readWith(host, [a, plain.slice(cut)]);
      if (JSON.stringify(got) !== JSON.stringify(general)) throw new Error(`${host}, cut at byte ${cut}: ${JSON.stringify(got)}`);
    }
  });

  test.each(Object.keys(hosts) as Array<keyof typeof hosts>)('%s: a part that ends inside its last item reads as by the general path (the items before it, or damage)', (host) => {
    const texts = [enc('甲'), enc('乙丙 A &amp; B')];
    const outcome = (h: keyof typeof hosts, bytes: Uint8Array): string => {
      try {
        return JSON.stringify(readWith(h, [bytes]));
      } catch (x) {
        return x instanceof XmlError ? 'damaged' : String(x);
      }
    };
    const plain = sst(texts, false);
    const general = sst(texts, true);
    // the last item's `<si>`, in both spellings; cuts within its text and its end tags
    const from = (b: Uint8Array, tag: string): number => {
      const t = enc(tag);
      for (let i = b.length - t.length; i >= 0; i--) if (t.every((x, j) => b[i + j] === x)) return i;
      return -1;
    };
    const p0 = from(plain, '<si>');
    const g0 = from(general, '<x:si>');
    const seen = new Set<string>();
    const textAt = (b: Uint8Array, at: number): number => b.indexOf(0x3e, b.indexOf(0x3e, at) + 1) + 1; // after `<si><t …>`
    const pt = textAt(plain, p0);
    const gt = textAt(general, g0);
    const textLength = texts[1].length;
    for (let k = 0; k <= textLength + 3; k++) {
      const want = outcome('browser', general.slice(0, gt + k));
      seen.add(want);
      expect({ k, got: outcome(host, plain.slice(0, pt + k)) }).toEqual({ k, got: want });
    }
    expect(seen).toContain(JSON.stringify(['甲']));
    expect(seen).toContain('damaged'); // cut inside the end tag
  });

  test.each(Object.keys(hosts) as Array<keyof typeof hosts>)('%s: random bytes as item texts read as by the general path', (host) => {
    // any byte but `<` (which would end the text)
    const text = fc.uint8Array({ maxLength: 40 }).map((b) => b.map((x) => (x === 0x3c ? 0x26 : x)));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.integer({ min: 1, max: 64 }), (texts, size) => {
        const plain = sst(texts, false);
        const chunks: Uint8Array[] = [];
        for (let p = 0; p < plain.length; p += size) chunks.push(plain.slice(p, p + size));
        expect(readWith(host, chunks)).toEqual(readWith('browser', [sst(texts, true)]));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('an item cut by the end of a chunk', () => {
  test('is read whole from the next chunk when short, and in pieces when long (one longer than a tag may be is no damage)', () => {
    const long = '长'.repeat(30_000) + 'A &amp; B' + 'x'.repeat(MAX_TAG); // past MAX_TAG: carried whole it would be refused
    const texts = ['XJZL2018-000177', long, '自治区知识产权局'];
    const bytes = new TextEncoder().encode(`<sst>${texts.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`);
    const want = ['XJZL2018-000177', '长'.repeat(30_000) + 'A & B' + 'x'.repeat(MAX_TAG), '自治区知识产权局'];
    const start = bytes.indexOf(0x3c, 30); // the long item's <si>
    for (const cut of [10, 31, start + 2, start + 5, start + 9, start + 50_000, start + 90_003, start + 90_020, start + MAX_TAG + 100, bytes.length - 40, bytes.length - 20]) {
      const got = readCut(bytes, cut);
      expect({ cut, got: got.map((t) => t.length) }).toEqual({ cut, got: want.map((t) => t.length) });
      expect(got).toEqual(want);
    }
    // as the inflater hands it over: 1 MB at a time
    const r = new SharedStringsReader(new Budget(PAGE_LIMITS));
    for (let p = 0; p < bytes.length; p += 1 << 20) r.push(bytes.slice(p, p + (1 << 20)));
    expect(r.finish()).toEqual(want);
  });
});
