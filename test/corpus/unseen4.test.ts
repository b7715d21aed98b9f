/**
 * The fourth corpus of files nobody on the team had seen (unseen4.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year and prefecture, and no finding about
 * what is right. One `describe` per class of input; each failed on the code before its fix.
 */
import { unseenCorpus4, paddedName, DIVISION, COUNTY_INDICATORS, MONITOR_LINES } from './unseen4';
import { matchRegion, DEFAULT_REGIONS } from '../../src/model/read/regions';
import { XINJIANG_COUNTIES } from '../../src/model/read/counties';
import { rows } from './unseen';
import { evaluateCorpus, truthChecks, said } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus4);

describe('every ledger of the corpus', () => truthChecks(() => files().filter((f) => f.truth.projects > 0), evaluated));

describe('项目名称 ending in full-width spaces and line breaks (copied from a Word table)', () => {
  it('reads each name as written without its padding', () => {
    const ps = evaluated.get('科技-冻结两行筛选名称带空格.xlsx')!.check.ledger!.projects;
    const truth = rows('kj', 15, ['乌鲁木齐市', '昌吉回族自治州', '哈密市'], [2020, 2019], 38_006);
    expect(truth.map((x, i) => paddedName(x, i)).filter((n, i) => n !== truth[i].name)).toHaveLength(12);
    expect(Object.fromEntries(ps.map((p) => [p.id, p.name]))).toEqual(Object.fromEntries(truth.map((x) => [x.id, x.name.replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'))])));
  });
});

describe('a budget-system export: 行政区划代码 instead of the prefecture’s name, 下达资金 over 合计/中央/自治区/地州市', () => {
  it('reads each code as its 地州市 (a county’s code under its prefecture), with no finding about the column', () => {
    const ev = evaluated.get('农业-一体化系统导出.xlsx')!;
    const ps = ev.check.ledger!.projects;
    const truth = rows('ny', 16, ['乌鲁木齐市', '昌吉回族自治州', '阿克苏地区', '喀什地区'], [2020, 2019], 38_001, true);
    const allowed = new Set(DEFAULT_REGIONS);
    const official = (w: string | undefined): string | undefined => {
      const m = matchRegion(w ?? '', allowed, XINJIANG_COUNTIES);
      return m.kind === 'unknown' ? undefined : m.official;
    };
    expect(Object.fromEntries(ps.map((p) => [p.id, official(p.region)]))).toEqual(Object.fromEntries(truth.map((x) => [x.id, x.region])));
    expect(ps.map((p) => p.region).filter((r) => /^65\d{4}$/.test(r ?? '') && !Object.values(DIVISION).includes(r!))).not.toEqual([]);
    expect(ev.findings.filter((f) => f.rule === 'L006' || f.rule === 'S002').map(said)).toEqual([]);
  });
  it('a code outside Xinjiang’s 地州市 (北京 110101, 兵团 659001) or of another length is none', () => {
    const allowed = new Set(DEFAULT_REGIONS);
    expect(['110101', '659001', '6529', '65290', '652900000000', '652901001000', '6529011'].map((c) => matchRegion(c, allowed, XINJIANG_COUNTIES).kind)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'short', 'county', 'unknown']); // 652900000000 is 阿克苏地区 itself (messages39)
  });
});

describe('a county’s indicator table: 指标值 + 计量单位 in two columns, 一级/二级 merged down, 备注 explaining the misses', () => {
  it('reads each target with its unit and scores it as the county did', () => {
    const ev = evaluated.get('农业-县级指标值与单位分列.xlsx')!;
    const read = ev.check.indicators!.indicators;
    expect(read.map((i) => [i.level1, i.level2, i.level3, i.unit, i.score])).toEqual(COUNTY_INDICATORS.map((i) => [i.level1, i.level2, i.name, i.unit, i.score]));
    expect(ev.findings.filter((f) => f.severity !== 'info').map(said)).toEqual([]);
  });
  it('the 备注 of a table with no 偏差原因 column is why the indicator missed: the 自评表 and report have it (they asked for it before)', () => {
    const ev = evaluated.get('农业-县级指标值与单位分列.xlsx')!;
    expect(ev.check.indicators!.indicators.map((i) => i.deviation ?? null)).toEqual(COUNTY_INDICATORS.map((i) => i.note));
    const form = JSON.stringify(ev.selfEval);
    for (const i of COUNTY_INDICATORS.filter((x) => !x.met)) expect(form).toContain(i.note!);
  });
});

describe('a sentence merged across under a table (a form’s note: 本表请于…报送…)', () => {
  it('is no indicator of the 绩效监控表 filled by hand: its five indicators read, the note none (T007, L003 before)', () => {
    const ev = evaluated.get('文旅-绩效监控表手填.xlsx')!;
    expect(ev.check.indicators!.indicators.map((i) => i.level3)).toEqual(MONITOR_LINES.map((l) => l.name));
    expect(ev.findings.filter((f) => f.rule !== 'S001').map(said)).toEqual([]);
  });
  it('is no project of a ledger', () => {
    const ev = evaluated.get('科技-冻结两行筛选名称带空格.xlsx')!;
    expect(ev.findings.filter((f) => f.rule.startsWith('L')).map(said)).toEqual([]);
  });
});
