/**
 * `npm run demo`: the main job on the bundled sample of the source year, in one go:
 * sample workbook → check → both 自评表 layouts → the 自评报告 (Word) with each as its appendix, all into out/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The installed CLI, as a user runs it (the prebuilt bundle; bin/jx.js rebuilds it when stale). */
const JX = path.resolve(__dirname, '..', 'bin', 'jx.js');

async function demo(): Promise<number> {
  // JX_DEMO_OUT: another folder (the demo's test writes to a temporary one).
  const out = path.resolve(process.env.JX_DEMO_OUT ?? path.join(__dirname, '..', 'out'));
  mkdirSync(out, { recursive: true });
  const sample = path.join(out, '2018年度专利实施资金-示例.xlsx');
  const steps: string[][] = [
    ['sample', '-o', sample, '--force'],
    ['check', sample],
    ['selfeval', sample, '--layout', '2018', '-o', path.join(out, '2018年度绩效自评表-2018版.xlsx'), '--force'],
    ['selfeval', sample, '--layout', '2020', '-o', path.join(out, '2018年度绩效自评表-2020版.xlsx'), '--force'],
    ['report', sample, '--layout', '2020', '-o', path.join(out, '2018年度绩效自评报告-2020版.docx'), '--force'],
    ['report', sample, '--layout', '2018', '-o', path.join(out, '2018年度绩效自评报告-2018版.docx'), '--force'],
  ];
  for (const args of steps) {
    process.stdout.write(`\n$ jx ${args.map((a) => (a.includes(' ') ? JSON.stringify(a) : path.isAbsolute(a) ? path.relative(process.cwd(), a) : a)).join(' ')}\n`);
    const r = spawnSync(process.execPath, [JX, ...args], { stdio: 'inherit' });
    if (r.status !== 0) return r.status ?? 3;
  }
  process.stdout.write(`\n输出目录 / output: ${out}\n`);
  return 0;
}

demo().then((c) => process.exit(c), (e) => { process.stderr.write(String((e as Error).stack ?? e) + '\n'); process.exit(3); });
