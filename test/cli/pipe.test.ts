/**
 * `jx check --json FILE | slow-reader` gets the whole report: jx sets its exit code and lets
 * stdout drain instead of exiting at once (a pipe holds 64 KB; the rest used to be cut off).
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticLedger } from '../../bench/ledger';
import { toXSheet, xlsx } from '../fixtures/hostile';

const JX = path.join(__dirname, '../../bin/jx.js');

test('a report far larger than a pipe arrives whole through a reader that waits a second first, and the exit code survives', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-pipe-'));
  try {
    const file = path.join(dir, 'ledger.xlsx');
    await fs.writeFile(file, xlsx(syntheticLedger(10_000).grid.sheets.map(toXSheet)));
    const out = path.join(dir, 'report.json');
    const sh = `${JSON.stringify(process.execPath)} ${JSON.stringify(JX)} check --json ${JSON.stringify(file)} | (sleep 1; cat > ${JSON.stringify(out)}); echo "exit \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', sh], { encoding: 'utf8', timeout: 120_000 });
    const text = await fs.readFile(out, 'utf8');
    expect(Buffer.byteLength(text)).toBeGreaterThan(65_536 * 1.5);
    const [report] = JSON.parse(text);
    expect(report.file).toBe(file);
    expect(report.findings.length).toBeGreaterThan(100);
    expect(report.findings.length).toBe(report.counts.error + report.counts.warning + report.counts.info);
    expect(r.stdout.trim()).toBe('exit 1'); // errors in the ledger: exit 1, not a killed 141 or a forced 0
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 180_000);

test('a reader that stops early (| head) ends jx quietly: no EPIPE stack trace, and the exit code is the check\'s', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-pipe-'));
  try {
    const file = path.join(dir, 'ledger.xlsx');
    await fs.writeFile(file, xlsx(syntheticLedger(10_000).grid.sheets.map(toXSheet)));
    for (const [args, reader] of [
      ['check --json', 'head -c 100'],
      ['check', 'head -n 2'],
    ]) {
      const err = path.join(dir, 'err.txt');
      const sh = `${JSON.stringify(process.execPath)} ${JSON.stringify(JX)} ${args} ${JSON.stringify(file)} 2> ${JSON.stringify(err)} | ${reader} > /dev/null; echo "exit \${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', sh], { encoding: 'utf8', timeout: 120_000 });
      expect(await fs.readFile(err, 'utf8')).toBe('');
      expect(r.stdout.trim()).toBe('exit 1'); // the ledger has errors
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 180_000);
