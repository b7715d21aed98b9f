/**
 * An indicator sheet with ONE 指标 column, its 一级 and 二级 names written as rows of their own above their 三级 rows (as
 * many 财政 templates and hand-made tables write it). Before, 指标 named no column (S002 三级指标, no 自评表), and in a
 * sheet with 一级/二级 columns left blank the category rows were read as indicators.
 */
import { checkWorkbook } from '../../../src/model/check';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';

const withIndicators = (values: CellValue[][]): Grid => ({
  sheets: sampleWorkbookGrid().sheets.map((s) => (s.name === SAMPLE_SHEETS.indicators ? { name: s.name, values } : s)),
});

const ONE_COLUMN: CellValue[][] = [
  ['指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['一、产出指标', null, null, 50],
  ['（一）数量指标'],
  ['支持专利实施项目', '≥49家', '49家', 20],
  ['培训从事知识产权工作人员', '≥500人次', '1100人次', 15],
  ['（二）质量指标'],
  ['所选项目承担单位符合条件', '=100%', '100%', 10],
  ['时效指标'],
  ['项目执行时间', '项目执行期在有效时间内', '达成', 5],
  ['二、效益指标', null, null, 30],
  ['经济效益指标'],
  ['带动社会投入资金', '≥37000万元', '37590.1万元', 20],
  ['社会效益指标'],
  ['推动各项社会效益', '推动科技进步', '达成', 10],
  // a level 2 with no level-1 row of its own above it: its category comes with it
  ['服务对象满意度指标'],
  ['项目实施企业满意度', '≥90%', '92%', 10],
];

const levels = (g: Grid): string[] => checkWorkbook(g).indicators!.indicators.map((i) => `${i.level1}/${i.level2}/${i.level3}`);

describe('category rows over one 指标 column', () => {
  it('reads the 三级 rows under the 一级/二级 rows above them, and scores the sheet as the sample', () => {
    const g = withIndicators(ONE_COLUMN);
    expect(levels(g)).toEqual([
      '产出指标/数量指标/支持专利实施项目', '产出指标/数量指标/培训从事知识产权工作人员', '产出指标/质量指标/所选项目承担单位符合条件',
      '产出指标/时效指标/项目执行时间', '效益指标/经济效益指标/带动社会投入资金', '效益指标/社会效益指标/推动各项社会效益',
      '满意度指标/服务对象满意度指标/项目实施企业满意度',
    ]);
    const e = evaluateWorkbook(g);
    expect(e.findings.filter((f) => /^(S002|L002|W003|W004)$/.test(f.rule))).toEqual([]);
    expect(e.selfEval?.total).toBe(100);
  });

  it('the same rows in the 三级指标 column of a sheet whose 一级/二级 columns are left blank', () => {
    const g = withIndicators([['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值'], ...ONE_COLUMN.slice(1).map((r) => [null, null, ...r.slice(0, 4)])]);
    expect(levels(g)).toEqual(levels(withIndicators(ONE_COLUMN)));
  });

  it('三、满意度指标 then （一）满意度指标: the second heading is the 二级 (the category\'s one 二级 has its name), not the 一级 again', () => {
    const g = withIndicators([...ONE_COLUMN.slice(0, 14), ['三、满意度指标', null, null, 10], ['（一）满意度指标'], ['项目实施企业满意度', '≥90%', '92%', 10]]);
    expect(levels(g).slice(-1)).toEqual(['满意度指标/满意度指标/项目实施企业满意度']);
    // the 一级 alone, no 二级 heading under it: the 二级 stays blank, as written
    const alone = withIndicators([...ONE_COLUMN.slice(0, 14), ['三、满意度指标', null, null, 10], ['项目实施企业满意度', '≥90%', '92%', 10]]);
    expect(levels(alone).slice(-1)).toEqual(['满意度指标/undefined/项目实施企业满意度']);
    // 二、效益指标 written twice is no 二级: 效益指标 is not a 二级 of its category
    const twice = withIndicators([...ONE_COLUMN.slice(0, 10), ['效益指标'], ['带动社会投入资金', '≥37000万元', '37590.1万元', 20]]);
    expect(levels(twice).slice(-1)).toEqual(['效益指标/undefined/带动社会投入资金']);
  });

  it('a 三级指标 that ends in 指标 but has a target is an indicator, not a heading', () => {
    const g = withIndicators([...ONE_COLUMN, ['服务对象满意度指标', '≥90%', '95%', 0]]);
    expect(levels(g).slice(-1)).toEqual(['满意度指标/服务对象满意度指标/服务对象满意度指标']);
  });
});
