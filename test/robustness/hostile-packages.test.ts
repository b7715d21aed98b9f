/**
 * Issue 14's hostile packages through `node bin/jx.js check` (a child process, its peak memory
 * reported by rss.cjs): each answers as expected — a clear message or the sample's normal
 * findings — within 30 s of CPU and 2 GB. The files are built at run time (fixtures/hostile/packages.ts).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOSTILE_PACKAGES } from '../fixtures/hostile';
import { jx } from '../fixtures/hostile/run';

/** CPU seconds: the work, whatever the machine's load. */
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

describe('hostile packages through jx check: the expected answer within 30 s of CPU and 2 GB', () => {
  it.each(HOSTILE_PACKAGES.map((p) => [p.what, p] as const))('%s', async (_what, p) => {
    const file = path.join(dir, p.name);
    const bytes = p.bytes();
    await fs.writeFile(file, bytes);
    const r = jx(['check', file, ...(p.args ?? [])]);
    figures.push(
      `${p.name.padEnd(26)} ${String(bytes.length).padStart(9)} B  exit ${r.status}  ${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s)  peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB`,
    );
    expect(r.stdout).toContain(p.says);
    expect(r.status).toBe(p.exit);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.cpuSeconds).toBeLessThan(MAX_SECONDS);
    expect(r.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });
});
