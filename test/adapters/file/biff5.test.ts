/**
 * An Excel 5/95 workbook (BIFF5) keeps its text in the code page of the Windows that saved it: GBK (936) from a
 * Chinese one. The CLI reads .xls through SheetJS's CommonJS build, which loads its code-page tables itself; the page
 * bundles SheetJS's ES module build, which loads none, and read every Chinese text as Latin-1 (项目台账 as ÏîÄ¿Ì¨ÕË:
 * no ledger found). Both now decode with the platform's TextDecoder (src/adapters/file/codepages.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKED_SHEETS, readWorkbookFile } from '../../../src/adapters/file';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { biff5Of } from '../../support/formats';

const REPO = path.join(__dirname, '../../..');
const sample = sampleWorkbookGrid();
const bytes = biff5Of(sample.sheets);

describe('an Excel 5/95 (BIFF5) workbook in GBK', () => {
  it('the CLI (SheetJS as CommonJS): the sheets, the ledger and its 169 projects', async () => {
    const r = await readWorkbookFile(bytes, '2018年度台账.xls', { select: CHECKED_SHEETS });
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(r.grid.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    const ledger = r.grid.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
    expect(ledger.values[2]).toEqual(sample.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!.values[2]);
    const e = evaluateWorkbook(r.grid);
    expect(e.check.ledger?.projects).toHaveLength(169);
    expect(e.findings.filter((f) => f.rule === 'S001')).toEqual([]);
  });

  it('the page (SheetJS as an ES module, bundled for the browser): the same sheets and header', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jx-biff5-'));
    try {
      const entry = path.join(dir, 'entry.ts');
      writeFileSync(
        entry,
        `import { readWorkbookFile } from ${JSON.stringify(path.join(REPO, 'src/adapters/file'))};
import { readFileSync } from 'node:fs';
const r = await readWorkbookFile(new Uint8Array(readFileSync(process.argv[2])), 'x.xls');
const ledger = r.ok ? r.grid.sheets.find((s) => s.name === ${JSON.stringify(SAMPLE_SHEETS.ledger)}) : undefined;
process.stdout.write(JSON.stringify(r.ok ? { sheets: r.grid.sheets.map((s) => s.name), header: ledger?.values[2] } : r.message));
`,
      );
      const out = path.join(dir, 'page.mjs');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const esbuild = require('esbuild') as typeof import('esbuild');
      // as webpack resolves packages for the page: the `import` condition (xlsx.mjs), browser fields
      esbuild.buildSync({ entryPoints: [entry], outfile: out, bundle: true, format: 'esm', platform: 'browser', external: ['node:fs'], logLevel: 'error', absWorkingDir: REPO });
      const file = path.join(dir, 'x.xls');
      writeFileSync(file, bytes);
      const got = JSON.parse(execFileSync(process.execPath, [out, file], { encoding: 'utf8' })) as { sheets: string[]; header: unknown[] };
      expect(got.sheets).toEqual(sample.sheets.map((s) => s.name));
      expect(got.header).toEqual(sample.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!.values[2]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
