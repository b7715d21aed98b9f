/**
 * Qualitative actuals as people write them (grades.ts gradeWords): the class rule reads the clause's last predicate
 * and the modifiers before it, weighed against the target's words. Every case below read as no grade before (W011,
 * 0 points) or, for 未能按期完成, as none.
 */
import { computeMetrics } from '../../../src/model/metrics';
import type { Indicator } from '../../../src/model/records';
import { evaluate, recogniseGrade } from '../../../src/model/scoring';
import { ind, profile } from './fixtures';

const grade = (actual: string, target?: string): string | undefined => {
  const g = recogniseGrade(actual, target);
  return g && (g.defaultTenths === undefined && g.grade === '达成' ? '达成?' : g.grade);
};

describe('grade words: the class rule', () => {
  it.each([
    // done / met, with their modifiers
    ['按期完成', '达成'], ['已完成', '达成'], ['全部完成', '达成'], ['圆满完成', '达成'], ['超额完成', '达成'], ['达到预期', '达成'], ['符合要求', '达成'],
    ['基本达到预期', '部分达成'], ['基本达到', '部分达成'], ['部分完成', '部分达成'], ['大部分完成', '部分达成'], ['未全部完成', '部分达成'], ['未充分发挥', '部分达成'],
    ['完成了一半', '部分达成'], ['完成部分任务', '部分达成'], ['未完成', '未达成'], ['均未完成', '未达成'], ['全部未完成', '未达成'], ['都没有达到', '未达成'], ['并未全部完成', '部分达成'], ['未能按期完成', '未达成'], ['不符合要求', '未达成'], ['没有达到预期', '未达成'],
    // in place
    ['健全', '达成'], ['制度健全', '达成'], ['已建立', '达成'], ['运行正常', '达成'], ['初步建立', '部分达成'], ['逐步完善', '部分达成'], ['有待完善', '部分达成'], ['不健全', '未达成'],
    // on time
    ['及时', '达成'], ['及时拨付', '达成'], ['如期', '达成'], ['拨付不及时', '未达成'], ['逾期', '未达成'], ['进度滞后', '未达成'],
    // appraisals: 较好 is the 达成 band with the score left to the officer
    ['良好', '达成'], ['完成情况良好', '达成'], ['效果好', '达成'], ['较好', '达成?'], ['较差', '未达成'], ['完成情况较差', '未达成'],
    // targets40: 满意 is an appraisal as 良好 is (it was no grade: W011 on a qualitative 群众满意); 较满意 as 较好
    ['满意', '达成'], ['非常满意', '达成'], ['群众满意', '达成'], ['较满意', '达成?'], ['比较满意', '达成?'], ['基本满意', '部分达成'], ['不满意', '未达成'],
    // what should not happen
    ['无重大安全事故', '达成'], ['未发生重大安全事故', '达成'], ['零投诉', '达成'], ['未发现违规问题', '达成'],
    // changes without a target to weigh them against
    ['显著提升', '达成'], ['不断提升', '达成'], ['未提升', '未达成'], ['无明显提升', '未达成'], ['无进展', '未达成'],
    // clauses: the first with a grade decides, a lower one after it qualifies a 达成
    ['共培训1100人次，超额完成', '达成'], ['合格率达到预期', '达成'], ['完成年度目标', '达成'], ['按期完成，但个别项目进度滞后', '部分达成'], ['已达成。按期推进', '达成'],
    // a shortfall of some of them (the clause's subject 部分/个别/少数 …) is part of the target met, not none (22e2b6c: 未达成)
    ['部分项目未按期完成', '部分达成'], ['个别项目未完成', '部分达成'], ['少数企业未达到要求', '部分达成'], ['仍有少数单位未落实', '部分达成'],
    ['少数民族群众培训未完成', '未达成'], ['项目未按期完成', '未达成'],
    // none left undone is met (22e2b6c: 未达成, the inner 未 read as the clause's negation)
    ['不存在未完成项目', '达成'], ['没有未按期完成的项目', '达成'], ['无未落实事项', '达成'],
    // a grade phrase (已完成, 达成) qualified by what follows it is not a full 达成 (it was: the phrase decided alone)
    ['已完成，但质量有待提高', '部分达成'], ['达成，但仍需加强', '部分达成'], ['已完成，但存在不足', '部分达成'], ['已完成，效果一般', '部分达成'],
    ['已完成，但尚有2个项目未验收', '部分达成'], ['已完成。个别项目未验收', '部分达成'], ['已完成，但部分资金未拨付', '部分达成'], ['完成，部分项目进度滞后', '部分达成'],
    ['已完成，共培训1100人次', '达成'], ['全部完成，质量良好', '达成'], ['已完成。按期验收', '达成'],
    // some of them undone, however the subject is written: 部分达成, the score (6–8) the officer's; most of them undone is none
    ['部分未完成', '部分达成'], ['个别未完成', '部分达成'], ['小部分未完成', '部分达成'], ['大部分未完成', '未达成'],
  ])('%s → %s', (actual, expected) => expect(grade(actual)).toBe(expected));

  it.each([
    ['有所提升', '显著提升', '部分达成'], ['显著提升', '有所提升', '达成'], ['有所提升', '有所提升', '达成'], ['提高', '有效提高', '达成'],
    // a target that names no amount: any rise meets it
    ['较上年有所提高', '较上年提高', '达成'], ['略有增长', '增长', '达成'], ['有所提升', '有效提升', '部分达成'],
    ['明显增强', '有所增强', '达成'], ['降低', '成本有所降低', '达成'], ['提高', '降低', '未达成'], ['无变化', '有所提升', '未达成'],
    ['未发生', '无重大安全事故', '达成'], ['无', '杜绝安全事故', '达成'],
  ])('%s against the target %s → %s', (actual, target, expected) => expect(grade(actual, target)).toBe(expected));

  it.each([
    // the outcome is not told, or its words are the officer's call
    ['一般'], ['进行中'], ['正在落实'], ['有所提升'], ['无变化'], ['满意度'], ['好转'], ['误差'], ['零星事故'], ['无法解决问题'], ['没有解决问题'], ['未发生'],
    ['按合同项目进度安排表逐步推进'], ['完成500人次以上'], ['完成率85%'],
    // a rate or degree judged after the word, or a shortfall said after the predicate: never 达成 (22e2b6c gave full
    // points to each, the words after the last predicate unread; review34)
    ['完成率偏低'], ['达标率较低'], ['实现程度不高'], ['完成情况不理想'], ['完成效果欠佳'], ['进度完成较慢'], ['落实不够'], ['完成率'],
    // an aim or a hope is no outcome (22e2b6c: 达成)
    ['待完成'], ['需落实'], ['力争完成'], ['争取年底完成'], ['确保完成'], ['有望实现'],
  ])('%s → no grade (W011 asks the officer)', (actual) => expect(grade(actual)).toBeUndefined());

  it('a fall with no target to weigh it against is no grade (满意度降低 is not an achievement)', () => {
    expect(grade('满意度降低', '满意')).toBeUndefined();
  });
});

describe('grade words through the evaluation', () => {
  const run = (targetText: string, actualText: string, score?: number): ReturnType<typeof evaluate> => {
    const p = profile();
    const one: Indicator = ind({ row: 4, level1: '效益指标', level2: '社会效益指标', level3: '知识产权意识', op: '定性', targetText, actualText, points: 10, score });
    return evaluate(p, [one], computeMetrics([], p), { indicatorSheet: '绩效指标' });
  };
  const rules = (e: ReturnType<typeof evaluate>): string[] => e.findings.map((f) => (f.variant ? `${f.rule}.${f.variant}` : f.rule)).filter((r) => !/^W00[34]/.test(r));

  it('按期完成 / 有所提升 / 无重大安全事故 met: full points, no W011', () => {
    for (const [t, a] of [['按期完成', '已按期完成'], ['有所提升', '显著提升'], ['无重大安全事故', '未发生重大安全事故'], ['健全', '已健全'], ['全部完成', '已全部完成']]) {
      const e = run(t, a);
      expect(e.indicators[0]).toMatchObject({ grade: { grade: '达成' }, score: 10, basis: 'grade' });
      expect(rules(e)).toEqual([]);
    }
  });

  it('100% against a target asking it done, in place or on time (及时, 按期完成, 到位) is all of it: 达成, full points (it was W011)', () => {
    for (const [t, a] of [['及时', '100%'], ['按期完成', '100%'], ['资金拨付及时', '１００％'], ['到位', '100.0%']]) {
      const e = run(t, a);
      expect(e.indicators[0]).toMatchObject({ grade: { grade: '达成' }, score: 10, basis: 'grade' });
      expect(rules(e)).toEqual([]);
    }
    // below 100 %, or 100 % of a change or an appraisal a share does not measure: still the officer's call
    for (const [t, a] of [['及时', '95%'], ['有所提升', '100%'], ['良好', '100%'], ['基本完成', '100%']]) expect(rules(run(t, a))).toEqual(['W011']);
  });

  it('基本达到预期 is 部分达成: no score until the officer gives one in 6–8 (W007)', () => {
    const e = run('达到预期', '基本达到预期');
    expect(e.indicators[0].score).toBeUndefined();
    expect(rules(e)).toEqual(['W007.missing']);
    expect(run('达到预期', '基本达到预期', 7).indicators[0]).toMatchObject({ score: 7, basis: 'explicit' });
  });

  it('较好 is the 达成 band with no default: the officer gives 8–10, a score outside it is not kept', () => {
    expect(rules(run('逐步完善', '较好'))).toEqual(['W007.missing']);
    expect(run('逐步完善', '较好').indicators[0].score).toBeUndefined();
    expect(run('逐步完善', '较好', 9).indicators[0]).toMatchObject({ score: 9, basis: 'explicit' });
    expect(rules(run('逐步完善', '较好', 5))).toEqual(['W007']);
  });

  it('未能按期完成 is 未达成: the officer scores it below 6', () => {
    expect(rules(run('按期完成', '未能按期完成'))).toEqual(['W007.missing']);
    expect(rules(run('按期完成', '未能按期完成', 8))).toEqual(['W007']);
  });
});
