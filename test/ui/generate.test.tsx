import './setup';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_LAYOUT, LAYOUTS, layoutLabel } from '../../src/model/selfeval/layouts';
import { App } from '../../src/ui/App';
import { HostError } from '../../src/ui/host';
import { PROGRESS_INTERVAL_MS } from '../../src/ui/useTask';
import { FakeHost, PREVIEW, viewOf } from './fakeHost';
import { analyse } from '../../src/ui/engine';
import { sampleMidYearGrid } from '../../src/model/sample';
import { openGenerate, panelLoaded, readPreview } from './openTab';
import { selfEvalChart } from '../../src/ui/workbookHost';


describe('生成自评表 (zh-CN)', () => {
  test.each(['zh-CN', 'en-US'] as const)('offers every layout of the registry, in its order, labelled from it (%s)', async (locale) => {
    await openGenerate(new FakeHost(), locale);
    const shown = screen.getAllByRole('radio').map((r) => r.closest('span')?.textContent ?? r.getAttribute('aria-label'));
    expect(shown).toEqual(LAYOUTS.map((l) => layoutLabel(l.id, locale)));
    expect(screen.getByRole('radio', { name: layoutLabel(DEFAULT_LAYOUT, locale) })).toBeChecked();
    // no workbook read yet, so no month: never the placeholder 1—M月
    expect(shown.join('|')).not.toMatch(/M月|month M/);
  });

  test.each([
    ['zh-CN', '绩效监控表（1—9月执行情况与预警）'],
    ['en-US', 'Mid-year monitoring table (progress to month 9 and warning lights)'],
  ] as const)('the monitoring table is offered with the workbook\'s cut-off month filled in (%s)', async (locale, label) => {
    // It read 绩效监控表（1—M月执行情况与预警） whatever the workbook said.
    const host = new FakeHost();
    host.checkResult = { ...viewOf([]), monitorMonth: 9 };
    const user = await openGenerate(host, locale);
    await readPreview(user, locale);
    expect(screen.getByRole('radio', { name: label })).toBeInTheDocument();
  });

  test('before a check: the preview offers to read the workbook, then shows the key figures', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf([]);
    const user = await openGenerate(host);
    expect(screen.getByText('读取工作簿后在此预览关键数据。')).toBeInTheDocument();
    await readPreview(user);
    expect(host.checkCalls).toBe(1);
    expect(screen.getByTestId('fiscal-year')).toHaveTextContent('2018');
    expect(screen.getByTestId('execution-rate')).toHaveTextContent('100.00%');
    expect(screen.getByTestId('leverage')).toHaveTextContent('28.16');
    expect(screen.getByTestId('new-count')).toHaveTextContent('49');
    expect(screen.getByTestId('carried-count')).toHaveTextContent('120');
    expect(screen.getByTestId('total')).toHaveTextContent('100.00');
    expect(screen.getByTestId('grade')).toHaveTextContent('优');
    // the layout follows the profile's 分值方案 (2020)
    expect(screen.getByRole('radio', { name: /2020/ })).toBeChecked();
  });

  test('the chart is one image with a summary and a hidden table of the same numbers', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf([]);
    const user = await openGenerate(host);
    await readPreview(user);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      '本年拨付按立项年度：2018年新上项目 160万元；2017年结转项目 680万元；2016年结转项目 90万元；2015年结转项目 160万元；2014年结转项目 110万元'
    );
    const table = screen.getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      '立项年度项目数本年拨付（万元）',
      '2018（新上）49160',
      '201750680',
      '20161890',
      '201530160',
      '201422110',
    ]);
    // bar widths are proportional: 680 is the longest, 90 the shortest
    const width = (y: number) => Number(screen.getByTestId(`bar-${y}`).querySelector('rect')!.getAttribute('width'));
    expect(width(2017)).toBeGreaterThan(width(2018));
    expect(width(2018)).toBeCloseTo((width(2017) * 160) / 680, 5);
    expect(width(2016)).toBeLessThan(width(2014));
  });

  test('the funds paragraph is plain text with a 复制 button', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf([], { ...PREVIEW, paragraph: '<b>本年</b>共计拨付1200万元。' });
    const user = await openGenerate(host);
    await readPreview(user);
    const p = screen.getByTestId('paragraph');
    expect(p.textContent).toBe('<b>本年</b>共计拨付1200万元。');
    expect(p.querySelector('b')).toBeNull();
    const writeText = jest.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(writeText).toHaveBeenCalledWith('<b>本年</b>共计拨付1200万元。');
    expect(await screen.findByText('已复制到剪贴板。')).toBeInTheDocument();
    // clipboard refused and no execCommand: says how to copy by hand
    writeText.mockRejectedValueOnce(new Error('NotAllowedError'));
    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(await screen.findByText('无法访问剪贴板，请手动选中文字复制。')).toBeInTheDocument();
  });

  test('生成 shows progress, then the new sheet name; the layout chosen is passed', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf([]);
    host.manualGenerate = true;
    const user = await openGenerate(host);
    await user.click(screen.getByRole('radio', { name: /2018/ }));
    await user.click(screen.getByRole('button', { name: '生成' }));
    expect(host.generateCalls).toHaveLength(1);
    expect(host.generateCalls[0].layout).toBe('2018');
    const bar = screen.getByRole('progressbar');
    expect(screen.getByText('正在生成自评表…')).toBeInTheDocument();
    expect(bar).not.toHaveAttribute('aria-valuenow'); // indeterminate until the host reports
    await waitFor(() => expect(host.pendingGenerate).not.toBeNull());
    act(() => host.pendingGenerate!.options.onProgress!(0.5));
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.5'));
    // Reports in a burst (a read's every percent): the bar takes at most one at once, then the latest within
    // PROGRESS_INTERVAL_MS, not a render of the whole page for each.
    act(() => {
      for (let p = 6; p <= 9; p++) host.pendingGenerate!.options.onProgress!(p / 10);
    });
    expect(['0.5', '0.6']).toContain(screen.getByRole('progressbar').getAttribute('aria-valuenow'));
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.9'), { timeout: 4 * PROGRESS_INTERVAL_MS });
    expect(screen.getByRole('button', { name: '生成' })).toBeDisabled();
    await act(async () => host.pendingGenerate!.resolve({ sheetName: '2018年度绩效自评表 (2)' }));
    expect(await screen.findByText('已生成新工作表“2018年度绩效自评表 (2)”。')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('取消 aborts the signal, removes the bar and says so', async () => {
    const host = new FakeHost();
    host.manualGenerate = true;
    const user = await openGenerate(host);
    await user.click(screen.getByRole('button', { name: '生成' }));
    await waitFor(() => expect(host.pendingGenerate).not.toBeNull());
    const signal = host.pendingGenerate!.options.signal;
    expect(signal.aborted).toBe(false);
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(signal.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await screen.findByText('已取消。')).toBeInTheDocument();
    expect(screen.queryByTestId('notice-error')).toBeNull();
    expect(screen.getByRole('button', { name: '生成' })).not.toBeDisabled();
  });

  test('a failure shows a MessageBar in Chinese', async () => {
    const host = new FakeHost();
    host.generateResult = new HostError('host', {
      'zh-CN': '工作簿缺少“绩效指标”表。',
      'en-US': 'The workbook has no indicator sheet.',
    });
    const user = await openGenerate(host);
    await user.click(screen.getByRole('button', { name: '生成' }));
    const bar = await screen.findByTestId('notice-error');
    expect(bar).toHaveTextContent('工作簿缺少“绩效指标”表。');
    // an unexpected error (a bug, an Office API failure) is shown too, never only in the console
    host.generateResult = new Error('GeneralException');
    await user.click(screen.getByRole('button', { name: '生成' }));
    expect(await screen.findByTestId('notice-error')).toHaveTextContent('操作未完成：GeneralException');
  });

  test('the page: no 模板 tab, and 生成 waits for a file', async () => {
    const host = new FakeHost();
    host.capabilities = { goTo: false, mark: false, templates: false, openFile: true, sample: false };
    const user = userEvent.setup();
    render(<App host={host} locale="zh-CN" />);
    expect(screen.queryByRole('tab', { name: '模板' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: '生成自评表' }));
    await panelLoaded();
    // nothing to generate from before a file is open
    expect(screen.getByRole('button', { name: '生成' })).toBeDisabled();
  });
});

describe('Self-evaluation table (en-US)', () => {
  test('English figures, success and failure', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf([], { ...PREVIEW, total: undefined, grade: undefined, executionRate: undefined });
    const user = await openGenerate(host, 'en-US');
    await readPreview(user, 'en-US');
    expect(screen.getByTestId('execution-rate')).toHaveTextContent('—');
    expect(screen.getByTestId('total')).toHaveTextContent('— (no points in the indicator sheet)');
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Paid out this year by cohort: 2018 new projects 160 ×10,000 yuan; 2017 carried-over/
    );
    // no Chinese in the English panel (punctuation and units included) but the funds paragraph (official text to
    // copy) and the sheet names the user types
    const panel = screen.getByRole('region', { name: 'Self-evaluation table' }).cloneNode(true) as HTMLElement;
    for (const p of Array.from(panel.querySelectorAll('[data-testid="paragraph"]'))) p.remove();
    const words = (panel.textContent ?? '').replace(/配置|项目台账|绩效指标|报告素材/g, '');
    expect(words).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(screen.getByTestId('fiscal-year').parentElement).toHaveTextContent(/^Fiscal year: 2018$/);
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText('Created the new worksheet "2018年度绩效自评表".')).toBeInTheDocument();
  });

  test.each([['优', 'excellent'], ['良', 'good'], ['中', 'fair'], ['差', 'poor']] as const)('the grade %p reads %p in English', async (grade, word) => {
    const host = new FakeHost();
    host.checkResult = viewOf([], { ...PREVIEW, total: 50, grade });
    const user = await openGenerate(host, 'en-US');
    await readPreview(user, 'en-US');
    expect(screen.getByTestId('grade')).toHaveTextContent(new RegExp(`^${word}$`));
    host.generateResult = new HostError('host', { 'zh-CN': '无', 'en-US': 'The workbook has no indicator sheet.' });
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByTestId('notice-error')).toHaveTextContent(
      'Something went wrongThe workbook has no indicator sheet.'
    );
  });
});

describe('模板', () => {
  test('inserts the input sheets, empty or with the sample, and names what it inserted', async () => {
    const host = new FakeHost();
    const user = userEvent.setup();
    render(<App host={host} locale="zh-CN" />);
    await user.click(screen.getByRole('tab', { name: '模板' }));
    await user.click(screen.getByRole('button', { name: '插入输入表' }));
    expect(host.insertTemplates).toHaveBeenLastCalledWith(expect.objectContaining({ withSample: false }));
    expect(await screen.findByText('已插入工作表：配置 (2)、项目台账、绩效指标、报告素材。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '载入示例数据' }));
    expect(host.insertTemplates).toHaveBeenLastCalledWith(expect.objectContaining({ withSample: true }));
    host.insertTemplates.mockRejectedValueOnce(
      new HostError('host', { 'zh-CN': '工作簿受保护，无法插入工作表。', 'en-US': 'Protected.' })
    );
    await user.click(screen.getByRole('button', { name: '插入输入表' }));
    expect(await screen.findByTestId('notice-error')).toHaveTextContent('工作簿受保护，无法插入工作表。');
  });

  test('Templates (en-US)', async () => {
    const host = new FakeHost();
    const user = userEvent.setup();
    render(<App host={host} locale="en-US" />);
    await user.click(screen.getByRole('tab', { name: 'Templates' }));
    await user.click(screen.getByRole('button', { name: 'Load sample data' }));
    expect(host.insertTemplates).toHaveBeenCalledWith(expect.objectContaining({ withSample: true }));
    expect(await screen.findByText('Inserted the sheets: 配置, 项目台账, 绩效指标, 报告素材.')).toBeInTheDocument();
  });
});

describe('监控表 (the mid-year monitoring table)', () => {
  test.each(['zh-CN', 'en-US'] as const)('a mid-year workbook: the monitoring table chosen, its rates and the indicators per light in the preview (%s)', async (locale) => {
    const host = new FakeHost();
    host.checkResult = analyse(sampleMidYearGrid()).view;
    const user = await openGenerate(host, locale);
    await readPreview(user, locale);
    const monitor = LAYOUTS.find((l) => l.monitor)!;
    // the sample is monitored to July (配置's 监控截止月份 7)
    expect(screen.getByRole('radio', { name: locale === 'zh-CN' ? '绩效监控表（1—7月执行情况与预警）' : 'Mid-year monitoring table (progress to month 7 and warning lights)' })).toBeChecked();
    if (locale === 'zh-CN') {
      expect(screen.getByTestId('monitor-rate')).toHaveTextContent('43.33%预警：黄灯');
      expect(screen.getByTestId('time-progress')).toHaveTextContent('58.33%');
      expect(screen.getByTestId('light-counts')).toHaveTextContent('绿灯 4 个黄灯 2 个红灯 2 个');
    } else {
      expect(screen.getByTestId('light-counts')).toHaveTextContent('4 green2 amber2 red');
      expect(screen.getByTestId('monitor-rate')).toHaveTextContent('43.33%light: amber');
    }
    await user.click(screen.getByRole('button', { name: locale === 'zh-CN' ? '生成' : /Generate|Build/ }));
    expect(host.generateCalls.map((c) => c.layout)).toEqual([monitor.id]);
  });

  test.each(['zh-CN', 'en-US'] as const)('a mid-year workbook\'s payments are named as paid to the cut-off month, its rate once (%s)', async (locale) => {
    // The preview said 本年拨付 over the chart, its table and the funds paragraph, and 预算执行率 beside 1—7月预算执行率,
    // for January to July's payments.
    const analysis = analyse(sampleMidYearGrid());
    const host = new FakeHost();
    host.checkResult = analysis.view;
    const user = await openGenerate(host, locale);
    await readPreview(user, locale);
    const shown = screen.getByRole('region').textContent ?? '';
    expect(screen.queryByTestId('execution-rate')).toBeNull();
    const caption = within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);
    if (locale === 'zh-CN') {
      expect(shown).not.toContain('本年');
      expect(shown).not.toMatch(/(?<!月)预算执行率/);
      expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^1—7月拨付按立项年度：2018年新上项目 0万元；2017年结转项目 340万元/);
      expect(caption).toEqual(['立项年度', '项目数', '1—7月拨付（万元）']);
      expect(screen.getByTestId('paragraph').textContent).toMatch(/^1—7月共计拨付专利实施项目经费520万元，其中：2018年新上项目49项，财政支持资金1335万元，1—7月拨付0万元；/);
    } else {
      expect(shown).not.toContain('this year');
      expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Paid out to month 7 by cohort: /);
      expect(caption).toEqual(['Cohort', 'Projects', 'Paid out to month 7 (×10,000 yuan)']);
    }
    // the chart drawn beside the 监控表 in Excel and WPS says the same
    expect(selfEvalChart(analysis)?.title).toBe('1—7月拨付（按立项年度，万元）');
  });

  test('a year-end workbook shows no lights', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf([]);
    const user = await openGenerate(host);
    await readPreview(user);
    expect(screen.queryByTestId('light-counts')).toBeNull();
  });
});
