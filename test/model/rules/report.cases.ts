/** Cases of the 报告素材 rules (rules/report.ts). */
import type { CellValue } from '../../../src/model/grid';
import { book } from '../support/ledger';
import type { RuleCases } from './tester';

/** The default book with a 报告素材 sheet of these rows. */
const withMaterial = (values: CellValue[][]) => ({ sheets: [...book().sheets, { name: '报告素材', values }] });

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
};
