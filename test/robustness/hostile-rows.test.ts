/**
 * Issue 14's row-heavy cases through `node bin/jx.js` (a child process, its peak memory reported
 * by rss.cjs), built at run time from the sample: each ends with findings or a table — never a
 * stack overflow or a stack trace — within 30 s and 2 GB. Before the fixes, the first two died
 * with `RangeError: Maximum call stack size exceeded` (spreads of the findings), the third took
 * minutes (the indicator grouping was quadratic), the fourth wrote a cell Excel cannot hold.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { MAX_FORM_INDICATORS } from '../../src/model/selfeval';
import type { CellValue, GridSheet } from '../../src/model/grid';
import { toXSheet, xlsx } from '../fixtures/hostile';
import { jx, type ChildRun } from '../fixtures/hostile/run';

/** CPU seconds: the work, whatever the machine's load (the quadratic grouping took minutes of it). */
const MAX_SECONDS = 30;
const MAX_RSS_KB = 2 * 1024 * 1024;
const EXCEL_CELL_CHARS = 32_767;

/** Ended as a check ends (0 clean, 1 findings), within the budgets, with no trace of an internal error. */
function expectHandled(r: ChildRun): void {
  expect(r.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  expect([0, 1]).toContain(r.status);
  expect(r.cpuSeconds).toBeLessThan(MAX_SECONDS);
  expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
}

const sample = sampleWorkbookGrid();
const sheet = (name: string): GridSheet => sample.sheets.find((s) => s.name === name)!;
const LEDGER = sheet('项目台账');
const HEADER_INDEX = LEDGER.values.findIndex((r) => r.includes('项目编号'));
const ID_COL = LEDGER.values[HEADER_INDEX].indexOf('项目编号');
const PROJECTS = LEDGER.values.slice(HEADER_INDEX + 1);

function workbook(sheets: ReadonlyArray<GridSheet>): Buffer {
  return xlsx(sheets.map(toXSheet));
}

function withSheet(name: string, values: ReadonlyArray<ReadonlyArray<CellValue>>): GridSheet[] {
  return sample.sheets.map((s) => (s.name === name ? { name, values } : s));
}

/** `n` projects: the sample's rows over and over, each with its own 项目编号. */
function manyProjects(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const row = [...PROJECTS[i % PROJECTS.length]];
    row[ID_COL] = `P${String(i + 1).padStart(6, '0')}`;
    return row;
  });
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-rows-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function fileOf(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

describe('row-heavy hostile workbooks through jx', () => {
  it('75,000 rows holding only 项目编号: one finding per empty required column, at its header', async () => {
    const rows = Array.from({ length: 75_000 }, (_, i) => {
      const row: CellValue[] = LEDGER.values[HEADER_INDEX].map(() => null);
      row[ID_COL] = `ID${i + 1}`;
      return row;
    });
    const file = await fileOf('ids-only.xlsx', workbook(withSheet('项目台账', [...LEDGER.values.slice(0, HEADER_INDEX + 1), ...rows])));
    const r = jx(['check', file, '--json']);
    expectHandled(r);
    expect(r.status).toBe(1);
    const [report] = JSON.parse(r.stdout);
    // Each required column empty from top to bottom is ONE finding at its header, not 75,000.
    const empty = report.findings.filter((f: { rule: string }) => f.rule === 'S002').map((f: { cell: string }) => f.cell);
    expect(empty).toEqual(expect.arrayContaining(['B3', 'L3', 'N3']));
    expect(report.findings.length).toBeLessThan(50);
    expect(report.counts.error).toBe(report.findings.filter((f: { severity: string }) => f.severity === 'error').length);
  });

  it('140,000 projects and no year anywhere: S005, the year rules skipped, no stack overflow', async () => {
    const profile = sheet('配置').values.filter((r) => r[0] !== '评价年度');
    const ledger = [...LEDGER.values.slice(0, HEADER_INDEX).filter((r) => !String(r[0] ?? '').match(/\d{4}/)), LEDGER.values[HEADER_INDEX], ...manyProjects(140_000)];
    const sheets = sample.sheets.filter((s) => s.name !== '报告素材').map((s) =>
      s.name === '配置' ? { name: '配置', values: profile } : s.name === '项目台账' ? { name: '项目台账', values: ledger } : s,
    );
    const file = await fileOf('no-year.xlsx', workbook(sheets));
    const r = jx(['check', file, '--json']);
    expectHandled(r);
    const [report] = JSON.parse(r.stdout);
    expect(report.findings.some((f: { rule: string }) => f.rule === 'S005')).toBe(true);
  });

  it('140,000 indicator rows: checked in linear time, and no 自评表 of 7,000 pages laid out (S022, at the first past the cap)', async () => {
    const indicators = sheet('绩效指标').values;
    const body = indicators.slice(1);
    const rows = Array.from({ length: 140_000 }, (_, i) => {
      const row = [...body[i % body.length]];
      row[2] = `${String(row[2])}${i + 1}`;
      return row;
    });
    const file = await fileOf('indicators.xlsx', workbook(withSheet('绩效指标', [indicators[0], ...rows])));
    const r = jx(['check', file, '--json']);
    expectHandled(r);
    const [report] = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'S022').map((f: { cell: string }) => f.cell)).toEqual([`C${MAX_FORM_INDICATORS + 2}`]);
  });

  it('a 40,000-character 项目名称: the 自评表 holds Excel’s 32,767 characters and says it cut them (S008)', async () => {
    const longName = '专'.repeat(40_000);
    const profile = sheet('配置').values.map((r) => (r[0] === '项目名称' ? ['项目名称', longName] : r));
    const file = await fileOf('long-name.xlsx', workbook(withSheet('配置', profile)));
    const out = path.join(dir, 'long-name-自评表.xlsx');
    const r = jx(['selfeval', file, '--layout', '2020', '-o', out]);
    expectHandled(r);
    expect(r.stdout).toMatch(/S008/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let longest = 0;
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => (longest = Math.max(longest, typeof c.value === 'string' ? c.value.length : 0))));
    expect(longest).toBe(EXCEL_CELL_CHARS);
  });
});
