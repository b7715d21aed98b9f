import './setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeExcel, fakeWorkbookFromGrid, installFakeExcel } from '../fakes/excel';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { boot } from '../../src/taskpane/boot';
import { bootPage } from '../../src/standalone/boot';

// boot() and bootPage() make their own React roots (as the entries do): not testing-library's render()
function container(): HTMLElement {
  const el = document.createElement('div');
  document.body.appendChild(el);
  return el;
}

describe('task pane start', () => {
  test('without office.js: the outside-Excel state with a link to the web page', async () => {
    let r!: Awaited<ReturnType<typeof boot>>;
    await act(async () => {
      r = await boot(container(), { office: undefined, language: 'zh-CN' });
    });
    expect(r.state).toBe('outside');
    expect(screen.getByText('请在 Excel 中打开此加载项')).toBeInTheDocument();
    expect(screen.getByRole('link')).toHaveAttribute('href', 'standalone.html');
    act(() => r.root.unmount());
  });

  test('office.js in a plain browser (onReady reports no host): the same, in English for an English browser', async () => {
    const office = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
      HostType: { Excel: 'Excel' },
    } as unknown as typeof Office;
    let r!: Awaited<ReturnType<typeof boot>>;
    await act(async () => {
      r = await boot(container(), { office, language: 'en-US' });
    });
    expect(r.state).toBe('outside');
    expect(screen.getByText('Open this add-in in Excel')).toBeInTheDocument();
    act(() => r.root.unmount());
  });

  test('inside Excel: the App on the open workbook, locale and theme from Office', async () => {
    const user = userEvent.setup();
    const fake = installFakeExcel(fakeWorkbookFromGrid(sampleWorkbookGrid(), createFakeExcel()));
    try {
      const office = (globalThis as { Office: typeof Office }).Office;
      (office.context as { officeTheme?: unknown }).officeTheme = { bodyBackgroundColor: '#1f1f1f' };
      let r!: Awaited<ReturnType<typeof boot>>;
      await act(async () => {
        r = await boot(container(), { office, run: (b) => fake.run(b) });
      });
      expect(r.state).toBe('excel');
      await user.click(screen.getByRole('button', { name: '检查' }));
      await waitFor(() => expect(screen.getByTestId('count-error')).toBeInTheDocument());
      expect(screen.getByRole('tab', { name: '模板' })).toBeInTheDocument();
      act(() => r.root.unmount());
    } finally {
      fake.uninstall();
    }
  });

  /** Boots the pane on a fake Excel; returns after a 检查. */
  async function bootOn(fake: ReturnType<typeof createFakeExcel>): Promise<Awaited<ReturnType<typeof boot>>> {
    const user = userEvent.setup();
    installFakeExcel(fakeWorkbookFromGrid(sampleWorkbookGrid(), fake));
    let r!: Awaited<ReturnType<typeof boot>>;
    await act(async () => {
      r = await boot(container(), { office: fake.office as unknown as typeof Office, run: (b) => fake.run(b) });
    });
    await user.click(screen.getByRole('button', { name: '检查' }));
    await waitFor(() => expect(screen.getByTestId('count-error')).toBeInTheDocument());
    return r;
  }

  test('Excel 2021 (ExcelApi 1.14, no notes): no 标注 / 清除标注 buttons, the pane says why, checking works', async () => {
    const fake = createFakeExcel({ host: 'office-2021' });
    try {
      const r = await bootOn(fake);
      expect(screen.queryByRole('button', { name: '标注' })).toBeNull();
      expect(screen.queryByRole('button', { name: '清除标注' })).toBeNull();
      expect(screen.getByTestId('host-limits')).toHaveTextContent('此 Excel 版本不能标注单元格');
      act(() => r.root.unmount());
    } finally {
      fake.uninstall();
    }
  });

  test('the npm office.js (JX_OFFICEJS=local) on Excel on the web: the host has notes, the library has not: no 标注, and why', async () => {
    const fake = createFakeExcel({ host: 'web', library: 'npm' });
    try {
      expect(fake.office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(true);
      const r = await bootOn(fake);
      expect(screen.queryByRole('button', { name: '标注' })).toBeNull();
      expect(screen.getByTestId('host-limits')).toHaveTextContent('office.js 没有批注（Notes）接口');
      act(() => r.root.unmount());
    } finally {
      fake.uninstall();
    }
  });

  test('Excel for Mac 16.35 (shared runtime, ExcelApi 1.11): the check reads the workbook without merged cells and says so', async () => {
    const fake = createFakeExcel({ host: 'mac-16.35' });
    try {
      const r = await bootOn(fake);
      expect(screen.queryByTestId('notice-error')).toBeNull();
      expect(screen.getByTestId('host-limits')).toHaveTextContent('不能读取合并单元格');
      act(() => r.root.unmount());
    } finally {
      fake.uninstall();
    }
  });

  test('Excel on the web with the CDN office.js: everything, no limits shown', async () => {
    const fake = createFakeExcel({ host: 'web' });
    try {
      const r = await bootOn(fake);
      expect(screen.getByRole('button', { name: '标注' })).toBeInTheDocument();
      expect(screen.queryByTestId('host-limits')).toBeNull();
      act(() => r.root.unmount());
    } finally {
      fake.uninstall();
    }
  });
  test('Excel for Mac: 下载自评报告 says the pane cannot save the file and shows the report’s text to copy', async () => {
    const user = userEvent.setup();
    const fake = installFakeExcel(fakeWorkbookFromGrid(sampleWorkbookGrid(), createFakeExcel({ host: 'mac-16.93' })));
    try {
      const office = (globalThis as { Office: typeof Office }).Office;
      let r!: Awaited<ReturnType<typeof boot>>;
      await act(async () => {
        r = await boot(container(), { office, run: (b) => fake.run(b) });
      });
      await user.click(screen.getByRole('tab', { name: '生成自评表' }));
      await user.click(await screen.findByRole('button', { name: '下载自评报告 (.docx)' }, { timeout: 15_000 }));
      await waitFor(() => expect(screen.getByTestId('report-text')).toBeInTheDocument());
      expect(screen.getByText(/^此版本的 Excel（Mac 或 iPad）不能保存加载项下载的文件。/)).toBeInTheDocument();
      expect((screen.getByTestId('report-text') as HTMLTextAreaElement).value).toMatch(/^自治区专利实施计划项目\n2018年度绩效自评报告\n/);
      act(() => r.root.unmount());
    } finally {
      fake.uninstall();
    }
  });
});

describe('standalone page', () => {
  test('says the file is never altered; the sample opens and is checked at once', async () => {
    const user = userEvent.setup();
    let root!: ReturnType<typeof bootPage>;
    act(() => {
      root = bootPage(container(), { language: 'zh-CN' });
    });
    expect(screen.getByText(/您的文件不会被修改/)).toBeInTheDocument();
    expect(screen.getByTestId('drop-zone')).toHaveTextContent('将 .xlsx、.xls 或 .csv 文件拖到此处');
    expect(screen.getByRole('button', { name: '检查' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '使用示例数据试用' }));
    await waitFor(() => expect(screen.getByTestId('file-name')).toHaveTextContent('当前文件：示例数据.xlsx'));
    await waitFor(() => expect(screen.getByTestId('count-error')).toBeInTheDocument());
    act(() => root.unmount());
  });

  test('a dropped file is read through the (lazy) xlsx adapter; its failure is a MessageBar', async () => {
    const grid = sampleWorkbookGrid();
    const readXlsx = jest.fn(async (b: Uint8Array | ArrayBuffer) =>
      new Uint8Array(b as ArrayBuffer).length > 3
        ? ({ ok: true, grid, date1904: false } as const)
        : ({
            ok: false,
            reason: 'notZip',
            message: { 'zh-CN': '这不是 Excel 工作簿（.xlsx）。', 'en-US': 'Not an .xlsx workbook.' },
          } as const)
    );
    const loadXlsx = jest.fn(async () => ({ readXlsx, writeXlsx: jest.fn() }) as never);
    let root!: ReturnType<typeof bootPage>;
    act(() => {
      root = bootPage(container(), { language: 'zh-CN', loadXlsx });
    });
    expect(loadXlsx).not.toHaveBeenCalled(); // ExcelJS is not loaded before a file is opened
    const drop = (file: File): boolean =>
      fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file], types: ['Files'] } });
    drop(new File([new Uint8Array([1, 2])], 'x.xlsx'));
    await waitFor(() => expect(screen.getByTestId('notice-error')).toHaveTextContent('这不是 Excel 工作簿（.xlsx）。'));
    drop(new File([new Uint8Array([1, 2, 3, 4, 5])], '台账.xlsx'));
    await waitFor(() => expect(screen.getByTestId('file-name')).toHaveTextContent('当前文件：台账.xlsx'));
    expect(await screen.findByTestId('count-error')).toBeInTheDocument();
    expect(readXlsx).toHaveBeenCalledTimes(2);
    act(() => root.unmount());
  });
});
