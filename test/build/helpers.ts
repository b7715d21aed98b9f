// Shared helpers of the build tests: run the repository's node scripts as a user would.
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

export function runNode(args: string[], env: NodeJS.ProcessEnv = {}, timeout = 120_000): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout,
  });
}

export function validate(...files: string[]): SpawnSyncReturns<string> {
  return runNode(['scripts/validate-manifest.js', ...files]);
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Width and height of a PNG from its IHDR chunk (throws if the file is not a PNG). */
export function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47 || b.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

export interface ManifestUrlTools {
  DEV_BASE_URL: string;
  normalizeBaseUrl(raw: string): string;
  rewriteManifestUrls(xml: string, baseUrl: string): string;
  manifestUrls(xml: string): { element: string; url: string }[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const manifestUrlTools = require('../../scripts/manifest-url') as ManifestUrlTools;
