/**
 * Peak memory of one full check, in its own process (bench/run.ts spawns it so that the other
 * measurements do not inflate the figure):  node -r tsx/cjs bench/rss.ts 100000
 * Prints one JSON line: the peak RSS after building the grid and after checking it, in MB.
 */
import { checkWorkbook } from '../src/model/check';
import { syntheticLedger } from './ledger';

const rows = Number(process.argv[2] ?? 100_000);
const mb = (kb: number): number => Math.round(kb / 1024);
const { grid } = syntheticLedger(rows);
const afterGrid = process.resourceUsage().maxRSS;
const result = checkWorkbook(grid);
const afterCheck = process.resourceUsage().maxRSS;
process.stdout.write(
  JSON.stringify({ rows, findings: result.findings.length, gridPeakMB: mb(afterGrid), peakMB: mb(afterCheck) }) + '\n'
);
