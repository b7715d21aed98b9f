/**
 * The `_jx_marks` record, the same in every host (Excel through Office.js, WPS 表格 through ET): one row per marked
 * cell with the sheet, the cell, the fill and note before the first mark, and the fill and note we set. Fill patterns
 * are Office.js's names (`None`, `Solid`, `Gray50` …) and colours `#RRGGBB`, so a workbook marked in one host clears
 * in the other. All record cells are text (`@`).
 */
import { a1 } from '../model/grid';
import type { Severity } from '../model/findings';
import { MARK_FILLS, markNoteText } from '../model/marks';
import type { Locale } from '../model/messages';
import { JxError } from '../model/errors';
import { ADDIN_SHEET_PREFIX } from './office/util';

export const MARKS_SHEET = `${ADDIN_SHEET_PREFIX}marks`;

export interface Mark {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly message: string;
  readonly severity: Severity;
}

export interface MarkResult {
  readonly marked: number;
  /** Cells not marked: their sheet is gone, or they hold a threaded comment. */
  readonly skipped: number;
  /** Of the skipped: cells holding a threaded comment. */
  readonly commented: number;
  /**
   * Of the skipped: the sheets (as the marks name them) whose cells were not marked because the sheet is protected
   * (审阅 → 保护工作表): the pane tells the officer which to unprotect, rather than that every cell was marked.
   */
  readonly protectedSheets: ReadonlyArray<string>;
}

export const RECORD_HEADER = ['工作表', '单元格', '原填充样式', '原填充颜色', '原图案颜色', '原有批注', '原批注内容', '标注填充', '标注批注'];
export const RECORD_COLS = RECORD_HEADER.length;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface RecordRow {
  sheet: string;
  cell: string;
  pattern: string;
  color: string;
  patternColor: string;
  hadNote: boolean;
  note: string;
  markFill: string;
  markNote: string;
}

export function toRow(r: RecordRow): string[] {
  return [r.sheet, r.cell, r.pattern, r.color, r.patternColor, r.hadNote ? '1' : '0', r.note, r.markFill, r.markNote];
}

export function fromRow(v: ReadonlyArray<unknown>): RecordRow {
  const s = (x: unknown): string => (x === null || x === undefined ? '' : String(x));
  return {
    sheet: s(v[0]),
    cell: s(v[1]),
    pattern: s(v[2]) || 'None',
    color: s(v[3]),
    patternColor: s(v[4]),
    hadNote: s(v[5]) === '1',
    note: s(v[6]),
    markFill: s(v[7]),
    markNote: s(v[8]),
  };
}

export const recKey = (sheet: string, cell: string): string => `${sheet.toLowerCase()}\u0000${cell}`;

/**
 * What the record keeps of a note we wrote: its length and an FNV-1a digest (`jx1:120:9f3a…`), enough to tell
 * whether the note is still ours on clearing, at a few bytes a row (the record is read back in full). Records of
 * earlier versions hold the whole text, which compares as it is.
 */
export function noteDigest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `jx1:${text.length}:${h.toString(16).padStart(8, '0')}`;
}

export function isOurNote(content: string, recorded: string): boolean {
  return recorded.startsWith('jx1:') ? noteDigest(content) === recorded : content === recorded;
}

/** Length of the note a record row describes (for byte estimates). */
export function recordedNoteLength(recorded: string): number {
  const m = /^jx1:(\d+):/.exec(recorded);
  return m ? Number(m[1]) : recorded.length;
}

export interface CellToMark {
  sheet: string;
  cell: string;
  messages: string[];
  severity: Severity;
}

/** One entry per cell: messages in order (no repeats), the most severe severity. */
export function cellsToMark(marks: ReadonlyArray<Mark>): CellToMark[] {
  const byCell = new Map<string, CellToMark>();
  for (const m of marks) {
    const cell = a1(m.row, m.col);
    const k = recKey(m.sheet, cell);
    const e = byCell.get(k);
    if (!e) byCell.set(k, { sheet: m.sheet, cell, messages: [m.message], severity: m.severity });
    else {
      if (!e.messages.includes(m.message)) e.messages.push(m.message);
      if (SEVERITY_RANK[m.severity] < SEVERITY_RANK[e.severity]) e.severity = m.severity;
    }
  }
  return [...byCell.values()];
}

/** A pattern other than none and solid (a pattern the user chose). */
export function isPattern(p: string | null): boolean {
  return p !== null && p !== 'None' && p !== 'Solid';
}

export function sameColor(a: string | null, b: string): boolean {
  return a !== null && a.toUpperCase() === b.toUpperCase();
}

/** What a cell holds before its first mark: what the record keeps to restore. */
export type CellBefore = Pick<RecordRow, 'pattern' | 'color' | 'patternColor' | 'hadNote' | 'note'>;

/**
 * 标注's plan over the record, the same in every host: each cell to mark keeps the record row of its state before
 * the FIRST mark (`before` is read only for a cell the record does not hold yet), its note is rebuilt from that
 * original note (a second mark does not stack messages), its fill is its severity's. The rows touched are written
 * before any mark.
 */
export class MarkPlan {
  private readonly index: Map<string, number>;
  private readonly touchedAt: number[] = [];

  constructor(readonly rows: RecordRow[]) {
    this.index = new Map(rows.map((r, i) => [recKey(r.sheet, r.cell), i] as const));
  }

  add(c: CellToMark, before: () => CellBefore, locale?: Locale): { row: RecordRow; text: string; markFill: string } {
    const k = recKey(c.sheet, c.cell);
    let at = this.index.get(k);
    if (at === undefined) {
      at = this.rows.length;
      this.index.set(k, at);
      this.rows.push({ sheet: c.sheet, cell: c.cell, ...before(), markFill: '', markNote: '' });
    }
    const row = this.rows[at];
    const text = markNoteText(c.messages, row.hadNote ? row.note : null, locale);
    row.markFill = MARK_FILLS[c.severity];
    row.markNote = noteDigest(text);
    this.touchedAt.push(at);
    return { row, text, markFill: row.markFill };
  }

  /** The record rows touched, by index, ascending, each once. */
  touched(): number[] {
    return [...new Set(this.touchedAt)].sort((a, b) => a - b);
  }
}

/** Ascending indices in runs of consecutive ones (each run is one range write of record rows). */
export function consecutiveRuns(sorted: ReadonlyArray<number>): number[][] {
  const out: number[][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i === last[last.length - 1] + 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

/**
 * On clearing, what of a recorded cell is still ours: the fill when it is solid (or no pattern reported) in the colour
 * we set, the note when its text is the one we wrote. What the user changed since is left alone.
 */
export function stillOurs(r: RecordRow, now: { pattern: string | null; color: string | null; note: string | null }): { fill: boolean; note: boolean } {
  return {
    fill: !isPattern(now.pattern) && sameColor(now.color, r.markFill),
    note: now.note !== null && isOurNote(now.note, r.markNote),
  };
}

/**
 * Marks on a protected sheet cannot be removed (the host refuses every write there): nothing is cleared, the record
 * stays, and the officer is told which sheets to unprotect.
 */
export function protectedMarks(sheets: ReadonlyArray<string>): JxError {
  const zh = sheets.map((s) => `“${s}”`).join('、');
  const en = sheets.map((s) => `"${s}"`).join(', ');
  return new JxError('marksOnProtectedSheet', {
    'zh-CN': `工作表${zh}受保护，其上的标注无法清除。请先撤销工作表保护（审阅 → 撤销工作表保护），再清除标注；其他工作表的标注也尚未清除。`,
    'en-US': `The sheet ${en} is protected, so its marks cannot be cleared. Unprotect it (Review → Unprotect Sheet) and clear the marks again; the marks on other sheets are not cleared yet either.`,
  });
}
