/**
 * The 生成自评表 tab (a chunk of its own, loaded when the tab is opened) that failed to load is loaded again on the same
 * click — the open tab clicked again, or 重新加载 in its place — without closing the pane (stop 39's Left, bda6a74: only
 * another tab and back loaded it again). webpack forgets a chunk that failed, so the request is made anew.
 */
import './setup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import { FakeHost } from './fakeHost';
import { panelLoaded } from './openTab';

let mockPanelLoads = 0;
jest.mock('../../src/ui/GeneratePanel', () => {
  // the first two loads fail as webpack's loader fails; the third arrives
  if (mockPanelLoads++ < 2) {
    throw Object.assign(new Error('Loading chunk generate failed.\n(missing: https://localhost:3000/generate.0c1d2e3f.js)'), { name: 'ChunkLoadError', type: 'missing' });
  }
  return jest.requireActual('../../src/ui/GeneratePanel');
});

test('a tab whose part failed to load: clicked again it loads again, and 重新加载 does too', async () => {
  const said = /加载项的部分程序文件未能加载/;
  const again = '重新加载';
  const user = userEvent.setup();
  render(<App host={new FakeHost()} locale="zh-CN" />);
  const tab = screen.getByRole('tab', { name: '生成自评表' });
  await user.click(tab);
  expect(await screen.findByTestId('notice-error')).toHaveTextContent(said);
  expect(mockPanelLoads).toBe(1);
  // the same tab, clicked again while open: a second load (it fails too, and says so again)
  await user.click(tab);
  expect(await screen.findByTestId('notice-error')).toHaveTextContent(said);
  expect(mockPanelLoads).toBe(2);
  // 重新加载 in the tab's place: the third load arrives; the notice goes
  await user.click(screen.getByRole('button', { name: again }));
  await panelLoaded();
  expect(screen.getByRole('button', { name: '生成' })).toBeInTheDocument();
  expect(screen.queryByTestId('notice-error')).toBeNull();
  expect(screen.queryByRole('button', { name: again })).toBeNull();
  expect(mockPanelLoads).toBe(3);
});
