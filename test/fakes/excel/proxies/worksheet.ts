/** The worksheet proxy: ranges by address or index, used range, activate/delete, name/position/visibility. */
import { MAX_COLS, MAX_ROWS } from '../address';
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from '../errors';
import { type SheetState, type WorkbookState, validSheetName } from '../state';
import { rectOnSheet } from './cells';
import { ChartCollection } from './charts';
import { ClientObject, defineProps, oneOf } from './clientObject';
import { CommentCollection } from './comments';
import { NoteCollection } from './notes';
import { AutoFilter, FreezePanes, PageBreakCollection, PageLayout } from './pageLayout';
import { Range } from './range';

export class Worksheet extends ClientObject<SheetState> {
  readonly _type = 'Worksheet';
  private wb(): WorkbookState {
    return this.context._host.wb;
  }
  get charts(): ChartCollection {
    return this._part('charts', ChartCollection);
  }
  get pageLayout(): PageLayout {
    return this._part('pageLayout', PageLayout);
  }
  get autoFilter(): AutoFilter {
    return this._part('autoFilter', AutoFilter);
  }
  get horizontalPageBreaks(): PageBreakCollection {
    return this._part('horizontalPageBreaks', PageBreakCollection);
  }
  get freezePanes(): FreezePanes {
    return this._part('freezePanes', FreezePanes);
  }
  get protection(): WorksheetProtection {
    return this._part('protection', WorksheetProtection);
  }
  get notes(): NoteCollection {
    return this._child('notes', () => new NoteCollection(this.context, () => this.annotations()));
  }
  get comments(): CommentCollection {
    return this._child('comments', () => new CommentCollection(this.context, () => this.annotations()));
  }
  /** The notes or comments of this sheet. */
  private annotations(): { wb: WorkbookState; sheet: SheetState } | null {
    const s = this._t();
    return s ? { wb: this.wb(), sheet: s } : null;
  }
  activate(): void {
    this._call('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw invalidOperation('cannot activate a hidden sheet');
      this.wb().activate(s);
    });
  }
  delete(): void {
    this._call('delete', [], (s) => {
      // "if the worksheet's visibility is set to VeryHidden, the delete operation will fail with an InvalidOperation
      // exception" (office-js typings of Worksheet.delete; office-js#365: by design).
      if (s.visibility === 'VeryHidden') throw invalidOperation('a VeryHidden worksheet cannot be deleted');
      const wb = this.wb();
      wb.guardStructure('delete a worksheet');
      keepOneVisible(wb, s);
      wb.sheets = wb.sheets.filter((x) => x !== s);
      s.deleted = true;
      leave(wb, s);
    });
  }
  getRange(address?: string): Range {
    return this._derive(Range, 'getRange', [address], (s) => {
      if (address === undefined || address === '')
        return { sheet: s, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      return {
        sheet: s,
        rect: rectOnSheet(s, address, `address ${address} is on another sheet`, `bad address ${address}`),
      };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._derive(Range, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], (s) => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
        throw invalidArgument('getRangeByIndexes');
      const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) throw invalidArgument('getRangeByIndexes out of the sheet');
      return { sheet: s, rect };
    });
  }
  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): Range {
    return this._derive(Range, 'getUsedRange', [valuesOnly], (s) => ({
      sheet: s,
      rect: s.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._derive(Range, 'getUsedRangeOrNullObject', [valuesOnly], (s) => {
      const rect = s.usedRect(valuesOnly);
      return rect ? { sheet: s, rect } : null;
    });
  }
  private next(s: SheetState, visibleOnly: boolean): SheetState | null {
    const list = visibleOnly ? this.wb().visibleSheets() : this.wb().sheets;
    return list[list.indexOf(s) + 1] ?? null;
  }
  getNextOrNullObject(visibleOnly = false): Worksheet {
    return this._derive(Worksheet, 'getNextOrNullObject', [visibleOnly], (s) => this.next(s, visibleOnly));
  }
  getNext(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => {
      const s = this._t();
      const n = s && this.next(s, visibleOnly);
      if (!n) throw itemNotFound('next worksheet');
      return n;
    })._bind('getNext', [visibleOnly]);
  }
}

/** `worksheet.protection` (ExcelApi 1.2): whether the sheet is protected (read only in the fake). */
export class WorksheetProtection extends ClientObject<SheetState> {
  readonly _type = 'WorksheetProtection';
}
defineProps<SheetState>(WorksheetProtection, { protected: { get: (s) => s.protected } });

/** Hiding or deleting `s` is refused when it is the workbook's last visible sheet. */
function keepOneVisible(wb: WorkbookState, s: SheetState): void {
  if (s.visibility === 'Visible' && wb.visibleSheets().length === 1)
    throw invalidOperation('a workbook must keep one visible sheet');
}

/** After `s` was hidden or deleted: when it was active, the first visible sheet becomes active. */
function leave(wb: WorkbookState, s: SheetState): void {
  if (wb.activeSheet === s) wb.activate(wb.visibleSheets()[0] ?? null);
}

const visibility = oneOf(['Visible', 'Hidden', 'VeryHidden'], 'visibility');

defineProps<SheetState>(
  Worksheet,
  {
    name: {
      get: (s) => s.name,
      set: (s, v: string, self: Worksheet) => {
        if (!validSheetName(v)) throw invalidArgument(`bad sheet name ${v}`);
        const other = self.context._host.wb.findSheet(v);
        if (other && other !== s) throw itemAlreadyExists();
        if (v !== s.name) self.context._host.wb.guardStructure('rename a worksheet');
        s.name = v;
      },
    },
    id: { get: (s) => s.id },
    position: {
      get: (s, self: Worksheet) => self.context._host.wb.sheets.indexOf(s),
      set: (s, v: number, self: Worksheet) => {
        const wb = self.context._host.wb;
        if (v !== wb.sheets.indexOf(s)) wb.guardStructure('move a worksheet');
        const rest = wb.sheets.filter((x) => x !== s);
        const at = Math.max(0, Math.min(rest.length, v));
        rest.splice(at, 0, s);
        wb.sheets = rest;
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v: string, self: Worksheet) => {
        visibility(v);
        const wb = self.context._host.wb;
        if (v !== s.visibility) wb.guardStructure('hide or unhide a worksheet');
        if (v !== 'Visible' && s.visibility === 'Visible') {
          keepOneVisible(wb, s);
          s.visibility = v;
          leave(wb, s);
        } else s.visibility = v;
      },
    },
    tabColor: { get: () => '', set: () => undefined },
  },
  ['charts', 'pageLayout', 'freezePanes', 'protection', 'notes', 'comments', 'autoFilter', 'horizontalPageBreaks']
);
