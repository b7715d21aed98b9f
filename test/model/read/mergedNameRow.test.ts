/**
 * 09f48e8 reads a sentence alone on its row, merged across three or more of a table's columns, as a note under the
 * table. Three columns of the table, not of the sheet: a ledger whose 项目名称 header is merged over three sheet
 * columns (a wide name column, every name merged so) has a project that wrote only its (long) name — that row must stay
 * a project, with its L002s, not vanish as a note. The footer sentence merged across the whole table is still a note.
 */
import type { CellValue, GridSheet, Merge } from '../../../src/model/grid';
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { readTable } from '../../../src/model/read/table';
import type { ProjectKey } from '../../../src/model/records';

const LONG_NAME = '新疆特色林果精深加工关键技术专利产业化示范及推广应用项目（二期）阿克苏地区'; // 38 characters
const FOOTER = '本表数据截至2018年12月31日，项目名称以自治区知识产权局立项批复文件为准，金额单位为万元。';

function ledger(): GridSheet {
  const header = ['项目编号', '项目名称', '', '', '承担单位', '地州市', '立项年度', '财政支持资金', '本年拨付'];
  const values: CellValue[][] = [header,
    ['XJZL2018-001', '输电线路巡检机器人专利实施', null, null, '新疆胡杨智能装备有限责任公司', '乌鲁木齐市', 2018, 35, 10],
    [null, LONG_NAME, null, null, null, null, null, null, null],
    ['XJZL2018-003', '核桃乳饮料专利技术推广应用', null, null, '新疆清源农业科技有限公司', '阿克苏地区', 2018, 20, 5],
    [FOOTER, null, null, null, null, null, null, null, null]];
  // the 项目名称 header and every name under it merged over B:D; the footer over the whole table
  const merges: Merge[] = [0, 1, 2, 3].map((r) => ({ top: r, left: 1, bottom: r, right: 3 }));
  merges.push({ top: 4, left: 0, bottom: 4, right: 8 });
  return { name: '项目台账', values, merges };
}

describe('a row whose only cell is a long name merged over one wide column of the table', () => {
  it('is a project (the name column is merged over three sheet columns, one column of the table)', () => {
    const table = readTable<ProjectKey>(ledger(), LEDGER_COLUMNS)!;
    expect(table.bodyRows).toEqual([1, 2, 3]);
  });
  it('while a sentence merged across the whole table under it is still a note', () => {
    const table = readTable<ProjectKey>(ledger(), LEDGER_COLUMNS)!;
    expect(table.skipped.filter((s) => s.kind === 'note').map((s) => s.row)).toEqual([4]);
  });
});
