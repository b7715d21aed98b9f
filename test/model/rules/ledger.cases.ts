/** Cases of the ledger rules (rules/ledgerRow.ts, rules/ledgerCross.ts). */
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { AMOUNT_KEYS, COUNT_KEYS } from '../../../src/model/rules/keys';
import type { CellValue } from '../../../src/model/grid';
import { HEADERS, validRow, type Header, type Row } from '../support/ledger';
import { cell, second, type RuleCases } from './tester';

const asCells = (r: Row): CellValue[] => HEADERS.map((h) => (r[h] === undefined ? null : r[h]!));
const totalCells = (label: string, k: number, disbursed = 15 * k): CellValue[] => [label, null, null, null, null, null, null, null, null, null, 300 * k, 30 * k, 10 * k, disbursed, 270 * k];
/** After the two projects (乌鲁木齐市): their block's total, a third project (昌吉州), its block's total, the whole's 合计. */
const blocks = (first: string, second: string, secondDisbursed: number): CellValue[][] => [
  totalCells(first, 2), asCells({ ...validRow(2), 地州市: '昌吉州' }), totalCells(second, 1, secondDisbursed), totalCells('合计', 3),
];

export const CASES: RuleCases = {
  L004: [
    { name: 'duplicate id', book: { rows: [validRow(0), { ...validRow(1), 项目编号: 'XJZL2017-001' }] }, expect: [`error@${cell('项目编号')}`] },
    { name: 'distinct ids', book: {}, expect: [] },
  ],
  L005: [
    { name: 'cohort after fiscal year', book: { rows: second({ 立项年度: 2019 }) }, expect: [`error@${cell('立项年度')}`] },
    { name: 'cohort before carry-over window', book: { rows: second({ 立项年度: 2013 }) }, expect: [`error@${cell('立项年度')}`] },
    { name: 'cohort at window edge', book: { rows: second({ 立项年度: 2014 }) }, expect: [] },
    { name: 'custom 最长结转年限', book: { rows: second({ 立项年度: 2015 }), profile: [['最长结转年限', 2]] }, expect: [`error@${cell('立项年度')}`] },
  ],
  L006: [
    { name: 'unknown region', book: { rows: second({ 地州市: '北京市' }) }, expect: [`error@${cell('地州市')}`] },
    { name: 'short form is info', book: { rows: second({ 地州市: '昌吉州' }) }, expect: [`info@${cell('地州市')}`] },
    { name: '推荐单位 written as an organisation of the prefecture is info', book: { rows: second({ 地州市: '乌鲁木齐市知识产权局' }) }, expect: [`info@${cell('地州市')}`] },
    { name: 'an organisation under a short form is info too', book: { rows: second({ 地州市: '昌吉州财政局' }) }, expect: [`info@${cell('地州市')}`] },
    { name: 'the province before the name (新疆维吾尔自治区乌鲁木齐市) is info', book: { rows: second({ 地州市: '新疆维吾尔自治区乌鲁木齐市' }) }, expect: [`info@${cell('地州市')}`] },
    { name: 'the province before a short form (新疆昌吉州) is info', book: { rows: second({ 地州市: '新疆昌吉州' }) }, expect: [`info@${cell('地州市')}`] },
    { name: '巴音州 and 伊犁州直 are short forms (sweep 31)', book: { rows: [{ ...validRow(0), 地州市: '巴音州' }, { ...validRow(1), 地州市: '伊犁州直' }] }, expect: ['info@项目台账!E2', 'info@项目台账!E3'] },
    { name: 'the province before an unknown place is still unknown', book: { rows: second({ 地州市: '新疆北京市' }) }, expect: [`error@${cell('地州市')}`] },
    { name: 'XPCC city added by profile', book: { rows: second({ 地州市: '石河子市' }), profile: [['地区范围', '乌鲁木齐市、石河子市']] }, expect: [] },
    // read45: a listed name written without its 市/州/地区 (五家渠 for 五家渠市) is its short form, as 乌鲁木齐 is (was L006's error)
    { name: 'a listed city without 市 (五家渠) is a short form: info', book: { rows: second({ 地州市: '五家渠' }), profile: [['地区范围', '乌鲁木齐市、五家渠市']] }, expect: [`info@${cell('地州市')}`] },
    { name: 'a listed 地区 or 州 without it is a short form too', book: { rows: [{ ...validRow(0), 地州市: '和静' }, { ...validRow(1), 地州市: '海西' }], profile: [['地区范围', '和静地区、海西州、乌鲁木齐市']] }, expect: ['info@项目台账!E2', 'info@项目台账!E3'] },
    { name: 'an organisation of a listed city written without 市 is info', book: { rows: second({ 地州市: '五家渠知识产权局' }), profile: [['地区范围', '乌鲁木齐市、五家渠市']] }, expect: [`info@${cell('地州市')}`] },
    { name: 'one character left is no short form (沙市 → 沙)', book: { rows: second({ 地州市: '沙' }), profile: [['地区范围', '乌鲁木齐市、沙市']] }, expect: [`error@${cell('地州市')}`] },
    { name: 'a county (伊宁市) is counted under its prefecture: info', book: { rows: second({ 地州市: '伊宁市' }) }, expect: [`info@${cell('地州市')}`] },
    { name: 'a county whose prefecture the 地区范围 does not list is not in range', book: { rows: second({ 地州市: '伊宁市' }), profile: [['地区范围', '乌鲁木齐市、石河子市']] }, expect: [`error@${cell('地州市')}`] },
  ],
  L007: [
    { name: 'wrong check digit', book: { rows: second({ 专利号: '201710736136.3' }) }, expect: [`error@${cell('专利号')}`] },
    { name: '11 digits', book: { rows: second({ 专利号: '20171073613.2' }) }, expect: [`error@${cell('专利号')}`] },
    { name: 'in scientific notation: digits lost', book: { rows: second({ 专利号: '2.01511E+12' }) }, expect: [`error@${cell('专利号')}`] },
    { name: 'noise is fine', book: { rows: second({ 专利号: 'ZL 2017 1 0736136.2', 专利类型: '发明' }) }, expect: [] },
    { name: 'two numbers in one cell', book: { rows: second({ 专利号: '201710736136.2、202220828888.8' }) }, expect: [`error@${cell('专利号')}`] },
    { name: 'a 专利号： prefix and a · for the dot are fine', book: { rows: second({ 专利号: '专利号：ZL201710736136·2', 专利类型: '发明' }) }, expect: [] },
  ],
  L008: [
    { name: 'type disagrees', book: { rows: second({ 专利号: '201710736136.2', 专利类型: '外观设计' }) }, expect: [`warning@${cell('专利类型')}`] },
    { name: 'type agrees', book: { rows: second({ 专利号: '202220828888.8', 专利类型: '实用新型' }) }, expect: [] },
    { name: 'type written with 专利', book: { rows: second({ 专利号: '202220828888.8', 专利类型: '实用新型专利' }) }, expect: [] },
    { name: '发明专利 against a utility model', book: { rows: second({ 专利号: '202220828888.8', 专利类型: '发明专利' }) }, expect: [`warning@${cell('专利类型')}`] },
  ],
  L009: [
    { name: 'lapsed', book: { rows: second({ 法律状态: '失效' }) }, expect: [`error@${cell('法律状态')}`] },
    { name: 'pending', book: { rows: second({ 法律状态: '审中' }) }, expect: [`error@${cell('法律状态')}`] },
    { name: 'in force', book: { rows: second({ 法律状态: '有效' }) }, expect: [] },
    { name: 'in force, in other words', book: { rows: [{ ...validRow(0), 法律状态: '授权' }, { ...validRow(1), 法律状态: '有效（已授权）' }, { ...validRow(2), 法律状态: '专利权维持' }] }, expect: [] },
  ],
  L010: [
    { name: 'wrong check char', book: { rows: second({ 统一社会信用代码: '91110000MA01ABCD2X' }) }, expect: [`error@${cell('统一社会信用代码')}`] },
    { name: 'forbidden letter', book: { rows: second({ 统一社会信用代码: '9144030019220382I6' }) }, expect: [`error@${cell('统一社会信用代码')}`] },
    { name: 'valid', book: { rows: second({ 统一社会信用代码: '91110108MA005BCA25' }) }, expect: [] },
    { name: 'the organization code inside is wrong (a warning)', book: { rows: second({ 统一社会信用代码: '91440300192203823C' }) }, expect: [`warning@${cell('统一社会信用代码')}`] },
    { name: '17 characters', book: { rows: second({ 统一社会信用代码: '91110108MA005BCA2' }) }, expect: [`error@${cell('统一社会信用代码')}`] },
    { name: 'typed as a number: digits past 15 lost', book: { rows: second({ 统一社会信用代码: 916501046146845000 }) }, expect: [`error@${cell('统一社会信用代码')}`] },
    { name: 'valid, grouped with spaces', book: { rows: second({ 统一社会信用代码: '9111 0108 MA00 5BCA 25' }) }, expect: [] },
  ],
  L011: [
    { name: 'over-disbursed', book: { rows: second({ 以前年度累计拨付: 20, 本年拨付: 15, 财政支持资金: 30 }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'exactly the approved amount', book: { rows: second({ 以前年度累计拨付: 15, 本年拨付: 15, 财政支持资金: 30 }) }, expect: [] },
    // a negative amount is L012's one finding: 0 + 10 = 10 over −30 (or −5 + 40 = 35 over 30) is the same cause said twice
    { name: 'a negative 财政支持资金 (L012 says it)', book: { rows: second({ 以前年度累计拨付: 0, 本年拨付: 10, 财政支持资金: -30 }) }, expect: [] },
    { name: 'a negative 以前年度累计拨付 (L012 says it)', book: { rows: second({ 以前年度累计拨付: -5, 本年拨付: 40, 财政支持资金: 30 }) }, expect: [] },
  ],
  L012: [
    { name: 'parenthesised negative', book: { rows: second({ 本年拨付: '(5)' }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'negative count', book: { rows: second({ 培训人次: -3 }) }, expect: [`error@${cell('培训人次')}`] },
    { name: 'zero and positive amounts', book: { rows: second({ 本年拨付: 0 }) }, expect: [] },
    // every amount and count L012 reports, negative alone (its question of each row reads them by name)
    ...[...AMOUNT_KEYS, ...COUNT_KEYS].map((key) => {
      const header = LEDGER_COLUMNS.find((c) => c.key === key)!.header as Header;
      return { name: `${header} alone negative`, book: { rows: second({ [header]: -1 }) }, expect: [`error@${cell(header)}`] };
    }),
  ],
  L013: [
    { name: '≥ 100000 in a 万元 column', book: { rows: second({ 项目总投资: 3000000, 带动社会投入: 2999970 }) }, expect: [`warning@${cell('项目总投资')}`, `warning@${cell('带动社会投入')}`] },
    { name: '1000 × median', book: { rows: [validRow(0), validRow(2), { ...validRow(1), 财政支持资金: 300000 }] }, expect: ['warning@项目台账!L4'] },
    { name: 'ordinary amounts', book: {}, expect: [] },
    // sweep 31: a whole column in the other unit is one finding at its header, not one per cell (a04: 659) or none (a03)
    { name: 'most of a 万元 column ≥ 100000: the column is in 元', book: { rows: [0, 1, 2].map((i) => ({ ...validRow(i), 项目总投资: 3_000_000, 财政支持资金: 300_000, 以前年度累计拨付: 100_000, 本年拨付: 150_000, 带动社会投入: 2_700_000 })) }, expect: ['warning@项目台账!K1', 'warning@项目台账!L1', 'warning@项目台账!M1', 'warning@项目台账!N1', 'warning@项目台账!O1'] },
    { name: 'a 元 column (unit line) whose amounts are those of 万元', book: { above: [['单位：元']] }, expect: ['warning@项目台账!K2', 'warning@项目台账!L2', 'warning@项目台账!M2', 'warning@项目台账!N2', 'warning@项目台账!O2'] },
    { name: 'a 元 column (unit line) with amounts in 元', book: { above: [['单位：元']], rows: [0, 1].map((i) => ({ ...validRow(i), 项目总投资: 3_000_000, 财政支持资金: 300_000, 以前年度累计拨付: 100_000, 本年拨付: 150_000, 带动社会投入: 2_700_000 })) }, expect: [] },
  ],
  L014: [
    { name: 'social ≠ total − approved', book: { rows: second({ 带动社会投入: 250 }) }, expect: [`warning@${cell('带动社会投入')}`] },
    { name: 'within 0.01', book: { rows: second({ 带动社会投入: 270.01 }) }, expect: [] },
  ],
  L015: [
    { name: 'same patent twice', book: { rows: [validRow(0), { ...validRow(1), 专利号: 'CN200710308494.X' }] }, expect: [`warning@${cell('专利号')}`] },
    { name: 'distinct patents', book: {}, expect: [] },
  ],
  L016: [
    { name: 'end before start', book: { rows: second({ 合同开始日期: '2018-06-30', 合同结束日期: '2018-01-01' }) }, expect: [`error@${cell('合同结束日期')}`] },
    { name: 'overdue acceptance', book: { rows: second({ 合同结束日期: '2018-06-30', 项目状态: '实施中' }) }, expect: [`warning@${cell('合同结束日期')}`] },
    { name: 'ended and accepted', book: { rows: second({ 合同结束日期: '2018-06-30', 项目状态: '已验收' }) }, expect: [] },
    { name: 'ends on the 31st of a month before December: overdue', book: { rows: second({ 合同结束日期: '2018-01-31', 项目状态: '实施中' }) }, expect: [`warning@${cell('合同结束日期')}`] },
    { name: 'ends on the last day of the fiscal year: not overdue', book: { rows: second({ 合同结束日期: '2018-12-31', 项目状态: '实施中' }) }, expect: [] },
    {
      name: 'no 项目状态 column: overdue acceptance is not judged (the default would flag every finished contract)',
      book: { rows: second({ 合同结束日期: '2018-06-30' }), headers: HEADERS.filter((h) => h !== '项目状态') },
      expect: [],
    },
  ],
  L017: [
    { name: 'terminated but paid', book: { rows: second({ 项目状态: '终止', 本年拨付: 5 }) }, expect: [`error@${cell('本年拨付')}`] },
    { name: 'terminated, nothing paid', book: { rows: second({ 项目状态: '终止', 本年拨付: 0 }) }, expect: [] },
    { name: 'suspended (中止) but paid: a warning, not the error', book: { rows: second({ 项目状态: '中止', 本年拨付: 5 }) }, expect: [`warning@${cell('本年拨付')}`] },
    // read43: 备注 saying the project ended, where 项目状态 says nothing of it (or there is no such column)
    { name: '备注 已撤销 and paid, no 项目状态: a warning to verify', book: { rows: second({ 项目状态: null, 备注: '已撤销', 本年拨付: 5 }) }, expect: [`warning@${cell('本年拨付')}`] },
    {
      name: '备注 项目终止，已收回资金 and paid, without a 项目状态 column: a warning',
      book: { rows: second({ 备注: '项目终止，已收回资金', 本年拨付: 5 }), headers: HEADERS.filter((h) => h !== '项目状态') },
      expect: [`warning@${cell('本年拨付')}`],
    },
    { name: '备注 已终止（2020年6月） under 实施中: a warning', book: { rows: second({ 项目状态: '实施中', 备注: '已终止（2020年6月）', 本年拨付: 5 }) }, expect: [`warning@${cell('本年拨付')}`] },
    { name: '备注 已撤销, nothing paid', book: { rows: second({ 备注: '已撤销', 本年拨付: 0 }) }, expect: [] },
    { name: '备注 that only mentions an end (终止日期…, 未终止, 拟撤销) is no word of one', book: { rows: [{ ...validRow(0), 备注: '终止日期顺延至2019年' }, { ...validRow(1), 备注: '未终止' }, { ...validRow(2), 备注: '拟撤销' }] }, expect: [] },
    { name: '终止 in both 项目状态 and 备注: the error once', book: { rows: second({ 项目状态: '终止', 备注: '已终止', 本年拨付: 5 }) }, expect: [`error@${cell('本年拨付')}`] },
  ],
  L018: [
    { name: 'over the cap', book: { rows: second({ 财政支持资金: 60, 以前年度累计拨付: 0, 带动社会投入: 240 }), profile: [['单项资助上限', 50]] }, expect: [`error@${cell('财政支持资金')}`] },
    { name: 'no cap set: rule does not run', book: { rows: second({ 财政支持资金: 60, 以前年度累计拨付: 0, 带动社会投入: 240 }) }, expect: [] },
  ],
  L019: [
    { name: 'below minimum leverage', book: { rows: second({ 项目总投资: 60, 带动社会投入: 30 }), profile: [['最低带动比', 2]] }, expect: [`warning@${cell('项目总投资')}`] },
    { name: 'above minimum', book: { profile: [['最低带动比', 2]] }, expect: [] },
  ],
  L020: [
    { name: 'industry not supported', book: { rows: second({ 产业领域: '房地产' }), profile: [['支持产业', '新材料，生物医药']] }, expect: [`warning@${cell('产业领域')}`] },
    { name: 'no list: any industry', book: { rows: second({ 产业领域: '房地产' }) }, expect: [] },
  ],
  L021: [
    { name: 'wrong total', book: { extra: [['合计', null, null, null, null, null, null, null, null, null, 600, 60, 20, 31, 540]] }, expect: ['error@项目台账!N4'] },
    { name: 'correct total', book: { extra: [['合 计', null, null, null, null, null, null, null, null, null, 600, 60, 20, 30, 540]] }, expect: [] },
    { name: 'a labelled subtotal (乌鲁木齐市小计) is a total row, not a project', book: { extra: [['乌鲁木齐市小计', null, null, null, null, null, null, null, null, null, 600, 60, 20, 31, 540]] }, expect: ['error@项目台账!N4'] },
    { name: '一、合计 with a correct sum', book: { extra: [['一、合计：', null, null, null, null, null, null, null, null, null, 600, 60, 20, 30, 540]] }, expect: [] },
    { name: 'a dash in a total row gives no total (not 0 against the sum)', book: { extra: [['合计', null, null, null, null, null, null, null, null, null, '—', '——', '-', 30, '无']] }, expect: [] },
    // A ledger grouped by 地州市, a 合计 under each block that names it, the whole's 合计 last (sweep 31: 65 false errors).
    { name: 'block totals that name their block (乌鲁木齐市合计, 昌吉州合计) total the block', book: { extra: blocks('乌鲁木齐市合计', '昌吉州合计', 15) }, expect: [] },
    { name: 'a block total that is wrong', book: { extra: blocks('乌鲁木齐市合计', '昌吉州合计', 16) }, expect: ['error@项目台账!N6'] },
    { name: 'a plain 合计 under the second block totals every project above it', book: { extra: blocks('合计', '合计', 15) }, expect: ['error@项目台账!K6', 'error@项目台账!L6', 'error@项目台账!M6', 'error@项目台账!N6', 'error@项目台账!O6'] },
    // A second table under the first (新上, then 结转 under its own header), each closed by its own 合计 (unseen3: 3 false errors).
    { name: 'the 合计 of a second table under its own header totals that table', book: { extra: [totalCells('合计', 2), ['二、结转项目'], [...HEADERS], asCells({ ...validRow(2), 地州市: '昌吉州' }), totalCells('合计', 1)] }, expect: [] },
    { name: 'the 合计 of a second table that is wrong says the table’s own sum', book: { extra: [totalCells('合计', 2), [...HEADERS], asCells({ ...validRow(2), 地州市: '昌吉州' }), totalCells('合计', 1, 16)] }, expect: ['error@项目台账!N7'] },
  ],
  L022: [
    { name: 'approved > total', book: { rows: second({ 项目总投资: 20, 带动社会投入: -10 }) }, expect: [`warning@${cell('财政支持资金')}`] },
    { name: 'approved ≤ total', book: {}, expect: [] },
  ],
};
