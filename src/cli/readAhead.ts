/**
 * The bytes bin/jx.js read ahead (its readAhead: the first workbook `jx check` names, read in the
 * thread pool while the bundle loaded). Taken once, and only for the file read: the same path, and
 * a file whose identity, size and times have not changed since.
 */
import type { Stats } from 'node:fs';
import path from 'node:path';

/** The global bin/jx.js leaves its read-ahead under (bin/jx.js READ_AHEAD_KEY). */
export const READ_AHEAD_KEY = Symbol.for('jx.readAhead');

interface ReadAhead {
  readonly file: string;
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  /** The inode's change time: a file written again in place with its size and time set back (cp -p, touch -r) has a new one. */
  readonly ctimeMs: number;
  /** The file's bytes; null when the read failed. */
  readonly bytes: Promise<Buffer | null>;
}

/** The bytes of `file` (stat `st`) read ahead, or undefined (none, another file, or the file changed since). */
export async function takeReadAhead(file: string, st: Stats): Promise<Buffer | undefined> {
  const g = globalThis as { [READ_AHEAD_KEY]?: ReadAhead };
  const ahead = g[READ_AHEAD_KEY];
  if (ahead === undefined || ahead.file !== path.resolve(file)) return undefined;
  delete g[READ_AHEAD_KEY];
  // a file changed since is read again at once, without waiting for the read-ahead to end
  if (ahead.dev !== st.dev || ahead.ino !== st.ino || ahead.size !== st.size || ahead.mtimeMs !== st.mtimeMs || ahead.ctimeMs !== st.ctimeMs) return undefined;
  const bytes = await ahead.bytes;
  return bytes !== null && bytes.length === st.size ? bytes : undefined;
}
