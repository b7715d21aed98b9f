/**
 * What a mark on a finding's cell looks like, wherever it is made: the pane's 标注 in the open
 * workbook (Office adapter) and the annotated copy of a submitted file (xlsx adapter) fill the
 * cell in the same colour and write the same note.
 */
import type { Finding, Severity } from './findings';
import { findingText, type Locale } from './messages';

/** Fill colours of marks: light red, light yellow (amber), light blue. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** First line of every note the product writes (so that a reader knows where it came from). */
export const NOTE_HEADER = '【绩效自评助手】';
export const NOTE_HEADERS: Readonly<Record<Locale, string>> = { 'zh-CN': NOTE_HEADER, 'en-US': '[JX self-evaluation assistant]' };
/** The author Excel shows above a note. */
export const NOTE_AUTHORS: Readonly<Record<Locale, string>> = { 'zh-CN': '绩效自评助手', 'en-US': 'JX' };

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The note text: our header and messages, below the note the cell already had (kept whole). */
export function markNoteText(messages: ReadonlyArray<string>, previous: string | null, locale: Locale = 'zh-CN'): string {
  const ours = `${NOTE_HEADERS[locale]}\n${messages.join('\n')}`;
  return previous ? `${previous}\n\n${ours}` : ours;
}

/** One marked cell: every message on it (in order, without repeats) and the most severe severity. */
export interface CellMark {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly severity: Severity;
  readonly messages: ReadonlyArray<string>;
  /** How many findings the mark stands for. */
  readonly findings: number;
}

/**
 * The findings as one mark per cell, in the findings' order. A finding without a sheet (a
 * workbook-level one such as a missing sheet) has no cell to mark and is left out.
 */
export function cellMarks(findings: ReadonlyArray<Finding>, locale: Locale): CellMark[] {
  const cells = new Map<string, { sheet: string; row: number; col: number; severity: Severity; messages: string[]; seen: Set<string>; findings: number }>();
  for (const f of findings) {
    if (!f.sheet) continue;
    const key = `${f.sheet}\u0000${f.row}\u0000${f.col}`;
    const text = findingText(f, locale);
    const e = cells.get(key);
    if (!e) cells.set(key, { sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, messages: [text], seen: new Set([text]), findings: 1 });
    else {
      e.findings++;
      if (!e.seen.has(text)) {
        e.seen.add(text);
        e.messages.push(text);
      }
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[e.severity]) e.severity = f.severity;
    }
  }
  return [...cells.values()].map(({ sheet, row, col, severity, messages, findings }) => ({ sheet, row, col, severity, messages, findings }));
}
