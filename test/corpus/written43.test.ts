/**
 * The values and columns of written43.ts, read as a finance officer reads them: every project once, the sums approved
 * and paid to the 分, each cohort year, no error about what is right; and what each shape is about, with its finding's
 * text in both languages where there is one. Those about a fix failed on the code before it (said in each test's name).
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { writtenCorpus43, WRAPPED } from './written43';
import { evaluateCorpus, truthChecks, said } from './truthChecks';

const { files, evaluated } = evaluateCorpus(writtenCorpus43);
const ev = (name: string): WorkbookEvaluation => evaluated.get(name)!;
/** What is said of a file but S015 (another fund's workbook without 配置 naming its agencies). */
const saidOf = (name: string): string[] => ev(name).findings.filter((x) => x.rule !== 'S015').map(said);
describe('every ledger of the corpus', () => truthChecks(() => files(), evaluated));

describe('amounts with words around them: 人民币1,234.50元, 12.5万元整, （万元）12.5, 人民币1,234元整', () => {
  it('each is its amount in the unit it names, whatever the heading says: nothing is said (each was L003 “无法识别”, 45 in all)', () => {
    expect(saidOf('商务-金额带文字.xlsx')).toEqual([]);
  });
});

describe('立项日期 in Chinese numerals: 二〇二〇年三月五日, 二零二零年3月, 2020年三月, 二○二○年十二月三十一号', () => {
  it('each is its year: nothing is said (were L003 “无法识别”)', () => {
    expect(saidOf('科技-立项日期中文数字.xlsx')).toEqual([]);
  });
});

describe('an indicator’s number and unit on two lines of its cell (52⏎个, ≤5⏎万元 against 48000⏎元)', () => {
  const name = '文旅-指标值单位换行.xlsx';
  it('reads the unit of each target, and the result in the target’s unit: 48000 元 is 4.8 万元, within ≤5 万元 (was 48000 万元, 0 points)', () => {
    const inds = ev(name).check.indicators!.indicators;
    expect(inds.map((i) => [i.level3, i.unit, i.target, i.actual])).toEqual([
      ['新建非遗工坊', '个', 52, 48], ['举办培训', '场', 30, 30], ['单个工坊建设成本', '万元', 5, 4.8], ['带动就业', '人', 1200, 1260], ['游客满意度', '%', 90, 93],
    ]);
    const scores = ev(name).selfEval!.scores.map((s) => [s.indicator.level3, s.score]);
    expect(scores).toEqual(WRAPPED.map((r, k) => [r[2], k === 0 ? Math.round((20 * 48 * 100) / 52) / 100 : r[5]]));
    expect(saidOf(name)).toEqual([]);
  });
});

describe('a ledger alone (no 配置, no 绩效指标) whose paid column is 1-6月执行数', () => {
  const name = '商务-台账1-6月执行数.xlsx';
  it('is the mid-year stage, cut off at June (was year-end)', () => {
    expect(ev(name).check.stage).toBe('midYear');
    expect(ev(name).monitor!.month).toBe(6);
    expect(saidOf(name)).toEqual([]);
  });
});
