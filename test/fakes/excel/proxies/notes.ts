/** Cell notes, per worksheet or for the whole workbook: add (one cell, one note), getItem…, content, delete. */
import { type Rect, splitSheet } from '../address';
import { invalidArgument, invalidOperation, itemAlreadyExists } from '../errors';
import { type SheetState, type WorkbookState, key, unkey } from '../state';
import { parseLocalArg, rangeArg } from './cells';
import { ClientObject, Collection, type Resolver, defineProps } from './clientObject';
import { Range } from './range';

interface NotesT {
  wb: WorkbookState;
  sheet: SheetState | null;
}
interface NoteT {
  sheet: SheetState;
  k: number;
}

/** The one cell a note or comment argument names (a Range or an address, `Sheet!A1` on a workbook's collection). */
export function cellArg(
  t: { wb: WorkbookState; sheet: SheetState | null },
  ref: unknown,
  what: string
): { sheet: SheetState; r: number; c: number } {
  let sheet: SheetState | undefined;
  let rect: Rect;
  if (ref instanceof Range) {
    ({ sheet, rect } = rangeArg(ref, `${what} cell`));
  } else if (typeof ref === 'string') {
    const sp = splitSheet(ref);
    sheet = sp.sheet === null ? (t.sheet ?? undefined) : t.wb.findSheet(sp.sheet);
    if (!sheet) throw invalidArgument(`${what} address ${ref}`);
    rect = parseLocalArg(sp.local, `${what} address ${ref}`);
  } else throw invalidArgument(`${what} cell`);
  if (t.sheet && sheet !== t.sheet) throw invalidArgument(`${what} cell is on another sheet`);
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw invalidArgument(`a ${what} goes on one cell`);
  return { sheet, r: rect.r0, c: rect.c0 };
}

const noteCell = (t: NotesT, ref: unknown): { sheet: SheetState; r: number; c: number } => cellArg(t, ref, 'note');

export class NoteCollection extends Collection<NotesT, NoteT, Note> {
  readonly _type = 'NoteCollection';
  _list(t: NotesT): NoteT[] {
    const sheets = t.sheet ? [t.sheet] : t.wb.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes.keys()].sort((a, b) => a - b).map((k) => ({ sheet, k })));
  }
  _proxy(resolve: Resolver<NoteT>): Note {
    return new Note(this.context, resolve);
  }
  add(cellAddress: Range | string, content: unknown): Note {
    return this._add('add', [cellAddress, content], 'note', (t) => {
      const { sheet, r, c } = noteCell(t, cellAddress);
      const k = key(r, c);
      if (sheet.notes.has(k)) throw itemAlreadyExists();
      if (sheet.comments.has(k)) throw invalidOperation('the cell holds a threaded comment');
      sheet.guardWrite('note');
      sheet.notes.set(k, { content: String(content), author: 'Fake User' });
      return { sheet, k };
    });
  }
  getItem(k: string): Note {
    return this._item('getItem', [k], `note ${k}`, (t) => find(t, k));
  }
  getItemOrNullObject(k: string): Note {
    return this._item('getItemOrNullObject', [k], null, (t) => find(t, k));
  }
}
defineProps<NotesT>(NoteCollection, {});

function find(t: NotesT, address: string): NoteT | null {
  const { sheet, r, c } = noteCell(t, address);
  return sheet.notes.has(key(r, c)) ? { sheet, k: key(r, c) } : null;
}

export class Note extends ClientObject<NoteT> {
  readonly _type = 'Note';
  override _t(): NoteT | null {
    const t = super._t();
    if (t && !t.sheet.notes.has(t.k)) throw invalidOperation('the note was deleted');
    return t;
  }
  delete(): void {
    this._call('delete', [], (n) => {
      n.sheet.guardWrite('note');
      n.sheet.notes.delete(n.k);
    });
  }
  getLocation(): Range {
    return this._derive(Range, 'getLocation', [], (n) => {
      const { r, c } = unkey(n.k);
      return { sheet: n.sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    });
  }
}
defineProps<NoteT>(Note, {
  content: {
    get: (n) => n.sheet.notes.get(n.k)!.content,
    set: (n, v: unknown) => {
      n.sheet.guardWrite('note');
      n.sheet.notes.get(n.k)!.content = String(v);
    },
  },
  authorName: { get: (n) => n.sheet.notes.get(n.k)!.author },
});
