/**
 * End-to-end figures (issue 16): `jx check --json` on .xlsx files of 10,000 / 100,000 /
 * 1,048,575 projects (wall time, peak RSS, each run in its own process through bin/jx.js), the
 * same files through the peers (ExcelJS's streaming reader, SheetJS) and the floor (native
 * inflate + a minimal cell scan) in the same run, the CLI's start on the sample, and the page's
 * time to findings for 100,000 projects with its longest main-thread task (Chromium).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median } from './measure';
import { ledgerXlsx } from './xlsxFile';

const ROOT = path.resolve(__dirname, '..');
const JX = path.join(ROOT, 'bin', 'jx.js');
const PEERS = path.join(__dirname, 'peers.cjs');
const RSS = path.join(ROOT, 'test', 'fixtures', 'hostile', 'rss.cjs');
const log = (s: string): void => void process.stderr.write(s + '\n');

export interface Run {
  readonly ms: number;
  readonly peakMB: number;
  readonly status: number | null;
}

/** One child process: wall time and peak RSS (rss.cjs prints it at exit). */
export function child(args: ReadonlyArray<string>): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', '-r', RSS, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(/JX_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  if (r.status !== 0 && r.status !== 1) log(`    exit ${r.status}: ${r.stderr.slice(0, 400)}`);
  return { ms, peakMB: Math.round(kb / 1024), status: r.status };
}

/** Median wall time (and the largest peak) of `runs` runs. */
function measure(label: string, args: ReadonlyArray<string>, runs: number): Run {
  const rs: Run[] = [];
  for (let i = 0; i < runs; i++) rs.push(child(args));
  const r = { ms: median(rs.map((x) => x.ms)), peakMB: Math.max(...rs.map((x) => x.peakMB)), status: rs[0].status };
  log(`  ${label}: ${Math.round(r.ms)} ms, peak ${r.peakMB} MB${r.status && r.status > 1 ? ` (exit ${r.status})` : ''}`);
  return r;
}

export interface E2eFigures {
  readonly check: Record<number, Run>;
  readonly peers: Record<string, Run>;
  readonly floor: Run;
  readonly startMs: number;
}

export function benchE2e(sizes: ReadonlyArray<number>): E2eFigures {
  const check: Record<number, Run> = {};
  const peers: Record<string, Run> = {};
  let floor: Run = { ms: NaN, peakMB: NaN, status: null };
  for (const rows of sizes) {
    const t0 = performance.now();
    const file = ledgerXlsx(rows);
    log(`  ${rows.toLocaleString('en')} projects: ${path.basename(file)} (${Math.round(fs.statSync(file).size / 1e6)} MB, ready in ${Math.round(performance.now() - t0)} ms)`);
    const runs = rows > 200_000 ? 1 : 3;
    check[rows] = measure('jx check --json', [JX, 'check', '--json', file], runs);
    if (rows === 100_000) {
      peers.exceljs = measure('ExcelJS streaming reader', [PEERS, 'exceljs', file], runs);
      peers.sheetjs = measure('SheetJS', [PEERS, 'sheetjs', file], runs);
      floor = measure('floor (inflate + minimal scan)', [PEERS, 'floor', file], runs);
    }
  }
  // Start-up: the sample (169 projects) through the installed bin.
  const sample = path.join(os.tmpdir(), `jx-bench-sample-${process.pid}.xlsx`);
  spawnSync(process.execPath, [JX, 'sample', '-o', sample, '--force'], { stdio: 'ignore' });
  child([JX, 'check', sample]); // a stale bundle is rebuilt here, outside the timing
  const starts: number[] = [];
  for (let i = 0; i < 7; i++) starts.push(child([JX, 'check', sample]).ms);
  fs.rmSync(sample, { force: true });
  const startMs = median(starts);
  log(`  jx check on the sample (start-up bound): ${Math.round(startMs)} ms (median of 7)`);
  return { check, peers, floor, startMs };
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
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${served.origin}/standalone.html`);
    await page.getByRole('button', { name: '选择文件…' }).waitFor();
    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
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
