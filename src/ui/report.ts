/**
 * The 自评报告 for the page and the pane: the model's report of an analysis (or the HostError that
 * says why there is none), its plain text, and the .docx writer loaded on first use (its own chunk).
 */
import { findingText } from '../model/messages';
import { buildReport, reportText, type Report, type ReportOptions } from '../model/report';
import type { Analysis } from './engine';
import { asHostError } from './errors';
import { HostError, throwIfAborted } from './host';

export type DocxModule = Pick<typeof import('../adapters/docx'), 'writeDocx'>;

/** docx is loaded when a report is first asked for, never with the page or the pane. */
export const loadDocxModule = (): Promise<DocxModule> => import(/* webpackChunkName: "docx" */ '../adapters/docx');

export type ReportDate = ReportOptions['date'];

/** Today, local time, as the report's date under the title. */
export function todayDate(now: Date = new Date()): ReportDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The report drafted from an analysis made with `forSelfEval`, dated `date` (default today). */
export function reportOf(a: Analysis, draft: boolean, date: ReportDate = todayDate()): { report: Report; text: string } {
  const built = buildReport(a, { draft, date });
  if (built.ok) return { report: built.report, text: reportText(built.report) };
  if (built.reason === 'midYear') {
    throw new HostError('reportRefused', built.actuals
      ? {
        'zh-CN': '绩效监控表不能作为自评报告的附表，未生成自评报告：请在“表式”中选择 2020 年或 2018 年表式后再下载自评报告。',
        'en-US': 'The monitoring table cannot be the appendix of the self-evaluation report; no report was drafted. Choose the 2020 or the 2018 form, then download the report.',
      }
      : {
        'zh-CN': '这是年中监控的工作簿（绩效指标填写的是监控期完成值，没有“实际完成值”列），未生成自评报告：自评报告在年终依据全年的实际完成值撰写。年中请生成绩效监控表；年终请在绩效指标中填写“实际完成值”列后再下载自评报告。',
        'en-US': 'This is a mid-year monitoring workbook (its indicators give the values monitored so far, with no column of actual values, 实际完成值): no report was drafted, as the self-evaluation report is written at year end from the year\'s actual values. For mid-year, build the monitoring table; at year end, fill in the 实际完成值 column of the indicator sheet, then download the report.',
      });
  }
  // more indicators than the appendix is laid out for: the finding says how many and what to do
  if (built.reason === 'overCap') throw new HostError('reportRefused', { 'zh-CN': findingText(built.finding, 'zh-CN'), 'en-US': findingText(built.finding, 'en-US') });
  const rules = [...new Set(built.errors.map((f) => f.rule))].join(', ');
  const first = built.errors[0];
  throw new HostError('reportRefused', {
    'zh-CN':
      `工作簿有 ${built.errors.length} 个错误（${rules}），未生成自评报告。请先在“检查”中修正，或勾选“数据有错误时仍生成草稿”。` +
      (first ? `第一个：${findingText(first, 'zh-CN')}` : ''),
    'en-US':
      `The workbook has ${built.errors.length} error(s) (${rules}); no report was drafted. Fix them under Check, or tick "Build a draft despite errors".` +
      (first ? ` The first: ${findingText(first, 'en-US')}` : ''),
  });
}

/** The report's .docx bytes: the writer loaded on first use, between cancellation checks; a failure is a HostError. */
export async function reportDocx(report: Report, signal: AbortSignal, load: () => Promise<DocxModule> = loadDocxModule): Promise<Uint8Array> {
  const docx = await load();
  throwIfAborted(signal);
  let bytes: Uint8Array;
  try {
    bytes = await docx.writeDocx(report);
  } catch (e) {
    throw asHostError(e, 'writeFailed', { 'zh-CN': '生成 .docx 文件失败', 'en-US': 'Writing the .docx file failed' });
  }
  throwIfAborted(signal);
  return bytes;
}
