/** Cases of the cross-file rules (rules/across.ts): two small workbooks, each finding expected in both files. */
import type { Grid } from '../../../src/model/grid';
import { book, colOf, validRow, validIndicators, INDICATOR_HEADERS, PATENTS, type Book, type Row } from '../support/ledger';
import type { RuleCases } from './tester';

/** Files a.xlsx and b.xlsx, each a workbook of support/ledger.ts with these rows. */
function two(a: Row[], b: Row[], over: Book = {}): Array<{ file: string; grid: Grid }> {
  return [
    { file: 'a.xlsx', grid: book({ ...over, rows: a }) },
    { file: 'b.xlsx', grid: book({ ...over, rows: b }) },
  ];
}

/** The first project of a file (sheet row 2). */
const first = (file: string, h: Parameters<typeof colOf>[0]): string => `${file}:项目台账!${colOf(h)}2`;
/** The 本年拨付 header of a file. */
const paidHeader = (file: string): string => `${file}:项目台账!${colOf('本年拨付')}1`;
/** 配置 with 地州市 | 分配金额 under 评价年度 (rows 3 and 4: the first allocation's amount is 配置!B4). */
const allocated = (rows: Array<[string, number]>): Book => ({ profile: [['地州市', '分配金额'], ...rows] as Book['profile'] });

/** The province's a.xlsx naming its fund in 配置 (项目名称), and b.xlsx under these lines above its header. */
function fund(...above: string[][]): Array<{ file: string; grid: Grid }> {
  return [
    { file: 'a.xlsx', grid: book({ rows: [validRow(0)], profile: [['项目名称', '自治区专利实施计划项目']] }) },
    { file: 'b.xlsx', grid: book({ rows: [validRow(1)], above }) },
  ];
}

/** A workbook without 配置 (its year in the title above its header). */
function noProfile(rows: Row[], title: string): Grid {
  return { sheets: book({ rows, above: [[title]] }).sheets.filter((s) => s.name !== '配置') };
}

export const CASES: RuleCases = {
  X001: [
    {
      name: 'the same 项目编号 in two files: found in both',
      files: two([validRow(0)], [{ ...validRow(1), 项目编号: ' xjzl2017-001 ' }]),
      expect: [`error@${first('a.xlsx', '项目编号')}`, `error@${first('b.xlsx', '项目编号')}`],
    },
    { name: 'distinct ids in the two files', files: two([validRow(0)], [validRow(1)]), expect: [] },
    { name: 'a duplicate within one file is L004\'s', files: two([validRow(0), validRow(0)], [validRow(1)]), expect: [] },
    {
      // a ledger sent again: one line per file at its 项目编号 header saying so, then each project
      name: 'two files sharing two projects: the file\'s one line, then each project, in both',
      files: two([validRow(0), validRow(1)], [validRow(0), validRow(1), validRow(2)]),
      expect: [
        `error@a.xlsx:项目台账!${colOf('项目编号')}1`, `error@${first('a.xlsx', '项目编号')}`, `error@a.xlsx:项目台账!${colOf('项目编号')}3`,
        `error@b.xlsx:项目台账!${colOf('项目编号')}1`, `error@${first('b.xlsx', '项目编号')}`, `error@b.xlsx:项目台账!${colOf('项目编号')}3`,
      ],
    },
  ],
  X002: [
    {
      name: 'the same patent behind two projects of two files (other cohorts): both sides',
      files: two([validRow(0)], [{ ...validRow(1), 专利号: `ZL ${PATENTS[0].slice(2)}`, 专利类型: '发明', 立项年度: 2016, 合同开始日期: '2016-06-30' }]),
      expect: [`warning@${first('a.xlsx', '专利号')}`, `warning@${first('b.xlsx', '专利号')}`],
    },
    {
      // the key L015 uses within a file (patentKey): full-width, lower case, spaces and dots are noise
      name: 'the same patent written full-width and in lower case in the other file: both sides',
      files: two([validRow(0)], [{ ...validRow(1), 专利号: 'ｚｌ ２００７１０３０８４９４．ｘ', 专利类型: '发明' }]),
      expect: [`warning@${first('a.xlsx', '专利号')}`, `warning@${first('b.xlsx', '专利号')}`],
    },
    { name: 'other patents', files: two([validRow(0)], [validRow(1)]), expect: [] },
    { name: 'the same project sent twice is X001\'s, not a second project', files: two([validRow(0)], [validRow(0)]), expect: [] },
  ],
  X003: [
    {
      name: 'the same project with another 财政支持资金: both sides',
      files: two([validRow(0)], [{ ...validRow(0), 财政支持资金: 40, 项目总投资: 310 }]),
      expect: [`error@${first('a.xlsx', '项目总投资')}`, `error@${first('a.xlsx', '财政支持资金')}`, `error@${first('b.xlsx', '项目总投资')}`, `error@${first('b.xlsx', '财政支持资金')}`],
    },
    {
      name: 'the same project in another cohort: both sides',
      files: two([validRow(0)], [{ ...validRow(0), 立项年度: 2016 }]),
      expect: [`error@${first('a.xlsx', '立项年度')}`, `error@${first('b.xlsx', '立项年度')}`],
    },
    { name: 'the same project with the same figures is X001 only', files: two([validRow(0)], [validRow(0)]), expect: [] },
  ],
  X005: [
    {
      name: '--profile says 2018, a prefecture\'s file whose own 配置 says 2017: at its 评价年度',
      files: [{ file: 'b.xlsx', grid: { sheets: book({ rows: [validRow(1)] }).sheets.map((s) => (s.name === '配置' ? { ...s, values: [['参数', '值'], ['评价年度', 2017]] } : s)) } }],
      profile: two([validRow(0)], [validRow(1)])[0],
      expect: ['warning@b.xlsx:配置!B2'],
    },
    {
      // merge41: the first 配置's year was the province's, and the two files of 2018 were told they were the odd ones
      name: 'no --profile: the first file\'s 配置 of 2017 among two of 2018 (the most): at its 评价年度',
      files: [
        { file: 'a.xlsx', grid: { sheets: book({ rows: [validRow(0)] }).sheets.map((s) => (s.name === '配置' ? { ...s, values: [['参数', '值'], ['评价年度', 2017]] } : s)) } },
        ...two([validRow(1)], [validRow(2)]).map((f, i) => ({ ...f, file: `${'bc'[i]}.xlsx` })),
      ],
      expect: ['warning@a.xlsx:配置!B2'],
    },
    {
      // a tie: the first 配置's year is taken, and the other file is told there are as many of each
      name: 'a prefecture\'s file whose own 配置 says 2017 (the first 配置 says 2018): at its 评价年度',
      files: [two([validRow(0)], [validRow(1)])[0], { file: 'b.xlsx', grid: { sheets: book({ rows: [validRow(1)] }).sheets.map((s) => (s.name === '配置' ? { ...s, values: [['参数', '值'], ['评价年度', 2017]] } : s)) } }],
      expect: ['warning@b.xlsx:配置!B2'],
    },
    {
      name: 'a file without 配置 whose ledger title names 2017: at its title',
      files: [two([validRow(0)], [validRow(1)])[0], { file: 'b.xlsx', grid: { sheets: book({ rows: [validRow(1)], above: [['伊犁州2017年度专利实施项目台账']] }).sheets.filter((s) => s.name !== '配置') } }],
      expect: ['warning@b.xlsx:项目台账!A1'],
    },
    {
      // review33: fileYears stopped at a 配置 without 评价年度, and read no indicator title, where the file's own check
      // takes its fiscal year from them (one decision now: titleYear)
      name: 'a file whose 配置 names no 评价年度 and whose ledger title names 2017: at its title',
      files: [two([validRow(0)], [validRow(1)])[0], { file: 'b.xlsx', grid: { sheets: book({ rows: [validRow(1)], above: [['伊犁州2017年度专利实施项目台账']] }).sheets.map((s) => (s.name === '配置' ? { ...s, values: [['参数', '值'], ['全年预算数', 30]] } : s)) } }],
      expect: ['warning@b.xlsx:项目台账!A1'],
    },
    {
      name: 'a file without 配置 whose indicator sheet\'s title alone names 2017: at that sheet',
      files: [
        two([validRow(0)], [validRow(1)])[0],
        { file: 'b.xlsx', grid: { sheets: book({ rows: [validRow(1)], indicators: [['伊犁州2017年度项目绩效自评表'], [...INDICATOR_HEADERS], ...validIndicators().map((r) => INDICATOR_HEADERS.map((h) => r[h] ?? null))] }).sheets.filter((s) => s.name !== '配置') } },
      ],
      expect: ['warning@b.xlsx:绩效指标!A1'],
    },
    {
      name: 'files of the province\'s year, or naming none',
      files: [two([validRow(0)], [validRow(1)])[0], { file: 'b.xlsx', grid: { sheets: book({ rows: [validRow(1)], above: [['伊犁州2018年度专利实施项目台账']] }).sheets.filter((s) => s.name !== '配置') } }, { file: 'c.xlsx', grid: { sheets: book({ rows: [validRow(2)] }).sheets.filter((s) => s.name !== '配置') } }],
      expect: [],
    },
    {
      name: 'a file without a year in its title whose 填报日期 line is in the next year: a date names no fiscal year',
      files: [two([validRow(0)], [validRow(1)])[0], { file: 'b.xlsx', grid: { sheets: book({ rows: [validRow(1)], above: [['阿克苏地区专利实施项目明细表'], ['填报单位：阿克苏地区财政局    填报日期：2019年1月10日']] }).sheets.filter((s) => s.name !== '配置') } }],
      expect: [],
    },
    {
      name: 'no 配置 anywhere: the one file of three of another year than the two (the majority), at its title',
      files: [
        { file: 'a.xlsx', grid: noProfile([validRow(0)], '2018年度专利实施项目台账') },
        { file: 'b.xlsx', grid: noProfile([validRow(1)], '2019年度专利实施项目台账') },
        { file: 'c.xlsx', grid: noProfile([validRow(2)], '伊犁州2018年度专利实施项目台账') },
      ],
      expect: ['warning@b.xlsx:项目台账!A1'],
    },
    {
      name: 'no 配置 anywhere, every file of one year: nothing',
      files: [{ file: 'a.xlsx', grid: noProfile([validRow(0)], '2018年度专利实施项目台账') }, { file: 'b.xlsx', grid: noProfile([validRow(1)], '伊犁州2018年度专利实施项目台账') }],
      expect: [],
    },
  ],
  X006: [
    {
      name: 'a ledger titled with another fund than the province\'s 项目名称: at its title',
      files: fund(['2018年度自治区科技型中小企业技术创新资金项目台账'], ['单位：万元']),
      expect: ['error@b.xlsx:项目台账!A1'],
    },
    {
      name: 'titles of the same fund however written (a county, 资金 for 计划, a year, a bracketed note, a label line): nothing',
      files: [
        ...fund(['昌吉州昌吉市2018年度自治区专利实施资金项目台账（报送稿）']),
        { file: 'c.xlsx', grid: book({ rows: [validRow(2)], above: [['填报单位：伊犁州知识产权局'], ['伊犁州直专利实施计划项目资金拨付明细表']] }) },
        { file: 'd.xlsx', grid: book({ rows: [validRow(3)], above: [['2018年度项目台账'], ['单位：元']] }) },
      ],
      expect: [],
    },
    {
      name: 'titles that say what the table is, not which fund (拨付情况表, 执行情况登记表, 分配使用情况表, 台帐), or the fund in other words (专利资助, 专利项目资金下达): nothing',
      files: [
        ...fund(['伊犁州2018年度项目资金拨付情况表']),
        { file: 'c.xlsx', grid: book({ rows: [validRow(2)], above: [['喀什地区2018年度专项资金项目执行情况登记表']] }) },
        { file: 'd.xlsx', grid: book({ rows: [validRow(3)], above: [['2018年度塔城地区财政专项资金分配使用情况表']] }) },
        { file: 'e.xlsx', grid: book({ rows: [validRow(4)], above: [['伊犁州专利资助项目台账']] }) },
        { file: 'f.xlsx', grid: book({ rows: [validRow(5)], above: [['哈密市2018年度专利项目资金下达明细表']] }) },
        { file: 'g.xlsx', grid: book({ rows: [validRow(6)], above: [['阿克苏地区项目资金安排统计台帐']] }) },
      ],
      expect: [],
    },
    {
      name: 'titles naming the agency that keeps the ledger (知识产权局, 市场监督管理局, 科学技术局, 发改委, 行政公署), not a fund: nothing',
      files: [
        ...fund(['伊犁州知识产权局2018年度项目台账']),
        { file: 'c.xlsx', grid: book({ rows: [validRow(2)], above: [['昌吉州市场监督管理局项目资金拨付表']] }) },
        { file: 'd.xlsx', grid: book({ rows: [validRow(3)], above: [['塔城地区科学技术局专项资金项目明细表']] }) },
        { file: 'e.xlsx', grid: book({ rows: [validRow(4)], above: [['巴州发改委项目台账']] }) },
        { file: 'f.xlsx', grid: book({ rows: [validRow(5)], above: [['喀什地区行政公署专项资金项目台账']] }) },
        { file: 'g.xlsx', grid: book({ rows: [validRow(6)], above: [['哈密市工业和信息化局2018年度专利实施项目台账']] }) },
      ],
      expect: [],
    },
    {
      name: 'another fund under an agency\'s name (伊犁州科技局…科技型中小企业技术创新资金): at its title',
      files: fund(['伊犁州科技局2018年度科技型中小企业技术创新资金项目台账']),
      expect: ['error@b.xlsx:项目台账!A1'],
    },
    {
      name: 'another fund, its title in the same process words (科技成果转化专项资金使用情况表): at its title',
      files: fund(['2018年度自治区科技成果转化专项资金使用情况表']),
      expect: ['error@b.xlsx:项目台账!A1'],
    },
    {
      name: 'a province whose 配置 names no 项目名称 (the default name is no one\'s): nothing',
      files: two([validRow(0)], [validRow(1)], { above: [['2018年度自治区科技型中小企业技术创新资金项目台账']] }),
      expect: [],
    },
    {
      name: 'a prefecture\'s own 配置 naming another fund (its title names none): at its 项目名称',
      files: [fund()[0], { file: 'b.xlsx', grid: book({ rows: [validRow(1)], profile: [['项目名称', '科技成果转化专项资金']] }) }],
      expect: ['error@b.xlsx:配置!B3'],
    },
    {
      name: 'prefectures\' own 配置 naming the province\'s fund in other words (专项资金, 年度, 简称): nothing',
      files: [
        fund()[0],
        { file: 'b.xlsx', grid: book({ rows: [validRow(1)], profile: [['项目名称', '2018年度专利实施专项资金']] }) },
        { file: 'c.xlsx', grid: book({ rows: [validRow(2)], profile: [['项目名称', '新疆维吾尔自治区专利实施资金']], above: [['昌吉州2018年支持专利实施项目台账']] }) },
      ],
      expect: [],
    },
    {
      name: 'no 配置 anywhere: the one file of three whose title names another fund, against the two (the majority)',
      files: [
        { file: 'a.xlsx', grid: noProfile([validRow(0)], '2018年支持专利实施项目台账') },
        { file: 'b.xlsx', grid: noProfile([validRow(1)], '2018年科技成果转化专项资金台账') },
        { file: 'c.xlsx', grid: noProfile([validRow(2)], '伊犁州2018年度专利实施资金项目台账') },
      ],
      expect: ['error@b.xlsx:项目台账!A1'],
    },
    {
      name: 'the first file\'s 配置 (the one the 汇总 carries) outvoted by two files of another fund: at its 项目名称',
      files: [
        { file: 'a.xlsx', grid: book({ rows: [validRow(0)], profile: [['项目名称', '科技成果转化专项资金']] }) },
        { file: 'b.xlsx', grid: book({ rows: [validRow(1)], profile: [['项目名称', '自治区专利实施计划项目']] }) },
        { file: 'c.xlsx', grid: noProfile([validRow(2)], '2018年度自治区专利实施项目台账') },
      ],
      expect: ['error@a.xlsx:配置!B3'],
    },
    {
      name: 'only a file name hints at another fund (no 配置, a title of no fund): a warning at the ledger',
      files: [fund()[0], { file: '喀什地区科技成果转化资金台账.xlsx', grid: noProfile([validRow(1)], '2018年度项目台账') }],
      expect: ['warning@喀什地区科技成果转化资金台账.xlsx:项目台账!A1'],
    },
    {
      name: 'no 配置: a file name hinting at another fund than the titles of the others: a warning',
      files: [
        { file: 'a.xlsx', grid: noProfile([validRow(0)], '2018年支持专利实施项目台账') },
        { file: 'c.xlsx', grid: noProfile([validRow(2)], '伊犁州2018年度专利实施资金项目台账') },
        { file: '喀什地区科技成果转化资金台账.xlsx', grid: noProfile([validRow(1)], '2018年度项目台账') },
      ],
      expect: ['warning@喀什地区科技成果转化资金台账.xlsx:项目台账!A1'],
    },
    {
      name: 'file names of a place, a year and generic words, or of the fund itself: nothing',
      files: [
        fund()[0],
        { file: '阿克苏地区2018年度项目台账.xlsx', grid: noProfile([validRow(1)], '2018年度项目台账') },
        { file: '伊犁州专利实施资金台账（报送稿）.xlsx', grid: noProfile([validRow(2)], '2018年度项目台账') },
        // no 资金 in the name: a copy's marks and a county say nothing of a fund
        { file: '附件2-新源县项目台账final.xlsx', grid: noProfile([validRow(3)], '2018年度项目台账') },
      ],
      expect: [],
    },
    {
      name: 'a title naming another fund without saying 资金/专项 (2018年度科技成果转化项目台账): only a hint, a warning at its title',
      files: fund(['2018年度自治区科技成果转化项目台账']),
      expect: ['warning@b.xlsx:项目台账!A1'],
    },
    {
      name: 'titles of the projects\' stage (立项, 验收) or of the 兵团 (第七师, 石河子市): nothing',
      files: [
        ...fund(['2018年度立项项目台账']),
        { file: 'c.xlsx', grid: book({ rows: [validRow(2)], above: [['新疆生产建设兵团第七师2018年度项目台账']] }) },
        { file: 'd.xlsx', grid: book({ rows: [validRow(3)], above: [['石河子市2018年度验收项目明细表']] }) },
      ],
      expect: [],
    },
    {
      name: 'titles of a county\'s ledger, or of a copy of the file (附件2 …（最终版）, 第二批, 定稿): nothing (X006 stops the 汇总)',
      files: [
        ...fund(['附件2 2018年度项目台账（最终版）']),
        { file: 'c.xlsx', grid: book({ rows: [validRow(2)], above: [['伊宁县2018年度项目台账']] }) },
        { file: 'd.xlsx', grid: book({ rows: [validRow(3)], above: [['2018年度项目资金明细表第二批定稿']] }) },
      ],
      expect: [],
    },
  ],
  X004: [
    {
      name: 'a 地州市 paid 30 over two files against an allocation of 40: at the allocation and in both files',
      files: two([validRow(0)], [validRow(1)], allocated([['乌鲁木齐市', 40]])),
      expect: ['error@a.xlsx:配置!B4', `error@${paidHeader('a.xlsx')}`, `error@${paidHeader('b.xlsx')}`],
    },
    {
      name: 'a 地州市 the allocation table does not list: in its file',
      files: two([validRow(0)], [{ ...validRow(1), 地州市: '克拉玛依市' }], allocated([['乌鲁木齐市', 15]])),
      expect: [`error@${paidHeader('b.xlsx')}`],
    },
    { name: 'paid as allocated (a short form in the table)', files: two([validRow(0)], [validRow(1)], allocated([['乌市', 30]])), expect: [] },
    { name: 'no allocation table', files: two([validRow(0)], [validRow(1)]), expect: [] },
  ],
};
