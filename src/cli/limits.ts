/**
 * The reading budgets of `jx` (docs/limits.md): the defaults follow this process's memory (the
 * grid may take 45 % of the V8 heap limit), and `--max-size MB`, `--max-memory MB` and
 * `--max-time SECONDS` change them.
 */
import { getHeapStatistics } from 'node:v8';
import { cliLimits, type ReadLimits } from '../adapters/xlsx/budget';

const MB = 1024 * 1024;

export interface LimitFlags {
  readonly 'max-size'?: string;
  readonly 'max-memory'?: string;
  readonly 'max-time'?: string;
}

export const LIMIT_OPTIONS = {
  'max-size': { type: 'string' },
  'max-memory': { type: 'string' },
  'max-time': { type: 'string' },
} as const;

export function defaultCliLimits(): ReadLimits {
  return cliLimits(getHeapStatistics().heap_size_limit);
}

/** The limits the flags ask for, or the flag that is not a positive number. */
export function limitsFromFlags(flags: LimitFlags): ReadLimits | { bad: string; value: string } {
  const base = defaultCliLimits();
  const read = (name: keyof LimitFlags, scale: number, fallback: number): number | { bad: string; value: string } => {
    const v = flags[name];
    if (v === undefined) return fallback;
    const n = Number(v);
    return Number.isFinite(n) && n > 0 ? n * scale : { bad: `--${name}`, value: v };
  };
  const maxSize = read('max-size', MB, base.maxSize);
  if (typeof maxSize !== 'number') return maxSize;
  const maxMemory = read('max-memory', MB, base.maxMemory);
  if (typeof maxMemory !== 'number') return maxMemory;
  const maxTime = read('max-time', 1000, base.maxTime);
  if (typeof maxTime !== 'number') return maxTime;
  return { maxSize, maxMemory, maxTime };
}
