/** The task pane's host against the fake Excel API: what each button does to the workbook. */
import { createFakeExcel, fakeWorkbookFromGrid, snapshotWorkbook, type FakeExcel } from '../fakes/excel';
import type { CellValue, Grid } from '../../src/model/grid';
import { CLEAN_LEDGER_ROWS, LEDGER_HEADERS, sampleMidYearGrid, sampleWorkbookGrid } from '../../src/model/sample';
import { analyse } from '../../src/ui/engine';
import { HostError, type TaskOptions } from '../../src/ui/host';
import { createOfficeHost, platformCanDownload } from '../../src/taskpane/officeHost';
import { reportText } from '../../src/model/report';
import { readDocx } from '../adapters/docx/read';
import { report } from '../model/report/support';
import { badReadGrid } from '../support/shapes';

/** The sample with a few ledger cells broken: findings of every severity on real cells. */
function brokenSample(): Grid {
  const grid = sampleWorkbookGrid();
  const col = (h: string): number => LEDGER_HEADERS.findIndex(([, x]) => x === h);
  const sheets = grid.sheets.map((s) => {
    if (s.name !== '项目台账') return s;
    const values = s.values.map((r) => [...r]) as CellValue[][];
    const first = CLEAN_LEDGER_ROWS.firstProject;
    values[first][col('专利号')] = 'ZL123';
    values[first + 1][col('财政支持资金')] = '很多';
    values[first + 2][col('立项年度')] = 2030;
    values[first + 3][col('本年拨付')] = -5;
    return { ...s, values };
  });
  return { sheets };
}

const opts = (): TaskOptions & { progress: Array<number | undefined> } => {
  const progress: Array<number | undefined> = [];
  return { signal: new AbortController().signal, onProgress: (p) => progress.push(p), progress };
};

function hostOn(fake: FakeExcel) {
  return createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b) });
}

describe('Office host', () => {
  test('check reads the open workbook: the same view as the model gives for its grid', async () => {
    const grid = brokenSample();
    const fake = fakeWorkbookFromGrid(grid);
    const o = opts();
    const view = await hostOn(fake).check(o);
    const expected = analyse(grid).view;
    expect(view.counts.error).toBeGreaterThanOrEqual(3);
    expect(view.counts).toEqual(expected.counts);
    expect(view.findings.map((f) => [f.rule, f.sheet, f.row, f.col])).toEqual(
      expected.findings.map((f) => [f.rule, f.sheet, f.row, f.col])
    );
    expect(o.progress.at(-1)).toBe(1);
  });

  test('goTo activates the sheet and selects the cell', async () => {
    const fake = fakeWorkbookFromGrid(sampleWorkbookGrid());
    const host = hostOn(fake);
    await host.goTo!({ rule: 'L006', severity: 'error', sheet: '项目台账', row: 6, col: 7, params: { region: '北京市' } });
    expect(fake.workbook.activeSheet?.name).toBe('项目台账');
    expect(fake.workbook.selection?.rect).toEqual({ r0: 6, c0: 7, r1: 6, c1: 7 });
    await expect(
      host.goTo!({ rule: 'S001', severity: 'error', sheet: '不存在', row: 0, col: 0, params: { kind: 'ledger', names: ['项目台账'] } })
    ).rejects.toThrow(HostError);
  });

  test('mark colours the cells with a note in Chinese; clearMarks restores the workbook', async () => {
    const fake = fakeWorkbookFromGrid(brokenSample());
    const host = hostOn(fake);
    const before = snapshotWorkbook(fake);
    const view = await host.check(opts());
    const errors = view.findings.filter((f) => f.severity === 'error' && f.sheet);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    await host.mark!(errors);
    const marked = snapshotWorkbook(fake);
    expect(marked).not.toEqual(before);
    const sheet = marked.sheets.find((s) => s.name === errors[0].sheet)!;
    const notes = Object.values(sheet.notes).join('\n');
    expect(notes).toMatch(/[\u4e00-\u9fff]/);
    await host.clearMarks!();
    const after = snapshotWorkbook(fake);
    expect(after.sheets.filter((s) => s.visibility === 'Visible')).toEqual(
      before.sheets.filter((s) => s.visibility === 'Visible')
    );
  });

  test('an English pane heads its notes in English', async () => {
    const fake = fakeWorkbookFromGrid(brokenSample());
    const host = createOfficeHost({ locale: 'en-US', run: (b) => fake.run(b) });
    const view = await host.check(opts());
    await host.mark!(view.findings.filter((f) => f.severity === 'error' && f.sheet));
    const notes = snapshotWorkbook(fake).sheets.flatMap((s) => Object.values(s.notes));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.startsWith('[JX self-evaluation assistant]\n')).toBe(true);
  });

  test('insertTemplates adds the four sheets, never overwriting one of the same name', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('配置');
    const r = await hostOn(fake).insertTemplates!({ withSample: false });
    expect(r.sheetNames).toEqual(['配置 (2)', '项目台账', '绩效指标', '报告素材']);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['配置', '配置 (2)', '项目台账', '绩效指标', '报告素材']);
    // with the sample, the inserted sheets check like the sample itself
    const fresh = createFakeExcel();
    const host = hostOn(fresh);
    await host.insertTemplates!({ withSample: true });
    const view = await host.check(opts());
    expect(view.preview?.newCount).toBe(49);
    expect(view.preview?.cohorts.map((c) => c.disbursed)).toEqual([160, 680, 90, 160, 110]);
  });

  test('generate renders the 自评表 in a new sheet, never over an existing one, with its chart', async () => {
    const fake = fakeWorkbookFromGrid(sampleWorkbookGrid());
    fake.workbook.addSheet('2018年度绩效自评表');
    const before = snapshotWorkbook(fake).sheets.filter((s) => s.name !== '2018年度绩效自评表');
    const o = opts();
    const r = await hostOn(fake).generate({ ...o, layout: '2018' });
    expect(r).toEqual({ sheetName: '2018年度绩效自评表 (2)' });
    const after = snapshotWorkbook(fake);
    const sheet = after.sheets.find((s) => s.name === '2018年度绩效自评表 (2)')!;
    expect(Object.values(sheet.cells).map((c) => c.value)).toContain('自治区财政项目支出绩效自评表');
    expect(sheet.charts).toHaveLength(1);
    expect(after.activeSheet).toBe('2018年度绩效自评表 (2)');
    // the input sheets are untouched
    for (const s of before) expect(after.sheets.find((x) => x.name === s.name)!.cells).toEqual(s.cells);
    expect(o.progress.at(-1)).toBe(1);

    const r2020 = await hostOn(fake).generate({ ...opts(), layout: '2020' });
    expect(r2020).toEqual({ sheetName: '2018年度绩效自评表 (3)' });
    const t2020 = snapshotWorkbook(fake).sheets.find((s) => s.name === '2018年度绩效自评表 (3)')!;
    expect(Object.values(t2020.cells).some((c) => typeof c.formula === 'string' && c.formula.length > 0)).toBe(true);
  });

  test('generate refuses a workbook without its sheets, in words', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('Sheet1');
    const e = await hostOn(fake)
      .generate({ ...opts(), layout: '2020' })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).text['zh-CN']).toMatch(/无法生成自评表/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('a cancelled check rejects with AbortError; an Excel failure becomes a HostError in Chinese', async () => {
    const fake = fakeWorkbookFromGrid(sampleWorkbookGrid());
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(hostOn(fake).check({ signal: ctrl.signal })).rejects.toMatchObject({ name: 'AbortError' });
    fake.failOn(() => true, { times: 50 });
    const e = (await hostOn(fake)
      .check(opts())
      .catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.text['zh-CN']).toMatch(/^读取工作簿失败：/);
  });
});

describe('Office host: the 自评报告', () => {
  test('drafts the report of the open workbook and downloads it as .docx named after the workbook (it was named by its Chinese title in English too)', async () => {
    const fake = fakeWorkbookFromGrid(sampleWorkbookGrid());
    fake.workbook.name = '伊犁州项目台账.xlsx';
    const downloads: Array<{ bytes: Uint8Array; name: string; mime?: string }> = [];
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b), download: (bytes, name, mime) => downloads.push({ bytes, name, mime }) });
    const before = snapshotWorkbook(fake);
    const r = await host.report!({ ...opts(), layout: '2018', draft: false });
    expect(r).toMatchObject({ downloadName: '伊犁州项目台账-自评报告.docx', placeholders: 0 });
    const english = createOfficeHost({ locale: 'en-US', run: (b) => fake.run(b), download: () => undefined });
    expect(await english.report!({ ...opts(), layout: '2018', draft: false })).toMatchObject({ downloadName: '伊犁州项目台账-self-evaluation-report.docx' });
    fake.workbook.name = '工作簿1'; // never saved
    expect(await english.report!({ ...opts(), layout: '2018', draft: false })).toMatchObject({ downloadName: '工作簿1-self-evaluation-report.docx' });
    expect(downloads).toHaveLength(1);
    expect(downloads[0].mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const doc = readDocx(downloads[0].bytes);
    expect(doc.paragraphs.map((p) => p.text)).toContain('本年预算1200万元，较上年2000万元减少800万元，降幅40%。');
    expect(doc.tables[0].cells[0]).toEqual(['项目名称', '自治区专利实施计划项目']); // the 2018 form
    expect(snapshotWorkbook(fake)).toEqual(before); // the workbook is only read
  });

  test('where the pane cannot save a download (Excel for Mac, iPad): the report’s text and the reason, no file', async () => {
    const fake = fakeWorkbookFromGrid(sampleWorkbookGrid());
    const download = jest.fn();
    const loadDocx = jest.fn();
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b), canDownload: false, download, loadDocx });
    const r = await host.report!({ ...opts(), layout: '2020', draft: false });
    if (!('noDownload' in r)) throw new Error('expected the text');
    expect(r.noDownload['zh-CN']).toMatch(/^此版本的 Excel（Mac 或 iPad）不能保存加载项下载的文件。/);
    expect(r.noDownload['en-US']).not.toMatch(/[\u4e00-\u9fff]/);
    expect(r.text).toBe(reportText(report(sampleWorkbookGrid(), '2020')).replace('2019年3月1日', r.text.split('\n')[3]));
    expect(download).not.toHaveBeenCalled();
    expect(loadDocx).not.toHaveBeenCalled(); // docx is not even loaded
    expect(platformCanDownload('Mac')).toBe(false);
    expect(platformCanDownload('iOS')).toBe(false);
    expect(platformCanDownload('PC')).toBe(true);
    expect(platformCanDownload('OfficeOnline')).toBe(true);
  });

  test('a workbook with structural errors: a HostError naming them unless a draft is asked for', async () => {
    const fake = fakeWorkbookFromGrid(badReadGrid());
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b), download: () => undefined });
    const e = (await host.report!({ ...opts(), layout: '2020', draft: false }).catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.text['zh-CN']).toMatch(/^工作簿有 \d+ 个错误（S002），未生成自评报告。请先在“检查”中修正，或勾选“数据有错误时仍生成草稿”。第一个：/);
    const r = await host.report!({ ...opts(), layout: '2020', draft: true });
    expect(r.text.split('\n')[0]).toBe('【草稿】');
  });

  test('a mid-year workbook gets no 自评报告 (its figures are July\'s), in words that say what to build instead', async () => {
    // It drafted a year-end report with the 监控表 as its appendix and 180 of 500 人次 as the year's 实际完成.
    const mid = fakeWorkbookFromGrid(sampleMidYearGrid());
    const download = jest.fn();
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => mid.run(b), download });
    for (const layout of ['monitor', '2020'] as const) {
      const e = (await host.report!({ ...opts(), layout, draft: true }).catch((x: unknown) => x)) as HostError;
      expect(e).toBeInstanceOf(HostError);
      expect(e.text['zh-CN']).toMatch(/^这是年中监控的工作簿（绩效指标填写的是监控期完成值，没有“实际完成值”列），未生成自评报告：.*年中请生成绩效监控表/);
      expect(e.text['en-US']).toMatch(/^This is a mid-year monitoring workbook/);
    }
    // a year-end workbook with the 监控表 chosen: asked to choose a 自评表 form
    const year = fakeWorkbookFromGrid(sampleWorkbookGrid());
    const asked = createOfficeHost({ locale: 'zh-CN', run: (b) => year.run(b), download });
    const e = (await asked.report!({ ...opts(), layout: 'monitor', draft: false }).catch((x: unknown) => x)) as HostError;
    expect(e.text['zh-CN']).toBe('绩效监控表不能作为自评报告的附表，未生成自评报告：请在“表式”中选择 2020 年或 2018 年表式后再下载自评报告。');
    expect(e.text['en-US']).not.toMatch(/[\u4e00-\u9fff]/);
    expect(download).not.toHaveBeenCalled();
  });

  test('a workbook with data errors only gets its report, as it gets its table (not a draft)', async () => {
    const fake = fakeWorkbookFromGrid(brokenSample());
    const host = createOfficeHost({ locale: 'zh-CN', run: (b) => fake.run(b), download: () => undefined });
    const r = await host.report!({ ...opts(), layout: '2020', draft: false });
    expect(r.text.split('\n')[0]).toBe('自治区专利实施计划项目');
  });
});
