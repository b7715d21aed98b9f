import './setup';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findingText } from '../../src/model/messages';
import { App } from '../../src/ui/App';
import { HostError } from '../../src/ui/host';
import { FakeHost, finding, viewOf } from './fakeHost';

const FINDINGS = [
  finding('L006', 'error', '项目台账', 6, 7, { region: 'ZL 2016 1 0000000.0' }, 'XJ-001'),
  finding('L006', 'error', '项目台账', 9, 7, { region: 'ZL 2016 1 0000001.0' }, 'XJ-004'),
  finding('W001', 'warning', '配置', 8, 1, { sum: '1100', executed: '1200', unit: '万元', diff: '100' }),
  finding('S004', 'info', '项目台账', 2, 22, { headers: ['联系人'], count: 1 }),
  finding('L004', 'error', '项目台账', 12, 5, { id: 'XJ-010', firstCell: 'F3' }, 'XJ-010'),
];

function setup(locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const host = new FakeHost();
  host.checkResult = viewOf(FINDINGS);
  const user = userEvent.setup();
  render(<App host={host} locale={locale} />);
  return { host, user };
}

async function runCheck(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('listbox');
}

/** The listbox keeps focus while the arrows move the active option (what a click or Tab does). */
const focus = (el: HTMLElement): void => act(() => el.focus());

describe('检查 (zh-CN)', () => {
  test('shows the counts by severity and the findings grouped by rule, errors first', async () => {
    const { host, user } = setup();
    const list = await runCheck(user, /^检查$/);
    expect(host.checkCalls).toBe(1);
    expect(screen.getByTestId('count-error')).toHaveTextContent('错误3');
    expect(screen.getByTestId('count-warning')).toHaveTextContent('警告1');
    expect(screen.getByTestId('count-info')).toHaveTextContent('提示1');
    // groups: the error rules (L004, L006) before W001 and S004
    const groups = [...list.querySelectorAll('[aria-hidden="true"]')].map((g) => g.textContent);
    expect(groups).toEqual(['L004 项目编号重复（1 条）', 'L006 地州市不在范围内（2 条）', 'W001 执行数与台账不符（1 条）', 'S004 无法识别的列（1 条）']);
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(5);
    expect(options[1]).toHaveTextContent('L006');
    expect(options[1]).toHaveTextContent('项目台账!H7');
    expect(options[1]).toHaveTextContent('错误');
    expect(options[1]).toHaveTextContent(findingText(FINDINGS[0], 'zh-CN'));
    expect(screen.getByText(/共 5 条/)).toBeInTheDocument();
  });

  test('clicking a finding, or Enter on it, calls goTo with that finding', async () => {
    const { host, user } = setup();
    const list = await runCheck(user, /^检查$/);
    await user.click(within(list).getAllByRole('option')[2]);
    expect(host.goTo).toHaveBeenLastCalledWith(FINDINGS[1]);
    // the clicked one is active; ↓ moves to W001, Enter goes there
    expect(within(list).getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true');
    focus(list);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(host.goTo).toHaveBeenLastCalledWith(FINDINGS[2]);
    expect(list).toHaveAttribute('aria-activedescendant', within(list).getAllByRole('option')[3].id);
    await user.keyboard('{Home}{Enter}');
    expect(host.goTo).toHaveBeenLastCalledWith(FINDINGS[4]);
    await user.keyboard('{End}{ArrowDown}{Enter}');
    expect(host.goTo).toHaveBeenLastCalledWith(FINDINGS[3]);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(host.goTo).toHaveBeenLastCalledWith(FINDINGS[2]);
    expect(host.goTo).toHaveBeenCalledTimes(5);
  });

  test('filters by severity', async () => {
    const { user } = setup();
    const list = await runCheck(user, /^检查$/);
    await user.click(screen.getByRole('radio', { name: /警告/ }));
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    expect(within(list).getByRole('option')).toHaveTextContent('W001');
    expect(screen.getByText(/显示 1 条，共 5 条/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /错误/ }));
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent?.slice(0, 12))
    ).toHaveLength(3);
    within(list)
      .getAllByRole('option')
      .forEach((o) => expect(o).toHaveTextContent('错误'));
    await user.click(screen.getByRole('radio', { name: /全部/ }));
    expect(within(list).getAllByRole('option')).toHaveLength(5);
  });

  test('标注 marks the findings shown, 清除标注 clears, both confirmed', async () => {
    const { host, user } = setup();
    await runCheck(user, /^检查$/);
    await user.click(screen.getByRole('radio', { name: /错误/ }));
    await user.click(screen.getByRole('button', { name: '标注' }));
    expect(host.mark).toHaveBeenCalledWith(FINDINGS.filter((f) => f.severity === 'error'));
    expect(await screen.findByText('已在工作表中标注 3 处。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清除标注' }));
    expect(host.clearMarks).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('已清除标注。')).toBeInTheDocument();
  });

  test('标注 with findings on a protected sheet says which sheet to unprotect, not that all were marked (review34)', async () => {
    const { host, user } = setup();
    host.mark.mockResolvedValueOnce({ protectedSheets: ['项目台账'] });
    await runCheck(user, /^检查$/);
    await user.click(screen.getByRole('button', { name: '标注' }));
    // 4 of the 5 findings are on the protected 项目台账: the one on 配置 was marked
    expect(
      await screen.findByText('已在其他工作表中标注 1 处；工作表“项目台账”受保护，其上的问题未标注。请先撤销工作表保护（审阅 → 撤销工作表保护），再点击“标注”。')
    ).toBeInTheDocument();
    expect(screen.queryByText(/已在工作表中标注/)).toBeNull();
  });

  test('a notice stays with its tab: switching tabs removes it', async () => {
    const { user } = setup();
    await runCheck(user, /^检查$/);
    await user.click(screen.getByRole('button', { name: '清除标注' }));
    expect(await screen.findByText('已清除标注。')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '检查' }));
    expect(screen.getByText('已清除标注。')).toBeInTheDocument(); // the same tab: kept
    await user.click(screen.getByRole('tab', { name: '生成自评表' }));
    expect(screen.queryByText('已清除标注。')).toBeNull();
    expect(screen.queryByTestId('notice-success')).toBeNull();
  });

  test('a failing check shows a MessageBar in Chinese, a failing goTo too', async () => {
    const { host, user } = setup();
    host.checkResult = new HostError('host', { 'zh-CN': '当前工作簿没有“项目台账”。', 'en-US': 'No ledger.' });
    await user.click(screen.getByRole('button', { name: /^检查$/ }));
    const bar = await screen.findByTestId('notice-error');
    expect(bar).toHaveTextContent('出错了');
    expect(bar).toHaveTextContent('当前工作簿没有“项目台账”。');
    await user.click(within(bar).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('notice-error')).toBeNull();

    host.checkResult = viewOf(FINDINGS);
    const list = await runCheck(user, /^检查$/);
    host.goTo.mockRejectedValueOnce(new Error('ItemNotFound'));
    await user.click(within(list).getAllByRole('option')[0]);
    expect(await screen.findByTestId('notice-error')).toHaveTextContent('操作未完成：ItemNotFound');
  });

  test('a finding about the whole workbook (a missing sheet) names no cell, only the rule and the message', async () => {
    const { host, user } = setup();
    const missing = finding('S001', 'error', '', 0, 0, { kind: 'ledger', names: ['项目台账'] });
    host.checkResult = viewOf([missing, FINDINGS[0]]);
    const list = await runCheck(user, /^检查$/);
    const options = within(list).getAllByRole('option');
    const sheetless = options.find((o) => o.textContent?.includes('S001'))!;
    const inSheet = options.find((o) => o.textContent?.includes('L006'))!;
    expect(sheetless).toHaveTextContent(findingText(missing, 'zh-CN'));
    expect(sheetless).not.toHaveTextContent(/A1/);
    expect(inSheet).toHaveTextContent('项目台账!H7');
  });

  test('a note of L006 is grouped under its own title, as the 问题清单 heads it (e286058): not under 地州市不在范围内', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf([
      finding('L006', 'info', '项目台账', 4, 4, { region: '伊宁市', official: '伊犁州' }, 'XJ-001', 'county'),
      finding('L006', 'error', '项目台账', 5, 4, { region: '金星' }, 'XJ-002'),
      finding('L006', 'info', '项目台账', 6, 4, { region: '巴州', official: '巴音郭楞州' }, 'XJ-003', 'short'),
      finding('L006', 'info', '项目台账', 7, 4, { region: '奎屯市', official: '伊犁州' }, 'XJ-004', 'county'),
    ]);
    const user = userEvent.setup();
    const { unmount } = render(<App host={host} locale="zh-CN" />);
    let list = await runCheck(user, /^检查$/);
    const groups = (): Array<string | null> => [...list.querySelectorAll('[aria-hidden="true"]')].map((g) => g.textContent);
    expect(groups()).toEqual(['L006 地州市不在范围内（1 条）', 'L006 县市按所属地州市计（2 条）', 'L006 地州市简称（1 条）']);
    expect(within(list).getAllByRole('option').map((o) => /“(.+?)”/.exec(o.textContent ?? '')?.[1])).toEqual(['金星', '伊宁市', '奎屯市', '巴州']);
    unmount();
    render(<App host={host} locale="en-US" />);
    list = await runCheck(user, /^Check$/);
    expect(groups()).toEqual(['L006 Region not allowed (1)', 'L006 County under its prefecture (2)', 'L006 Region shortened (1)']);
  });

  test('no findings: says so, no list', async () => {
    const { host, user } = setup();
    host.checkResult = viewOf([]);
    await user.click(screen.getByRole('button', { name: /^检查$/ }));
    expect(await screen.findByText('未发现问题。')).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByTestId('count-error')).toHaveTextContent('错误0');
  });
});

describe('Check (en-US)', () => {
  test('English labels and messages, grouped, Enter goes to the cell', async () => {
    const { host, user } = setup('en-US');
    const list = await runCheck(user, /^Check$/);
    expect(screen.getByTestId('count-error')).toHaveTextContent('Error3');
    expect(screen.getByText(/5 in all/)).toBeInTheDocument();
    const options = within(list).getAllByRole('option');
    expect(options[0]).toHaveTextContent(findingText(FINDINGS[4], 'en-US'));
    expect(options[0]).toHaveTextContent('项目台账!F13');
    focus(list);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(host.goTo).toHaveBeenLastCalledWith(FINDINGS[1]);
    await user.click(screen.getByRole('radio', { name: /^Info/ }));
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Mark' }));
    expect(host.mark).toHaveBeenCalledWith([FINDINGS[3]]);
    expect(await screen.findByText('Marked 1 cells in the workbook.')).toBeInTheDocument();
  });
});

describe('10,000 findings', () => {
  const many = Array.from({ length: 10_000 }, (_, i) =>
    i % 3 === 0
      ? finding('L006', 'error', '项目台账', 3 + Math.floor(i / 3), i % 20, { region: 'x' })
      : i % 3 === 1
        ? finding('L010', 'error', '项目台账', 3 + Math.floor(i / 3), i % 20, { code: 'x', expected: '0' }, undefined, 'check')
        : finding('W002', 'warning', '项目台账', 3 + Math.floor(i / 3), i % 20, { executed: '2', budget: '1', unit: '万元' })
  );

  test('render only a window of rows, and keyboard navigation scrolls the window', async () => {
    const host = new FakeHost();
    host.checkResult = viewOf(many);
    render(<App host={host} locale="zh-CN" />);
    fireEvent.click(screen.getByRole('button', { name: /^检查$/ }));
    const list = await screen.findByRole('listbox');
    const rendered = within(list).getAllByRole('option');
    expect(rendered.length).toBeGreaterThan(3);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]).toHaveAttribute('aria-setsize', '10000');
    expect(screen.getByTestId('count-error')).toHaveTextContent(/6667/);

    focus(list);
    fireEvent.keyDown(list, { key: 'End' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .some((o) => o.getAttribute('aria-posinset') === '10000')
      ).toBe(true)
    );
    expect(within(list).getAllByRole('option').length).toBeLessThan(40);
    fireEvent.keyDown(list, { key: 'Enter' });
    // the last one in group order: the W002 group comes last, its last finding is the last W002 of the input
    expect(host.goTo).toHaveBeenLastCalledWith(many[9998]);
  });
});

describe('user text is text, never HTML', () => {
  test('a cell holding markup shows as literal characters and creates no element', async () => {
    const host = new FakeHost();
    const evil = '<img src=x onerror="window.__pwned=1"><b>粗体</b>';
    host.checkResult = viewOf([finding('L006', 'error', '<i>台账</i>', 4, 4, { region: evil }, '<script>x</script>')]);
    render(<App host={host} locale="zh-CN" />);
    fireEvent.click(screen.getByRole('button', { name: /^检查$/ }));
    const list = await screen.findByRole('listbox');
    expect(list.textContent).toContain(evil);
    expect(list.textContent).toContain('<i>台账</i>!E5');
    expect(document.querySelector('img, b, script, i:not([data-tabster-dummy])')).toBeNull(); // Fluent's focus guards are <i data-tabster-dummy>
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
