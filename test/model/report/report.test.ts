import { evaluateWorkbook } from '../../../src/model/evaluate';
import { buildReport, reportText, SECTIONS, type Report } from '../../../src/model/report';
import { paragraphA } from '../../../src/model/report/paragraphs';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import type { SampleIndicatorRow } from '../../../src/model/sample';
import { badReadGrid } from '../../support/shapes';
import type { Grid } from '../../../src/model/grid';
import {
  DATE,
  indicatorSheet,
  report,
  sampleIndicators,
  sampleWith,
  sectionLines,
  sourceReportLines,
  sourceSection,
} from './support';

/**
 * The source omits the unit twice in 二（二） (`财政支持资金1335，本年拨付160万元`, and 1431 the same);
 * the draft writes `1335万元` as every other amount of the paragraph (and as selfeval.md does).
 * These are the only characters in which 二（一） and 二（二） differ from the source.
 */
function corrected(lines: string[]): string[] {
  let fixes = 0;
  const out = lines.map((l) =>
    l.replace(/财政支持资金(1335|1431)，/, (_m, n: string) => {
      fixes++;
      return `财政支持资金${n}万元，`;
    })
  );
  expect(fixes).toBe(2);
  return out;
}

describe('the sample report against the source document', () => {
  const r2018 = report(sampleWorkbookGrid(), '2018');
  const r2020 = report(sampleWorkbookGrid(), '2020');

  it.each([
    ['2018', r2018],
    ['2020', r2020],
  ] as const)('%s: 二（一） is the source’s 二（一） character for character, line for line', (_l, r) => {
    expect(sectionLines(r, '二（一）')).toEqual(
      sourceSection('（一）项目资金安排落实、总投入等情况分析', '（二）项目资金实际使用情况分析')
    );
  });

  it.each([
    ['2018', r2018],
    ['2020', r2020],
  ] as const)('%s: 二（二） is the source’s 二（二） (with the unit the source left out twice)', (_l, r) => {
    expect(sectionLines(r, '二（二）')).toEqual(
      corrected(sourceSection('（二）项目资金实际使用情况分析', '（三）项目资金管理情况分析'))
    );
  });

  it('A and B as data paragraphs are the figures of the source', () => {
    expect(r2018.data.A.join('')).toBe(
      sourceSection('（一）项目资金安排落实、总投入等情况分析', '（二）项目资金实际使用情况分析').slice(2).join('')
    );
    expect(r2018.data.B.slice(0, -1).join('')).toBe(
      '本年共计拨付专利实施项目经费1200万元，其中：2018年新上项目49项，财政支持资金1335万元，本年拨付160万元；2017年结转项目50项，财政支持资金1431万元，本年拨付680万元；' +
        '2016年结转项目18项，财政支持资金586万元，本年拨付90万元；2015年结转项目30项，财政支持资金854万元，本年拨付160万元；2014年结转项目22项，财政支持资金755万元，本年拨付110万元。'
    );
  });

  it('E reads the cut from 2000 to 1200', () => {
    expect(r2018.data.E).toEqual(['本年预算1200万元，较上年2000万元减少800万元，降幅40%。']);
  });

  it('D says every target was met, and C says so indicator by indicator in the layout’s words', () => {
    expect(r2018.data.D).toEqual(['本年度绩效目标均已完成。']);
    expect(r2018.data.C).toHaveLength(3);
    // the 2018 form writes counts bare (`49家`, as the source's appendix): the report gives the appendix's value, after 为
    expect(r2018.data.C[0]).toMatch(/^项目完成指标：数量指标“支持专利实施项目”年度指标值为49家，实际完成49家，已完成。/);
    expect(r2020.data.C[0]).toMatch(/^产出指标：/);
    expect(r2020.data.C[1]).toContain(
      '经济效益指标“带动社会投入资金”年度指标值不低于37000万元，实际完成37590.1万元，已完成。'
    );
    expect(r2020.data.C[2]).toBe('满意度指标：“项目实施企业满意度”年度指标值不低于90%，实际完成92%，已完成。');
    expect(r2020.data.C.join('')).toContain(
      '时效指标“项目执行时间”年度指标值为“项目执行期在有效时间内”，实际达成年度指标。'
    );
  });

  it('reads like the source from 一 to 七: the same lines in the same order, plus only the data paragraphs C, D and E', () => {
    const r = r2018;
    const lines = reportText(r).split('\n');
    // the report's own head (title, agency, date) and the appendix table are not in the source's prose
    const start = lines.indexOf('一、项目概况');
    const end = lines.indexOf('《自治区财政项目支出绩效自评表》');
    const added = new Set([...r.data.C, ...r.data.D, ...r.data.E]);
    const prose = lines.slice(start, end + 1).filter((l) => !added.has(l));
    expect(prose).toEqual(corrected(sourceReportLines()));
    expect(r.placeholders).toEqual([]);
  });

  it('title, agency and date head the report; the appendix is the table of the chosen layout', () => {
    const lines = reportText(r2018).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '自治区专利实施计划项目',
      '2018年度绩效自评报告',
      '自治区知识产权局',
      '2019年3月1日',
    ]);
    expect(r2018.title).toBe('自治区专利实施计划项目2018年度绩效自评报告');
    expect(r2018.parts).toHaveLength(2);
    expect(r2018.parts[1].page.orientation).toBe('portrait');
    expect(r2020.parts[1].page.orientation).toBe('landscape');
    expect(reportText(r2018)).toContain('自治区财政项目支出绩效自评表\n（2018年度）\n项目名称\t自治区专利实施计划项目');
    expect(reportText(r2020)).toContain('《项目支出绩效自评表》');
  });

  it('七、附表 and the table\'s name head the table\'s first page, not the foot of the text\'s last (they stood alone there)', () => {
    for (const [r, name] of [[r2018, '《自治区财政项目支出绩效自评表》'], [r2020, '《项目支出绩效自评表》']] as const) {
      const text = r.parts[0].blocks;
      const last = text[text.length - 1];
      expect(last.kind === 'paragraph' && last.section).toBe('六');
      const lead = r.parts[1].blocks.slice(0, 3).map((b) => (b.kind === 'paragraph' ? [b.role, b.runs.map((x) => x.text).join('')] : [b.kind]));
      expect(lead).toEqual([['heading1', '七、附表'], ['body', name], ['tableTitle', name.slice(1, -1)]]);
    }
  });
});

/** The sample with its indicators changed (and so its scores), as a report. */
function withIndicators(rows: SampleIndicatorRow[], draft = false): Report {
  return report(sampleWith({ sheets: { 绩效指标: indicatorSheet(rows) } }), '2020', draft);
}

describe('C and D follow the indicators', () => {
  const rows = sampleIndicators();
  // 支持专利实施项目 ≥ 60 (49 done): partly met, explained; 培训 ≥ 2000 (1100 done): partly met, NOT explained;
  // 推动各项社会效益 graded 未达成 with a score inside its band: not met, explained.
  rows[0] = [
    '产出指标',
    '数量指标',
    '支持专利实施项目',
    '≥',
    60,
    '家',
    null,
    '新上项目数',
    20,
    null,
    '部分地州市推荐项目不足，实际立项49家。\n下年度将提前发布申报指南。',
  ];
  rows[1] = ['产出指标', '数量指标', '培训从事知识产权工作人员', '≥', 2000, '人次', null, '培训人次', 15, null, null];
  rows[5] = [
    '效益指标',
    '社会效益指标',
    '推动各项社会效益',
    '定性',
    '项目实施推动科技进步',
    null,
    '未达成',
    null,
    10,
    3,
    '受疫情影响，部分项目延期。',
  ];
  const r = withIndicators(rows);

  it('C gives each indicator its completion: 完成{pct}% for a partial ≥ score, 未完成 for a grade below 达成', () => {
    const c = r.data.C.join('');
    expect(c).toContain('数量指标“支持专利实施项目”年度指标值不少于60家，实际完成49家，完成年度指标的81.67%。');
    expect(c).toContain('数量指标“培训从事知识产权工作人员”年度指标值不少于2000人次，实际完成1100人次，完成年度指标的55%。');
    expect(c).toContain('社会效益指标“推动各项社会效益”年度指标值为“项目实施推动科技进步”，实际未达成年度指标。');
    expect(c).toContain('质量指标“所选项目承担单位符合条件”年度指标值为100%，实际完成100%，已完成。');
  });

  it('A says nothing of 结转 for a fund with no project carried over (it said 结转项目共计0项，财政支持资金0万元，本年拨付0万元)', () => {
    const ev = evaluateWorkbook(sampleWorkbookGrid(), { generatedAt: '2019-03-01' });
    const m = { ...ev.metrics!, carriedCount: 0, carriedApproved: 0, carriedDisbursed: 0 };
    const a = paragraphA(m, ev.check.profile).map((p) => p.map((x) => x.text).join(''));
    expect(a[1]).not.toContain('结转');
    expect(a[1]).toMatch(/^其中新上项目49项，项目总投资[\d.]+万元，财政支持资金[\d.]+万元，本年拨付[\d.]+万元，带动社会投入[\d.]+万元。累计带动社会投入[\d.]+万元。$/);
  });

  it('C says a cap exceeded is 超出上限, not the scoring\'s share (it said 完成年度指标的75%)', () => {
    const capped = sampleIndicators();
    capped[4] = ['效益指标', '经济效益指标', '单个项目平均成本', '≤', 30, '万元', 40, null, 20, null, '部分项目设备涨价。'];
    const c = withIndicators(capped).data.C.join('');
    expect(c).toContain('经济效益指标“单个项目平均成本”年度指标值不超过30万元，实际完成40万元，超出上限。');
  });

  it('C says a grade-word actual once, in the grade\'s words (it read 实际完成“达成”，已完成 and 实际完成“部分达成”，未完成); an actual in other words is quoted with its verdict', () => {
    const words = sampleIndicators();
    words[5] = ['效益指标', '社会效益指标', '推动各项社会效益', '定性', '项目实施推动科技进步', null, '基本完成', null, 10, 7, '个别项目延期。'];
    words[3] = ['产出指标', '时效指标', '项目执行时间', '定性', '及时', null, '按期完成', null, 5, null, null];
    const c = withIndicators(words).data.C.join('');
    expect(c).toContain('社会效益指标“推动各项社会效益”年度指标值为“项目实施推动科技进步”，实际部分达成年度指标。');
    expect(c).toContain('时效指标“项目执行时间”年度指标值为“及时”，实际完成“按期完成”，已完成。');
    expect(c).not.toMatch(/实际完成“(?:已?达成|部分达成|未达成|基本完成)”/);
  });

  it('C says a grade word against a number in the grade\'s words, and D follows it (it read 实际完成“部分达成”，未完成 and 实际完成“完成”)', () => {
    const words = sampleIndicators();
    words[2] = ['产出指标', '质量指标', '所选项目承担单位符合条件', '≥', 95, '%', '完成', null, 10, null, null];
    const done = withIndicators(words, true);
    expect(done.data.C.join('')).toContain('质量指标“所选项目承担单位符合条件”年度指标值不低于95%，实际达成年度指标。');
    // a 达成 the form could not score (W005) is no ground for 均已完成
    expect(done.data.D).toEqual(['【请填写：项目绩效目标未完成原因分析】']);
    // against 100% 完成 is all of it (phrasings37): the table's 100%, completed
    words[2] = ['产出指标', '质量指标', '所选项目承担单位符合条件', '≥', 100, '%', '完成', null, 10, null, null];
    expect(withIndicators(words, true).data.C.join('')).toContain('质量指标“所选项目承担单位符合条件”年度指标值不低于100%，实际完成100%，已完成。');
    words[2] = ['产出指标', '质量指标', '所选项目承担单位符合条件', '=', 100, '%', '部分达成', null, 10, 5, '两家承担单位资质到期。'];
    const partly = withIndicators(words, true);
    expect(partly.data.C.join('')).toContain('质量指标“所选项目承担单位符合条件”年度指标值为100%，实际部分达成年度指标。');
    expect(partly.data.C.join('')).not.toMatch(/实际完成“(?:已?达成|部分达成|未达成|未?完成)”/);
    expect(partly.data.D).toEqual(['“所选项目承担单位符合条件”未完全完成：两家承担单位资质到期。']);
    words[2] = ['产出指标', '质量指标', '所选项目承担单位符合条件', '=', 100, '%', '未完成', null, 10, null, '评审未组织。'];
    const not = withIndicators(words, true);
    expect(not.data.C.join('')).toContain('质量指标“所选项目承担单位符合条件”年度指标值为100%，实际未达成年度指标。');
    expect(not.data.D).toEqual(['“所选项目承担单位符合条件”未完成：评审未组织。']);
  });

  it('D lists every indicator not completed with its explanation, and the highlighted placeholder where there is none', () => {
    expect(r.data.D).toEqual([
      '“支持专利实施项目”未完全完成：部分地州市推荐项目不足，实际立项49家。',
      '下年度将提前发布申报指南。',
      '“培训从事知识产权工作人员”未完全完成：【请填写偏差原因】',
      // graded 未达成: nothing of it done, not 未完全完成
      '“推动各项社会效益”未完成：受疫情影响，部分项目延期。',
    ]);
    const unexplained = r.parts[0].blocks.find(
      (b) => b.kind === 'paragraph' && b.data === 'D' && b.runs.some((x) => x.text === '【请填写偏差原因】')
    );
    expect(
      unexplained && unexplained.kind === 'paragraph' && unexplained.runs.map((x) => [x.text, !!x.placeholder])
    ).toEqual([
      ['“培训从事知识产权工作人员”未完全完成：', false],
      ['【请填写偏差原因】', true],
    ]);
    expect(r.placeholders).toContain('四（二）');
  });

  it('D says 未完成 of an indicator that scored 0 and 未完全完成 of one partly done (it said 未完全完成 of both)', () => {
    const rows = sampleIndicators();
    rows[0] = ['产出指标', '数量指标', '支持专利实施项目', '≥', 49, '家', 40, null, 20, null, '两个地州市推荐项目不足。'];
    rows[1] = ['产出指标', '数量指标', '培训从事知识产权工作人员', '≥', 500, '人次', 0, null, 15, null, '培训因场地原因未举办。'];
    const rep = withIndicators(rows);
    expect(rep.data.C[0]).toContain('“培训从事知识产权工作人员”年度指标值不少于500人次，实际完成0人次，未完成。');
    expect(rep.data.D).toEqual([
      '“支持专利实施项目”未完全完成：两个地州市推荐项目不足。',
      '“培训从事知识产权工作人员”未完成：培训因场地原因未举办。',
    ]);
  });

  it('C says a partial completion as a share of the target, and D ends an explanation as a sentence (就业: 实际完成96%，完成96%; …未能按时拨付 without 。)', () => {
    const rows = sampleIndicators();
    rows[2] = ['产出指标', '时效指标', '补贴资金发放及时率', '≥', 100, '%', 96, null, 10, null, '个别县市审核流程较长，12月份资金未能按时拨付'];
    const rep = withIndicators(rows);
    expect(rep.data.C[0]).toContain('“补贴资金发放及时率”年度指标值不低于100%，实际完成96%，完成年度指标的96%。');
    expect(rep.data.D).toEqual(['“补贴资金发放及时率”未完全完成：个别县市审核流程较长，12月份资金未能按时拨付。']);
  });

  it('D ends an explanation left open by a comma or colon with 。 in its place (…未通过验收，。 was printed)', () => {
    const rows = sampleIndicators();
    rows[2] = ['产出指标', '时效指标', '补贴资金发放及时率', '≥', 100, '%', 96, null, 10, null, '部分项目未通过验收，'];
    expect(withIndicators(rows).data.D).toEqual(['“补贴资金发放及时率”未完全完成：部分项目未通过验收。']);
    rows[2][10] = '原因如下：';
    expect(withIndicators(rows).data.D).toEqual(['“补贴资金发放及时率”未完全完成：原因如下。']);
    rows[2][10] = '审核流程较长、';
    expect(withIndicators(rows).data.D).toEqual(['“补贴资金发放及时率”未完全完成：审核流程较长。']);
  });

  it('D never says 均已完成 of an indicator that cannot be judged: no 实际完成值 (C asks for it) leaves the section to be written', () => {
    const rows = sampleIndicators();
    const sat = rows.findIndex((r) => r[2] === '项目实施企业满意度');
    rows[sat] = [...rows[sat]];
    rows[sat][6] = null; // 实际完成值 not yet in (no 数据来源 either)
    const rep = report(sampleWith({ sheets: { 绩效指标: indicatorSheet(rows) } }), '2020');
    expect(rep.data.C[2]).toBe('满意度指标：“项目实施企业满意度”年度指标值不低于90%，实际完成【请填写实际完成值】。');
    expect(rep.data.D).toEqual(['【请填写：项目绩效目标未完成原因分析】']);
    expect(rep.placeholders).toContain('四（二）');
    // one not completed beside it: that one is listed, and nothing is said of all
    rows[0] = ['产出指标', '数量指标', '支持专利实施项目', '≥', 49, '家', 40, null, 20, null, '两个地州市推荐项目不足。'];
    const two = report(sampleWith({ sheets: { 绩效指标: indicatorSheet(rows) } }), '2020');
    expect(two.data.D).toEqual(['“支持专利实施项目”未完全完成：两个地州市推荐项目不足。']);
    // the officer's own 四（二） text in 报告素材 stands in place of the placeholder
    const g = sampleWith({ sheets: { 绩效指标: indicatorSheet(rows.map((r, i) => (i === 0 ? sampleIndicators()[0] : r))) } });
    const material = g.sheets.find((s) => s.name === '报告素材')!;
    const values = material.values.map((r) => (r[0] === '四（二）' ? [r[0], r[1], '满意度调查将于次年一季度完成。'] : r));
    const own = report({ sheets: g.sheets.map((s) => (s === material ? { ...s, values } : s)) }, '2020');
    expect(own.data.D).toEqual([]);
    expect(sectionLines(own, '四（二）')).toContain('满意度调查将于次年一季度完成。');
    expect(own.placeholders).not.toContain('四（二）');
  });

  it('over-achievement is completion, also when 偏离扣分 takes points off', () => {
    const over = sampleIndicators();
    over[0] = ['产出指标', '数量指标', '支持专利实施项目', '≥', 20, '家', null, '新上项目数', 20, null, '申报踊跃。'];
    const g = sampleWith({ sheets: { 绩效指标: indicatorSheet(over) } });
    const profile = g.sheets[0];
    const withPenalty = { ...profile, values: [...profile.values, ['偏离扣分', 2]] };
    const rep = report({ sheets: [withPenalty, ...g.sheets.slice(1)] }, '2020');
    expect(rep.data.C[0]).toContain('“支持专利实施项目”年度指标值不少于20家，实际完成49家，已完成。');
    expect(rep.data.D).toEqual(['本年度绩效目标均已完成。']);
  });

  it('gives every target and actual as the appended table does, in either layout, a sign in words (a change: 提高5个百分点, not ≥5个百分点)', () => {
    const rows = sampleIndicators();
    rows.push(['效益指标', '经济效益指标', '专利产品销售收入增长', '', '较上年提高5个百分点', null, '提高6个百分点', null, 0, null, null]);
    const grid = sampleWith({ sheets: { 绩效指标: indicatorSheet(rows) } });
    for (const layout of ['2020', '2018'] as const) {
      const ev = evaluateWorkbook(grid, { forSelfEval: true, layout });
      const built = buildReport(ev, { date: DATE });
      if (!built.ok) throw new Error('no report');
      const c = built.report.data.C.join('');
      const table = ev.selfEval!.indicators;
      expect(table.length).toBeGreaterThan(5);
      for (const i of table) {
        const q = (s: string): string => (c.includes(`“${i.name}”年度指标值为“`) ? `“${s}”` : s);
        // the table's number and unit, its sign (if any) in words: no ≥ ≤ = in running text
        const target = new RegExp(`“${i.name}”年度指标值(.*?)，实际`).exec(c)?.[1] ?? '';
        expect(target.endsWith(q(i.target.replace(/^[≥≤=]/, '')))).toBe(true);
        expect(target).not.toMatch(/[≥≤=<>]/);
        // an actual that is a grade word (达成) is said as its grade: 实际达成年度指标
        const actual = /^(?:已?达成|已?完成)$/.test(i.actual) ? '达成年度指标。' : `完成${q(i.actual)}`;
        expect(c).toContain(`“${i.name}”年度指标值${target}，实际${actual}`);
      }
      const growth = table.find((i) => i.name === '专利产品销售收入增长')!;
      expect(growth.target).toBe(layout === '2020' ? '提高5个百分点' : '较上年提高5个百分点');
      expect(c).toContain(`“专利产品销售收入增长”年度指标值${growth.target}，实际完成提高6个百分点，已完成。`);
      expect(c).not.toContain('≥5个百分点');
    }
  });

  it('says each target as running text does, every comparison of the sample\'s indicators and more (=, ≥, ≤, >, <, a range, qualitative), in either layout', () => {
    const rows = sampleIndicators();
    rows.push(['产出指标', '时效指标', '项目评审周期', '≤', 30, '天', 25, null, 0, null, null]);
    rows.push(['产出指标', '质量指标', '项目验收合格率', '', '>90', '%', 95, null, 0, null, null]);
    rows.push(['产出指标', '数量指标', '新增试点企业', '', '>5', '家', 6, null, 0, null, null]);
    rows.push(['产出指标', '成本指标', '单个项目评审成本', '', '<2', '万元', 1.5, null, 0, null, null]);
    rows.push(['效益指标', '社会效益指标', '专利转化率', '', '90%-95%', null, '93%', null, 0, null, null]);
    const grid = sampleWith({ sheets: { 绩效指标: indicatorSheet(rows) } });
    const targetsOf = (layout: '2018' | '2020'): Record<string, string> => {
      const built = buildReport(evaluateWorkbook(grid, { forSelfEval: true, layout }), { date: DATE });
      if (!built.ok) throw new Error('no report');
      const c = built.report.data.C.join('');
      return Object.fromEntries([...c.matchAll(/“([^”]+)”年度指标值(.*?)，实际(?:完成|达成年度指标)/g)].map((m) => [m[1], m[2]]));
    };
    expect(targetsOf('2020')).toEqual({
      支持专利实施项目: '不少于49家',
      培训从事知识产权工作人员: '不少于500人次',
      所选项目承担单位符合条件: '为100%',
      项目执行时间: '为“项目执行期在有效时间内”',
      项目评审周期: '不超过30天',
      项目验收合格率: '不低于90%',
      新增试点企业: '不少于5家',
      单个项目评审成本: '不超过2万元',
      带动社会投入资金: '不低于37000万元',
      推动各项社会效益: '为“项目实施推动科技进步、促进就业安置、提高科学管理水平、保障安全生产”',
      专利转化率: '在90%至95%之间',
      项目实施企业满意度: '不低于90%',
    });
    // the 2018 form writes counts and amounts that are floors bare, ceilings and rates with their sign, and a sign
    // the sheet wrote as written
    expect(targetsOf('2018')).toMatchObject({
      支持专利实施项目: '为49家',
      所选项目承担单位符合条件: '为100%',
      项目评审周期: '不超过30天',
      项目验收合格率: '高于90%',
      新增试点企业: '多于5家',
      单个项目评审成本: '低于2万元',
      专利转化率: '在90%至95%之间',
      项目实施企业满意度: '不低于90%',
    });
  });

  it('a ≤ indicator below its cap is completed; above it, 超出上限 (it said 完成 the rule’s share)', () => {
    const cost = sampleIndicators();
    cost.push(['产出指标', '成本指标', '单个项目评审成本', '≤', 2, '万元', 1.5, null, 0, null, null]);
    cost.push(['产出指标', '成本指标', '单个项目验收成本', '≤', 2, '万元', 2.5, null, 0, null, '专家人数增加。']);
    const c = withIndicators(cost).data.C.join('');
    expect(c).toContain('成本指标“单个项目评审成本”年度指标值不超过2万元，实际完成1.5万元，已完成。');
    expect(c).toContain('成本指标“单个项目验收成本”年度指标值不超过2万元，实际完成2.5万元，超出上限。');
  });

  it('an indicator without an actual gets the placeholder in place of its value, and no verdict', () => {
    const rows2 = sampleIndicators();
    rows2[2] = ['产出指标', '质量指标', '所选项目承担单位符合条件', '=', 100, '%', null, null, 10, null, null];
    const rep = withIndicators(rows2, true); // W005 is an error: only a draft
    const c = rep.parts[0].blocks.find(
      (b) => b.kind === 'paragraph' && b.data === 'C' && b.runs.some((x) => x.placeholder)
    );
    expect(c && c.kind === 'paragraph' && c.runs.filter((x) => x.placeholder).map((x) => x.text)).toEqual([
      '【请填写实际完成值】',
    ]);
    expect(rep.data.C.join('')).toContain(
      '质量指标“所选项目承担单位符合条件”年度指标值为100%，实际完成【请填写实际完成值】。'
    );
  });
});

describe('the budget sentence E', () => {
  const withProfile = (extra: Array<[string, string | number]>): Report => {
    const g = sampleWorkbookGrid();
    const profile = g.sheets[0];
    const values = profile.values.filter((row) => row[0] !== '上年预算数');
    return report({ sheets: [{ ...profile, values: [...values, ...extra] }, ...g.sheets.slice(1)] });
  };
  it('an increase, a cut with decimals, no change, and none without 上年预算数', () => {
    expect(withProfile([['上年预算数', 1000]]).data.E).toEqual([
      '本年预算1200万元，较上年1000万元增加200万元，增幅20%。',
    ]);
    expect(withProfile([['上年预算数', 1500.5]]).data.E).toEqual([
      '本年预算1200万元，较上年1500.5万元减少300.5万元，降幅20.03%。',
    ]);
    expect(withProfile([['上年预算数', '1,200']]).data.E).toEqual(['本年预算1200万元，与上年持平。']);
    expect(withProfile([]).data.E).toEqual([]);
  });
  it('上年预算数 written in 元 is converted; the report writes 万元 as the funds paragraph does', () => {
    const g = sampleWorkbookGrid();
    const profile = g.sheets[0];
    const values = profile.values.map((row) => (row[0] === '上年预算数' ? ['上年预算数', '20000000元'] : row));
    expect(report({ sheets: [{ ...profile, values }, ...g.sheets.slice(1)] }).data.E).toEqual([
      '本年预算1200万元，较上年2000万元减少800万元，降幅40%。',
    ]);
  });
});

describe('text from 报告素材, defaults and placeholders', () => {
  it('without 报告素材 every section a person must write holds its highlighted placeholder; 一（二） and 四（一） take the profile’s goals', () => {
    const r = report(sampleWith({ sheets: { 报告素材: null } }));
    const need = SECTIONS.filter((d) => d.text === 'placeholder').map((d) => d.id);
    expect(r.placeholders).toEqual(need);
    expect(need).toEqual(['一（一）', '二（二）', '二（三）', '三（一）', '三（二）', '五（一）', '五（二）', '六']);
    for (const d of SECTIONS.filter((x) => x.text === 'placeholder')) {
      const holes = r.parts[0].blocks.filter(
        (b) => b.kind === 'paragraph' && b.section === d.id && b.runs.some((x) => x.placeholder)
      );
      expect(holes.map((b) => (b.kind === 'paragraph' ? b.runs.map((x) => x.text).join('') : ''))).toEqual([
        `【请填写：${d.heading}】`,
      ]);
    }
    expect(sectionLines(r, '一（二）').slice(-1)[0]).toMatch(/^支持自治区确定的重大工程/); // 年度总体目标
    expect(sectionLines(r, '四（一）').slice(-1)[0]).toMatch(/^该资金通过对具有自主知识产权的创新成果转化给予重点支持/); // 实际完成情况
    // 二（二）: the figures end with 。 and the outcomes are asked for
    expect(sectionLines(r, '二（二）').slice(-2)).toEqual([
      '累计带动社会投入83553.61万元。',
      '【请填写：项目资金实际使用情况分析】',
    ]);
    expect(sectionLines(r, '五（三）')).toEqual(['（三）其他']); // may stay empty
  });

  it('refuses on what the table refuses on: a data error (L004) gives a report, not a draft, and the error stays listed', () => {
    const g = sampleWorkbookGrid();
    const ledger = g.sheets[1];
    const values = ledger.values.map((row) => [...row]);
    values[5][0] = values[4][0]; // duplicate 项目编号 (L004)
    const bad = { sheets: [g.sheets[0], { ...ledger, values }, ...g.sheets.slice(2)] };
    const ev = evaluateWorkbook(bad, { forSelfEval: true });
    expect(ev.refused).toBeUndefined(); // the table is built
    expect(ev.selfEval?.draft).toBeUndefined();
    expect(ev.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['L004']);
    const built = buildReport(ev, { date: DATE });
    expect(built.ok && built.report.draft).toBe(false);
    expect(built.ok && reportText(built.report).split('\n')[0]).not.toBe('【草稿】');
    // --draft asked over no structural error changes nothing: the table is not a draft either
    const asked = buildReport(ev, { date: DATE, draft: true });
    expect(asked.ok && asked.report.draft).toBe(false);
  });

  it('a structural error refuses the report with exactly the table\'s blockers; a draft says so', () => {
    const g = badReadGrid();
    const ev = evaluateWorkbook(g, { forSelfEval: true });
    const refused = buildReport(ev, { date: DATE });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason === 'errors' && refused.errors).toEqual(ev.refused);
    const drafted = buildReport(evaluateWorkbook(g, { forSelfEval: true, draft: true }), { date: DATE, draft: true });
    expect(drafted.ok && drafted.report.draft).toBe(true);
    expect(drafted.ok && reportText(drafted.report).split('\n')[0]).toBe('【草稿】');
  });

  it('a draft over a structural error (a bad read) still carries the appendix, marked 草稿 as the table is', () => {
    const g = badReadGrid();
    const ev = evaluateWorkbook(g, { forSelfEval: true });
    expect(ev.refused?.map((f) => f.rule)).toContain('S002');
    expect(buildReport(ev, { date: DATE }).ok).toBe(false);
    const r = report(g, '2018', true);
    expect(r.draft).toBe(true);
    expect(r.parts).toHaveLength(2);
    expect(reportText(r)).toContain('草稿：数据存在错误');
    expect(r.data.C.length).toBeGreaterThan(0);
    expect(r.data.C.join('')).not.toContain('【无法生成');
  });

  it('a draft from a workbook without an indicator sheet says what is missing instead of C, D and the table', () => {
    const r = report(sampleWith({ sheets: { 绩效指标: null } }), undefined, true);
    expect(r.data.C).toEqual(['【无法生成：工作簿中没有可读取的绩效指标】']);
    expect(r.data.D).toEqual(['【无法生成：工作簿中没有可读取的绩效指标】']);
    expect(r.parts).toHaveLength(1);
    expect(r.placeholders).toEqual(expect.arrayContaining(['四（一）', '四（二）', '七']));
    expect(r.data.A).toHaveLength(2); // the ledger still gives A and B
  });

  it('报告称谓 names the project in A; without it the project name does', () => {
    const g = sampleWorkbookGrid();
    const profile = g.sheets[0];
    const values = profile.values.filter((row) => row[0] !== '报告称谓');
    const r = report({ sheets: [{ ...profile, values }, ...g.sheets.slice(1)] });
    expect(r.data.A[0]).toBe('2018年自治区专利实施计划项目经研究审定，共列入项目计划169项。');
  });
});

describe('another fund\'s report without its names in 配置 (S015)', () => {
  /** The sample as another fund sends it: no patent columns, a title without 专利, 配置 without 项目名称/预算单位/实施单位/报告称谓. */
  function anotherFund(profileRows: ReadonlyArray<readonly [string, string]> = []): Grid {
    const g = sampleWorkbookGrid();
    const ledger = g.sheets.find((x) => x.name === '项目台账')!;
    const header = ledger.values[2];
    const drop = new Set(['专利号', '专利类型', '法律状态', '新申请专利数'].map((h) => header.indexOf(h)));
    const values = ledger.values.map((row, i) => (i === 0 ? ['2018年度自治区重点研发项目台账'] : row.filter((_, c) => !drop.has(c))));
    const names = new Set(['项目名称', '预算单位', '实施单位', '报告称谓']);
    return {
      sheets: g.sheets.map((x) =>
        x.name === '项目台账' ? { ...x, values } : x.name === '配置' ? { ...x, values: [...x.values.filter((r) => !names.has(String(r[0]))), ...profileRows.map((r) => [...r])] } : x,
      ),
    };
  }

  it('says 【请填写资金名称】 and 【请填写预算单位】, highlighted, where the title, the byline, 二（一） and 二（二） named nobody (a blank subject: 2018年度绩效自评报告, 2018年经研究审定)', () => {
    const r = report(anotherFund(), '2020');
    expect(r.title).toBe('【请填写资金名称】2018年度绩效自评报告');
    const lines = reportText(r).split('\n');
    expect(lines.slice(0, 2)).toEqual(['【请填写资金名称】2018年度绩效自评报告', '【请填写预算单位】']);
    expect(r.data.A[0]).toBe('2018年【请填写资金名称】经研究审定，共列入项目计划169项。');
    expect(r.data.B[0]).toBe('本年共计拨付【请填写资金名称】1200万元，其中：');
    const head = r.parts[0].blocks.slice(0, 2);
    expect(head.map((b) => (b.kind === 'paragraph' ? b.runs.filter((x) => x.placeholder).map((x) => x.text) : []))).toEqual([['【请填写资金名称】'], ['【请填写预算单位】']]);
    // the head is listed first; 二（一） (figures only, no text of its own to write) is not a section to write
    expect(r.placeholders[0]).toBe('标题');
    expect(r.placeholders).not.toContain('二（一）');
  });

  it('names another fund\'s money by the fund\'s name in 二（二） and the 自评表 (it said 专利实施项目经费 for every fund)', () => {
    const named = report(anotherFund([['项目名称', '就业补助资金'], ['预算单位', '自治区人力资源和社会保障厅']]), '2020');
    expect(named.title).toBe('就业补助资金2018年度绩效自评报告');
    expect(named.data.B[0]).toBe('本年共计拨付就业补助资金1200万元，其中：');
    expect(named.placeholders).not.toContain('标题');
    const se = evaluateWorkbook(anotherFund([['项目名称', '自治区重点研发计划专项']]), { forSelfEval: true, layout: '2020' }).selfEval;
    expect(se?.paragraph).toMatch(/^本年共计拨付自治区重点研发计划专项资金1200万元/);
    const blank = evaluateWorkbook(anotherFund(), { forSelfEval: true, layout: '2020' }).selfEval;
    expect(blank?.paragraph).toMatch(/^本年共计拨付项目资金1200万元/);
  });
});
