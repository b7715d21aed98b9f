/**
 * `jx check --report` and `--annotate` on the sample with planted defects: the files are written,
 * the inputs are never written, nothing existing is replaced without --force; several files give
 * one list and a folder of copies; an internal error in one file stops only that file.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import * as evaluate from '../../src/model/evaluate';
import { MARK_FILLS } from '../../src/model/marks';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { planted } from '../model/support/planted';
import { capture, sha } from './support';

const exists = (f: string): Promise<boolean> => fs.stat(f).then(() => true, () => false);

async function book(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  return wb;
}

let dir: string;
let defects: string;
let clean: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-sendback-'));
  defects = path.join(dir, '乌鲁木齐市.xlsx');
  await fs.writeFile(defects, await writeXlsx(planted().grid.sheets.map((grid) => ({ grid }))));
  clean = path.join(dir, '示例.xlsx');
  await fs.writeFile(clean, await writeXlsx(sampleWorkbookGrid().sheets.map((grid) => ({ grid }))));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('jx check --report --annotate', () => {
  it('writes the 问题清单 and the annotated copy; the input is untouched', async () => {
    const before = await sha(defects);
    const list = path.join(dir, '问题清单.xlsx');
    const copy = path.join(dir, '标注副本.xlsx');
    const c = capture();
    expect(await main(['check', defects, '--report', list, '--annotate', copy], c.io)).toBe(1);
    expect(await sha(defects)).toBe(before);
    const json = capture();
    await main(['check', defects, '--json'], json.io);
    const [report] = JSON.parse(json.out.join('\n'));
    const ws = (await book(list)).getWorksheet('问题清单')!;
    expect(ws.actualRowCount - 1).toBe(report.findings.length);
    expect(c.err).toContain(`已生成问题清单“${list}”（${report.findings.length} 条）。`);
    expect(c.err.some((l) => l.startsWith(`已生成标注副本“${copy}”（标注 `))).toBe(true);
    // a marked cell of the copy: the error's fill and its message as the note
    const l004 = report.findings.find((f: { rule: string }) => f.rule === 'L004');
    const cell = (await book(copy)).getWorksheet(l004.sheet)!.getCell(l004.cell);
    expect(cell.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FF' + MARK_FILLS.error.slice(1) } });
    expect(JSON.stringify(cell.note)).toContain(l004.message.replace(/"/g, '\\"'));
  });

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const list = path.join(dir, 'exists.xlsx');
    await fs.writeFile(list, 'mine');
    const c = capture();
    expect(await main(['check', defects, '--report', list], c.io)).toBe(2);
    expect(c.err).toContain(`文件“${list}”已存在，未覆盖。如需覆盖请加 --force。`);
    expect(await fs.readFile(list, 'utf8')).toBe('mine');
    expect(await main(['check', defects, '--report', list, '--force'], capture().io)).toBe(1);
    expect((await book(list)).worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);
  });

  it('never writes over an input, not even with --force or through a link', async () => {
    const before = await sha(defects);
    for (const flag of ['--annotate', '--report']) {
      const c = capture();
      expect(await main(['check', defects, flag, defects, '--force'], c.io)).toBe(2);
      expect(c.err.join('\n')).toContain('不能是被检查的文件');
    }
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(defects, link);
    expect(await main(['check', defects, '--annotate', link, '--force'], capture().io)).toBe(2);
    expect(await sha(defects)).toBe(before);
  });

  it('several files: one list with a 文件 column; --annotate takes a folder', async () => {
    const list = path.join(dir, 'all.xlsx');
    const out = path.join(dir, 'copies');
    await fs.mkdir(out);
    const bad = path.join(dir, 'bad.xlsx');
    await fs.writeFile(bad, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10])); // neither a workbook nor text
    const c = capture();
    expect(await main(['check', defects, bad, clean, '--report', list, '--annotate', out], c.io)).toBe(2);
    const wb = await book(list);
    const ws = wb.getWorksheet('问题清单')!;
    expect(ws.getRow(1).getCell(2).value).toBe('文件');
    expect(ws.getRow(2).getCell(2).value).toBe('乌鲁木齐市.xlsx');
    const summary = JSON.stringify(wb.getWorksheet('汇总')!.getSheetValues());
    expect(summary).toContain('bad.xlsx');
    expect(summary).toContain('无法读取');
    expect((await fs.readdir(out)).sort()).toEqual(['乌鲁木齐市-标注.xlsx', '示例-标注.xlsx'].sort());
    // a file for --annotate with several inputs is refused before any work
    const c2 = capture();
    expect(await main(['check', defects, clean, '--annotate', path.join(dir, 'one.xlsx')], c2.io)).toBe(2);
    expect(c2.err.join('\n')).toContain('--annotate 须给出一个已存在的文件夹');
    expect(await exists(path.join(dir, 'one.xlsx'))).toBe(false);
  });

  it('two files of one name in two folders: one list names each by its folder (a/x.xlsx, b/x.xlsx), not both x.xlsx', async () => {
    const a = path.join(dir, 'a', '台账.xlsx');
    const b = path.join(dir, 'b', '台账.xlsx');
    await fs.mkdir(path.dirname(a));
    await fs.mkdir(path.dirname(b));
    await fs.copyFile(defects, a);
    await fs.copyFile(clean, b);
    const list = path.join(dir, 'twins.xlsx');
    expect(await main(['check', a, b, '--report', list], capture().io)).toBe(1);
    const wb = await book(list);
    const files = new Set(wb.getWorksheet('问题清单')!.getColumn(2).values.slice(2));
    expect(files).toEqual(new Set([path.join('a', '台账.xlsx'), ...(evaluate.evaluateWorkbook(sampleWorkbookGrid()).findings.length ? [path.join('b', '台账.xlsx')] : [])]));
    const summary = (wb.getWorksheet('汇总')!.getSheetValues() as unknown[][]).map((r) => (r ?? [])[1]);
    expect(summary).toEqual(expect.arrayContaining([path.join('a', '台账.xlsx'), path.join('b', '台账.xlsx')]));
    expect(summary).not.toContain('台账.xlsx');
    // the same path given twice is one name, not the whole path
    const again = path.join(dir, 'again.xlsx');
    await main(['check', a, a, '--report', again], capture().io);
    expect(new Set(((await book(again)).getWorksheet('问题清单')!.getColumn(2).values as unknown[]).slice(2))).toEqual(new Set(['台账.xlsx']));
  });

  it('writes both in English with --lang en', async () => {
    const list = path.join(dir, 'en.xlsx');
    const copy = path.join(dir, 'en-copy.xlsx');
    const c = capture();
    await main(['check', defects, '--lang', 'en', '--report', list, '--annotate', copy], c.io);
    expect((await book(list)).worksheets.map((w) => w.name)).toEqual(['Summary', 'Problems']);
    expect(c.err.some((l) => l.startsWith('Wrote the annotated copy'))).toBe(true);
    expect(JSON.stringify((await book(copy)).worksheets.flatMap((w) => w.getSheetValues()))).not.toContain('【绩效自评助手】');
  });
});

describe('one file failing inside the checker does not stop the others', () => {
  afterEach(() => jest.restoreAllMocks());

  it('says it in Chinese for that file (exit 2), checks the others, prints no stack', async () => {
    const real = evaluate.evaluateWorkbook;
    let calls = 0;
    jest.spyOn(evaluate, 'evaluateWorkbook').mockImplementation((grid, options) => {
      if (++calls === 2) throw new RangeError('Maximum call stack size exceeded');
      return real(grid, options);
    });
    const c = capture();
    expect(await main(['check', defects, clean, defects], c.io)).toBe(2);
    const out = c.out.join('\n');
    expect(out).toContain(`${clean}\n  检查“${clean}”时发生内部错误，此文件未能检查完（RangeError: Maximum call stack size exceeded）。其他文件不受影响。`);
    expect(out.match(/错误 19 个，警告 13 个，提示 0 个/g)).toHaveLength(2); // the first and third files, whole
    expect(`${out}\n${c.err.join('\n')}`).not.toMatch(/\n\s+at /); // no stack trace
    // in JSON the file carries the error; the others their findings
    calls = 0;
    const j = capture();
    expect(await main(['check', defects, clean, defects, '--json'], j.io)).toBe(2);
    const json = JSON.parse(j.out.join('\n'));
    expect(json.map((x: { error?: string; findings: unknown[] }) => [!!x.error, x.findings.length > 0])).toEqual([[false, true], [true, false], [false, true]]);
  });

  it('shows the stack with JX_DEBUG=1', async () => {
    jest.spyOn(evaluate, 'evaluateWorkbook').mockImplementation(() => {
      throw new Error('boom');
    });
    const c = capture();
    const saved = process.env.JX_DEBUG;
    process.env.JX_DEBUG = '1';
    try {
      expect(await main(['check', clean], c.io)).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.JX_DEBUG;
      else process.env.JX_DEBUG = saved;
    }
    expect(c.err.join('\n')).toMatch(/Error: boom\n\s+at /);
  });
});
