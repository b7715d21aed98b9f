/**
 * Long names on the 2020 自评表: the 项目名称 (the longest kind: 新疆维吾尔自治区专利实施资金（含…）项目, 50 characters)
 * has B:D (46 characters), 主管部门 and 实施单位 F:G and I, each label whole on one line in E and H. With the name in
 * B:C (22) and 主管部门 alone in D (24), a 50-character name took seven lines and the sample ran onto two pages.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import type { SheetLayout } from '../../../src/model/layout';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { lineCount } from '../../../src/model/selfeval/sheet';

const NAME = '新疆维吾尔自治区专利实施资金（含知识产权运营服务体系建设、专利导航、高价值专利培育及专利保险补贴）项目';
const AGENCY = '新疆维吾尔自治区市场监督管理局（知识产权局）';

function withProfile(set: ReadonlyArray<[string, CellValue]>): Grid {
  const g = sampleWorkbookGrid();
  return {
    ...g,
    sheets: g.sheets.map((s) => (s.name !== '配置' ? s : { ...s, values: s.values.map((r) => set.find(([k]) => k === r[0]) ? [r[0], set.find(([k]) => k === r[0])![1]] : r) })),
  };
}

/** The lines the text of `value` takes in its block of row 2. */
function linesOf(l: SheetLayout, value: string): number {
  const c = l.cells.find((x) => x.row === 2 && x.value === value);
  if (!c) throw new Error(`no ${value} in row 2`);
  const m = l.merges.find((x) => x.top === 2 && x.left === c.col);
  let width = 0;
  for (let k = c.col; k <= (m?.right ?? c.col); k++) width += l.columnWidths[k];
  return lineCount(value, width);
}

describe('the 2020 form’s names (项目名称, 主管部门, 实施单位)', () => {
  it('a 50-character 项目名称 takes three lines, a 22-character 主管部门 or 实施单位 three at most; the labels one', () => {
    const l = evaluateWorkbook(withProfile([['项目名称', NAME], ['预算单位', AGENCY], ['实施单位', AGENCY]]), { forSelfEval: true, layout: '2020' }).selfEval!.layout;
    expect(linesOf(l, NAME)).toBeLessThanOrEqual(3);
    expect(l.cells.filter((c) => c.row === 2 && c.value === AGENCY)).toHaveLength(2);
    expect(linesOf(l, AGENCY)).toBeLessThanOrEqual(3);
    for (const label of ['项目名称', '主管部门', '实施单位']) expect(linesOf(l, label)).toBe(1);
  });

  it('the sample’s names each on one line', () => {
    const l = evaluateWorkbook(sampleWorkbookGrid(), { forSelfEval: true, layout: '2020' }).selfEval!.layout;
    expect(linesOf(l, '自治区专利实施计划项目')).toBe(1);
    expect(l.rowHeights[2]).toBe(20);
  });
});
