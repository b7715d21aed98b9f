/** A range's format: alignment, wrap, indent, row height and column width, fill and font (cell styles in state.ts). */
import { MAX_COLS, MAX_ROWS } from '../address';
import { invalidArgument } from '../errors';
import { type CellStyle, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetState, normalizeColor } from '../state';
import { RangeBorderCollection } from './borders';
import { type RangeT, styleCells, uniform } from './cells';
import { ClientObject, type PropDef, defineProps, oneOf } from './clientObject';

function isWholeSheet(t: RangeT): boolean {
  return t.rect.r0 === 0 && t.rect.c0 === 0 && t.rect.r1 === MAX_ROWS - 1 && t.rect.c1 === MAX_COLS - 1;
}

/** A format property kept in the cell styles: one value over the range or null; setting it sets every cell. */
function styleProp<K extends 'hAlign' | 'vAlign' | 'wrap' | 'indent'>(
  k: K,
  dflt: NonNullable<CellStyle[K]>,
  store: (v: any) => CellStyle[K],
  check?: (v: any) => unknown
): PropDef<RangeT> {
  return {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.[k] ?? dflt),
    set: (t, v) => {
      check?.(v);
      styleCells(t, (s) => void (s[k] = store(v)));
    },
  };
}

/** The one value `f` gives for every index from `from` to `to`, null when they differ. */
function sameOrNull(from: number, to: number, f: (i: number) => number): number | null | undefined {
  let x: number | null | undefined;
  for (let i = from; i <= to; i++) {
    const y = f(i);
    if (x === undefined) x = y;
    else if (x !== y) return null;
  }
  return x;
}

export class RangeFormat extends ClientObject<RangeT> {
  readonly _type = 'RangeFormat';
  get fill(): RangeFill {
    return this._part('fill', RangeFill);
  }
  get font(): RangeFont {
    return this._part('font', RangeFont);
  }
  get borders(): RangeBorderCollection {
    return this._part('borders', RangeBorderCollection);
  }
}
const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
defineProps<RangeT>(
  RangeFormat,
  {
    horizontalAlignment: styleProp(
      'hAlign',
      'General',
      (v) => (v === 'General' ? undefined : v),
      oneOf(H_ALIGN, 'horizontalAlignment')
    ),
    verticalAlignment: styleProp(
      'vAlign',
      'Bottom',
      (v) => (v === 'Bottom' ? undefined : v),
      oneOf(V_ALIGN, 'verticalAlignment')
    ),
    wrapText: styleProp('wrap', false, (v) => (v ? true : undefined)),
    indentLevel: styleProp('indent', 0, (v) => (v ? v : undefined)),
    rowHeight: {
      get: (t) =>
        sameOrNull(
          t.rect.r0,
          Math.min(t.rect.r1, t.rect.r0 + 100000),
          (r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT
        ),
      set: (t, v: number) => {
        if (!(v >= 0 && v <= 409)) throw invalidArgument(`rowHeight ${v}`);
        for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
      },
    },
    columnWidth: {
      get: (t) => sameOrNull(t.rect.c0, t.rect.c1, (c) => t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      set: (t, v: number) => {
        if (!(v >= 0 && v <= 1800)) throw invalidArgument(`columnWidth ${v}`);
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colWidths.set(c, v);
      },
    },
  },
  ['fill', 'font', 'borders']
);

const FILL_PATTERNS = [
  'None',
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
  'LinearGradient',
  'RectangularGradient',
];

const fillPattern = oneOf(FILL_PATTERNS, 'pattern');

export class RangeFill extends ClientObject<RangeT> {
  readonly _type = 'RangeFill';
  clear(): void {
    this._call('clear', [], (t) => styleCells(t, (s) => void (s.fill = undefined)));
  }
}
defineProps<RangeT>(RangeFill, {
  // Excel reports "no fill" as white, and `pattern` as null for no fill and for a solid fill alike (office-js#4900:
  // "They both have null for format.fill.pattern, and they both have #FFFFFF for format.fill.color"); only
  // `tintAndShade` tells them apart: null for no fill, a number for a fill (Microsoft's answer there).
  color: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.color ?? '#FFFFFF'),
    set: (t, v: string) => {
      const color = normalizeColor(v);
      styleCells(t, (s) => {
        const pattern = s.fill && s.fill.pattern !== 'None' ? s.fill.pattern : 'Solid';
        s.fill = { ...s.fill, color, pattern };
      });
    },
  },
  pattern: {
    get: (t) =>
      uniform(t, (r, c) => {
        const p = t.sheet.getStyle(r, c)?.fill?.pattern ?? 'None';
        return p === 'None' || p === 'Solid' ? null : p;
      }),
    set: (t, v: string) => {
      fillPattern(v);
      styleCells(t, (s) => {
        if (v === 'None') s.fill = undefined;
        else s.fill = { color: s.fill?.color ?? '#FFFFFF', ...s.fill, pattern: v };
      });
    },
  },
  tintAndShade: {
    get: (t) => {
      const v = uniform(t, (r, c) => {
        const f = t.sheet.getStyle(r, c)?.fill;
        return f ? String(f.tintAndShade ?? 0) : 'none';
      });
      return v === null || v === 'none' ? null : Number(v);
    },
    set: (t, v: number) => {
      if (typeof v !== 'number' || !(v >= -1 && v <= 1)) throw invalidArgument(`tintAndShade ${v}`);
      styleCells(t, (s) => {
        if (s.fill) s.fill = { ...s.fill, tintAndShade: v };
      });
    },
  },
  patternColor: {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.fill?.patternColor ?? '#000000'),
    set: (t, v: string) => {
      const pc = normalizeColor(v);
      styleCells(t, (s) => {
        if (s.fill) s.fill = { ...s.fill, patternColor: pc };
      });
    },
  },
});

export class RangeFont extends ClientObject<RangeT> {
  readonly _type = 'RangeFont';
}
function fontProp<K extends 'name' | 'size' | 'bold' | 'italic' | 'color'>(
  k: K,
  dflt: (s: SheetState) => unknown,
  check?: (v: any) => any
): PropDef<RangeT> {
  return {
    get: (t) => uniform(t, (r, c) => t.sheet.getStyle(r, c)?.font?.[k] ?? dflt(t.sheet)),
    set: (t, raw: any) => {
      const v = check ? check(raw) : raw;
      if (isWholeSheet(t) && (k === 'name' || k === 'size')) {
        (t.sheet.defaultFont as any)[k] = v;
        for (const s of t.sheet.styles.values()) if (s.font) s.font[k] = undefined;
        return;
      }
      styleCells(t, (s) => void (s.font = { ...s.font, [k]: v }));
    },
  };
}
defineProps<RangeT>(RangeFont, {
  name: fontProp(
    'name',
    (s) => s.defaultFont.name,
    (v) => {
      if (typeof v !== 'string' || !v) throw invalidArgument('font name');
      return v;
    }
  ),
  size: fontProp(
    'size',
    (s) => s.defaultFont.size,
    (v) => {
      if (typeof v !== 'number' || v < 1 || v > 409) throw invalidArgument('font size');
      return v;
    }
  ),
  bold: fontProp(
    'bold',
    () => false,
    (v) => !!v
  ),
  italic: fontProp(
    'italic',
    () => false,
    (v) => !!v
  ),
  color: fontProp(
    'color',
    () => '#000000',
    (v) => normalizeColor(v)
  ),
});
