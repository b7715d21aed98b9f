#!/usr/bin/env node
// npm stop: ends what `npm start` started, as recorded in .jx-start.pid (env JX_PID_FILE), and nothing else.
// - serve mode: the dev server's process group (by its pid), SIGTERM then SIGKILL after 10 s;
// - desktop mode: `office-addin-debugging stop manifest.xml` (ends its dev server, removes the sideloaded add-in).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const { PID_FILE, readPidFile, alive, ourServerRunning } = require('./pid-file');

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal); // the group start.js created (detached)
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

function waitGone(pid, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
  }
  return !alive(pid);
}

/** @returns {number} exit code */
function stop() {
  const info = readPidFile();
  if (!info) {
    console.log('Nothing to stop (no .jx-start.pid).');
    return 0;
  }
  if (info.mode === 'desktop') {
    const cli = require.resolve('office-addin-debugging/cli.js', { paths: [root] });
    const r = spawnSync(process.execPath, [cli, 'stop', 'manifest.xml', 'desktop'], { cwd: root, stdio: 'inherit' });
    fs.rmSync(PID_FILE, { force: true });
    return r.status || 0;
  }
  const pid = Number(info.pid);
  if (!Number.isInteger(pid) || pid <= 0) {
    fs.rmSync(PID_FILE, { force: true });
    console.log('Nothing to stop (the pid file named no process).');
    return 0;
  }
  if (!ourServerRunning(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log(`The dev server (pid ${pid}) is not running any more.`);
    return 0;
  }
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
  } else {
    signalGroup(pid, 'SIGTERM');
    if (!waitGone(pid, 10_000)) signalGroup(pid, 'SIGKILL');
  }
  const gone = waitGone(pid, 5_000);
  fs.rmSync(PID_FILE, { force: true });
  console.log(gone ? `Stopped the dev server (pid ${pid}).` : `Could not stop pid ${pid}.`);
  return gone ? 0 : 1;
}

module.exports = { stop };

if (require.main === module) process.exit(stop());
