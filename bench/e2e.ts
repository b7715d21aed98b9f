/**
 * End-to-end figures (issue 16): `jx check --json` on .xlsx files of 10,000 / 100,000 /
 * 1,048,573 projects (FULL_SHEET: Excel's 1,048,576 rows, less the ledger's title, unit and
 * header rows; 1,048,575 projects cannot fit under them, and such a file is rightly refused as
 * damaged: its last row is past Excel's sheet) (wall time, peak RSS, each run in its own process through bin/jx.js), the
 * same files through the peers (ExcelJS's streaming reader, SheetJS) and the floor (native
 * inflate + a minimal cell scan) in the same run, the CLI's start on the sample, and the page's
 * time to findings for 100,000 projects with its longest main-thread task (Chromium).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median } from './measure';
import { ledgerXlsx, mergeXlsxFiles } from './xlsxFile';

const ROOT = path.resolve(__dirname, '..');
const JX = path.join(ROOT, 'bin', 'jx.js');
const PEERS = path.join(__dirname, 'peers.cjs');
const USAGE = path.join(__dirname, 'usage.cjs');
const log = (s: string): void => void process.stderr.write(s + '\n');
const BIG_HEAP = ['--max-old-space-size=6144'];

/** The most projects a ledger sheet holds: Excel's 1,048,576 rows under the synthetic ledger's three rows of title and header. */
export const FULL_SHEET = 1_048_576 - 3;

export interface Run {
  readonly ms: number;
  /** CPU time of the process (all threads). */
  readonly cpuMs: number;
  readonly peakMB: number;
  readonly status: number | null;
}

/**
 * One child process: wall time, CPU time and peak RSS (usage.cjs prints them at exit). `jx` runs with Node's
 * defaults, as a user runs it (its memory budget follows the heap limit); the peers get a 6 GB
 * heap so that they are measured, not refused.
 */
export function child(args: ReadonlyArray<string>, nodeFlags: ReadonlyArray<string> = []): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...nodeFlags, '-r', USAGE, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(/JX_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpuMs = Number(/JX_CPU_MS=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  if (r.status !== 0 && r.status !== 1) log(`    exit ${r.status}: ${r.stderr.slice(0, 400)}`);
  return { ms, cpuMs, peakMB: Math.round(kb / 1024), status: r.status };
}

/** Median wall time (and the largest peak) of `runs` runs. */
function summary(label: string, rs: ReadonlyArray<Run>): Run {
  const r = { ms: median(rs.map((x) => x.ms)), cpuMs: median(rs.map((x) => x.cpuMs)), peakMB: Math.max(...rs.map((x) => x.peakMB)), status: rs[0].status };
  log(`  ${label}: ${Math.round(r.ms)} ms (CPU ${r.cpuMs} ms), peak ${r.peakMB} MB${r.status && r.status > 1 ? ` (exit ${r.status})` : ''}${rs.length > 1 ? ` (median of ${rs.length})` : ''}`);
  return r;
}

function measure(label: string, args: ReadonlyArray<string>, runs: number, nodeFlags: ReadonlyArray<string> = []): Run {
  const rs: Run[] = [];
  for (let i = 0; i < runs; i++) rs.push(child(args, nodeFlags));
  return summary(label, rs);
}

/** Rounds of runs of the check and the floors, alternating: the medians of each. */
const PAIRS = 7;

function measureAlternating(commands: ReadonlyArray<[string, ReadonlyArray<string>]>, rounds: number): Run[] {
  const runs: Run[][] = commands.map(() => []);
  for (let i = 0; i < rounds; i++) commands.forEach(([, args], k) => runs[k].push(child(args)));
  return commands.map(([label], k) => summary(label, runs[k]));
}

export interface E2eFigures {
  readonly check: Record<number, Run>;
  readonly peers: Record<string, Run>;
  readonly floor: Run;
  /**
   * Information: the floor with the shared strings part inflated and scanned first. The floor reads the sheet alone, and a
   * text cell (most of a ledger's) holds only an index into that part: no value of it is known without it.
   */
  readonly floorStrings: Run;
  readonly startMs: number;
  readonly startCpuMs: number;
}

export function benchE2e(sizes: ReadonlyArray<number>): E2eFigures {
  const check: Record<number, Run> = {};
  const peers: Record<string, Run> = {};
  const none: Run = { ms: NaN, cpuMs: NaN, peakMB: NaN, status: null };
  let floor = none;
  let floorStrings = none;
  for (const rows of sizes) {
    const t0 = performance.now();
    const file = ledgerXlsx(rows);
    log(`  ${rows.toLocaleString('en')} projects: ${path.basename(file)} (${Math.round(fs.statSync(file).size / 1e6)} MB, ready in ${Math.round(performance.now() - t0)} ms)`);
    const runs = rows > 200_000 ? 1 : 3;
    if (rows === 100_000) {
      // The check and the floor alternate, so that both see the same machine: their ratio is a goal, and this
      // shared machine's speed drifts by a third within minutes (the floor measured 0.32–0.50 s in one hour),
      // which, run one after the other, moved the ratio by as much as the goal's margin.
      [check[rows], floor, floorStrings] = measureAlternating(
        [
          ['jx check --json', [JX, 'check', '--json', file]],
          ['floor (inflate + minimal scan)', [PEERS, 'floor', file]],
          ['floor with the shared strings (information)', [PEERS, 'floorStrings', file]],
        ],
        PAIRS
      );
      peers.exceljs = measure('ExcelJS streaming reader', [PEERS, 'exceljs', file], runs, BIG_HEAP);
      peers.sheetjs = measure('SheetJS', [PEERS, 'sheetjs', file], runs, BIG_HEAP);
    } else check[rows] = measure('jx check --json', [JX, 'check', '--json', file], runs);
  }
  // Start-up: the sample (169 projects) through the installed bin.
  const sample = path.join(os.tmpdir(), `jx-bench-sample-${process.pid}.xlsx`);
  spawnSync(process.execPath, [JX, 'sample', '-o', sample, '--force'], { stdio: 'ignore' });
  child([JX, 'check', sample]); // a stale bundle is rebuilt here, outside the timing
  const starts: Run[] = [];
  for (let i = 0; i < 7; i++) starts.push(child([JX, 'check', sample]));
  fs.rmSync(sample, { force: true });
  const startMs = median(starts.map((s) => s.ms));
  const startCpuMs = median(starts.map((s) => s.cpuMs));
  log(`  jx check on the sample (start-up bound): ${Math.round(startMs)} ms, CPU ${startCpuMs} ms (medians of 7)`);
  return { check, peers, floor, floorStrings, startMs, startCpuMs };
}

/**
 * `jx merge` of `count` files of `rows` projects: with the default reading threads (the cores), and
 * with JX_THREADS=1 for comparison. Each a fresh process writing over the same output.
 */
export function benchMerge(count: number, rows: number): { threads: Run; oneThread: Run; threadCount: number; outputMB: number } {
  const t0 = performance.now();
  const files = mergeXlsxFiles(count, rows);
  log(`  ${count} files of ${rows.toLocaleString('en')} projects ready in ${Math.round(performance.now() - t0)} ms`);
  const out = path.join(os.tmpdir(), `jx-bench-merged-${process.pid}.xlsx`);
  const args = [JX, 'merge', ...files, '-o', out, '--force', '--json'];
  child([JX, 'check', files[0]]); // a stale bundle is rebuilt here, outside the timing
  const threads = measure('jx merge (worker threads)', args, 1);
  const outputMB = Math.round((fs.statSync(out).size / 1e6) * 10) / 10;
  const before = process.env.JX_THREADS;
  process.env.JX_THREADS = '1';
  const oneThread = measure('jx merge (JX_THREADS=1)', args, 1);
  if (before === undefined) delete process.env.JX_THREADS;
  else process.env.JX_THREADS = before;
  fs.rmSync(out, { force: true });
  return { threads, oneThread, threadCount: Math.min(count, os.availableParallelism()), outputMB };
}

/** The page: time from choosing the 100,000-project file to its findings, and the longest main-thread task. */
export async function benchPage(rows: number): Promise<{ ms: number; longestTaskMs: number } | null> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { launch, serveDist } = require('../test/e2e/harness') as typeof import('../test/e2e/harness');
  const file = ledgerXlsx(rows);
  const served = await serveDist();
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __longest: number; __from: number };
      w.__longest = 0;
      w.__from = Infinity;
      // Tasks that began once the file is being chosen: the observer delivers an entry after its task has ended, so a
      // long task of the page's start could arrive after the reset below and was counted as the check's.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.startTime >= w.__from) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${served.origin}/standalone.html`);
    await page.getByRole('button', { name: '选择文件…' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __from: number };
      w.__longest = 0;
      w.__from = performance.now();
    });
    const t0 = performance.now();
    await page.setInputFiles('input[type=file]', file);
    await page.getByTestId('count-error').waitFor({ timeout: 120_000 });
    const ms = performance.now() - t0;
    await page.waitForTimeout(300);
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    log(`  page, ${rows.toLocaleString('en')} projects: findings after ${Math.round(ms)} ms; longest main-thread task ${Math.round(longestTaskMs)} ms`);
    return { ms, longestTaskMs };
  } finally {
    await browser.close();
    await served.close();
  }
}

/**
 * Issue 12, item 10: a 1.5 MB workbook of 11 sheets — the sample's 配置, 项目台账, 绩效指标 and
 * 报告素材, and 7 unrelated sheets (budget codes, payment lists) of 3,300 rows × 9 columns each —
 * through `jx check --json` (wall time and peak RSS, median of 3 runs, each its own process). The
 * unrelated sheets are read only as far as their first rows.
 */
export async function benchManySheets(): Promise<Run & { fileMB: number; sheets: number }> {
  // require, not import(): tsx's ESM import needs an extension
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { writeXlsx } = require('../src/adapters/xlsx/write') as typeof import('../src/adapters/xlsx/write');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sampleWorkbookGrid } = require('../src/model/sample') as typeof import('../src/model/sample');
  const file = path.join(os.tmpdir(), `jx-bench-11-sheets-${process.pid}.xlsx`);
  const sheets = [...sampleWorkbookGrid().sheets];
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const words = ['一般公共预算', '政府性基金', '专项转移支付', '科学技术支出', '教育支出', '社会保障', '农林水支出', '城乡社区支出', '节能环保', '交通运输'];
  for (let s = 0; sheets.length < 11; s++) {
    const values: Array<Array<string | number>> = [[`附表${s + 1} 预算科目与支付明细`], ['科目编码', '科目名称', '单位名称', '预算数', '调整数', '支付数', '支付日期', '凭证号', '备注']];
    for (let r = 0; r < 3300; r++) {
      const w = words[Math.floor(rnd() * words.length)];
      values.push([`2${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}`, `${w}（${r}）`, `${w}单位${Math.floor(rnd() * 500)}`, Math.round(rnd() * 1e8) / 100, Math.round(rnd() * 1e6) / 100, Math.round(rnd() * 1e8) / 100, `2018-${1 + Math.floor(rnd() * 12)}-${1 + Math.floor(rnd() * 28)}`, `PZ${Math.floor(rnd() * 1e9)}`, rnd() < 0.3 ? `${w}项目资金拨付说明 ${r}` : '']);
    }
    sheets.push({ name: `附表${s + 1}`, values });
  }
  fs.writeFileSync(file, await writeXlsx(sheets.map((grid) => ({ grid }))));
  const fileMB = Math.round((fs.statSync(file).size / 1024 / 1024) * 100) / 100;
  log(`  ${sheets.length} sheets, ${fileMB} MB`);
  try {
    return { ...measure('jx check --json (11 sheets)', [JX, 'check', '--json', file], 3), fileMB, sheets: sheets.length };
  } finally {
    fs.rmSync(file, { force: true });
  }
}
