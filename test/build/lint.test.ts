// The lint configuration enforces the architecture rule: src/model imports no host, UI, or Node built-in,
// and uses no host or DOM global; the same imports stay allowed outside src/model.
import { spawnSync } from 'node:child_process';
import { repoRoot } from './helpers';

interface Message {
  ruleId: string | null;
  message: string;
  line: number;
}

/**
 * Every snippet of this file through the repository's eslint configuration, in ONE eslint process (its Node API,
 * `lintText` with the file name: what `eslint --stdin --stdin-filename` runs). Loading eslint and its plugins is most
 * of an eslint run; one process per snippet took 7 of them (CI wall time, stop 44).
 */
function lintAll(snippets: ReadonlyArray<{ filePath: string; code: string }>): Message[][] {
  const script = `
    const { ESLint } = require('eslint');
    let input = '';
    process.stdin.on('data', (c) => (input += c));
    process.stdin.on('end', async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const { filePath, code } of JSON.parse(input)) out.push((await eslint.lintText(code, { filePath }))[0].messages);
      process.stdout.write(JSON.stringify(out));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, input: JSON.stringify(snippets), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`eslint failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Message[][];
  if (out.length !== snippets.length) throw new Error(`eslint linted ${out.length} of ${snippets.length} snippets`);
  return out;
}

/** Snippets registered while the tests are defined, linted together before the first test runs. */
const snippets: { filePath: string; code: string }[] = [];
let results: Message[][] | undefined;
function lint(filePath: string, code: string): () => Message[] {
  const i = snippets.push({ filePath, code }) - 1;
  return () => results![i];
}
beforeAll(() => {
  results = lintAll(snippets);
}, 120_000);

const restricted = (messages: Message[]) =>
  messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals');

describe('src/model stays pure (eslint no-restricted-imports)', () => {
  const banned: [string, string][] = [
    ["import ExcelJS from 'exceljs';", 'exceljs'],
    ["import type { Workbook } from 'exceljs';", 'exceljs'],
    ["import { useState } from 'react';", 'react'],
    ["import { createRoot } from 'react-dom/client';", 'react-dom/client'],
    ["import '@microsoft/office-js';", '@microsoft/office-js'],
    ["import { Button } from '@fluentui/react-components';", '@fluentui/react-components'],
    ["import { readFileSync } from 'fs';", 'fs'],
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import { join } from 'path';", 'path'],
    ["import { promises } from 'fs/promises';", 'fs/promises'],
    ["export { readSheet } from '../adapters/exceljs';", '../adapters/exceljs'],
  ];

  // one file, one import per line
  const bannedRun = lint('src/model/example.ts', banned.map(([statement]) => statement).join('\n') + '\nexport const x = 1;\n');
  it('rejects each host, UI and Node import, on its own line, naming the module', () => {
    const found = restricted(bannedRun());
    banned.forEach(([, source], i) => {
      const onLine = found.filter((m) => m.line === i + 1);
      expect(onLine.length).toBeGreaterThanOrEqual(1);
      for (const m of onLine) {
        expect(m.message).toContain(`'${source}'`);
        expect(m.message).toMatch(/src\/model/);
      }
    });
  });

  const globalsRun = lint('src/model/example.ts', 'export const a = () => [Office.context, document.title, window.name];\n');
  it('rejects host and DOM globals', () => {
    const found = restricted(globalsRun());
    expect(found.map((m) => /'(\w+)'/.exec(m.message)?.[1])).toEqual(['Office', 'document', 'window']);
  });

  const ownRun = lint(
    'src/model/example.ts',
    "import { z } from 'zod';\nimport { sumFen } from './money';\nexport const s = z.string();\nexport const f = sumFen;\n"
  );
  it('accepts the model’s own imports and zod', () => {
    expect(ownRun()).toEqual([]);
  });

  const adapterRun = lint(
    'src/adapters/xlsx/example.ts',
    "import ExcelJS from 'exceljs';\nimport { readFileSync } from 'node:fs';\nexport const w = () => [new ExcelJS.Workbook(), readFileSync];\n"
  );
  it('lets adapters import exceljs and node built-ins', () => {
    expect(restricted(adapterRun())).toEqual([]);
  });
});

describe('no spread of arrays into call arguments in src (issue 14: stack overflow on big files)', () => {
  const spreads = (messages: Message[]) => messages.filter((m) => m.ruleId === 'no-restricted-syntax');

  const spreadsRun = lint(
    'src/model/example.ts',
    [
      'export function f(out: number[], xs: number[], g: (...a: number[]) => void): unknown {',
      '  out.push(...xs);',
      '  g(...xs);',
      '  const m = Math.max(...xs);',
      '  return [m, new Set(...[xs])];',
      '}',
    ].join('\n')
  );
  const uiSpreadRun = lint('src/ui/example.tsx', 'export const m = (xs: number[]) => Math.min(...xs);\n');
  it('rejects push(...x), Math.max(...x), fn(...x) and new C(...x), naming the stack', () => {
    const found = spreads(spreadsRun());
    expect(found.map((m) => m.line)).toEqual([2, 3, 4, 5]);
    for (const m of found) expect(m.message).toMatch(/stack/);
    // the same rule holds outside the model (the UI and adapters read user data too)
    expect(spreads(uiSpreadRun())).toHaveLength(1);
  });

  const allowedRun = lint(
    'src/model/example.ts',
    [
      'export function f(...xs: number[]): number[] {',
      '  const o = { a: 1, ...{ b: 2 } };',
      '  const all = [...xs, o.a];',
      '  let m = -Infinity;',
      '  for (const x of all) m = Math.max(m, x);',
      '  return all;',
      '}',
    ].join('\n')
  );
  it('allows rest parameters, array and object spreads, and loops', () => {
    expect(spreads(allowedRun())).toEqual([]);
  });
});
