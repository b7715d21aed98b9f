/**
 * The ninth corpus of files nobody on the team had seen (unseen9.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, no error about what is right. One
 * `describe` per class of input; those about a fix failed on the code before it.
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { unseenCorpus9, YEAR_SHEETS, FOOTER, NO_LEVEL3 as NO_LEVEL3_ROWS } from './unseen9';
import { rows } from './unseen';
import { evaluateCorpus, truthChecks, said } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus9);
const ev = (name: string): WorkbookEvaluation => evaluated.get(name)!;
/** What is said of a file but S015 (another fund's workbook without 配置 naming its agencies: most files here). */
const saidOf = (name: string): string[] => ev(name).findings.filter((x) => x.rule !== 'S015').map(said);
const NO_LEVEL3 = '文旅-指标无三级列.xlsx';

describe('every ledger of the corpus', () => truthChecks(files, evaluated));

describe('序号 1.1 / 1.2 rows under project 1, no 项目编号 of their own (its 子课题, the amounts split)', () => {
  const name = '科技-序号带子项.xlsx';
  it('are parts of the project above, not projects: no L002 asking for their 项目编号, one S009 info each naming the part (was 8 L002 errors and the money counted twice)', () => {
    const s = saidOf(name);
    expect(s.map((t) => t.split(' ')[0])).toEqual(Array(8).fill('S009'));
    expect(s[0]).toContain('此行是上一项目的分项行（“子课题1：');
    // its 序号 (1.1, a number as Excel keeps it typed) is the part's number, no amount left uncounted (was `A 1.1`)
    expect(s.filter((t) => /：A \d|：序号 \d/.test(t))).toEqual([]);
    expect(s[0]).toMatch(/行中的数字未计入：立项年度 \d{4}、项目总投资（万元） /);
    // a 序号 kept as text (4.1) labels nothing: the part's name does, as with a number
    expect(s[2]).toMatch(/^S009 项目台账!A9 此行是上一项目的分项行（“子课题1：/);
    const en = ev(name).findings.find((x) => x.rule === 'S009')!;
    expect(findingText(en, 'en-US')).toMatch(/^This row is a part of the project above \("/);
  });
  it('a row numbered 2.1 under project 1, or a 1.1 with its own 项目编号, stays a project', async () => {
    const { evaluateWorkbook } = await import('../../src/model/evaluate');
    const [a, b] = rows('kj', 2, ['哈密市'], [2020], 43_100);
    const header = ['序号', '项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）'];
    const line = (serial: number | string, id: string | null, x: typeof a): unknown[] => [serial, id, x.name, x.unit, x.region, x.date.y, x.total / 1e6, x.approved / 1e6, x.disbursed / 1e6];
    const grid = { sheets: [{ name: '2020年项目台账', values: [header, line(1, a.id, a), line(2.1, null, b), line(1.1, b.id, b)] as never }] };
    const read = evaluateWorkbook(grid).check.ledger!.projects;
    expect(read.map((p) => p.id)).toEqual([a.id, undefined, b.id]);
  });
});

describe('the header’s second row holds units only (万元 | 元 | 年, no brackets), and a header merged over five rows', () => {
  it('the unit row is no project, and each column is read in its own unit: nothing is said (were L002/L003 at the unit row, L013 and L022 at each project)', () => {
    expect(saidOf('农业-第二行表头为单位.xlsx')).toEqual([]);
    expect(saidOf('农业-WPS五行表头.xls')).toEqual([]);
  });
});

describe('注：1.… and its further notes numbered 2. / 3、/ （4） alone in 序号; 填表人/审核人/联系电话 in one cell', () => {
  it('the numbered lines are the note’s, no projects: nothing is said (were L002 at every cell of each)', () => {
    expect(FOOTER.length).toBeGreaterThan(3);
    expect(saidOf('科技-注与填表人审核人.xlsx')).toEqual([]);
  });
});

describe('a sheet per cohort year (2019年 | 2020年), no 立项年度 column', () => {
  const name = '文旅-分年度工作表.xlsx';
  it('each project’s 立项年度 is its sheet’s, the year evaluated the latest sheet’s: nothing is said (were S002 at each sheet)', () => {
    expect(ev(name).check.fiscalYear).toBe(Math.max(...YEAR_SHEETS));
    expect(saidOf(name)).toEqual([]);
  });
  it('one sheet named 2020年 is the ledger of 2020, not the year of its projects (S002 still asks for the column)', async () => {
    const { evaluateWorkbook } = await import('../../src/model/evaluate');
    const x = rows('wl', 1, ['哈密市'], [2019], 43_101)[0];
    const grid = { sheets: [{ name: '2020年', values: [['项目编号', '项目名称', '承担单位', '地州市', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）'], [x.id, x.name, x.unit, x.region, 1, 1, 1]] as never }] };
    expect(evaluateWorkbook(grid).findings.filter((f) => f.rule === 'S002').map((f) => findingText(f, 'zh-CN'))).toEqual([expect.stringContaining('缺少必填列“立项年度”')]);
  });
});

describe('shapes read as they were: a unit per sheet, 地州市 with 县（市、区）, 新上/结转 sheets, OCR digits, GB18030', () => {
  it.each(['农业-分地州元与万元.xlsx', '商务-地州市与县市区两列.xlsx', '科技-新上结转分表.xlsx', '商务-扫描识别全角数字.xlsx', '就业-GB18030标题行.csv'])('%s: nothing is said', (name) => {
    expect(saidOf(name)).toEqual([]);
  });
});

describe('an indicator table without a 三级指标 column (the indicator named in 二级)', () => {
  it('reads the 二级 column as the 三级指标, no 二级 given, and scores each: nothing is said (left44; was S002 “缺少必填列“三级指标”” and no 自评表)', () => {
    const inds = ev(NO_LEVEL3).check.indicators!.indicators;
    expect(inds.map((i) => [i.level1, i.level2, i.level3])).toEqual(NO_LEVEL3_ROWS.map((r) => [r[0], undefined, r[1]]));
    expect(ev(NO_LEVEL3).selfEval!.scores.map((x) => x.score)).toEqual(NO_LEVEL3_ROWS.map((r) => r[5]));
    expect(saidOf(NO_LEVEL3)).toEqual([]);
  });
  it('a 二级 column that names 二级 categories (数量指标, 群众满意度 read as 满意度指标 too) stays the 二级, and its table still asks for 三级指标 (S002)', async () => {
    const { evaluateWorkbook } = await import('../../src/model/evaluate');
    const grid = { sheets: [
      { name: '配置', values: [['参数', '值'], ['评价年度', 2021]] },
      { name: '绩效指标', values: [['一级指标', '二级指标', '指标值', '实际完成值', '分值'], ['产出指标', '数量指标', '≥40场', '42场', 50], ['效益指标', '社会效益指标', '≥10万人次', '12万人次', 30], ['满意度指标', '群众满意度', '≥90%', '93%', 10]] },
    ] };
    const e = evaluateWorkbook(grid);
    expect(e.findings.filter((x) => x.sheet === '绩效指标').map(said)).toEqual([expect.stringMatching(/^S002 绩效指标!A1 缺少必填列“三级指标”/)]);
  });
});

describe('amounts kept in 元 and shown in 万元 by the format 0!.0000"万元", under （万元） headings', () => {
  const name = '就业-元值万元格式.xlsx';
  it('are read in 元, as the officer sees them: nothing is said (were 10,000 times the money, and L013 at each column)', () => {
    expect(saidOf(name)).toEqual([]);
  });
  it('a point written as text shifts the number shown; a real one, or a unit alone after it, does not', async () => {
    const { showsWan, readsFormat } = await import('../../src/model/read/formats');
    const shifts = ['0!.0000"万元"', '0!.0000', '0\\.0000', '0"."0000', '0!.0,"万"', '#,##0!.00,', '0.0000"万元"', '#,##0.00', '0.00,,"百万"'].map(showsWan);
    expect(shifts).toEqual([true, true, true, true, true, false, false, false, false]);
    // the file reader keeps the format (readsFormat), so that jx check reads it too
    expect(readsFormat('0!.0000"万元"')).toBe(true);
  });
});

describe('headings spaced out (项 目 名 称 with ideographic spaces), 立项时间 typed 2020.3 (the number Excel keeps), 项目总投资 as 1.2亿元', () => {
  it('each 立项时间 is its year: nothing is said (2020.3 was L003 “无法识别” at each)', () => {
    expect(saidOf('科技-表头字间空格.xlsx')).toEqual([]);
  });
});
