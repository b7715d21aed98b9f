/**
 * The second corpus of files nobody on the team had seen (unseen2.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, the fiscal year, and forms that say
 * what the fund is. One `describe` per class of input; each failed on the code before its fix.
 */
import { evaluateWorkbook, type WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { findingPlace } from '../../src/model/findingsShown';
import { readYear } from '../../src/model/read/values';
import { inferYear } from '../../src/model/read/text';
import { pairedPart } from '../../src/model/read/table';
import { unseenCorpus2 } from './unseen2';
import { sampleWorkbookGrid } from '../../src/model/sample';
import type { GridSheet } from '../../src/model/grid';
import type { CorpusFile } from './unseen';
import { evaluateCorpus, expectProjectsAndMoney, expectYears } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus2);
let corpus: CorpusFile[];
beforeAll(() => {
  corpus = files();
});
const texts = (ev: WorkbookEvaluation, rule: string): string[] => ev.findings.filter((f) => f.rule === rule).map((f) => `${findingPlace(f)} ${findingText(f, 'zh-CN')}`);

describe('every file of the corpus', () => {
  it('reads every project once, and what the fund approved and paid, to the 分 (the pasted-twice sheet: its L004 duplicates apart)', () => expectProjectsAndMoney(corpus, evaluated, { distinct: true }));
});

describe('the year as officers write it (2019年度, 19年, 二〇一九年, 2019年立项)', () => {
  it('each project’s 立项年度 is its year, and nothing is called unreadable', () => {
    expectYears(corpus, evaluated);
    for (const f of corpus) expect({ file: f.name, l003: texts(evaluated.get(f.name)!, 'L003').filter((t) => t.includes('立项年度')) }).toEqual({ file: f.name, l003: [] });
  });
  it('a title in Chinese numerals names the fiscal year', () => {
    expect(evaluated.get('文旅-手写金额与年份.xlsx')!.check.fiscalYear).toBe(2019);
    expect(inferYear(['二零二一年度专项资金项目台账'])).toBe(2021);
  });
  it('reads each form, and leaves what is no year unreadable', () => {
    const year = (v: string): number | string | undefined => {
      const r = readYear(v);
      return r.kind === 'ok' ? r.value : `unreadable ${v}`;
    };
    expect(['二〇一九年', '二零一九年度', '二○一九年', '19年', '19年度', '98年', '2019年立项', '2019年度批复'].map(year)).toEqual([2019, 2019, 2019, 2019, 2019, 1998, 2019, 2019]);
    expect(['19', '一九年', '2019年实施中', '二〇一九'].map(year)).toEqual(['unreadable 19', 'unreadable 一九年', 'unreadable 2019年实施中', 'unreadable 二〇一九']);
  });
});

describe('a 填报单位 / 填报人 / 联系电话 line under the table', () => {
  it('is no project: 附表1 reads its 16 projects, and says nothing of the footer', () => {
    const ev = evaluated.get('科技-附表1三行表头.xlsx')!;
    expect(ev.check.ledger?.projects.length).toBe(16);
    expect(ev.findings.map((f) => `${findingPlace(f)} ${findingText(f, 'zh-CN')}`).filter((t) => /附表1!\w+28 |赵敏|0991/.test(t))).toEqual([]);
  });
});

describe('the header written again over three rows (a second table under the first)', () => {
  it('is the header again, not a project continued on its rows (S009)', () => {
    expect(texts(evaluated.get('科技-附表1三行表头.xlsx')!, 'S009')).toEqual([]);
  });
});

describe('target and actual in one column (指标值/实际完成值, each cell ≥90%/95%)', () => {
  it('reads both, and the indicator table is whole: no S002, no column left unread', () => {
    const ev = evaluated.get('商务-指标合并单元格.xlsx')!;
    expect([...texts(ev, 'S002'), ...texts(ev, 'S004')]).toEqual([]);
    const read = ev.check.indicators!.indicators.map((i) => [i.level1, i.level2, i.level3, i.targetText, i.actualText, i.points, i.score]);
    expect(read).toEqual([
      ['产出指标', '数量指标', '支持外贸企业数', '≥8家', '8家', 15, 15],
      ['产出指标', '数量指标', '举办境外展会', '≥3场', '2场', 10, 6.67],
      ['产出指标', '质量指标', '项目验收合格率', '≥90%', '95%', 10, 10],
      ['产出指标', '时效指标', '资金拨付及时率', '100%', '100%', 10, 10],
      ['效益指标', '经济效益指标', '带动进出口额增长', '≥5%', '6.2%', 20, 20],
      ['效益指标', '社会效益指标', '带动就业人数', '≥200人', '186人', 15, 13.95],
      ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%', '92.5%', 10, 10],
    ]);
    expect(ev.selfEval?.total).toBeCloseTo(95.62, 2);
  });
  it('a ledger is not split so: 项目名称/承担单位 over one column is no name and no unit read whole (S002 as before)', () => {
    // review36: since e959776 the whole cell 输电线路巡检机器人专利实施/新疆胡杨… was both the name and the unit, no finding
    const sample = sampleWorkbookGrid();
    const ledger = (s: GridSheet): GridSheet => ({
      ...s,
      values: s.values.map((row, r) => {
        if (r < 2 || !row) return row;
        const v = [...row];
        v[1] = r === 2 ? '项目名称/承担单位' : `${String(row[1])}/${String(row[2])}`;
        v[2] = r === 2 ? '单位性质' : row[2];
        return v;
      }),
    });
    const ev = evaluateWorkbook({ sheets: sample.sheets.map((s) => (s.name === '项目台账' ? ledger(s) : s)) });
    expect(ev.check.findings.filter((f) => f.rule === 'S002').map((f) => /缺少必填列“(.+?)”/.exec(findingText(f, 'zh-CN'))?.[1])).toEqual(['承担单位', '项目名称']);
  });

  it('splits a cell at its middle slash; a unit with a slash on one side only leaves the actual blank', () => {
    const split = (v: string): [unknown, unknown] => [pairedPart(v, 0), pairedPart(v, 1)];
    expect(['≤500元/人/480元/人', '有效提升/明显提升', '≤500元/人/480', '≥90%'].map(split)).toEqual([
      ['≤500元/人', '480元/人'],
      ['有效提升', '明显提升'],
      ['≤500元/人/480', null],
      ['≥90%', null],
    ]);
  });

  it('a per-unit alone after the slash is the target’s, the actual blank (review37)', () => {
    // since e959776, ≥5次/年 under 指标值/实际完成值 read as the target ≥5次 and the actual 年 (W005: 不是数字)
    const split = (v: string): [unknown, unknown] => [pairedPart(v, 0), pairedPart(v, 1)];
    expect(['≥5次/年', '≥800元/亩', '≥5次/年/6次/年', '≥90%/95%', '按期完成/达成'].map(split)).toEqual([
      ['≥5次/年', null],
      ['≥800元/亩', null],
      ['≥5次/年', '6次/年'],
      ['≥90%', '95%'],
      ['按期完成', '达成'],
    ]);
  });
});

describe('a line of words alone in the 项目编号 column (以下空白, 以下为重复粘贴)', () => {
  it('is no project: every project read is the truth’s or a duplicate L004 names, and no L002 asks for its fields', () => {
    const ev = evaluated.get('农业-十四地州分表.xlsx')!;
    const f = corpus.find((x) => x.name === '农业-十四地州分表.xlsx')!;
    const ids = (ev.check.ledger?.projects ?? []).map((p) => p.id);
    const duplicates = texts(ev, 'L004').length;
    expect({ read: ids.length, unknown: ids.filter((id) => !id || !(id in f.truth.years)) }).toEqual({ read: f.truth.projects + duplicates, unknown: [] });
    expect(duplicates).toBe(3);
    expect(texts(ev, 'L002')).toEqual([]);
  });
});
