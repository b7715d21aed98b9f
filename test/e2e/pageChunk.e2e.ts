/**
 * The standalone page (dist/standalone.html) when a script it loads on first use does not arrive — the network dropped,
 * or the page was updated and the old chunk is gone: in its worker (importScripts: the sample, the xlsx reader) or on
 * the page (the 生成自评表 tab). The page says what to do in its language (reload the page), never webpack's or the
 * browser's English, and works again once the scripts arrive. Screenshot: test-artifacts/screenshots/page-chunk-failed.png.
 */
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot, serveDist, type Served, type Watched } from './harness';

let served: Served;
let browser: Browser;
const watched: Watched[] = [];

beforeAll(async () => {
  served = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  for (const w of watched) await w.context.close();
  await browser?.close();
  await served?.close();
});

/** A chunk loaded on first use: `[name.]<contenthash>.js` (standalone.js, worker.js and inflate.js are named). */
const LAZY_CHUNK = /\/(?:[\w-]+\.)?[0-9a-f]{8}\.js(?:\?.*)?$/;

test.each([
  ['zh-CN', '使用示例数据试用', '生成自评表', /网页的部分程序文件未能加载（网络中断，或网页刚刚更新）。请刷新页面后再试；仍然不行时，请检查网络连接。/],
  ['en-US', 'Try it with the sample data', 'Self-evaluation table', /Part of the page could not be loaded \(the network dropped, or the page has just been updated\)\. Reload the page and retry; if it still fails, check the network connection\./],
] as const)('a script that does not arrive: the page says to reload it (%s); once it arrives, the page works', async (locale, sample, tab, said) => {
  const w = await openPage(browser, served.origin, locale);
  watched.push(w);
  const { page } = w;
  await page.setViewportSize({ width: 900, height: 900 });
  const refused: string[] = [];
  await page.context().route(LAZY_CHUNK, (route) => {
    refused.push(new URL(route.request().url()).pathname);
    return route.abort('internetdisconnected');
  });
  await page.goto(`${served.origin}/standalone.html`);
  const notice = page.getByTestId('notice-error');
  // the sample: read in the worker, whose chunks load by importScripts
  await page.getByRole('button', { name: sample }).click();
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(said);
  expect(await notice.textContent()).not.toMatch(/importScripts|Loading chunk|NetworkError|处理工作簿时出错/);
  if (locale === 'zh-CN') await screenshot(page, 'page-chunk-failed');
  // the 生成自评表 tab: a chunk of the page itself
  await page.getByRole('tab', { name: tab }).click();
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(said);
  expect(refused.length).toBeGreaterThan(1);
  // the network back: the tab opened again loads, the sample reads
  await page.context().unroute(LAZY_CHUNK);
  await page.getByRole('tab', { name: locale === 'zh-CN' ? '检查' : 'Check' }).click();
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('region', { name: tab }).waitFor();
  await page.getByRole('tab', { name: locale === 'zh-CN' ? '检查' : 'Check' }).click();
  await page.getByRole('button', { name: sample }).click();
  await page.getByTestId('count-error').waitFor();
  expect(await notice.count()).toBe(0);
  expect(w.foreign).toEqual([]);
  expect(w.errors.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
}, 120_000);
