/** A range's borders: edges and inside lines map to the sides of the cells they cover (diagonals not modelled). */
import { type BorderState, normalizeColor } from '../state';
import { type RangeT, checkFormatSize } from './cells';
import { ClientObject, type PropDef, defineProps, oneOf } from './clientObject';

type Side = 'top' | 'bottom' | 'left' | 'right';
interface BorderT extends RangeT {
  index: string;
}
const BORDER_INDEX = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

/** The cell sides a border index stands for, over a range. */
function borderCells(t: BorderT): Array<[number, number, Side]> {
  const out: Array<[number, number, Side]> = [];
  const { r0, c0, r1, c1 } = t.rect;
  switch (t.index) {
    case 'EdgeTop':
      for (let c = c0; c <= c1; c++) out.push([r0, c, 'top']);
      break;
    case 'EdgeBottom':
      for (let c = c0; c <= c1; c++) out.push([r1, c, 'bottom']);
      break;
    case 'EdgeLeft':
      for (let r = r0; r <= r1; r++) out.push([r, c0, 'left']);
      break;
    case 'EdgeRight':
      for (let r = r0; r <= r1; r++) out.push([r, c1, 'right']);
      break;
    case 'InsideHorizontal':
      for (let r = r0; r < r1; r++)
        for (let c = c0; c <= c1; c++) {
          out.push([r, c, 'bottom']);
          out.push([r + 1, c, 'top']);
        }
      break;
    case 'InsideVertical':
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c < c1; c++) {
          out.push([r, c, 'right']);
          out.push([r, c + 1, 'left']);
        }
      break;
    default:
      break; // diagonals are not modelled
  }
  return out;
}

const borderIndex = oneOf(BORDER_INDEX, 'border index');

export class RangeBorderCollection extends ClientObject<RangeT> {
  readonly _type = 'RangeBorderCollection';
  getItem(index: string): RangeBorder {
    borderIndex(index);
    return this._child(
      `item:${index}`,
      () =>
        new RangeBorder(this.context, () => {
          const t = this._t();
          return t ? { ...t, index } : null;
        })
    );
  }
}
defineProps<RangeT>(RangeBorderCollection, {});

export class RangeBorder extends ClientObject<BorderT> {
  readonly _type = 'RangeBorder';
}
const NO_BORDER: BorderState = { style: 'None', weight: 'Thin', color: '#000000' };
function borderProp(k: keyof BorderState, check: (v: any) => string): PropDef<BorderT> {
  return {
    get: (t) => {
      const cells = borderCells(t);
      let first: string | undefined;
      for (const [r, c, side] of cells) {
        const v = (t.sheet.getStyle(r, c)?.borders?.[side] ?? NO_BORDER)[k];
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
      return first ?? NO_BORDER[k];
    },
    set: (t, raw) => {
      const v = check(raw);
      checkFormatSize(t);
      for (const [r, c, side] of borderCells(t))
        t.sheet.updateStyle(r, c, (s) => {
          const b = { ...(s.borders ?? {}) };
          if (k === 'style' && v === 'None') b[side] = undefined;
          else b[side] = { ...(b[side] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' }), [k]: v };
          s.borders = b;
        });
    },
  };
}
defineProps<BorderT>(RangeBorder, {
  style: borderProp(
    'style',
    oneOf(['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'], 'border style')
  ),
  weight: borderProp('weight', oneOf(['Hairline', 'Thin', 'Medium', 'Thick'], 'border weight')),
  color: borderProp('color', (v) => normalizeColor(v)),
});
