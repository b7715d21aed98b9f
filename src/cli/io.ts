/** File I/O of the CLI: the only place that reads and writes files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readXlsx, type ReadXlsxResult } from '../adapters/xlsx/read';
import type { Locale } from '../model/messages';

/** A read workbook keeps the file's bytes (the annotated copy is made from them). */
export type LoadResult = (Extract<ReadXlsxResult, { ok: true }> & { bytes: Uint8Array }) | Extract<ReadXlsxResult, { ok: false }> | { ok: false; reason: 'io'; message: Record<Locale, string> };

export async function loadWorkbook(file: string): Promise<LoadResult> {
  let data: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return ioError(`“${file}”是文件夹，不是 .xlsx 文件。`, `"${file}" is a folder, not an .xlsx file.`);
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return ioError(`找不到文件“${file}”。`, `File "${file}" not found.`);
    if (code === 'EACCES') return ioError(`没有权限读取文件“${file}”。`, `No permission to read "${file}".`);
    return ioError(`无法读取文件“${file}”：${(e as Error).message}`, `Cannot read "${file}": ${(e as Error).message}`);
  }
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const r = await readXlsx(bytes);
  return r.ok ? { ...r, bytes } : r;
}

/** Whether `p` is an existing directory. */
export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

function ioError(zh: string, en: string): LoadResult {
  return { ok: false, reason: 'io', message: { 'zh-CN': zh, 'en-US': en } };
}

/** Writes a new file; refuses to replace an existing one unless `force`. */
export async function writeNewFile(file: string, data: Uint8Array, force: boolean): Promise<'written' | 'exists'> {
  try {
    await fs.writeFile(file, data, { flag: force ? 'w' : 'wx' });
    return 'written';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw e;
  }
}

/**
 * Whether two paths name the same file: the same path, or (when both exist) the same device and
 * inode, so that a symbolic or hard link to the input is recognised as the input.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
