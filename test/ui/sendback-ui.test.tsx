import './setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import { HostError, type DeliveredFile, type SendBackOptions } from '../../src/ui/host';
import { FakeHost, finding, viewOf } from './fakeHost';

class SendBackHost extends FakeHost {
  calls: Array<{ what: string; locale: string }> = [];
  listResult: DeliveredFile | Error = { downloadName: '台账-问题清单.xlsx' };
  downloadProblemList = jest.fn(async (o: SendBackOptions) => {
    this.calls.push({ what: 'list', locale: o.locale });
    if (this.listResult instanceof Error) throw this.listResult;
    return this.listResult;
  });
  downloadAnnotated = jest.fn(async (o: SendBackOptions) => {
    this.calls.push({ what: 'copy', locale: o.locale });
    return { downloadName: '台账-标注.xlsx', cells: 3 };
  });
}

function setup(locale: 'zh-CN' | 'en-US' = 'zh-CN', variant: 'page' | 'pane' = 'page') {
  const host = new SendBackHost();
  host.checkResult = viewOf([finding('L004', 'error', '项目台账', 5, 0, { id: 'X', firstCell: 'A5' }, 'X')]);
  render(<App host={host} locale={locale} variant={variant} />);
  return { host, user: userEvent.setup() };
}

describe('退回问题', () => {
  test('both buttons wait for a check, then download with the UI language and say what happened', async () => {
    const { host, user } = setup();
    expect(screen.getByRole('button', { name: '下载问题清单' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下载标注副本' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^检查$/ }));
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('button', { name: '下载问题清单' }));
    expect(await screen.findByText('已下载“台账-问题清单.xlsx”。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下载标注副本' }));
    expect(await screen.findByText('已下载“台账-标注.xlsx”（标注 3 个单元格）。')).toBeInTheDocument();
    expect(host.calls).toEqual([{ what: 'list', locale: 'zh-CN' }, { what: 'copy', locale: 'zh-CN' }]);
  });

  test('in the pane: opened in Excel; a failure is a message, not a crash; English', async () => {
    const { host, user } = setup('en-US', 'pane');
    host.listResult = { openedInExcel: true };
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('button', { name: 'Download list of problems' }));
    expect(await screen.findByText('The list of problems opened in a new Excel workbook; save it.')).toBeInTheDocument();
    host.listResult = new HostError('tooLarge', { 'zh-CN': '工作簿过大。', 'en-US': 'The workbook is too large.' });
    await user.click(screen.getByRole('button', { name: 'Download list of problems' }));
    await waitFor(() => expect(screen.getByTestId('notice-error')).toHaveTextContent('The workbook is too large.'));
    expect(host.calls.every((c) => c.locale === 'en-US')).toBe(true);
  });

  test('a host without them shows no 退回问题 section', () => {
    const host = new FakeHost();
    render(<App host={host} />);
    expect(screen.queryByRole('region', { name: '退回问题' })).toBeNull();
    expect(screen.queryByRole('button', { name: '下载问题清单' })).toBeNull();
  });

  test('control and bidi characters in a finding and a file name are shown, not obeyed', async () => {
    const host = new SendBackHost();
    host.checkResult = viewOf([finding('L006', 'error', '项目台账', 5, 4, { region: '火星\u202e\u001b[2J' }, 'X\u0007')]);
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: /^检查$/ }));
    const list = await screen.findByRole('listbox');
    expect(list).toHaveTextContent('项目 X␇：地州市“火星<U+202E>␛[2J”不在地区范围内。');
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(list.textContent).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });
});
