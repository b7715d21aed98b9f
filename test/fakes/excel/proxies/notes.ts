/** Cell notes, per worksheet or for the whole workbook: add (one cell, one note), getItem…, content, delete. */
import { MAX_COLS, type Rect, parseLocal, splitSheet } from '../address';
import { FakeOfficeError, ErrorCodes, invalidArgument, invalidOperation, itemNotFound } from '../errors';
import { type SheetState, type WorkbookState, key } from '../state';
import { ClientObject, Collection, defineProps } from './clientObject';
import { Range } from './range';

interface NotesT {
  wb: WorkbookState;
  sheet: SheetState | null;
}
interface NoteT {
  sheet: SheetState;
  k: number;
}

function noteCell(t: NotesT, ref: unknown): { sheet: SheetState; r: number; c: number } {
  let sheet: SheetState | undefined;
  let rect: Rect;
  if (ref instanceof Range) {
    const rt = ref._t();
    if (!rt) throw invalidArgument('note cell');
    sheet = rt.sheet;
    rect = rt.rect;
  } else if (typeof ref === 'string') {
    const sp = splitSheet(ref);
    sheet = sp.sheet === null ? (t.sheet ?? undefined) : t.wb.findSheet(sp.sheet);
    if (!sheet) throw invalidArgument(`note address ${ref}`);
    try {
      rect = parseLocal(sp.local);
    } catch {
      throw invalidArgument(`note address ${ref}`);
    }
  } else throw invalidArgument('note cell');
  if (t.sheet && sheet !== t.sheet) throw invalidArgument('note cell is on another sheet');
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw invalidArgument('a note goes on one cell');
  return { sheet, r: rect.r0, c: rect.c0 };
}

export class NoteCollection extends Collection<NotesT, NoteT, Note> {
  readonly _type = 'NoteCollection';
  _list(t: NotesT): NoteT[] {
    const sheets = t.sheet ? [t.sheet] : t.wb.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes.keys()].sort((a, b) => a - b).map((k) => ({ sheet, k })));
  }
  _wrap(n: NoteT): Note {
    return new Note(this.context, () => n);
  }
  add(cellAddress: Range | string, content: unknown): Note {
    let created: NoteT | undefined;
    this._call('add', [cellAddress, content], (t) => {
      const { sheet, r, c } = noteCell(t, cellAddress);
      const k = key(r, c);
      if (sheet.notes.has(k))
        throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
      sheet.notes.set(k, { content: String(content), author: 'Fake User' });
      created = { sheet, k };
    });
    return new Note(this.context, () => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, 'note was not added');
      return created;
    });
  }
  private find(k: string): NoteT | null {
    const t = this._t();
    if (!t) return null;
    const { sheet, r, c } = noteCell(t, k);
    return sheet.notes.has(key(r, c)) ? { sheet, k: key(r, c) } : null;
  }
  getItem(k: string): Note {
    return new Note(this.context, () => {
      const n = this.find(k);
      if (!n) throw itemNotFound(`note ${k}`);
      return n;
    })._bind('getItem', [k]);
  }
  getItemOrNullObject(k: string): Note {
    return new Note(this.context, () => this.find(k))._bind('getItemOrNullObject', [k]);
  }
}
defineProps<NotesT>(NoteCollection, {});

export class Note extends ClientObject<NoteT> {
  readonly _type = 'Note';
  override _t(): NoteT | null {
    const t = super._t();
    if (t && !t.sheet.notes.has(t.k)) throw invalidOperation('the note was deleted');
    return t;
  }
  delete(): void {
    this._call('delete', [], (n) => void n.sheet.notes.delete(n.k));
  }
  getLocation(): Range {
    return new Range(this.context, () => {
      const n = this._t();
      if (!n) return null;
      const r = Math.floor(n.k / MAX_COLS);
      const c = n.k % MAX_COLS;
      return { sheet: n.sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    })._bind('getLocation');
  }
}
defineProps<NoteT>(Note, {
  content: {
    get: (n) => n.sheet.notes.get(n.k)!.content,
    set: (n, v: unknown) => void (n.sheet.notes.get(n.k)!.content = String(v)),
  },
  authorName: { get: (n) => n.sheet.notes.get(n.k)!.author },
});
