/**
 * Threaded comments (ExcelApi 1.10), per worksheet or for the whole workbook: add (one thread per cell), getItem…,
 * getItemByCell, content, resolved, delete, getLocation. Replies are not modelled. A cell holds either a note or a
 * threaded comment: adding one where the other is refuses with InvalidOperation (Excel's rule for the two kinds,
 * "The difference between threaded comments and notes"; the API's exact error code is our reading).
 */
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from '../errors';
import { type CommentState, type SheetState, type WorkbookState, key, unkey } from '../state';
import { cellArg } from './notes';
import { ClientObject, Collection, type Resolver, defineProps } from './clientObject';
import { Range } from './range';

interface CommentsT {
  wb: WorkbookState;
  sheet: SheetState | null;
}
interface CommentT {
  sheet: SheetState;
  k: number;
}

let nextComment = 1;

export class CommentCollection extends Collection<CommentsT, CommentT, Comment> {
  readonly _type = 'CommentCollection';
  _list(t: CommentsT): CommentT[] {
    const sheets = t.sheet ? [t.sheet] : t.wb.sheets;
    return sheets.flatMap((sheet) => [...sheet.comments.keys()].sort((a, b) => a - b).map((k) => ({ sheet, k })));
  }
  _proxy(resolve: Resolver<CommentT>): Comment {
    return new Comment(this.context, resolve);
  }
  add(cellAddress: Range | string, content: unknown): Comment {
    return this._add('add', [cellAddress, content], 'comment', (t) => {
      const { sheet, r, c } = cellArg(t, cellAddress, 'comment');
      const k = key(r, c);
      if (sheet.comments.has(k)) throw itemAlreadyExists();
      if (sheet.notes.has(k)) throw invalidOperation('the cell holds a note');
      if (typeof content !== 'string') throw invalidArgument('comment content');
      const id = `{C0FFEE00-0000-4000-8000-${String(nextComment++).padStart(12, '0')}}`;
      const created: CommentState = { id, content, author: 'Fake User', resolved: false };
      sheet.comments.set(k, created);
      return { sheet, k };
    });
  }
  getItem(id: string): Comment {
    return this._item('getItem', [id], `comment ${id}`, (t) => byId(this, t, id));
  }
  getItemOrNullObject(id: string): Comment {
    return this._item('getItemOrNullObject', [id], null, (t) => byId(this, t, id));
  }
  getItemAt(index: number): Comment {
    return this._item('getItemAt', [index], `comment #${index}`, (t) => this._list(t)[index]);
  }
  getItemByCell(cellAddress: Range | string): Comment {
    return this._item('getItemByCell', [cellAddress], `comment at ${String(cellAddress)}`, (t) => {
      const { sheet, r, c } = cellArg(t, cellAddress, 'comment');
      return sheet.comments.has(key(r, c)) ? { sheet, k: key(r, c) } : null;
    });
  }
  getCount(): { value: number } {
    return this._count((t) => this._list(t).length);
  }
}
defineProps<CommentsT>(CommentCollection, {});

function byId(c: CommentCollection, t: CommentsT, id: string): CommentT | null {
  return c._list(t).find((x) => x.sheet.comments.get(x.k)!.id === id) ?? null;
}

export class Comment extends ClientObject<CommentT> {
  readonly _type = 'Comment';
  override _t(): CommentT | null {
    const t = super._t();
    if (t && !t.sheet.comments.has(t.k)) throw invalidOperation('the comment was deleted');
    return t;
  }
  delete(): void {
    this._call('delete', [], (n) => void n.sheet.comments.delete(n.k));
  }
  getLocation(): Range {
    return this._derive(Range, 'getLocation', [], (n) => {
      const { r, c } = unkey(n.k);
      return { sheet: n.sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    });
  }
}
const state = (n: CommentT): CommentState => {
  const s = n.sheet.comments.get(n.k);
  if (!s) throw itemNotFound('comment');
  return s;
};
defineProps<CommentT>(Comment, {
  id: { get: (n) => state(n).id },
  content: { get: (n) => state(n).content, set: (n, v: unknown) => void (state(n).content = String(v)) },
  authorName: { get: (n) => state(n).author },
  resolved: { get: (n) => state(n).resolved, set: (n, v: unknown) => void (state(n).resolved = Boolean(v)) },
});
