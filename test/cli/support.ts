/** Helpers of the CLI tests: a console that records what a command prints, a file's hash. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';

export function capture(): { out: string[]; err: string[]; io: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}

export const sha = async (f: string): Promise<string> => createHash('sha256').update(await fs.readFile(f)).digest('hex');
