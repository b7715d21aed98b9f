#!/usr/bin/env node
// The browser for the end-to-end tests: Debian's Chromium, driven by playwright-core. Never a downloaded browser build.
//
// `node scripts/chromium.js` runs first in `npm test`, so a missing browser is said at the start, not after minutes of
// other tests:
// - found (JX_CHROMIUM, else /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome): prints which, exit 0;
// - not found, and this is root on Linux with apt-get (Debian/Ubuntu): installs Debian's `chromium` with apt-get,
//   printing each command and how long it took, then looks again;
// - otherwise: one message naming the command to run (or JX_CHROMIUM to set), exit 1.
// JX_NO_INSTALL=1 forbids the install (the message is printed instead). The e2e harness finds the browser with the same
// `findChromium`, so the path this prints is the one the tests launch.
'use strict';

const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

/** The standard places, in the order they are tried after JX_CHROMIUM. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const APT_COMMANDS = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
];

function isExecutableFile(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Where the browser is. `ignored` names a JX_CHROMIUM that points at nothing runnable (the lookup then goes on with the
 * standard places, so a stale setting never hides an installed browser).
 * @returns {{ path: string | null, source?: 'JX_CHROMIUM' | 'standard', ignored?: string, looked: string[] }}
 */
function findChromium({ env = process.env, isExecutable = isExecutableFile, candidates = CANDIDATES } = {}) {
  const looked = [];
  let ignored;
  const given = env.JX_CHROMIUM;
  if (given) {
    looked.push(`JX_CHROMIUM=${given}`);
    if (isExecutable(given)) return { path: given, source: 'JX_CHROMIUM', looked };
    ignored = given;
  }
  for (const c of candidates) {
    looked.push(c);
    if (isExecutable(c)) return { path: c, source: 'standard', ignored, looked };
  }
  return { path: null, ignored, looked };
}

/**
 * What can be done when no browser is found.
 * @param {{ platform: string, uid: number | undefined, hasApt: boolean, noInstall?: boolean }} host
 * @returns {{ kind: 'apt', commands: string[][] } | { kind: 'manual', command: string }}
 */
function installPlan({ platform, uid, hasApt, noInstall = false }) {
  if (!noInstall && platform === 'linux' && uid === 0 && hasApt) return { kind: 'apt', commands: APT_COMMANDS };
  if (platform === 'linux' && hasApt) return { kind: 'manual', command: 'sudo apt-get install -y chromium' };
  if (platform === 'darwin') return { kind: 'manual', command: 'JX_CHROMIUM="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test' };
  return { kind: 'manual', command: 'JX_CHROMIUM=/path/to/chromium npm test' };
}

function manualMessage(found, plan) {
  return [
    `The browser tests need Chromium and none was found (looked at: ${found.looked.join(', ')}).`,
    `Install it, then run the tests again:  ${plan.command}`,
    'or point JX_CHROMIUM at a Chromium or Chrome executable. The tests never download a browser.',
  ].join('\n');
}

function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Finds the browser, installing Debian's chromium where it may. Side effects go through `run` and `log`, so a test
 * can drive every branch without a package manager.
 * @returns {{ ok: true, path: string, installed: boolean } | { ok: false, message: string }}
 */
function ensureChromium({
  env = process.env,
  isExecutable = isExecutableFile,
  host = { platform: process.platform, uid: process.getuid?.(), hasApt: commandExists('apt-get'), noInstall: env.JX_NO_INSTALL === '1' },
  run = (argv) => spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status,
  log = (line) => process.stderr.write(line + '\n'),
  now = () => Date.now(),
} = {}) {
  const found = findChromium({ env, isExecutable });
  if (found.ignored) log(`JX_CHROMIUM=${found.ignored} is not an executable file; looking in the standard places.`);
  if (found.path) return { ok: true, path: found.path, installed: false };
  const plan = installPlan(host);
  if (plan.kind === 'manual') return { ok: false, message: manualMessage(found, plan) };
  log(`No Chromium found (looked at: ${found.looked.join(', ')}). Installing Debian's chromium for the browser tests:`);
  const start = now();
  for (const argv of plan.commands) {
    log(`  $ ${argv.join(' ')}`);
    const status = run(argv);
    if (status !== 0) {
      return { ok: false, message: `${argv.join(' ')} failed (exit ${status}).\n${manualMessage(found, installPlan({ ...host, noInstall: true }))}` };
    }
  }
  const again = findChromium({ env, isExecutable });
  if (!again.path) return { ok: false, message: `apt-get installed chromium, but no executable appeared.\n${manualMessage(again, installPlan({ ...host, noInstall: true }))}` };
  log(`Installed ${again.path} in ${((now() - start) / 1000).toFixed(0)} s.`);
  return { ok: true, path: again.path, installed: true };
}

module.exports = { CANDIDATES, APT_COMMANDS, findChromium, installPlan, ensureChromium };

if (require.main === module) {
  const result = ensureChromium();
  if (!result.ok) {
    process.stderr.write(`\n${result.message}\n\n`);
    process.exitCode = 1;
  } else {
    const version = spawnSync(result.path, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    process.stderr.write(`Chromium for the browser tests: ${result.path}${version ? ` (${version})` : ''}\n`);
  }
}
