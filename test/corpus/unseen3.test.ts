/**
 * The third corpus of files nobody on the team had seen (unseen3.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, and no finding about what is right.
 * One `describe` per class of input; each failed on the code before its fix.
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { findingPlace } from '../../src/model/findingsShown';
import { fundNamedIn } from '../../src/model/read/profile';
import { unseenCorpus3 } from './unseen3';
import { evaluateCorpus, truthChecks } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus3);
const texts = (ev: WorkbookEvaluation, rule: string): string[] => ev.findings.filter((f) => f.rule === rule).map((f) => `${findingPlace(f)} ${findingText(f, 'zh-CN')}`);

describe('every file of the corpus', () =>
  truthChecks(files, evaluated, { allowedErrors: (f, x) => x.rule === 'S005' && /\.(csv|txt)$/.test(f.name), allowedErrorsSaid: 'every error is the missing year of a text file that names none' }));

describe('a second table under the first, each with its own header and 合计 (新上, then 结转)', () => {
  it('the second 合计 totals its own table: no L021', () => {
    expect(texts(evaluated.get('科技-筛选小计合计在中间.xlsx')!, 'L021')).toEqual([]);
  });
});

describe('a workbook without 配置 whose title rows name the fund', () => {
  it('is that fund’s: its 自评表 and 问题清单 name it, and S015 asks only for the agencies', () => {
    const ev = evaluated.get('文化产业-无配置指标值在后.xlsx')!;
    expect(ev.check.profile.projectName).toBe('自治区文化产业发展专项资金');
    expect(JSON.stringify(ev.selfEval)).toContain('自治区文化产业发展专项资金');
    expect(texts(ev, 'S015').map((t) => /也没有填写(.+?)：/.exec(t)?.[1])).toEqual(['预算单位和实施单位']);
    // its example is a row it asks for (stop 37 left it naming 项目名称, which the title had given)
    expect(texts(ev, 'S015').map((t) => /（如“(.+?)”）/.exec(t)?.[1])).toEqual(['预算单位 | 主管本资金的单位']);
  });
  it('S015 on a CSV with no title says what to do in a file that has no 配置 (stop 38: it asked to fill in a 配置 sheet a CSV cannot have)', () => {
    const [t] = texts(evaluated.get('商务-分号分隔GBK.csv')!, 'S015');
    expect(t).toContain('“商务-分号分隔GBK.csv”不是专利实施资金的台账');
    expect(t).toContain('没有“配置”工作表可填');
    // the fund's name in a title line; the agencies in a 配置 of an .xlsx, or the province's 配置 of a merge
    expect(t).toContain('资金名称可写在表头上方的标题行中');
    expect(t).toMatch(/另存为 \.xlsx 并添加“配置”工作表逐行填写（如“项目名称 \| 本资金的名称”/);
    expect(t).toContain('jx merge --profile');
  });
  it('a prefecture’s sheets name the fund after the prefecture and the year; a CSV with no title names none', () => {
    expect(evaluated.get('农业-南疆四地州.xls')!.check.profile.projectName).toBe('农业发展专项资金');
    expect(evaluated.get('科技-C12起的表格.xlsx')!.check.profile.projectName).toBe('自治区科技成果转化专项资金');
    expect(evaluated.get('商务-分号分隔GBK.csv')!.check.profile.projectName).toBe('');
  });
  it('reads the fund from a title line, and none from a note, a unit line or a title without 资金', () => {
    expect(['2020年度自治区科技成果转化专项资金项目明细表', '阿克苏地区2020年度农业发展专项资金项目表', '二〇一九年度文化和旅游发展专项资金项目台账', '2020年 就业补助资金 绩效自评表', '南疆林果业提质增效专项资金（2019年）'].map((t) => fundNamedIn([t]))).toEqual([
      '自治区科技成果转化专项资金', '农业发展专项资金', '文化和旅游发展专项资金', '就业补助资金', '南疆林果业提质增效专项资金',
    ]);
    expect(['3. 金额单位为万元；本年拨付指实际拨付到项目单位的资金。', '单位：万元', '2019年度项目台账', '填报单位：自治区科学技术厅', '注：资金', '项目资金使用说明：各单位资金', '2019年度财政专项资金分配表'].map((t) => fundNamedIn([t]))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
  it('names no fund from money told by its state, batch or place (review37: 结转资金 printed as the 自评表’s 项目名称)', () => {
    const titles = ['2020年度结转资金项目明细表', '2020年度已拨付资金项目台账', '2020年度拟下达资金项目台账', '2020年度第一批资金分配明细表', '2020年度第一批专项资金分配表', '2020年度各地州市资金分配表', '2020年度中央和自治区资金安排表'];
    expect(titles.map((t) => fundNamedIn([t]))).toEqual(titles.map(() => undefined));
    expect(['2020年度财政扶贫资金项目台账', '2021年度乡村振兴衔接资金项目台账'].map((t) => fundNamedIn([t]))).toEqual(['财政扶贫资金', '乡村振兴衔接资金']);
  });
  it('names none from such money called 专项资金 (late37: 2020年度结转专项资金项目明细表 named the fund 结转专项资金)', () => {
    const titles = ['2020年结转专项资金项目明细表', '已拨付专项资金明细', '各地州市专项资金分配表', '2019年度拟下达专项资金项目台账', '2020年度中央和自治区专项资金安排表', '以前年度结余专项资金使用情况表', '各县市区补助资金分配表'];
    expect(titles.map((t) => fundNamedIn([t]))).toEqual(titles.map(() => undefined));
    expect(['2020年度自治区农业发展专项资金分配表', '2019年度中央和自治区文化产业发展专项资金项目台账'].map((t) => fundNamedIn([t]))).toEqual(['自治区农业发展专项资金', '中央和自治区文化产业发展专项资金']);
  });
});
