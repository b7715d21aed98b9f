/**
 * What a check read (issue 12, item 2): how many sheets of the ledger and how many projects — the
 * line every face shows above the findings, so that a ledger read partially is never silent.
 */
import type { Locale } from './types';

export interface ReadSummary {
  /** The ledger's sheets, in sheet order. */
  readonly sheets: ReadonlyArray<string>;
  readonly projects: number;
  /**
   * The one ledger table is a file's own (a CSV, a text file, a web page's one table: GridSheet.namedAfterFile), named
   * after the file: it is said to be read from the file, which has no sheets, by the file's name (2018年度项目台账.csv).
   */
  readonly file?: string;
}

const MAX_NAMED = 4;

export function readSummaryText(r: ReadSummary, locale: Locale = 'zh-CN'): string {
  const n = r.sheets.length;
  if (locale === 'en-US') {
    if (n === 0) return 'No ledger was read.';
    if (n === 1) return `Read ${r.projects} project(s) from ${r.file ? `file "${r.file}"` : `sheet "${r.sheets[0]}"`}.`;
    const named = r.sheets.slice(0, MAX_NAMED).map((s) => `"${s}"`).join(', ');
    return `Read ${r.projects} project(s) from ${n} sheets (${named}${n > MAX_NAMED ? ', …' : ''}).`;
  }
  if (n === 0) return '未读取到项目台账。';
  if (n === 1) return `已读取${r.file ? `文件“${r.file}”` : `工作表“${r.sheets[0]}”`}中的 ${r.projects} 个项目。`;
  const named = r.sheets.slice(0, MAX_NAMED).map((s) => `“${s}”`).join('、');
  return `已读取 ${n} 个工作表（${named}${n > MAX_NAMED ? ' 等' : ''}）中的 ${r.projects} 个项目。`;
}
