/** The workbook proxy and its worksheet collection (add, getItem…, getActiveWorksheet, getFirst, getCount). */
import { FakeOfficeError, ErrorCodes, invalidArgument, invalidOperation, itemNotFound, propertyNotLoaded } from '../errors';
import { type SheetState, type WorkbookState, validSheetName } from '../state';
import { ClientObject, Collection, defineProps } from './clientObject';
import { NamedItemCollection } from './names';
import { NoteCollection } from './notes';
import { Range } from './range';
import { Worksheet } from './worksheet';

export class Workbook extends ClientObject<WorkbookState> {
  readonly _type = 'Workbook';
  get worksheets(): WorksheetCollection {
    return this._child('worksheets', () => new WorksheetCollection(this.context, () => this._t()));
  }
  get names(): NamedItemCollection {
    return this._child('names', () => new NamedItemCollection(this.context, () => this._t()));
  }
  get notes(): NoteCollection {
    return this._child('notes', () => new NoteCollection(this.context, () => {
      const wb = this._t();
      return wb ? { wb, sheet: null } : null;
    }));
  }
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const wb = this._t();
      if (!wb?.selection) throw invalidOperation('no selection');
      return { sheet: wb.selection.sheet, rect: { ...wb.selection.rect } };
    })._bind('getSelectedRange');
  }
  getActiveCell(): Range {
    return new Range(this.context, () => {
      const wb = this._t();
      if (!wb?.selection) throw invalidOperation('no selection');
      const r = wb.selection.rect;
      return { sheet: wb.selection.sheet, rect: { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 } };
    })._bind('getActiveCell');
  }
}
defineProps<WorkbookState>(Workbook, {}, ['worksheets', 'names', 'notes']);

export function visibleSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => s.visibility === 'Visible');
}

export class WorksheetCollection extends Collection<WorkbookState, SheetState, Worksheet> {
  readonly _type = 'WorksheetCollection';
  _list(t: WorkbookState): SheetState[] {
    return t.sheets;
  }
  _wrap(s: SheetState): Worksheet {
    return new Worksheet(this.context, () => s);
  }
  add(name?: string): Worksheet {
    let created: SheetState | undefined;
    this._call('add', [name], (wb) => {
      let n = name;
      if (n === undefined) {
        let k = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      if (!validSheetName(n)) throw invalidArgument(`bad sheet name ${n}`);
      if (wb.findSheet(n))
        throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
      created = wb.addSheet(n);
    });
    return new Worksheet(this.context, () => {
      if (!created) throw new FakeOfficeError(ErrorCodes.generalException, 'worksheet was not added');
      return created;
    });
  }
  private find(wb: WorkbookState, k: string): SheetState | undefined {
    return wb.findSheet(k) ?? wb.sheets.find((s) => s.id === k);
  }
  getItem(k: string): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      const s = wb && this.find(wb, k);
      if (!s) throw itemNotFound(`worksheet ${k}`);
      return s;
    })._bind('getItem', [k]);
  }
  getItemOrNullObject(k: string): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      return (wb && this.find(wb, k)) ?? null;
    })._bind('getItemOrNullObject', [k]);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      if (!wb?.activeSheet) throw itemNotFound('active worksheet');
      return wb.activeSheet;
    })._bind('getActiveWorksheet');
  }
  getFirst(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this._t();
      const s = wb && (visibleOnly ? visibleSheets(wb) : wb.sheets)[0];
      if (!s) throw itemNotFound('first worksheet');
      return s;
    })._bind('getFirst', [visibleOnly]);
  }
  getCount(): { value: number } {
    const result: { value?: number } = {};
    this.context._enqueue({
      desc: { type: this._type, op: 'load', name: 'getCount' },
      run: () => {
        const n = this._t()?.sheets.length ?? 0;
        return { bytes: String(n).length, commit: () => void (result.value = n) };
      },
    });
    return {
      get value(): number {
        if (result.value === undefined) throw propertyNotLoaded('value');
        return result.value;
      },
    };
  }
}
defineProps<WorkbookState>(WorksheetCollection, {});
