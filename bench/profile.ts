/**
 * Runs one measured workload in a loop, for profiling:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r tsx/cjs bench/profile.ts check 100000 [runs]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r tsx/cjs bench/profile.ts findings 10000 [runs]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r tsx/cjs bench/profile.ts cohort 100000 [runs]
 * Prints wall and CPU time of each run (CPU time is steadier on a shared machine).
 */
import { checkWorkbook } from '../src/model/check';
import { cohortCount, cohortDisbursed, createLedgerFindings } from '../src/model/functions';
import { dateToSerial, isDateValue, isErrorValue, type CellValue } from '../src/model/grid';
import { syntheticLedger } from './ledger';

const [mode = 'check', rowsArg = '100000', runsArg = '5'] = process.argv.slice(2);
const rows = Number(rowsArg);
const runs = Number(runsArg);
const l = syntheticLedger(rows);
const sheet = l.grid.sheets.find((s) => s.name === '项目台账')!;

function excelCell(v: CellValue): unknown {
  if (v === null) return '';
  if (isDateValue(v)) return dateToSerial(v);
  if (isErrorValue(v)) return { code: v.code };
  return v;
}

let work: () => string;
if (mode === 'check') {
  work = () => `${checkWorkbook(l.grid).findings.length} findings`;
} else if (mode === 'findings') {
  const width = sheet.values[l.firstRow].length;
  const a = sheet.values.map((r) => Array.from({ length: width }, (_, c) => excelCell(r[c] ?? null)));
  const b = a.map((r) => r.slice());
  b[l.firstRow + 4321][19] = 999;
  const address = `项目台账!A1:V${a.length}`;
  const findings = createLedgerFindings();
  findings.spill(a, address);
  let next = a;
  work = () => {
    next = next === a ? b : a;
    return `${(findings.spill(next, address) as unknown[]).length} rows`;
  };
} else {
  const body = sheet.values.slice(l.firstRow);
  const cohorts = body.map((r) => [typeof r[l.cols.cohortYear] === 'number' ? r[l.cols.cohortYear] : 2017]);
  const amounts = body.map((r) => [typeof r[l.cols.disbursed] === 'number' ? r[l.cols.disbursed] : 0]);
  work = () => {
    let s = 0;
    for (const y of [2014, 2015, 2016, 2017, 2018])
      s += (cohortDisbursed(cohorts, amounts, y) as number) + (cohortCount(cohorts, y) as number);
    return `sum ${s}`;
  };
}

for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const what = work();
  const c = process.cpuUsage(c0);
  console.log(
    `${mode} ${rows}: ${Math.round(performance.now() - t0)} ms wall, ${Math.round((c.user + c.system) / 1000)} ms cpu, ${what}`
  );
}
