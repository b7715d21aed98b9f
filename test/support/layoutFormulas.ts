/**
 * A layout's native formulas evaluated by HyperFormula over the layout's own cells (each formula cell as its
 * formula, every other cell as its value): what Excel would compute when it opens the sheet.
 */
import { HyperFormula } from 'hyperformula';
import { a1 } from '../../src/model/grid';
import type { LayoutCell, SheetLayout } from '../../src/model/layout';

export function layoutSheet(layout: SheetLayout): HyperFormula {
  const rows: Array<Array<string | number | boolean | null>> = [];
  for (const c of layout.cells) {
    while (rows.length <= c.row) rows.push([]);
    rows[c.row][c.col] = c.formula !== undefined ? `=${c.formula}` : c.value;
  }
  return HyperFormula.buildFromArray(rows.map((r) => Array.from(r, (v) => v ?? null)), { licenseKey: 'gpl-v3' });
}

/** A rate (0.00%): compared to 9 places, as a float quotient may differ in the last bit. */
export const isRate = (c: LayoutCell): boolean => typeof c.value === 'number' && c.style?.numberFormat === '0.00%';

/**
 * Every formula cell: HyperFormula's value equals the value the model wrote, exactly, or to 9 places where
 * `approx(cell)` says so; the layout has at least one formula. Returns the evaluated sheet for further checks.
 */
export function expectFormulasAgree(layout: SheetLayout, approx: (c: LayoutCell) => boolean = isRate): HyperFormula {
  const hf = layoutSheet(layout);
  const formulas = layout.cells.filter((c) => c.formula !== undefined);
  expect(formulas.length).toBeGreaterThan(0);
  for (const c of formulas) {
    const got = hf.getCellValue({ sheet: 0, row: c.row, col: c.col });
    const where = `${a1(c.row, c.col)} =${c.formula}`;
    if (typeof c.value === 'number' && approx(c)) {
      expect([where, typeof got]).toEqual([where, 'number']);
      expect(got as number).toBeCloseTo(c.value, 9);
    } else expect([where, got]).toEqual([where, c.value]);
  }
  return hf;
}
