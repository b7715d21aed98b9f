/**
 * The CLI bundle is written in ASCII alone (scripts/build-cli.js asciiBundle): esbuild leaves the
 * non-ASCII characters of regular expression literals as written, and one such character made
 * Node decode the whole bundle as UTF-8 into a two-byte string at every start. The escaped bundle
 * means the same, and its source map still points each generated position at its source.
 */
import { buildSync } from 'esbuild';
import vm from 'node:vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { asciiBundle } = require('../../scripts/build-cli.js') as {
  asciiBundle(code: string, map: { mappings: string }): { code: string; map: { mappings: string } };
};

const SOURCE = [
  'export const unit = (s: string) => (/万元$/.test(s) ? "万元" : /[（(]元[）)]/.test(s) ? "元" : null);',
  'export const rare = (s: string) => /^[𠀀-𪛟]+$/u.test(s);',
  'export const escaped = (s: string) => /\\（续/.exec(s)?.index ?? -1;',
  'export const after = (s: string) => s.replace(/[，、]/g, ",").split(",").length;',
].join('\n');

/** Generated (line, column) → source (line, column) of every segment with a source, in order. */
function segments(mappings: string): string[] {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: string[] = [];
  let srcLine = 0;
  let srcCol = 0;
  mappings.split(';').forEach((line, gl) => {
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const f: number[] = [];
      let v = 0;
      let sh = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << sh;
        if (d & 32) sh += 5;
        else {
          f.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          sh = 0;
        }
      }
      col += f[0];
      if (f.length >= 4) {
        srcLine += f[2];
        srcCol += f[3];
        out.push(`${gl}:${col}→${srcLine}:${srcCol}`);
      }
    }
  });
  return out;
}

describe('asciiBundle (scripts/build-cli.js)', () => {
  const built = buildSync({ stdin: { contents: SOURCE, loader: 'ts', sourcefile: 'x.ts' }, format: 'cjs', minify: true, sourcemap: 'external', outfile: 'x.cjs', write: false, logLevel: 'silent' });
  const code = built.outputFiles.find((f) => f.path.endsWith('.cjs'))!.text;
  const map = JSON.parse(built.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as { mappings: string };
  const ascii = asciiBundle(code, map);
  const load = (js: string): Record<string, (s: string) => unknown> => {
    const mod = { exports: {} as Record<string, (s: string) => unknown> };
    vm.runInThisContext(`(function (module, exports) {${js}\n})`)(mod, mod.exports);
    return mod.exports;
  };

  test('esbuild alone leaves Chinese in the regular expressions; the bundle written is ASCII', () => {
    expect(code).toMatch(/[\u0080-\uffff]/);
    expect(ascii.code).not.toMatch(/[\u0080-\uffff]/);
  });

  test('the escaped expressions match what the written ones match', () => {
    const a = load(code);
    const b = load(ascii.code);
    for (const s of ['100万元', '金额（元）', '元', '(元)', '𠀀𪚥', '𠀀a', '见（续表）', '甲，乙、丙', '']) for (const f of ['unit', 'rare', 'escaped', 'after']) expect({ s, f, got: b[f](s) }).toEqual({ s, f, got: a[f](s) });
  });

  test('each generated position still maps to the same source position: the columns after an escape move with it', () => {
    const at = (js: string, seg: string): string => {
      const [gl, gc] = seg.split('→')[0].split(':').map(Number);
      return js.split('\n')[gl].slice(gc, gc + 6);
    };
    const before = segments(map.mappings);
    const after = segments(ascii.map.mappings);
    expect(after.map((s) => s.split('→')[1])).toEqual(before.map((s) => s.split('→')[1]));
    // the generated text at each segment is the same token (escapes aside)
    const plain = (t: string): string => t.replace(/\\u[0-9a-f]{4}/g, 'X').slice(0, 1);
    after.forEach((seg, i) => expect(plain(at(ascii.code, seg))).toBe(plain(at(code, before[i]).replace(/[\u0080-\uffff]/g, 'X'))));
    // and some of them do move
    expect(after.filter((s, i) => s !== before[i]).length).toBeGreaterThan(0);
  });
});
