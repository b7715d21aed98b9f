/**
 * How one fund's name is written across the files of a merge (X006 sameFund): the same fund in other words must never
 * be taken for another (X006 is an error that stops the 汇总); two funds must not be taken for one.
 */
import { sameFund, namesAnyFund } from '../../../src/model/rules/across';

/** The same fund, written as the province's 配置, a prefecture's 配置, a title or a file name has it. */
const SAME: ReadonlyArray<readonly [string, string, string]> = [
  ['自治区专利实施计划项目', '专利实施资金', '计划项目 for 资金'],
  ['自治区专利实施计划项目', '2018年度自治区专利实施专项资金', 'with 年度 and 专项资金'],
  ['专利实施专项资金', '专利实施资金', '专项资金 vs 资金'],
  ['新疆维吾尔自治区专利实施资金', '专利实施', 'the province written out, and bare'],
  ['专利实施资金', '2018年支持专利实施项目台账', 'a title with 支持'],
  ['专利实施资金', '伊犁州专利资助项目台账', '专利资助 (shares 专利)'],
  ['科技成果转化专项资金', '科技成果转化资金', '专项资金 vs 资金'],
  ['科技成果转化专项资金', '2019年度科技成果转化资金项目台账', 'another year is X005\'s, not another fund'],
  ['科技成果转化专项资金', '成果转化资金', '简称: the first word left out'],
  ['科技成果转化专项资金', '科技转化资金', '简称: words shortened'],
  ['自治区科技成果转化引导资金', '科技成果转化专项资金', '引导资金 for 专项资金'],
  ['自治区旅游发展专项资金', '旅游发展资金', '专项资金 vs 资金'],
  ['自治区旅游发展专项资金', '2018年度旅游发展专项资金（第二批）', 'a bracketed note'],
  ['中小企业发展专项资金', '自治区中小企业发展资金', 'with and without 自治区'],
  ['文化产业发展专项资金', '昌吉州文化产业发展专项资金使用情况表', 'a prefecture and what the table is'],
  ['专利实施资金', '喀什地区知识产权局专利实施项目台账', 'the agency that keeps it'],
  ['专利实施资金', '附件1 伊宁县2018年度专利实施资金项目台账（第二批）修改稿', 'a county, the attachment, batch and draft marks'],
  // 简称 (merge41): the short name's characters in order in the long one, the first the same — 旅发 kept a 发 of 发展,
  // which the cores drop, and was an X006 error that refused the 汇总
  ['自治区旅游发展专项资金', '2018年度旅发专项资金项目台账', '简称: 旅发'],
  ['旅游发展专项资金', '旅发专项', '简称: 旅发, no 资金'],
  ['科技成果转化专项资金', '科转资金', '简称: 科转'],
  ['文化产业发展专项资金', '文产资金', '简称: 文产'],
  ['农业综合开发资金', '农发资金', '简称: 农发'],
  ['农业综合开发资金', '农综开资金', '简称: 农综开'],
  ['专利资金', '专利资助', '专利资助 vs 专利资金'],
  ['科技计划专项资金', '科技专项', '科技专项 vs 科技计划专项资金'],
  // 计划 is a generic word (merge41b): a plan of the money (分配计划, 下达计划) or of projects is not another fund
  ['农业综合开发资金', '农发计划', '计划 generic: 简称 农发 with 计划'],
  ['专利实施资金', '2020年专利实施资金分配计划', '计划 generic: 分配计划'],
  ['旅游发展专项资金', '旅游发展资金下达计划', '计划 generic: 下达计划'],
  // a field's name alone (mergecells42): the same fund as another of that field alone, however written
  ['科技计划专项资金', '2018年度自治区科技计划项目资金台账', 'a field alone: 科技计划 both'],
  ['科学技术发展专项资金', '科技发展资金', 'a field alone: 科学技术 is 科技'],
  ['旅游业发展专项资金', '旅游发展专项资金', 'a field alone: 旅游业 is 旅游'],
  ['林业专项资金', '2018年度林业发展资金项目台账', 'a field alone: 林业 both'],
  ['畜牧业发展资金', '畜牧专项资金', 'a field alone: 畜牧业 is 畜牧'],
  ['林果业发展专项资金', '阿克苏地区林果业资金项目台账', '林果业 both'],
  ['科技创新专项资金', '2019年度自治区科技创新资金项目台账', '科技创新 both'],
  ['文化产业发展专项资金', '文化产业资金', '文化产业 both'],
  ['科技型中小企业技术创新资金', '2018年度科技型中小企业创新资金项目台账', '科技型中小企业 both'],
];

/** Two funds. */
const OTHER: ReadonlyArray<readonly [string, string]> = [
  ['专利实施资金', '科技成果转化专项资金'],
  ['2018年支持专利实施项目台账', '2018年科技成果转化专项资金台账'],
  ['自治区专利实施计划项目', '2018年度自治区科技型中小企业技术创新资金项目台账'],
  ['旅游发展专项资金', '文化产业发展专项资金'],
  ['中小企业发展专项资金', '旅游发展专项资金'],
  ['农业综合开发资金', '科技成果转化专项资金'],
  // not abbreviations of each other (merge41): the first character differs, or one is not met in order
  ['旅发资金', '农发资金'],
  ['文旅资金', '旅游发展专项资金'],
  ['科转资金', '科技型中小企业技术创新资金'],
  ['旅发专项资金', '文化产业发展专项资金'],
  ['农发资金', '科技成果转化专项资金'],
  ['文产资金', '旅游发展专项资金'],
  // two programmes that share only 计划 (merge41b: 计划 is generic, or they were one fund by the bigram 计划)
  ['星火计划专项资金', '火炬计划专项资金'],
  // two funds of one field (mergecells42): they share the field's name (科技, 林业 …) and no more — the field alone, once
  // 计划 goes, held in the other's name or read as its abbreviation, or its one word pair shared, made them one fund
  ['科技计划专项资金', '科技成果转化专项资金'],
  ['科技计划专项资金', '科技创新专项资金'],
  ['科技成果转化专项资金', '科技创新专项资金'],
  ['2018年度科技专项资金项目台账', '科技成果转化专项资金'],
  ['科学技术发展专项资金', '科技成果转化资金'],
  ['林业专项资金', '林果业专项资金'],
  ['林业发展资金', '林果业发展专项资金'],
  ['旅游发展专项资金', '旅游厕所建设专项资金'],
  ['文化产业发展专项资金', '文化发展专项资金'],
  ['工业发展专项资金', '工业转型升级专项资金'],
  ['畜牧业发展资金', '畜牧良种补贴资金'],
  ['文化产业发展专项资金', '旅游产业发展专项资金'],
  ['农业综合开发资金', '农业产业化专项资金'],
  // a kind of what one fund is for (left44): 科技型中小企业 is a fund of its own beside 中小企业's (they shared 中小 小企,
  // and one held the other); 旅游产业发展 is not 旅游发展
  ['中小企业发展专项资金', '科技型中小企业发展专项资金'],
  ['中小企业专项资金', '科技型中小企业技术创新资金'],
  ['旅游发展专项资金', '旅游产业发展专项资金'],
  ['自治区旅游发展专项资金', '2018年度旅游产业发展资金项目台账'],
];

describe('one fund written in many ways', () => {
  it.each(SAME)('%s and %s are one fund (%s), either way round', (a, b) => {
    expect(sameFund(a, b)).toBe(true);
    expect(sameFund(b, a)).toBe(true);
  });
  it.each(OTHER)('%s and %s are two funds, either way round', (a, b) => {
    expect(sameFund(a, b)).toBe(false);
    expect(sameFund(b, a)).toBe(false);
  });
  it('a title or file name of generic words, a place and a year names no fund', () => {
    for (const t of ['2018年度项目台账', '阿克苏地区项目台账', '伊犁州2018年度项目资金拨付情况表', '项目台账（报送稿）']) expect(namesAnyFund(t)).toBe(false);
    // which copy or part of the file, or a county's ledger: an error that stops the 汇总 must not come of these
    for (const t of ['附件2 2018年度项目台账（最终版）', '2018年度项目台账 v2 final', '项目台账第二批定稿', '伊宁县2018年度项目台账', '新源县项目资金明细表副本']) expect(namesAnyFund(t)).toBe(false);
    for (const t of ['2018年度自治区专利实施项目台账', '喀什地区科技成果转化资金台账']) expect(namesAnyFund(t)).toBe(true);
  });
});
