/**
 * End-to-end harness: serves the built dist/ on 127.0.0.1 and drives Debian's Chromium through
 * playwright-core (never a downloaded browser). Every request that leaves the page's own origin
 * is recorded and aborted, so a test can assert that none happened.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DIST = path.resolve(__dirname, '..', '..', 'dist');
export const SHOTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.map': 'application/json', '.css': 'text/css',
};

export interface Served {
  readonly origin: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveDist(): Promise<Served> {
  if (!existsSync(path.join(DIST, 'standalone.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)');
  return serveDir(DIST);
}

/** Serves a folder's files on 127.0.0.1 (a random free port), recording every path requested. */
export async function serveDir(root: string): Promise<Served> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(() => ok())) };
}

interface ChromiumFinder {
  findChromium(): { path: string | null; looked: string[] };
}
// The same lookup `npm test` runs first (scripts/chromium.js), so the tests launch the browser it reported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const finder = require('../../scripts/chromium') as ChromiumFinder;

function chromiumPath(): string {
  const found = finder.findChromium();
  if (found.path) return found.path;
  throw new Error(`no Chromium (looked at: ${found.looked.join(', ')}); run \`node scripts/chromium.js\`, which npm test runs first`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Watched {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to any origin but ours (all aborted). */
  readonly foreign: string[];
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
}

export async function openPage(browser: Browser, origin: string, locale = 'zh-CN'): Promise<Watched> {
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, foreign, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  process.stdout.write(`screenshot: ${path.relative(process.cwd(), file)}\n`);
  return file;
}

export interface StandaloneSession {
  /** dist/ as served (its `requests` list every path fetched); set before the file's tests run. */
  readonly served: Served;
  /** A new watched context on standalone.html, ready for a file (its 选择文件… button shown). */
  open(locale?: string): Promise<Watched>;
  /** No page opened so far made a request outside its origin or threw (an uncaught error or a console error). */
  expectClean(): void;
}

/**
 * The standalone page for one test file: call at the top of the file; dist/ is served and Chromium launched before
 * its tests, both closed after them.
 */
export function standaloneSession(): StandaloneSession {
  let served: Served | undefined;
  let browser: Browser | undefined;
  const watched: Watched[] = [];
  beforeAll(async () => {
    served = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  const ready = (): { served: Served; browser: Browser } => {
    if (!served || !browser) throw new Error('standaloneSession(): used before its beforeAll ran');
    return { served, browser };
  };
  return {
    get served() {
      return ready().served;
    },
    async open(locale = 'zh-CN') {
      const { served: s, browser: b } = ready();
      const w = await openPage(b, s.origin, locale);
      watched.push(w);
      await w.page.goto(`${s.origin}/standalone.html`);
      await w.page.getByRole('button', { name: locale === 'zh-CN' ? '选择文件…' : /Choose/ }).waitFor();
      return w;
    },
    expectClean() {
      expect(watched.flatMap((w) => w.foreign)).toEqual([]);
      expect(watched.flatMap((w) => w.errors)).toEqual([]);
    },
  };
}
