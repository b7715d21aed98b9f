/**
 * What the product calls the files it writes, in the language of the face that names them: jx's default outputs
 * (`--lang en`), the page's downloads, the pane's. One place, so that the three faces name a file alike: the user's
 * own file name is kept as the base, our label follows the language (台账-自评报告.docx, 台账-self-evaluation-report.docx).
 * The files' contents stay Chinese (they are sent and read back as such); only their names follow the face.
 * A 自评表 or 监控表 is labelled by its layout's entry (`fileLabelOf`, selfeval/layouts.ts) and passed in here.
 */
import type { Locale } from '../messages/types';
import { safeFileName } from './visible';

/** What we write beside a user's file, besides the forms of the layout registry. */
export type WrittenKind = 'report' | 'problems' | 'annotated';

const LABELS: Readonly<Record<WrittenKind, Readonly<Record<Locale, string>>>> = {
  report: { 'zh-CN': '自评报告', 'en-US': 'self-evaluation-report' },
  problems: { 'zh-CN': '问题清单', 'en-US': 'problems' },
  annotated: { 'zh-CN': '标注', 'en-US': 'annotated' },
};

/** The base of a file that has no name of its own (`.xlsx`, a page with nothing opened). */
const NAMELESS: Readonly<Record<Locale, string>> = { 'zh-CN': '台账', 'en-US': 'ledger' };

/** The consolidated workbook (`jx merge` without -o, the page's download). */
export const MERGED_FILE_NAME: Readonly<Record<Locale, string>> = { 'zh-CN': '汇总.xlsx', 'en-US': 'consolidated.xlsx' };

/**
 * `jx sample`'s file without -o: the source year's sample, or (`--monitor`) its mid-year variant to the end of month `month`.
 * The workbook itself stays Chinese (its sheets and headers are what the product reads).
 */
export function sampleFileName(locale: Locale, month?: number): string {
  if (locale === 'en-US') return month === undefined ? '2018-patent-fund-sample.xlsx' : `2018-patent-fund-sample-monitoring-1-${month}.xlsx`;
  return month === undefined ? '2018年度专利实施资金-示例.xlsx' : `2018年度专利实施资金-1-${month}月监控示例.xlsx`;
}

/** `dir/台账.xlsx` → `台账` (its directory and last extension gone; a nameless file's locale's fallback). */
export function fileBase(inputName: string, locale: Locale): string {
  return inputName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || NAMELESS[locale];
}

/**
 * `台账.xlsx` → `台账-{label}{ext}`: a label is a WrittenKind's or a layout's (`fileLabelOf(id, locale)`). The name only,
 * no directory (the CLI puts it beside the input).
 */
export function writtenFileName(inputName: string, label: WrittenKind | { readonly label: string }, ext: '.xlsx' | '.docx', locale: Locale): string {
  const text = typeof label === 'string' ? LABELS[label][locale] : label.label;
  return safeFileName(`${fileBase(inputName, locale)}-${text}${ext}`);
}
