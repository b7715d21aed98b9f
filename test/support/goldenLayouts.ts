/**
 * The layouts every writer must render alike, built from the bundled sample with a fixed time
 * stamp: both 自评表 layouts and the input templates (empty, and filled with the sample).
 */
import { evaluateWorkbook } from '../../src/model/evaluate';
import type { SheetLayout } from '../../src/model/layout';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../src/model/sample';
import { LAYOUT_IDS, layoutById } from '../../src/model/selfeval';
import { inputSheetLayouts } from '../../src/ui/templates';

export const GOLDEN_STAMP = '2019-03-01 10:20';

export interface GoldenCase {
  /** The golden file's name (test/golden/<name>.txt). */
  readonly name: string;
  readonly layouts: ReadonlyArray<SheetLayout>;
}

export function goldenCases(): GoldenCase[] {
  const grid = sampleWorkbookGrid();
  const midYear = sampleMidYearGrid();
  const selfEvals = LAYOUT_IDS.map((id) => {
    // A monitoring layout is built from the mid-year sample, the 自评表 from the year's.
    const se = evaluateWorkbook(layoutById(id)?.monitor ? midYear : grid, { layout: id, generatedAt: GOLDEN_STAMP }).selfEval;
    if (!se) throw new Error(`the sample builds no ${id} table`);
    return { name: `selfeval-${id}`, layouts: [se.layout] };
  });
  return [
    ...selfEvals,
    { name: 'templates-empty', layouts: inputSheetLayouts(false) },
    { name: 'templates-sample', layouts: inputSheetLayouts(true) },
  ];
}
