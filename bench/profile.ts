/**
 * Runs checkWorkbook a few times on a synthetic ledger, for profiling:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r tsx/cjs bench/profile.ts 100000
 */
import { checkWorkbook } from '../src/model/check';
import { syntheticLedger } from './ledger';

const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const { grid } = syntheticLedger(rows);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = checkWorkbook(grid);
  const c = process.cpuUsage(c0);
  console.log(`${rows} rows: ${Math.round(performance.now() - t0)} ms wall, ${Math.round((c.user + c.system) / 1000)} ms cpu, ${r.findings.length} findings`);
}
