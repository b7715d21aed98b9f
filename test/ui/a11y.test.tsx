import './setup';
import { axe } from 'jest-axe';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import { FakeHost, finding, viewOf } from './fakeHost';
import { panelLoaded, readPreview } from './openTab';

const FINDINGS = [
  finding('L006', 'error', '项目台账', 6, 7, { region: 'x' }, 'XJ-001'),
  finding('W001', 'warning', '配置', 8, 1, { sum: '1', executed: '2', unit: '万元', diff: '1' }),
  finding('S004', 'info', '项目台账', 2, 22, { headers: ['联系人'], count: 1 }),
];

async function noViolations(container: Element): Promise<void> {
  // color-contrast needs layout and computed colours that jsdom does not have
  let results!: Awaited<ReturnType<typeof axe>>;
  // axe yields to timers; keep the pane's own timers (virtualiser, tab indicator) inside act
  await act(async () => {
    results = await axe(container, { rules: { 'color-contrast': { enabled: false } } });
  });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.each(['zh-CN', 'en-US'] as const)('accessibility (%s)', (locale) => {
  test('检查 with findings, and an error MessageBar', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.checkResult = viewOf(FINDINGS);
    const { container } = render(<App host={host} locale={locale} />);
    await noViolations(container);
    await user.click(screen.getByRole('button', { name: locale === 'zh-CN' ? '检查' : 'Check' }));
    await screen.findByRole('listbox');
    await noViolations(container);
    host.checkResult = new Error('boom');
    await user.click(screen.getByRole('button', { name: locale === 'zh-CN' ? '检查' : 'Check' }));
    await screen.findByTestId('notice-error');
    await noViolations(container);
  });

  test('生成自评表 with the preview, chart and paragraph; progress bar', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    host.checkResult = viewOf([]);
    host.manualGenerate = true;
    const { container } = render(<App host={host} locale={locale} />);
    await user.click(screen.getAllByRole('tab')[1]);
    await panelLoaded(locale === 'zh-CN' ? '生成自评表' : 'Self-evaluation table');
    await noViolations(container);
    await readPreview(user, locale);
    await noViolations(container);
    await user.click(screen.getByRole('button', { name: locale === 'zh-CN' ? '生成' : 'Generate' }));
    screen.getByRole('progressbar');
    await noViolations(container);
  });

  test('模板, and the page with its drop zone', async () => {
    const user = userEvent.setup();
    const host = new FakeHost();
    const { container, unmount } = render(<App host={host} locale={locale} />);
    await user.click(screen.getAllByRole('tab')[2]);
    await noViolations(container);
    unmount();
    const page = new FakeHost();
    page.capabilities = { goTo: false, mark: false, templates: false, openFile: true, sample: true };
    const r = render(<App host={page} locale={locale} />);
    await noViolations(r.container);
  });
});
