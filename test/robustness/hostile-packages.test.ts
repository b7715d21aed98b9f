/**
 * Issue 14's hostile packages through `node bin/jx.js check` (a child process, its peak memory
 * reported by rss.cjs): each answers as expected — a clear message or the sample's normal
 * findings — within 30 s and 2 GB. The files are built at run time (fixtures/hostile/packages.ts).
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOSTILE_PACKAGES } from '../fixtures/hostile';

const JX = path.join(__dirname, '../../bin/jx.js');
const RSS = path.join(__dirname, '../fixtures/hostile/rss.cjs');
const MAX_SECONDS = 30;
const MAX_RSS_KB = 2 * 1024 * 1024;

let dir: string;
const figures: string[] = [];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-packages-'));
});
afterAll(async () => {
  if (figures.length) console.log(`jx check on hostile packages (child process):\n${figures.join('\n')}`);
  await fs.rm(dir, { recursive: true, force: true });
});

describe('hostile packages through jx check: the expected answer within 30 s and 2 GB', () => {
  it.each(HOSTILE_PACKAGES.map((p) => [p.what, p] as const))('%s', async (_what, p) => {
    const file = path.join(dir, p.name);
    const bytes = p.bytes();
    await fs.writeFile(file, bytes);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-r', RSS, JX, 'check', file, ...(p.args ?? [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const rssKb = Number(/JX_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
    figures.push(`${p.name.padEnd(26)} ${String(bytes.length).padStart(9)} B  exit ${r.status}  ${seconds.toFixed(2)} s  peak RSS ${(rssKb / 1024).toFixed(0)} MB`);
    expect(r.stdout).toContain(p.says);
    expect(r.status).toBe(p.exit);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(seconds).toBeLessThan(MAX_SECONDS);
    expect(rssKb).toBeLessThan(MAX_RSS_KB);
  });
});
