/**
 * The corpus of files nobody on the team had seen (unseen.ts), read as a finance officer reads them: every project,
 * the sums of what the fund approved and paid to the 分, each project's cohort year, and no demand for columns the
 * fund cannot have. One `describe` per class of input; each failed on the code before its fix.
 */
import { evaluateWorkbook, type WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { findingPlace } from '../../src/model/findingsShown';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { unseenCorpus } from './unseen';
import { evaluateCorpus, expectProjectsAndMoney, expectYears } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus, { fileName: false });
let corpus: ReturnType<typeof files>;
beforeAll(() => {
  corpus = files();
});
const texts = (ev: WorkbookEvaluation, rule: string): string[] => ev.findings.filter((f) => f.rule === rule).map((f) => `${findingPlace(f)} ${findingText(f, 'zh-CN')}`);

describe('a ledger of a fund without patents (科技, 农业, 商务, 文旅, 就业)', () => {
  it('is not asked for 专利号 or 法律状态', () => {
    for (const f of corpus) {
      const s002 = texts(evaluated.get(f.name)!, 'S002').filter((t) => /专利号|法律状态/.test(t));
      expect({ file: f.name, s002 }).toEqual({ file: f.name, s002: [] });
    }
  });
});

describe('the fund’s own column names (补助金额, 资金额度, 下达资金, 项目单位, 县市区, 下达日期, 未完成原因)', () => {
  it('every project, and what the fund approved and paid, to the 分', () => expectProjectsAndMoney(corpus, evaluated));
  it('no column of theirs is left unread (S004), but what no fund field is', () => {
    for (const f of corpus) {
      const s004 = texts(evaluated.get(f.name)!, 'S004').filter((t) => !/：内部审核意见。$/.test(t));
      expect({ file: f.name, s004 }).toEqual({ file: f.name, s004: [] });
    }
  });
  it('a 未完成原因 column is the indicator’s 偏差原因', () => {
    const ev = evaluated.get('就业-自评（外省指标表）.xlsx')!;
    const late = ev.check.indicators?.indicators.find((i) => i.level3 === '补贴资金发放及时率');
    expect(late?.deviation).toBe('个别县市审核流程较长，12月份资金未能按时拨付');
  });
});

describe('the cohort year, however the date is written', () => {
  it('each project’s 立项年度 is the year of its date', () => expectYears(corpus, evaluated));
});

describe('another fund’s workbook with no 配置 naming it', () => {
  it('its 自评表 does not print the patent fund’s names but the fund its title names; S015 says the agencies are left blank', () => {
    const ev = evaluated.get('科技-台账与指标（无配置）.xlsx')!;
    expect(ev.selfEval).toBeDefined();
    const cells = JSON.stringify(ev.selfEval);
    expect(cells).not.toContain('自治区专利实施计划项目');
    expect(cells).not.toContain('自治区知识产权局');
    expect(ev.check.profile.projectName).toBe('自治区重点研发计划专项资金');
    expect(texts(ev, 'S015')).toEqual(['重点研发项目!A3 台账不是专利实施资金的台账（没有专利号、法律状态等列，标题中也没有“专利”），“配置”中也没有填写预算单位和实施单位：自评表和自评报告中的这些栏目留空，不填专利实施资金的默认名称。请在“配置”工作表中逐行填写（如“预算单位 | 主管本资金的单位”）。']);
  });
  it('a 配置 naming the fund is used as written, and nothing is said', () => {
    const ev = evaluated.get('就业-自评（外省指标表）.xlsx')!;
    expect(ev.check.profile.projectName).toBe('就业补助资金');
    expect(ev.check.profile.agency).toBe('自治区人力资源和社会保障厅');
    expect(texts(ev, 'S015')).toEqual([]);
  });
  it('a patent fund’s ledger without 配置 keeps workbook.md’s default names (the sample without its 配置)', () => {
    const g = sampleWorkbookGrid();
    const ev = evaluateWorkbook({ sheets: g.sheets.filter((s) => s.name !== '配置') });
    expect(ev.check.profile.projectName).toBe('自治区专利实施计划项目');
    expect(texts(ev, 'S015')).toEqual([]);
  });
});
