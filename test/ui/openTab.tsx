/** Renders the App on a host and opens its 生成自评表 tab (the UI tests of that tab share it). */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import type { HostActions } from '../../src/ui/host';

export async function openGenerate(host: HostActions, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const user = userEvent.setup();
  render(<App host={host} locale={locale} />);
  const name = locale === 'zh-CN' ? '生成自评表' : 'Self-evaluation table';
  await user.click(screen.getByRole('tab', { name }));
  await panelLoaded(name);
  return user;
}

/** The 生成自评表 tab loads its panel when first opened (ui/App.tsx loadGeneratePanel): waits for it. */
export async function panelLoaded(name = '生成自评表'): Promise<void> {
  await screen.findByRole('region', { name }, { timeout: 15_000 });
}

/**
 * Clicks 读取预览 and waits for the preview: a check's result renders in a transition (a render
 * after the click, as a user sees it), and the button gives way to the key figures when it has.
 */
export async function readPreview(user: ReturnType<typeof userEvent.setup>, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const name = locale === 'zh-CN' ? '读取预览' : 'Read preview';
  await user.click(screen.getByRole('button', { name }));
  // (A loaded machine may take more than waitFor's default second to render it.)
  await waitFor(() => expect(screen.queryByRole('button', { name })).toBeNull(), { timeout: 15_000 });
}
