/**
 * The fixed labels of the 2018 and 2020 自评表 break between words, never inside one: each label's words fit their
 * column by the sheet's own measure (lineCount). At 8 characters column A printed 项目名 / 称, 预算单 / 位,
 * 项目资 / 金（万 / 元）, 年度总 / 体目标 and 绩效指 / 标 on every form (seen on the sample, rendered by LibreOffice).
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { SheetLayout } from '../../../src/model/layout';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { lineCount } from '../../../src/model/selfeval/sheet';

/** The lines column A's label `label` takes in its block (a label cut at a page keeps its words: （续） after them). */
function linesOf(layout: SheetLayout, label: string): number {
  const cell = layout.cells.find((c) => c.col === 0 && typeof c.value === 'string' && c.value.replace(/\n/g, '').startsWith(label));
  if (!cell) throw new Error(`no ${label} in column A`);
  const m = layout.merges.find((x) => x.top === cell.row && x.left === 0);
  let width = 0;
  for (let c = 0; c <= (m?.right ?? 0); c++) width += layout.columnWidths[c];
  return lineCount(cell.value as string, width);
}

/** Column A's labels as they should break: each part one line (the sample's unit is 万元). */
const LABELS = {
  '2018': [['项目名称'], ['预算单位'], ['年度目标', '完成情况'], ['年度绩效', '指标完成', '情况']],
  '2020': [['项目名称'], ['项目资金', '（万元）'], ['年度总体', '目标'], ['绩效指标']],
} as const;

describe('column A’s labels break between words (自评表 2018 and 2020)', () => {
  it.each(['2018', '2020'] as const)('the %s form', (layout) => {
    const l = evaluateWorkbook(sampleWorkbookGrid(), { forSelfEval: true, layout }).selfEval!.layout;
    const got = LABELS[layout].map((parts) => linesOf(l, parts.join('')));
    expect(got).toEqual(LABELS[layout].map((parts) => parts.length));
  });
});
