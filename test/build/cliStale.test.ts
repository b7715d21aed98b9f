/**
 * bin/jx.js rebuilds build/jx.cjs when a source it is built from changed (scripts/build-cli.js
 * isStale): it looks at the files esbuild read for the bundle and its workers (build/jx.inputs.json,
 * kept for that bundle only), and walks all of src/ when there is no list for the bundle on disk.
 * Built in a copy of the repository (src/, package.json, the script; node_modules linked).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.join(__dirname, '../..');

describe('isStale (scripts/build-cli.js)', () => {
  let root: string;
  let cli: { buildCli(): string; isStale(): boolean; OUT: string };
  const later = (): number => Date.now() / 1000 + 3600;
  const earlier = (): number => Date.now() / 1000 - 3600;
  /** Sets a file's modification time (seconds). */
  const touch = (rel: string, at: number): void => utimesSync(path.join(root, rel), at, at);
  /** Whether the bundle is stale once `rel` is modified after it was built (the file's time restored after). */
  const staleAfterEdit = (rel: string): boolean => {
    const before = statSync(path.join(root, rel)).mtimeMs / 1000;
    touch(rel, later());
    try {
      return cli.isStale();
    } finally {
      touch(rel, before);
    }
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'jx-stale-'));
    cpSync(path.join(REPO, 'src'), path.join(root, 'src'), { recursive: true });
    cpSync(path.join(REPO, 'scripts', 'build-cli.js'), path.join(root, 'scripts', 'build-cli.js'));
    cpSync(path.join(REPO, 'package.json'), path.join(root, 'package.json'));
    symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    // the sources as a checkout has them: older than the bundle built from them
    const old = earlier();
    for (const rel of ['package.json', 'src/cli/main.ts', 'src/model/rules/ledgerRow.ts', 'src/cli/stringsWorker.ts', 'src/adapters/xlsx/lateStrings.ts', 'src/taskpane/index.tsx']) touch(rel, old);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    cli = require(path.join(root, 'scripts', 'build-cli.js'));
    cli.buildCli();
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the files of src/ the bundle and its workers are built from, under the key of that bundle', () => {
    const list = JSON.parse(readFileSync(path.join(root, 'build', 'jx.inputs.json'), 'utf8')) as { bundle: string; inputs: string[] };
    const st = statSync(cli.OUT);
    expect(list.bundle).toBe(`${st.size} ${st.mtimeMs}`);
    expect(list.inputs).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/model/rules/ledgerRow.ts', 'src/cli/stringsWorker.ts']));
    expect(list.inputs.every((f) => f.startsWith('src/') && existsSync(path.join(root, f)))).toBe(true);
    expect(list.inputs).not.toContain('src/taskpane/index.tsx');
  });

  it('is not stale after the build; is after an edit of a source of the bundle, of a worker, or of package.json', () => {
    expect(cli.isStale()).toBe(false);
    expect(staleAfterEdit('src/model/rules/ledgerRow.ts')).toBe(true);
    expect(staleAfterEdit('src/cli/main.ts')).toBe(true);
    expect(staleAfterEdit('src/cli/stringsWorker.ts')).toBe(true);
    expect(staleAfterEdit('package.json')).toBe(true);
    expect(cli.isStale()).toBe(false);
  });

  it('ignores a file of src/ the bundle is not built from, and a new file no source imports', () => {
    expect(staleAfterEdit('src/taskpane/index.tsx')).toBe(false);
    writeFileSync(path.join(root, 'src', 'cli', 'notImported.ts'), 'export const x = 1;\n');
    try {
      expect(cli.isStale()).toBe(false);
    } finally {
      unlinkSync(path.join(root, 'src', 'cli', 'notImported.ts'));
    }
  });

  it('is stale when a new file takes the place of a source where an import resolves: x.ts beside x/index.ts, x.tsx beside x.ts', () => {
    const list = JSON.parse(readFileSync(path.join(root, 'build', 'jx.inputs.json'), 'utf8')) as { inputs: string[]; dirs: string[] };
    expect(list.inputs).toEqual(expect.arrayContaining(['src/model/sample/index.ts', 'src/model/money.ts']));
    expect(list.dirs).toEqual(expect.arrayContaining(['src/model', 'src/model/sample']));
    for (const rel of ['src/model/sample.ts', 'src/model/money.tsx', 'src/model/sample/index.tsx']) {
      const file = path.join(root, rel);
      writeFileSync(file, 'export {};\n');
      try {
        expect([rel, cli.isStale()]).toEqual([rel, true]);
      } finally {
        unlinkSync(file);
      }
    }
    // the folder's time changed, but nothing takes a source's place now
    expect(cli.isStale()).toBe(false);
    writeFileSync(path.join(root, 'src', 'model', 'sample.test-notes.md'), 'x\n');
    try {
      expect(cli.isStale()).toBe(false);
    } finally {
      unlinkSync(path.join(root, 'src', 'model', 'sample.test-notes.md'));
    }
  });

  it('is stale when a source of the bundle is gone', () => {
    const file = path.join(root, 'src', 'adapters', 'xlsx', 'lateStrings.ts');
    const text = readFileSync(file);
    const at = statSync(file).mtimeMs / 1000;
    unlinkSync(file);
    try {
      expect(cli.isStale()).toBe(true);
    } finally {
      writeFileSync(file, text);
      utimesSync(file, at, at);
    }
    expect(cli.isStale()).toBe(false);
  });

  it('walks all of src/ when the list is not that of the bundle on disk (none, or another bundle\'s)', () => {
    const list = path.join(root, 'build', 'jx.inputs.json');
    const kept = readFileSync(list, 'utf8');
    try {
      unlinkSync(list);
      expect(cli.isStale()).toBe(false);
      expect(staleAfterEdit('src/taskpane/index.tsx')).toBe(true);
      // another bundle's list: the bundle on disk is another size than the one listed
      writeFileSync(list, kept.replace(/"bundle":"(\d+) /, (_, size: string) => `"bundle":"${Number(size) + 1} `));
      expect(staleAfterEdit('src/taskpane/index.tsx')).toBe(true);
      writeFileSync(list, '{"bundle":');
      expect(staleAfterEdit('src/taskpane/index.tsx')).toBe(true);
    } finally {
      writeFileSync(list, kept);
    }
    expect(staleAfterEdit('src/taskpane/index.tsx')).toBe(false);
  });
});
