/**
 * A 自评表 of several pages read back: the 一级/二级 labels cut at a page start are written again below it with （续）
 * (selfeval/sheet.ts). They are the category above, not another: 产出指标（续） counted apart gave W004 (产出 under 50).
 */
import { INDICATOR_READING } from '../../../src/model/check';
import { INDICATOR_COLUMNS } from '../../../src/model/read/indicatorColumns';
import { readIndicators } from '../../../src/model/read/indicators';
import { readTable } from '../../../src/model/read/table';
import { categoryOf } from '../../../src/model/selfeval/categories';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

function read(level1Again: string, level2Again: string) {
  const values = [
    HEADER,
    ['产出指标', '数量指标', '支持项目数', '≥49家', '49家', 20, 20],
    [level1Again, level2Again, '培训人次', '≥500人次', '1100人次', 30, 30],
  ];
  const table = readTable({ name: '绩效指标', values }, INDICATOR_COLUMNS)!;
  return readIndicators(table, INDICATOR_READING).indicators;
}

it.each([
  ['产出指标\n（续）', '数量指标\n（续）'],
  ['产出指标(续)', '数量指标（续表）'],
  ['产出指标（续2）', '数量指标 续表'],
])('%p / %p is the category above it', (l1, l2) => {
  const [first, again] = read(l1, l2);
  expect(again.level1).toBe('产出指标');
  expect(again.level2).toBe('数量指标');
  expect(categoryOf(again.level1)).toBe(categoryOf(first.level1));
});

it('a name that only ends in 续 (可持续) keeps it', () => {
  expect(read('效益指标', '可持续')[1].level2).toBe('可持续');
});
