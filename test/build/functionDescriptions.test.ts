// The bundles compile the JX functions without their descriptions (scripts/function-descriptions.js, ts-loader):
// functions.json carries them, generated from the registry outside webpack, and no page reads them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { FUNCTION_IDS, FUNCTION_SIGNATURES } from '../../src/model/functions';
import { repoRoot } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dropFunctionDescriptions, stripsDescriptionsOf } = require('../../scripts/function-descriptions.js') as {
  dropFunctionDescriptions: (t: typeof ts) => ts.TransformerFactory<ts.SourceFile>;
  stripsDescriptionsOf: (file: string) => boolean;
};

const functionsDir = path.join(repoRoot, 'src/model/functions');

/** A module as the build compiles it. */
function compiled(file: string, text = fs.readFileSync(file, 'utf8')): string {
  return ts.transpileModule(text, {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
    transformers: { before: [dropFunctionDescriptions(ts)] },
  }).outputText;
}

describe('function descriptions in the bundles', () => {
  const modules = fs.readdirSync(functionsDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(functionsDir, f));

  it('are dropped from every module of the registry, whose entries keep their ids, parameters and computation', () => {
    const out = modules.filter(stripsDescriptionsOf).map((f) => compiled(f)).join('\n');
    for (const id of FUNCTION_IDS) {
      const sig = FUNCTION_SIGNATURES[id];
      expect(out).toContain(`'${id}'`);
      expect(out).not.toContain(sig.description['zh-CN']);
      expect(out).not.toContain(sig.description['en-US']);
      for (const p of sig.params) {
        expect(out).toContain(`name: '${p.name}'`);
        // (a short one, 分值, is also a header the code writes)
        if (p.description['en-US'].length > 12) expect(out).not.toContain(p.description['en-US']);
      }
    }
    expect(out).toMatch(/run: \(a\) =>/);
    expect(out).not.toMatch(/\bdescription\s*:/);
  });

  it('stay in the registry the metadata is generated from (metadata.ts is not stripped)', () => {
    expect(stripsDescriptionsOf(path.join(functionsDir, 'metadata.ts'))).toBe(false);
    for (const id of FUNCTION_IDS) expect(FUNCTION_SIGNATURES[id].description['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('are the only thing dropped, and only there', () => {
    const text = "export const X = { description: { 'zh-CN': '甲', 'en-US': 'A' }, other: { description: 'kept' }, note: { 'zh-CN': '乙', 'en-US': 'B' } };";
    const inside = compiled(path.join(functionsDir, 'probe.ts'), text);
    expect(inside).not.toContain('甲');
    expect(inside).toContain("description: 'kept'");
    expect(inside).toContain('乙');
    expect(stripsDescriptionsOf(path.join(repoRoot, 'src/model/rules/ledgerRow.ts'))).toBe(false);
    expect(compiled(path.join(repoRoot, 'src/model/probe.ts'), text)).toContain('甲');
  });
});
