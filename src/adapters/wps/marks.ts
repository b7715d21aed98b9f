/**
 * 标注 / 清除标注 in WPS 表格, with the same `_jx_marks` record as in Excel (adapters/marksRecord.ts): fills recorded
 * by Office.js's pattern names and `#RRGGBB` colours (ET's BGR numbers and XlPattern numbers translated both ways),
 * notes as ET's comments (the legacy note, what Office.js calls a note). A workbook marked in Excel clears in WPS and
 * the other way round. The rules are the Office adapter's:
 * - the record of every cell about to be marked is written before any mark, and keeps the state before the FIRST mark;
 * - a cell that had a note keeps it, our text below it; clearing puts the original back;
 * - a cell ET will not put a note on (a threaded comment made in Excel) is left alone;
 * - on clearing, a fill or note the user changed since (no longer ours) is left as it is.
 * ET is synchronous: no batching, but every call is a round trip, so each cell costs a handful of calls.
 */
import { structureProtected } from '../protection';
import type { Locale } from '../../model/messages';
import {
  type Mark,
  MarkPlan,
  type MarkResult,
  MARKS_SHEET,
  RECORD_COLS,
  RECORD_HEADER,
  type RecordRow,
  cellsToMark,
  consecutiveRuns,
  fromRow,
  isPattern,
  protectedMarks,
  stillOurs,
  toRow,
} from '../marksRecord';
import { ET, type EtApplication, type EtComment, type EtInterior, type EtWorksheet, PATTERNS, bgrToHex, hexToBgr, patternName } from './et';
import { activeBook, toMatrix } from './read';
import { addSheet, deleteSheet } from './render';

/** The sheet named `name`, null when there is none; a JxError when no workbook is open (not "no such sheet"). */
function sheetOrNull(app: EtApplication, name: string): EtWorksheet | null {
  const sheets = activeBook(app).Worksheets;
  try {
    return sheets.Item(name);
  } catch {
    return null;
  }
}

function readRecord(sheet: EtWorksheet | null): RecordRow[] {
  if (!sheet) return [];
  const used = sheet.UsedRange;
  const rows = used.Row - 1 + used.Rows.Count;
  if (rows < 2) return [];
  const values = toMatrix(sheet.Range(`A1:${String.fromCharCode(64 + RECORD_COLS)}${rows}`).Value2, rows, RECORD_COLS);
  return values
    .slice(1)
    .map(fromRow)
    .filter((r) => r.sheet && r.cell);
}

function writeRows(sheet: EtWorksheet, firstRow: number, data: string[][]): void {
  const last = String.fromCharCode(64 + RECORD_COLS);
  const range = sheet.Range(`A${firstRow + 1}:${last}${firstRow + data.length}`);
  range.NumberFormat = '@';
  range.Value2 = data;
}

/** Per sheet name (lower case): the sheet, or null when it is gone. */
function sheetCache(app: EtApplication): (name: string) => EtWorksheet | null {
  const cache = new Map<string, EtWorksheet | null>();
  return (name) => {
    const k = name.toLowerCase();
    if (!cache.has(k)) cache.set(k, sheetOrNull(app, name));
    return cache.get(k)!;
  };
}

export function markFindings(app: EtApplication, marks: ReadonlyArray<Mark>, options: { readonly locale?: Locale } = {}): MarkResult {
  const cells = cellsToMark(marks);
  if (cells.length === 0) return { marked: 0, skipped: 0, commented: 0, protectedSheets: [] };
  const sheetOf = sheetCache(app);
  const protectedSheets = new Map<EtWorksheet, boolean>();
  const locked = new Set<string>();
  let recordSheet = sheetOrNull(app, MARKS_SHEET);
  const plan = new MarkPlan(readRecord(recordSheet));

  // 1. What each cell holds now; the record row of every cell about to be marked.
  const writes: Array<{ ws: EtWorksheet; cell: string; text: string; markFill: string; pattern: boolean; hasNote: boolean }> = [];
  let skipped = 0;
  for (const c of cells) {
    const ws = sheetOf(c.sheet);
    if (!ws) {
      skipped++;
      continue;
    }
    // a protected sheet refuses every fill and note: its cells are skipped, not failed on, and the sheet named
    if (!protectedSheets.has(ws)) protectedSheets.set(ws, ws.ProtectContents);
    if (protectedSheets.get(ws)) {
      locked.add(c.sheet);
      skipped++;
      continue;
    }
    const range = ws.Range(c.cell);
    const interior = range.Interior;
    const pattern = patternName(interior.Pattern) ?? 'Solid';
    const comment = range.Comment;
    const { text, markFill } = plan.add(
      c,
      () => ({
        pattern,
        color: bgrToHex(interior.Color ?? 0xffffff),
        patternColor: isPattern(pattern) ? bgrToHex(interior.PatternColor ?? 0) : '',
        hadNote: comment !== null,
        note: comment ? comment.Text() : '',
      }),
      options.locale,
    );
    writes.push({ ws, cell: c.cell, text, markFill, pattern: isPattern(pattern), hasNote: comment !== null });
  }
  if (writes.length === 0) return { marked: 0, skipped, commented: 0, protectedSheets: [...locked] };

  // 2. The record, before any mark: a new sheet, which a structure-protected workbook refuses (nothing is marked).
  if (!recordSheet && activeBook(app).ProtectStructure) throw structureProtected('mark');
  if (!recordSheet) {
    const active = app.ActiveSheet;
    const names: string[] = [];
    const sheets = activeBook(app).Worksheets;
    for (let i = 1; i <= sheets.Count; i++) names.push(sheets.Item(i).Name);
    recordSheet = addSheet(app, MARKS_SHEET, names);
    writeRows(recordSheet, 0, [RECORD_HEADER]);
    recordSheet.Visible = ET.sheetVeryHidden;
    active?.Activate();
  }
  for (const run of consecutiveRuns(plan.touched())) writeRows(recordSheet, run[0] + 1, run.map((r) => toRow(plan.rows[r])));

  // 3. The marks: the note first (a cell that refuses one, a threaded comment, is left alone), then the fill.
  let marked = 0;
  let commented = 0;
  for (const w of writes) {
    const range = w.ws.Range(w.cell);
    if (w.hasNote) range.Comment!.Text(w.text);
    else
      try {
        range.AddComment(w.text);
      } catch {
        commented++;
        skipped++;
        continue;
      }
    const interior = range.Interior;
    interior.Color = hexToBgr(w.markFill);
    // Setting the colour keeps a patterned fill's pattern; a mark is a plain solid fill.
    if (w.pattern) interior.Pattern = ET.patternSolid;
    marked++;
  }
  return { marked, skipped, commented, protectedSheets: [...locked] };
}

/**
 * Removes every mark and restores what was there before the first mark; fills or notes changed since are left as they
 * are. Deletes the record. Returns how many cells were restored and how many were left alone.
 */
export function clearMarks(app: EtApplication): { restored: number; kept: number } {
  const recordSheet = sheetOrNull(app, MARKS_SHEET);
  if (!recordSheet) return { restored: 0, kept: 0 };
  // clearing ends by deleting the record, which a structure-protected workbook refuses: nothing is cleared
  if (activeBook(app).ProtectStructure) throw structureProtected('clear');
  const rows = readRecord(recordSheet);
  const sheetOf = sheetCache(app);
  let restored = 0;
  let kept = 0;
  const locked = new Set<string>();
  const restores: Array<{ r: RecordRow; interior: EtInterior; ourFill: boolean; ourNote: EtComment | null }> = [];
  const protectedSheets = new Map<EtWorksheet, boolean>();
  for (const r of rows) {
    const ws = sheetOf(r.sheet);
    if (!ws) {
      kept++;
      continue;
    }
    const range = ws.Range(r.cell);
    const interior = range.Interior;
    const color = interior.Color;
    const comment = range.Comment;
    const ours = stillOurs(r, { pattern: patternName(interior.Pattern), color: color === null ? null : bgrToHex(color), note: comment ? comment.Text() : null });
    const ourFill = ours.fill;
    const ourNote = ours.note ? comment : null;
    if (!ourFill && !ourNote) {
      kept++;
      continue;
    }
    if (!protectedSheets.has(ws)) protectedSheets.set(ws, ws.ProtectContents);
    if (protectedSheets.get(ws)) locked.add(r.sheet);
    restores.push({ r, interior, ourFill, ourNote });
  }
  // Nothing is restored while a sheet holding our marks is protected (the host refuses every write there).
  if (locked.size > 0) throw protectedMarks([...locked]);
  for (const { r, interior, ourFill, ourNote } of restores) {
    if (ourFill) {
      if (r.pattern === 'None') interior.Pattern = ET.none;
      else {
        interior.Color = hexToBgr(r.color);
        if (isPattern(r.pattern) && PATTERNS[r.pattern] !== undefined) {
          interior.Pattern = PATTERNS[r.pattern];
          if (r.patternColor) interior.PatternColor = hexToBgr(r.patternColor);
        }
      }
    }
    if (ourNote) {
      if (r.hadNote) ourNote.Text(r.note);
      else ourNote.Delete();
    }
    restored++;
  }
  // The record goes last: if a restore fails, it stays for another try.
  deleteSheet(app, recordSheet);
  return { restored, kept };
}
