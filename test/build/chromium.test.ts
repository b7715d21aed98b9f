/**
 * How `npm test` finds the browser for the end-to-end tests (scripts/chromium.js): found, not found and installable
 * (root with apt), not found and not installable (one message naming the command). Every side effect is injected, so
 * no package manager runs here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runNode } from './helpers';

interface Found {
  path: string | null;
  source?: string;
  ignored?: string;
  looked: string[];
}
interface Host {
  platform: string;
  uid: number | undefined;
  hasApt: boolean;
  noInstall?: boolean;
}
type Ensured = { ok: true; path: string; installed: boolean } | { ok: false; message: string };
interface ChromiumTools {
  CANDIDATES: string[];
  APT_COMMANDS: string[][];
  findChromium(o: { env: Record<string, string | undefined>; isExecutable: (p: string) => boolean }): Found;
  ensureChromium(o: {
    env: Record<string, string | undefined>;
    isExecutable: (p: string) => boolean;
    host: Host;
    run: (argv: string[]) => number;
    log: (line: string) => void;
    now?: () => number;
  }): Ensured;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tools = require('../../scripts/chromium') as ChromiumTools;

const ROOT_DEBIAN: Host = { platform: 'linux', uid: 0, hasApt: true };

function machine(installed: string[]) {
  const files = new Set(installed);
  const ran: string[][] = [];
  const lines: string[] = [];
  return {
    files,
    ran,
    lines,
    isExecutable: (p: string) => files.has(p),
    log: (l: string) => lines.push(l),
  };
}

describe('finding Chromium', () => {
  test('JX_CHROMIUM wins when it is an executable', () => {
    const m = machine(['/opt/chrome/chrome', '/usr/bin/chromium']);
    const f = tools.findChromium({ env: { JX_CHROMIUM: '/opt/chrome/chrome' }, isExecutable: m.isExecutable });
    expect(f).toMatchObject({ path: '/opt/chrome/chrome', source: 'JX_CHROMIUM' });
  });

  test('the standard places are tried in order: chromium, chromium-browser, google-chrome', () => {
    expect(tools.CANDIDATES).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
    const m = machine(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
    expect(tools.findChromium({ env: {}, isExecutable: m.isExecutable }).path).toBe('/usr/bin/chromium-browser');
  });

  test('a JX_CHROMIUM that points nowhere is reported and the lookup goes on', () => {
    const m = machine(['/usr/bin/chromium']);
    const f = tools.findChromium({ env: { JX_CHROMIUM: '/nowhere/chrome' }, isExecutable: m.isExecutable });
    expect(f).toMatchObject({ path: '/usr/bin/chromium', source: 'standard', ignored: '/nowhere/chrome' });
  });

  test('nothing found lists every place looked at', () => {
    const f = tools.findChromium({ env: { JX_CHROMIUM: '/nowhere' }, isExecutable: () => false });
    expect(f.path).toBeNull();
    expect(f.looked).toEqual(['JX_CHROMIUM=/nowhere', ...tools.CANDIDATES]);
  });
});

describe('ensuring Chromium before the tests', () => {
  test('found: nothing is installed', () => {
    const m = machine(['/usr/bin/chromium']);
    const r = tools.ensureChromium({ env: {}, isExecutable: m.isExecutable, host: ROOT_DEBIAN, run: (a) => (m.ran.push(a), 0), log: m.log });
    expect(r).toEqual({ ok: true, path: '/usr/bin/chromium', installed: false });
    expect(m.ran).toEqual([]);
  });

  test('not found, root with apt: installs Debian chromium, printing each command, then finds it', () => {
    const m = machine([]);
    const run = (argv: string[]): number => {
      m.ran.push(argv);
      if (argv.includes('install')) m.files.add('/usr/bin/chromium');
      return 0;
    };
    const r = tools.ensureChromium({ env: { JX_CHROMIUM: '/nowhere' }, isExecutable: m.isExecutable, host: ROOT_DEBIAN, run, log: m.log });
    expect(r).toEqual({ ok: true, path: '/usr/bin/chromium', installed: true });
    expect(m.ran).toEqual(tools.APT_COMMANDS);
    expect(m.ran[1]).toEqual(expect.arrayContaining(['apt-get', 'install', 'chromium']));
    expect(m.lines.join('\n')).toContain('$ apt-get install');
    expect(m.lines.join('\n')).toMatch(/JX_CHROMIUM=\/nowhere is not an executable file/);
  });

  test('not found and the install fails: the message names the command to run', () => {
    const m = machine([]);
    const r = tools.ensureChromium({ env: {}, isExecutable: m.isExecutable, host: ROOT_DEBIAN, run: () => 100, log: m.log });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/apt-get update -qq failed \(exit 100\)[\s\S]*sudo apt-get install -y chromium/);
  });

  test.each<[string, Host, RegExp]>([
    ['not root', { platform: 'linux', uid: 1000, hasApt: true }, /sudo apt-get install -y chromium/],
    ['no apt', { platform: 'linux', uid: 0, hasApt: false }, /JX_CHROMIUM=\/path\/to\/chromium/],
    ['macOS', { platform: 'darwin', uid: 501, hasApt: false }, /JX_CHROMIUM=.*Google Chrome/],
    ['install forbidden', { ...ROOT_DEBIAN, noInstall: true }, /sudo apt-get install -y chromium/],
  ])('not found, %s: nothing runs, one message naming the command', (_, host, command) => {
    const m = machine([]);
    const r = tools.ensureChromium({ env: {}, isExecutable: m.isExecutable, host, run: (a) => (m.ran.push(a), 0), log: m.log });
    expect(m.ran).toEqual([]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(command);
      expect(r.message).toMatch(/never download a browser/);
      expect(r.message).toContain('/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome');
    }
  });

  test('the script run by npm test: a JX_CHROMIUM pointing nowhere is said at once; exit 1 with the message when nothing is found', () => {
    const r = runNode([path.join('scripts', 'chromium.js')], { JX_CHROMIUM: '/nowhere/chrome', JX_NO_INSTALL: '1' });
    expect(r.stderr).toMatch(/JX_CHROMIUM=\/nowhere\/chrome is not an executable file/);
    const standard = tools.CANDIDATES.find((c) => fs.existsSync(c));
    if (standard) {
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(`Chromium for the browser tests: ${standard}`);
    } else {
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/none was found[\s\S]*never download a browser/);
    }
  });
});
