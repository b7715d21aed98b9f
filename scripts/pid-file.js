// The record of what `npm start` started (.jx-start.pid, env JX_PID_FILE): written by start.js, read by start.js (is a
// server already running?) and stop.js (what to end). One place decides whether the recorded pid is still ours.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const PID_FILE = path.resolve(root, process.env.JX_PID_FILE || '.jx-start.pid');

/** The record, or null when there is none (or it is not JSON). */
function readPidFile() {
  try {
    return JSON.parse(fs.readFileSync(PID_FILE, 'utf8'));
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** On Linux, refuse to take a pid that no longer runs our dev server (pid reuse) for it. */
function isOurServer(pid) {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!fs.existsSync(cmdline)) return process.platform !== 'linux';
  const text = fs.readFileSync(cmdline, 'utf8').replace(/\0/g, ' ');
  return text.includes('webpack'); // webpack-cli renames its process to "webpack"
}

/** Whether `pid` is a live process running our dev server. */
function ourServerRunning(pid) {
  return Number.isInteger(pid) && pid > 0 && alive(pid) && isOurServer(pid);
}

module.exports = { PID_FILE, readPidFile, alive, ourServerRunning };
