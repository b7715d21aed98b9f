/**
 * The reading budgets are the documented ones (docs/limits.md), `--max-size`, `--max-memory`
 * and `--max-time` change them, and each refusal names its budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { CLI_MEMORY_SHARE, MAX_STRUCTURE_PART, PAGE_LIMITS, cliLimits } from '../../../src/adapters/xlsx/budget';
import { readXlsx } from '../../../src/adapters/xlsx/read';
import { main } from '../../../src/cli/main';
import { defaultCliLimits, limitsFromFlags } from '../../../src/cli/limits';
import { sampleWith } from '../../fixtures/hostile';

const MB = 1024 * 1024;
const doc = readFileSync(path.join(__dirname, '../../../docs/limits.md'), 'utf8');
/** The table row of the budget whose description starts with `what`: [cli, page, flag]. */
function row(what: string): string[] {
  const line = doc.split('\n').find((l) => l.startsWith(`| ${what}`));
  if (!line) throw new Error(`docs/limits.md has no row for ${what}`);
  return line.split('|').slice(2, 5).map((c) => c.trim());
}
const mbIn = (cell: string): number => Number(/([\d,]+) MB/.exec(cell)![1].replace(/,/g, ''));
const secondsIn = (cell: string): number => Number(/([\d,]+) s/.exec(cell)![1]);

describe('the budgets are the documented ones', () => {
  test('package size', () => {
    const [cli, page, flag] = row('package size');
    expect(mbIn(cli) * MB).toBe(defaultCliLimits().maxSize);
    expect(mbIn(page) * MB).toBe(PAGE_LIMITS.maxSize);
    expect(flag).toBe('`--max-size MB`');
  });

  test('memory', () => {
    const [cli, page, flag] = row('memory');
    expect(Number(/(\d+) %/.exec(cli)![1]) / 100).toBe(CLI_MEMORY_SHARE);
    expect(defaultCliLimits().maxMemory).toBe(Math.floor(getHeapStatistics().heap_size_limit * CLI_MEMORY_SHARE));
    expect(mbIn(page) * MB).toBe(PAGE_LIMITS.maxMemory);
    expect(flag).toBe('`--max-memory MB`');
  });

  test('time', () => {
    const [cli, page, flag] = row('reading time');
    expect(secondsIn(cli) * 1000).toBe(cliLimits(1).maxTime);
    expect(secondsIn(page) * 1000).toBe(PAGE_LIMITS.maxTime);
    expect(flag).toBe('`--max-time SECONDS`');
  });

  test('structure parts', () => {
    expect(doc).toContain(`at most ${MAX_STRUCTURE_PART / MB} MB each`);
  });
});

describe('the flags change them', () => {
  test('--max-size, --max-memory, --max-time in MB, MB and seconds; anything but a positive number is refused', () => {
    expect(limitsFromFlags({ 'max-size': '10', 'max-memory': '20', 'max-time': '3' })).toEqual({ maxSize: 10 * MB, maxMemory: 20 * MB, maxTime: 3000 });
    expect(limitsFromFlags({})).toEqual(defaultCliLimits());
    expect(limitsFromFlags({ 'max-size': '0' })).toEqual({ bad: '--max-size', value: '0' });
    expect(limitsFromFlags({ 'max-time': 'abc' })).toEqual({ bad: '--max-time', value: 'abc' });
  });

  test('through jx: a smaller --max-size refuses the sample by its size, --max-memory by memory; a bad value is a usage error', async () => {
    const fs = await import('node:fs/promises');
    const os = await import('node:os');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-limits-'));
    const file = path.join(dir, 'sample.xlsx');
    await fs.writeFile(file, sampleWith());
    const run = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['check', file, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    try {
      expect((await run()).code).toBe(0);
      const size = await run('--max-size', '0.01');
      expect(size.code).toBe(2);
      // the file's size over 0.01 MB, said as mbOver says it (it read 约 1 MB，超过 1 MB 的上限: no excess shown);
      // the file's own size, refused before it is read, is not its uncompressed size (it said 解压后共约)
      expect(size.out).toMatch(/无法读取：文件过大（文件大小约 0\.\d+ MB，超过 0\.01 MB 的上限）/);
      const mem = await run('--max-memory', '0.01');
      expect(mem.code).toBe(2);
      // a need under 1 MB over a budget of 0.01 MB: both read 1 MB when rounded up whole (mbOver)
      expect(mem.out).toMatch(/无法读取：工作簿过大（读取(预计)?需要约 0\.\d+ MB 内存，超过 0\.01 MB 的内存预算）/);
      const bad = await run('--max-memory', 'lots');
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('--max-memory 须为正数，而不是“lots”。');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('each refusal names its budget', () => {
  test('time: a budget of 0 ms', async () => {
    const r = await readXlsx(sampleWith(), { limits: { maxTime: 0 } });
    expect(r.ok ? 'ok' : r.message['zh-CN']).toMatch(/^工作簿过大（读取(预计|已)需要 [\d,]+ 秒以上，超过 0 秒的时间预算）/);
  });
});
