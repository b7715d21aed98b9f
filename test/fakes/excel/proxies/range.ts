/** The range proxy (values, formulas, number formats, text, derived ranges, merges, select, clear) and RangeAreas. */
import { MAX_COLS, MAX_ROWS, type Rect, cellCount, fullAddress } from '../address';
import { FakeOfficeError, ErrorCodes, invalidArgument } from '../errors';
import { type SheetState, key } from '../state';
import { type RangeT, addressOf, applyInput, cellValue, forCells, matrix, rangeArg } from './cells';
import { ClientObject, Collection, type Resolver, defineProps } from './clientObject';
import { ConditionalFormatCollection } from './conditionalFormats';
import { DataValidation } from './dataValidation';
import { RangeFormat } from './format';
import { Worksheet } from './worksheet';

export class Range extends ClientObject<RangeT> {
  readonly _type = 'Range';
  /** A range on the same sheet, its rectangle `f` of this one's; InvalidArgument when it leaves the sheet. */
  private derived(name: string, args: unknown[], f: (r: Rect) => Rect): Range {
    return this._derive(Range, name, args, (t) => {
      const r = f(t.rect);
      if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS || r.r1 < r.r0 || r.c1 < r.c0)
        throw invalidArgument(`${name} outside the sheet`);
      return { sheet: t.sheet, rect: r };
    });
  }
  get format(): RangeFormat {
    return this._part('format', RangeFormat);
  }
  get dataValidation(): DataValidation {
    return this._part('dataValidation', DataValidation);
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this._part('conditionalFormats', ConditionalFormatCollection);
  }
  get worksheet(): Worksheet {
    return this._child('worksheet', () => new Worksheet(this.context, () => this._t()?.sheet ?? null));
  }
  getCell(row: number, column: number): Range {
    return this.derived('getCell', [row, column], (r) => ({
      r0: r.r0 + row,
      c0: r.c0 + column,
      r1: r.r0 + row,
      c1: r.c0 + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (r) => ({
      r0: r.r0 + rowOffset,
      c0: r.c0 + columnOffset,
      r1: r.r1 + rowOffset,
      c1: r.c1 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (r) => ({
      ...r,
      r1: r.r1 + deltaRows,
      c1: r.c1 + deltaColumns,
    }));
  }
  getRow(row: number): Range {
    return this.derived('getRow', [row], (r) => ({ ...r, r0: r.r0 + row, r1: r.r0 + row }));
  }
  getColumn(column: number): Range {
    return this.derived('getColumn', [column], (r) => ({ ...r, c0: r.c0 + column, c1: r.c0 + column }));
  }
  getEntireColumn(): Range {
    return this.derived('getEntireColumn', [], (r) => ({ ...r, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getEntireRow(): Range {
    return this.derived('getEntireRow', [], (r) => ({ ...r, c0: 0, c1: MAX_COLS - 1 }));
  }
  /** The smallest range holding this one and `other` (office.js writes a large array through these, 1,500 cells each). */
  getBoundingRect(other: Range): Range {
    return this._derive(Range, 'getBoundingRect', [other], (t) => {
      const o = rangeArg(other, 'getBoundingRect');
      if (o.sheet !== t.sheet) throw invalidArgument('getBoundingRect: another sheet');
      const r = t.rect;
      const s = o.rect;
      return {
        sheet: t.sheet,
        rect: {
          r0: Math.min(r.r0, s.r0),
          c0: Math.min(r.c0, s.c0),
          r1: Math.max(r.r1, s.r1),
          c1: Math.max(r.c1, s.c1),
        },
      };
    });
  }
  /** office.js asks this before it writes a large array in pieces: the array must be the range's size. */
  _ValidateArraySize(rows: number, columns: number): void {
    this._call('_ValidateArraySize', [rows, columns], (t) => {
      if (rows !== t.rect.r1 - t.rect.r0 + 1 || columns !== t.rect.c1 - t.rect.c0 + 1)
        throw invalidArgument(
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
    });
  }
  merge(across = false): void {
    this._call('merge', [across], (t) => {
      if (across) {
        for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.addMerge({ r0: r, r1: r, c0: t.rect.c0, c1: t.rect.c1 });
      } else t.sheet.addMerge(t.rect);
    });
  }
  unmerge(): void {
    this._call('unmerge', [], (t) => t.sheet.removeMerges(t.rect));
  }
  /**
   * The merged areas whose TOP-LEFT cell lies in this range, whole (Excel's behaviour, office-js#3611: an area that
   * only overlaps the range from above or from the left is not listed; the null object when none is).
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return this._derive(RangeAreas, 'getMergedAreasOrNullObject', [], (t) => {
      const inRange = (m: Rect): boolean => m.r0 >= t.rect.r0 && m.r0 <= t.rect.r1 && m.c0 >= t.rect.c0 && m.c0 <= t.rect.c1;
      const rects = t.sheet.merges.filter(inRange).map((m) => ({ ...m }));
      rects.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
  }
  /**
   * `getRowProperties({ rowHidden: true })` (ExcelApi 1.9; refused below it by the server, from office.js's own table):
   * one entry per row of the range, in order, holding the properties asked for and no others (the load options name
   * `rowIndex` and `address` as properties to ask for). Only `rowHidden` and `rowIndex` are modelled: asking for
   * another (format, address) is refused rather than answered wrongly.
   */
  getRowProperties(options: Record<string, unknown>): { value: unknown } {
    return this.lineProperties('getRowProperties', options, 'row');
  }
  /** `getColumnProperties({ columnHidden: true })` (ExcelApi 1.9), as getRowProperties: `columnHidden` and `columnIndex` only. */
  getColumnProperties(options: Record<string, unknown>): { value: unknown } {
    return this.lineProperties('getColumnProperties', options, 'column');
  }
  private lineProperties(name: string, options: Record<string, unknown>, axis: 'row' | 'column'): { value: unknown } {
    const result: { value?: unknown } = {};
    const hiddenKey = `${axis}Hidden`;
    const indexKey = `${axis}Index`;
    this.context._enqueue({
      desc: { type: this._type, op: 'load', name, args: [options] },
      run: () => {
        const t = this._t();
        const asked = Object.keys(options ?? {}).filter((k) => options[k]);
        for (const k of asked)
          if (k !== hiddenKey && k !== indexKey) throw new FakeOfficeError(ErrorCodes.generalException, `The fake Excel does not model ${name}({ ${k} }).`);
        const lines: Array<Record<string, unknown>> = [];
        if (t) {
          const [from, to, hidden] = axis === 'row' ? [t.rect.r0, t.rect.r1, t.sheet.hiddenRows] : [t.rect.c0, t.rect.c1, t.sheet.hiddenCols];
          for (let i = from; i <= to; i++) {
            const line: Record<string, unknown> = {};
            if (asked.includes(indexKey)) line[indexKey] = i;
            if (asked.includes(hiddenKey)) line[hiddenKey] = hidden.has(i);
            lines.push(line);
          }
        }
        return { commit: () => void (result.value = lines) };
      },
    });
    return {
      get value(): unknown {
        if (result.value === undefined) throw new FakeOfficeError(ErrorCodes.generalException, `${name}: not synced`);
        return result.value;
      },
    };
  }
  select(): void {
    this._call('select', [], (t) => {
      const wb = this.context._host.wb;
      if (wb.activeSheet !== t.sheet)
        throw new FakeOfficeError(ErrorCodes.invalidSelection, 'The current selection is invalid for this operation.');
      wb.selection = { sheet: t.sheet, rect: { ...t.rect } };
    });
  }
  clear(applyTo: string = 'All'): void {
    this._call('clear', [applyTo], (t) => {
      const contents = applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      // refused whole, before any cell changes: formats anywhere on a protected sheet, contents on a locked cell
      if (formats) t.sheet.guardWrite('clear');
      else if (t.sheet.protected) forCells(t, (r, c) => t.sheet.guardWrite('clear', { r, c }));
      forCells(t, (r, c) => {
        if (contents) {
          t.sheet.setRawValue(r, c, undefined);
          t.sheet.setFormula(r, c, undefined);
        }
        if (formats) {
          t.sheet.setNumFmt(r, c, 'General');
          t.sheet.styles.delete(key(r, c));
        }
      });
    });
  }
}

/** Writing `values` or `formulas`: each cell as if typed in (see SheetState.input). */
const typeIn = (t: RangeT, v: unknown, self: Range): void => {
  // on a protected sheet the write is refused whole unless every cell is unlocked (SheetState.unlocked)
  if (t.sheet.protected) forCells(t, (r, c) => t.sheet.guardWrite('value', { r, c }));
  // a date typed in is the day's serial in the workbook's date system
  const date1904 = self.context._host.wb.date1904;
  applyInput(t, v, (r, c, x) => t.sheet.input(r, c, x, date1904));
};

defineProps<RangeT>(
  Range,
  {
    address: { get: addressOf },
    addressLocal: { get: addressOf },
    rowIndex: { get: (t) => t.rect.r0 },
    columnIndex: { get: (t) => t.rect.c0 },
    rowCount: { get: (t) => t.rect.r1 - t.rect.r0 + 1 },
    columnCount: { get: (t) => t.rect.c1 - t.rect.c0 + 1 },
    cellCount: { get: (t) => cellCount(t.rect) },
    /** ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when some are. */
    rowHidden: {
      get: (t) => {
        let hidden = 0;
        if (t.sheet.hiddenRows.size) for (let r = t.rect.r0; r <= t.rect.r1; r++) if (t.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === t.rect.r1 - t.rect.r0 + 1 ? true : null;
      },
    },
    /** ExcelApi 1.2: true when every column of the range is hidden, false when none is, null when some are. */
    columnHidden: {
      get: (t) => {
        let hidden = 0;
        if (t.sheet.hiddenCols.size) for (let c = t.rect.c0; c <= t.rect.c1; c++) if (t.sheet.hiddenCols.has(c)) hidden++;
        return hidden === 0 ? false : hidden === t.rect.c1 - t.rect.c0 + 1 ? true : null;
      },
    },
    values: {
      get: (t) => matrix(t, (r, c) => cellValue(t.sheet, r, c)),
      set: typeIn,
    },
    formulas: {
      get: (t) => matrix(t, (r, c) => t.sheet.getFormula(r, c) ?? cellValue(t.sheet, r, c)),
      set: typeIn,
    },
    numberFormat: {
      get: (t) => matrix(t, (r, c) => t.sheet.getNumFmt(r, c)),
      set: (t, v) =>
        applyInput(t, v, (r, c, x) => {
          if (x === null || x === undefined) return;
          if (typeof x !== 'string') throw invalidArgument('numberFormat must be text');
          // Like Excel: a number format code is at most 255 characters (issue 15: the setter accepted anything)
          if (x.length > 255) throw invalidArgument('a number format is at most 255 characters');
          t.sheet.setNumFmt(r, c, x);
        }),
    },
    valueTypes: {
      get: (t) =>
        matrix(t, (r, c) => {
          const v = t.sheet.getValue(r, c);
          if (v === undefined) return 'Empty';
          if (t.sheet.isError(r, c)) return 'Error';
          return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
        }),
    },
    text: {
      get: (t) =>
        matrix(t, (r, c) => {
          const v = t.sheet.getValue(r, c);
          return v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
        }),
    },
  },
  ['format', 'dataValidation', 'conditionalFormats', 'worksheet']
);

export interface AreasT {
  sheet: SheetState;
  rects: Rect[];
}

export class RangeAreas extends ClientObject<AreasT> {
  readonly _type = 'RangeAreas';
  get areas(): RangeCollection {
    return this._part('areas', RangeCollection);
  }
}
defineProps<AreasT>(
  RangeAreas,
  {
    address: { get: (t) => t.rects.map((r) => fullAddress(t.sheet.name, r)).join(',') },
    areaCount: { get: (t) => t.rects.length },
    cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
  },
  ['areas']
);

export class RangeCollection extends Collection<AreasT, RangeT, Range> {
  readonly _type = 'RangeCollection';
  _list(t: AreasT): RangeT[] {
    return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
  }
  _proxy(resolve: Resolver<RangeT>): Range {
    return new Range(this.context, resolve);
  }
}
defineProps<AreasT>(RangeCollection, {});
