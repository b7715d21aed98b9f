/**
 * Issue 12, item 3 in the task pane and the page: 生成 over a bad read (a structural error) makes
 * no 自评表 and says why and how to get a draft; with the draft box ticked the table is made and
 * marked 草稿：数据存在错误.
 */
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { DRAFT_MARK, DRAFT_SHEET_SUFFIX } from '../../src/model/selfeval';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { createFileHost } from '../../src/standalone/fileHost';
import { HostError, type TaskOptions } from '../../src/ui/host';
import { fakeWorkbookFromGrid, snapshotWorkbook } from '../fakes/excel';
import { badReadGrid } from '../support/shapes';

const opts = (): TaskOptions => ({ signal: new AbortController().signal });

async function refusal(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

function expectRefusalWords(e: HostError): void {
  expect(e.code).toBe('refused');
  // why (the structural errors, by rule and column) and what to do (fix, or tick the draft box)
  expect(e.text['zh-CN']).toMatch(/^未生成自评表：工作簿的结构有 2 个错误/);
  expect(e.text['zh-CN']).toContain('S002');
  expect(e.text['zh-CN']).toContain('本年拨付');
  expect(e.text['zh-CN']).toContain('数据有错误时仍生成草稿');
  expect(e.text['en-US']).toMatch(/^No table was built: the workbook's structure has 2 error\(s\)/);
  expect(e.text['en-US']).toContain('Build a draft despite errors');
}

describe('the task pane refuses a 自评表 from a bad read', () => {
  test('生成 adds no sheet and says why; the workbook is untouched', async () => {
    const fake = fakeWorkbookFromGrid(badReadGrid());
    const before = snapshotWorkbook(fake);
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) });
    expectRefusalWords(await refusal(host.generate({ ...opts(), layout: '2020' })));
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('with the draft box ticked: a new sheet named （草稿）, its title row marked', async () => {
    const fake = fakeWorkbookFromGrid(badReadGrid());
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) });
    const r = await host.generate({ ...opts(), layout: '2020', draft: true });
    expect(r).toEqual({ sheetName: `2018年度绩效自评表${DRAFT_SHEET_SUFFIX}` });
    const sheet = snapshotWorkbook(fake).sheets.find((s) => s.name === `2018年度绩效自评表${DRAFT_SHEET_SUFFIX}`)!;
    expect(Object.values(sheet.cells).map((c) => c.value)).toContain(`【${DRAFT_MARK}】项目支出绩效自评表`);
  });
});

describe('the page refuses a 自评表 from a bad read', () => {
  async function openBadRead() {
    const downloads: Array<{ bytes: Uint8Array; name: string }> = [];
    const host = createFileHost({ download: (bytes, name) => downloads.push({ bytes, name }) });
    const bytes = await writeXlsx(badReadGrid().sheets.map((grid) => ({ grid })));
    await host.openFile!(new File([bytes.slice() as BlobPart], '台账.xlsx'), opts());
    return { host, downloads };
  }

  test('生成 downloads nothing and says why', async () => {
    const { host, downloads } = await openBadRead();
    expectRefusalWords(await refusal(host.generate({ ...opts(), layout: '2020' })));
    expect(downloads).toHaveLength(0);
  });

  test('with the draft box ticked: the downloaded table is marked 草稿', async () => {
    const { host, downloads } = await openBadRead();
    await host.generate({ ...opts(), layout: '2020', draft: true });
    expect(downloads).toHaveLength(1);
    const back = await readXlsx(downloads[0].bytes);
    if (!back.ok) throw new Error('generated file unreadable');
    expect(back.grid.sheets.map((s) => s.name)).toEqual([`2018年度绩效自评表${DRAFT_SHEET_SUFFIX}`]);
    expect(back.grid.sheets[0].values.flat()).toContain(`【${DRAFT_MARK}】项目支出绩效自评表`);
  });
});
