/**
 * 标注 / 清除标注: highlight the cells of findings and attach a note; clear restores exactly what was there.
 *
 * The record of what to restore lives IN the workbook, in the VeryHidden sheet `_jx_marks` (one row per
 * marked cell: sheet, cell, the fill and note before the first mark, and the fill and note we set), so
 * clearing works after the file was saved and reopened, and marking twice keeps the state before the
 * FIRST mark. All record cells are text (`@`), so a sheet named `2018` or a note starting with `=` survives.
 *
 * Never overwrite or delete what the add-in did not create:
 * - a cell that already had a note keeps it: our message is appended below it, and clearing puts the
 *   original text back;
 * - on clearing, a fill or note the user changed after marking (no longer what we set) is left alone.
 *
 * Syncs: mark = 2 (read record + current fills/notes; write), clear = 3 (read record; read current state;
 * restore and delete the record). Very many marks are processed in chunks, each sync under the budget.
 */
import { a1, parseA1 } from '../../model/grid';
import type { Severity } from '../../model/findings';
import { MARK_FILLS, markNoteText } from '../../model/marks';
import { ADDIN_SHEET_PREFIX, DEFAULT_BUDGET_BYTES, jsonBytes } from './util';

export const MARKS_SHEET = `${ADDIN_SHEET_PREFIX}marks`;

export interface Mark {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly message: string;
  readonly severity: Severity;
}

// The colours and the note text are the model's (one decision for the pane and the annotated copy).
export { MARK_FILLS, markNoteText } from '../../model/marks';

const RECORD_HEADER = ['工作表', '单元格', '原填充样式', '原填充颜色', '原图案颜色', '原有批注', '原批注内容', '标注填充', '标注批注'];
const RECORD_COLS = RECORD_HEADER.length;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Cells per sync pair; a cell costs a few hundred bytes of request and response. */
const CHUNK = 5000;

interface RecordRow {
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

function toRow(r: RecordRow): string[] {
  return [r.sheet, r.cell, r.pattern, r.color, r.patternColor, r.hadNote ? '1' : '0', r.note, r.markFill, r.markNote];
}

function fromRow(v: unknown[]): RecordRow {
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

const recKey = (sheet: string, cell: string): string => `${sheet.toLowerCase()}\u0000${cell}`;

/** Loads the record sheet's rows (after the header). */
function queueRecordLoad(context: Excel.RequestContext): { sheet: Excel.Worksheet; used: Excel.Range } {
  const sheet = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values');
  return { sheet, used };
}

function recordRows(rec: { sheet: Excel.Worksheet; used: Excel.Range }): RecordRow[] {
  if (rec.sheet.isNullObject || rec.used.isNullObject) return [];
  return rec.used.values.slice(1).map(fromRow).filter((r) => r.sheet && r.cell);
}

function writeRecord(context: Excel.RequestContext, existing: Excel.Worksheet | null, rows: RecordRow[]): void {
  let sheet = existing;
  if (!sheet) {
    sheet = context.workbook.worksheets.add(MARKS_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  const data = [RECORD_HEADER, ...rows.map(toRow)];
  const range = sheet.getRangeByIndexes(0, 0, data.length, RECORD_COLS);
  range.numberFormat = data.map((row) => row.map(() => '@'));
  range.values = data;
}

interface CellProbe {
  sheet: string;
  cell: string;
  messages: string[];
  severity: Severity;
  fill: Excel.RangeFill;
  note: Excel.Note;
  ws: Excel.Worksheet;
}

/**
 * Fills each finding's cell (error light red, warning light yellow, info light blue) and attaches a note
 * with its message(s). Cells on sheets that no longer exist are skipped. Returns the counts.
 */
export async function markFindings(
  context: Excel.RequestContext,
  marks: ReadonlyArray<Mark>,
): Promise<{ marked: number; skipped: number }> {
  // One entry per cell: messages in order, the most severe severity.
  const cells = new Map<string, { sheet: string; cell: string; messages: string[]; severity: Severity }>();
  for (const m of marks) {
    const cell = a1(m.row, m.col);
    const k = recKey(m.sheet, cell);
    const e = cells.get(k);
    if (!e) cells.set(k, { sheet: m.sheet, cell, messages: [m.message], severity: m.severity });
    else {
      if (!e.messages.includes(m.message)) e.messages.push(m.message);
      if (SEVERITY_RANK[m.severity] < SEVERITY_RANK[e.severity]) e.severity = m.severity;
    }
  }
  if (cells.size === 0) return { marked: 0, skipped: 0 };

  const list = [...cells.values()];
  let marked = 0;
  let skipped = 0;
  for (let at = 0; at < list.length; at += CHUNK) {
    const part = list.slice(at, at + CHUNK);
    // Sync A: the record, and the current fill and note of every cell.
    const rec = queueRecordLoad(context);
    const sheets = new Map<string, Excel.Worksheet>();
    const probes: CellProbe[] = part.map((c) => {
      const ws = sheetProxy(context, sheets, c.sheet, c.sheet);
      const fill = ws.getRange(c.cell).format.fill;
      fill.load('color,pattern,patternColor');
      const note = ws.notes.getItemOrNullObject(c.cell);
      note.load('content');
      return { ...c, fill, note, ws };
    });
    await context.sync();

    const rows = recordRows(rec);
    const index = new Map(rows.map((r, i) => [recKey(r.sheet, r.cell), i] as const));
    // Sync B: fills, notes and the updated record.
    for (const p of probes) {
      if (p.ws.isNullObject) {
        skipped++;
        continue;
      }
      const markFill = MARK_FILLS[p.severity];
      const k = recKey(p.sheet, p.cell);
      let row = index.has(k) ? rows[index.get(k)!] : undefined;
      if (!row) {
        row = {
          sheet: p.sheet,
          cell: p.cell,
          pattern: p.fill.pattern,
          color: p.fill.color,
          patternColor: p.fill.pattern === 'None' || p.fill.pattern === 'Solid' ? '' : p.fill.patternColor,
          hadNote: !p.note.isNullObject,
          note: p.note.isNullObject ? '' : p.note.content,
          markFill: '',
          markNote: '',
        };
        index.set(k, rows.length);
        rows.push(row);
      }
      // The note is always rebuilt from the ORIGINAL note, so a second mark does not stack messages.
      const text = markNoteText(p.messages, row.hadNote ? row.note : null);
      const range = p.ws.getRange(p.cell);
      range.format.fill.color = markFill;
      // Setting the colour keeps a patterned fill's pattern; a mark is a plain solid fill.
      if (p.fill.pattern !== 'None' && p.fill.pattern !== 'Solid') range.format.fill.pattern = 'Solid';
      if (p.note.isNullObject) p.ws.notes.add(range, text);
      else p.note.content = text;
      row.markFill = markFill;
      row.markNote = text;
      marked++;
    }
    writeRecord(context, rec.sheet.isNullObject ? null : rec.sheet, rows);
    await context.sync();
  }
  return { marked, skipped };
}

/**
 * Removes every mark and restores what was there before the first mark: the previous fill (including
 * "no fill") and the previous note (or none). Fills or notes the user changed since marking are left as
 * they are. Deletes the record. Returns how many cells were restored and how many were left alone.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<{ restored: number; kept: number }> {
  const rec = queueRecordLoad(context);
  await context.sync();
  if (rec.sheet.isNullObject) return { restored: 0, kept: 0 };
  const rows = recordRows(rec);
  let restored = 0;
  let kept = 0;
  const budgetRows = Math.max(1, Math.floor(DEFAULT_BUDGET_BYTES / (jsonBytes(rows[0] ?? {}) * 3 + 600)));
  const chunk = Math.min(CHUNK, budgetRows);
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk);
    const sheets = new Map<string, Excel.Worksheet>();
    const probes = part.map((r) => {
      const ws = sheetProxy(context, sheets, r.sheet, r.sheet.toLowerCase());
      const fill = ws.getRange(r.cell).format.fill;
      fill.load('color,pattern');
      const note = ws.notes.getItemOrNullObject(r.cell);
      note.load('content');
      return { r, ws, fill, note };
    });
    await context.sync();
    for (const { r, ws, fill, note } of probes) {
      if (ws.isNullObject) {
        kept++;
        continue;
      }
      let touched = false;
      if (fill.pattern === 'Solid' && fill.color.toUpperCase() === r.markFill.toUpperCase()) {
        const target = ws.getRange(r.cell).format.fill;
        if (r.pattern === 'None') target.clear();
        else {
          target.color = r.color;
          if (r.pattern !== 'Solid') {
            target.pattern = r.pattern as Excel.FillPattern;
            if (r.patternColor) target.patternColor = r.patternColor;
          }
        }
        touched = true;
      }
      if (!note.isNullObject && note.content === r.markNote) {
        if (r.hadNote) note.content = r.note;
        else note.delete();
        touched = true;
      }
      if (touched) restored++;
      else kept++;
    }
    if (at + chunk >= rows.length) rec.sheet.delete();
    await context.sync();
  }
  if (rows.length === 0) {
    rec.sheet.delete();
    await context.sync();
  }
  return { restored, kept };
}

/** Parses a record's cell (A1) back to 0-based coordinates. */
export function markCell(cell: string): { row: number; col: number } {
  return parseA1(cell);
}

/** One null-object proxy per sheet and batch (the map key decides what counts as the same sheet). */
function sheetProxy(context: Excel.RequestContext, cache: Map<string, Excel.Worksheet>, name: string, key: string): Excel.Worksheet {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const proxy = context.workbook.worksheets.getItemOrNullObject(name);
  cache.set(key, proxy);
  return proxy;
}
