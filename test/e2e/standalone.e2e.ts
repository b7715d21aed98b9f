/**
 * The standalone page in real Chromium: open workbooks, see the findings with their cells,
 * generate the 自评表, capture the download and compare it with `jx selfeval` on the same file.
 * During the whole run the page may not request anything outside its own origin.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import type { GridSheet } from '../../src/model/grid';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { bigCell, farCells, HOSTILE_PACKAGES, UNREADABLE } from '../fixtures/hostile';
import { readDocx } from '../adapters/docx/read';
import { encodeGbk, xlsOf } from '../support/formats';
import { badReadGrid, toCsv } from '../support/shapes';
import { screenshot, standaloneSession, type Watched } from './harness';
import { ledgerXlsx } from '../../bench/xlsxFile';

let dir: string;
const files = { clean: '', defects: '', text: '', encrypted: '', badRead: '' };
const session = standaloneSession();

async function writeBook(name: string, sheets: ReadonlyArray<GridSheet>): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await writeXlsx(sheets.map((grid) => ({ grid }))));
  return file;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-e2e-'));
  const sample = sampleWorkbookGrid();
  files.clean = await writeBook('示例.xlsx', sample.sheets);
  files.defects = await writeBook(
    '有问题.xlsx',
    sample.sheets.map((s): GridSheet => {
      if (s.name !== '项目台账') return s;
      const values = s.values.map((r) => [...r]);
      values[5][0] = values[4][0]; // duplicate 项目编号 → L004 at A6
      values[7][9] = '失效'; // 法律状态 → L009 at J8
      return { ...s, values };
    }),
  );
  files.badRead = await writeBook('表头缺行.xlsx', badReadGrid().sheets);
  files.text = path.join(dir, '台账.xlsx');
  await fs.writeFile(files.text, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function open(w: Watched, file: string, readable = true): Promise<void> {
  await w.page.setInputFiles('input[type=file]', file);
  if (readable) await w.page.getByText(path.basename(file)).first().waitFor();
}

describe('standalone page', () => {
  it('opens empty, says the file is never altered', async () => {
    const w = await session.open();
    await w.page.getByText('您的文件不会被修改').waitFor();
    await screenshot(w.page, 'standalone-1-empty');
  });

  it('a clean workbook shows no problems', async () => {
    const w = await session.open();
    await open(w, files.clean);
    await w.page.getByText('未发现问题。').waitFor();
    await screenshot(w.page, 'standalone-2-clean');
  });

  it('a workbook with defects shows them with the right cells', async () => {
    const w = await session.open();
    await open(w, files.defects);
    const list = w.page.getByRole('listbox').or(w.page.getByRole('list')).first();
    await list.waitFor();
    await w.page.getByText('项目台账!A6').waitFor();
    await w.page.getByText('项目台账!J8').waitFor();
    const text = await w.page.locator('body').innerText();
    expect(text).toContain('L004');
    expect(text).toContain('L009');
    expect(text).toMatch(/专利法律状态为“失效”/);
    await screenshot(w.page, 'standalone-3-findings');
  });

  it('an unreadable file gets a clear Chinese message and nothing breaks', async () => {
    const w = await session.open();
    await open(w, files.text, false);
    await w.page.getByText(/无法识别的文件格式/).waitFor();
    await screenshot(w.page, 'standalone-4-unreadable');
  });

  it.each(UNREADABLE.map((h) => [h.name, h] as const))('hostile file %s: its Chinese message, as jx check gives it', async (_n, h) => {
    const file = path.join(dir, h.name);
    await fs.writeFile(file, h.bytes());
    const w = await session.open();
    await open(w, file, false);
    await w.page.getByText(h.message).waitFor();
  });

  it('far-away cells (A1048576, XFD) and 10 MB of text in one cell are read without trouble', async () => {
    const far = path.join(dir, 'far.xlsx');
    await fs.writeFile(far, farCells());
    const w = await session.open();
    await open(w, far);
    await w.page.getByText('项目台账!B1048576').first().waitFor(); // the stray row reads as a project with its required fields empty (L002)
    const big = path.join(dir, 'big.xlsx');
    await fs.writeFile(big, bigCell(10));
    await open(w, big);
    await w.page.getByText('未发现问题。').waitFor();
  });

  // Issue 14's worst packages (the ones that froze or crashed the tab): read in the page's worker,
  // each ends with its message, and the same tab goes on to check the next file.
  const WORST: ReadonlyArray<[string, string | RegExp]> = [
    ['lying-directory.xlsx', '工作簿过大（其中的“xl/worksheets/sheet2.xml”解压后超过了文件目录所记载的 2 KB）'],
    ['huge-merge.xlsx', '项目台账!A3'],
    ['col-max.xlsx', '未发现问题。'],
    ['far-row.xlsx', '文件已损坏：工作表“项目台账”中有第 1,000,000,000 行，超出了 Excel 的上限 1,048,576 行。'],
  ];
  it.each(WORST)('hostile package %s: its answer shows, the tab lives on', async (name, says) => {
    const p = HOSTILE_PACKAGES.find((x) => x.name === name)!;
    const file = path.join(dir, name);
    await fs.writeFile(file, p.bytes());
    const w = await session.open();
    await open(w, file, false);
    await w.page.getByText(says).first().waitFor({ timeout: 60_000 });
    await open(w, files.clean);
    await w.page.getByText('未发现问题。').waitFor();
  });

  it('取消 while a file is read: the read stops at once, the page says so and opens the next file', async () => {
    const p = HOSTILE_PACKAGES.find((x) => x.name === 'renamed-part.xlsx')!; // 300 MB of sheet XML: seconds of reading
    const file = path.join(dir, p.name);
    await fs.writeFile(file, p.bytes());
    const w = await session.open();
    await open(w, file, false);
    const cancel = w.page.getByRole('button', { name: '取消' });
    await cancel.waitFor();
    await cancel.click();
    await w.page.getByText('已取消。').waitFor();
    expect(await w.page.getByTestId('file-name').innerText()).not.toContain(p.name); // no file taken
    await open(w, files.clean);
    await w.page.getByText('未发现问题。').waitFor();
  });

  it.each([
    ['the 10,000-project ledger', () => ledgerXlsx(10_000)],
    ['the sample with defects', () => files.defects],
    ['the sample', () => files.clean],
  ])('%s: every finding `jx check --json` gives, and no other (the page reads through its inflate worker)', async (label, fileOf) => {
    const file = fileOf();
    const lines: string[] = [];
    await main(['check', '--json', file], { out: (l) => void lines.push(l), err: () => undefined });
    const [report] = JSON.parse(lines.join('\n')) as Array<{ findings: Array<{ rule: string; sheet: string | null; cell: string | null; message: string }> }>;
    const want = report.findings.map((f) => [f.rule, f.sheet ? `${f.sheet}!${f.cell ?? ''}` : '', f.message].join(' | ')).sort();

    const w = await session.open();
    await open(w, file);
    await w.page.getByTestId('count-error').waitFor();
    // The ledger's sheet is a large part: it was inflated by the page's inflate worker, which loaded and is serving
    // (a broken dist/inflate.js would fall back to inflating in the workbook worker, silently).
    const inflater = w.page.workers().find((x) => x.url().endsWith('/inflate.js'));
    if (label === 'the 10,000-project ledger') {
      expect(inflater).toBeDefined();
      expect(await inflater!.evaluate(() => typeof self.onmessage)).toBe('function');
    }
    // The list is virtualised: scroll it through, collecting each finding once (by its position).
    const shown = await w.page.evaluate(async () => {
      const box = document.querySelector<HTMLElement>('[role=listbox]');
      const seen = new Map<string, string>();
      if (!box) return [];
      for (let y = 0; ; y += Math.max(100, box.clientHeight / 2)) {
        box.scrollTop = y;
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        for (const o of box.querySelectorAll<HTMLElement>('[role=option]')) seen.set(o.getAttribute('aria-posinset') ?? '', o.innerText);
        if (y >= box.scrollHeight) break;
      }
      return [...seen.values()];
    });
    // Each option reads: severity, place, rule, message.
    const got = shown.map((t) => {
      const [, place, rule, ...message] = t.split('\n');
      return [rule, place, message.join('\n')].join(' | ');
    });
    expect(got.length).toBe(want.length);
    expect(got.sort()).toEqual(want);
  });

  it('generates the 自评表 as a download holding the same figures as `jx selfeval`', async () => {
    const w = await session.open();
    await open(w, files.clean);
    await w.page.getByRole('tab', { name: '生成自评表' }).click();
    await w.page.getByText('100.00').first().waitFor();
    await screenshot(w.page, 'standalone-5-generate');
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '生成', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('示例-自评表.xlsx');
    const fromPage = path.join(dir, 'page.xlsx');
    await download.saveAs(fromPage);

    const fromCli = path.join(dir, 'cli.xlsx');
    expect(await main(['selfeval', files.clean, '-o', fromCli], { out: () => undefined, err: () => undefined })).toBe(0);
    const [a, b] = await Promise.all([cells(fromPage), cells(fromCli)]);
    expect(a.size).toBeGreaterThan(50);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [k, v] of a) expect(`${k}=${v}`).toBe(`${k}=${b.get(k)}`);
    expect(a.get('total')).toBe(b.get('total'));
  });

  it('下载自评报告 (.docx): the download holds the same document as `jx report` on the same file, loading docx only then', async () => {
    const w = await session.open();
    await open(w, files.clean);
    await w.page.getByRole('tab', { name: '生成自评表' }).click();
    await w.page.getByText('100.00').first().waitFor();
    const before = new Set(session.served.requests);
    await w.page.getByRole('radio', { name: /2018/ }).check();
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '下载自评报告 (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('示例-自评报告.docx');
    await w.page.getByText('已下载“示例-自评报告.docx”。').waitFor();
    await w.page.waitForFunction(() => [...document.querySelectorAll('button')].every((b) => !b.disabled));
    await screenshot(w.page, 'standalone-6-report');
    const fromPage = path.join(dir, 'page-report.docx');
    await download.saveAs(fromPage);
    // the writer is its own chunk, fetched on this first report
    const fetched = session.served.requests.filter((r) => !before.has(r));
    expect(fetched.some((r) => /docx/.test(r))).toBe(true);

    const fromCli = path.join(dir, 'cli-report.docx');
    expect(await main(['report', files.clean, '-o', fromCli, '--layout', '2018'], { out: () => undefined, err: () => undefined })).toBe(0);
    const [a, b] = await Promise.all([fs.readFile(fromPage), fs.readFile(fromCli)]).then((x) => x.map((y) => readDocx(new Uint8Array(y))));
    // the document itself, part for part (docProps/core.xml carries the time it was written)
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/fontTable.xml', 'word/settings.xml', 'word/footer1.xml', 'word/footer2.xml']) {
      expect(`${part}: ${a.parts.get(part)}`).toBe(`${part}: ${b.parts.get(part)}`);
    }
    expect(a.paragraphs.find((p) => p.text.startsWith('2018年自治区专利技术实施项目'))?.text).toBe('2018年自治区专利技术实施项目经研究审定，共列入项目计划169项。');
    expect(a.tables[0].merges.length).toBeGreaterThan(10);
  });

  it('opens a GBK CSV and an .xls: every project read, no error', async () => {
    const sample = sampleWorkbookGrid();
    const csv = path.join(dir, '项目台账.csv');
    await fs.writeFile(csv, encodeGbk(toCsv(sample.sheets.find((s) => s.name === '项目台账')!)));
    const xls = path.join(dir, '示例.xls');
    await fs.writeFile(xls, xlsOf(sample.sheets));
    const w = await session.open();
    await open(w, csv);
    await w.page.getByText('已读取文件“项目台账.csv”中的 169 个项目。').waitFor(); // a CSV has no sheets: its table is named after the file (d7fbea6), said by its name
    await w.page.getByText('未发现问题。').waitFor();
    await open(w, xls);
    await w.page.getByText('未发现问题。').waitFor();
    await screenshot(w.page, 'standalone-7-xls');
  });

  it('refuses a 自评表 from a bad read and says why; with 生成草稿 ticked the download is marked 草稿', async () => {
    const w = await session.open();
    await open(w, files.badRead);
    await w.page.getByRole('tab', { name: '生成自评表' }).click();
    let downloads = 0;
    w.page.on('download', () => void downloads++);
    await w.page.getByRole('button', { name: '生成', exact: true }).click();
    await w.page.getByText(/未生成自评表：工作簿的结构有 2 个错误/).waitFor();
    await w.page.getByText(/请勾选“数据有错误时仍生成草稿”/).waitFor();
    await screenshot(w.page, 'standalone-6-refused');
    expect(downloads).toBe(0);

    await w.page.getByRole('checkbox', { name: /数据有错误时仍生成草稿/ }).check();
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: '生成', exact: true }).click()]);
    const drafted = path.join(dir, 'draft.xlsx');
    await download.saveAs(drafted);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(drafted);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['2018年度绩效自评表（草稿）']);
    expect(String(wb.worksheets[0].getCell('A1').value)).toContain('草稿：数据存在错误');
  });

  it('made no request outside its own origin and threw nothing', () => {
    session.expectClean();
  });
});

/** Every cell value of the first sheet, except the generated-at note (a time stamp). */
async function cells(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const out = new Map<string, string>();
  out.set('sheet', ws.name);
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as unknown;
      const shown = v && typeof v === 'object' && 'formula' in (v as object) ? `=${(v as { formula: string }).formula}→${String((v as { result?: unknown }).result)}` : String(v);
      if (/^本表由绩效自评助手/.test(shown)) return;
      out.set(cell.address, shown);
      if (shown.includes('自评等级')) out.set('total', shown);
    }),
  );
  return out;
}
