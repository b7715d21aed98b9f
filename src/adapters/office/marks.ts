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
 * - a cell holding a threaded comment is left alone (Excel keeps a note or a threaded comment on a cell, not both);
 * - on clearing, a fill or note the user changed after marking (no longer what we set) is left alone.
 *
 * Excel batches are not transactional: a sync that fails half-way keeps what it did before the failing action.
 * So marking writes the record of EVERY cell it is about to touch first, in syncs of its own, and only then the
 * fills and notes: whatever happens after, 清除标注 knows each cell that may carry a mark.
 *
 * Syncs: mark = read (record, current fills and notes, threaded comments; one more when comments exist, for their
 * cells), write the record, write the marks; clear = read the record, read the cells, restore and delete the record.
 * Many cells go in several syncs per step, each under the payload budget in real bytes (what office.js sends and
 * Excel answers: a marked cell costs about 1 KB of request, measured with office.js in marks.test.ts); a sync
 * refused for its size is split in two and retried.
 */
import { structureProtected } from '../protection';
import type { Locale } from '../../model/messages';
import {
  type CellToMark,
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
  recordedNoteLength,
  stillOurs,
  toRow,
} from '../marksRecord';
import { DEFAULT_BUDGET_BYTES, isPayloadLimitError, jsonBytes } from './util';

export { MARKS_SHEET, noteDigest, type Mark, type MarkResult } from '../marksRecord';
// The colours and the note text are the model's (one decision for the pane and the annotated copy).
export { MARK_FILLS, markNoteText } from '../../model/marks';

/**
 * Bytes office.js sends (request) and Excel answers (response) per cell, besides the text of the cell's note and
 * record row; measured with office.js at object ids of 6–7 digits (a long Excel.run numbers every object and action
 * it sends), a little above what marks.test.ts measures: a request carries paths and actions naming the sheet, the
 * range, its format and fill, the note, each with its id.
 */
export const CELL_BYTES = {
  /** Reading a cell's fill and note. */
  readRequest: 1_100,
  readResponse: 340,
  /** Writing its fill and note. */
  writeRequest: 1_100,
  /** Restoring it (fill and note back). */
  restoreRequest: 1_150,
  /** One record row (9 text cells and their `@` formats), besides its text. */
  recordRow: 160,
} as const;

/** Record rows read with the first sync; a longer record is read on in more syncs. */
const RECORD_HEAD_ROWS = 1000;
/** Response bytes per record row beyond the head, besides an original note's text (the row is short text). */
const RECORD_ROW_RESPONSE = 400;

interface RecordProbe {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  head: Excel.Range;
}

/** Queues loading the record sheet: its size and its first rows. */
function queueRecordLoad(context: Excel.RequestContext): RecordProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowCount');
  const head = used.getRow(0).getResizedRange(RECORD_HEAD_ROWS - 1, 0);
  head.load('values');
  return { sheet, used, head };
}

/** The record's rows (after the header): the head loaded with `rec`, the rest read now in syncs under the budget. */
async function readRecord(context: Excel.RequestContext, rec: RecordProbe): Promise<RecordRow[]> {
  if (rec.sheet.isNullObject || rec.used.isNullObject) return [];
  const values: unknown[][] = rec.head.values.slice(0, rec.used.rowCount);
  const blocks: Array<{ first: number; count: number }> = [];
  for (let first = values.length; first < rec.used.rowCount; first += 500)
    blocks.push({ first, count: Math.min(500, rec.used.rowCount - first) });
  const sheet = rec.sheet;
  await inBudget(
    context,
    blocks,
    (b) => b.count * RECORD_ROW_RESPONSE,
    (batch) => {
      const ranges = batch.map((b) => ({ b, r: sheet.getRangeByIndexes(b.first, 0, b.count, RECORD_COLS).untrack().load('values') }));
      return () => {
        for (const { b, r } of ranges) r.values.forEach((row, i) => (values[b.first + i] = row));
      };
    },
  );
  return values
    .slice(1)
    .map(fromRow)
    .filter((r) => r.sheet && r.cell);
}

/**
 * Queues `items` in as few syncs as the byte budget allows and syncs them: items are packed greedily by `cost`; a
 * sync refused for its size is split in two and retried (a request refused for its size was not carried out, so
 * retrying repeats nothing; writes are retried only then, reads also after a response too large). `queue` queues a batch and returns what to do once it synced; `first` is true until a
 * sync succeeded (what must go with the first batch goes again if that one is retried), `last` when the batch holds
 * the last item.
 */
async function inBudget<T>(
  context: Excel.RequestContext,
  items: ReadonlyArray<T>,
  cost: (item: T) => number,
  queue: (batch: ReadonlyArray<T>, at: { first: boolean; last: boolean }) => () => void,
  retry: 'request' | 'request or response' = 'request or response',
): Promise<void> {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length && used + c > DEFAULT_BUDGET_BYTES) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length) batches.push(current);
  let first = true;
  const run = async (batch: ReadonlyArray<T>, last: boolean): Promise<void> => {
    const after = queue(batch, { first, last });
    try {
      await context.sync();
    } catch (e) {
      // A response too large comes after the writes were made: writes are retried only when the request was refused.
      const refused =
        retry === 'request' ? (e as { code?: unknown }).code === 'RequestPayloadSizeLimitExceeded' : isPayloadLimitError(e);
      if (!refused || batch.length < 2) throw e;
      const half = Math.ceil(batch.length / 2);
      await run(batch.slice(0, half), false);
      await run(batch.slice(half), last);
      return;
    }
    first = false;
    after();
  };
  for (let i = 0; i < batches.length; i++) await run(batches[i], i === batches.length - 1);
}

interface CellRead extends CellToMark {
  ws: Excel.Worksheet;
  fill: Excel.RangeFill;
  note: Excel.Note;
}

/**
 * Fills each finding's cell (error light red, warning light yellow, info light blue) and attaches a note with its
 * message(s), headed in `locale` (the pane's). Cells on sheets that no longer exist or are protected, and cells holding a
 * threaded comment, are skipped.
 */
export async function markFindings(
  context: Excel.RequestContext,
  marks: ReadonlyArray<Mark>,
  options: { readonly locale?: Locale } = {},
): Promise<MarkResult> {
  const cells = cellsToMark(marks);
  if (cells.length === 0) return { marked: 0, skipped: 0, commented: 0, protectedSheets: [] };

  // 1. Read: the record, the sheets and their threaded comments (with the first batch), each cell's fill and note.
  let rec: RecordProbe | undefined;
  let structure: Excel.WorkbookProtection | undefined;
  const sheets = new Map<string, { ws: Excel.Worksheet; comments: Excel.CommentCollection; protection: Excel.WorksheetProtection }>();
  const read: CellRead[] = [];
  await inBudget(
    context,
    cells,
    (c) => Math.max(CELL_BYTES.readRequest, CELL_BYTES.readResponse) + 3 * jsonBytes(c.cell),
    (batch, at) => {
      if (at.first) {
        rec = queueRecordLoad(context);
        structure = context.workbook.protection;
        structure.load('protected');
        sheets.clear();
        for (const c of cells) {
          const k = c.sheet.toLowerCase();
          if (sheets.has(k)) continue;
          const ws = context.workbook.worksheets.getItemOrNullObject(c.sheet);
          // a navigation property, not a loaded value (the rule cannot tell them apart)
          // eslint-disable-next-line office-addins/call-sync-before-read
          const comments = ws.comments;
          comments.load('items/id');
          // a protected sheet refuses every fill and note (AccessDenied): its cells are skipped, not failed on
          // eslint-disable-next-line office-addins/call-sync-before-read
          const protection = ws.protection;
          protection.load('protected');
          sheets.set(k, { ws, comments, protection });
        }
      }
      const probes = batch.map((c): CellRead => {
        const ws = sheets.get(c.sheet.toLowerCase())!.ws;
        const fill = ws.getRange(c.cell).untrack().format.fill;
        fill.load('color,pattern,patternColor,tintAndShade');
        const note = ws.notes.getItemOrNullObject(c.cell);
        note.load('content');
        return { ...c, ws, fill, note };
      });
      return () => {
        for (const p of probes) read.push(p);
      };
    },
  );
  // Cells holding a threaded comment: only sheets that have comments cost a sync more.
  const commented = await commentedCells(context, sheets);
  const rows = await readRecord(context, rec!);

  // 2. The record of every cell about to be marked, written before any mark.
  const plan = new MarkPlan(rows);
  const writes: Array<{ p: CellRead; text: string; markFill: string; pattern: boolean }> = [];
  let skipped = 0;
  let onComment = 0;
  const locked = new Set<string>();
  for (const p of read) {
    if (p.ws.isNullObject) {
      skipped++;
      continue;
    }
    if (sheets.get(p.sheet.toLowerCase())!.protection.protected) {
      locked.add(p.sheet);
      skipped++;
      continue;
    }
    if (commented.get(p.sheet.toLowerCase())?.has(p.cell)) {
      skipped++;
      onComment++;
      continue;
    }
    const pattern = fillPattern(p.fill);
    const { text, markFill } = plan.add(
      p,
      () => ({
        pattern,
        color: p.fill.color,
        patternColor: pattern === 'None' || pattern === 'Solid' ? '' : p.fill.patternColor,
        hadNote: !p.note.isNullObject,
        note: p.note.isNullObject ? '' : p.note.content,
      }),
      options.locale,
    );
    writes.push({ p, text, markFill, pattern: isPattern(pattern) });
  }
  if (writes.length === 0) return { marked: 0, skipped, commented: onComment, protectedSheets: [...locked] };
  // the record is a new sheet, which a structure-protected workbook refuses: nothing is marked
  if (rec!.sheet.isNullObject && structure!.protected) throw structureProtected('mark');
  await writeRecord(context, rec!.sheet.isNullObject ? null : rec!.sheet, plan.rows, plan.touched());

  // 3. The marks.
  await inBudget(
    context,
    writes,
    (w) => CELL_BYTES.writeRequest + 2 * jsonBytes(w.p.cell) + jsonBytes(w.text),
    (batch) => {
      for (const w of batch) {
        const range = w.p.ws.getRange(w.p.cell).untrack();
        range.format.fill.color = w.markFill;
        // Setting the colour keeps a patterned fill's pattern; a mark is a plain solid fill.
        if (w.pattern) range.format.fill.pattern = 'Solid';
        if (w.p.note.isNullObject) w.p.ws.notes.add(range, w.text);
        else w.p.note.content = w.text;
      }
      return () => undefined;
    },
    'request',
  );
  return { marked: writes.length, skipped, commented: onComment, protectedSheets: [...locked] };
}

/** The cells (A1) holding a threaded comment, per sheet (lower-case name); one sync when any sheet has comments. */
async function commentedCells(
  context: Excel.RequestContext,
  sheets: ReadonlyMap<string, { ws: Excel.Worksheet; comments: Excel.CommentCollection }>,
): Promise<Map<string, Set<string>>> {
  const located: Array<{ sheet: string; where: Excel.Range }> = [];
  for (const [k, s] of sheets) {
    if (s.ws.isNullObject) continue;
    for (const c of s.comments.items) {
      const where = c.getLocation().untrack();
      where.load('address');
      located.push({ sheet: k, where });
    }
  }
  const out = new Map<string, Set<string>>();
  if (located.length === 0) return out;
  await context.sync();
  for (const { sheet, where } of located) {
    const cell = where.address.slice(where.address.lastIndexOf('!') + 1).replace(/\$/g, '');
    const set = out.get(sheet) ?? new Set<string>();
    set.add(cell);
    out.set(sheet, set);
  }
  return out;
}

/**
 * Writes the record rows at `touched` (and the header when the sheet is new), as text, in syncs under the budget:
 * runs of consecutive rows go in one range.
 */
async function writeRecord(
  context: Excel.RequestContext,
  existing: Excel.Worksheet | null,
  rows: ReadonlyArray<RecordRow>,
  /** Ascending, each once. */
  touched: ReadonlyArray<number>,
): Promise<void> {
  let sheet = existing;
  if (!sheet) {
    sheet = context.workbook.worksheets.add(MARKS_SHEET);
    sheet.visibility = 'VeryHidden';
    writeRows(sheet, 0, [RECORD_HEADER]);
  }
  const target = sheet;
  await inBudget(
    context,
    touched,
    (i) => CELL_BYTES.recordRow + jsonBytes(toRow(rows[i])),
    (batch) => {
      for (const run of consecutiveRuns(batch)) writeRows(target, run[0] + 1, run.map((r) => toRow(rows[r])));
      return () => undefined;
    },
    'request',
  );
}

function writeRows(sheet: Excel.Worksheet, firstRow: number, data: string[][]): void {
  const range = sheet.getRangeByIndexes(firstRow, 0, data.length, RECORD_COLS).untrack();
  range.numberFormat = data.map((row) => row.map(() => '@'));
  range.values = data;
}

/**
 * Removes every mark and restores what was there before the first mark: the previous fill (including
 * "no fill") and the previous note (or none). Fills or notes the user changed since marking are left as
 * they are. Deletes the record. Returns how many cells were restored and how many were left alone.
 */
export async function clearMarks(context: Excel.RequestContext): Promise<{ restored: number; kept: number }> {
  const rec = queueRecordLoad(context);
  const structure = context.workbook.protection;
  structure.load('protected');
  await context.sync();
  if (rec.sheet.isNullObject) return { restored: 0, kept: 0 };
  // clearing ends by deleting the record, which a structure-protected workbook refuses: nothing is cleared
  if (structure.protected) throw structureProtected('clear');
  const rows = await readRecord(context, rec);
  let restored = 0;
  let kept = 0;

  // Read what each recorded cell holds now. Each batch makes its own sheet proxies: office.js tells a proxy whether
  // it is null only from the sync in which the proxy was created, so one made in a refused sync never learns it.
  const now: Array<{ r: RecordRow; ws: Excel.Worksheet; fill: Excel.RangeFill; note: Excel.Note; protection: Excel.WorksheetProtection }> = [];
  await inBudget(
    context,
    rows,
    (r) => Math.max(CELL_BYTES.readRequest + 3 * jsonBytes(r.cell), CELL_BYTES.readResponse + 3 * recordedNoteLength(r.markNote)),
    (batch) => {
      const sheets = new Map<string, Excel.Worksheet>();
      const protections = new Map<Excel.Worksheet, Excel.WorksheetProtection>();
      const probes = batch.map((r) => {
        const ws = sheetProxy(context, sheets, r.sheet);
        const fill = ws.getRange(r.cell).untrack().format.fill;
        fill.load('color,pattern');
        const note = ws.notes.getItemOrNullObject(r.cell);
        note.load('content');
        let protection = protections.get(ws);
        if (!protection) {
          protection = ws.protection;
          protection.load('protected');
          protections.set(ws, protection);
        }
        return { r, ws, fill, note, protection };
      });
      return () => {
        for (const p of probes) now.push(p);
      };
    },
  );

  // Restore what is still ours.
  const restores: Array<{ r: RecordRow; ws: Excel.Worksheet; fill: boolean; note: Excel.Note | null }> = [];
  const locked = new Set<string>();
  for (const { r, ws, fill, note, protection } of now) {
    if (ws.isNullObject) {
      kept++;
      continue;
    }
    // Our mark is still there when the colour is ours and the fill is solid. Excel may report a solid fill's
    // pattern as null (office-js#4900): null counts as solid, only a pattern the user chose does not.
    const ours = stillOurs(r, { pattern: fill.pattern, color: fill.color, note: note.isNullObject ? null : note.content });
    const ourFill = ours.fill;
    const ourNote = ours.note ? note : null;
    if (ourFill || ourNote) {
      if (protection.protected) locked.add(r.sheet);
      restores.push({ r, ws, fill: ourFill, note: ourNote });
      restored++;
    } else kept++;
  }
  if (locked.size > 0) throw protectedMarks([...locked]);
  if (restores.length === 0) {
    deleteRecord(rec.sheet);
    await context.sync();
  } else
    await inBudget(
      context,
      restores,
      (x) => CELL_BYTES.restoreRequest + 2 * jsonBytes(x.r.cell) + jsonBytes(x.r.note),
      (batch, at) => {
        for (const { r, ws, fill, note } of batch) {
          if (fill) {
            const target = ws.getRange(r.cell).untrack().format.fill;
            if (r.pattern === 'None') target.clear();
            else {
              target.color = r.color;
              if (isPattern(r.pattern)) {
                target.pattern = r.pattern as Excel.FillPattern;
                if (r.patternColor) target.patternColor = r.patternColor;
              }
            }
          }
          if (note) {
            if (r.hadNote) note.content = r.note;
            else note.delete();
          }
        }
        // The record goes with the last restores: if a restore fails, the record stays for another try.
        if (at.last) deleteRecord(rec.sheet);
        return () => undefined;
      },
      'request',
    );
  return { restored, kept };
}

/**
 * Queues deleting the record sheet. Excel refuses to delete a VeryHidden sheet (InvalidOperation: office-js typings
 * of `Worksheet.delete`; office-js#365, "by design"): it is made Hidden first, in the same batch.
 */
function deleteRecord(sheet: Excel.Worksheet): void {
  sheet.visibility = 'Hidden';
  sheet.delete();
}

/**
 * A cell's fill as recorded: `None` (no fill), `Solid` or the pattern's name. Excel gives `pattern` null for no fill
 * and for a solid fill alike and the colour white for both (office-js#4900); `tintAndShade` (ExcelApi 1.9) is null
 * only for no fill (Microsoft's answer there).
 */
function fillPattern(fill: Excel.RangeFill): string {
  const p = fill.pattern as string | null;
  if ((p === null || p === 'None') && fill.tintAndShade === null) return 'None';
  return p === null || p === 'None' ? 'Solid' : p;
}

/** One null-object proxy per sheet (sheet names compare case-insensitively, as Excel's do). */
function sheetProxy(context: Excel.RequestContext, cache: Map<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  const key = name.toLowerCase();
  const known = cache.get(key);
  if (known !== undefined) return known;
  const proxy = context.workbook.worksheets.getItemOrNullObject(name);
  cache.set(key, proxy);
  return proxy;
}
