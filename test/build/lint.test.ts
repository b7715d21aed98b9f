// The lint configuration enforces the architecture rule: src/model imports no host, UI, or Node built-in,
// and uses no host or DOM global; the same imports stay allowed outside src/model.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from './helpers';

// eslint's package exports hide bin/: find it from the main entry (lib/api.js)
const eslintBin = path.join(path.dirname(require.resolve('eslint', { paths: [repoRoot] })), '..', 'bin', 'eslint.js');

interface Message {
  ruleId: string | null;
  message: string;
  line: number;
}

function lint(filePath: string, code: string): Message[] {
  const r = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: repoRoot,
    input: code,
    encoding: 'utf8',
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`eslint failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { messages: Message[] }[])[0].messages;
}

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

  it('rejects each host, UI and Node import, on its own line, naming the module', () => {
    // one file, one import per line: a single eslint run
    const code = banned.map(([statement]) => statement).join('\n') + '\nexport const x = 1;\n';
    const found = restricted(lint('src/model/example.ts', code));
    banned.forEach(([, source], i) => {
      const onLine = found.filter((m) => m.line === i + 1);
      expect(onLine.length).toBeGreaterThanOrEqual(1);
      for (const m of onLine) {
        expect(m.message).toContain(`'${source}'`);
        expect(m.message).toMatch(/src\/model/);
      }
    });
  });

  it('rejects host and DOM globals', () => {
    const found = restricted(
      lint('src/model/example.ts', 'export const a = () => [Office.context, document.title, window.name];\n')
    );
    expect(found.map((m) => /'(\w+)'/.exec(m.message)?.[1])).toEqual(['Office', 'document', 'window']);
  });

  it('accepts the model’s own imports and zod', () => {
    const code =
      "import { z } from 'zod';\nimport { sumFen } from './money';\nexport const s = z.string();\nexport const f = sumFen;\n";
    expect(lint('src/model/example.ts', code)).toEqual([]);
  });

  it('lets adapters import exceljs and node built-ins', () => {
    const code =
      "import ExcelJS from 'exceljs';\nimport { readFileSync } from 'node:fs';\nexport const w = () => [new ExcelJS.Workbook(), readFileSync];\n";
    expect(restricted(lint('src/adapters/xlsx/example.ts', code))).toEqual([]);
  });
});

describe('no spread of arrays into call arguments in src (issue 14: stack overflow on big files)', () => {
  const spreads = (messages: Message[]) => messages.filter((m) => m.ruleId === 'no-restricted-syntax');

  it('rejects push(...x), Math.max(...x), fn(...x) and new C(...x), naming the stack', () => {
    const code = [
      'export function f(out: number[], xs: number[], g: (...a: number[]) => void): unknown {',
      '  out.push(...xs);',
      '  g(...xs);',
      '  const m = Math.max(...xs);',
      '  return [m, new Set(...[xs])];',
      '}',
    ].join('\n');
    const found = spreads(lint('src/model/example.ts', code));
    expect(found.map((m) => m.line)).toEqual([2, 3, 4, 5]);
    for (const m of found) expect(m.message).toMatch(/stack/);
    // the same rule holds outside the model (the UI and adapters read user data too)
    expect(spreads(lint('src/ui/example.tsx', 'export const m = (xs: number[]) => Math.min(...xs);\n'))).toHaveLength(1);
  });

  it('allows rest parameters, array and object spreads, and loops', () => {
    const code = [
      'export function f(...xs: number[]): number[] {',
      '  const o = { a: 1, ...{ b: 2 } };',
      '  const all = [...xs, o.a];',
      '  let m = -Infinity;',
      '  for (const x of all) m = Math.max(m, x);',
      '  return all;',
      '}',
    ].join('\n');
    expect(spreads(lint('src/model/example.ts', code))).toEqual([]);
  });
});
