/**
 * The fifth corpus of files nobody on the team had seen (unseen5.ts), read as a finance officer reads them: every
 * project once, the sums approved and paid to the 分, each project's cohort year, and no finding about what is right.
 * One `describe` per class of input; those about a fix failed on the code before it.
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { findingText } from '../../src/model/messages';
import { findingPlace } from '../../src/model/findingsShown';
import { unseenCorpus5, REVISED_INDICATORS, RELATIVE_INDICATORS } from './unseen5';
import { rows } from './unseen';
import { evaluateCorpus, truthChecks, said } from './truthChecks';

const { files, evaluated } = evaluateCorpus(unseenCorpus5);
const projectsOf = (name: string): NonNullable<WorkbookEvaluation['check']['ledger']>['projects'] => evaluated.get(name)!.check.ledger?.projects ?? [];

describe('every ledger of the corpus', () => truthChecks(() => files().filter((f) => f.truth.projects > 0), evaluated));

describe('a hidden old copy of the ledger and the indicators before the revised ones', () => {
  it('reads the visible 项目台账（12月修订） and 绩效指标（修订）, not the hidden 项目台账 and 绩效指标 (both ledgers were read: 21 projects, 9 L004)', () => {
    const ev = evaluated.get('商务-隐藏旧版台账.xlsx')!;
    expect(ev.check.sheets.ledger).toBe('项目台账（12月修订）');
    expect(ev.check.indicators!.indicators.map((i) => [i.level3, i.targetText])).toEqual(REVISED_INDICATORS.map((r) => [r[2], r[3]]));
    expect(ev.findings.filter((f) => f.rule === 'L004').map(said)).toEqual([]);
    // … and says what was passed over (stop 39's Left): the old copies, fewer rows than the revised, as information
    expect(ev.findings.filter((f) => f.rule === 'S017').map((f) => [f.severity, f.sheet, f.params.sheet, f.params.rows, f.params.readRows])).toEqual([
      ['info', '项目台账（12月修订）', '项目台账', 9, 12],
      ['info', '绩效指标（修订）', '绩效指标', 1, REVISED_INDICATORS.length],
    ]);
  });
});

describe('section rows numbered in a column of their own (序号 一、二 over projects numbered 1, 2, 3)', () => {
  it('a group’s row (二、| 喀什地区 | its subtotal) is no project: its 地州市 is the projects’ below it (18 projects, 9 L002, doubled totals and S002 before)', () => {
    const ev = evaluated.get('农业-地州分组行带小计.xlsx')!;
    const truth = rows('ny', 15, ['阿克苏地区', '喀什地区', '和田地区'], [2020, 2019], 39_001);
    expect(Object.fromEntries(projectsOf('农业-地州分组行带小计.xlsx').map((p) => [p.id, p.region]))).toEqual(Object.fromEntries(truth.map((x) => [x.id, x.region])));
    // the subtotals are said as not summed, on the group's row
    expect(ev.findings.filter((f) => f.rule === 'S009').map((f) => [f.row + 1, f.params.label])).toEqual([
      [4, '阿克苏地区'],
      [10, '喀什地区'],
      [16, '和田地区'],
    ]);
  });
  it('一 | 新上项目 and 二 | 结转项目 are titles, not projects missing every field (14 projects, 14 L002 before)', () => {
    const ev = evaluated.get('科技-新上结转分节.xlsx')!;
    expect(ev.findings.filter((f) => f.rule.startsWith('L') || f.rule === 'S009').map(said)).toEqual([]);
  });
});

describe('a ledger laid out across (one project a column)', () => {
  it('is refused naming the column of headers and how to transpose it (was: only 1 header recognised, rename the sheet)', () => {
    const ev = evaluated.get('文旅-项目横排.xlsx')!;
    expect(ev.check.ledger).toBeUndefined();
    const s001 = ev.findings.filter((f) => f.rule === 'S001');
    const p = s001[0]?.params as { range?: string; headers?: string[] } | undefined;
    expect(s001.map((f) => findingPlace(f))).toEqual(['项目情况!A2']);
    expect([p?.range, p?.headers?.length]).toEqual(['A2:A9', 8]);
    expect(findingText(s001[0], 'zh-CN')).toContain('转置');
    // English: no Chinese but the user's own (the sheet's name, its header cells)
    const en = [...(p?.headers ?? []), '项目情况'].reduce((t, x) => t.split(x).join(''), findingText(s001[0], 'en-US'));
    expect(en).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });
});

describe('地州市 and 承担单位 merged down over the projects they share (the value in the top cell only)', () => {
  it('gives every project of the merge its 地州市 and 承担单位', () => {
    const truth = rows('kj', 14, ['乌鲁木齐市', '昌吉回族自治州', '克拉玛依市'], [2020, 2019], 39_002);
    const ps = projectsOf('科技-地州市合并单元格.xlsx');
    expect(Object.fromEntries(ps.map((p) => [p.id, p.region]))).toEqual(Object.fromEntries(truth.map((x) => [x.id, x.region])));
    expect(new Set(ps.map((p) => p.unit))).toEqual(new Set(['新疆大学', '新疆农业大学', '石河子大学']));
  });
});

describe('targets in 「」 or 『』 and against last year', () => {
  it('reads 「≥10个」 『≥95%』 「100%」 as their figures and 较上年提高5个百分点 as a change, with no finding about them', () => {
    const ev = evaluated.get('文旅-指标值带括号与上年比.xlsx')!;
    const read = ev.check.indicators!.indicators;
    expect(read.map((i) => i.level3)).toEqual(RELATIVE_INDICATORS.map((i) => i.name));
    const byName = new Map(read.map((i) => [i.level3, i]));
    expect(['支持乡村旅游重点村', '项目验收合格率', '资金拨付及时率', '游客满意度'].map((n) => [n, byName.get(n)!.target])).toEqual([
      ['支持乡村旅游重点村', 10],
      ['项目验收合格率', 95],
      ['资金拨付及时率', 100],
      ['游客满意度', 90],
    ]);
    expect(byName.get('带动就业人数')!.parsed).toMatchObject({ kind: 'change', direction: 'up', value: 5, unit: '个百分点' });
    const rows4 = new Set([2, 3, 4, 7]);
    expect(ev.findings.filter((f) => f.sheet === '绩效指标' && rows4.has(f.row + 1)).map(said)).toEqual([]);
  });
});
