/**
 * The 2018 form prints every level-2 row of its categories (an empty one where the sheet has none). An indicator whose
 * 二级指标 names one of those rows in narrower words (服务对象满意度指标, the 2020 framework's word for 满意度指标), or
 * leaves it blank under a category of one row, goes in that row; before, the form printed an empty 满意度指标 row with a
 * row of its own for 服务对象满意度指标 below it. The 2020 table prints the words as written.
 */
import { groupIndicators, type ItemLevels } from '../../../src/model/selfeval/groups';
import { layoutById } from '../../../src/model/selfeval/layouts';

const items: ItemLevels[] = [
  { category: 'output', level1: '产出指标', level2: '数量指标' },
  { category: 'satisfaction', level1: '满意度指标', level2: '服务对象满意度指标' },
  { category: 'satisfaction', level1: '满意度指标', level2: '社会公众满意度指标' },
  { category: 'satisfaction', level1: '满意度指标' },
  { category: 'outcome', level1: '效益指标', level2: '社会效益' },
  { category: 'outcome', level1: '效益指标', level2: '服务对象满意度指标' },
];
const rows = (layout: '2018' | '2020'): string[] =>
  groupIndicators(items, (x) => x, layoutById(layout)!.level1, layout === '2018').flatMap((l1) => l1.groups.map((g) => `${l1.level1}/${g.level2}:${g.items.length}`));

describe('the form\'s level-2 rows', () => {
  it('2018: the satisfaction items in the form\'s one 满意度指标 row, no empty row above them', () => {
    expect(rows('2018')).toEqual([
      '项目完成指标/数量指标:1', '项目完成指标/质量指标:0', '项目完成指标/时效指标:0', '项目完成指标/成本指标:0',
      '项目效果指标/经济效益指标:0', '项目效果指标/社会效益指标:1', '项目效果指标/生态效益指标:0', '项目效果指标/可持续影响指标:0',
      // a level 2 that is none of its category's rows in other words stays a row of its own
      '项目效果指标/服务对象满意度指标:1',
      '满意度指标/满意度指标:3',
    ]);
  });

  it('2020: the words as written', () => {
    expect(rows('2020')).toEqual([
      '产出指标/数量指标:1', '效益指标/社会效益指标:1', '效益指标/服务对象满意度指标:1',
      '满意度指标/服务对象满意度指标:1', '满意度指标/社会公众满意度指标:1', '满意度指标/:1',
    ]);
  });
});
