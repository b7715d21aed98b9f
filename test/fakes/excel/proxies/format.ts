/** A range's format: alignment, wrap, indent, row height and column width, fill and font (cell styles in state.ts). */
import { MAX_COLS, MAX_ROWS, cellCount } from '../address';
import { invalidArgument } from '../errors';
import { type CellStyle, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetState, normalizeColor } from '../state';
import { RangeBorderCollection } from './borders';
import { MAX_CELLS_PER_ARRAY, type RangeT, forCells, uniform } from './cells';
import { ClientObject, type PropDef, defineProps } from './clientObject';

export function checkFormatSize(t: RangeT): void {
  if (cellCount(t.rect) > MAX_CELLS_PER_ARRAY) throw invalidArgument('the fake does not model formatting this many cells (except the whole-sheet font)');
}

function isWholeSheet(t: RangeT): boolean {
  return t.rect.r0 === 0 && t.rect.c0 === 0 && t.rect.r1 === MAX_ROWS - 1 && t.rect.c1 === MAX_COLS - 1;
}

function styleSetter(apply: (s: CellStyle, v: any) => void) {
  return (t: RangeT, v: any): void => {
    checkFormatSize(t);
    forCells(t, (r, c) => t.sheet.updateStyle(r, c, (s) => apply(s, v)));
  };
}

export class RangeFormat extends ClientObject<RangeT> {
  readonly _type = 'RangeFormat';
  get fill(): RangeFill {
    return this._child('fill', () => new RangeFill(this.context, () => this._t()));
  }
  get font(): RangeFont {
    return this._child('font', () => new RangeFont(this.context, () => this._t()));
  }
  get borders(): RangeBorderCollection {
    return this._child('borders', () => new RangeBorderCollection(this.context, () => this._t()));
  }
  autofitRows(): void {
    this._call('autofitRows', [], (t) => void (t.sheet.autofitRows += t.rect.r1 - t.rect.r0 + 1));
  }
  autofitColumns(): void {
    this._call('autofitColumns', [], () => undefined);
  }
}
const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
defineProps<RangeT>(
  RangeFormat,
  {
    horizontalAlignment: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.hAlign ?? 'General'),
      set: (t, v: string) => {
        if (!H_ALIGN.includes(v)) throw invalidArgument(`horizontalAlignment ${v}`);
        styleSetter((s) => void (s.hAlign = v === 'General' ? undefined : v))(t, v);
      },
    },
    verticalAlignment: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.vAlign ?? 'Bottom'),
      set: (t, v: string) => {
        if (!V_ALIGN.includes(v)) throw invalidArgument(`verticalAlignment ${v}`);
        styleSetter((s) => void (s.vAlign = v === 'Bottom' ? undefined : v))(t, v);
      },
    },
    wrapText: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.wrap ?? false),
      set: styleSetter((s, v: boolean) => void (s.wrap = v ? true : undefined)),
    },
    indentLevel: {
      get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.indent ?? 0),
      set: styleSetter((s, v: number) => void (s.indent = v ? v : undefined)),
    },
    rowHeight: {
      get: (t) => {
        let h: number | null | undefined;
        for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100000); r++) {
          const x = t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
          if (h === undefined) h = x;
          else if (h !== x) return null;
        }
        return h;
      },
      set: (t, v: number) => {
        if (!(v >= 0 && v <= 409)) throw invalidArgument(`rowHeight ${v}`);
        for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
      },
    },
    columnWidth: {
      get: (t) => {
        let w: number | null | undefined;
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const x = t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
          if (w === undefined) w = x;
          else if (w !== x) return null;
        }
        return w;
      },
      set: (t, v: number) => {
        if (!(v >= 0 && v <= 1800)) throw invalidArgument(`columnWidth ${v}`);
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colWidths.set(c, v);
      },
    },
  },
  ['fill', 'font', 'borders'],
);

const FILL_PATTERNS = ['None', 'Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker', 'SemiGray75', 'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross', 'Gray16', 'Gray8', 'LinearGradient', 'RectangularGradient'];

export class RangeFill extends ClientObject<RangeT> {
  readonly _type = 'RangeFill';
  clear(): void {
    this._call('clear', [], (t) => {
      checkFormatSize(t);
      forCells(t, (r, c) => t.sheet.updateStyle(r, c, (s) => void (s.fill = undefined)));
    });
  }
}
defineProps<RangeT>(RangeFill, {
  // Excel reports "no fill" as white; only `pattern` ("None") tells it apart from a white fill.
  color: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.color ?? '#FFFFFF'),
    set: (t, v: string) => {
      const color = normalizeColor(v);
      styleSetter((s) => {
        const pattern = s.fill && s.fill.pattern !== 'None' ? s.fill.pattern : 'Solid';
        s.fill = { ...s.fill, color, pattern };
      })(t, v);
    },
  },
  pattern: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.pattern ?? 'None'),
    set: (t, v: string) => {
      if (!FILL_PATTERNS.includes(v)) throw invalidArgument(`pattern ${v}`);
      styleSetter((s) => {
        if (v === 'None') s.fill = undefined;
        else s.fill = { color: s.fill?.color ?? '#FFFFFF', ...s.fill, pattern: v };
      })(t, v);
    },
  },
  patternColor: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.patternColor ?? '#000000'),
    set: (t, v: string) => {
      const pc = normalizeColor(v);
      styleSetter((s) => {
        if (s.fill) s.fill = { ...s.fill, patternColor: pc };
      })(t, v);
    },
  },
});

export class RangeFont extends ClientObject<RangeT> {
  readonly _type = 'RangeFont';
}
function fontProp<K extends 'name' | 'size' | 'bold' | 'italic' | 'color'>(k: K, dflt: (s: SheetState) => unknown, check?: (v: any) => any): PropDef<RangeT> {
  return {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.font?.[k] ?? dflt(t.sheet)),
    set: (t, raw: any) => {
      const v = check ? check(raw) : raw;
      if (isWholeSheet(t) && (k === 'name' || k === 'size')) {
        (t.sheet.defaultFont as any)[k] = v;
        for (const s of t.sheet.styles.values()) if (s.font) s.font[k] = undefined;
        return;
      }
      styleSetter((s) => void (s.font = { ...s.font, [k]: v }))(t, v);
    },
  };
}
defineProps<RangeT>(RangeFont, {
  name: fontProp('name', (s) => s.defaultFont.name, (v) => {
    if (typeof v !== 'string' || !v) throw invalidArgument('font name');
    return v;
  }),
  size: fontProp('size', (s) => s.defaultFont.size, (v) => {
    if (typeof v !== 'number' || v < 1 || v > 409) throw invalidArgument('font size');
    return v;
  }),
  bold: fontProp('bold', () => false, (v) => !!v),
  italic: fontProp('italic', () => false, (v) => !!v),
  color: fontProp('color', () => '#000000', (v) => normalizeColor(v)),
});
