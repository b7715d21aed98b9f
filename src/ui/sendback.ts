/**
 * The two files the user sends back to whoever submitted a workbook, built from an analysis:
 * the 问题清单 (both hosts) and the annotated copy of the submitted file (the page). Host-free:
 * the xlsx adapter is handed in (a lazy chunk in the browser).
 */
import type { Locale } from '../model/messages';
import { annotatedFileName, problemListFileName, problemListLayouts } from '../model/sendback/problemList';
import type { Analysis } from './engine';
import { HostError } from './host';

type Xlsx = Pick<typeof import('../adapters/xlsx'), 'writeXlsx' | 'annotateXlsx'>;

/** `2019-03-01`, local time: the date on the list. */
export function checkDate(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The 问题清单 of one analysed workbook: its bytes and its file name. */
export async function problemListFile(
  analysis: Analysis,
  name: string,
  locale: Locale,
  xlsx: Pick<Xlsx, 'writeXlsx'>,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const layouts = problemListLayouts([{ name, grid: analysis.grid, evaluation: analysis }], { locale, date: checkDate() });
  const bytes = await xlsx.writeXlsx(layouts.map((layout) => ({ layout })));
  return { bytes, fileName: problemListFileName(name, locale) };
}

/** The annotated copy of the submitted file's bytes, or the HostError that says why there is none. */
export async function annotatedFile(
  input: Uint8Array,
  analysis: Analysis,
  name: string,
  locale: Locale,
  xlsx: Pick<Xlsx, 'annotateXlsx'>,
): Promise<{ bytes: Uint8Array; fileName: string; cells: number }> {
  const r = await xlsx.annotateXlsx(input, analysis.findings, { locale });
  if (!r.ok) throw new HostError(r.reason, r.message);
  return { bytes: r.bytes, fileName: annotatedFileName(name, locale), cells: r.cells };
}
