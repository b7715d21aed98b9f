/** The workbook proxy and its worksheet collection (add, getItem…, getActiveWorksheet, getFirst, getCount). */
import type { Rect } from '../address';
import { invalidArgument, invalidOperation, itemAlreadyExists } from '../errors';
import { type SheetState, type WorkbookState, validSheetName } from '../state';
import { ClientObject, Collection, type Resolver, defineProps } from './clientObject';
import { NamedItemCollection } from './names';
import { CommentCollection } from './comments';
import { Functions } from './functions';
import { NoteCollection } from './notes';
import { Range } from './range';
import { Worksheet } from './worksheet';

export class Workbook extends ClientObject<WorkbookState> {
  readonly _type = 'Workbook';
  get worksheets(): WorksheetCollection {
    return this._part('worksheets', WorksheetCollection);
  }
  /** `workbook.protection` (ExcelApi 1.7): whether the structure is protected (read only in the fake). */
  get protection(): WorkbookProtection {
    return this._part('protection', WorkbookProtection);
  }
  get names(): NamedItemCollection {
    return this._part('names', NamedItemCollection);
  }
  /** `workbook.functions` (ExcelApi 1.2): Excel's worksheet functions computed in this workbook (proxies/functions.ts). */
  get functions(): Functions {
    return this._part('functions', Functions);
  }
  get notes(): NoteCollection {
    return this._child('notes', () => new NoteCollection(this.context, () => this.annotations()));
  }
  get comments(): CommentCollection {
    return this._child('comments', () => new CommentCollection(this.context, () => this.annotations()));
  }
  /** The notes or comments of the whole workbook. */
  private annotations(): { wb: WorkbookState; sheet: null } | null {
    const wb = this._t();
    return wb ? { wb, sheet: null } : null;
  }
  getSelectedRange(): Range {
    return this.selected('getSelectedRange', (r) => ({ ...r }));
  }
  getActiveCell(): Range {
    return this.selected('getActiveCell', (r) => ({ r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 }));
  }
  /** A range `f` of the selection; InvalidOperation when there is none. */
  private selected(name: string, f: (selection: Rect) => Rect): Range {
    return new Range(this.context, () => {
      const wb = this._t();
      if (!wb?.selection) throw invalidOperation('no selection');
      return { sheet: wb.selection.sheet, rect: f(wb.selection.rect) };
    })._bind(name);
  }
}
defineProps<WorkbookState>(Workbook, { name: { get: (wb) => wb.name } }, ['worksheets', 'names', 'notes', 'comments', 'protection', 'functions']);

export class WorkbookProtection extends ClientObject<WorkbookState> {
  readonly _type = 'WorkbookProtection';
}
defineProps<WorkbookState>(WorkbookProtection, { protected: { get: (wb) => wb.structureProtected } });

export class WorksheetCollection extends Collection<WorkbookState, SheetState, Worksheet> {
  readonly _type = 'WorksheetCollection';
  _list(t: WorkbookState): SheetState[] {
    return t.sheets;
  }
  _proxy(resolve: Resolver<SheetState>): Worksheet {
    return new Worksheet(this.context, resolve);
  }
  add(name?: string): Worksheet {
    return this._add('add', [name], 'worksheet', (wb) => {
      let n = name;
      if (n === undefined) {
        let k = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      if (!validSheetName(n)) throw invalidArgument(`bad sheet name ${n}`);
      if (wb.findSheet(n)) throw itemAlreadyExists();
      wb.guardStructure('add a worksheet');
      return wb.addSheet(n);
    });
  }
  getItem(k: string): Worksheet {
    return this._item('getItem', [k], `worksheet ${k}`, (wb) => find(wb, k));
  }
  getItemOrNullObject(k: string): Worksheet {
    return this._item('getItemOrNullObject', [k], null, (wb) => find(wb, k));
  }
  getActiveWorksheet(): Worksheet {
    return this._item('getActiveWorksheet', [], 'active worksheet', (wb) => wb.activeSheet);
  }
  getFirst(visibleOnly = false): Worksheet {
    return this._item(
      'getFirst',
      [visibleOnly],
      'first worksheet',
      (wb) => (visibleOnly ? wb.visibleSheets() : wb.sheets)[0]
    );
  }
  getCount(): { value: number } {
    return this._count((wb) => wb.sheets.length);
  }
}
defineProps<WorkbookState>(WorksheetCollection, {});

/** A worksheet by name (any case) or by id. */
function find(wb: WorkbookState, k: string): SheetState | undefined {
  return wb.findSheet(k) ?? wb.sheets.find((s) => s.id === k);
}
