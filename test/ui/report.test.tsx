import './setup';
import { screen, waitFor } from '@testing-library/react';
import { HostError, type ReportOptions, type ReportResult } from '../../src/ui/host';
import { FakeHost, finding, viewOf } from './fakeHost';
import { openGenerate, readPreview } from './openTab';

class ReportHost extends FakeHost {
  result: ReportResult | Error = { downloadName: '示例-自评报告.docx', text: '报告', placeholders: 0 };
  report = jest.fn(async (o: ReportOptions): Promise<ReportResult> => {
    void o;
    if (this.result instanceof Error) throw this.result;
    return this.result;
  });
}


describe('下载自评报告 (.docx)', () => {
  test('a host without reports shows no report button', async () => {
    await openGenerate(new FakeHost());
    expect(screen.queryByRole('button', { name: '下载自评报告 (.docx)' })).toBeNull();
  });

  test('downloads with the chosen layout; a clean workbook is never a draft; the notice counts the sections to write', async () => {
    const host = new ReportHost();
    host.checkResult = viewOf([]);
    host.result = { downloadName: '示例-自评报告.docx', text: '……', placeholders: 3 };
    const user = await openGenerate(host);
    await readPreview(user);
    await user.click(screen.getByRole('checkbox', { name: /数据有错误时仍生成草稿/ })); // one box for the table and the report: ticked over a clean workbook, the report is still no draft
    await user.click(screen.getByRole('radio', { name: /2018/ }));
    await user.click(screen.getByRole('button', { name: '下载自评报告 (.docx)' }));
    expect(host.report).toHaveBeenCalledTimes(1);
    expect(host.report.mock.calls[0][0]).toMatchObject({ layout: '2018', draft: false });
    expect(await screen.findByText('已下载“示例-自评报告.docx”。有 3 处待填写，已在报告中以黄色标出。')).toBeInTheDocument();
    expect(screen.queryByTestId('report-text')).toBeNull();
  });

  test('a workbook with errors: the host’s refusal is shown; ticking 草稿 asks for a draft', async () => {
    const host = new ReportHost();
    host.checkResult = viewOf([finding('L004', 'error', '项目台账', 5, 0, { id: 'XJ-001', firstCell: 'A5' })]);
    host.result = new HostError('reportRefused', { 'zh-CN': '工作簿有 1 个错误（L004），未生成自评报告。', 'en-US': 'no' });
    const user = await openGenerate(host);
    await readPreview(user);
    await user.click(screen.getByRole('button', { name: '下载自评报告 (.docx)' }));
    expect(await screen.findByText('工作簿有 1 个错误（L004），未生成自评报告。')).toBeInTheDocument();
    expect(host.report.mock.calls[0][0]).toMatchObject({ draft: false });
    host.result = { downloadName: 'x.docx', text: 't', placeholders: 0 };
    await user.click(screen.getByRole('checkbox', { name: /数据有错误时仍生成草稿/ }));
    await user.click(screen.getByRole('button', { name: '下载自评报告 (.docx)' }));
    expect(host.report.mock.calls[1][0]).toMatchObject({ draft: true });
    expect(await screen.findByText('已下载“x.docx”。')).toBeInTheDocument();
  });

  test('where the host cannot save a download it says so and offers the text to copy', async () => {
    const host = new ReportHost();
    host.checkResult = viewOf([]);
    host.result = {
      noDownload: { 'zh-CN': '此版本的 Excel（Mac 或 iPad）不能保存加载项下载的文件。', 'en-US': 'This Excel cannot save downloads.' },
      text: '自治区专利实施计划项目2018年度绩效自评报告\n一、项目概况\n',
      placeholders: 0,
    };
    const user = await openGenerate(host);
    const writeText = jest.fn(async (_t: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true }); // after userEvent's own
    await user.click(screen.getByRole('button', { name: '下载自评报告 (.docx)' }));
    expect(await screen.findByText('此版本的 Excel（Mac 或 iPad）不能保存加载项下载的文件。')).toBeInTheDocument();
    const area = screen.getByRole('textbox', { name: '报告文字' });
    expect(area).toHaveValue('自治区专利实施计划项目2018年度绩效自评报告\n一、项目概况\n');
    expect(area).toHaveAttribute('readonly');
    await user.click(screen.getByRole('button', { name: '复制报告文字' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('自治区专利实施计划项目2018年度绩效自评报告\n一、项目概况\n'));
    expect(await screen.findByText('已复制到剪贴板。')).toBeInTheDocument();
  });

  test('in English, with no Chinese but the file name', async () => {
    const host = new ReportHost();
    host.checkResult = viewOf([]);
    const user = await openGenerate(host, 'en-US');
    await user.click(screen.getByRole('button', { name: 'Download the report (.docx)' }));
    const notice = await screen.findByText(/^Downloaded /);
    expect(notice.textContent).toBe('Downloaded "示例-自评报告.docx".');
  });
});
