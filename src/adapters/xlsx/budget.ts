/**
 * The limits of reading a workbook, and the budget that enforces them while it is read.
 *
 * Limits follow the work, not a cell count: a file is refused only when its package is larger
 * than `maxSize` (checked from the zip directory before anything is inflated), when the grid it
 * builds would take more than `maxMemory`, or when reading takes longer than `maxTime`. The
 * memory and time spent are charged as the sheets stream in; once 5 % of the data is read the
 * totals are projected, and a file projected at twice a budget is refused there, so that a
 * refusal costs a fraction of the full read. Every refusal names the budget it hit.
 *
 * The defaults are documented in docs/limits.md (a test holds the two together).
 */

export interface ReadLimits {
  /** Bytes: the total of the uncompressed sizes the zip directory declares for all its entries. */
  readonly maxSize: number;
  /** Bytes: the estimated memory of the grid being built (values, rows, strings, formats). */
  readonly maxMemory: number;
  /** Milliseconds of reading. */
  readonly maxTime: number;
}

const MB = 1024 * 1024;

/** Structure parts (workbook, relationships, styles) above this are refused whatever the budgets. */
export const MAX_STRUCTURE_PART = 100 * MB;

/**
 * Defaults where there is no better knowledge of the machine (the page, a worker): a browser
 * tab's heap is the tighter bound (and a worker that runs out of it takes the tab with it), so the
 * grid may take 768 MB (about 800,000 ledger rows) and reading 60 s.
 */
export const PAGE_LIMITS: ReadLimits = { maxSize: 2048 * MB, maxMemory: 768 * MB, maxTime: 60_000 };

/**
 * The command line's defaults: the package up to 2 GB uncompressed, as in the page (Excel's
 * largest sheet, 1,048,576 rows of a 22-column ledger, is ~0.8 GB of XML), the grid up to 45 %
 * of the V8 heap limit of the process (the check needs about as much again), reading up to 120 s.
 */
export function cliLimits(heapLimitBytes: number): ReadLimits {
  return { maxSize: 2048 * MB, maxMemory: Math.floor(heapLimitBytes * CLI_MEMORY_SHARE), maxTime: 120_000 };
}
export const CLI_MEMORY_SHARE = 0.45;

export type BudgetKind = 'memory' | 'time';

/** A budget was (or will be) exceeded. */
export class OverBudget extends Error {
  constructor(
    readonly kind: BudgetKind,
    /** What was used (or projected), in bytes or ms. */
    readonly used: number,
    readonly limit: number,
    readonly projected: boolean,
  ) {
    super(`over the ${kind} budget`);
    this.name = 'OverBudget';
  }
}

export class Aborted extends Error {
  constructor() {
    super('The operation was aborted.');
    this.name = 'AbortError';
  }
}

/** Share of the data after which totals are projected. */
const PROJECT_AFTER = 0.05;
/** A projection this many times over a budget refuses at once. */
const PROJECT_MARGIN = 2;

export class Budget {
  private memory = 0;
  /** Inflated bytes of the parts read so far, and the declared total of the parts to read. */
  private done = 0;
  private total = 0;
  /** The declared bytes the whole read is expected to count, for the progress only (see `expect`). */
  private expected = 0;
  private lastProgress = 0;
  private absorbed = false;

  constructor(
    readonly limits: ReadLimits,
    private readonly onProgress?: (fraction: number) => void,
    private readonly signal?: AbortSignal,
    /** When reading began (Date.now()): a budget kept for one part on another thread counts from the same moment. */
    readonly start: number = Date.now(),
  ) {}

  charge(bytes: number): void {
    this.memory += bytes;
  }

  get memoryUsed(): number {
    return this.memory;
  }

  /** The declared bytes still to read (for projections and progress); negative: a part no longer to be read. */
  plan(bytes: number): void {
    this.total += bytes;
  }

  /**
   * The declared bytes the whole read is expected to count, when more than is planned so far: the
   * progress is a share of it (the parts are planned one after the other, and progress measured
   * against the first part alone would reach 100 % long before the end). Projections use what is
   * planned only.
   */
  expect(bytes: number): void {
    this.expected = bytes;
  }

  /**
   * Bytes of XML read and the memory of what they gave, elsewhere (the shared strings, read on
   * another thread while the sheets are read here): counted without a check, which the reader's
   * next check makes.
   */
  absorb(bytes: number, memory: number): void {
    this.done += bytes;
    this.memory += memory;
    this.absorbed = true;
  }

  /** Whether something was absorbed since the last check (which that check has not yet seen). */
  get absorbedSinceCheck(): boolean {
    return this.absorbed;
  }

  /** Takes back what a read that is made again charged (a sheet read again once every shared string is known). */
  release(bytes: number, memory: number): void {
    this.done -= bytes;
    this.memory -= memory;
  }

  /** Bytes of XML read so far. */
  get bytesRead(): number {
    return this.done;
  }

  /** Bytes of XML read. */
  advance(bytes: number): void {
    this.done += bytes;
    this.check();
  }

  check(): void {
    this.absorbed = false;
    if (this.signal?.aborted) throw new Aborted();
    const { maxMemory, maxTime } = this.limits;
    if (this.memory > maxMemory) throw new OverBudget('memory', this.memory, maxMemory, false);
    const elapsed = Date.now() - this.start;
    if (elapsed > maxTime) throw new OverBudget('time', elapsed, maxTime, false);
    const f = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    if (f >= PROJECT_AFTER && f < 1) {
      const mem = this.memory / f;
      if (mem > PROJECT_MARGIN * maxMemory) throw new OverBudget('memory', mem, maxMemory, true);
      const time = elapsed / f;
      if (elapsed > 1000 && time > PROJECT_MARGIN * maxTime) throw new OverBudget('time', time, maxTime, true);
    }
    if (this.onProgress) {
      const whole = Math.max(this.total, this.expected);
      const p = whole > 0 ? Math.min(1, this.done / whole) : 0;
      if (p - this.lastProgress >= 0.01) {
        this.lastProgress = p;
        this.onProgress(p);
      }
    }
  }
}
