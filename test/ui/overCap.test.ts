/**
 * An indicator table longer than a form is laid out for (S022, selfeval/cap.ts) in the task pane and the page: the
 * check lists S022 and still previews the scores; 生成 makes no table (and no report), and says S022's words — how
 * many indicators, the cap, what to do — in place of a table, draft box ticked or not.
 */
import { writeXlsx } from '../../src/adapters/xlsx';
import { findingText } from '../../src/model/messages';
import { MAX_FORM_INDICATORS } from '../../src/model/selfeval';
import { createOfficeHost } from '../../src/taskpane/officeHost';
import { createFileHost } from '../../src/standalone/fileHost';
import { HostError, type TaskOptions } from '../../src/ui/host';
import { fakeWorkbookFromGrid, snapshotWorkbook } from '../fakes/excel';
import { manyIndicators, scoredBook } from '../model/support/ledger';

const opts = (): TaskOptions => ({ signal: new AbortController().signal });
const grid = scoredBook({ indicatorRows: manyIndicators(MAX_FORM_INDICATORS + 1) });

async function failure(p: Promise<unknown>): Promise<HostError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(HostError);
  return e as HostError;
}

describe(`more than ${MAX_FORM_INDICATORS} indicators in the pane and the page`, () => {
  test('the pane: S022 among the findings, the total still previewed; 生成 adds no sheet and says S022, draft or not', async () => {
    const fake = fakeWorkbookFromGrid(grid);
    const before = snapshotWorkbook(fake);
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) });
    const view = await host.check(opts());
    const s022 = view.findings.filter((f) => f.rule === 'S022');
    expect(s022).toHaveLength(1);
    // 3 × 667 indicators of 50/30/10 points: scored, far past 100
    expect(view.preview?.total).toBeDefined();
    for (const draft of [false, true]) {
      const e = await failure(host.generate({ ...opts(), layout: '2020', draft }));
      expect(e.code).toBe('tooManyIndicators');
      expect(e.text).toEqual({ 'zh-CN': findingText(s022[0], 'zh-CN'), 'en-US': findingText(s022[0], 'en-US') });
      expect(e.text['zh-CN']).toContain(`有 ${MAX_FORM_INDICATORS + 1} 个指标，超过一张绩效自评表可排版的上限 ${MAX_FORM_INDICATORS} 个`);
    }
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('the page: nothing downloaded, the table and the report refused with S022', async () => {
    const downloads: unknown[] = [];
    const host = createFileHost({ download: (bytes, name) => downloads.push({ bytes, name }) });
    const bytes = await writeXlsx(grid.sheets.map((g) => ({ grid: g })));
    await host.openFile!(new File([bytes.slice() as BlobPart], '台账.xlsx'), opts());
    const table = await failure(host.generate({ ...opts(), layout: '2018' }));
    expect(table.text['zh-CN']).toMatch(/上限 2000 个，无法生成绩效自评表/);
    const report = await failure(host.report!({ ...opts(), layout: '2020', draft: true }));
    expect(report.code).toBe('reportRefused');
    expect(report.text['zh-CN']).toMatch(/上限 2000 个，无法生成绩效自评表/);
    expect(downloads).toHaveLength(0);
  });
});
