#!/usr/bin/env node
// npm start: run the add-in locally.
//
// - Windows / macOS with desktop Excel: sideload into Excel with office-addin-debugging, as the Office templates do
//   (it runs `npm run dev-server`, https://localhost:3000 with the office-addin-dev-certs certificates).
// - Linux, CI, or JX_START_MODE=serve: build with the webpack dev server in the background, serving dist/ on
//   https://localhost:PORT when trusted dev certificates exist (or can be installed without any prompt), else on
//   http://localhost:PORT; print the URLs of the standalone page, the task pane page and the manifest, and return.
//
// `npm stop` ends what this started (the pid file .jx-start.pid says what).
// Environment: JX_START_MODE=desktop|serve, JX_PORT (default 3000; the next free port when 3000 is taken and JX_PORT
// is unset), JX_DEV_PROTOCOL=http|https (skip the certificate check), JX_START_TIMEOUT (seconds, default 180),
// JX_PID_FILE (default .jx-start.pid; the log jx-dev-server.log goes beside it), JX_DIST_DIR (default dist/).
'use strict';

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const http = require('node:http');
const https = require('node:https');
const { spawn, spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const { PID_FILE, readPidFile, ourServerRunning } = require('./pid-file');
const LOG_FILE = path.join(path.dirname(PID_FILE), 'jx-dev-server.log');
const DIST_DIR = path.resolve(root, process.env.JX_DIST_DIR || 'dist');

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: 'localhost' }, () => srv.close(() => resolve(true)));
  });
}

async function choosePort() {
  if (process.env.JX_PORT) {
    const port = Number(process.env.JX_PORT);
    if (!(await portFree(port))) throw new Error(`port ${port} (JX_PORT) is in use`);
    return port;
  }
  for (let port = 3000; port < 3020; port++) {
    if (await portFree(port)) return port;
  }
  throw new Error('ports 3000-3019 are all in use: set JX_PORT');
}

/**
 * 'https' when trusted localhost certificates exist or could be installed without any prompt, else 'http'.
 * Runs office-addin-dev-certs in a child with no stdin and a time limit, so that a sudo password prompt can never
 * block `npm start`.
 */
function chooseProtocol() {
  const forced = process.env.JX_DEV_PROTOCOL;
  if (forced === 'http' || forced === 'https') return { protocol: forced, why: 'JX_DEV_PROTOCOL' };
  const probe = (code) =>
    spawnSync(process.execPath, ['-e', code], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      env: { ...process.env, SUDO_ASKPASS: '/bin/false' },
    });
  const verify = probe("process.exit(require('office-addin-dev-certs').verifyCertificates() ? 0 : 1)");
  if (verify.status === 0) return { protocol: 'https', why: 'trusted dev certificates found' };
  const ci = Boolean(process.env.CI);
  const root_ = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudoOk = !root_ && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  const hasSudo = spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;
  if (!ci && hasSudo && (root_ || sudoOk)) {
    const install = probe(
      "require('office-addin-dev-certs').ensureCertificatesAreInstalled().then(() => process.exit(0), () => process.exit(1))"
    );
    if (install.status === 0) return { protocol: 'https', why: 'dev certificates installed' };
  }
  return {
    protocol: 'http',
    why: ci
      ? 'CI: no certificate installation'
      : 'no trusted dev certificates, and installing them would need a password (run `npx office-addin-dev-certs install` once to get https)',
  };
}

function get(url) {
  return new Promise((resolve) => {
    const lib = url.startsWith('https:') ? https : http;
    const req = lib.get(url, { rejectUnauthorized: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function tail(file, n = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

function printUrls(base) {
  console.log('');
  console.log(`  独立网页版 standalone page : ${base}standalone.html`);
  console.log(`  任务窗格   task pane page  : ${base}taskpane.html`);
  console.log(`  清单       manifest        : ${base}manifest.xml`);
  console.log('');
}

async function startDesktop() {
  const cli = require.resolve('office-addin-debugging/cli.js', { paths: [root] });
  fs.writeFileSync(PID_FILE, JSON.stringify({ mode: 'desktop', startedAt: new Date().toISOString() }) + '\n');
  const r = spawnSync(process.execPath, [cli, 'start', 'manifest.xml', 'desktop', '--app', 'excel'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    fs.rmSync(PID_FILE, { force: true });
    return r.status || 1;
  }
  printUrls('https://localhost:3000/');
  console.log('Excel is starting with the add-in sideloaded. `npm stop` ends the dev server and removes it.');
  return 0;
}

async function startServe() {
  const running = readPidFile();
  if (running && running.mode === 'serve' && ourServerRunning(Number(running.pid))) {
    console.log(`Already running (pid ${running.pid}); \`npm stop\` ends it.`);
    printUrls(running.baseUrl);
    return 0;
  }
  fs.rmSync(PID_FILE, { force: true });

  const port = await choosePort();
  const { protocol, why } = chooseProtocol();
  const baseUrl = `${protocol}://localhost:${port}/`;
  console.log(`Building and serving dist/ on ${baseUrl} (${why}) ...`);

  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  const log = fs.openSync(LOG_FILE, 'w');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: root,
    detached: true, // its own process group: `npm stop` ends exactly that group
    stdio: ['ignore', log, log],
    env: { ...process.env, JX_PORT: String(port), JX_DEV_PROTOCOL: protocol, ADDIN_BASE_URL: baseUrl },
    windowsHide: true,
  });
  fs.closeSync(log);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  fs.writeFileSync(
    PID_FILE,
    JSON.stringify({ mode: 'serve', pid: child.pid, baseUrl, log: LOG_FILE, startedAt: new Date().toISOString() }) +
      '\n'
  );

  const deadline = Date.now() + Number(process.env.JX_START_TIMEOUT || 180) * 1000;
  while (Date.now() < deadline) {
    if (exited) {
      fs.rmSync(PID_FILE, { force: true });
      console.error(`The dev server stopped (${exited.signal || 'exit ' + exited.code}). Its log (${LOG_FILE}):`);
      console.error(tail(LOG_FILE));
      return 1;
    }
    // the dev server answers 200 only once the first compilation is done
    if ((await get(`${baseUrl}standalone.html`)) === 200 && fs.existsSync(path.join(DIST_DIR, 'manifest.xml'))) {
      child.unref();
      printUrls(baseUrl);
      const logText = tail(LOG_FILE, 200);
      if (/compiled with \d+ errors?/.test(logText)) {
        console.error('The build has errors (the pages may not work):');
        console.error(
          logText
            .split('\n')
            .filter((l) => /ERROR|error/.test(l))
            .slice(0, 20)
            .join('\n')
        );
      }
      if (protocol === 'http') {
        console.log('Served over plain http: fine for the standalone page in a browser; Office only loads add-ins');
        console.log('over https, so run `npx office-addin-dev-certs install` and `npm start` again to sideload.');
      }
      console.log(
        `Running in the background (pid ${child.pid}, log ${path.relative(root, LOG_FILE)}). \`npm stop\` ends it.`
      );
      return 0;
    }
    await sleep(1000);
  }
  console.error(`The dev server did not answer within the time limit. Log (${LOG_FILE}):`);
  console.error(tail(LOG_FILE));
  require('./stop').stop();
  return 1;
}

async function main() {
  const mode =
    process.env.JX_START_MODE ||
    ((process.platform === 'win32' || process.platform === 'darwin') && !process.env.CI ? 'desktop' : 'serve');
  if (mode === 'desktop') return startDesktop();
  if (mode === 'serve') return startServe();
  console.error(`JX_START_MODE must be "desktop" or "serve", not "${mode}"`);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err && err.message ? err.message : String(err));
    process.exit(1);
  }
);
