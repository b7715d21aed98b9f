/**
 * The PRODUCTION Office task pane in Chromium: dist/taskpane.html exactly as `npm run build` makes it (webpack
 * production, functions.js and taskpane.js sharing one runtime through dependOn, exports mangled by use:
 * webpack.config.js mangleExports 'size'), with office.js — the script the page loads from Microsoft's CDN — replaced
 * by the fake Excel over the harness workbook (test/e2e/officeStandIn.ts, bundled by esbuild at test time into
 * test-artifacts/, never into dist/). The pane e2e (pane.e2e.ts) builds its harness in development mode, one entry:
 * only here do functions.js's mangled export names meet the task pane's and its lazy chunks' uses of them, so a name
 * that breaks across chunks fails 检查, the click to a cell or the 生成自评表 tab here. It uses the dist/ the e2e run
 * builds anyway (npm run test:e2e): no build of its own. Screenshots: test-artifacts/screenshots/officepane-*.png.
 */
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { DIST, launch, openPage, screenshot, serveDist, type Served, type Watched } from './harness';
import type { ExcelView } from './officeStandIn';

const ROOT = path.resolve(__dirname, '..', '..');
const STAND_IN = path.join(ROOT, 'test-artifacts', 'office-stand-in', 'office.js');

declare global {
  interface Window {
    jxExcel?: ExcelView;
    jxOfficeDisplayLanguage?: string;
  }
}

/** `import text from 'file?jx-source'`: the file's text (as the harness's webpack rule `asset/source` does). */
const sourceText: Plugin = {
  name: 'jx-source',
  setup(b) {
    b.onResolve({ filter: /\?jx-source$/ }, (a) => ({ path: require.resolve(a.path.replace(/\?jx-source$/, ''), { paths: [a.resolveDir] }), namespace: 'jx-source' }));
    b.onLoad({ filter: /.*/, namespace: 'jx-source' }, async (a) => ({ contents: await fs.readFile(a.path, 'utf8'), loader: 'text' }));
  },
};

let served: Served;
let browser: Browser;
let officeJsUrl: string;
let standIn: string;
const watched: Watched[] = [];

beforeAll(async () => {
  const html = path.join(DIST, 'taskpane.html');
  if (!existsSync(html)) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)');
  // the office.js the production page loads (the CDN's by default; JX_OFFICEJS may name another)
  officeJsUrl = /<script[^>]*\bsrc=(?:"([^"]*office\.js)"|([^\s>"]*office\.js)[\s>])/.exec(readFileSync(html, 'utf8'))?.slice(1).find(Boolean) ?? '';
  expect(officeJsUrl).toMatch(/^https:\/\/.+\/office\.js$/);
  await build({
    entryPoints: [path.join(__dirname, 'officeStandIn.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    outfile: STAND_IN,
    plugins: [sourceText],
    logLevel: 'silent',
  });
  standIn = await fs.readFile(STAND_IN, 'utf8');
  served = await serveDist();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  for (const w of watched) await w.context.close();
  await browser?.close();
  await served?.close();
});

const settle = (page: Page): Promise<void> => page.waitForTimeout(400);
const excel = <T>(page: Page, fn: (v: ExcelView) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.jxExcel)`) as Promise<T>;

/** dist/taskpane.html with the fake Excel as its office.js; `displayLanguage` is Office's. */
async function openPane(displayLanguage: 'zh-CN' | 'en-US'): Promise<Watched> {
  const w = await openPage(browser, served.origin, displayLanguage);
  watched.push(w);
  await w.context.addInitScript(`window.jxOfficeDisplayLanguage = ${JSON.stringify(displayLanguage)};`);
  // page.route before the context's, which aborts (and records) every request off our origin
  await w.page.route(officeJsUrl, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: standIn }));
  // the width Excel gives a task pane by default
  await w.page.setViewportSize({ width: 380, height: 900 });
  await w.page.goto(`${served.origin}/taskpane.html`);
  return w;
}

/** The error notice's text ('' when there is none). */
const noticeText = async (page: Page): Promise<string> =>
  (await page.getByTestId('notice-error').count()) ? ((await page.getByTestId('notice-error').textContent()) ?? '') : '';

/** A chunk loaded on first use: `[name.]<contenthash>.js` (functions.js and taskpane.js are the page's own). */
const LAZY_CHUNK = /\/(?:[\w-]+\.)?[0-9a-f]{8}\.js(?:\?.*)?$/;

describe('the production Office task pane (dist/taskpane.html, office.js = the fake Excel)', () => {
  test('检查 → the planted findings with their cells; a click selects the cell; 生成自评表 shows the score', async () => {
    const w = await openPane('zh-CN');
    const { page } = w;
    await page.getByRole('button', { name: '检查', exact: true }).waitFor();
    expect(await excel(page, (v) => v.sheetNames())).toEqual(['配置', '项目台账', '绩效指标', '报告素材']);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    const list = page.getByRole('listbox');
    // an export of functions.js the pane calls by a name it no longer has fails the check: said in the notice
    await list.or(page.getByTestId('notice-error')).waitFor();
    expect([await noticeText(page), w.errors]).toEqual(['', []]);
    const planted = await excel(page, (v) => v.planted.map((p) => `${p.sheet}!${p.cell}`));
    expect(planted).toEqual(['项目台账!H5', '项目台账!J6', '项目台账!A8']);
    const options = list.getByRole('option');
    for (const cell of planted) await expect(options.filter({ hasText: cell }).count()).resolves.toBeGreaterThan(0);
    await expect(options.filter({ hasText: '项目台账!J6' }).first().textContent()).resolves.toMatch(/L009.*失效/);
    await expect(page.getByTestId('count-error').textContent()).resolves.toMatch(/^错误[1-9]/);
    await settle(page);
    await screenshot(page, 'officepane-zh-1-check');

    // a click on a finding: Excel selects its cell
    await options.filter({ hasText: '项目台账!A8' }).first().click();
    await page.waitForFunction(() => window.jxExcel!.selection()?.address === 'A8');
    expect(await excel(page, (v) => v.selection())).toEqual({ sheet: '项目台账', address: 'A8' });

    // 生成自评表: a chunk of its own, with the form builders; the preview from the check
    await page.getByRole('tab', { name: '生成自评表' }).click();
    await page.getByTestId('total').or(page.getByTestId('notice-error')).waitFor();
    expect([await noticeText(page), w.errors]).toEqual(['', []]);
    await expect(page.getByTestId('total').textContent()).resolves.toBe('100.00');
    await settle(page);
    await screenshot(page, 'officepane-zh-2-generate');
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 120_000);

  test.each([
    ['zh-CN', '检查', /^出错了加载项的部分程序文件未能加载（网络中断，或加载项刚刚更新）。请关闭任务窗格后重新打开，再试一次；仍然不行时，请检查网络连接。$/],
    ['en-US', 'Check', /^Something went wrongPart of the add-in could not be loaded \(the network dropped, or the add-in has just been updated\)\. Close the task pane, open it again and retry; if it still fails, check the network connection\.$/],
  ] as const)('a chunk that does not arrive: the pane says what to do, in its language (%s); once it arrives, 检查 works', async (locale, check, said) => {
    const w = await openPane(locale);
    const { page } = w;
    const refused: string[] = [];
    await page.route(LAZY_CHUNK, (route) => {
      refused.push(new URL(route.request().url()).pathname);
      return route.abort('internetdisconnected');
    });
    await page.getByRole('button', { name: check, exact: true }).click();
    const notice = page.getByTestId('notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(said);
    expect(refused.length).toBeGreaterThan(0);
    await settle(page);
    await screenshot(page, `officepane-${locale === 'zh-CN' ? 'zh' : 'en'}-3-chunk-failed`);
    // the network back: the same click loads the chunk and checks (webpack forgets a chunk that failed)
    await page.unroute(LAZY_CHUNK);
    await page.getByRole('button', { name: check, exact: true }).click();
    await page.getByRole('listbox').waitFor();
    await expect(page.getByTestId('notice-error').count()).resolves.toBe(0);
    expect(w.foreign).toEqual([]);
    // the browser's own line for each refused script is all it logged
    expect(w.errors.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  }, 120_000);

  test('the 生成自评表 tab whose chunk did not arrive: clicked again it loads, without reopening the pane', async () => {
    const w = await openPane('zh-CN');
    const { page } = w;
    await page.getByRole('button', { name: '检查', exact: true }).waitFor();
    const refused: string[] = [];
    await page.route(LAZY_CHUNK, (route) => {
      refused.push(new URL(route.request().url()).pathname);
      return route.abort('internetdisconnected');
    });
    const tab = page.getByRole('tab', { name: '生成自评表' });
    await tab.click();
    await page.getByTestId('notice-error').waitFor();
    expect(await noticeText(page)).toMatch(/加载项的部分程序文件未能加载/);
    expect(refused.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: '重新加载' }).waitFor();
    await settle(page);
    await screenshot(page, 'officepane-zh-4-tab-failed');
    // the network back: the same tab clicked again asks for the chunk anew (webpack forgot the one that failed)
    await page.unroute(LAZY_CHUNK);
    await tab.click();
    await page.getByRole('region', { name: '生成自评表' }).waitFor();
    await expect(page.getByTestId('notice-error').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '重新加载' }).count()).resolves.toBe(0);
    expect(w.foreign).toEqual([]);
    expect(w.errors.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  }, 120_000);
});
