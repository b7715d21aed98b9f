/**
 * Issue 20 on the page in real Chromium: three prefectures' files opened together — by the picker
 * and by dropping them — each file's counts, the findings across files (a project sent by two
 * prefectures, found in both), and 下载汇总工作簿 giving the consolidated workbook. Nothing leaves
 * the page's origin.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/file';
import { nodeInflater } from '../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../src/adapters/xlsx';
import { cellOf, splitSample, withCell, type SplitFile } from '../support/split';
import { screenshot, standaloneSession, type Watched } from './harness';

let dir: string;
let paths: string[];
const session = standaloneSession();
const split = splitSample();
// the first file carries the province's 配置 and 绩效指标; the second sends the first file's first project again
const [a, b, c] = split.files;
const first: SplitFile = { file: a.file, grid: { sheets: [...split.province.grid.sheets, ...a.grid.sheets] } };
let twin = b;
for (let col = 0; col < 22; col++) twin = withCell(twin, 3, col, cellOf(a, 3, col));
const three = [first, twin, c];
const projects = three.reduce((n, f) => n + f.grid.sheets.find((s) => s.name === '项目台账')!.values.length - 3, 0);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-e2e-merge-'));
  paths = [];
  for (const f of three) {
    const p = path.join(dir, f.file);
    await fs.writeFile(p, await writeXlsx(f.grid.sheets.map((grid) => ({ grid }))));
    paths.push(p);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function expectAcross(w: Watched): Promise<void> {
  await w.page.getByTestId('across-panel').waitFor();
  expect(await w.page.getByTestId('file-name').innerText()).toBe(`当前文件：${three[0].file} 等 3 个文件`);
  await w.page.getByText(`3 个文件，共 ${projects} 个项目。配置与绩效指标取自“${a.file}”。`).waitFor();
  const rows = await w.page.getByTestId('across-file').allInnerTexts();
  expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(three.map((f) => f.file));
  const found = await w.page.getByTestId('across-finding').allInnerTexts();
  const x001 = found.filter((t) => t.includes('X001'));
  expect(x001).toHaveLength(2);
  expect(x001[0]).toContain(`${a.file} · 项目台账!A4`);
  expect(x001[0]).toContain(`也出现在文件“${twin.file}”工作表“项目台账”的 A4`);
  expect(x001[1]).toContain(`${twin.file} · 项目台账!A4`);
  expect(x001[1]).toContain(`也出现在文件“${a.file}”工作表“项目台账”的 A4`);
}

describe('the page with several files (issue 20)', () => {
  it('three files chosen together: per-file counts, the project sent twice found in both files, the consolidated workbook downloaded', async () => {
    const w = await session.open();
    await w.page.getByText('可一次选择或拖入多个文件').waitFor();
    await w.page.setInputFiles('input[type=file]', paths);
    await expectAcross(w);
    await screenshot(w.page, 'merge-1-three-files');
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '下载汇总工作簿' }).click()]);
    expect(download.suggestedFilename()).toBe('汇总.xlsx');
    const saved = path.join(dir, 'from-page.xlsx');
    await download.saveAs(saved);
    await w.page.getByText('已下载汇总工作簿“汇总.xlsx”。').waitFor();
    const read = await readWorkbookFile(await fs.readFile(saved), '汇总.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error('the downloaded workbook cannot be read');
    expect(read.grid.sheets.map((s) => s.name)).toEqual(['汇总', '项目台账', '配置', '绩效指标']);
    const ledger = read.grid.sheets[1];
    expect(ledger.values.length - 3).toBe(projects);
    expect(ledger.values[3].slice(22, 25)).toEqual([a.file, '项目台账', 4]);
  });

  it('three files dropped on the drop zone give the same', async () => {
    const w = await session.open();
    const payload = await Promise.all(paths.map(async (p) => ({ name: path.basename(p), b64: (await fs.readFile(p)).toString('base64') })));
    const dt = await w.page.evaluateHandle((items) => {
      const d = new DataTransfer();
      for (const { name, b64 } of items) d.items.add(new File([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], name));
      return d;
    }, payload);
    await w.page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: dt });
    await expectAcross(w);
  });

  it('hundreds of findings across files leave 下载汇总工作簿 in reach: the list scrolls in its own box (it was a 45,000 px page)', async () => {
    // the first file sent again under another name: each of its projects is in both files (X001 twice per project)
    const again = path.join(dir, `重报-${a.file}`);
    await fs.copyFile(paths[0], again);
    const w = await session.open();
    await w.page.setViewportSize({ width: 400, height: 800 });
    await w.page.setInputFiles('input[type=file]', [paths[0], again]);
    await w.page.getByTestId('across-panel').waitFor();
    expect(await w.page.getByTestId('across-finding').count()).toBeGreaterThanOrEqual(100);
    const button = w.page.getByRole('button', { name: '下载汇总工作簿' });
    const box = await button.boundingBox();
    expect(box!.y).toBeLessThan(2 * 800);
    // the keyboard reaches the list and scrolls it
    const list = w.page.getByTestId('across-findings-box');
    await list.focus();
    await w.page.keyboard.press('PageDown');
    await w.page.waitForFunction(() => (document.querySelector('[data-testid=across-findings-box]')?.scrollTop ?? 0) > 0);
    await screenshot(w.page, 'merge-2-many-across-400');
  });

  it('made no request outside its origin and no page error', () => {
    session.expectClean();
  });
});
