/**
 * The real WPS task pane (dist/wps/jx/taskpane.html from `npm run build:wps`, unchanged) in Chromium, with a
 * `window.wps` stub whose `Application` is the fake ET over the harness workbook (test/e2e/wpsStub.ts, bundled by
 * esbuild into test-artifacts/ and injected before the pane's scripts run). Drives 检查 → the planted findings, a
 * click → ET's selection, 标注 → fills and notes in the fake, 清除标注 → the workbook as before, 生成 → a 自评表 sheet.
 * Screenshots go to test-artifacts/screenshots/wps-pane-*.png.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { EtView } from './wpsStub';
import { launch, openPage, screenshot, serveDir, type Served, type Watched } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');
const JX = path.join(ROOT, 'dist', 'wps', 'jx');
const STUB = path.join(ROOT, 'test-artifacts', 'wps-stub', 'wps-stub.js');

declare global {
  interface Window {
    jxEt?: EtView;
  }
}

let server: Served;
let browser: Browser;
const watched: Watched[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(JX, 'taskpane.html'))) throw new Error('dist/wps/ is missing: run `npm run build:wps` first (npm run test:e2e does)');
  await build({
    entryPoints: [path.join(__dirname, 'wpsStub.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    outfile: STUB,
    logLevel: 'silent',
  });
  server = await serveDir(JX);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  for (const w of watched) await w.context.close();
  await browser?.close();
  await server?.close();
});

const settle = (page: Page): Promise<void> => page.waitForTimeout(400);
const et = <T>(page: Page, fn: (v: EtView) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.jxEt)`) as Promise<T>;

async function openPane(locale: 'zh-CN' | 'en-US'): Promise<Watched> {
  const w = await openPage(browser, server.origin, locale);
  watched.push(w);
  await w.context.addInitScript({ path: STUB });
  // the width WPS gives a docked pane by default
  await w.page.setViewportSize({ width: 400, height: 900 });
  await w.page.goto(`${server.origin}/taskpane.html`);
  return w;
}

describe('the WPS task pane (built dist/wps, Chromium, window.wps over the fake ET)', () => {
  test('检查 → findings; click → ET selection; 标注 colours the cells; 清除标注 restores them; 生成 adds the 自评表', async () => {
    const w = await openPane('zh-CN');
    const { page } = w;
    await page.getByRole('button', { name: '检查', exact: true }).waitFor();
    const sheets = await et(page, (v) => v.sheetNames());
    expect(sheets).toEqual(['配置', '项目台账', '绩效指标', '报告素材']);
    const before = JSON.parse(await et(page, (v) => v.snapshot(['配置', '项目台账', '绩效指标', '报告素材']))) as unknown;
    await settle(page);
    await screenshot(page, 'wps-pane-1-start');

    // 检查: every planted defect listed with its cell
    await page.getByRole('button', { name: '检查', exact: true }).click();
    const list = page.getByRole('listbox');
    await list.waitFor();
    const planted = await et(page, (v) => v.planted.map((p) => `${p.sheet}!${p.cell}`));
    expect(planted).toEqual(['项目台账!H5', '项目台账!J6', '项目台账!A8']);
    const options = list.getByRole('option');
    for (const cell of planted) await expect(options.filter({ hasText: cell }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('count-error').textContent()).resolves.toMatch(/^错误[1-9]/);
    await settle(page);
    await screenshot(page, 'wps-pane-2-check');

    // a click on a finding: ET activates the sheet and selects the cell
    await options.filter({ hasText: '项目台账!J6' }).first().click();
    await page.waitForFunction(() => window.jxEt!.selection()?.address === 'J6');
    await expect(et(page, (v) => v.selection())).resolves.toEqual({ sheet: '项目台账', address: 'J6' });
    await options.filter({ hasText: '项目台账!A8' }).first().click();
    await page.waitForFunction(() => window.jxEt!.selection()?.address === 'A8');
    await expect(et(page, (v) => v.selection())).resolves.toEqual({ sheet: '项目台账', address: 'A8' });

    // 标注 the errors: each planted cell filled and noted in the workbook
    await page.getByRole('radio', { name: /^错误/ }).check();
    await page.getByRole('button', { name: '标注', exact: true }).click();
    await page.getByText(/^已在工作表中标注 \d+ 处。$/).waitFor();
    const fills = await page.evaluate(() => window.jxEt!.planted.map((p) => window.jxEt!.fill(p.sheet, p.cell)));
    for (const f of fills) expect(f).toMatch(/^#[0-9A-F]{6}$/i);
    expect(await et(page, (v) => v.noteCount())).toBeGreaterThanOrEqual(planted.length);
    await settle(page);
    await screenshot(page, 'wps-pane-3-marked');

    // 清除标注: the four sheets exactly as before (values, formats, fills, notes)
    await page.getByRole('button', { name: '清除标注', exact: true }).click();
    await page.getByText('已清除标注。').waitFor();
    expect(await et(page, (v) => v.noteCount())).toBe(0);
    expect(JSON.parse(await et(page, (v) => v.snapshot(['配置', '项目台账', '绩效指标', '报告素材'])))).toEqual(before);

    // 生成自评表: a new sheet after the others, with the table's title
    await page.getByRole('tab', { name: '生成自评表' }).click();
    await page.getByTestId('total').waitFor();
    await settle(page);
    await screenshot(page, 'wps-pane-4-generate');
    await page.getByRole('button', { name: '生成', exact: true }).click();
    const done = page.getByText(/^已生成新工作表“.+”。$/);
    await done.waitFor();
    const sheetName = /“(.+)”/.exec((await done.textContent()) ?? '')![1];
    expect(sheetName).toMatch(/自评表/);
    const after = await et(page, (v) => v.sheetNames().filter((n) => !n.startsWith('_jx')));
    expect(after).toEqual([...sheets, sheetName]);
    const [table] = JSON.parse(await page.evaluate((n) => window.jxEt!.snapshot([n]), sheetName)) as Array<{
      cells: Record<string, { value?: unknown }>;
      merges: string[];
    }>;
    expect(Object.values(table.cells).some((c) => String(c.value ?? '').includes('绩效自评表'))).toBe(true);
    expect(table.merges.length).toBeGreaterThan(0);
    // and the chart beside it, as in Excel
    expect(await page.evaluate((n) => window.jxEt!.charts(n), sheetName)).toEqual([{ type: 'ColumnClustered', title: '本年拨付（按立项年度，万元）' }]);
    await settle(page);
    await screenshot(page, 'wps-pane-5-generated');

    // 下载自评报告: the WPS pane downloads the .docx as the Excel pane does (a draft: the workbook has errors)
    await page.getByRole('checkbox', { name: /仍生成草稿/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载自评报告 (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('工作簿1-自评报告.docx');
    await settle(page);
    await screenshot(page, 'wps-pane-6-report');

    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 120_000);
});
