/** The worksheet proxy: ranges by address or index, used range, activate/delete, name/position/visibility. */
import { MAX_COLS, MAX_ROWS, parseLocal, splitSheet } from '../address';
import { FakeOfficeError, ErrorCodes, invalidArgument, invalidOperation, itemNotFound } from '../errors';
import { type SheetState, type WorkbookState, validSheetName } from '../state';
import { ChartCollection } from './charts';
import { ClientObject, defineProps } from './clientObject';
import { NoteCollection } from './notes';
import { FreezePanes, PageLayout } from './pageLayout';
import { Range } from './range';
import { visibleSheets } from './workbook';

export class Worksheet extends ClientObject<SheetState> {
  readonly _type = 'Worksheet';
  private wb(): WorkbookState {
    return this.context._host.wb;
  }
  get charts(): ChartCollection {
    return this._child('charts', () => new ChartCollection(this.context, () => this._t()));
  }
  get pageLayout(): PageLayout {
    return this._child('pageLayout', () => new PageLayout(this.context, () => this._t()));
  }
  get freezePanes(): FreezePanes {
    return this._child('freezePanes', () => new FreezePanes(this.context, () => this._t()));
  }
  get notes(): NoteCollection {
    return this._child('notes', () => new NoteCollection(this.context, () => {
      const s = this._t();
      return s ? { wb: this.wb(), sheet: s } : null;
    }));
  }
  activate(): void {
    this._call('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw invalidOperation('cannot activate a hidden sheet');
      const wb = this.wb();
      wb.activeSheet = s;
      wb.selection = { sheet: s, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  delete(): void {
    this._call('delete', [], (s) => {
      const wb = this.wb();
      const visible = visibleSheets(wb);
      if (s.visibility === 'Visible' && visible.length === 1) throw invalidOperation('a workbook must keep one visible sheet');
      wb.sheets = wb.sheets.filter((x) => x !== s);
      s.deleted = true;
      if (wb.activeSheet === s) {
        const next = visibleSheets(wb)[0] ?? null;
        wb.activeSheet = next;
        wb.selection = next ? { sheet: next, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } } : null;
      }
    });
  }
  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const s = this._t();
      if (!s) return null;
      if (address === undefined || address === '') return { sheet: s, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      const { sheet, local } = splitSheet(address);
      if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument(`address ${address} is on another sheet`);
      try {
        return { sheet: s, rect: parseLocal(local) };
      } catch {
        throw invalidArgument(`bad address ${address}`);
      }
    })._bind('getRange', [address]);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, () => {
      const s = this._t();
      if (!s) return null;
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw invalidArgument('getRangeByIndexes');
      const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS) throw invalidArgument('getRangeByIndexes out of the sheet');
      return { sheet: s, rect };
    })._bind('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount]);
  }
  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const s = this._t();
      if (!s) return null;
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    })._bind('getUsedRange', [valuesOnly]);
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const s = this._t();
      const rect = s?.usedRect(valuesOnly);
      return s && rect ? { sheet: s, rect } : null;
    })._bind('getUsedRangeOrNullObject', [valuesOnly]);
  }
  private neighbour(dir: 1 | -1, visibleOnly: boolean): SheetState | null {
    const s = this._t();
    if (!s) return null;
    const list = visibleOnly ? visibleSheets(this.wb()) : this.wb().sheets;
    const idx = list.indexOf(s);
    return list[idx + dir] ?? null;
  }
  getNextOrNullObject(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => this.neighbour(1, visibleOnly))._bind('getNextOrNullObject', [visibleOnly]);
  }
  getNext(visibleOnly = false): Worksheet {
    return new Worksheet(this.context, () => {
      const n = this.neighbour(1, visibleOnly);
      if (!n) throw itemNotFound('next worksheet');
      return n;
    })._bind('getNext', [visibleOnly]);
  }
}

defineProps<SheetState>(
  Worksheet,
  {
    name: {
      get: (s) => s.name,
      set: (s, v: string, self: Worksheet) => {
        const wb = (self as any).wb() as WorkbookState;
        if (!validSheetName(v)) throw invalidArgument(`bad sheet name ${v}`);
        const other = wb.findSheet(v);
        if (other && other !== s) throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, 'A resource with the same name or identifier already exists.');
        s.name = v;
      },
    },
    id: { get: (s) => s.id },
    position: {
      get: (s, self: Worksheet) => self.context._host.wb.sheets.indexOf(s),
      set: (s, v: number, self: Worksheet) => {
        const wb = self.context._host.wb;
        const rest = wb.sheets.filter((x) => x !== s);
        const at = Math.max(0, Math.min(rest.length, v));
        rest.splice(at, 0, s);
        wb.sheets = rest;
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v: string, self: Worksheet) => {
        if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw invalidArgument(`visibility ${v}`);
        const wb = self.context._host.wb;
        if (v !== 'Visible' && s.visibility === 'Visible') {
          if (visibleSheets(wb).length === 1) throw invalidOperation('a workbook must keep one visible sheet');
          s.visibility = v;
          if (wb.activeSheet === s) {
            const next = visibleSheets(wb)[0];
            wb.activeSheet = next;
            wb.selection = { sheet: next, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
          }
        } else s.visibility = v;
      },
    },
    tabColor: { get: () => '', set: () => undefined },
  },
  ['charts', 'pageLayout', 'freezePanes', 'notes'],
);
