// SLOW (up to about a minute): `npm start` in serve mode (what it does on Linux and CI) builds and serves the pages
// in the background and returns; the standalone page answers; `npm stop` ends exactly that server.
// Runs on a free port with its own pid file and output folder, so it never touches a developer's `npm start`.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as path from 'node:path';
import { runNode, tmpDir } from './helpers';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: 'localhost' }, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function fetchText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const lib = url.startsWith('https:') ? https : http;
    // the dev certificate's CA may not be trusted by this Node process: this test checks the server, not the CA
    lib
      .get(url, { rejectUnauthorized: false, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start / npm stop (serve mode)', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let pidFile: string;
  let port: number;
  let started: ReturnType<typeof runNode>;

  beforeAll(async () => {
    work = tmpDir('jx-start-');
    pidFile = path.join(work, 'jx.pid');
    port = await freePort();
    env = { JX_START_MODE: 'serve', JX_PORT: String(port), JX_PID_FILE: pidFile, JX_DIST_DIR: path.join(work, 'dist') };
    started = runNode(['scripts/start.js'], env, 200_000);
  }, 210_000);

  afterAll(() => {
    if (fs.existsSync(pidFile)) runNode(['scripts/stop.js'], env); // never leave a server behind
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('builds, serves, prints the three URLs and returns', async () => {
    if (started.status !== 0) throw new Error(`npm start failed:\n${started.stdout}\n${started.stderr}`);
    const base = new RegExp(`(https?)://localhost:${port}/`).exec(started.stdout);
    expect(base).not.toBeNull();
    const url = base![0];
    expect(started.stdout).toContain(`${url}standalone.html`);
    expect(started.stdout).toContain(`${url}taskpane.html`);
    expect(started.stdout).toContain(`${url}manifest.xml`);
    const info = JSON.parse(fs.readFileSync(pidFile, 'utf8'));
    expect(info).toMatchObject({ mode: 'serve', baseUrl: url });
    expect(alive(info.pid)).toBe(true);

    const standalone = await fetchText(`${url}standalone.html`);
    expect(standalone.status).toBe(200);
    expect(standalone.body).toMatch(/Content-Security-Policy/);
    expect(standalone.body).toMatch(/src="standalone\.js"/);

    const taskpane = await fetchText(`${url}taskpane.html`);
    expect(taskpane.body).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js'); // default: the CDN

    const manifest = await fetchText(`${url}manifest.xml`);
    expect(manifest.body).toContain(`DefaultValue="${url}taskpane.html"`); // the served base, not a fixed one
    expect(fs.existsSync(path.join(work, 'dist', 'standalone.html'))).toBe(true); // dist/ holds what is served
  });

  it('npm stop ends the server it started and removes the pid file', async () => {
    const info = JSON.parse(fs.readFileSync(pidFile, 'utf8'));
    const r = runNode(['scripts/stop.js'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Stopped the dev server \\(pid ${info.pid}\\)`));
    expect(alive(info.pid)).toBe(false);
    expect(fs.existsSync(pidFile)).toBe(false);
    await expect(fetchText(`${info.baseUrl}standalone.html`)).rejects.toThrow(/ECONNREFUSED/);
    // a second stop has nothing to do
    expect(runNode(['scripts/stop.js'], env).stdout).toMatch(/Nothing to stop/);
  });
});
