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
