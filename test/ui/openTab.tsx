/** Renders the App on a host and opens its 生成自评表 tab (the UI tests of that tab share it). */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import type { HostActions } from '../../src/ui/host';

export async function openGenerate(host: HostActions, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const user = userEvent.setup();
  render(<App host={host} locale={locale} />);
  await user.click(screen.getByRole('tab', { name: locale === 'zh-CN' ? '生成自评表' : 'Self-evaluation table' }));
  return user;
}
