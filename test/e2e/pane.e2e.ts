/**
 * The task pane in real Chromium, over the fake Excel: the dev-only harness page (src/harness), built here with
 * webpack's Node API (JX_HARNESS=1, into test-artifacts/harness/, never into dist/). The pane is the real one
 * (taskpane/boot.tsx, the Office host, the Office adapter); only Excel is the fake. Screenshots of every view go
 * to test-artifacts/screenshots/pane-*.png.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { writeXlsx } from '../../src/adapters/xlsx';
import { harnessWorkbook } from '../../src/harness/workbook';
import { readDocx } from '../adapters/docx/read';
import { DIST, launch, openPage, screenshot, serveDir, serveDist, type Served, type Watched } from './harness';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-artifacts', 'harness');

/** The harness build, in a child process (webpack inside jest's module system is slow). */
function buildHarness(): void {
  const script = `
    const webpack = require('webpack');
    (async () => {
      const config = await require('./webpack.config.js')({ harness: true }, { mode: 'development' });
      webpack(config, (err, stats) => {
        if (err || stats.hasErrors()) {
          console.error(err || stats.toString('errors-only'));
          process.exit(1);
        }
      });
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, JX_DIST_DIR: OUT },
  });
  if (r.status !== 0) throw new Error(`harness build failed:\n${r.stdout}\n${r.stderr}`);
}

/** test-artifacts/harness/ on loopback. */
const serveHarness = (): Promise<Served> => serveDir(OUT);

interface HarnessView {
  selection: { sheet: string; address: string } | null;
  sheetNames: string[];
  noteCount: number;
}
const look = (page: Page): Promise<HarnessView> =>
  page.evaluate(() => {
    const h = window.jxHarness!;
    return { selection: h.selection(), sheetNames: h.sheetNames(), noteCount: h.noteCount() };
  });

/** Lets Fluent's transitions (the tab indicator's slide, button fades) end before a screenshot. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(400);

/** The count badge's background: a colour only when there is something to look at. */
async function badgeBackground(counter: Locator): Promise<{ r: number; g: number; b: number; a: number }> {
  const css = await counter.locator('.fui-Badge').evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b, a = 1] = (/rgba?\(([^)]+)\)/.exec(css)?.[1] ?? '').split(',').map(Number);
  return { r, g, b, a };
}
const isRed = (c: { r: number; g: number; b: number; a: number }): boolean => c.a > 0 && c.r > 150 && c.g < 100;

let server: Awaited<ReturnType<typeof serveHarness>>;
let dist: Served;
let browser: Browser;
const watched: Watched[] = [];

beforeAll(async () => {
  buildHarness();
  server = await serveHarness();
  dist = await serveDist();
  browser = await launch();
}, 240_000);

afterAll(async () => {
  for (const w of watched) await w.context.close();
  await browser?.close();
  await server?.close();
  await dist?.close();
});

async function open(locale: 'zh-CN' | 'en-US', query: Record<string, string> = {}): Promise<Watched> {
  const w = await openPage(browser, server.origin, locale);
  watched.push(w);
  await w.page.setViewportSize({ width: 1000, height: 900 });
  const q = new URLSearchParams({ ...(locale === 'en-US' ? { lang: 'en' } : {}), ...query }).toString();
  await w.page.goto(`${server.origin}/harness.html${q ? `?${q}` : ''}`);
  return w;
}

describe('task pane harness (Chromium, fake Excel)', () => {
  test('检查 → the planted findings with their cells; a click selects the cell; 标注 / 清除标注; 生成; 模板', async () => {
    const w = await open('zh-CN');
    const { page } = w;
    const pane = page.getByTestId('pane-frame');
    await pane.getByRole('button', { name: '检查', exact: true }).waitFor();
    const before = await look(page);
    expect(before.sheetNames).toEqual(['配置', '项目台账', '绩效指标', '报告素材']);
    expect(before.noteCount).toBe(0);
    await screenshot(page, 'pane-zh-1-start');

    await pane.getByRole('button', { name: '检查', exact: true }).click();
    const list = pane.getByRole('listbox');
    await list.waitFor();
    const planted = await page.evaluate(() => window.jxHarness!.planted.map((p) => `${p.sheet}!${p.cell}`));
    expect(planted).toEqual(['项目台账!H5', '项目台账!J6', '项目台账!A8']);
    const options = list.getByRole('option');
    for (const cell of planted) await expect(options.filter({ hasText: cell }).count()).resolves.toBeGreaterThan(0);
    await expect(options.filter({ hasText: '项目台账!J6' }).first().textContent()).resolves.toContain('失效');
    await expect(pane.getByTestId('count-error').textContent()).resolves.toMatch(/^错误[1-9]/);
    expect(isRed(await badgeBackground(pane.getByTestId('count-error')))).toBe(true);
    await expect(pane.getByTestId('count-warning').textContent()).resolves.toMatch(/^警告0/);
    expect((await badgeBackground(pane.getByTestId('count-warning'))).a).toBe(0); // zero: no colour
    await screenshot(page, 'pane-zh-2-check');

    // a click on a finding selects its cell in the workbook (and activates its sheet)
    await options.filter({ hasText: '项目台账!J6' }).first().click();
    await page.waitForFunction(() => window.jxHarness!.selection()?.address === 'J6');
    expect((await look(page)).selection).toEqual({ sheet: '项目台账', address: 'J6' });
    await options.filter({ hasText: '项目台账!A8' }).first().click();
    await page.waitForFunction(() => window.jxHarness!.selection()?.address === 'A8');
    expect((await look(page)).selection).toEqual({ sheet: '项目台账', address: 'A8' });
    await expect(page.getByTestId('harness-selection').textContent()).resolves.toBe('项目台账!A8');

    // 标注 the errors shown, then 清除标注
    await pane.getByRole('radio', { name: /^错误/ }).check();
    await pane.getByRole('button', { name: '标注', exact: true }).click();
    await pane.getByText(/^已在工作表中标注 \d+ 处。$/).waitFor();
    const marked = await look(page);
    expect(marked.noteCount).toBeGreaterThanOrEqual(planted.length);
    await screenshot(page, 'pane-zh-3-marked');
    await pane.getByRole('button', { name: '清除标注', exact: true }).click();
    await pane.getByText('已清除标注。').waitFor();
    expect((await look(page)).noteCount).toBe(0);

    // 生成自评表: the preview from the check, then a new sheet
    await pane.getByRole('tab', { name: '生成自评表' }).click();
    await pane.getByTestId('total').waitFor();
    await settle(page);
    await screenshot(page, 'pane-zh-4-generate');
    await pane.getByRole('button', { name: '生成', exact: true }).click();
    const done = pane.getByText(/^已生成新工作表“.+”。$/);
    await done.waitFor();
    const sheetName = /“(.+)”/.exec((await done.textContent()) ?? '')![1];
    const afterGenerate = await look(page);
    expect(afterGenerate.sheetNames).toEqual([...before.sheetNames, sheetName]);
    expect(sheetName).toMatch(/自评表/);
    await screenshot(page, 'pane-zh-5-generated');

    // 模板: four more sheets (names made unique next to the existing ones)
    await pane.getByRole('tab', { name: '模板' }).click();
    await settle(page);
    await screenshot(page, 'pane-zh-6-templates');
    await pane.getByRole('button', { name: '插入输入表' }).click();
    const inserted = pane.getByText(/^已插入工作表：.+。$/);
    await inserted.waitFor();
    const names = /：(.+)。/.exec((await inserted.textContent()) ?? '')![1].split('、');
    expect(names).toHaveLength(4);
    expect((await look(page)).sheetNames).toEqual([...afterGenerate.sheetNames, ...names]);
    await screenshot(page, 'pane-zh-7-templates-inserted');

    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 120_000);

  test('下载自评报告: Excel on the web downloads the .docx; Excel for Mac (?host=mac-16.93) offers the text to copy', async () => {
    // the harness workbook has planted data errors, no structural one: the report is written, as the table is, not as a draft
    const web = await open('zh-CN');
    const pane = web.page.getByTestId('pane-frame');
    await pane.getByRole('tab', { name: '生成自评表' }).click();
    const [download] = await Promise.all([
      web.page.waitForEvent('download'),
      pane.getByRole('button', { name: '下载自评报告 (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('工作簿1-自评报告.docx');
    const file = path.join(os.tmpdir(), `jx-pane-report-${process.pid}.docx`);
    await download.saveAs(file);
    const doc = readDocx(new Uint8Array(await fs.readFile(file)));
    await fs.rm(file, { force: true });
    expect(doc.sections.map((s) => s.headers.default)).toEqual([undefined, undefined]);
    expect(doc.paragraphs.map((p) => p.text)).toContain('2018年自治区专利技术实施项目经研究审定，共列入项目计划169项。');
    await settle(web.page);
    await screenshot(web.page, 'pane-zh-8-report');

    const mac = await open('zh-CN', { host: 'mac-16.93' });
    const macPane = mac.page.getByTestId('pane-frame');
    await macPane.getByRole('tab', { name: '生成自评表' }).click();
    await macPane.getByRole('button', { name: '下载自评报告 (.docx)' }).click();
    await macPane.getByText(/此版本的 Excel（Mac 或 iPad）不能保存加载项下载的文件。/).waitFor();
    const text = await macPane.getByTestId('report-text').inputValue();
    expect(text.split('\n').slice(0, 2)).toEqual(['自治区专利实施计划项目', '2018年度绩效自评报告']);
    expect(text).toContain('本年预算1200万元，较上年2000万元减少800万元，降幅40%。');
    await settle(mac.page);
    await screenshot(mac.page, 'pane-zh-9-report-mac');
    for (const w of [web, mac]) {
      expect(w.foreign).toEqual([]);
      expect(w.errors).toEqual([]);
    }
  }, 120_000);

  test('en-US (?lang=en): English pane, English findings, cells as Sheet!A1', async () => {
    const w = await open('en-US');
    const { page } = w;
    const pane = page.getByTestId('pane-frame');
    await pane.getByRole('button', { name: 'Check', exact: true }).click();
    const list = pane.getByRole('listbox');
    await list.waitFor();
    await expect(list.getByRole('option').filter({ hasText: '项目台账!J6' }).first().textContent()).resolves.toMatch(
      /Error.*L009/
    );
    await expect(pane.getByTestId('count-error').textContent()).resolves.toMatch(/^Error[1-9]/);
    await screenshot(page, 'pane-en-check');
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 60_000);

  test('the standalone page (same App): a centred column; a file opened is checked at once, cells as Sheet!A1', async () => {
    const w = await openPage(browser, dist.origin, 'zh-CN');
    watched.push(w);
    const { page } = w;
    await page.goto(`${dist.origin}/standalone.html`);
    // wide window: the page keeps a readable width, centred
    const main = await page.locator('main').boundingBox();
    expect(main!.width).toBeLessThanOrEqual(880);
    expect(Math.abs(main!.x + main!.width / 2 - 640)).toBeLessThanOrEqual(2);

    // the sample: no error, and the zero is not red
    await page.getByRole('button', { name: '使用示例数据试用' }).click();
    await page.getByTestId('count-error').waitFor();
    await expect(page.getByTestId('count-error').textContent()).resolves.toMatch(/^错误0/);
    expect(isRed(await badgeBackground(page.getByTestId('count-error')))).toBe(false);
    await page.getByRole('button', { name: '检查', exact: true }).and(page.locator(':enabled')).waitFor();
    await settle(page);
    await screenshot(page, 'standalone-zh-1-sample');

    // a workbook with the planted defects, opened through the file picker: findings without another click
    const { grid } = harnessWorkbook();
    const bytes = await writeXlsx(grid.sheets.map((g) => ({ grid: g })));
    await page.locator('input[type=file]').setInputFiles({
      name: '台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    });
    await page.getByTestId('file-name').filter({ hasText: '台账.xlsx' }).waitFor();
    const list = page.getByRole('listbox');
    await list.waitFor();
    for (const cell of ['项目台账!H5', '项目台账!J6', '项目台账!A8'])
      await expect(list.getByRole('option').filter({ hasText: cell }).count()).resolves.toBe(1);
    expect(isRed(await badgeBackground(page.getByTestId('count-error')))).toBe(true);
    await screenshot(page, 'standalone-zh-2-file');
    await page.getByRole('tab', { name: '生成自评表' }).click();
    await page.getByTestId('total').waitFor();
    await settle(page);
    await screenshot(page, 'standalone-zh-3-generate');

    // a phone-sized window: nothing wider than the screen
    await page.setViewportSize({ width: 380, height: 800 });
    await page.getByRole('tab', { name: '检查' }).click();
    await list.waitFor();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await screenshot(page, 'standalone-zh-4-narrow');
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  }, 90_000);

  test('the production dist/ holds nothing of the harness or the fake Excel', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
      (f) => !f.startsWith('office-js') && /\.(js|html|map)$/.test(f)
    );
    expect(files.some((f) => f.startsWith('taskpane'))).toBe(true);
    for (const f of files) {
      const text = readFileSync(path.join(DIST, f), 'utf8');
      expect([f, text.includes('jxHarness'), text.includes('InvalidArgument: unsupported cell value')]).toEqual([
        f,
        false,
        false,
      ]);
    }
  });
});
