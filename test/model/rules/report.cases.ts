/** Cases of the 报告素材 rules (rules/report.ts). */
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { book } from '../support/ledger';
import type { RuleCases } from './tester';

/** The default book with a 报告素材 sheet of these rows. */
const withMaterial = (values: CellValue[][]) => ({ sheets: [...book().sheets, { name: '报告素材', values }] });

/**
 * The sample with some sections of its 报告素材 written anew (its rows: 一（一） on row 2 … 二（三） on 6, 四（一） on 9,
 * 四（二） on 10; the text in column C) and, if asked, 支持专利实施项目's target raised to 60 (49 done: partly met).
 */
export function sampleSaying(texts: Readonly<Record<string, string>>, short = false): Grid {
  const g = sampleWorkbookGrid();
  return {
    sheets: g.sheets.map((s) => {
      if (s.name === '报告素材') return { ...s, values: s.values.map((r) => (typeof r[0] === 'string' && r[0] in texts ? [r[0], r[1], texts[r[0]]] : r)) };
      if (s.name === '绩效指标' && short) return { ...s, values: s.values.map((r) => (r[2] === '支持专利实施项目' ? r.map((v, i) => (i === 4 ? 60 : v)) : r)) };
      return s;
    }),
  };
}

export const CASES: RuleCases = {
  R001: [
    { name: 'a section the report does not have', grid: withMaterial([['章节', '内容'], ['八（一）', '多余。']]), expect: ['warning@报告素材!A2'] },
    { name: 'the appendix (七), which the table makes', grid: withMaterial([['章节', '内容'], ['七', '附表说明。']]), expect: ['warning@报告素材!A2'] },
    { name: 'text without a section', grid: withMaterial([['章节', '内容'], [null, '孤立的文字。']]), expect: ['warning@报告素材!A2'] },
    { name: 'known sections, by either numbering', grid: withMaterial([['章节', '内容'], ['一（一）', '单位情况。'], ['5.1', '计划。']]), expect: [] },
  ],
  R002: [
    { name: 'a section on two rows', grid: withMaterial([['章节', '内容'], ['六', '甲。'], ['6', '乙。']]), expect: ['info@报告素材!A3'] },
    { name: 'each section once', grid: withMaterial([['章节', '内容'], ['六', '甲。']]), expect: [] },
  ],
  R003: [
    { name: 'neither 章节 | 内容 columns nor a row naming a section', grid: withMaterial([['随便写的', '一些文字']]), expect: ['warning@报告素材!A1'] },
    { name: 'an error value as the text', grid: withMaterial([['章节', '内容'], ['5.3', { kind: 'error', code: '#REF!' }]]), expect: ['warning@报告素材!B2'] },
    { name: 'rows that start with a section, without a header', grid: withMaterial([['一（一）', '单位情况。']]), expect: [] },
  ],
  R004: [
    { name: '四（二） says every target was met while one is partly met', grid: sampleSaying({ '四（二）': '本年度各项绩效目标均已完成。' }, true), expect: ['warning@报告素材!C10'] },
    { name: 'a 预算执行率 other than the table\'s 100.00%', grid: sampleSaying({ '二（三）': '资金管理规范，预算执行率为95%。' }), expect: ['warning@报告素材!C6'] },
    { name: '全部完成 where every target was met, and the table\'s rate', grid: sampleSaying({ '四（一）': '各项指标全部完成。', '二（三）': '预算执行率为100%。' }), expect: [] },
    { name: 'a claim undone (未全部完成) where one is partly met, and 全部完成 outside the sections on targets', grid: sampleSaying({ '四（二）': '个别指标未全部完成。', '三（一）': '项目全部完成验收。' }, true), expect: [] },
  ],
};
