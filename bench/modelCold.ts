/**
 * The model's share of `jx check` on a real file: evaluateWorkbook of a workbook read from .xlsx,
 * run once in a fresh process — cold, V8 compiling as it goes, as in one CLI run — with the grid
 * as the file reader builds it (the in-memory `check` figure times warm runs on the synthetic grid).
 * Prints the CPU and wall time of evaluateWorkbook alone (the file read is not timed).
 *
 *   node -r tsx/cjs bench/modelCold.ts FILE   →   {"cpuMs":…,"ms":…,"findings":…}
 */
import { loadWorkbook } from '../src/cli/io';
import { evaluateWorkbook } from '../src/model/evaluate';

async function main(): Promise<void> {
  const loaded = await loadWorkbook(process.argv[2]);
  if (!loaded.ok) throw new Error(loaded.message['en-US']);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const e = evaluateWorkbook(loaded.grid);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ cpuMs: Math.round((c.user + c.system) / 1000), ms: Math.round(ms), findings: e.findings.length }) + '\n');
}

void main();
