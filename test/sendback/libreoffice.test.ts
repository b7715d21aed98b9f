/**
 * The two files sent back, opened by another spreadsheet program: LibreOffice (headless) prints
 * the 问题清单 with its header on every page, and opens the annotated copy — its fills and notes
 * included — re-saving it as an .xlsx that ExcelJS then reads. The PNGs of the printed list and of
 * the annotated ledger land in test-artifacts/screenshots/ to be looked at.
 * Needs `soffice` and `pdftotext` (libreoffice-calc, poppler-utils); skipped, loudly, without them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { annotateXlsx } from '../../src/adapters/xlsx/annotate';
import { readXlsx } from '../../src/adapters/xlsx/read';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { RULE_IDS } from '../../src/model/rules';
import { a1 } from '../../src/model/grid';
import { MARK_FILLS } from '../../src/model/marks';
import { problemListLayouts } from '../../src/model/sendback/problemList';
import { expectedMarks, noteText } from '../adapters/xlsx/compare';
import { planted } from '../model/support/planted';

const ROOT = path.join(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdftoppm');
if (!available) console.warn('LibreOffice tests SKIPPED: install libreoffice-calc and poppler-utils to run them');
const maybe = available ? describe : describe.skip;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-lo-'));
  await fs.mkdir(SHOTS, { recursive: true });
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

/** soffice --convert-to, with a private profile. */
function convert(file: string, to: 'pdf' | 'xlsx', outDir: string): string {
  const profile = path.join(dir, `profile-${to}`);
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${to}`);
  return out;
}

maybe('LibreOffice opens what is sent back', () => {
  const { grid } = planted();
  const ev = evaluateWorkbook(grid);

  it('prints the 问题清单: every page of the list repeats its header; the summary fits', async () => {
    const file = path.join(dir, '问题清单.xlsx');
    await fs.writeFile(file, await writeXlsx(problemListLayouts([{ name: '乌鲁木齐市.xlsx', grid, evaluation: ev }], { locale: 'zh-CN', date: '2019-03-01' }).map((layout) => ({ layout }))));
    // the PDF and PNGs through the project's own renderer (fonts mapped as for any preview)
    execFileSync('bash', [path.join(ROOT, 'scripts/render-xlsx.sh'), file, SHOTS, '80'], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(SHOTS, '问题清单.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const texts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
    expect(texts[0]).toContain('台账检查问题清单');
    expect(texts[0]).toContain('检查日期：2019-03-01');
    const listPages = texts.slice(1);
    expect(listPages.length).toBeGreaterThanOrEqual(2); // the planted sample's list takes more than one page
    for (const t of listPages) expect(t).toMatch(/序号\s+严重程度\s+规则\s+规则名称\s+工作表\s+单元格\s+项目编号\s+项目名称\s+原值\s+说明\s+整改情况/);
    // every row is printed, and the last column too (one page wide)
    const ruleIds = new Set<string>(RULE_IDS);
    const ruleCells = (listPages.join('\n').match(/(?<=\s)[SLW]\d{3}(?=\s)/g) ?? []).filter((x) => ruleIds.has(x)); // not the addresses (L124)
    expect(ruleCells.sort()).toEqual(ev.findings.map((f) => f.rule).sort());
    for (const t of listPages) expect(t).toMatch(/第 \d+ 页，共 \d+ 页/);
    await fs.rm(pdf);
  });

  it('opens the annotated copy with its fills and notes, values untouched', async () => {
    const input = await writeXlsx(grid.sheets.map((s) => ({ grid: s })));
    const r = await annotateXlsx(input, ev.findings);
    if (!r.ok) throw new Error('failed');
    const file = path.join(dir, '标注副本.xlsx');
    await fs.writeFile(file, r.bytes);
    const back = convert(file, 'xlsx', path.join(dir, 'lo'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(back)) as unknown as ArrayBuffer);
    const marks = expectedMarks(ev.findings, grid);
    for (const m of marks) {
      const cell = wb.getWorksheet(m.sheet)!.getCell(a1(m.row, m.col));
      const note = noteText(cell.note);
      for (const msg of m.messages) expect(note.replace(/\r/g, '')).toContain(msg);
      expect({ at: `${m.sheet}!${a1(m.row, m.col)}`, fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb }).toEqual({
        at: `${m.sheet}!${a1(m.row, m.col)}`,
        fill: 'FF' + MARK_FILLS[m.severity].slice(1),
      });
    }
    // LibreOffice read the same values as the original
    const again = await readXlsx(new Uint8Array(await fs.readFile(back)));
    if (!again.ok) throw new Error('LibreOffice’s copy unreadable');
    for (const s of grid.sheets) {
      const g = again.grid.sheets.find((x) => x.name === s.name)!;
      expect(evaluateWorkbook({ sheets: [g] }).findings.length).toBe(evaluateWorkbook({ sheets: [s] }).findings.length);
    }
    // and its pictures, to look at
    execFileSync('bash', [path.join(ROOT, 'scripts/render-xlsx.sh'), file, SHOTS, '60'], { stdio: 'pipe', timeout: 120_000 });
  });
});
