/**
 * One `generatedAt` (model/selfeval): local time, as the pane and the page stamp the note below the
 * table; the CLI stamped UTC before. Run in a zone eight hours from UTC, a UTC stamp would show.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { sampleWorkbookGrid } from '../../src/model/sample';

const root = path.join(__dirname, '../..');
const SHANGHAI = { ...process.env, TZ: 'Asia/Shanghai' };
/** `2019-03-01 10:20` for a moment, as a clock eight hours ahead of UTC reads it. */
const plus8 = (ms: number): string => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('generatedAt', () => {
  it('is local time, to the minute', () => {
    const code = "require('tsx/cjs/api').register(); process.stdout.write(require('./src/model/selfeval').generatedAt(new Date('2019-03-01T02:20:59Z')))";
    const r = spawnSync(process.execPath, ['-e', code], { cwd: root, env: SHANGHAI, encoding: 'utf8' });
    expect(r.stdout).toBe('2019-03-01 10:20');
  });

  it('is what jx selfeval writes in the note below the table', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-stamp-'));
    const input = path.join(dir, 'sample.xlsx');
    await fs.writeFile(input, await writeXlsx(sampleWorkbookGrid().sheets.map((grid) => ({ grid }))));
    const out = path.join(dir, 'out.xlsx');
    const t0 = Date.now();
    const run = spawnSync(process.execPath, [path.join(root, 'bin/jx.js'), 'selfeval', input, '-o', out], { env: SHANGHAI, encoding: 'utf8' });
    const t1 = Date.now();
    expect(run.status).toBe(0);
    const r = await readXlsx(await fs.readFile(out));
    if (!r.ok) throw new Error('unreadable output');
    const note = r.grid.sheets[0].values.flat().find((v): v is string => typeof v === 'string' && v.startsWith('本表由绩效自评助手于'));
    const stamp = /于(\d{4}-\d\d-\d\d \d\d:\d\d)/.exec(note ?? '')?.[1];
    expect([plus8(t0), plus8(t1)]).toContain(stamp);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
