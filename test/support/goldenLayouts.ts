/**
 * The layouts every writer must render alike, built from the bundled sample with a fixed time
 * stamp: both 自评表 layouts and the input templates (empty, and filled with the sample).
 */
import { evaluateWorkbook } from '../../src/model/evaluate';
import { listValidation, type SheetLayout } from '../../src/model/layout';
import { problemListLayouts } from '../../src/model/sendback/problemList';
import { planted } from '../model/support/planted';
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

/** A layout whose lists cannot all be inline: 80 items, an item with a `"`, and a short one that can. */
export function listsLayout(): SheetLayout {
  return {
    name: '名单',
    columnWidths: [12, 30],
    rowHeights: [20],
    font: { name: '宋体', fallbacks: [], size: 11 },
    cells: [
      { row: 0, col: 0, value: '编号', style: { bold: true, border: true, fill: '#DDEBF7' } },
      { row: 0, col: 1, value: '单位', style: { bold: true, border: true, fill: '#DDEBF7' } },
      { row: 1, col: 0, value: '001', style: { border: true } },
      { row: 1, col: 1, value: '某某局', style: { border: true } },
    ],
    merges: [],
    validations: [
      listValidation({ top: 1, left: 1, bottom: 50, right: 1 }, Array.from({ length: 80 }, (_, i) => `第${i + 1}单位`)),
      listValidation({ top: 1, left: 0, bottom: 50, right: 0 }, ['他说"是"', '否']),
      listValidation({ top: 51, left: 0, bottom: 60, right: 1 }, ['是', '否']),
    ],
    frozenRows: 1,
  };
}

/** A planted ledger's 问题清单: an AutoFilter over its table, a frozen header and a page footer. */
export function problemListLayoutsOfPlanted(): SheetLayout[] {
  const { grid } = planted();
  return problemListLayouts([{ name: '乌鲁木齐市.xlsx', grid, evaluation: evaluateWorkbook(grid) }], { locale: 'zh-CN', date: GOLDEN_STAMP.slice(0, 10) });
}
