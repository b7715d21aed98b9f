/**
 * A part of the pane loaded on first use (a chunk of its own) that does not arrive — the network dropped, or the add-in
 * was updated and the old chunk is gone — is said in the pane's language with what to do, never as webpack's English
 * `Loading chunk … failed` (stop 38's Left: ui/workbookHost.ts's lazy imports). The 生成自评表 tab is such a part.
 */
import './setup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import { FakeHost } from './fakeHost';
import { panelLoaded } from './openTab';

/** webpack's error for a chunk that did not load (its JSONP loader: name, message, type, request). */
function chunkLoadError(chunk: string): Error {
  const url = `https://localhost:3000/${chunk}.0c1d2e3f.js`;
  return Object.assign(new Error(`Loading chunk ${chunk} failed.\n(missing: ${url})`), { name: 'ChunkLoadError', type: 'missing', request: url });
}

let mockPanelLoads = 0;
jest.mock('../../src/ui/GeneratePanel', () => {
  // the first load fails as webpack's loader fails; the next (the tab opened again) arrives
  if (mockPanelLoads++ === 0) {
    throw Object.assign(new Error('Loading chunk generate failed.\n(missing: https://localhost:3000/generate.0c1d2e3f.js)'), { name: 'ChunkLoadError', type: 'missing' });
  }
  return jest.requireActual('../../src/ui/GeneratePanel');
});

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

test.each([
  ['zh-CN', '检查', /加载项的部分程序文件未能加载（网络中断，或加载项刚刚更新）。请关闭任务窗格后重新打开/],
  ['en-US', 'Check', /Part of the add-in could not be loaded \(the network dropped, or the add-in has just been updated\)\. Close the task pane, open it again/],
] as const)('a check whose engine did not load says what to do, not webpack\'s words (%s)', async (locale, button, said) => {
  const host = new FakeHost();
  host.checkResult = chunkLoadError('925');
  const user = userEvent.setup();
  render(<App host={host} locale={locale} />);
  await user.click(screen.getByRole('button', { name: button }));
  const bar = await screen.findByTestId('notice-error');
  const text = bar.textContent ?? '';
  expect(text).toMatch(said);
  expect(text).not.toMatch(/Loading chunk|missing|localhost/);
  if (locale === 'en-US') expect(text).not.toMatch(CJK);
});

test('on the page (no task pane to reopen) it says to reload the page', async () => {
  const host = new FakeHost();
  host.checkResult = chunkLoadError('xlsx');
  const user = userEvent.setup();
  render(<App host={host} locale="zh-CN" variant="page" />);
  await user.click(screen.getByRole('button', { name: '检查' }));
  const bar = await screen.findByTestId('notice-error');
  expect(bar).toHaveTextContent('网页的部分程序文件未能加载（网络中断，或网页刚刚更新）。请刷新页面后再试；仍然不行时，请检查网络连接。');
  expect(bar).not.toHaveTextContent(/任务窗格|Loading chunk/);
});

test('the 生成自评表 tab is loaded when opened: a failed load says what to do; opening the tab again loads it', async () => {
  const user = userEvent.setup();
  render(<App host={new FakeHost()} locale="zh-CN" />);
  expect(mockPanelLoads).toBe(0); // not at start-up
  await user.click(screen.getByRole('tab', { name: '生成自评表' }));
  expect(await screen.findByTestId('notice-error')).toHaveTextContent(/加载项的部分程序文件未能加载.*请关闭任务窗格后重新打开/);
  expect(screen.queryByRole('region', { name: '生成自评表' })).toBeNull();
  await user.click(screen.getByRole('tab', { name: '检查' }));
  await user.click(screen.getByRole('tab', { name: '生成自评表' }));
  await panelLoaded();
  expect(screen.getByRole('button', { name: '生成' })).toBeInTheDocument();
  expect(screen.queryByTestId('notice-error')).toBeNull();
  expect(mockPanelLoads).toBe(2);
});
