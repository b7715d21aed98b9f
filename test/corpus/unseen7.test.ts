/**
 * The seventh corpus of files nobody on the team had seen (unseen7.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, no finding about what is right, and
 * the forms beyond the ledger (targets written every way, a 自评表 scored by hand, a 监控表 sent back, a 绩效目标申报表).
 * One `describe` per class of input; those about a fix failed on the code before it.
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { unseenCorpus7, WRITTEN_INDICATORS, HAND_SCORED, RETURNED_LINES, YILI_WAYS, FORM_LINES, FORM_TYPED_TOTAL, idShape } from './unseen7';
import { rows } from './unseen';
import { evaluateCorpus, truthChecks, said } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus7);
const ev = (name: string): WorkbookEvaluation => evaluated.get(name)!;
const projectsOf = (name: string): NonNullable<WorkbookEvaluation['check']['ledger']>['projects'] => ev(name).check.ledger?.projects ?? [];
const indicatorsOf = (name: string): NonNullable<WorkbookEvaluation['check']['indicators']>['indicators'] => ev(name).check.indicators?.indicators ?? [];
/** What is said of a file but S015 (another fund's workbook without 配置 naming its agencies: most files here). */
const saidOf = (name: string, keep: (x: WorkbookEvaluation['findings'][number]) => boolean = () => true): string[] => ev(name).findings.filter((x) => x.rule !== 'S015' && keep(x)).map(said);
const IDS = '科技-项目编号多种写法.xlsx';

describe('every ledger of the corpus', () =>
  truthChecks(() => files().filter((f) => f.truth.projects > 0), evaluated, {
    // a blank 项目编号 is a required field left empty: L002 at each, as the officer would ask for it
    allowedErrors: (f, x) => f.name === IDS && x.rule === 'L002' && x.variant === undefined,
    allowedErrorsSaid: 'but L002 at each blank 项目编号',
  }));

describe('指标值 written every way (≥１２个, 不少于, 完成20期, ＝100％, 达到95%以上, 30天以内, 约), 一级/二级 merged down', () => {
  const name = '农业-指标值各种写法.xlsx';
  it('reads each indicator’s levels, sense, target and result as written', () => {
    expect(indicatorsOf(name).map((i) => [i.level1, i.level2, i.level3, i.op, i.target, i.actual])).toEqual(WRITTEN_INDICATORS.map((i) => [i.level1, i.level2, i.name, i.sense, i.target, i.actual]));
  });
  it('scores each by its sense: full where met, p × a / t where not', () => {
    const scores = ev(name).selfEval!.scores.map((s) => [s.indicator.level3, s.score]);
    expect(scores).toEqual(WRITTEN_INDICATORS.map((i) => [i.name, i.met ? i.weight : (i.weight * i.actual) / i.target]));
  });
  it('says only that 约3000万元 is read as ≥ (T010)', () => {
    expect(saidOf(name).map((t) => t.split(' ')[0])).toEqual(['T010']);
  });
});

describe('a 自评表 filled by hand, its 得分 typed', () => {
  const name = '商务-自评表手填得分.xlsx';
  it('keeps every typed 得分 (an explicit 得分 overrides)', () => {
    expect(ev(name).selfEval!.scores.map((s) => [s.indicator.level3, s.score, s.basis])).toEqual(HAND_SCORED.map((i) => [i.name, i.typed, 'explicit']));
  });
  it('says where a typed 得分 is above the share its result gives (20 for 2场 of ≥4场: 10), at the 得分 cell; nothing before', () => {
    expect(saidOf(name, (x) => x.rule === 'W012')).toEqual(['W012 绩效指标!G3 指标“举办境外展会”实际完成值 2场，年度指标值 ≥4场，按完成比例得 10 分（分值 20），所填得分 20 高于此，请核实。']);
    expect(saidOf(name).map((t) => t.split(' ')[0])).toEqual(['W006', 'W012']);
  });
});

describe('the 监控表 as a prefecture sends it back (1—7月执行情况, ✓ under 经费保障 | 制度保障 …, header over two rows)', () => {
  const name = '就业-地州报回监控表.xlsx';
  it('reads each line’s progress, forecast, the ticked cause, its likelihood and remedy', () => {
    const num = (s: string): number | undefined => (s ? Number(/\d+/.exec(s)![0]) : undefined);
    expect(indicatorsOf(name).map((i) => [i.level3, i.monitored, i.forecast, i.causes ?? [], i.likelihood, i.correction])).toEqual(
      RETURNED_LINES.map((l) => [l.name, num(l.july), num(l.forecast), l.cause ? [l.cause] : [], l.likely, l.remedy || undefined]));
  });
  it('the red lines have their cause and the impossible one its remedy: no M002/M003 (满意度, not yet surveyed, is 确定能: green)', () => {
    expect(ev(name).monitor!.indicators.map((i) => i.light)).toEqual(['green', 'red', 'green', 'red', 'green']);
    expect(saidOf(name, (x) => x.rule.startsWith('M00') && x.rule !== 'M001')).toEqual([]);
  });
});

describe('项目编号 written 2020-001, XJ2020001, or blank', () => {
  it('each written code is its project’s, and only the blank ones are asked for (L002 at each)', () => {
    const rs = rows('kj', 12, ['乌鲁木齐市', '哈密市'], [2020, 2019], 41_004);
    expect(projectsOf(IDS).map((p) => p.id ?? null)).toEqual(rs.map(idShape));
    expect(saidOf(IDS)).toEqual(rs.flatMap((x, i) => (idShape(x, i) === null ? [`L002 项目台账!A${3 + i} 必填项“项目编号”为空。`] : [])));
  });
});

describe('地州市 written 伊犁州直 / 伊犁哈萨克自治州 / 伊犁 / 伊犁州', () => {
  it('each short one is said as read for 伊犁哈萨克自治州 (L006 info), nothing else (jx merge sums them in one 汇总 row)', () => {
    const name = '文旅-伊犁多种写法.xlsx';
    expect(saidOf(name).every((t) => t.startsWith('L006 ') && t.includes('按“伊犁哈萨克自治州”读取'))).toBe(true);
    expect(new Set(saidOf(name).map((t) => /“(.+?)”/.exec(t.split('地州市')[1])![1]))).toEqual(new Set(YILI_WAYS.filter((w) => w !== '伊犁哈萨克自治州')));
  });
});

describe('万元 and 元 in one table; a CSV with quoted newlines; an .xls whose 财政支持资金 is hidden', () => {
  it.each(['商务-万元与元同表.xlsx', '就业-2020年名称含换行.csv', '农业-金额列隐藏.xls'])('%s: nothing is said', (name) => {
    expect(saidOf(name)).toEqual([]);
  });
});

describe('a workbook of Sheet1 (the ledger) and Sheet2 (the indicators)', () => {
  it('reads Sheet2’s indicators and scores them; says only that there is no 配置 for the budget (W009)', () => {
    const name = '科技-Sheet1台账Sheet2指标.xlsx';
    expect(indicatorsOf(name).map((i) => i.level3)).toEqual(['支持研发项目', '新增专利申请', '项目单位满意度']);
    expect(ev(name).selfEval!.scores.map((s) => s.score)).toEqual([50, 30, 10]);
    expect(saidOf(name).map((t) => t.split(' ')[0])).toEqual(['W009']);
  });
});

describe('a 绩效目标申报表 form (项目名称 row, 年度绩效目标 merged, 一级 merged down), no ledger', () => {
  it('is the request stage: its five targets read, nothing said', () => {
    const name = '文旅-绩效目标申报表.xlsx';
    expect(ev(name).check.stage).toBe('request');
    expect(indicatorsOf(name).map((i) => [i.level1, i.level2, i.level3, i.target])).toEqual([
      ['产出指标', '数量指标', '支持乡村旅游重点村', 15], ['产出指标', '数量指标', '新建非遗工坊', 10], ['产出指标', '质量指标', '项目验收合格率', 100],
      ['效益指标', '社会效益指标', '带动就业人数', 500], ['满意度指标', '服务对象满意度指标', '游客满意度', 90],
    ]);
    expect(saidOf(name)).toEqual([]);
  });
});

describe('the 2020 自评表 filled by hand as the indicator table, its 总分 left at 100 after one score was lowered', () => {
  const name = '商务-手填自评表总分未改.xlsx';
  it('reads the form’s indicators and keeps each typed 得分', () => {
    expect(ev(name).selfEval!.scores.map((s) => [s.indicator.level3, s.score])).toEqual(FORM_LINES.map((l) => [l[2], l[6]]));
  });
  it('says the typed 总分 is not the scores added up (10 + 80 = 90), at its cell; nothing before', () => {
    const total = 10 + FORM_LINES.reduce((s, l) => s + l[6], 0);
    expect(ev(name).selfEval!.total).toBe(total);
    expect(saidOf(name, (x) => x.severity !== 'info')).toEqual([`W003 2020年度绩效自评表!H14 所填总分 ${FORM_TYPED_TOTAL} 分，与预算执行得分和各指标得分之和 ${total} 分不符，请核实。`]);
  });
});
