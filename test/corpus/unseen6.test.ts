/**
 * The sixth corpus of files nobody on the team had seen (unseen6.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, and no finding about what is right.
 * One `describe` per class of input; those about a fix failed on the code before it.
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { unseenCorpus6, SENTENCE_INDICATORS } from './unseen6';
import { rows } from './unseen';
import { evaluateCorpus, truthChecks, said } from './truthChecks';
import { pairedPart } from '../../src/model/read/table';

const { files, evaluated } = evaluateCorpus(unseenCorpus6);
const ev = (name: string): WorkbookEvaluation => evaluated.get(name)!;
const projectsOf = (name: string): NonNullable<WorkbookEvaluation['check']['ledger']>['projects'] => ev(name).check.ledger?.projects ?? [];
/** What is said of a file but S015 (another fund's workbook without 配置 naming its agencies: every file here). */
const saidOf = (name: string, keep: (x: WorkbookEvaluation['findings'][number]) => boolean = () => true): string[] => ev(name).findings.filter((x) => x.rule !== 'S015' && keep(x)).map(said);

describe('every ledger of the corpus', () => truthChecks(() => files().filter((f) => f.truth.projects > 0), evaluated));

describe('a budget-system table with a 栏次 row (甲 乙 丙 … 1 2 3) under a header over two rows', () => {
  it('the 栏次 row is no project and the 合计 no project: nothing is said', () => {
    expect(saidOf('农业-栏次行.xlsx')).toEqual([]);
  });
});

describe('one 立项时间 column written seven ways (2018.3.5, 2018年3月, a serial, 20180305, 2018/3/5, a date cell, 2018年3月5日)', () => {
  it('each is its year: no L003 (20181105 and 20170902 were L003 “无法识别”)', () => {
    expect(saidOf('科技-立项时间混写.xlsx')).toEqual([]);
  });
});

describe('a subtotal per county named in its cell (昌吉市小计), 合计 and 其中 lines under it', () => {
  it('each project’s county is its own, and the subtotals, 合计 and 其中 lines are no projects', () => {
    const truth = rows('ny', 16, ['昌吉市', '阜康市', '呼图壁县', '玛纳斯县'], [2020, 2019], 40_003);
    expect(Object.fromEntries(projectsOf('农业-分县小计合计其中.xlsx').map((p) => [p.id, p.region]))).toEqual(Object.fromEntries(truth.map((x) => [x.id, x.region])));
    expect(saidOf('农业-分县小计合计其中.xlsx', (x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('a sheet formatted down to row 1,048,576', () => {
  it('reads its 12 projects and says nothing of the empty rows', () => {
    expect(saidOf('商务-边框到最后一行.xlsx')).toEqual([]);
  });
});

describe('target and result in one sentence (指标值及完成情况: 目标≥60家，完成62家)', () => {
  it('reads the target and the result of each, and asks only why the missed one missed (S002 年度指标值 and S004 before)', () => {
    const read = ev('商务-目标与完成写在一句.xlsx').check.indicators!.indicators;
    expect(read.map((i) => [i.level3, i.target, i.actual])).toEqual(SENTENCE_INDICATORS.map((i) => [i.name, i.target, i.actual]));
    // 2场 of ≥3场: a third short, and no 偏差原因 — the one thing a careful officer asks of this table
    expect(saidOf('商务-目标与完成写在一句.xlsx', (x) => x.sheet === '绩效指标').map((t) => t.split('”')[0])).toEqual(['W006 绩效指标!D3 指标“举办境外展会']);
  });
});

describe('target and result in one sentence, cell by cell', () => {
  it('splits at the words 目标 … 完成 (with 年度/实际, a colon, ， or ；); a cell without them as before', () => {
    const split = (v: string): [unknown, unknown] => [pairedPart(v, 0), pairedPart(v, 1)];
    expect(['目标≥60家，完成62家', '目标：≥3场；完成：2场', '年度目标≥95%，实际完成100%', '目标值≥90%, 完成值93%。', '≥90%/95%', '≥60家'].map(split)).toEqual([
      ['≥60家', '62家'],
      ['≥3场', '2场'],
      ['≥95%', '100%'],
      ['≥90%', '93%'],
      ['≥90%', '95%'],
      ['≥60家', null],
    ]);
  });

  it('a bare 完成 before words is the target\'s second task, not a result: the cell stays the target\'s, no result invented', () => {
    const split = (v: string): [unknown, unknown] => [pairedPart(v, 0), pairedPart(v, 1)];
    const tasks = ['目标：完成项目立项；完成资金拨付', '目标：开工建设，完成投资5000万元', '目标：按期开工，完成年度投资计划', '目标≥60家，完成率100%'];
    expect(tasks.map(split)).toEqual(tasks.map((v) => [v, null]));
    // the result said by a colon, 值/情况 or 实际, or a figure after a bare 完成, is still read apart
    expect(['目标≥90%，完成情况良好', '目标：按期开工；完成：已开工', '目标：开工建设，实际完成投资5000万元', '目标≥60家，完成 62家'].map(split)).toEqual([
      ['≥90%', '良好'],
      ['按期开工', '已开工'],
      ['开工建设', '投资5000万元'],
      ['≥60家', '62家'],
    ]);
  });
});

describe('a CSV whose codes are kept as text the Excel way (="KJ2020-001", ="650100")', () => {
  it('reads the code inside, and each 行政区划代码 as its prefecture: nothing is said', () => {
    expect(projectsOf('科技-2020年系统导出等号文本.csv').map((p) => p.id)).toEqual(rows('kj', 10, ['乌鲁木齐市'], [2020, 2019], 40_006, true).map((x) => x.id));
    expect(saidOf('科技-2020年系统导出等号文本.csv')).toEqual([]);
  });
});

describe('the year’s payments in batches (第一批拨付 | 第二批拨付 | 本年拨付合计)', () => {
  it('本年拨付合计 is what was paid this year; the batches are read as no other column', () => {
    expect(saidOf('文旅-分批拨付.xlsx', (x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('headings in a fund’s own form words (项目（课题）名称, 所在地州, 自治区财政补助, 本年实际拨付)', () => {
  it('each is its column: no column missing, none left unread', () => {
    expect(saidOf('就业-表单用语表头.xlsx')).toEqual([]);
  });
});

describe('an .xls whose 地州市 is merged down over each prefecture’s projects', () => {
  it('gives every project of the merge its 地州市', () => {
    const base = rows('ny', 12, ['伊犁哈萨克自治州', '塔城地区', '阿勒泰地区'], [2020, 2019], 40_009);
    expect(Object.fromEntries(projectsOf('农业-地州合并.xls').map((p) => [p.id, p.region]))).toEqual(Object.fromEntries(base.map((x) => [x.id, x.region])));
    expect(saidOf('农业-地州合并.xls')).toEqual([]);
  });
});
