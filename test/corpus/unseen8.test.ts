/**
 * The eighth corpus of files nobody on the team had seen (unseen8.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, no finding about what is right, and
 * the forms beyond the ledger (a 监控表 workbook, an indicator table in another order, 得分 as formulas). One
 * `describe` per class of input; those about a fix failed on the code before it.
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { unseenCorpus8, PREFECTURES, SWAPPED, MONITOR_LINES, FORMULA_SCORED, formulaScore } from './unseen8';
import { rows } from './unseen';
import { evaluateCorpus, truthChecks, said } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus8);
const ev = (name: string): WorkbookEvaluation => evaluated.get(name)!;
const projectsOf = (name: string): NonNullable<WorkbookEvaluation['check']['ledger']>['projects'] => ev(name).check.ledger?.projects ?? [];
const indicatorsOf = (name: string): NonNullable<WorkbookEvaluation['check']['indicators']>['indicators'] => ev(name).check.indicators?.indicators ?? [];
/** What is said of a file but S015 (another fund's workbook without 配置 naming its agencies: most files here). */
const saidOf = (name: string, keep: (x: WorkbookEvaluation['findings'][number]) => boolean = () => true): string[] => ev(name).findings.filter((x) => x.rule !== 'S015' && keep(x)).map(said);
const num = (s: string): number | undefined => (s ? Number(/[\d.]+/.exec(s)![0]) : undefined);

describe('every ledger of the corpus', () =>
  truthChecks(() => files().filter((f) => f.truth.projects > 0), evaluated, {
    // 得分 formulas without their values are not read: S016, as the officer would want to hear it
    allowedErrors: (f, x) => f.name === '商务-得分公式未计算.xlsx' && x.rule === 'S016',
    allowedErrorsSaid: 'but S016 where 得分 formulas were saved without their values',
  }));

describe('a sheet per 地州市 and a 汇总 after them whose figures are formulas over theirs', () => {
  const name = '农业-分地州加汇总.xlsx';
  it('reads the projects of the prefecture sheets only, each in its sheet’s 地州市 (the 汇总 repeats their totals: not counted again)', () => {
    const truth = rows('ny', 15, PREFECTURES, [2020, 2019], 42_001);
    expect(Object.fromEntries(projectsOf(name).map((p) => [p.id, p.region]))).toEqual(Object.fromEntries(truth.map((x) => [x.id, x.region])));
    expect(ev(name).check.ledgerSheets).toEqual([...PREFECTURES]);
    expect(saidOf(name)).toEqual([]);
  });
});

describe('money as text with its own unit, whatever the heading says', () => {
  it('1,234.50元, 12.5万, 12.5万元 and ￥1,234.50 under 万元 / 元 / bare headings: nothing is said (was L013 and L022 at each ￥ amount)', () => {
    expect(saidOf('商务-金额文本带单位.xlsx')).toEqual([]);
  });
});

describe('one 立项日期 column written six ways (2020.3.5, 2020年3月5日, 20200305, 2020/03/05, 3/25/2020, a bare serial)', () => {
  it('each is its year: nothing is said (3/25/2020 was L003 “无法识别”)', () => {
    expect(saidOf('科技-立项日期六种写法.xlsx')).toEqual([]);
  });
});

describe('an .xls as WPS saves it, its header over two rows (财政支持资金 over 合计 | 其中：中央 | 其中：自治区, 本年拨付 over 金额 | 拨付进度)', () => {
  it('合计 is the approved sum, 金额 the paid one; only the three breakdown columns are said as ignored (S004 info)', () => {
    expect(saidOf('农业-WPS两行表头.xls').map((t) => t.split(' ')[0])).toEqual(['S004']);
    expect(saidOf('农业-WPS两行表头.xls')[0]).toContain('财政支持资金/其中：中央、财政支持资金/其中：自治区、本年拨付/拨付进度');
  });
});

describe('a GBK CSV, no BOM, no title, its last line 合计（16个项目）; a ledger at row 6 under 填报单位 | 填报日期; 备注 已撤销 / 已终止', () => {
  it.each(['就业-2020年GBK合计行.csv', '就业-第6行表头.xlsx', '科技-备注撤销终止.xlsx'])('%s: nothing is said', (name) => {
    expect(saidOf(name)).toEqual([]);
  });
});

describe('绩效指标 with 全年实际完成值 before 年度目标值', () => {
  const name = '文旅-完成值在目标值前.xlsx';
  it('reads each target and result by its heading, not its place, and scores them', () => {
    expect(indicatorsOf(name).map((i) => [i.level3, i.target, i.actual])).toEqual(SWAPPED.map((r) => [r[2], num(r[5]), num(r[4])]));
    const points = (r: (typeof SWAPPED)[number]): number => Math.min(r[3], (r[3] * num(r[4])!) / num(r[5])!);
    expect(ev(name).selfEval!.total).toBeCloseTo(10 + SWAPPED.reduce((s, r) => s + points(r), 0), 6);
    expect(saidOf(name)).toEqual([]);
  });
});

describe('a 监控表 workbook: 监控截止月份 6, the ledger’s 1-6月执行数（万元）, the indicators’ 1-6月执行数 | 全年预计', () => {
  const name = '商务-监控1-6月执行数.xlsx';
  it('is the mid-year stage; 1-6月执行数 is paid so far and each line’s progress, 全年预计 its forecast (were S002 and S004)', () => {
    expect(ev(name).check.stage).toBe('midYear');
    expect(indicatorsOf(name).map((i) => [i.level3, i.monitored, i.forecast])).toEqual(MONITOR_LINES.map((l) => [l[2], num(l[4]), num(l[5])]));
  });
  it('lights each line against half a year (展会 1 of 6: red), and asks only for the red line’s cause (M002)', () => {
    expect(ev(name).monitor!.indicators.map((i) => i.light)).toEqual(['green', 'red', 'green', 'green', 'green']);
    expect(saidOf(name).map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual(['M002 绩效指标!G3']);
  });
});

describe('绩效指标 whose 得分 cells are formulas, with the values Excel saved', () => {
  it('each 得分 is its formula’s value and the 合计 row is no indicator: nothing is said', () => {
    const name = '商务-得分为公式.xlsx';
    expect(ev(name).selfEval!.scores.map((s) => [s.indicator.level3, s.score])).toEqual(FORMULA_SCORED.map((i) => [i[2], formulaScore(i)]));
    expect(saidOf(name)).toEqual([]);
  });
});

describe('the prefecture sheets and a 全区汇总 after them that lists every project again', () => {
  it('reads each project once, from its prefecture’s sheet, and says the 全区汇总 was left out so as not to count them twice (S010)', () => {
    const name = '农业-分地州加全区明细.xlsx';
    expect(ev(name).check.ledgerSheets).toEqual([...PREFECTURES]);
    expect(saidOf(name).map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual(['S010 全区汇总!A2']);
  });
});

describe('得分 formulas saved without their values (a system’s export, never opened in Excel or WPS)', () => {
  it('says once, at the column, that they were read as blank and the file is to be opened and saved (S016), nothing else', () => {
    const name = '商务-得分公式未计算.xlsx';
    expect(saidOf(name).map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual(['S016 绩效指标!H2']);
    expect(saidOf(name)[0]).toContain(`（H2:H${1 + FORMULA_SCORED.length}）有 ${FORMULA_SCORED.length} 个公式单元格没有保存计算结果`);
  });
});
