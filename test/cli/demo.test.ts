/**
 * The README's first command: `npm run demo` runs the main job on the bundled sample through the
 * installed CLI and writes the sample, both 自评表 and both 自评报告. (It once failed at its first
 * step while every CLI test passed: the tests ran the bundle, the demo ran the sources.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pkg from '../../package.json';

const ROOT = path.join(__dirname, '../..');

describe('npm run demo', () => {
  it('writes the sample, both tables and both reports, and exits 0', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'jx-demo-'));
    try {
      const [node, ...args] = pkg.scripts.demo.split(' ');
      expect(node).toBe('node');
      const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, JX_DEMO_OUT: out }, timeout: 240_000 });
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('总分 100.00');
      for (const f of ['2018年度专利实施资金-示例.xlsx', '2018年度绩效自评表-2018版.xlsx', '2018年度绩效自评表-2020版.xlsx', '2018年度绩效自评报告-2020版.docx', '2018年度绩效自评报告-2018版.docx']) {
        expect(existsSync(path.join(out, f))).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
