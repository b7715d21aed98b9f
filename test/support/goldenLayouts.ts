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
import { fitToPaper, HEADER, LABEL, pageSetup, SheetBuilder } from '../../src/model/selfeval/sheet';
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

/** A table long enough for three landscape pages whose last row would print alone: fitted with a manual break. */
export function longTable(): SheetLayout {
  const b = new SheetBuilder([10, 30, 12]);
  b.row(0, '长表', HEADER);
  for (let r = 1; r < 50; r++) {
    b.set(r, 0, r, LABEL);
    b.set(r, 1, `指标${r}`);
    b.set(r, 2, r * 10, LABEL, `A${r + 1}*10`);
  }
  const area = { top: 0, left: 0, bottom: 49, right: 2 };
  const layout = fitToPaper(b.build('长表', area, area, pageSetup('landscape', 0)));
  if (!layout.page?.rowBreaks?.length) throw new Error('the long table should need a manual break');
  return layout;
}
