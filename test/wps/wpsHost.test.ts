/** The pane's WPS host over the fake ET: check, go to a finding, mark, clear, generate, insert the templates. */
import { harnessWorkbook } from '../../src/harness/workbook';
import { createWpsHost } from '../../src/wps/wpsHost';
import { etApplication } from '../../src/wps/pane';
import { createFakeEt, fakeEtFromGrid } from '../fakes/et';
import { snapshotWorkbook } from '../fakes/excel';

const opts = () => ({ signal: new AbortController().signal });

describe('createWpsHost', () => {
  test('check → findings with cells; go to one; mark and clear restore the workbook; generate adds the table', async () => {
    const { grid, planted } = harnessWorkbook();
    const et = fakeEtFromGrid(grid, createFakeEt());
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    expect(host.capabilities).toMatchObject({ goTo: true, mark: true, templates: true });
    const progress: Array<number | undefined> = [];
    const view = await host.check({ ...opts(), onProgress: (f) => progress.push(f) });
    const cells = view.findings.filter((f) => f.sheet).map((f) => `${f.sheet}!${String.fromCharCode(65 + f.col)}${f.row + 1}`);
    for (const p of planted) expect(cells).toContain(`${p.sheet}!${p.cell}`);
    expect(progress[progress.length - 1]).toBe(1);

    const target = view.findings.find((f) => f.sheet)!;
    await host.goTo!(target);
    expect(et.workbook.selection).toMatchObject({ sheet: { name: target.sheet }, rect: { r0: target.row, c0: target.col } });

    const before = snapshotWorkbook(et);
    await host.mark!(view.findings);
    expect(et.sheet(target.sheet).notes.size).toBeGreaterThan(0);
    await host.clearMarks!();
    expect(snapshotWorkbook(et)).toEqual(before);

    const r = await host.generate({ ...opts(), layout: '2020' });
    expect('sheetName' in r && r.sheetName).toBeTruthy();
    expect(et.workbook.activeSheet!.name).toBe((r as { sheetName: string }).sheetName);
    // the chart beside the table, as in Excel: this year's disbursements by the year projects started
    expect(et.sheet((r as { sheetName: string }).sheetName).charts).toMatchObject([{ type: 'ColumnClustered', title: '本年拨付（按立项年度，万元）' }]);
  });

  test('a workbook whose structure has errors: no table unless a draft is asked for, then a draft', async () => {
    const { grid } = harnessWorkbook();
    // the ledger's 本年拨付 header renamed: a required column not found (S002, a structural error)
    const broken = {
      sheets: grid.sheets.map((s) => {
        if (s.name !== '项目台账') return s;
        const values = s.values.map((r) => [...r]);
        values[2][values[2].indexOf('本年拨付')] = '金额';
        return { ...s, values };
      }),
    };
    const et = fakeEtFromGrid(broken, createFakeEt());
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    const names = et.workbook.sheets.map((s) => s.name);
    await expect(host.generate({ ...opts(), layout: '2020' })).rejects.toThrow(/草稿/);
    expect(et.workbook.sheets.map((s) => s.name)).toEqual(names);
    const r = (await host.generate({ ...opts(), layout: '2020', draft: true })) as { sheetName: string };
    expect(r.sheetName).toMatch(/草稿/);
    expect(et.sheet(r.sheetName).headerFooter.leftFooter).toContain('草稿');
  });

  test('insert the templates into an empty workbook', async () => {
    const et = createFakeEt();
    et.workbook.addSheet('Sheet1');
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    const r = await host.insertTemplates!({ withSample: false });
    expect(r.sheetNames).toEqual(['配置', '项目台账', '绩效指标', '报告素材']);
  });

  test('with no workbook open, every action says so in Chinese (no TypeError), and nothing is added', async () => {
    // ET's ActiveWorkbook is null before any document is open (the fake ET's workbookOpen: false).
    const et = fakeEtFromGrid(harnessWorkbook().grid, createFakeEt());
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    const view = await host.check(opts());
    const target = view.findings.find((f) => f.sheet)!;
    et.workbookOpen = false;
    const names = et.workbook.sheets.map((s) => s.name);
    const noBook = /没有打开的工作簿/;
    await expect(host.check(opts())).rejects.toThrow(noBook);
    await expect(host.goTo!(target)).rejects.toThrow(noBook);
    await expect(host.mark!(view.findings)).rejects.toThrow(noBook);
    await expect(host.clearMarks!()).rejects.toThrow(noBook);
    await expect(host.generate({ ...opts(), layout: '2020' })).rejects.toThrow(noBook);
    await expect(host.insertTemplates!({ withSample: false })).rejects.toThrow(noBook);
    expect(et.workbook.sheets.map((s) => s.name)).toEqual(names);
  });

  test('a cancelled check rejects with AbortError', async () => {
    const et = fakeEtFromGrid(harnessWorkbook().grid, createFakeEt());
    const host = createWpsHost({ app: et.Application, locale: 'zh-CN' });
    const ctl = new AbortController();
    ctl.abort();
    await expect(host.check({ signal: ctl.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('the pane finds ET as window.Application or wps.Application, and nothing outside WPS', () => {
    const app = createFakeEt().Application;
    expect(etApplication({ Application: app })).toBe(app);
    expect(etApplication({ wps: { Application: app } })).toBe(app);
    expect(etApplication({})).toBeUndefined();
  });
});
