/**
 * Host-neutral reading of a SheetLayout shared by the adapters that carry it out cell by cell (Office.js, ET): which
 * cells are styled (a merged area's cells take its top-left style), the bounding box, runs of equal sizes.
 */
import type { Merge } from '../model/grid';
import type { CellStyle, LayoutCell, SheetLayout } from '../model/layout';
import type { Rect } from './office/util';

/** The styled cells, and the other cells of each merged area with its top-left cell's style (closed borders and fills). */
export function styledCells(layout: SheetLayout): Array<{ row: number; col: number; style: CellStyle }> {
  const cells = new Map<string, LayoutCell>();
  for (const c of layout.cells) cells.set(`${c.row},${c.col}`, c);
  const styled: Array<{ row: number; col: number; style: CellStyle }> = [];
  for (const c of layout.cells) if (c.style) styled.push({ row: c.row, col: c.col, style: c.style });
  for (const m of layout.merges) {
    const tl = cells.get(`${m.top},${m.left}`);
    if (!tl?.style) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if ((r !== m.top || c !== m.left) && !cells.has(`${r},${c}`)) styled.push({ row: r, col: c, style: tl.style });
  }
  return styled;
}

export function toRect(m: Merge): Rect {
  return { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
}

export function inBox(b: Rect, r: number, c: number): boolean {
  return r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
}

export function boundingBox(cells: ReadonlyArray<LayoutCell>): Rect | null {
  if (!cells.length) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top, left, bottom, right };
}

/** Runs of equal defined values: [first, last, value]. */
export function runs(xs: ReadonlyArray<number | undefined>): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  xs.forEach((x, i) => {
    if (x === undefined || x === null) return;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === x) last[1] = i;
    else out.push([i, i, x]);
  });
  return out;
}
