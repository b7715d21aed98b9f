/**
 * Measures what readWorkbookGrid costs on the fake for realistic ledgers (not a test; a benchmark-style report):
 *   npx tsx test/adapters/office/measure-read.ts [rows...]
 */
import { type ReadPlan, readWorkbookGrid } from '../../../src/adapters/office';
import { fakeWorkbookFromGrid } from '../../fakes/excel';
import { ledgerGrid } from './fixtures';

async function measure(rows: number): Promise<void> {
  const fake = fakeWorkbookFromGrid(ledgerGrid(rows));
  let plan: ReadPlan | undefined;
  const t0 = Date.now();
  await fake.run((ctx) => readWorkbookGrid(ctx, { onPlan: (p) => (plan = p) }));
  const ms = Date.now() - t0;
  const loaded = fake.stats.payloads.reduce((n, p) => n + p.responseBytes, 0);
  const mb = (b: number): string => (b / 1024 / 1024).toFixed(2);
  console.log(
    `${String(rows).padStart(7)} rows × 22 cols: ${fake.stats.syncs} syncs (probe ${plan!.probeSyncs} + data ${plan!.dataSyncs.length}), ` +
      `max payload ${mb(fake.stats.maxPayloadBytes)} MiB, loaded ${mb(loaded)} MiB, ` +
      `~${plan!.sheets[1].bytesPerRow} B/row estimated, ${ms} ms on the fake`,
  );
}

void (async () => {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const n of sizes.length ? sizes : [100, 10000, 100000]) await measure(n);
})();
